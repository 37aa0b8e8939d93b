"""Evaluation suites (YAML package data): named lists of benchmarks."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from ..errors import DataError, UnknownNameError


def suite_names() -> list[str]:
    return sorted(p.name[:-5] for p in resources.files(__name__).iterdir() if p.name.endswith(".yaml"))


def resolve(spec: str) -> list[str]:
    """Benchmark names for a suite name, a YAML file path, or a comma-separated mix of suites and
    benchmark names (``paper-prompt,dices990:response``); order kept, duplicates dropped."""
    import yaml

    from ..data.benchmarks import BENCHMARKS

    out: list[str] = []
    for part in (p.strip() for p in spec.split(",") if p.strip()):
        if part in BENCHMARKS:
            names = [part]
        else:
            path = Path(part)
            if path.suffix in (".yaml", ".yml") and path.exists():
                text, where = path.read_text(encoding="utf-8"), str(path)
            elif part in suite_names():
                text = resources.files(__name__).joinpath(f"{part}.yaml").read_text(encoding="utf-8")
                where = f"suite {part}"
            else:
                raise UnknownNameError("suite or benchmark", part, suite_names() + BENCHMARKS.names())
            data = yaml.safe_load(text) or {}
            names = data.get("benchmarks")
            if names == "*":
                names = BENCHMARKS.names()
            if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
                raise DataError("'benchmarks' must be a list of names or \"*\"", file=where,
                                field="benchmarks")
            for n in names:
                if n not in BENCHMARKS:
                    raise UnknownNameError("benchmark", n, BENCHMARKS.names())
        out.extend(n for n in names if n not in out)
    return out
