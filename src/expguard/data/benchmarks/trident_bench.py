"""Trident-Bench (TRIDENT): 2,652 unethical professional requests, all harmful. Licence MIT.

Files ``finance_final.jsonl`` (911), ``law_final.jsonl`` (887), ``med_final.jsonl`` (854), fields
``domain, ethical_refs, harmful_prompt, id, risk_type, safe_reply``. Label: ``prompt_harmful =
True`` for all 2,652; prompt = ``harmful_prompt``. domain from the file's ``domain`` (finance /
law / med -> healthcare); subset = ``risk_type``; id = the row's uuid ``id``; ``meta`` keeps
``ethical_refs`` and the expert-checked ``safe_reply``. The med part reuses MedSafetyBench
prompts: dedupe before combining the two.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ...errors import DataError
from ...schema import Conversation, Sample
from ..readers import read_jsonl
from .base import Benchmark, need

FILES = ("finance_final.jsonl", "law_final.jsonl", "med_final.jsonl")
DOMAINS = {"finance": "finance", "law": "law", "med": "healthcare"}


def _local(folder: Path) -> Iterator[Sample]:
    for file in FILES:
        path = folder / file
        for line, row in read_jsonl(path):
            domain = need(row, "domain", file=path, line=line)
            if domain not in DOMAINS:
                raise DataError(f"expected one of {list(DOMAINS)}, got {domain!r}", file=str(path),
                                line=line, field="domain")
            yield Sample(Conversation.of(need(row, "harmful_prompt", file=path, line=line)),
                         id=need(row, "id", file=path, line=line), prompt_harmful=True,
                         domain=DOMAINS[domain], subset=need(row, "risk_type", file=path, line=line),
                         meta={"ethical_refs": need(row, "ethical_refs", file=path, line=line, types=list),
                               "safe_reply": need(row, "safe_reply", file=path, line=line)})


PROMPT = Benchmark(
    name="trident_bench:prompt", task="prompt",
    description="Trident-Bench: unethical finance / law / medicine requests, all harmful",
    folder="trident_bench", files=FILES, local=_local, subsets=("domain", "subset"),
    license="MIT", expected=(2652, 2652), tags=("domain",))


def _heldout(folder: Path) -> Iterator[Sample]:
    """The validation side of the hash split, minus prompts that are also MedSafetyBench *train*
    requests (449 TRIDENT medicine prompts are): those are training data of the default guard."""
    from ..splits import normalise, split_of
    from .medsafetybench import train_samples

    msb = folder.parent / "medsafetybench"
    if not msb.is_dir():
        raise DataError("trident_bench:heldout needs medsafetybench beside it (to drop the prompts "
                        "TRIDENT shares with MedSafetyBench train)", file=str(msb))
    seen = {normalise(s.conversation.prompt) for s in train_samples(msb)}
    for s in _local(folder):
        text = s.conversation.prompt
        if split_of(text) == "val" and normalise(text) not in seen:
            yield s


def train_samples(folder: str | Path) -> Iterator[Sample]:
    """The training side of the hash split (all of it; overlap with MSB train is harmless there)."""
    from ..splits import split_of

    return (s for s in _local(Path(folder)) if split_of(s.conversation.prompt) == "train")


HELDOUT = Benchmark(
    name="trident_bench:heldout", task="prompt",
    description="Trident-Bench held-out hash split (30%), minus MedSafetyBench-train duplicates",
    folder="trident_bench", files=FILES, local=_heldout, subsets=("domain", "subset"),
    license="MIT", tags=("domain",))
