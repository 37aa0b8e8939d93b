"""StrongREJECT forbidden prompts (Souly et al. 2024): 313 prompts, all harmful. Licence MIT.

Local file: ``strongreject_dataset.csv`` (``category, source, forbidden_prompt``). prompt =
``forbidden_prompt``, ``prompt_harmful = True`` for every row (positives only); subset = ``category``
(6 categories, 50-59 each); the prompt's ``source`` (custom, DAN, AdvBench, ...) goes to ``meta``.
Ids: ``"<file>:<n>"``, n = 1-based data row (header excluded).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ...schema import Conversation, Sample
from .base import Benchmark, need, read_csv

FILE = "strongreject_dataset.csv"


def _local(folder: Path) -> Iterator[Sample]:
    path = folder / FILE
    for n, (line, row) in enumerate(read_csv(path), 1):
        yield Sample(Conversation.of(need(row, "forbidden_prompt", file=path, line=line)),
                     id=f"{FILE}:{n}", prompt_harmful=True,
                     subset=need(row, "category", file=path, line=line),
                     meta={"source": need(row, "source", file=path, line=line)})


PROMPT = Benchmark(
    name="strongreject:prompt", task="prompt",
    description="StrongREJECT forbidden prompts, all harmful",
    folder="strongreject", files=(FILE,), local=_local, subsets=("subset",),
    license="MIT", expected=(313, 313), tags=("general",))
