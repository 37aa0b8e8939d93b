"""Counts from each folder's SOURCE.md, on the real files."""

import json

import pytest

from expguard import DataError

from .conftest import counts, load


def test_openai_moderation(bench_dir):
    lb = load("openai_mod:prompt", bench_dir)
    assert counts(lb) == (1680, 522) == lb.benchmark.expected
    # absent flags stay unknown, never counted as positives (spec §7.5)
    s_known = [s for s in lb.samples if s.meta["categories"]["S"] is not None]
    assert sum(s.meta["categories"]["S"] == 1 for s in s_known) == 237
    assert lb.files and all(len(h) == 64 for h in lb.files.values())


def test_toxicchat(bench_dir):
    lb = load("toxicchat:prompt", bench_dir)
    assert counts(lb) == (2853, 362)
    assert sum(s.subset == "adversarial" for s in lb.samples) == 91
    assert len({s.id for s in lb.samples}) == 2853


def test_toxicchat_hub_rows_follow_the_human_annotated_rule():
    from expguard.data.benchmarks.toxicchat import PROMPT

    rows = [{"conv_id": "a", "user_input": "hi", "toxicity": 0, "jailbreaking": 0, "human_annotation": True},
            {"conv_id": "b", "user_input": "x", "toxicity": 1, "jailbreaking": 1, "human_annotation": True},
            {"conv_id": "c", "user_input": "y", "toxicity": 1, "jailbreaking": 0, "human_annotation": False}]
    out = list(PROMPT.from_hf(rows))
    assert [(s.id, s.prompt_harmful, s.subset) for s in out] == [("a", False, "vanilla"), ("b", True, "adversarial")]


def test_malformed_row_names_file_line_field(tmp_path):
    from expguard.data.benchmarks.openai_moderation import PROMPT

    folder = tmp_path / "openai_moderation"
    folder.mkdir()
    (folder / "samples-1680.jsonl").write_text(json.dumps({"prompt": "a", "S": 1}) + "\n" +
                                               json.dumps({"prompt": "b", "H": 7}) + "\n")
    with pytest.raises(DataError, match=r"samples-1680.jsonl:2, field 'H'"):
        load(PROMPT.name, tmp_path)
