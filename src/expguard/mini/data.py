"""Training data of the default guard: public sets read at run time from ``../shared/benchmarks``
plus the project's own domain rows (``domain_data``), with fixed splits and a leakage filter.

Rules (documented in docs/default-guard.md):
- Folders that also serve evaluation are split by the text hash (``expguard.data.splits``); only
  their ``train`` side is read here (benign domain folders, TRIDENT).
- The project's generated rows are split by *family* (template skeleton): a family whose hash
  falls on the ``val`` side is held out whole, so the internal validation measures generalisation
  to unseen templates, not to unseen fillers of seen ones.
- Leakage filter: a training row whose normalised user text equals that of any validation
  benchmark row (``suites/validation.yaml``) is dropped, and the drop is counted in the summary.
- Sets never trained on: every benchmark of the validation suite, ExpGuardTest, and XSTest's
  completions (their prompts are XSTest's).
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..data.splits import normalise, split_of
from ..errors import DataError, ExpguardError
from ..schema import Conversation, Sample
from ..taxonomy import DOMAINS
from .model import CATEGORY_CODES, user_side

#: benchmarks (by registry name) some of whose rows the recipe trains on; the harness skips them
#: for this guard (their held-out splits are separate benchmarks)
TRAINED_ON = ("trident_bench:prompt", "advbench:prompt", "strongreject:prompt", "ailuminate:prompt",
              "jailbreakbench:prompt", "jailbreakbench:response", "aegis1:prompt", "saferlhf:response",
              "dices990:response")


#: response sets whose (training-side) responses also serve as standalone texts, see ``build``
RESPONSE_AS_TEXT = ("saferlhf:response", "jailbreakbench:response", "dices990:response")


@dataclass(frozen=True)
class Row:
    """One training example. ``task`` "prompt": ``text`` is the user side; "response": the pair."""

    task: str
    text: str
    response: str | None
    label: bool
    source: str
    category: int | None = None     # index into S1..S13, when known (harmful rows)
    domain: int | None = None       # index into DOMAINS, when known
    refusal: bool | None = None     # response rows: the answer refuses (True) or complies, when known


#: what each kind of generated answer (the last part of an own row's ``source``, less its index)
#: is: a refusal (correct or over-cautious) or a compliance (helpful, compliant or harmful); other
#: kinds (corrections, hand-written rows) carry no refusal label
REFUSAL_KINDS = {"refuse": True, "over": True, "help": False, "comply": False, "bad": False}


def refusal_of(source: str) -> bool | None:
    """The refusal label of a generated answer from its row's ``source``, or None."""
    return REFUSAL_KINDS.get(re.sub(r"\d+$", "", source.rsplit("/", 1)[-1]))


def _dom(d: str | None) -> int | None:
    return DOMAINS.index(d) if d in DOMAINS else None


def _cat(c: str | None) -> int | None:
    return CATEGORY_CODES.index(c) if c in CATEGORY_CODES else None


def rows_from_samples(samples: Iterable[Sample], source: str, *, domain: str | None = None,
                      tasks: tuple[str, ...] = ("prompt", "response")) -> Iterator[Row]:
    for s in samples:
        conv = s.conversation
        user = user_side(conv)
        dom = _dom(s.domain or domain)
        if "prompt" in tasks and s.prompt_harmful is not None:
            yield Row("prompt", user, None, bool(s.prompt_harmful), source, domain=dom)
        if "response" in tasks and s.response_harmful is not None and conv.has_response:
            yield Row("response", user, conv.response, bool(s.response_harmful), source, domain=dom)


def refusal_rows(samples: Iterable[Sample], key: str, source: str) -> Iterator[Row]:
    """(harmful request, expert-written safe reply) → response safe."""
    for s in samples:
        reply = s.meta.get(key)
        if isinstance(reply, str) and reply.strip():
            yield Row("response", s.conversation.prompt, reply, False, source, domain=_dom(s.domain),
                      refusal=True)


def domain_rows(rows: Iterable[dict[str, Any]], split: str | None,
                answers_only: Collection[str] = ()) -> Iterator[Row]:
    """The project's own rows, family-split (``split`` "train" or "val"; ``None``: every family).
    Rows of the families in ``answers_only`` give only their response row (prompt + answer)."""
    for r in rows:
        if split is not None and split_of(r["family"]) != split:
            continue
        src = f"own:{r['source']}"
        cat, dom = _cat(r.get("category")), _dom(r.get("domain"))
        if r["family"] not in answers_only:
            yield Row("prompt", r["prompt"], None, bool(r["prompt_harmful"]), src,
                      category=cat if r["prompt_harmful"] else None, domain=dom)
        if r.get("response") is not None:
            yield Row("response", r["prompt"], r["response"], bool(r["response_harmful"]), src, domain=dom,
                      refusal=refusal_of(r["source"]))


Cap = int | dict[str, int]


def _cap(rows: list[Row], n: Cap | None, rng: random.Random) -> list[Row]:
    """At most ``n`` rows (a seeded sample, order kept otherwise). ``n`` may be a mapping
    ``{"safe": a, "unsafe": b}`` that caps each label on its own (an absent label: no cap), e.g. to
    keep every toxic ToxicChat row while sampling its many benign ones."""
    if isinstance(n, dict):
        by_label = {lab: [r for r in rows if r.label == (lab == "unsafe")] for lab in ("unsafe", "safe")}
        kept = {id(r) for lab, rs in by_label.items() for r in _cap(rs, n.get(lab), rng)}
        return [r for r in rows if id(r) in kept]
    if n is None or len(rows) <= n:
        return rows
    return rng.sample(rows, n)


def check_caps(caps: Any, where: str) -> dict[str, Cap]:
    """Validated ``data.caps`` of a recipe: source -> a count, or {safe: n, unsafe: n}."""
    if not isinstance(caps, dict):
        raise DataError("expected a mapping of source -> cap", file=where, field="data.caps")
    def count(v: Any) -> bool:
        return isinstance(v, int) and not isinstance(v, bool) and v >= 0

    out: dict[str, Cap] = {}
    for name, n in caps.items():
        ok = bool(n) and set(n) <= {"safe", "unsafe"} and all(map(count, n.values())) \
            if isinstance(n, dict) else count(n)
        if not ok:
            raise DataError(f"cap {n!r}: expected a count >= 0 or a mapping {{safe: n, unsafe: n}}",
                            file=where, field=f"data.caps.{name}")
        out[str(name)] = dict(n) if isinstance(n, dict) else n
    return out


def validation_texts(data_dir: Path, suite: str = "validation") -> set[str]:
    """Normalised user texts of every validation benchmark available locally."""
    from ..data.load import BenchmarkUnavailable, load_benchmark
    from ..suites import resolve

    seen: set[str] = set()
    for name in resolve(suite):
        try:
            lb = load_benchmark(name, data_dir, allow_hub=False)
        except BenchmarkUnavailable:
            continue
        seen.update(normalise(user_side(s.conversation)) for s in lb.samples)
    return seen


def _unseen(rows: Iterable[Row], val_texts: Collection[str],
            seen: set[tuple[str, str, str | None]]) -> tuple[list[Row], int]:
    """The leakage filter and dedup of the training rows: ``rows`` minus those whose user text is a
    validation text (counted, the second value) and those already in ``seen`` (which grows)."""
    kept, leaked = [], 0
    for r in rows:
        text = normalise(r.text)
        if text in val_texts:
            leaked += 1
            continue
        key = (r.task, text, r.response)
        if key not in seen:
            seen.add(key)
            kept.append(r)
    return kept, leaked


def build(data_dir: str | Path, *, caps: dict[str, Cap] | None = None, seed: int = 0,
          own_seed: int = 0, own_holdout: bool = True,
          own_batches: Collection[str] = (), answers_only: Collection[str] = ()
          ) -> tuple[list[Row], list[Row], dict[str, Any]]:
    """(train rows, internal validation rows, summary dict). ``caps`` limits rows per source;
    ``own_batches``: optional batches of our own rows to include (``domain_data.OPTIONAL_BATCHES``);
    ``answers_only``: those of them whose rows train the response head only (no prompt rows).

    ``own_holdout=False`` trains on every own family and returns no internal validation rows (the
    final fit after a holdout run has measured the same recipe's generalisation)."""
    from ..data.benchmarks import domain_benign, medsafetybench, toxicchat, trident_bench
    from ..data.load import load_benchmark
    from . import domain_data

    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        raise ExpguardError(f"benchmark folder {data_dir} not found: the default guard's recipe reads "
                            "the public sets from ../shared/benchmarks (set data.shared_dir)")
    caps, rng = caps or {}, random.Random(seed)
    by_source: dict[str, list[Row]] = {}

    def add(name: str, rows: Iterable[Row]) -> None:
        by_source[name] = _cap(list(rows), caps.get(name), rng)

    msb = list(medsafetybench.train_samples(data_dir / "medsafetybench"))
    add("medsafetybench:train", rows_from_samples(msb, "medsafetybench:train"))
    add("medsafetybench:train:refusals", refusal_rows(msb, "safe_response", "medsafetybench:train"))
    tri = list(trident_bench.train_samples(data_dir / "trident_bench"))
    add("trident_bench:train", rows_from_samples(tri, "trident_bench:train"))
    add("trident_bench:train:refusals", refusal_rows(tri, "safe_reply", "trident_bench:train"))
    add("toxicchat:train", rows_from_samples(toxicchat.train_samples(data_dir / "toxicchat"),
                                             "toxicchat:train"))
    for name in TRAINED_ON:
        if name != "trident_bench:prompt":
            task = name.rsplit(":", 1)[1]
            add(name, rows_from_samples(load_benchmark(name, data_dir, allow_hub=False).samples, name,
                                        tasks=(task,)))
    # Statements, not only requests: the response texts of the response sets above, read as a text
    # to moderate on their own (a user pastes a comment, a story, an answer). Safe ones teach that
    # the statement form, profanity or a grim topic is not harm by itself; unsafe ones are harmful
    # content whoever wrote it.
    add("responses:as_text", (Row("prompt", r.response, None, r.label, f"{r.source}:as_text")
                              for name in RESPONSE_AS_TEXT for r in by_source[name]
                              if r.response and len(r.response.split()) >= 5))
    for folder in domain_benign.FOLDERS:
        add(f"{folder}:train", rows_from_samples(domain_benign.train_samples(folder, data_dir),
                                                 f"{folder}:train"))
    own = domain_data.all_rows(own_seed, own_batches)
    pairs_only = {f for b in answers_only for f in domain_data.OPTIONAL_BATCHES[b]}
    add("own", domain_rows(own, "train" if own_holdout else None, pairs_only))

    val_texts = validation_texts(data_dir)
    leaked: Counter[str] = Counter()
    train: list[Row] = []
    seen: set[tuple[str, str, str | None]] = set()
    for name, rows in by_source.items():
        kept, n_leaked = _unseen(rows, val_texts, seen)
        if n_leaked:
            leaked[name] += n_leaked
        train += kept
    rng.shuffle(train)
    val = list(domain_rows(own, "val", pairs_only)) if own_holdout else []
    families = {r["family"] for r in own}
    held = {f for f in families if split_of(f) == "val"} if own_holdout else set()
    summary = {"sources": {n: _counts(rows) for n, rows in by_source.items()},
               "leaked_dropped": dict(leaked), "train": _counts(train), "own_val": _counts(val),
               "own_families": {"train": len(families - held), "val": len(held)}}
    return train, val, summary


def response_batch_rows(data_dir: str | Path, batches: Collection[str], *, own_seed: int = 0,
                        own_holdout: bool = True, exclude: Collection[Row] = ()) -> list[Row]:
    """The response rows (prompt + answer) of the optional ``batches``' train families, for the
    response adapter alone (``data.response_batches``): the leakage filter of :func:`build` applies
    (no row whose prompt is a validation text) and rows already in ``exclude`` are left out."""
    from . import domain_data

    if not batches:
        return []
    fams = {f for b in batches for f in domain_data.OPTIONAL_BATCHES[b]}
    own = [r for r in domain_data.all_rows(own_seed, batches) if r["family"] in fams]
    seen = {(r.task, normalise(r.text), r.response) for r in exclude}
    return _unseen(domain_rows(own, "train" if own_holdout else None, fams),
                   validation_texts(Path(data_dir)), seen)[0]


def _counts(rows: list[Row]) -> dict[str, int]:
    c = Counter(f"{r.task}:{'unsafe' if r.label else 'safe'}" for r in rows)
    return {k: c[k] for k in ("prompt:unsafe", "prompt:safe", "response:unsafe", "response:safe")}


def format_summary(summary: dict[str, Any]) -> str:
    """A plain-text table of the build (printed by the recipe)."""
    cols = ("prompt:unsafe", "prompt:safe", "response:unsafe", "response:safe")
    lines = [f"{'source':42s} " + " ".join(f"{c:>16s}" for c in cols)]
    for name, c in summary["sources"].items():
        extra = f"  (dropped {summary['leaked_dropped'][name]} seen in validation)" \
            if summary["leaked_dropped"].get(name) else ""
        lines.append(f"{name:42s} " + " ".join(f"{c[k]:16d}" for k in cols) + extra)
    for name in ("train", "own_val"):
        c = summary[name]
        lines.append(f"{'= ' + name:42s} " + " ".join(f"{c[k]:16d}" for k in cols))
    f = summary["own_families"]
    lines.append(f"own template families: {f['train']} train, {f['val']} held out")
    return "\n".join(lines)


def conversation_of(row: Row) -> Conversation:
    return Conversation.of(row.text, row.response)
