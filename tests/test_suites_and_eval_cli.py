import json

import pytest
from typer.testing import CliRunner

from expguard import DataError, UnknownNameError
from expguard.cli.main import app
from expguard.data.benchmarks import BENCHMARKS
from expguard.report import PUBLIC_PROMPT, PUBLIC_RESPONSE
from expguard.suites import resolve, suite_names

runner = CliRunner()


def test_suites():
    assert suite_names() == ["all", "domain", "paper-prompt", "paper-response", "unseen-benign", "validation"]
    assert set(PUBLIC_PROMPT) | {"expguardtest:prompt"} == set(resolve("paper-prompt"))
    assert set(PUBLIC_RESPONSE) | {"expguardtest:response"} == set(resolve("paper-response"))
    assert resolve("all") == BENCHMARKS.names()
    mix = resolve("paper-prompt,dices990:response,toxicchat:prompt")
    assert mix[-1] == "dices990:response" and mix.count("toxicchat:prompt") == 1
    with pytest.raises(UnknownNameError, match="Did you mean 'paper-prompt'"):
        resolve("paper-promt")


def test_suite_yaml_file(tmp_path):
    f = tmp_path / "mine.yaml"
    f.write_text("benchmarks: [xstest:prompt, harmbench:prompt]\n")
    assert resolve(str(f)) == ["xstest:prompt", "harmbench:prompt"]
    f.write_text("benchmarks: xstest:prompt\n")
    with pytest.raises(DataError, match="mine.yaml.*benchmarks"):
        resolve(str(f))
    f.write_text("benchmarks: [nope:prompt]\n")
    with pytest.raises(UnknownNameError):
        resolve(str(f))


def test_every_registered_benchmark_imports_and_declares_itself():
    for name in BENCHMARKS.names():
        b = BENCHMARKS.get(name)
        # "<family>:<task>", or "<folder>:heldout" for the held-out split of a prompt set
        assert b.name == name and b.task == (name.split(":")[1] if not name.endswith(":heldout") else "prompt")
        assert b.local is not None or b.hf is not None


def test_eval_all_suite_on_a_tiny_trained_model(trained_model_dir, shared_dir, tmp_path):
    """Acceptance: the whole `all` suite offline end to end (5 items each to stay fast); every
    benchmark is listed, with the record counts its SOURCE.md gives."""
    data = shared_dir / "benchmarks"
    out = tmp_path / "run"
    res = runner.invoke(app, ["eval", "--guard", str(trained_model_dir), "--suite", "all",
                              "--data-dir", str(data), "--output-dir", str(out), "--limit", "5",
                              "--offline", "--device", "cpu", "--no-plots"])
    assert res.exit_code == 0, res.output
    status = json.loads((out / "benchmarks.json").read_text())
    assert set(status) == set(BENCHMARKS.names())
    hub_only = {"expguardtest:prompt", "expguardtest:response", "aegis2:prompt", "aegis2:response",
                "wildguardtest:prompt", "wildguardtest:response"}
    for name, st in status.items():
        b = BENCHMARKS.get(name)
        if name in hub_only:
            assert st["status"] == "missing", name
        elif b.task == "refusal":
            assert st["status"] == "skipped", name
        else:
            assert st["status"] == "done", name
            if b.expected:
                assert st["records"] == b.expected[0], name
    metrics = json.loads((out / "metrics.json").read_text())
    assert all(m["n"] == 5 for m in metrics["benchmarks"].values())
    report = (out / "report.md").read_text()
    assert "Missing benchmarks" in report and "Skipped benchmarks" in report
    # `expguard report` recomputes the same metrics offline
    before = (out / "metrics.json").read_text()
    (out / "metrics.json").unlink()
    assert runner.invoke(app, ["report", str(out), "--no-plots"]).exit_code == 0
    after = json.loads((out / "metrics.json").read_text())
    assert after["benchmarks"] == json.loads(before)["benchmarks"]


def test_report_on_a_non_run_dir(tmp_path):
    res = runner.invoke(app, ["report", str(tmp_path)])
    assert res.exit_code == 1 and "not a run directory" in res.output
