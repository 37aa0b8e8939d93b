"""The three API baselines of the original ExpGuard system: OpenAI Moderation, Google
Perspective and Azure AI Content Safety, as guards with the public surface of ``Guard``.

Why a separate module: these services judge raw text, not a rendered ExpGuard prompt, so there is
no template, engine or answer format. What they share with ``openai_http`` is the client policy:
payload building and response parsing are pure functions; transport errors, 429 and 5xx are
retried with exponential backoff (tenacity), other 4xx are not; a text that still fails is an
``EngineError`` (``on_error="raise"``, default) or an ``engine_error`` status in its verdict
(``on_error="mark"``). An API failure never becomes a label (the original's bug, spec §7.15).

All three judge the *response text alone*: none of these APIs takes the prompt as context.
An empty response is not judged (``response_harmful`` None) and costs no call.
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from ..errors import EngineError, ExpguardError
from ..schema import Conversation, Status, Verdict, coerce_conversations
from .engines.openai_http import RETRY_STATUS

PERSPECTIVE_ATTRIBUTES = ("TOXICITY", "SEVERE_TOXICITY", "INSULT", "THREAT", "IDENTITY_ATTACK",
                          "SEXUALLY_EXPLICIT")
AZURE_MAX_CHARS = 10_000  # documented text:analyze limit
AZURE_API_VERSION = "2024-09-01"


@dataclass(frozen=True)
class Score:
    """One text's judgement: the decision, a monotone score for PR curves, the raw categories."""

    harmful: bool
    prob: float
    categories: dict[str, float] = field(default_factory=dict)


def _key(value: str | None, env: str, what: str) -> str:
    key = value or os.environ.get(env)
    if not key:
        raise EngineError(f"{what} needs an API key: set the environment variable {env} "
                          "(or pass api_key=...)")
    return key


def _object(body: Any) -> Mapping[str, Any]:
    if not isinstance(body, Mapping):
        raise EngineError(f"API answered {type(body).__name__}, not a JSON object")
    if body.get("error"):
        raise EngineError(f"API error: {body['error']}")
    return body


# --- OpenAI Moderation (pure) --------------------------------------------------------------------
def moderation_payload(model: str, texts: Sequence[str]) -> dict[str, Any]:
    """The model is always named: the server default changes over time (spec §7.16)."""
    return {"model": model, "input": list(texts)}


def parse_moderation(body: Any, n: int, threshold: float | None = None) -> list[Score]:
    """One Score per input; harmful iff ``flagged`` (or max category score ≥ ``threshold``)."""
    results = _object(body).get("results")
    if not isinstance(results, list) or len(results) != n:
        raise EngineError(f"moderation response has {len(results) if isinstance(results, list) else 'no'}"
                          f" results for {n} inputs")
    out = []
    for r in results:
        scores = r.get("category_scores") if isinstance(r, Mapping) else None
        if not isinstance(scores, Mapping) or not isinstance(r.get("flagged"), bool):
            raise EngineError("moderation result lacks 'flagged' or 'category_scores'")
        cats = {str(k): float(v) for k, v in scores.items() if isinstance(v, int | float)}
        prob = max(cats.values(), default=0.0)
        out.append(Score(r["flagged"] if threshold is None else prob >= threshold, prob, cats))
    return out


# --- Perspective (pure) --------------------------------------------------------------------------
def perspective_payload(text: str, attributes: Sequence[str] = PERSPECTIVE_ATTRIBUTES
                        ) -> dict[str, Any]:
    return {"comment": {"text": text}, "languages": ["en"],
            "requestedAttributes": {a: {} for a in attributes}}


def parse_perspective(body: Any, threshold: float,
                      attributes: Sequence[str] = PERSPECTIVE_ATTRIBUTES) -> Score:
    """Harmful iff any requested attribute's summary score ≥ ``threshold``; a missing one is an
    error (a partial answer must not look safe)."""
    attr = _object(body).get("attributeScores")
    cats = {}
    for a in attributes:
        try:
            cats[a] = float(attr[a]["summaryScore"]["value"])
        except (KeyError, TypeError, ValueError):
            raise EngineError(f"Perspective response has no summaryScore for {a}") from None
    prob = max(cats.values())
    return Score(prob >= threshold, prob, cats)


# --- Azure AI Content Safety (pure) --------------------------------------------------------------
def azure_chunks(text: str, limit: int = AZURE_MAX_CHARS) -> list[str]:
    """Split an over-long text into pieces within the API limit (never drop any of it)."""
    return [text[i:i + limit] for i in range(0, len(text), limit)] or [text]


def parse_azure(body: Any) -> dict[str, float]:
    analysis = _object(body).get("categoriesAnalysis")
    if not isinstance(analysis, list) or not analysis:
        raise EngineError("Azure response has no 'categoriesAnalysis'")
    try:
        return {str(c["category"]): float(c["severity"]) for c in analysis}
    except (KeyError, TypeError, ValueError):
        raise EngineError("Azure categoriesAnalysis entry lacks category/severity") from None


def azure_score(chunks: Sequence[Mapping[str, float]], threshold: int) -> Score:
    """Max severity per category over chunks; harmful iff any ≥ ``threshold``. ``prob`` is the
    max severity / 7 (a rank score for PR curves, not a probability)."""
    cats: dict[str, float] = {}
    for c in chunks:
        for k, v in c.items():
            cats[k] = max(cats.get(k, 0.0), v)
    top = max(cats.values(), default=0.0)
    return Score(top >= threshold, top / 7.0, cats)


# --- base guard ----------------------------------------------------------------------------------
class ApiGuard:
    """Same public surface as ``Guard`` (classify, classify_iter, describe, judges, name)."""

    judges: tuple[str, ...] = ("prompt", "response")
    mode = "api"
    default_name = "api"

    def __init__(self, *, base_url: str, headers: Mapping[str, str] | None = None,
                 params: Mapping[str, str] | None = None, timeout: float = 30.0,
                 max_retries: int = 4, backoff: float = 1.0, on_error: str = "raise",
                 batch_size: int = 1, concurrency: int = 4, min_interval: float = 0.0,
                 name: str | None = None) -> None:
        import httpx

        if on_error not in ("raise", "mark"):
            raise EngineError(f"on_error must be 'raise' or 'mark', not {on_error!r}")
        if batch_size < 1 or concurrency < 1 or max_retries < 0 or min_interval < 0:
            raise ExpguardError("batch_size/concurrency must be ≥ 1, max_retries/min_interval ≥ 0")
        self.base_url, self.on_error, self.batch_size = base_url.rstrip("/"), on_error, batch_size
        self.max_retries, self.backoff, self.timeout = max_retries, backoff, timeout
        self.concurrency, self.min_interval = concurrency, min_interval
        self.name = name or self.default_name
        self._client = httpx.Client(timeout=timeout, headers=dict(headers or {}),
                                    params=dict(params or {}))
        self._pace_lock, self._last = threading.Lock(), 0.0

    # --- to implement ---------------------------------------------------------------------------
    def _analyze(self, texts: Sequence[str]) -> list[Score]:
        """Scores for up to ``batch_size`` non-empty texts (raise EngineError on failure)."""
        raise NotImplementedError

    def _settings(self) -> dict[str, Any]:
        return {}

    # --- public API -----------------------------------------------------------------------------
    def describe(self) -> dict[str, Any]:
        from .. import __version__

        return {"guard": self.name, "mode": self.mode, "engine": "api", "model": self.name,
                "base_url": self.base_url, "expguard_version": __version__,
                "response_context": "response text alone (the API takes no prompt)",
                **self._settings()}

    def classify(self, items: Iterable[Any], *, progress: Callable[[int], None] | None = None
                 ) -> list[Verdict]:
        return list(self.classify_iter(items, progress=progress))

    def classify_iter(self, items: Iterable[Any], *, chunk_size: int | None = None,
                      progress: Callable[[int], None] | None = None) -> Iterator[Verdict]:
        chunk_size = chunk_size or max(16, 4 * self.batch_size * self.concurrency)
        it, offset = iter(items), 0
        while chunk := list(islice(it, chunk_size)):
            convs = coerce_conversations(chunk, offset)
            offset += len(chunk)
            verdicts = self._verdicts(convs)
            if progress:
                progress(len(chunk))
            yield from verdicts

    def __call__(self, items: Iterable[Any]) -> list[Verdict]:
        return self.classify(items)

    def close(self) -> None:
        self._client.close()

    # --- internals ------------------------------------------------------------------------------
    def _verdicts(self, convs: Sequence[Conversation]) -> list[Verdict]:
        texts = [c.prompt for c in convs] + [c.response for c in convs if c.response]
        scores = self._judge(texts)
        out, k = [], len(convs)
        for c, ps in zip(convs, scores):
            rs = None
            if c.response:
                rs, k = scores[k], k + 1
            errors = [f"{w}: {s}" for w, s in (("prompt", ps), ("response", rs))
                      if isinstance(s, str)]
            ok_p, ok_r = isinstance(ps, Score), isinstance(rs, Score)
            raw = {w: s.categories for w, s in (("prompt", ps), ("response", rs))
                   if isinstance(s, Score)}
            out.append(Verdict(
                ps.harmful if ok_p else None, rs.harmful if ok_r else None,
                ps.prob if ok_p else None, rs.prob if ok_r else None,
                Status.OK if ok_p else Status.ENGINE_ERROR,
                None if rs is None else (Status.OK if ok_r else Status.ENGINE_ERROR),
                raw_output=json.dumps(raw, sort_keys=True), error="; ".join(errors) or None))
        return out

    def _judge(self, texts: list[str]) -> list[Score | str]:
        """A Score or an error message per text. Empty prompts cost no call (nothing to judge:
        unharmful, prob 0); batches run on a small thread pool."""
        todo = [i for i, t in enumerate(texts) if t.strip()]
        res: list[Score | str] = [Score(False, 0.0)] * len(texts)
        batches = [todo[i:i + self.batch_size] for i in range(0, len(todo), self.batch_size)]

        def one(batch: list[int]) -> list[Score | str]:
            try:
                return list(self._analyze([texts[i] for i in batch]))
            except EngineError as e:
                if self.on_error == "raise":
                    raise
                return [str(e)] * len(batch)

        with ThreadPoolExecutor(max_workers=self.concurrency) as pool:
            for batch, got in zip(batches, pool.map(one, batches)):
                for i, s in zip(batch, got):
                    res[i] = s
        return res

    def _pace(self) -> None:
        """Client-side rate limit: at least ``min_interval`` s between request starts."""
        if not self.min_interval:
            return
        with self._pace_lock:
            wait = self._last + self.min_interval - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            self._last = time.monotonic()

    def _post(self, url: str, payload: dict[str, Any]) -> Any:
        import httpx
        from tenacity import Retrying, retry_if_exception, stop_after_attempt, wait_exponential_jitter

        def retryable(e: BaseException) -> bool:
            return isinstance(e, httpx.TransportError) or (
                isinstance(e, httpx.HTTPStatusError) and e.response.status_code in RETRY_STATUS)

        try:
            for attempt in Retrying(stop=stop_after_attempt(self.max_retries + 1),
                                    wait=wait_exponential_jitter(multiplier=self.backoff,
                                                                 max=60 * self.backoff,
                                                                 jitter=self.backoff),
                                    retry=retry_if_exception(retryable), reraise=True):
                with attempt:
                    self._pace()
                    r = self._client.post(url, json=payload)
                    r.raise_for_status()
                    try:
                        return r.json()
                    except ValueError:
                        raise EngineError(f"{self.name} answered with invalid JSON") from None
        except httpx.HTTPStatusError as e:
            raise EngineError(f"HTTP {e.response.status_code} from {self.name}: "
                              f"{e.response.text[:300]}") from None
        except httpx.TransportError as e:
            raise EngineError(f"cannot reach {self.name} at {self.base_url}: "
                              f"{type(e).__name__}: {e}") from None


# --- the three services --------------------------------------------------------------------------
class OpenAIModerationGuard(ApiGuard):
    """OpenAI Moderations; harmful iff ``flagged`` unless ``threshold`` (on the max category score)
    is given. Sends the model name explicitly so results do not drift with the server default."""

    default_name = "openai-moderation"

    def __init__(self, *, api_key: str | None = None, base_url: str = "https://api.openai.com/v1",
                 model: str = "omni-moderation-latest", threshold: float | None = None,
                 batch_size: int = 8, **kw: Any) -> None:
        if threshold is not None and not 0.0 <= threshold <= 1.0:
            raise ExpguardError(f"threshold must be in [0, 1], got {threshold}")
        key = _key(api_key, "OPENAI_API_KEY", "the openai-moderation guard")
        super().__init__(base_url=base_url, headers={"Authorization": f"Bearer {key}"},
                         batch_size=batch_size, **kw)
        self.model, self.threshold = model, threshold

    def _settings(self) -> dict[str, Any]:
        return {"model": self.model, "threshold": self.threshold,
                "decision": "flagged" if self.threshold is None else "max category score"}

    def _analyze(self, texts: Sequence[str]) -> list[Score]:
        body = self._post(f"{self.base_url}/moderations", moderation_payload(self.model, texts))
        return parse_moderation(body, len(texts), self.threshold)


class PerspectiveGuard(ApiGuard):
    """Google Perspective; harmful iff any of the 6 attributes ≥ ``threshold``. One text per
    request, serial, at least ``min_interval`` seconds apart (the default quota is 1 QPS)."""

    default_name = "perspective"

    def __init__(self, *, api_key: str | None = None,
                 base_url: str = "https://commentanalyzer.googleapis.com/v1alpha1",
                 threshold: float = 0.5, min_interval: float = 1.0, **kw: Any) -> None:
        if not 0.0 <= threshold <= 1.0:
            raise ExpguardError(f"threshold must be in [0, 1], got {threshold}")
        key = _key(api_key, "PERSPECTIVE_API_KEY", "the perspective guard")
        kw.setdefault("concurrency", 1)
        super().__init__(base_url=base_url, params={"key": key},
                         min_interval=min_interval, **kw)
        self.threshold = threshold

    def _settings(self) -> dict[str, Any]:
        return {"threshold": self.threshold, "attributes": list(PERSPECTIVE_ATTRIBUTES),
                "min_interval": self.min_interval}

    def _analyze(self, texts: Sequence[str]) -> list[Score]:
        return [parse_perspective(self._post(f"{self.base_url}/comments:analyze",
                                             perspective_payload(t)), self.threshold)
                for t in texts]


class AzureContentSafetyGuard(ApiGuard):
    """Azure AI Content Safety text:analyze; harmful iff any severity ≥ ``threshold`` (0–7,
    default 4 = medium). Texts over 10,000 characters are split into chunks, each analysed, and
    the max severity per category taken: long texts are judged in full, never dropped."""

    default_name = "azure-content-safety"

    def __init__(self, *, api_key: str | None = None, endpoint: str | None = None,
                 base_url: str | None = None, threshold: int = 4, max_chars: int = AZURE_MAX_CHARS,
                 **kw: Any) -> None:
        if isinstance(threshold, bool) or not isinstance(threshold, int) or not 0 <= threshold <= 7:
            raise ExpguardError(f"Azure threshold is a severity, an integer 0–7; got {threshold!r}")
        key = _key(api_key, "AZURE_CONTENT_SAFETY_KEY", "the azure-content-safety guard")
        endpoint = endpoint or base_url or os.environ.get("AZURE_CONTENT_SAFETY_ENDPOINT")
        if not endpoint:
            raise EngineError("the azure-content-safety guard needs an endpoint: set the "
                              "environment variable AZURE_CONTENT_SAFETY_ENDPOINT (or pass endpoint=...)")
        super().__init__(base_url=endpoint, headers={"Ocp-Apim-Subscription-Key": key},
                         params={"api-version": AZURE_API_VERSION}, **kw)
        self.threshold, self.max_chars = threshold, max_chars

    def _settings(self) -> dict[str, Any]:
        return {"threshold": self.threshold, "api_version": AZURE_API_VERSION,
                "max_chars": self.max_chars, "long_texts": "chunked, max severity"}

    def _analyze(self, texts: Sequence[str]) -> list[Score]:
        url = f"{self.base_url}/contentsafety/text:analyze"
        return [azure_score([parse_azure(self._post(url, {"text": c}))
                             for c in azure_chunks(t, self.max_chars)], self.threshold)
                for t in texts]


API_GUARDS: dict[str, type[ApiGuard]] = {
    "openai-moderation": OpenAIModerationGuard,
    "perspective": PerspectiveGuard,
    "azure-content-safety": AzureContentSafetyGuard,
}
