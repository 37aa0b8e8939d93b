"""ExpGuardMix-format training data: load, validate, normalise, deduplicate, summarise.

A row is ``prompt, response, prompt_label, response_label`` (labels "safe"/"unsafe"; an empty
or null response means prompt-only) with optional ``domain, prompt_category, response_category,
scenario``. Every source is validated row by row (a bad value names file:line and field) and
normalised to the same column types, so mixing sources cannot silently drop or retype columns
(the original lost columns that were missing from its first source, spec §7.13).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import DataError, MissingDependencyError
from ..taxonomy import CATEGORIES, DOMAINS, UNHARMFUL_CATEGORY

LABELS = ("safe", "unsafe")
OPTIONAL = ("domain", "prompt_category", "response_category", "scenario")
#: the original's extra local subsets (removed from the HF release), merged when present
EXTRA_SUBSETS = ("lmsys.jsonl", "wildchat.jsonl", "suicide.jsonl")
_CATEGORY_NAMES = {c.name for c in CATEGORIES} | {UNHARMFUL_CATEGORY}


@dataclass(frozen=True, slots=True)
class Row:
    prompt: str
    response: str                 # "" = no response
    prompt_label: str             # "safe" | "unsafe"
    response_label: str           # "" when no response, else "safe" | "unsafe"
    domain: str = ""
    prompt_category: str = ""
    response_category: str = ""
    scenario: str = ""
    source: str = ""

    @property
    def key(self) -> str:
        """Exact-duplicate key: the texts and labels."""
        blob = "\x1f".join((self.prompt, self.response, self.prompt_label, self.response_label))
        return hashlib.sha256(blob.encode()).hexdigest()


def validate_row(raw: Any, *, source: str, where: str, line: int | None) -> Row:
    def err(msg: str, field: str | None = None) -> DataError:
        return DataError(msg, file=where, line=line, field=field)

    if not isinstance(raw, dict):
        raise err(f"expected an object, got {type(raw).__name__}")
    vals: dict[str, str] = {}
    for key in ("prompt", "response", "prompt_label", "response_label", *OPTIONAL):
        v = raw.get(key)
        if v is None:
            v = ""
        if not isinstance(v, str):
            raise err(f"expected a string, got {type(v).__name__} ({v!r:.40})", key)
        vals[key] = v
    if not vals["prompt"].strip():
        raise err("empty prompt", "prompt")
    vals["prompt_label"] = vals["prompt_label"].strip().lower()
    vals["response_label"] = vals["response_label"].strip().lower()
    if vals["prompt_label"] not in LABELS:
        raise err(f"expected 'safe' or 'unsafe', got {raw.get('prompt_label')!r}", "prompt_label")
    if vals["response"].strip():
        if vals["response_label"] not in LABELS:
            raise err(f"a row with a response needs response_label 'safe' or 'unsafe', got "
                      f"{raw.get('response_label')!r}", "response_label")
    else:
        if vals["response_label"]:
            raise err(f"response_label {vals['response_label']!r} but no response", "response_label")
        vals["response"] = ""
    if vals["domain"] and vals["domain"] not in DOMAINS:
        raise err(f"unknown domain {vals['domain']!r}; expected one of {', '.join(DOMAINS)}", "domain")
    for key in ("prompt_category", "response_category"):
        if vals[key] and vals[key] not in _CATEGORY_NAMES:
            raise err(f"unknown category {vals[key]!r}", key)
    return Row(**vals, source=source)


def read_file(path: str | Path, source: str | None = None) -> Iterator[Row]:
    """Rows of a JSONL, JSON (list) or parquet file."""
    from ..data.readers import read_records

    path = Path(path)
    src = source or path.stem
    if path.suffix == ".parquet":
        try:
            import pyarrow.parquet as pq
        except ImportError as e:
            raise MissingDependencyError("reading parquet", "hf", "pyarrow (via datasets)") from e
        for i, raw in enumerate(pq.read_table(path).to_pylist(), 1):
            yield validate_row(raw, source=src, where=str(path), line=i)
        return
    for line, raw in read_records(path):
        yield validate_row(raw, source=src, where=str(path), line=line)


def read_hub(path: str, name: str | None = None, split: str = "train", revision: str | None = None,
             source: str | None = None) -> Iterator[Row]:
    try:
        import datasets
    except ImportError as e:
        raise MissingDependencyError("loading training data from the hub", "hf", "datasets") from e
    ds = datasets.load_dataset(path, name, split=split, revision=revision)
    for i, raw in enumerate(ds):
        yield validate_row(raw, source=source or path, where=f"{path}:{split}", line=i)


def load_rows(sources: Iterable[dict[str, Any]], *, extra_dir: str | Path | None = None) -> list[Row]:
    """Concatenate sources (``{"path": ...}`` or ``{"hub": ..., "config", "split", "revision"}``,
    each with an optional ``source`` name), plus the original's extra subsets found in
    ``extra_dir``; drop exact duplicates (first occurrence kept)."""
    rows: list[Row] = []
    for spec in sources:
        if "path" in spec:
            rows.extend(read_file(spec["path"], spec.get("source")))
        elif "hub" in spec:
            rows.extend(read_hub(spec["hub"], spec.get("config"), spec.get("split", "train"),
                                 spec.get("revision"), spec.get("source")))
        else:
            raise DataError(f"a data source needs 'path' or 'hub', got {sorted(spec)}")
    if extra_dir:
        for name in EXTRA_SUBSETS:
            p = Path(extra_dir) / name
            if p.exists():
                rows.extend(read_file(p, p.stem))
    seen: set[str] = set()
    out = []
    for r in rows:
        if r.key not in seen:
            seen.add(r.key)
            out.append(r)
    return out


def summary(rows: list[Row], lengths: list[int] | None = None) -> dict[str, Any]:
    """Counts by label, domain and source, duplicates removed, and token length percentiles."""
    out: dict[str, Any] = {
        "rows": len(rows),
        "prompt_label": dict(Counter(r.prompt_label for r in rows)),
        "with_response": sum(bool(r.response) for r in rows),
        "response_label": dict(Counter(r.response_label for r in rows if r.response)),
        "domain": dict(Counter(r.domain or "-" for r in rows)),
        "source": dict(Counter(r.source for r in rows)),
    }
    if lengths:
        import numpy as np

        out["tokens"] = {f"p{q}": int(np.percentile(lengths, q)) for q in (50, 90, 99, 100)}
        out["tokens"]["total"] = int(sum(lengths))
    return out
