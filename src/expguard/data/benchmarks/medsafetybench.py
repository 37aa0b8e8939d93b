"""MedSafetyBench (Han et al. 2024), TEST split: 900 harmful medical requests, all harmful.
Licence MIT (research use only, per its README).

Files: ``datasets/test/{gpt4,llama2}/med_safety_demonstrations_category_{1..9}.csv`` (columns:
unnamed row index, ``harmful_medical_request``, ``safe_response``); categories 1-9 are the AMA
Principles of Medical Ethics I-IX; ``gpt4`` requests were written by GPT-4 (450), ``llama2`` ones
come from jailbreaking Llama-2-7b-chat (450). Label: ``prompt_harmful = True`` for all; prompt =
``harmful_medical_request``; the GPT-4-written refusal ``safe_response`` is kept in
``meta["safe_response"]``. domain = healthcare, subset = gpt4 / llama2, category =
``category_<n>``. Id = ``"<file relative to the folder>:<row>"``, row = the file's own unnamed
index column (0-based).

The ``train/`` split (another 900) is training data and is NOT part of this benchmark; read it
with ``train_samples(folder)``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ...schema import Conversation, Sample
from .base import Benchmark, need, read_csv

SOURCES = ("gpt4", "llama2")
CATEGORIES = range(1, 10)


def _file(split: str, source: str, category: int) -> str:
    return f"datasets/{split}/{source}/med_safety_demonstrations_category_{category}.csv"


def _files(split: str) -> tuple[str, ...]:
    return tuple(_file(split, src, c) for src in SOURCES for c in CATEGORIES)


def _samples(folder: Path, split: str) -> Iterator[Sample]:
    for source in SOURCES:
        for c in CATEGORIES:
            rel = _file(split, source, c)
            path = folder / rel
            for line, row in read_csv(path):
                index = need(row, "", file=path, line=line)  # the file's own (unnamed) row index
                yield Sample(Conversation.of(need(row, "harmful_medical_request", file=path, line=line)),
                             id=f"{rel}:{index}", prompt_harmful=True, domain="healthcare", subset=source,
                             category=f"category_{c}",
                             meta={"safe_response": need(row, "safe_response", file=path, line=line)})


def _local(folder: Path) -> Iterator[Sample]:
    return _samples(folder, "test")


def train_samples(folder: str | Path) -> Iterator[Sample]:
    """The train split (900 requests, same shape as the test samples), for training, not evaluation."""
    return _samples(Path(folder), "train")


PROMPT = Benchmark(
    name="medsafetybench:prompt", task="prompt",
    description="MedSafetyBench test split: harmful medical requests (AMA ethics categories 1-9)",
    folder="medsafetybench", files=_files("test"), local=_local, subsets=("subset", "category"),
    license="MIT", expected=(900, 900), tags=("domain",))
