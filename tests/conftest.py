"""Shared fixtures. Everything is offline: tiny models are built here from configs, never
downloaded; real data is read from ../shared (tests that need it skip, with the reason, when the
folder is absent)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("EXPGUARD_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"shared data folder {SHARED} is absent (set EXPGUARD_SHARED)")
    return SHARED


@pytest.fixture(scope="session")
def bench_script():
    """Import a script of benchmarks/ by name (they are scripts, not a package)."""
    import importlib.util

    def load(name: str):
        spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        return mod

    return load


@pytest.fixture(scope="session")
def golden_cases(shared_dir: Path) -> list[dict]:
    path = shared_dir / "format" / "expguard_prompt_golden.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert cases, f"{path} holds no cases"
    return cases


@pytest.fixture(scope="session")
def hf():
    """Skip cleanly when the hf extra is not installed."""
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    import transformers

    transformers.logging.set_verbosity_error()
    return transformers


@pytest.fixture(scope="session")
def rule_rows():
    from expguard import tiny

    return tiny.planted_rule_rows(600, seed=0)


@pytest.fixture(scope="session")
def tiny_tokenizer(hf, rule_rows):
    from expguard import tiny

    return tiny.build_tokenizer(tiny.tokenizer_corpus(rule_rows))


@pytest.fixture(scope="session")
def random_model_dir(hf, tiny_tokenizer, tmp_path_factory) -> Path:
    """A random-weight tiny Qwen2 saved to disk, then reloaded (as users would)."""
    from expguard import tiny

    path = tmp_path_factory.mktemp("random-qwen2")
    return tiny.save(tiny.build_model(tiny_tokenizer, seed=1), tiny_tokenizer, path)


@pytest.fixture(scope="session")
def trained_model_dir(hf, tmp_path_factory) -> Path:
    """A tiny Qwen2 trained on the planted rule (unsafe iff 'zorblat' is in the message)."""
    from expguard import tiny

    path = tmp_path_factory.mktemp("rule-qwen2")
    tiny.build_rule_model(path, **TRAINED_KWARGS)
    return path


# Settings that make the tiny model learn the planted rule on 2 CPU cores (see tiny.py).
TRAINED_KWARGS: dict = {}
