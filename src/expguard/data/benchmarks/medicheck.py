"""MediCheck (Abercrombie & Rieser, AACL 2022): real r/AskDocs medical queries, graded by experts
for *urgency*, never for malice. Licence GPL-3.0 (data; read at run time, never copied).

``medicheck:prompt``: ``medical_safety_medicheck/medicheck-expert.csv`` (``query,
query-label-expert, ...``), every query ``prompt_harmful = False`` (SOURCE.md: "medical queries are
benign user requests; severity is about urgency"), so the metric is the false-positive rate: an
over-flagging test on real patients' questions that no default-guard training row comes from.
**1,417 queries** (one text twice), subset = the expert grade (``0`` not medical 4, ``1``
non-serious 1,227, ``2`` serious 152, ``3`` critical 34), domain ``healthcare``, id
``"medicheck-expert.csv:<line>"``.

Not loaded: ``medicheck-neg.csv`` (unlabelled non-medical Reddit questions) and the responses (no
native harm label; SOURCE.md's derived rule grades advice *type*, not harm).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ...errors import DataError
from ...schema import Conversation, Sample
from .base import Benchmark, need, read_csv

FILE = "medicheck-expert.csv"
GRADES = {"0": "not_medical", "1": "non_serious", "2": "serious", "3": "critical"}


def _local(folder: Path) -> Iterator[Sample]:
    path = folder / FILE
    for line, row in read_csv(path):
        query = need(row, "query", file=path, line=line).strip()
        grade = need(row, "query-label-expert", file=path, line=line).strip()
        if not query:
            raise DataError("empty query", file=str(path), line=line, field="query")
        if grade not in GRADES:
            raise DataError(f"expected one of {sorted(GRADES)}, got {grade!r}", file=str(path),
                            line=line, field="query-label-expert")
        yield Sample(Conversation.of(query), id=f"{FILE}:{line}", prompt_harmful=False,
                     domain="healthcare", subset=GRADES[grade])


PROMPT = Benchmark(
    name="medicheck:prompt", task="prompt",
    description="MediCheck, 1,417 real r/AskDocs medical questions graded for urgency (all benign: FPR)",
    folder="medical_safety_medicheck", files=(FILE,), local=_local, subsets=("subset",),
    license="GPL-3.0", expected=(1417, 0), tags=("domain", "benign"))
