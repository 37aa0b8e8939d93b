"""Any OpenAI-compatible *completions* server: vLLM ``serve``, llama.cpp server, TGI, SGLang.

The rendered ExpGuard prompt is sent as raw completion text (or as token ids when a local
tokenizer is given, which is exact and what vLLM/llama.cpp accept). Scoring asks for one token
with ``logprobs`` and reads the two label tokens from the top-k list.

Payload building and response parsing are pure functions (tested without a network). Transport
errors, 429 and 5xx are retried with exponential backoff (tenacity); other 4xx are not. An item
that still fails is an ``EngineError`` (``on_error="raise"``, default) or a ``Failure`` that the
guard turns into an ``engine_error`` status (``on_error="mark"``) — never a label.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from ...errors import EngineError
from ..template import RenderedPrompt
from .base import Engine, Failure, ScoreRequest

RETRY_STATUS = {408, 409, 425, 429, 500, 502, 503, 504}
# ChatML/Llama-style control tokens and SentencePiece BOS/EOS, as they appear in text
_CONTROL = re.compile(r"<\|[^<>|\s]{1,64}\|>|</?s>")
_WJ = "\u2060"  # WORD JOINER: invisible, breaks the token string


# --- pure functions ------------------------------------------------------------------------------
def defuse(text: str) -> str:
    """Break control-token strings in untrusted text so a server's tokenizer cannot parse them as
    special tokens (``<|im_end|>`` → ``<\u2060|im_end|>``)."""
    return _CONTROL.sub(lambda m: m.group(0)[0] + _WJ + m.group(0)[1:], text)


def prompt_text(prompt: RenderedPrompt) -> str:
    """The prompt as text for a server, with control tokens in message content defused."""
    return "".join(defuse(p.text) if p.is_content else p.text for p in prompt.pieces)


def completion_payload(model: str, prompt: str | list[int], *, max_tokens: int,
                       logprobs: int | None = None) -> dict[str, Any]:
    """Greedy, deterministic completion request."""
    body: dict[str, Any] = {"model": model, "prompt": prompt, "max_tokens": max_tokens,
                            "temperature": 0.0, "top_p": 1.0, "n": 1, "stream": False}
    if logprobs is not None:
        body["logprobs"] = logprobs
    return body


def _choice(body: Any) -> Mapping[str, Any]:
    if not isinstance(body, Mapping):
        raise EngineError(f"server answered {type(body).__name__}, not a JSON object")
    if "error" in body and body["error"]:
        raise EngineError(f"server error: {body['error']}")
    choices = body.get("choices")
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], Mapping):
        raise EngineError("server response has no 'choices'")
    return choices[0]


def parse_completion_text(body: Any) -> str:
    text = _choice(body).get("text")
    if not isinstance(text, str):
        raise EngineError("server response choice has no 'text' string")
    return text


def parse_label_prob(body: Any, choices: tuple[str, str]) -> float:
    """P(choices[1]) over the two label continuations, from the first token's top logprobs.

    A top-k token counts for a choice when it is a non-empty prefix of that choice and not of
    the other. When only one choice appears in the top-k, the other gets the smallest listed
    logprob (an upper bound, so the estimate leans towards the absent label, never away).
    """
    lp = _choice(body).get("logprobs")
    top = lp.get("top_logprobs") if isinstance(lp, Mapping) else None
    if not isinstance(top, list) or not top or not isinstance(top[0], Mapping) or not top[0]:
        raise EngineError("server response has no top_logprobs (does the server support "
                          "'logprobs' on completions? otherwise use mode='generate')")
    first = {str(k): float(v) for k, v in top[0].items()}
    mass = [0.0, 0.0]
    for tok, logp in first.items():
        hits = [bool(tok.strip()) and c.startswith(tok) for c in choices]
        if hits[0] != hits[1]:
            mass[hits[1]] += math.exp(logp)
    if mass == [0.0, 0.0]:
        raise EngineError(f"neither label token is among the top-{len(first)} logprobs")
    floor = math.exp(min(first.values()))
    neg, pos = (m if m > 0 else floor for m in mass)
    return pos / (pos + neg)


# --- engine --------------------------------------------------------------------------------------
class OpenAIHTTPEngine(Engine):
    name = "openai_http"

    def __init__(self, model: str, *, base_url: str | None = None, api_key: str | None = None,
                 api_key_env: str = "EXPGUARD_ENGINE_API_KEY", timeout: float = 60.0,
                 max_retries: int = 4, backoff: float = 1.0, concurrency: int = 8,
                 logprobs: int = 20, on_error: str = "raise", tokenizer: Any | None = None,
                 batch_size: int = 8, **_: Any) -> None:
        import httpx

        base_url = base_url or os.environ.get("EXPGUARD_BASE_URL")
        if not base_url:
            raise EngineError("the openai_http engine needs base_url (e.g. http://127.0.0.1:8000/v1) "
                              "or EXPGUARD_BASE_URL")
        if on_error not in ("raise", "mark"):
            raise EngineError(f"on_error must be 'raise' or 'mark', not {on_error!r}")
        self.model_id, self.base_url = model, base_url.rstrip("/")
        self.max_retries, self.backoff, self.concurrency = max_retries, backoff, concurrency
        self.logprobs, self.on_error, self.batch_size = logprobs, on_error, batch_size
        if isinstance(tokenizer, str):
            from transformers import AutoTokenizer

            tokenizer = AutoTokenizer.from_pretrained(tokenizer)
        self.tokenizer = tokenizer
        key = api_key or os.environ.get(api_key_env)
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        self._client = httpx.Client(base_url=self.base_url, timeout=timeout, headers=headers)

    def describe(self) -> dict[str, Any]:
        return {"engine": self.name, "model": self.model_id, "revision": None,
                "base_url": self.base_url, "token_ids": self.tokenizer is not None}

    def _prompt(self, prompt: RenderedPrompt, suffix: str) -> str | list[int]:
        if self.tokenizer is not None:
            from ..encoding import encode

            return encode(self.tokenizer, prompt, [suffix]).ids[0]
        return prompt_text(prompt) + suffix

    def _post(self, payload: dict[str, Any]) -> Any:
        import httpx
        from tenacity import (Retrying, retry_if_exception, stop_after_attempt,
                              wait_exponential_jitter)

        def retryable(e: BaseException) -> bool:
            return isinstance(e, httpx.TransportError) or (
                isinstance(e, httpx.HTTPStatusError) and e.response.status_code in RETRY_STATUS)

        try:
            for attempt in Retrying(stop=stop_after_attempt(self.max_retries + 1),
                                    wait=wait_exponential_jitter(multiplier=self.backoff, max=30 * self.backoff,
                                                               jitter=self.backoff),
                                    retry=retry_if_exception(retryable), reraise=True):
                with attempt:
                    r = self._client.post("/completions", json=payload)
                    r.raise_for_status()
                    try:
                        return r.json()
                    except ValueError:
                        raise EngineError("server answered with invalid JSON") from None
        except httpx.HTTPStatusError as e:
            raise EngineError(f"HTTP {e.response.status_code} from {self.base_url}/completions: "
                              f"{e.response.text[:300]}") from None
        except httpx.TransportError as e:
            raise EngineError(f"cannot reach {self.base_url}: {type(e).__name__}: {e}") from None

    def _run(self, fn, items: Sequence[Any]) -> list[Any]:
        def guarded(x: Any) -> Any:
            try:
                return fn(x)
            except EngineError as e:
                if self.on_error == "raise":
                    raise
                return Failure(str(e))

        with ThreadPoolExecutor(max_workers=self.concurrency) as pool:
            return list(pool.map(guarded, items))

    def _score(self, requests: Sequence[ScoreRequest]) -> list[float | Failure]:
        def one(r: ScoreRequest) -> float:
            body = self._post(completion_payload(self.model_id, self._prompt(r.prompt, r.prefix),
                                                 max_tokens=1, logprobs=self.logprobs))
            return parse_label_prob(body, r.choices)

        return self._run(one, requests)

    def generate(self, prompts: Sequence[RenderedPrompt], *, max_new_tokens: int = 128
                 ) -> list[str | Failure]:
        def one(p: RenderedPrompt) -> str:
            body = self._post(completion_payload(self.model_id, self._prompt(p, ""),
                                                 max_tokens=max_new_tokens))
            return parse_completion_text(body)

        return self._run(one, prompts)

    def close(self) -> None:
        self._client.close()
