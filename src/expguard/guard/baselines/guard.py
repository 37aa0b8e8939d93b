"""Baseline guards: one or more *probes* (a prompt template + how to read its answer) per
conversation, run through the ordinary engine contract.

Why probes: most baselines judge one message per pass. Llama Guard renders the conversation up to
the user turn to judge the prompt and the whole conversation to judge the response (two passes);
ShieldGemma asks one Yes/No question per policy (one pass per policy and message); WildGuard reads
all fields from one generation. A probe says which view of the conversation it renders
(``prompt``: up to the last user turn; ``full``: the whole conversation, only when it ends with a
response), which fields it reads, and, when the model exposes label tokens, the trusted prefix and
the (negative, positive) continuations to score. Several probes of one field are combined with
"any": the maximum P(unsafe) in score mode, "unsafe if any probe says unsafe" in generate mode.

Content is truncated by the engine from the left of the conversation content, never the
instruction tail (``encoding.encode``; the original cut the end of the prompt, spec §7.14).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from ...errors import DataError, ExpguardError
from ...schema import Conversation, Status, Verdict, coerce_conversations
from ..engines.base import Engine, Failure, ScoreRequest
from ..formats import FieldReading
from ..guards import Guard
from ..template import RenderedPrompt
from .templates import template as get_template

Reader = Callable[[str], FieldReading]
Combine = Callable[[Sequence[float]], float]


@dataclass(frozen=True)
class Probe:
    name: str
    template: str                                   # a name in ``templates.SOURCES``
    view: Literal["prompt", "full"]                 # what part of the conversation it renders
    readers: dict[str, Reader]                      # field ("prompt"/"response"/"refusal") -> parser
    prefix: str = ""                                # trusted text between prompt and label
    pairs: tuple[tuple[str, str], ...] = ()         # (negative, positive) label continuations
    combine: Combine | None = None                  # several pairs -> P(unsafe)

    @property
    def scored_field(self) -> str:
        """The field the label-token ``pairs`` score: the first reader. Other readers are read
        from generations only (Qwen3Guard's "Refusal:" line after "Safety:")."""
        return next(iter(self.readers))

    @property
    def can_score(self) -> bool:
        return bool(self.pairs) and bool(self.readers)

    def applies(self, conv: Conversation) -> bool:
        return self.view == "prompt" or conv.has_response

    def render(self, conv: Conversation) -> RenderedPrompt:
        if self.view == "prompt" and conv.has_response:
            conv = Conversation(conv.messages[:-1])
        return get_template(self.template).render_prompt(conv)


def odds_combine(positive: Sequence[bool]) -> Combine:
    """Exact multi-way softmax from pairwise ones: pair k scores (base, label_k) and gives
    p_k = P(label_k | {base, label_k}); odds o_k = p_k / (1 - p_k) = P(label_k) / P(base), so
    P(label_k) = o_k / (1 + sum o). Returns the total probability of the ``positive`` labels
    (Qwen3Guard strict: Unsafe + Controversial; loose: Unsafe)."""
    def combine(ps: Sequence[float]) -> float:
        eps = 1e-12
        odds = [min(p, 1 - eps) / max(1 - p, eps) for p in ps]
        total = 1.0 + sum(odds)
        return sum(o for o, pos in zip(odds, positive) if pos) / total
    return combine


@dataclass
class _Field:
    probs: list[float] = field(default_factory=list)
    readings: list[FieldReading] = field(default_factory=list)
    error: str | None = None


class BaselineGuard(Guard):
    """A guard made of probes; same public surface as ``Guard`` (classify, judges, describe)."""

    def __init__(self, engine: Engine, probes: Sequence[Probe], *, mode: str = "score",
                 threshold: float = 0.5, response_threshold: float | None = None,
                 max_new_tokens: int = 128, name: str | None = None,
                 judges: tuple[str, ...] = ("prompt", "response"),
                 info: dict[str, Any] | None = None) -> None:
        if mode not in ("score", "generate"):
            raise ExpguardError(f"mode must be 'score' or 'generate', not {mode!r}")
        for t in (threshold, response_threshold):
            if t is not None and not 0.0 <= t <= 1.0:
                raise ExpguardError(f"threshold must be in [0, 1], got {t}")
        if mode == "score":
            if not all(p.can_score for p in probes):
                raise ExpguardError(f"guard {name!r} exposes no label-token probability; use "
                                    "mode='generate' (--mode generate)")
            if not engine.supports_scoring:
                raise ExpguardError(f"engine {engine.name!r} cannot score; use mode='generate'")
        self.engine, self.probes, self.mode = engine, tuple(probes), mode
        self.threshold, self.max_new_tokens = threshold, max_new_tokens
        self.response_threshold = threshold if response_threshold is None else response_threshold
        self.name = name or str(engine.describe().get("model"))
        # score mode judges only what label tokens score (Qwen3Guard's refusal is generate-only)
        scored = {p.scored_field for p in self.probes}
        self.judges = tuple(j for j in judges if mode == "generate" or j in scored)
        self.info = dict(info or {})
        self.template = get_template(self.probes[0].template)  # for code that reads guard.template

    def describe(self) -> dict[str, Any]:
        from ... import __version__

        return {"guard": self.name, "mode": self.mode, "threshold": self.threshold,
                "response_threshold": self.response_threshold,
                "templates": {p.name: get_template(p.template).sha256 for p in self.probes},
                "format": repr([(p.name, p.prefix, p.pairs, sorted(p.readers)) for p in self.probes]),
                "max_new_tokens": self.max_new_tokens, **self.info, **self.engine.describe(),
                "expguard_version": __version__}

    def render(self, items: Sequence[Any], offset: int = 0) -> list[RenderedPrompt]:
        """Every prompt the guard model reads for ``items`` (probe order, then item order)."""
        convs = self._coerce(items, offset)
        return [p.render(c) for p in self.probes for c in convs if p.applies(c)]

    @staticmethod
    def _coerce(items: Sequence[Any], offset: int) -> list[Conversation]:
        return coerce_conversations(items, offset)

    def _classify_chunk(self, items: Sequence[Any], offset: int) -> list[Verdict]:
        convs = self._coerce(items, offset)
        fields = [{"prompt": _Field(), "response": _Field(), "refusal": _Field()} for _ in convs]
        raws: list[list[str]] = [[] for _ in convs]
        for probe in self.probes:
            idx = [i for i, c in enumerate(convs) if probe.applies(c)]
            if not idx:
                continue
            try:
                prompts = [probe.render(convs[i]) for i in idx]
            except DataError as e:
                raise DataError(e.reason, line=offset + 1, field=e.field) from None
            if self.mode == "generate":
                self._run_generate(probe, idx, prompts, fields, raws, convs)
            else:
                self._run_score(probe, idx, prompts, fields)
        return [self._verdict(c, f, r) for c, f, r in zip(convs, fields, raws)]

    def _run_generate(self, probe, idx, prompts, fields, raws, convs) -> None:
        texts = self.engine.generate(prompts, max_new_tokens=self.max_new_tokens)
        for i, t in zip(idx, texts):
            for fname, read in probe.readers.items():
                if fname in ("response", "refusal") and not convs[i].has_response:
                    continue
                if isinstance(t, Failure):
                    fields[i][fname].error = t.message
                else:
                    fields[i][fname].readings.append(read(t))
            if not isinstance(t, Failure):
                raws[i].append(t if len(self.probes) == 1 else f"[{probe.name}] {t}")

    def _run_score(self, probe, idx, prompts, fields) -> None:
        fname = probe.scored_field
        reqs = [ScoreRequest(p, probe.prefix, pair) for p in prompts for pair in probe.pairs]
        scores = self.engine.score(reqs)
        k = len(probe.pairs)
        for j, i in enumerate(idx):
            got = scores[j * k:(j + 1) * k]
            bad = next((s for s in got if isinstance(s, Failure)), None)
            if bad is not None:
                fields[i][fname].error = bad.message
                continue
            ps = [s.p for s in got]
            fields[i][fname].probs.append(probe.combine(ps) if probe.combine else ps[0])

    def _field(self, f: _Field, threshold: float) -> tuple[bool | None, float | None, Status, str | None]:
        if f.error is not None:
            return None, None, Status.ENGINE_ERROR, f.error
        if self.mode == "score":
            if not f.probs:
                return None, None, Status.MISSING, None
            p = max(f.probs)
            return p >= threshold, p, Status.OK, None
        if any(r.status is Status.OK and r.harmful for r in f.readings):
            return True, None, Status.OK, None
        if f.readings and all(r.status is Status.OK for r in f.readings):
            return False, None, Status.OK, None
        bad = next((r.status for r in f.readings if r.status is not Status.OK), Status.MISSING)
        return None, None, bad, None

    def _verdict(self, conv: Conversation, fields: dict[str, _Field], raws: list[str]) -> Verdict:
        raw = "\n".join(raws) if self.mode == "generate" and raws else None
        judged = {fn for p in self.probes for fn in p.readers}
        ph = pp = ps = None
        err = []
        if "prompt" in judged:
            ph, pp, ps, e = self._field(fields["prompt"], self.threshold)
            err.append(e)
        rh = rp = rs = None
        if conv.has_response and "response" in judged:
            rh, rp, rs, e = self._field(fields["response"], self.response_threshold)
            err.append(e)
        fh = fs = None
        if conv.has_response and "refusal" in judged and "refusal" in self.judges:  # generate mode
            fh, _, fs, e = self._field(fields["refusal"], self.response_threshold)
            err.append(e)
        msg = next((e for e in err if e), None)
        return Verdict(ph, rh, pp, rp, ps, rs, raw_output=raw, error=msg,
                       response_refusal=fh, refusal_status=fs)


class ClassifierGuard(Guard):
    """A sequence classifier over a rendered text (BeaverDam): sigmoid per category, unsafe iff the
    largest category probability is at or above ``threshold``. Judges the response only (the
    text is the prompt + the response, as the model was trained); prompt fields stay None."""

    judges: tuple[str, ...] = ("response",)

    def __init__(self, model: Any, tokenizer: Any, *, template: str = "beaverdam",
                 threshold: float = 0.5, max_length: int = 512, batch_size: int = 16,
                 name: str | None = None, info: dict[str, Any] | None = None) -> None:
        if not 0.0 <= threshold <= 1.0:
            raise ExpguardError(f"threshold must be in [0, 1], got {threshold}")
        self.model, self.tokenizer = model.eval(), tokenizer
        self.template = get_template(template)
        self.threshold = self.response_threshold = threshold
        self.max_length, self.batch_size, self.mode = max_length, batch_size, "classifier"
        self.name = name or str(getattr(model, "name_or_path", "classifier"))
        self.info = dict(info or {})
        self.labels = dict(getattr(model.config, "id2label", {}) or {})
        self.engine = None

    def describe(self) -> dict[str, Any]:
        from ... import __version__

        return {"guard": self.name, "mode": self.mode, "threshold": self.threshold,
                "template": self.template.name, "template_sha256": self.template.sha256,
                "max_length": self.max_length, "dtype": str(self.model.dtype).removeprefix("torch."),
                **self.info, "expguard_version": __version__}

    def _classify_chunk(self, items: Sequence[Any], offset: int) -> list[Verdict]:
        import torch

        from ..encoding import encode

        convs = BaselineGuard._coerce(items, offset)
        todo = [i for i, c in enumerate(convs) if c.has_response]
        eos = self.tokenizer.eos_token or ""
        seqs = [encode(self.tokenizer, self.template.render_prompt(convs[i]), [eos],
                       max_length=self.max_length).ids[0] for i in todo]
        probs: dict[int, list[float]] = {}
        pad = self.tokenizer.pad_token_id if self.tokenizer.pad_token_id is not None else 0
        device = next(self.model.parameters()).device
        with torch.inference_mode():
            for s in range(0, len(seqs), self.batch_size):
                batch = seqs[s:s + self.batch_size]
                width = max(map(len, batch))
                ids = torch.full((len(batch), width), pad, dtype=torch.long)
                mask = torch.zeros((len(batch), width), dtype=torch.long)
                for r, q in enumerate(batch):  # right padding, as the model was used
                    ids[r, :len(q)] = torch.tensor(q)
                    mask[r, :len(q)] = 1
                logits = self.model(input_ids=ids.to(device), attention_mask=mask.to(device)).logits
                for r, row in enumerate(torch.sigmoid(logits.float()).tolist()):
                    probs[todo[s + r]] = row
        out = []
        for i, c in enumerate(convs):
            if i not in probs:
                out.append(Verdict(None, None, None, None, None, None))
                continue
            row = probs[i]
            p = max(row)
            cats = {str(self.labels.get(k, k)): v for k, v in enumerate(row)}
            out.append(Verdict(None, p >= self.threshold, None, p, None, Status.OK, categories=cats))
        return out
