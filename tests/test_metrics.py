"""Metrics against hand-computed values, including the parse-error rule."""

import pytest

from expguard.metrics import (binary_metrics, bootstrap_f1, force_errors, probability_metrics,
                              subset_headline, subset_metrics)

T, F = True, False


def test_paper_rule_unjudged_items_count_as_wrong():
    gold = [T, T, T, F, F, F, F, T]
    pred = [T, None, F, F, T, None, F, T]
    assert force_errors(gold, pred) == [T, F, F, F, T, T, F, T]
    m = binary_metrics(gold, pred)
    # TP=2 (0,7) FN=2 (1: unjudged harmful, 2) FP=2 (4, 5: unjudged benign) TN=2 (3, 6)
    assert m["precision"] == pytest.approx(0.5) and m["recall"] == pytest.approx(0.5)
    assert m["f1"] == pytest.approx(0.5) and m["micro_acc"] == pytest.approx(0.5)
    assert m["parsing_error"] == pytest.approx(0.25) and m["unjudged"] == 2
    assert m["harmful"] == m["tpr"] == pytest.approx(0.5) and m["unharmful"] == m["tnr"] == pytest.approx(0.5)
    assert (m["n"], m["positives"], m["negatives"], m["single_class"]) == (8, 4, 4, None)


def test_dropping_unjudged_items_would_inflate_f1():
    gold, pred = [T, T, F], [T, None, F]
    assert binary_metrics(gold, pred)["f1"] == pytest.approx(2 / 3)  # not 1.0


def test_single_class_benchmarks_are_flagged_and_slices_report_recall_or_tnr():
    m = binary_metrics([T, T, T, T], [T, T, F, None])
    assert m["single_class"] == "harmful" and m["recall"] == pytest.approx(0.5)
    assert m["f1"] == pytest.approx(2 * 0.5 / 1.5)  # the paper's degenerate 2R/(1+R), kept for comparison
    assert m["tnr"] is None and m["unharmful"] is None
    assert subset_headline("standard", m) == {"standard_recall": pytest.approx(0.5)}
    benign = binary_metrics([F, F, F], [F, T, F])
    assert benign["single_class"] == "unharmful" and benign["f1"] == 0.0
    assert subset_headline("homonyms", benign) == {"homonyms_tnr": pytest.approx(2 / 3)}
    assert subset_headline("finance", binary_metrics([T, F], [T, F])) == {"finance_f1": 1.0}


def test_subsets():
    per = subset_metrics([T, F, T, F], [T, T, F, F], ["law", "law", "finance", None])
    assert set(per) == {"finance", "law"}
    assert per["law"]["n"] == 2 and per["law"]["precision"] == pytest.approx(0.5)
    assert per["finance"]["recall"] == 0.0


def test_probability_metrics_hand_computed():
    m = probability_metrics([T, F, T, F], [0.9, 0.8, 0.7, 0.1])
    assert m["auprc"] == pytest.approx(0.5 * 1 + 0.5 * (2 / 3))
    assert m["fpr_at_95tpr"] == pytest.approx(0.5)
    assert m["best_f1"] == pytest.approx(0.8) and m["best_threshold"] == pytest.approx(0.7)
    assert m["n_scored"] == 4
    # items without a probability are left out (and counted); one class only: no curve metrics
    assert probability_metrics([T, F, T], [0.9, None, 0.2]) == {"n_scored": 2}


def test_bootstrap_is_seeded_and_brackets_the_estimate():
    gold = [i % 3 == 0 for i in range(300)]
    pred = [g if i % 7 else not g for i, g in enumerate(gold)]
    a, b = bootstrap_f1(gold, pred, seed=1), bootstrap_f1(gold, pred, seed=1)
    assert a == b and a[0] < binary_metrics(gold, pred)["f1"] < a[1]
    assert bootstrap_f1(gold, pred, seed=2) != a


def test_length_mismatch_is_an_error():
    with pytest.raises(ValueError):
        binary_metrics([T], [T, F])


def test_binary_metrics_match_scikit_learn():
    import random

    from sklearn.metrics import accuracy_score, precision_recall_fscore_support

    rng = random.Random(0)
    for trial in range(300):
        n = rng.randint(1, 40)
        gold = [rng.random() < rng.random() for _ in range(n)]
        pred = [None if rng.random() < 0.1 else rng.random() < 0.5 for _ in range(n)]
        if trial % 10 == 0:
            gold = [True] * n if trial % 20 else [False] * n  # single-class cases
        m = binary_metrics(gold, pred)
        forced = force_errors(gold, pred)
        p, r, f, _ = precision_recall_fscore_support(gold, forced, average="binary", pos_label=True,
                                                     zero_division=0.0)
        assert (m["precision"], m["recall"], m["f1"]) == pytest.approx((p, r, f))
        assert m["micro_acc"] == pytest.approx(accuracy_score(gold, forced))
