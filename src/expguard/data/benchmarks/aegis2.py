"""Aegis 2.0 (Ghosh et al. 2025, NVIDIA) test split: prompt and response harm, general domain.

Source: HF ``nvidia/Aegis-AI-Content-Safety-Dataset-2.0``, split ``test`` (no config; 1,964 rows
public), CC-BY-4.0; not shipped as files. A local copy in the hub schema (JSON lines) may be put at
``<data_dir>/aegis2/test.jsonl``.

Hub schema: ``id, prompt, response, prompt_label, response_label, violated_categories,
prompt_label_source, response_label_source, reconstruction_id_if_redacted``.

Label rules (spec §3.3), texts ``.strip()``-ed:
- ``aegis2:prompt``: skip empty/null prompts; ``prompt_harmful = prompt_label != "safe"``.
- ``aegis2:response``: skip empty/null responses; ``response_harmful = response_label != "safe"``;
  the prompt's label is kept in ``meta["prompt_label"]``.
Deviations from the original, all skips (never guesses):
- rows whose prompt (or, for responses, prompt or response) is the placeholder ``"REDACTED"`` are
  skipped: Aegis 2.0 ships its Suicide-Detection samples redacted (spec §7.10), and a placeholder
  carries nothing to judge;
- a null/empty label on a row that has the text is unknown and skipped, not counted as harmful.
The local reader is stricter than the hub rule: its labels must be "safe" or "unsafe".
Counts: at most 1,964 per task; the original counted neither task.

Ids: the row's own ``id`` (``"<id>#<row>"`` if an id repeats); ``"aegis2:<row>"`` /
``"test.jsonl:<line>"`` when a row has none.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

from ...errors import DataError
from ...schema import Conversation, Sample
from ..readers import read_jsonl
from .base import Benchmark, HFSource, Task, need

HUB = "nvidia/Aegis-AI-Content-Safety-Dataset-2.0"
FILE = "test.jsonl"
REDACTED = "REDACTED"
_STR_OR_NULL = (str, type(None))


def _text(row: Any, key: str, where: str, line: int) -> str:
    """The stripped text ("" when null or blank)."""
    return (need(row, key, file=where, line=line, types=_STR_OR_NULL) or "").strip()


def _harmful(row: Any, key: str, where: str, line: int, strict: bool) -> bool | None:
    value = need(row, key, file=where, line=line, types=_STR_OR_NULL)
    if not value:
        return None
    if strict and value not in ("safe", "unsafe"):
        raise DataError(f"expected 'safe' or 'unsafe', got {value!r}", file=where, line=line, field=key)
    return value != "safe"


def _build(task: Task, row: Any, sid: str, where: str, line: int, strict: bool) -> Sample | None:
    prompt = _text(row, "prompt", where, line)
    meta = {"violated_categories": row.get("violated_categories"),
            "label_source": row.get(f"{task}_label_source")}
    if task == "prompt":
        if not prompt or prompt == REDACTED:
            return None
        harmful = _harmful(row, "prompt_label", where, line, strict)
        return None if harmful is None else Sample(Conversation.of(prompt), id=sid,
                                                   prompt_harmful=harmful, meta=meta)
    response = _text(row, "response", where, line)
    if not response or REDACTED in (prompt, response):
        return None
    harmful = _harmful(row, "response_label", where, line, strict)
    if harmful is None:
        return None
    return Sample(Conversation.of(prompt, response), id=sid, response_harmful=harmful,
                  meta={**meta, "prompt_label": row.get("prompt_label")})


def _samples(task: Task, rows: Iterable[tuple[int, Any]], where: str, prefix: str,
             strict: bool) -> Iterator[Sample]:
    seen: set[str] = set()
    for line, row in rows:
        own = row.get("id") if isinstance(row, dict) else None
        if own is not None and not isinstance(own, str | int):
            raise DataError(f"expected a string id, got {type(own).__name__}", file=where, line=line,
                            field="id")
        sid = str(own) if own not in (None, "") else f"{prefix}:{line}"
        if sid in seen:
            sid = f"{sid}#{line}"
        if (s := _build(task, row, sid, where, line, strict)) is not None:
            seen.add(sid)
            yield s


def _local(task: Task, folder: Path) -> Iterator[Sample]:
    path = folder / FILE
    return _samples(task, read_jsonl(path), str(path), FILE, strict=True)


def _hub(task: Task, rows: Iterable[dict[str, Any]]) -> Iterator[Sample]:
    return _samples(task, enumerate(rows), HUB, "aegis2", strict=False)


_COMMON: dict[str, Any] = {"folder": "aegis2", "files": (FILE,), "hf": HFSource(HUB, None, "test"),
                           "license": "CC-BY-4.0", "tags": ("paper", "general")}

PROMPT = Benchmark(
    name="aegis2:prompt", task="prompt", description="Aegis 2.0 test, prompt harm",
    local=partial(_local, "prompt"), from_hf=partial(_hub, "prompt"), **_COMMON)

RESPONSE = Benchmark(
    name="aegis2:response", task="response", description="Aegis 2.0 test, response harm",
    local=partial(_local, "response"), from_hf=partial(_hub, "response"), **_COMMON)
