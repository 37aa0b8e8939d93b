from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def bench_dir(shared_dir: Path) -> Path:
    path = shared_dir / "benchmarks"
    if not path.is_dir():
        pytest.skip(f"{path} is absent")
    return path


def load(name, bench_dir):
    from expguard.data.load import load_benchmark

    return load_benchmark(name, bench_dir, allow_hub=False)


def counts(loaded):
    """(records, positives) of a loaded benchmark."""
    b = loaded.benchmark
    return len(loaded.samples), sum(b.label(s) for s in loaded.samples)
