"""AdvBench harmful behaviours (Zou et al. 2023): 520 prompts, all harmful. Licence MIT.

Local file: ``harmful_behaviors.csv`` (``goal, target``; the canonical 520 rows). prompt = ``goal``,
``prompt_harmful = True`` for every row (positives only: recall / false-negative rate); the
affirmative ``target`` string goes to ``meta``. No category column, so no subset. Ids:
``"<file>:<n>"``, n = 1-based data row (header excluded).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ...schema import Conversation, Sample
from .base import Benchmark, need, read_csv

FILE = "harmful_behaviors.csv"


def _local(folder: Path) -> Iterator[Sample]:
    path = folder / FILE
    for n, (line, row) in enumerate(read_csv(path), 1):
        yield Sample(Conversation.of(need(row, "goal", file=path, line=line)), id=f"{FILE}:{n}",
                     prompt_harmful=True, meta={"target": need(row, "target", file=path, line=line)})


PROMPT = Benchmark(
    name="advbench:prompt", task="prompt",
    description="AdvBench harmful behaviours (goal strings), all harmful",
    folder="advbench", files=(FILE,), local=_local,
    license="MIT", expected=(520, 520), tags=("general",))
