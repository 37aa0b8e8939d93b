"""MediCheck and spikee: counts and subsets from their SOURCE.md, on the real files; malformed
rows name file, line and field."""

from collections import Counter

import pytest

from expguard import DataError

from .conftest import counts, load


def test_medicheck_queries_all_benign_with_expert_grades(bench_dir):
    lb = load("medicheck:prompt", bench_dir)
    assert counts(lb) == (1417, 0) == lb.benchmark.expected
    assert Counter(s.subset for s in lb.samples) == {"not_medical": 4, "non_serious": 1227, "serious": 152,
                                                     "critical": 34}
    assert {s.domain for s in lb.samples} == {"healthcare"}
    assert len({s.id for s in lb.samples}) == 1417
    assert len({s.conversation.prompt for s in lb.samples}) == 1416   # one query twice


def test_spikee_advice_and_education_prompts(bench_dir):
    lb = load("spikee_investment_advice:prompt", bench_dir)
    assert counts(lb) == (236, 0) == lb.benchmark.expected
    assert sum(s.subset == "investment_advice_request" for s in lb.samples) == 124
    assert sum(s.subset == "benign_general_finance" for s in lb.samples) == 112
    assert {s.domain for s in lb.samples} == {"finance"}


def test_unseen_benign_suite_lists_both():
    from expguard.suites import resolve

    assert resolve("unseen-benign") == ["medicheck:prompt", "spikee_investment_advice:prompt"]


def test_medicheck_bad_grade_names_file_line_field(tmp_path):
    from expguard.data.benchmarks.medicheck import FILE, PROMPT

    (tmp_path / FILE).write_text("query,query-label-expert\nIs this mole normal?,1\nChest pain,severe\n")
    with pytest.raises(DataError) as e:
        list(PROMPT.local(tmp_path))
    assert (e.value.line, e.value.field) == (3, "query-label-expert")
    assert FILE in str(e.value)


def test_spikee_unknown_label_names_field(tmp_path):
    from expguard.data.benchmarks.spikee import FILE, PROMPT

    (tmp_path / FILE).write_text('{"prompt": "Buy NVDA?", "id": "a", "label": "advice"}\n')
    with pytest.raises(DataError) as e:
        list(PROMPT.local(tmp_path))
    assert (e.value.line, e.value.field) == (1, "label")
