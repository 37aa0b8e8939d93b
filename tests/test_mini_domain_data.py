"""The project's own domain rows for the embedded guard (expguard.mini.domain_data)."""

from __future__ import annotations

import time
from collections import defaultdict

import pytest

from expguard.mini import domain_data as dd
from expguard.taxonomy import DOMAINS

KEYS = {"id", "prompt", "response", "prompt_harmful", "response_harmful", "domain", "category", "family",
        "source"}
CODES = {f"S{i}" for i in range(1, 14)}


@pytest.fixture(scope="module")
def gen() -> list[dict]:
    return dd.generate(0)


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return dd.all_rows(0)


def _check_row(r: dict) -> None:
    assert set(r) == KEYS, r
    assert isinstance(r["id"], str) and r["id"]
    assert isinstance(r["prompt"], str) and r["prompt"].strip()
    assert isinstance(r["prompt_harmful"], bool)
    assert r["domain"] in DOMAINS
    assert isinstance(r["family"], str) and r["family"]
    assert isinstance(r["source"], str) and r["source"]
    if r["response"] is None:
        assert r["response_harmful"] is None
    else:
        assert isinstance(r["response"], str) and r["response"].strip()
        assert isinstance(r["response_harmful"], bool)
    if r["prompt_harmful"]:
        assert r["category"] in CODES
    else:
        assert r["category"] is None
    assert "{" not in r["prompt"] and "}" not in r["prompt"], r["prompt"]


def test_schema_of_every_row(rows):
    for r in rows:
        _check_row(r)


def test_ids_unique(rows):
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))


def test_pairs_unique(rows):
    pairs = [(r["prompt"], r["response"]) for r in rows]
    assert len(pairs) == len(set(pairs))


def test_deterministic_and_seed_dependent(gen):
    assert dd.generate(0) == gen
    other = dd.generate(1)
    assert other != gen
    assert {r["prompt"] for r in other} != {r["prompt"] for r in gen}


def test_fast_and_sized(gen):
    t = time.perf_counter()
    dd.generate(3)
    assert time.perf_counter() - t < 2.0
    assert 5000 <= len(gen) <= 9000
    assert len(dd.all_rows(0)) >= 5000


def test_sources(gen):
    for r in gen:
        assert r["source"].startswith("template:" + r["family"] + "/p"), r["source"]
    hw = dd.handwritten()
    assert len(hw) >= 250
    assert all(r["source"] == "handwritten" for r in hw)
    assert all(r["family"].startswith(f"hand:{r['domain']}:") for r in hw)
    for r in hw:
        _check_row(r)


def test_each_domain_has_both_labels_and_is_roughly_balanced(gen):
    for d in DOMAINS:
        rs = [r for r in gen if r["domain"] == d]
        h = sum(r["prompt_harmful"] for r in rs)
        assert 0.35 <= h / len(rs) <= 0.65, (d, h, len(rs))
        resp = [r for r in rs if r["response"] is not None]
        assert {r["response_harmful"] for r in resp} == {True, False}
        # both kinds of response for both kinds of prompt
        for ph in (True, False):
            assert {r["response_harmful"] for r in resp if r["prompt_harmful"] is ph} == {True, False}, (d, ph)


def test_family_counts(gen):
    fams = defaultdict(set)
    for r in gen:
        fams[(r["domain"], r["prompt_harmful"])].add(r["family"])
    for d in DOMAINS:
        need = 30 if d == "general" else 40
        for ph in (True, False):
            assert len(fams[(d, ph)]) >= need, (d, ph, len(fams[(d, ph)]))
    # a family never mixes labels or domains
    fam_label = {}
    for r in gen:
        assert fam_label.setdefault(r["family"], (r["domain"], r["prompt_harmful"])) == \
            (r["domain"], r["prompt_harmful"])


def test_no_prompt_with_both_labels(rows):
    label = {}
    for r in rows:
        assert label.setdefault(r["prompt"], r["prompt_harmful"]) == r["prompt_harmful"], r["prompt"]


def test_no_prompt_in_two_families(gen):
    fam = {}
    for r in gen:
        assert fam.setdefault(r["prompt"], r["family"]) == r["family"], r["prompt"]


def test_response_share_and_lengths(gen):
    share = sum(r["response"] is not None for r in gen) / len(gen)
    assert 0.35 <= share <= 0.7
    lens = [len(r["prompt"].split()) for r in gen]
    assert min(lens) >= 6 and max(lens) <= 80


def test_surface_words_in_both_labels(rows):
    for phrase in ("how do i", "explain", "steps to", "avoid detection"):
        labels = {r["prompt_harmful"] for r in rows if phrase in r["prompt"].lower()}
        assert labels == {True, False}, phrase


def test_categories_covered(rows):
    assert {r["category"] for r in rows if r["category"]} == CODES


def test_summary_mentions_every_domain(rows):
    s = dd.summary(rows)
    for d in DOMAINS:
        assert d in s
    assert str(len(rows)) in s
