"""The harness end to end on real data with the fake engine: run records, resume after kill -9,
cache, missing/skipped benchmarks, reports."""

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from expguard.evaluate import evaluate
from expguard.guard.engines.fake import FakeEngine
from expguard.guard.guards import Guard
from expguard.results import PredictionLog

BENCHES = ["openai_mod:prompt", "toxicchat:prompt"]


@pytest.fixture
def data_dir(shared_dir):
    path = shared_dir / "benchmarks"
    if not (path / "openai_moderation").is_dir() or not (path / "toxicchat").is_dir():
        pytest.skip(f"{path} lacks openai_moderation/toxicchat")
    return path


def _quiet(*_):
    pass


def test_run_directory_layout_and_metrics(data_dir, tmp_path):
    r = evaluate(Guard(FakeEngine()), BENCHES, data_dir=data_dir, output_dir=tmp_path / "run",
                 allow_hub=False, log=_quiet)
    out = tmp_path / "run"
    run = json.loads((out / "run.json").read_text())
    assert run["guard"]["engine"] == "fake" and len(run["guard"]["template_sha256"]) == 64
    assert {"packages", "git_commit", "python", "spec_hash"} <= run.keys()
    status = json.loads((out / "benchmarks.json").read_text())
    assert status["openai_mod:prompt"]["records"] == 1680
    assert all(len(h) == 64 for h in status["openai_mod:prompt"]["files"].values())
    preds = [json.loads(x) for x in (out / "predictions" / "toxicchat__prompt.jsonl").read_text().splitlines()]
    assert len(preds) == 2853 and len({p["id"] for p in preds}) == 2853
    assert {"id", "gold", "pred", "prob", "status", "subset", "verdict"} <= preds[0].keys()
    m = json.loads((out / "metrics.json").read_text())
    tc = m["benchmarks"]["toxicchat:prompt"]
    for key in ("f1", "parsing_error", "micro_acc", "harmful", "unharmful", "auprc", "f1_ci95",
                "adversarial_recall", "vanilla_f1"):
        assert key in tc, key
    assert (tc["n"], tc["positives"]) == (2853, 362)
    h = m["headline"]
    assert h["public_prompt_complete"] is False and "xstest:prompt" in h["public_prompt_missing"]
    assert h["public_prompt_avg_f1"] == pytest.approx(
        (m["benchmarks"]["openai_mod:prompt"]["f1"] + tc["f1"]) / 2)
    md = (out / "report.md").read_text()
    assert "| toxicchat:prompt | 2853 | 362 |" in md and "PARTIAL" in md
    assert sorted(p.name for p in (out / "plots").iterdir()) == [
        "pr_openai_mod__prompt.png", "pr_toxicchat__prompt.png", "slices_toxicchat__prompt_subset.png"]
    assert json.loads(json.dumps(r.metrics)) == m


def test_missing_benchmark_is_reported_not_fatal(data_dir, tmp_path):
    r = evaluate(Guard(FakeEngine()), ["openai_mod:prompt", "toxicchat:prompt"],
                 data_dir=tmp_path / "empty", output_dir=tmp_path / "run", allow_hub=False, log=_quiet)
    assert set(r.missing) == {"openai_mod:prompt", "toxicchat:prompt"}
    md = (tmp_path / "run" / "report.md").read_text()
    assert "Missing benchmarks" in md and "openai_mod:prompt" in md


def test_guard_that_cannot_judge_a_task_is_skipped(data_dir, tmp_path):
    guard = Guard(FakeEngine())
    guard.judges = ("response",)
    r = evaluate(guard, ["openai_mod:prompt"], data_dir=data_dir, output_dir=tmp_path / "r",
                 allow_hub=False, log=_quiet)
    assert "does not judge prompt" in r.skipped["openai_mod:prompt"]


def test_cache_skips_work_on_rerun(data_dir, tmp_path):
    cache = tmp_path / "cache.sqlite"
    e1 = FakeEngine()
    evaluate(Guard(e1), ["openai_mod:prompt"], data_dir=data_dir, output_dir=tmp_path / "a",
             cache=cache, allow_hub=False, log=_quiet, plots=False)
    assert 1650 <= e1.calls["items"] <= 1680  # repeated texts hit the cache within the run too
    e2 = FakeEngine()
    r = evaluate(Guard(e2), ["openai_mod:prompt"], data_dir=data_dir, output_dir=tmp_path / "b",
                 cache=cache, allow_hub=False, log=_quiet, plots=False)
    assert e2.calls["items"] == 0
    assert r.metrics["benchmarks"]["openai_mod:prompt"]["f1"] == pytest.approx(
        json.loads((tmp_path / "a" / "metrics.json").read_text())["benchmarks"]["openai_mod:prompt"]["f1"])
    # a different guard configuration misses the cache
    e3 = FakeEngine()
    evaluate(Guard(e3, threshold=0.3), ["openai_mod:prompt"], data_dir=data_dir, output_dir=tmp_path / "c",
             cache=cache, allow_hub=False, log=_quiet, plots=False)
    assert e3.calls["items"] == e1.calls["items"]


def test_resume_refuses_a_different_guard(data_dir, tmp_path):
    evaluate(Guard(FakeEngine()), ["openai_mod:prompt"], data_dir=data_dir, output_dir=tmp_path / "r",
             allow_hub=False, log=_quiet, plots=False)
    from expguard import ExpguardError

    with pytest.raises(ExpguardError, match="different guard"):
        evaluate(Guard(FakeEngine(), mode="generate"), ["openai_mod:prompt"], data_dir=data_dir,
                 output_dir=tmp_path / "r", allow_hub=False, log=_quiet)


def test_torn_last_line_is_dropped(tmp_path):
    path = tmp_path / "p.jsonl"
    path.write_text('{"id": "a", "gold": true}\n{"id": "b", "gold": false}\n{"id": "c", "go')
    log = PredictionLog(path)
    assert [r["id"] for r in log.records] == ["a", "b"] and log.done == {"a", "b"}
    assert path.read_text().endswith('false}\n')
    log.append([{"id": "b", "gold": False}, {"id": "c", "gold": True}])
    assert [json.loads(x)["id"] for x in path.read_text().splitlines()] == ["a", "b", "c"]


SLOW_RUN = """
import sys
from expguard.evaluate import evaluate
from expguard.guard.engines.fake import FakeEngine
from expguard.guard.guards import Guard
evaluate(Guard(FakeEngine(latency_s=0.003)), {benches!r}, data_dir={data!r}, output_dir={out!r},
         allow_hub=False, chunk_size=40, log=lambda m: None, plots=False)
"""


def test_kill_9_then_resume_gives_identical_metrics(data_dir, tmp_path):
    out = tmp_path / "killed"
    code = SLOW_RUN.format(benches=BENCHES, data=str(data_dir), out=str(out))
    proc = subprocess.Popen([sys.executable, "-c", code])
    pred = out / "predictions" / "openai_mod__prompt.jsonl"
    deadline = time.time() + 60
    while time.time() < deadline:
        if pred.exists() and pred.read_text().count("\n") >= 200:
            break
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    n_before = pred.read_text().count("\n")
    assert 200 <= n_before < 1680, "the run was not interrupted mid-way"
    assert not (out / "predictions" / "toxicchat__prompt.jsonl").exists()

    resumed = evaluate(Guard(FakeEngine()), BENCHES, data_dir=data_dir, output_dir=out,
                       allow_hub=False, log=_quiet, plots=False)
    fresh = evaluate(Guard(FakeEngine()), BENCHES, data_dir=data_dir, output_dir=tmp_path / "fresh",
                     allow_hub=False, log=_quiet, plots=False)
    for name in BENCHES:
        ids = [json.loads(x)["id"] for x in
               (out / "predictions" / f"{name.replace(':', '__')}.jsonl").read_text().splitlines()]
        assert len(ids) == len(set(ids)) == fresh.metrics["benchmarks"][name]["n"]
        a, b = resumed.metrics["benchmarks"][name], fresh.metrics["benchmarks"][name]
        for key in ("f1", "precision", "recall", "micro_acc", "parsing_error", "auprc", "f1_ci95"):
            assert a[key] == b[key], (name, key)


def test_cached_verdicts_keep_every_field():
    """The verdict cache stores ``to_dict``; reading it back must give the same verdict (refusal,
    categories and domain included), or a cached run would score refusal benchmarks as unjudged."""
    from expguard.evaluate import _verdict_from_dict
    from expguard.schema import Status, Verdict

    v = Verdict(True, False, 0.9, 0.2, Status.OK, Status.OK, "raw", None, {"S1": 0.5}, "law",
                response_refusal=True, response_refusal_prob=0.8, refusal_status=Status.OK)
    assert _verdict_from_dict(json.loads(json.dumps(v.to_dict()))) == v
    bad = Verdict(None, None, None, None, Status.ENGINE_ERROR, None, error="x",
                  refusal_status=Status.PARSE_ERROR)
    assert _verdict_from_dict(bad.to_dict()) == bad
    old = {k: x for k, x in v.to_dict().items() if "refusal" not in k}   # written before the field
    assert _verdict_from_dict(old).refusal_status is None and _verdict_from_dict(old).prompt_harmful
