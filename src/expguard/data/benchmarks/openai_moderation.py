"""OpenAI Moderation evaluation set (Markov et al. 2022): 1,680 texts, 522 harmful.

Harmful iff any of the 8 category flags is 1; a flag absent from a row is *unknown* (kept as
``None`` in ``meta["categories"]``, not as 0, unlike the original's NaN-is-truthy bug, §7.5).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ...schema import Conversation, Sample
from ..readers import read_jsonl
from .base import Benchmark, need

FLAGS = ("S", "H", "V", "HR", "SH", "S3", "H2", "V2")
FILE = "samples-1680.jsonl"


def _local(folder: Path) -> Iterator[Sample]:
    path = folder / FILE
    for line, row in read_jsonl(path):
        prompt = need(row, "prompt", file=path, line=line)
        cats = {}
        for k in FLAGS:
            v = row.get(k)
            if v not in (None, 0, 1):
                from ...errors import DataError

                raise DataError(f"expected 0/1, got {v!r}", file=str(path), line=line, field=k)
            cats[k] = v
        yield Sample(Conversation.of(prompt), id=f"{FILE}:{line}",
                     prompt_harmful=any(v == 1 for v in cats.values()), meta={"categories": cats})


PROMPT = Benchmark(
    name="openai_mod:prompt", task="prompt",
    description="OpenAI Moderation evaluation set, prompt harm (any of 8 categories)",
    folder="openai_moderation", files=(FILE,), local=_local, license="MIT",
    expected=(1680, 522), tags=("paper", "general"))
