"""Load a benchmark by name: local files under a data dir first, the Hugging Face Hub otherwise."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import DataError, ExpguardError, MissingDependencyError
from ..schema import Sample
from .benchmarks import BENCHMARKS
from .benchmarks.base import Benchmark, sha256_file


class BenchmarkUnavailable(ExpguardError):
    """Neither local files nor the hub could provide the benchmark (reported, not fatal, in evals)."""


@dataclass(frozen=True)
class LoadedBenchmark:
    benchmark: Benchmark
    samples: list[Sample]
    source: str                                   # "local:<dir>" or "hf:<id>[/<config>]@<revision>"
    files: dict[str, str] = field(default_factory=dict)  # file name -> sha256 (provenance)

    @property
    def name(self) -> str:
        return self.benchmark.name


def get_benchmark(name: str) -> Benchmark:
    return BENCHMARKS.get(name)


def load_benchmark(name: str | Benchmark, data_dir: str | Path | None = None, *,
                   allow_hub: bool = True) -> LoadedBenchmark:
    """Samples of a benchmark, from ``data_dir/<folder>`` when its files are there, else from the
    hub (needs ``datasets`` and, for gated sets, a token). Checks ids are unique and every sample
    carries its task's label."""
    bench = get_benchmark(name) if isinstance(name, str) else name
    if bench.has_local(data_dir):
        folder = Path(data_dir) / (bench.folder or "")
        samples = list(bench.local(folder))
        files = {str(p.relative_to(data_dir)): sha256_file(p) for p in bench.local_paths(data_dir)}
        source = f"local:{folder}"
    elif allow_hub and bench.hf is not None and bench.from_hf is not None:
        rows, source = _hub_rows(bench)
        samples, files = list(bench.from_hf(rows)), {}
    else:
        where = (f"{Path(data_dir) / (bench.folder or '')}" if data_dir and bench.folder
                 else "no local data dir")
        hub = f"; hub: {bench.hf.path}" if bench.hf else "; no hub source"
        raise BenchmarkUnavailable(f"{bench.name}: files not found ({where}){hub}")
    _check(bench, samples)
    return LoadedBenchmark(bench, samples, source, files)


def _hub_rows(bench: Benchmark) -> tuple[list[dict[str, Any]], str]:
    try:
        import datasets
    except ImportError as e:
        raise MissingDependencyError(f"loading {bench.name} from the hub", "hf", "datasets") from e
    hf = bench.hf
    try:
        ds = datasets.load_dataset(hf.path, hf.name, split=hf.split, revision=hf.revision)
    except Exception as e:  # offline, gated, renamed: all are "unavailable" for the harness
        gated = " (gated: accept its terms on the hub and log in)" if hf.gated else ""
        raise BenchmarkUnavailable(f"{bench.name}: cannot load {hf.path}{gated}: {e}") from e
    rev = getattr(ds, "_fingerprint", None)
    return list(ds), f"hf:{hf.path}" + (f"/{hf.name}" if hf.name else "") + f":{hf.split}@{hf.revision or rev}"


def _check(bench: Benchmark, samples: list[Sample]) -> None:
    seen: set[str] = set()
    for i, s in enumerate(samples):
        if s.id in seen:
            raise DataError(f"duplicate id {s.id!r} in {bench.name}", line=i + 1, field="id")
        seen.add(s.id)
        if getattr(s, bench.label_field) is None:
            raise DataError(f"{bench.name} sample {s.id!r} has no {bench.label_field}", line=i + 1)
