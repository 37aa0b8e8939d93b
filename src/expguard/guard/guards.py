"""A guard = template + engine + answer format, plus the decision rule (mode, threshold).

``load_guard`` resolves a name (a built-in guard such as ``expguard-7b``), a local model
directory or a hub id into a ready ``Guard``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, Literal

from ..errors import DataError, ExpguardError
from ..registry import ENGINES, Registry
from ..schema import Conversation, Status, Verdict
from .engines.base import Engine, Failure, ScoreRequest
from .formats import EXPGUARD_FORMAT, AssessmentFormat
from .template import ChatTemplate, RenderedPrompt, expguard_template

Mode = Literal["score", "generate"]


@dataclass(frozen=True)
class GuardSpec:
    """A named guard: where its weights live and how to talk to it."""

    name: str
    model: str                      # hub id (or path) of the weights
    engine: str = "hf"
    template: str = "expguard"
    description: str = ""
    engine_kwargs: dict[str, Any] = field(default_factory=dict)
    #: what the loaded guard judges (listing only; the harness asks the loaded guard's ``judges``)
    judges: tuple[str, ...] = ("prompt", "response")


_SHIPPED = ("prompt", "response", "refusal")   # the shipped default artefact has a refusal head
GUARDS = Registry("guard", {})
GUARDS.register("expguard-7b", GuardSpec(
    "expguard-7b", "6rightjade/expguard-7b",
    description="The released ExpGuard (Qwen2.5-7B full fine-tune, ICLR 2026); needs a GPU."))
GUARDS.register("default", GuardSpec(
    "default", "expguard.mini.model:load_default", engine="native", template="",
    description="Embedded CPU guard: all-MiniLM-L6-v2 + LoRA + heads (ships with expguard; "
                "offline; prompt + response harm, refusal, category, domain).", judges=_SHIPPED))
GUARDS.register("default-int8", GuardSpec(
    "default-int8", "expguard.mini.model:load_default", engine="native", template="",
    engine_kwargs={"backend": "onnx", "quantize": True, "name": "default-int8"},
    description="The embedded guard in ONNX Runtime, int8 weights (needs the onnx extra): about 2x "
                "the fp32 throughput on a CPU; about 1% of prompt and 3% of response verdicts move "
                "(docs/default-guard.md).", judges=_SHIPPED))
GUARDS.register("default-bf16", GuardSpec(
    "default-bf16", "expguard.mini.model:load_default", engine="native", template="",
    engine_kwargs={"bf16": True, "name": "default-bf16"},
    description="The embedded guard with bfloat16 matrix products (torch autocast): faster on CPUs "
                "with native bf16 (AVX512-BF16, AMX), slower elsewhere (docs/default-guard.md).",
    judges=_SHIPPED))
GUARDS.register("fake", GuardSpec("fake", "fake", engine="fake",
                                  description="Keyword rule; for tests and demos only."))
# API baselines of the original system: engine "api", model = the factory ("module:Class")
for _name, _cls, _desc in (
        ("openai-moderation", "OpenAIModerationGuard", "OpenAI Moderations API (OPENAI_API_KEY)."),
        ("perspective", "PerspectiveGuard", "Google Perspective API (PERSPECTIVE_API_KEY)."),
        ("azure-content-safety", "AzureContentSafetyGuard",
         "Azure AI Content Safety (AZURE_CONTENT_SAFETY_KEY, AZURE_CONTENT_SAFETY_ENDPOINT).")):
    GUARDS.register(_name, GuardSpec(_name, f"expguard.guard.api_guards:{_cls}", engine="api",
                                     template="", description=_desc))


class Guard:
    """Classify conversations. ``mode="score"`` (default) reads P(unsafe) from the label-token
    logits (one forward pass, plus one for the response); ``mode="generate"`` decodes the answer
    greedily and parses it (the reference path of the original system)."""

    #: what this guard can judge (the harness skips benchmarks of other tasks, e.g. refusal)
    judges: tuple[str, ...] = ("prompt", "response")

    def __init__(self, engine: Engine, *, template: ChatTemplate | None = None,
                 fmt: AssessmentFormat = EXPGUARD_FORMAT, mode: Mode = "score",
                 threshold: float = 0.5, response_threshold: float | None = None,
                 max_new_tokens: int = 128, name: str | None = None) -> None:
        if mode not in ("score", "generate"):
            raise ExpguardError(f"mode must be 'score' or 'generate', not {mode!r}")
        for t in (threshold, response_threshold):
            if t is not None and not 0.0 <= t <= 1.0:
                raise ExpguardError(f"threshold must be in [0, 1], got {t}")
        if mode == "score" and not engine.supports_scoring:
            raise ExpguardError(f"engine {engine.name!r} cannot score; use mode='generate'")
        self.engine, self.template, self.fmt = engine, template or expguard_template(), fmt
        self.mode, self.threshold, self.max_new_tokens = mode, threshold, max_new_tokens
        self.response_threshold = threshold if response_threshold is None else response_threshold
        self.name = name or str(engine.describe().get("model"))

    def describe(self) -> dict[str, Any]:
        """Everything that determines this guard's outputs (for run provenance and caches)."""
        from .. import __version__

        return {"guard": self.name, "mode": self.mode, "threshold": self.threshold,
                "response_threshold": self.response_threshold, "template": self.template.name,
                "template_sha256": self.template.sha256, "format": repr(self.fmt),
                "max_new_tokens": self.max_new_tokens, **self.engine.describe(),
                "expguard_version": __version__}

    # --- public API --------------------------------------------------------------------------
    def classify(self, items: Iterable[Any], *, progress: Callable[[int], None] | None = None
                 ) -> list[Verdict]:
        """Verdicts for ``items`` (strings, ``{"prompt","response"}`` or ``{"messages"}`` dicts,
        Conversations or Samples), in input order."""
        return list(self.classify_iter(items, progress=progress))

    def classify_iter(self, items: Iterable[Any], *, chunk_size: int | None = None,
                      progress: Callable[[int], None] | None = None) -> Iterator[Verdict]:
        """Like ``classify`` but streams: verdicts come out chunk by chunk, in input order."""
        chunk_size = chunk_size or max(64, 8 * getattr(self.engine, "batch_size", 8))
        it = iter(items)
        offset = 0
        while chunk := list(islice(it, chunk_size)):
            verdicts = self._classify_chunk(chunk, offset)
            offset += len(chunk)
            if progress:
                progress(len(chunk))
            yield from verdicts

    def __call__(self, items: Iterable[Any]) -> list[Verdict]:
        return self.classify(items)

    # --- internals ---------------------------------------------------------------------------
    def render(self, items: Sequence[Any], offset: int = 0) -> list[RenderedPrompt]:
        out = []
        for i, x in enumerate(items):
            try:
                out.append(self.template.render_prompt(Conversation.coerce(x)))
            except DataError as e:
                raise DataError(e.reason, line=offset + i + 1, field=e.field) from None
        return out

    def _classify_chunk(self, items: Sequence[Any], offset: int) -> list[Verdict]:
        prompts = self.render(items, offset)
        if self.mode == "generate":
            return self._generate(prompts)
        return self._score(prompts)

    def _score(self, prompts: list[RenderedPrompt]) -> list[Verdict]:
        fmt = self.fmt
        scores = self.engine.score([
            ScoreRequest(p, fmt.score_prefix(None), fmt.choices,
                         followup=fmt.agent_prefix if p.conversation.has_response else None,
                         branch_threshold=self.threshold) for p in prompts])
        out = []
        for p, s in zip(prompts, scores):
            has_resp = p.conversation.has_response
            if isinstance(s, Failure):
                out.append(Verdict(None, None, None, None, Status.ENGINE_ERROR,
                                   Status.ENGINE_ERROR if has_resp else None, error=s.message))
                continue
            user_unsafe = s.p >= self.threshold
            if not has_resp:
                out.append(Verdict(user_unsafe, None, s.p, None, Status.OK, None))
                continue
            # the Agent label, given the User label the guard chose
            pr = s.after[user_unsafe] if s.after else None
            if pr is None:
                out.append(Verdict(user_unsafe, None, s.p, None, Status.OK, Status.ENGINE_ERROR,
                                   error="the engine returned no response score"))
                continue
            out.append(Verdict(user_unsafe, pr >= self.response_threshold, s.p, pr, Status.OK,
                               Status.OK))
        return out

    def _generate(self, prompts: list[RenderedPrompt]) -> list[Verdict]:
        texts = self.engine.generate(prompts, max_new_tokens=self.max_new_tokens)
        out = []
        for p, t in zip(prompts, texts):
            has_resp = p.conversation.has_response
            if isinstance(t, Failure):
                out.append(Verdict(None, None, None, None, Status.ENGINE_ERROR,
                                   Status.ENGINE_ERROR if has_resp else None, error=t.message))
                continue
            r = self.fmt.parse(t, expect_response=has_resp)
            out.append(Verdict(r.prompt.harmful, r.response.harmful if r.response else None,
                               None, None, r.prompt.status, r.response.status if r.response else None,
                               raw_output=t))
        return out


def load_guard(name_or_path: str, *, engine: str | None = None, mode: Mode | None = None,
               threshold: float | None = None, response_threshold: float | None = None,
               template: str | ChatTemplate | None = None, max_new_tokens: int = 128,
               **engine_kwargs: Any) -> Any:
    """Load a guard by built-in name (``expguard-7b``, ``fake``), local path or hub id.

    ``engine`` picks the backend (``hf`` by default; ``openai_http`` with ``base_url=...``;
    ``vllm``); remaining keyword arguments go to the engine (``device``, ``dtype``,
    ``batch_size``, ``revision``, ...). API guards (``openai-moderation``, ``perspective``,
    ``azure-content-safety``) are built by their factory from ``threshold`` and the keyword
    arguments (``base_url``, ``api_key``, ``on_error``, ...); they have no engine or template.
    """
    spec = GUARDS.get(name_or_path) if name_or_path in GUARDS else None
    if spec is None and engine in (None, "native") and _is_mini_artifact(name_or_path):
        from ..mini.model import load_default

        return load_default(name_or_path, threshold=threshold, response_threshold=response_threshold,
                            **engine_kwargs)
    if spec and spec.engine in ("api", "native"):
        return _load_api_guard(spec, engine=engine, mode=mode, threshold=threshold,
                               response_threshold=response_threshold, template=template,
                               **engine_kwargs)
    model = spec.model if spec else name_or_path
    engine_name = engine or (spec.engine if spec else "hf")
    kwargs = {**(spec.engine_kwargs if spec else {}), **engine_kwargs}
    engine_obj = ENGINES.get(engine_name)(model, **kwargs)
    if isinstance(template, str):
        tmpl = ChatTemplate.builtin(template)
    else:
        tmpl = template or ChatTemplate.builtin(spec.template if spec else "expguard")
    return Guard(engine_obj, template=tmpl, mode=mode or "score",
                 threshold=0.5 if threshold is None else threshold,
                 response_threshold=response_threshold, max_new_tokens=max_new_tokens,
                 name=spec.name if spec else name_or_path)


def _is_mini_artifact(path: str) -> bool:
    # light: the module imports torch only when a guard is built
    from ..mini.model import is_artifact

    return is_artifact(path)


def _load_api_guard(spec: GuardSpec, *, engine: str | None, mode: str | None,
                    threshold: float | None, response_threshold: float | None,
                    template: Any, **kwargs: Any) -> Any:
    """API guards and native classifiers judge raw text: options of template-based guards are
    refused, not ignored (a native classifier has its own response head, so it takes
    ``response_threshold``)."""
    native = spec.engine == "native"
    bad = {k: v for k, v in (("engine", None if native and engine == "native" else engine),
                             ("response_threshold", None if native else response_threshold),
                             ("template", template)) if v is not None}
    if mode not in (None, "api", "score"):
        bad["mode"] = mode
    if bad:
        what = "calls an API" if spec.engine == "api" else "is a native classifier"
        raise ExpguardError(f"guard {spec.name!r} {what}; it takes no {', '.join(bad)}")
    import importlib

    module, _, attr = spec.model.partition(":")
    factory = getattr(importlib.import_module(module), attr)
    if threshold is not None:
        kwargs["threshold"] = threshold
    if native and response_threshold is not None:
        kwargs["response_threshold"] = response_threshold
    return factory(**{**spec.engine_kwargs, **kwargs})


# open LLM baseline guards (WildGuard, Llama Guard, ShieldGemma, Qwen3Guard, ...): see baselines/
from .baselines import install as _install_baselines  # noqa: E402

load_guard = _install_baselines(GUARDS, load_guard)
