"""Readers that turn files into records, with errors that name file, line and field."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import DataError
from ..schema import Conversation


def read_jsonl(path: str | Path) -> Iterator[tuple[int, Any]]:
    """Yield (line number, parsed object) for each non-blank line of a JSONL file."""
    path = Path(path)
    if not path.exists():
        raise DataError("file not found", file=str(path))
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                yield n, json.loads(line)
            except json.JSONDecodeError as e:
                raise DataError(f"invalid JSON ({e.msg} at column {e.colno})", file=str(path),
                                line=n) from None


def read_records(path: str | Path) -> Iterator[tuple[int, Any]]:
    """JSONL (one object per line) or JSON (a list of objects); yields (line/index, object)."""
    path = Path(path)
    if path.suffix == ".json":
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise DataError("file not found", file=str(path)) from None
        except json.JSONDecodeError as e:
            raise DataError(f"invalid JSON ({e.msg})", file=str(path), line=e.lineno) from None
        if not isinstance(data, list):
            raise DataError("a .json input must hold a list of conversations", file=str(path))
        yield from enumerate(data, 1)
    else:
        yield from read_jsonl(path)


def read_conversations(path: str | Path) -> Iterator[tuple[Any, Conversation]]:
    """Yield (id or None, Conversation) from a conversations file.

    Each record is ``{"prompt": ..., "response": ...}`` or ``{"messages": [...]}``, optionally
    with an ``"id"``; a bare list of messages is accepted too.
    """
    for n, obj in read_records(path):
        try:
            conv = Conversation.coerce(obj)
        except DataError as e:
            raise DataError(e.reason, file=str(path), line=n, field=e.field) from None
        yield (obj.get("id") if isinstance(obj, dict) else None), conv


def count_records(path: str | Path) -> int | None:
    path = Path(path)
    if path.suffix == ".json":
        return None
    with path.open("rb") as f:
        return sum(1 for line in f if line.strip())
