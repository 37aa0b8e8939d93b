"""Run records: per-item predictions appended as they are produced, with provenance; resume
after a crash (even ``kill -9``) with no item lost or duplicated; a verdict cache.

Layout of a run directory::

    run.json                    guard spec + provenance (versions, git commit, template sha, ...)
    predictions/<bench>.jsonl   one line per item: dataset id, gold label, verdict, slice fields
    benchmarks.json             per benchmark: source, file sha256s, record count, status
    metrics.json, report.md, plots/*.png    (written by the report stage; recomputable offline)
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import sqlite3
import subprocess
import threading
from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import Any

from ..errors import DataError

RECORD_VERSION = 1


def safe_name(benchmark: str) -> str:
    return benchmark.replace(":", "__").replace("/", "_")


class PredictionLog:
    """Append-only JSONL of per-item results for one benchmark.

    Each append is one ``write`` of whole lines followed by flush + fsync, so a crash leaves at
    most one partial last line; ``open`` drops it. Ids already present are reported by ``done``.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self.records = self._read_and_repair()
        self.done = {r["id"] for r in self.records}

    def _read_and_repair(self) -> list[dict[str, Any]]:
        if not self.path.exists():
            return []
        data = self.path.read_bytes()
        good_end = data.rfind(b"\n") + 1  # everything after the last newline is a torn write
        records, seen = [], set()
        for n, line in enumerate(data[:good_end].splitlines(), 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                raise DataError("corrupt prediction record (not a torn last line); delete the file "
                                "to recompute this benchmark", file=str(self.path), line=n) from None
            if rec["id"] not in seen:  # defensive: never count an item twice
                seen.add(rec["id"])
                records.append(rec)
        if good_end != len(data):
            with self.path.open("r+b") as f:
                f.truncate(good_end)
        return records

    def append(self, records: Iterable[dict[str, Any]]) -> None:
        new = [r for r in records if r["id"] not in self.done]
        if not new:
            return
        blob = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in new)
        with self.path.open("a", encoding="utf-8") as f:
            f.write(blob)
            f.flush()
            os.fsync(f.fileno())
        self.records.extend(new)
        self.done.update(r["id"] for r in new)


def read_predictions(path: Path) -> list[dict[str, Any]]:
    return PredictionLog(path).records


class VerdictCache:
    """SQLite cache of verdicts keyed on (guard spec hash, conversation). The guard spec hash holds
    everything that changes the output (engine, model, revision, template sha, mode, thresholds,
    max tokens) and nothing else."""

    def __init__(self, path: str | Path) -> None:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), check_same_thread=False)
        self._lock = threading.Lock()
        self._db.execute("CREATE TABLE IF NOT EXISTS verdicts (key TEXT PRIMARY KEY, value TEXT)")
        self._db.commit()

    @staticmethod
    def spec_hash(describe: dict[str, Any]) -> str:
        keep = {k: v for k, v in describe.items() if k not in ("expguard_version", "guard", "device")}
        return hashlib.sha256(json.dumps(keep, sort_keys=True, default=str).encode()).hexdigest()

    @staticmethod
    def key(spec_hash: str, conversation: Sequence[dict[str, str]]) -> str:
        blob = json.dumps([spec_hash, list(conversation)], ensure_ascii=False, sort_keys=True)
        return hashlib.sha256(blob.encode()).hexdigest()

    def get_many(self, keys: Sequence[str]) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        with self._lock:
            for s in range(0, len(keys), 500):
                chunk = list(keys[s:s + 500])
                q = f"SELECT key, value FROM verdicts WHERE key IN ({','.join('?' * len(chunk))})"
                out.update({k: json.loads(v) for k, v in self._db.execute(q, chunk)})
        return out

    def put_many(self, items: dict[str, dict[str, Any]]) -> None:
        with self._lock:
            self._db.executemany("INSERT OR REPLACE INTO verdicts VALUES (?, ?)",
                                 [(k, json.dumps(v)) for k, v in items.items()])
            self._db.commit()

    def close(self) -> None:
        self._db.close()


def provenance(guard_describe: dict[str, Any]) -> dict[str, Any]:
    """Everything needed to say what produced a run."""
    pkgs = {}
    for name in ("expguard", "torch", "transformers", "tokenizers", "vllm", "datasets", "scikit-learn"):
        try:
            pkgs[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            pass
    return {"record_version": RECORD_VERSION, "created": datetime.now(timezone.utc).isoformat(),
            "guard": guard_describe, "packages": pkgs, "python": platform.python_version(),
            "platform": platform.platform(), "git_commit": _git_commit()}


def _git_commit() -> str | None:
    here = Path(__file__).resolve().parent
    try:
        out = subprocess.run(["git", "rev-parse", "HEAD"], cwd=here, capture_output=True, text=True,
                             timeout=5)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None if out.returncode == 0 else None


def write_json(path: Path, obj: Any) -> None:
    """Atomic JSON write (tmp file + rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(obj, indent=2, ensure_ascii=False, default=str), encoding="utf-8")
    os.replace(tmp, path)
