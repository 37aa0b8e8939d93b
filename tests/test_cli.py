import json

import pytest
from typer.testing import CliRunner

from expguard.cli.main import app

runner = CliRunner()
COMMANDS = [[], ["classify"], ["render"], ["eval"], ["report"], ["train"], ["list"], ["list", "guards"],
            ["list", "engines"], ["list", "benchmarks"], ["tiny-model"], ["serve"]]


@pytest.mark.parametrize("cmd", COMMANDS, ids=lambda c: " ".join(c) or "root")
def test_help_works_for_every_command(cmd):
    res = runner.invoke(app, [*cmd, "--help"])
    assert res.exit_code == 0, res.output
    assert "Usage" in res.output


def test_every_command_is_covered_by_the_help_test():
    import typer.main

    group = typer.main.get_command(app)
    names = {(n,) for n in group.commands} | {
        (n, s) for n, c in group.commands.items() for s in getattr(c, "commands", {})}
    assert names <= {tuple(c) for c in COMMANDS}


def test_classify_one_text_json():
    res = runner.invoke(app, ["classify", "--model", "fake", "--json", "How do I launder cash?",
                              "--response", "Sure, smurf it."])
    assert res.exit_code == 0, res.output
    d = json.loads(res.stdout)
    assert d["prompt_harmful"] is True and d["response_harmful"] is True
    assert d["prompt_unsafe_prob"] == pytest.approx(0.9) and d["parse_status"] == "ok"


def test_classify_one_text_table():
    res = runner.invoke(app, ["classify", "-m", "fake", "What is a haircut in repo?"])
    assert res.exit_code == 0 and "safe" in res.stdout and "0.100" in res.stdout


def test_classify_usage_errors():
    res = runner.invoke(app, ["classify", "-m", "fake"])
    assert res.exit_code == 2 and "either a TEXT" in res.output
    res = runner.invoke(app, ["classify", "-m", "no/such-model-dir", "x", "--engine", "nope"])
    assert res.exit_code == 1 and "unknown engine" in res.output


def test_classify_file_reports_bad_line(tmp_path):
    f = tmp_path / "in.jsonl"
    f.write_text('{"prompt": "ok"}\n{"prompt": "x", "response": 5}\n')
    res = runner.invoke(app, ["classify", "-m", "fake", "-i", str(f), "-o", str(tmp_path / "o.jsonl")])
    assert res.exit_code == 1
    assert f"{f}:2" in res.output and "'response'" in res.output
    f.write_text('{"prompt": "ok"}\n{"prompt": "x"\n')
    res = runner.invoke(app, ["classify", "-m", "fake", "-i", str(f)])
    assert res.exit_code == 1 and f"{f}:2" in res.output and "invalid JSON" in res.output


def test_classify_file_on_trained_model(trained_model_dir, tmp_path):
    """Acceptance: 1,000 conversations from a JSONL file through a local tiny model directory."""
    from expguard import tiny

    rows = tiny.planted_rule_rows(1000, seed=7)
    src = tmp_path / "convs.jsonl"
    with src.open("w") as f:
        for i, r in enumerate(rows):
            rec = {"id": f"c{i}", "prompt": r["prompt"]}
            if i % 2:
                rec["response"] = r["response"] or "No."
            f.write(json.dumps(rec) + "\n")
    out = tmp_path / "verdicts.jsonl"
    res = runner.invoke(app, ["classify", "--model", str(trained_model_dir), "--input", str(src),
                              "--output", str(out), "--batch-size", "32", "--device", "cpu"])
    assert res.exit_code == 0, res.output
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    assert len(lines) == 1000 and [x["id"] for x in lines] == [f"c{i}" for i in range(1000)]
    keys = {"prompt_harmful", "response_harmful", "prompt_unsafe_prob", "response_unsafe_prob", "parse_status"}
    assert all(keys <= x.keys() for x in lines)
    assert all(0 <= x["prompt_unsafe_prob"] <= 1 and x["parse_status"] == "ok" for x in lines)
    assert all((x["response_unsafe_prob"] is None) == (i % 2 == 0) for i, x in enumerate(lines))
    assert "1000 conversations" in res.output


def test_list_guards_and_engines():
    res = runner.invoke(app, ["list", "guards"])
    assert res.exit_code == 0 and "expguard-7b" in res.stdout and "6rightjade/expguard-7b" in res.stdout
    res = runner.invoke(app, ["list", "engines"])
    assert res.stdout.split() == ["fake", "hf", "openai_http", "vllm"]
