"""Baseline guard specs, the loader, and the ``load_guard`` extension.

``register_baselines(GUARDS)`` adds a ``BaselineSpec`` per guard; ``install`` also wraps
``load_guard`` so those names load through ``build``:

    load_guard("llama-guard-3-8b")                       # hub weights, score mode
    load_guard("llama-guard-3-8b", model_path="/models/lg3", device="cuda")
    load_guard("wildguard", mode="generate")              # generate-only guards
    load_guard("qwen3guard-gen-4b-loose")                 # Controversial counts as safe

Each spec declares what the guard judges (``judges``: the harness skips other benchmarks), its
licence/gating, and its probes (templates + answer parsers, ``guard.Probe``). Defaults differ from
the original wrappers on purpose: bf16 on GPU (``dtype="auto"``), content truncated from the left
(never the instruction tail), no response pass on prompt-only items, parse failures are statuses.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from typing import Any

from ...errors import ExpguardError
from ..guards import GuardSpec
from . import formats as F
from .guard import BaselineGuard, ClassifierGuard, Probe, odds_combine
from .templates import SHIELDGEMMA_POLICIES


@dataclass(frozen=True)
class BaselineSpec(GuardSpec):
    judges: tuple[str, ...] = ("prompt", "response")
    licence: str = ""
    family: str = ""
    probes: Callable[..., tuple[Probe, ...]] | None = None
    default_mode: str = "score"
    base_model: str | None = None        # PEFT adapters: the base the adapter applies to
    classifier: bool = False             # a sequence classifier (BeaverDam), not a causal LM
    card: str = ""                       # where the prompt format comes from

    @property
    def modes(self) -> tuple[str, ...]:
        if self.classifier:
            return ("classifier",)
        return ("score", "generate") if all(p.can_score for p in self.probes()) else ("generate",)


# --- probes per family ----------------------------------------------------------------------------
def _llama_guard(tmpl: str, prefix: str, choices=("safe", "unsafe")) -> Callable[..., tuple[Probe, ...]]:
    def probes(**_: Any) -> tuple[Probe, ...]:
        pair = (choices,)
        return (Probe("prompt", tmpl, "prompt", {"prompt": F.LLAMA_GUARD_ANSWER}, prefix, pair),
                Probe("response", tmpl, "full", {"response": F.LLAMA_GUARD_ANSWER}, prefix, pair))
    return probes


def _shieldgemma(**_: Any) -> tuple[Probe, ...]:
    return tuple(Probe(f"{fld}:{pol}", f"shieldgemma-{fld}-{pol}", "prompt" if fld == "prompt" else "full",
                       {fld: F.YES_NO_ANSWER}, "", (("No", "Yes"),))
                 for fld in ("prompt", "response") for pol in SHIELDGEMMA_POLICIES)


def _qwen3guard(strict: bool = True, **_: Any) -> tuple[Probe, ...]:
    read = F.Qwen3GuardAnswer(strict=strict)
    pairs = ((" Safe", " Unsafe"), (" Safe", " Controversial"))
    combine = odds_combine((True, strict))
    return (Probe("prompt", "qwen3guard", "prompt", {"prompt": read}, "Safety:", pairs, combine),
            Probe("response", "qwen3guard", "full", {"response": read, "refusal": read.refusal}, "Safety:",
                  pairs, combine))


def _wildguard_probes(**_: Any) -> tuple[Probe, ...]:
    # one generation reads every field; a prompt-only item is rendered with an empty response
    a = F.WildGuardAnswer()
    return (_WildGuardProbe("all", "wildguard", "prompt",
                            {"prompt": a.prompt, "response": a.response, "refusal": a.refusal}),)


@dataclass(frozen=True)
class _WildGuardProbe(Probe):
    def applies(self, conv):  # every item, rendered whole
        return True

    def render(self, conv):
        from .templates import template
        return template(self.template).render_prompt(conv)


def _response_judge(tmpl: str, read: F.FirstLine) -> Callable[..., tuple[Probe, ...]]:
    def probes(**_: Any) -> tuple[Probe, ...]:
        return (Probe("response", tmpl, "full", {"response": read}),)
    return probes


_LLAMA3 = "Llama 3 Community License; gated on the Hub (accept Meta's terms)"
BASELINES: tuple[BaselineSpec, ...] = (
    BaselineSpec("wildguard", "allenai/wildguard", template="wildguard", family="wildguard",
                 description="WildGuard (Mistral-7B-v0.3): harmful request / refusal / harmful response "
                 "in one generation.", licence="Apache-2.0; gated on the Hub (accept AI2's terms)",
                 probes=_wildguard_probes, default_mode="generate", judges=("prompt", "response", "refusal"),
                 card="allenai/wildguard model card"),
    BaselineSpec("llama-guard-2", "meta-llama/Meta-Llama-Guard-2-8B", template="llama-guard-2",
                 family="llama-guard", description="Llama Guard 2 (Llama-3-8B), 11 categories.",
                 licence=_LLAMA3, probes=_llama_guard("llama-guard-2", "", (" safe", " unsafe")),
                 card="tokenizer_config.json chat_template"),
    BaselineSpec("llama-guard-3-8b", "meta-llama/Llama-Guard-3-8B", template="llama-guard-3-8b",
                 family="llama-guard", description="Llama Guard 3 8B (Llama-3.1-8B), MLCommons S1-S14.",
                 licence="Llama 3.1 Community License; gated on the Hub",
                 probes=_llama_guard("llama-guard-3-8b", "\n\n"), card="tokenizer_config.json chat_template"),
    BaselineSpec("llama-guard-3-1b", "meta-llama/Llama-Guard-3-1B", template="llama-guard-3-1b",
                 family="llama-guard", description="Llama Guard 3 1B (Llama-3.2-1B), S1-S13.",
                 licence="Llama 3.2 Community License; gated on the Hub",
                 probes=_llama_guard("llama-guard-3-1b", "\n\n"), card="tokenizer_config.json chat_template"),
    BaselineSpec("llama-guard-4", "meta-llama/Llama-Guard-4-12B", template="llama-guard-4",
                 family="llama-guard", description="Llama Guard 4 12B (multimodal checkpoint, text use). "
                 "Template not verified byte-for-byte; loading via AutoModelForCausalLM untested.",
                 licence="Llama 4 Community License; gated on the Hub",
                 probes=_llama_guard("llama-guard-4", "\n\n"), card="model card prompt description"),
    *(BaselineSpec(f"shieldgemma-{s}", f"google/shieldgemma-{s}", template="shieldgemma-prompt-dangerous",
                   family="shieldgemma", description=f"ShieldGemma {s.upper()} (Gemma 2): P(Yes) per "
                   "policy (dangerous, harassment, hate, sexual), max over policies.",
                   licence="Gemma Terms of Use; gated on the Hub", probes=_shieldgemma,
                   card="tokenizer chat_template with guideline=")
      for s in ("2b", "9b", "27b")),
    *(BaselineSpec(f"aegis-{v}", f"nvidia/Aegis-AI-Content-Safety-LlamaGuard-{v.title()}-1.0",
                   template=f"aegis-{v}", family="aegis", base_model="meta-llama/LlamaGuard-7b",
                   description=f"Aegis 1.0 {v} (PEFT adapter on LlamaGuard-7b), "
                   f"O1-O{13 if v == 'defensive' else 12}.",
                   licence="Llama 2 Community License (adapter and base); base gated on the Hub",
                   probes=_llama_guard(f"aegis-{v}", "", (" safe", " unsafe")),
                   card="nvidia Aegis model card moderation_prompt_for_chat")
      for v in ("defensive", "permissive")),
    BaselineSpec("harmbench-llama-2-13b-cls", "cais/HarmBench-Llama-2-13b-cls", template="harmbench-llama2",
                 family="harmbench", judges=("response",), description="HarmBench classifier "
                 "(Llama-2-13B): is the response an instance of the behavior? yes/no.",
                 licence="MIT", probes=_response_judge("harmbench-llama2", F.YES_NO_ANSWER),
                 default_mode="generate", card="HarmBench eval_utils.py LLAMA2_CLS_PROMPT"),
    BaselineSpec("harmbench-mistral-7b-val-cls", "cais/HarmBench-Mistral-7b-val-cls",
                 template="harmbench-mistral", family="harmbench", judges=("response",),
                 description="HarmBench validation classifier (Mistral-7B), yes/no.", licence="MIT",
                 probes=_response_judge("harmbench-mistral", F.YES_NO_ANSWER), default_mode="generate",
                 card="HarmBench eval_utils.py MISTRAL_CLS_PROMPT"),
    BaselineSpec("md-judge", "OpenSafetyLab/MD-Judge-v0.1", template="md-judge", family="md-judge",
                 judges=("response",), description="MD-Judge v0.1 (Mistral-7B), SALAD-Bench O1-O6.",
                 licence="Apache-2.0 (per the model card)",
                 probes=_response_judge("md-judge", F.MD_JUDGE_ANSWER), default_mode="generate",
                 card="MD-Judge-v0.1 model card evaluation_template"),
    BaselineSpec("beaverdam", "PKU-Alignment/beaver-dam-7b", template="beaverdam", family="beaverdam",
                 judges=("response",), classifier=True, default_mode="classifier",
                 description="BeaverDam-7B: a 14-category sequence classifier (Llama-7B) over "
                 "'USER: prompt ASSISTANT: response'; unsafe iff max sigmoid >= threshold.",
                 licence="CC BY-NC 4.0 (per the model card)", card="safe-rlhf QAModeration"),
    *(BaselineSpec(f"qwen3guard-gen-{s}{suffix}", f"Qwen/Qwen3Guard-Gen-{s.upper()}",
                   template="qwen3guard", family="qwen3guard",
                   description=f"Qwen3Guard-Gen {s.upper()}: Safe/Unsafe/Controversial; "
                   f"{'loose: Controversial counts as safe' if suffix else 'strict: Controversial counts as unsafe'}.",
                   licence="Apache-2.0", engine_kwargs={"_strict": not suffix},
                   judges=("prompt", "response", "refusal"), probes=_qwen3guard, card="tokenizer_config.json chat_template")
      for s in ("0.6b", "4b", "8b") for suffix in ("", "-loose")),
)


def register_baselines(guards: Any) -> None:
    for spec in BASELINES:
        guards.register(spec.name, spec)


def build(spec: BaselineSpec, *, model_path: str | None = None, adapter_path: str | None = None,
          engine: str | None = None, mode: str | None = None, threshold: float | None = None,
          response_threshold: float | None = None, template: Any = None, max_new_tokens: int = 128,
          strict: bool | None = None, **engine_kwargs: Any) -> Any:
    """A ready guard for ``spec``. ``model_path`` points the guard at local weights (for an adapter
    guard: the base model; ``adapter_path``: the adapter)."""
    if template is not None:
        raise ExpguardError(f"guard {spec.name!r} has its own prompt format; it takes no template")
    from ...registry import ENGINES

    kw = dict(spec.engine_kwargs)
    strict = kw.pop("_strict", True) if strict is None else strict
    info = {"licence": spec.licence, "weights": model_path or spec.model}
    if spec.classifier:
        if mode not in (None, "classifier", "score"):
            raise ExpguardError(f"guard {spec.name!r} is a classifier; it has no {mode!r} mode")
        model, tok = _load_classifier(model_path or spec.model, **engine_kwargs)
        return ClassifierGuard(model, tok, threshold=0.5 if threshold is None else threshold,
                               batch_size=engine_kwargs.get("batch_size", 16), name=spec.name, info=info)
    eng_name = engine or spec.engine
    kwargs = {**kw, **engine_kwargs}
    if spec.base_model is not None:
        if eng_name != "hf":
            raise ExpguardError(f"guard {spec.name!r} is a PEFT adapter; only the 'hf' engine loads it")
        base, adapter = model_path or spec.base_model, adapter_path or spec.model
        info |= {"weights": adapter, "base_model": base}
        model, tok = _load_peft(base, adapter, **kwargs)
        kwargs = {k: v for k, v in kwargs.items() if k in ("batch_size", "max_length")}
        engine_obj = ENGINES.get("hf")(model, tok, **kwargs)
    else:
        engine_obj = ENGINES.get(eng_name)(model_path or spec.model, **kwargs)
    return BaselineGuard(engine_obj, spec.probes(strict=strict), mode=mode or spec.default_mode,
                         threshold=0.5 if threshold is None else threshold,
                         response_threshold=response_threshold, max_new_tokens=max_new_tokens,
                         name=spec.name, judges=spec.judges, info=info)


def _hf_kwargs(kwargs: dict[str, Any]) -> tuple[Any, Any, dict[str, Any]]:
    from ..engines.hf import _import_torch, _resolve_dtype

    torch = _import_torch()
    device = kwargs.get("device", "auto")
    if device == "auto":
        device = "cuda" if torch.cuda.is_available() else "cpu"
    device = torch.device(device)
    dtype = _resolve_dtype(torch, kwargs.get("dtype", "auto"), device)
    load = {k: kwargs[k] for k in ("revision", "trust_remote_code", "local_files_only") if kwargs.get(k)}
    return device, dtype, load


def _load_peft(base: str, adapter: str, **kwargs: Any) -> tuple[Any, Any]:
    from transformers import AutoModelForCausalLM, AutoTokenizer

    try:
        from peft import PeftModel
    except ImportError as e:
        raise ExpguardError("Aegis guards need 'peft' (pip install peft)") from e
    device, dtype, load = _hf_kwargs(kwargs)
    tok = AutoTokenizer.from_pretrained(base, **load)
    model = AutoModelForCausalLM.from_pretrained(base, dtype=dtype, **load)
    model = PeftModel.from_pretrained(model, adapter).merge_and_unload()
    return model.to(device), tok


def _load_classifier(path: str, **kwargs: Any) -> tuple[Any, Any]:
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    device, dtype, load = _hf_kwargs(kwargs)
    tok = AutoTokenizer.from_pretrained(path, **load)
    model = AutoModelForSequenceClassification.from_pretrained(path, dtype=dtype, **load)
    if tok.pad_token_id is None:
        tok.pad_token = tok.unk_token or tok.eos_token
    return model.to(device), tok


def install(guards: Any, load_guard: Callable[..., Any]) -> Callable[..., Any]:
    """Register the baselines and return ``load_guard`` extended to build them."""
    register_baselines(guards)

    @wraps(load_guard)
    def load(name_or_path: str, **kwargs: Any) -> Any:
        spec = guards.get(name_or_path) if name_or_path in guards else None
        if isinstance(spec, BaselineSpec):
            return build(spec, **kwargs)
        if "model_path" in kwargs:  # a built-in non-baseline guard pointed at local weights
            path = kwargs.pop("model_path")
            if spec is not None and path:
                kwargs.setdefault("template", spec.template)
                return load_guard(path, **kwargs) if spec.engine != "api" else load_guard(name_or_path, **kwargs)
        return load_guard(name_or_path, **kwargs)

    return load
