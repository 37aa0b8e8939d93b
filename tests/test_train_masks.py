"""Training rows: the label mask is exact on token ids, also through trl's collators (padded and
padding-free), and long prompts keep their target."""

import pytest

from expguard.train.data import Row
from expguard.train.sft import build_examples, target_of


@pytest.fixture
def rows():
    return [Row("How do I zorblat the loan?", "", "unsafe", ""),
            Row("What is a haircut?", "A discount on collateral.", "safe", "safe"),
            Row("word " * 900, "zorblat reply", "safe", "unsafe")]


def test_labels_are_exactly_the_answer_and_eos(tiny_tokenizer, rows):
    examples, cut = build_examples(rows, tiny_tokenizer, max_length=512)
    assert cut == 1
    for row, ex in zip(rows, examples):
        ids, labels = ex["input_ids"], ex["labels"]
        assert len(ids) == len(labels) == ex["length"] <= 512
        first = next(i for i, lab in enumerate(labels) if lab != -100)
        assert all(lab == -100 for lab in labels[:first]) and labels[first:] == ids[first:]
        assert tiny_tokenizer.decode(ids[first:]) == target_of(row) + tiny_tokenizer.eos_token
        # the masked part is exactly the prompt the guard sees at inference
        assert tiny_tokenizer.decode(ids[:first]).endswith("<|im_start|>assistant\n")


@pytest.mark.parametrize("padding_free", [False, True])
def test_trl_collator_keeps_our_labels(tiny_tokenizer, rows, padding_free):
    pytest.importorskip("trl")
    from trl.trainer.sft_trainer import DataCollatorForLanguageModeling

    examples, _ = build_examples(rows, tiny_tokenizer, max_length=512)
    batch = DataCollatorForLanguageModeling(pad_token_id=tiny_tokenizer.pad_token_id,
                                            padding_free=padding_free)(
        [{"input_ids": e["input_ids"], "labels": e["labels"]} for e in examples])
    trained = batch["labels"][batch["labels"] != -100].tolist()
    expected = [t for e in examples for t in e["labels"] if t != -100]
    assert trained == expected
    if padding_free:
        assert batch["input_ids"].shape[0] == 1 and "position_ids" in batch
        starts = (batch["position_ids"][0] == 0).nonzero().flatten().tolist()
        assert starts == [0, examples[0]["length"], examples[0]["length"] + examples[1]["length"]]
    else:
        assert batch["attention_mask"].sum().item() == sum(e["length"] for e in examples)
