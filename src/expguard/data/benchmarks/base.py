"""What a benchmark is: where its data lives (local files AND hub id), how a row becomes a
``Sample`` (the label rule), and which subsets it reports.

One module per benchmark family in this package defines ``Benchmark`` objects; the registry in
``__init__`` names them ``<family>:<task>`` (e.g. ``harmbench:prompt``, ``harmbench:response``).

Conventions every loader follows:
- ``task`` is ``prompt`` (label: ``Sample.prompt_harmful``), ``response`` (``response_harmful``)
  or ``refusal`` (``response_refusal``). Samples carry the label of their task (never None).
- ``Sample.id`` is the dataset's own id when it has one, else a stable id from the file position
  (``"<file>:<line or row>"``); ids are unique within a benchmark.
- ``Sample.subset`` holds the benchmark's own slice (e.g. XSTest type, HarmBench functional
  category); ``Sample.domain`` is finance/healthcare/law where the data says so.
- A malformed row raises ``DataError`` naming file, line (or row) and field.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from ...errors import DataError
from ...schema import Sample

Task = Literal["prompt", "response", "refusal"]
LABEL_FIELD = {"prompt": "prompt_harmful", "response": "response_harmful", "refusal": "response_refusal"}


@dataclass(frozen=True)
class HFSource:
    """Where the benchmark lives on the Hugging Face Hub (for users with access)."""

    path: str
    name: str | None = None
    split: str = "test"
    revision: str | None = None
    gated: bool = False


@dataclass(frozen=True)
class Benchmark:
    name: str                                   # "<family>:<task>"
    task: Task
    description: str
    folder: str | None = None                   # folder under the data dir (../shared/benchmarks)
    files: tuple[str, ...] = ()                 # files in that folder the local loader reads
    local: Callable[[Path], Iterable[Sample]] | None = None      # folder path -> samples
    hf: HFSource | None = None
    from_hf: Callable[[Iterable[dict[str, Any]]], Iterable[Sample]] | None = None  # hub rows -> samples
    subsets: tuple[str, ...] = ()               # Sample fields reported as slices: "domain", "subset", ...
    license: str = ""
    expected: tuple[int, int] | None = None     # (records, positives) the loader must reproduce
    tags: tuple[str, ...] = field(default_factory=tuple)

    @property
    def label_field(self) -> str:
        return LABEL_FIELD[self.task]

    def label(self, sample: Sample) -> bool:
        return bool(getattr(sample, self.label_field))

    def local_paths(self, data_dir: str | Path) -> list[Path]:
        base = Path(data_dir) / (self.folder or "")
        return [base / f for f in self.files]

    def has_local(self, data_dir: str | Path | None) -> bool:
        return (data_dir is not None and self.local is not None and bool(self.files)
                and all(p.exists() for p in self.local_paths(data_dir)))


# --- helpers for loaders ---------------------------------------------------------------------------
Build = Callable[[Any, str, str, int], "Sample | None"]  # (row, id, file, line) -> sample, or None to skip


def jsonl_reader(file: str, build: Build) -> Callable[[Path], Iterator[Sample]]:
    """A ``local`` reader over ``folder/file`` (JSONL); ids ``"<file>:<line>"``."""
    from ..readers import read_jsonl

    def read(folder: Path) -> Iterator[Sample]:
        path = folder / file
        for line, row in read_jsonl(path):
            if (s := build(row, f"{file}:{line}", str(path), line)) is not None:
                yield s
    return read


def hub_reader(id_prefix: str, hub: str, build: Build) -> Callable[[Iterable[dict[str, Any]]], Iterator[Sample]]:
    """A ``from_hf`` reader over hub rows; ids ``"<id_prefix>:<row index>"``."""
    def read(rows: Iterable[dict[str, Any]]) -> Iterator[Sample]:
        for i, row in enumerate(rows):
            if (s := build(row, f"{id_prefix}:{i}", hub, i)) is not None:
                yield s
    return read


def sha256_file(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def need(row: Any, key: str, *, file: Path | str, line: int, types: type | tuple[type, ...] = str) -> Any:
    """``row[key]``, checked for presence and type; a ``DataError`` naming file/line/field otherwise."""
    if not isinstance(row, dict):
        raise DataError(f"expected an object, got {type(row).__name__}", file=str(file), line=line)
    if key not in row:
        raise DataError("missing field", file=str(file), line=line, field=key)
    value = row[key]
    if not isinstance(value, types):
        names = types.__name__ if isinstance(types, type) else "/".join(t.__name__ for t in types)
        raise DataError(f"expected {names}, got {type(value).__name__} ({value!r:.60})",
                        file=str(file), line=line, field=key)
    return value


def read_csv(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number of the row's first line, row dict) for a CSV file with a header."""
    import csv

    if not path.exists():
        raise DataError("file not found", file=str(path))
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        reader.fieldnames  # reads the header line
        prev_line = reader.line_num
        for row in reader:
            yield prev_line + 1, row
            prev_line = reader.line_num


def read_json(path: Path) -> Any:
    import json

    if not path.exists():
        raise DataError("file not found", file=str(path))
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise DataError(f"invalid JSON ({e.msg})", file=str(path), line=e.lineno) from None
