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
