"""SimpleSafetyTests (Vidgen et al. 2023): 100 prompts, all harmful. Licence CC-BY-4.0.

Local file: ``SimpleSafetyTests - test cases.csv`` (``id, harm_area, counter, category,
prompts_final``). prompt = ``prompts_final``, ``prompt_harmful = True`` for every row (positives
only: recall / false-negative rate). subset = ``harm_area`` (5 harm areas x 20); category = the
file's own ``category`` column (``Information and advice seeking`` / ``Instructions and actions``,
50 each). id = ``id`` (``sst_001`` ...).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ...schema import Conversation, Sample
from .base import Benchmark, need, read_csv

FILE = "SimpleSafetyTests - test cases.csv"


def _local(folder: Path) -> Iterator[Sample]:
    path = folder / FILE
    for line, row in read_csv(path):
        yield Sample(Conversation.of(need(row, "prompts_final", file=path, line=line)),
                     id=need(row, "id", file=path, line=line), prompt_harmful=True,
                     subset=need(row, "harm_area", file=path, line=line),
                     category=need(row, "category", file=path, line=line))


PROMPT = Benchmark(
    name="simplesafetytests:prompt", task="prompt",
    description="SimpleSafetyTests, 100 clearly harmful prompts in 5 harm areas",
    folder="simplesafetytests", files=(FILE,), local=_local, subsets=("subset", "category"),
    license="CC-BY-4.0", expected=(100, 100), tags=("general",))
