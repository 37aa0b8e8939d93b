import json
from pathlib import Path

import pytest

from expguard import DataError
from expguard.train.config import load_recipe
from expguard.train.data import load_rows, read_file, summary, validate_row

ROOT = Path(__file__).resolve().parents[1]
GOOD = {"prompt": "How do I smurf cash?", "response": "", "prompt_label": "unsafe", "response_label": ""}


def _jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


@pytest.mark.parametrize("change, field, fragment", [
    ({"prompt_label": "maybe"}, "prompt_label", "'maybe'"),
    ({"prompt": ""}, "prompt", "empty prompt"),
    ({"prompt": 5}, "prompt", "expected a string"),
    ({"response": "ok"}, "response_label", "needs response_label"),
    ({"response_label": "safe"}, "response_label", "no response"),
    ({"domain": "crypto"}, "domain", "unknown domain"),
    ({"prompt_category": "Bad Vibes"}, "prompt_category", "unknown category"),
])
def test_bad_rows_name_file_line_field_value(tmp_path, change, field, fragment):
    f = _jsonl(tmp_path / "mix.jsonl", [GOOD, {**GOOD, **change}])
    with pytest.raises(DataError) as e:
        list(read_file(f))
    assert (e.value.file, e.value.line, e.value.field) == (str(f), 2, field)
    assert fragment in str(e.value)


def test_types_are_normalised_across_sources(tmp_path):
    """Nulls and missing optional columns become "" in every source (spec §7.13)."""
    a = _jsonl(tmp_path / "a.jsonl", [{**GOOD, "response": None, "response_label": None}])
    b = tmp_path / "b.json"
    b.write_text(json.dumps([{"prompt": "Is a naked short legal?", "prompt_label": "SAFE", "domain": "finance",
                              "response": "It depends on the market.", "response_label": "safe",
                              "prompt_category": "Unharmful", "scenario": None}]))
    rows = load_rows([{"path": str(a)}, {"path": str(b), "source": "hand"}])
    assert [r.source for r in rows] == ["a", "hand"]
    assert rows[0].response == "" and rows[0].response_label == "" and rows[0].domain == ""
    assert rows[1].prompt_label == "safe" and rows[1].scenario == ""


def test_parquet_and_duplicates_and_extra_subsets(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist([GOOD, GOOD, {**GOOD, "prompt": "other"}]), tmp_path / "m.parquet")
    extra = tmp_path / "extra"
    extra.mkdir()
    _jsonl(extra / "lmsys.jsonl", [GOOD, {**GOOD, "prompt": "hello there", "prompt_label": "safe"}])
    rows = load_rows([{"path": str(tmp_path / "m.parquet")}], extra_dir=extra)
    assert [r.prompt for r in rows] == ["How do I smurf cash?", "other", "hello there"]
    s = summary(rows, [10, 20, 30])
    assert s["rows"] == 3 and s["prompt_label"] == {"unsafe": 2, "safe": 1}
    assert s["source"] == {"m": 2, "lmsys": 1} and s["tokens"]["p100"] == 30


def test_recipe_validation(tmp_path):
    f = tmp_path / "r.yaml"
    f.write_text("model: {name_or_path: x, tiny: {}}\ndata: {train: [{path: a.jsonl}]}\n")
    with pytest.raises(DataError, match="exactly one of"):
        load_recipe(f)
    f.write_text("model: {name_or_path: x}\ndata: {train: [{path: a.jsonl}], shuffle: 1}\n")
    with pytest.raises(DataError, match=r"unknown keys \['shuffle'\]"):
        load_recipe(f)
    f.write_text("model: {name_or_path: x}\ndata: {train: []}\n")
    with pytest.raises(DataError, match="data.train"):
        load_recipe(f)


def test_paper_recipe_defaults():
    pytest.importorskip("trl")
    r = load_recipe(ROOT / "recipes" / "expguard-7b.yaml")
    args = r.sft_config(output_dir="/tmp/x")
    assert (args.learning_rate, args.lr_scheduler_type, args.weight_decay, args.num_train_epochs) == \
        (5e-6, "cosine", 0.0, 3.0)
    assert (args.per_device_train_batch_size, args.gradient_accumulation_steps, args.seed) == (4, 2, 42)
    assert args.warmup_steps == 0.03 and args.save_strategy == "epoch"
    from dataclasses import fields

    import torch

    from expguard.train.sft_config import ExpGuardSFTConfig

    defaults = {f.name: f.default for f in fields(ExpGuardSFTConfig)}
    assert defaults["bf16"] is not False and defaults["gradient_checkpointing"] is True  # GPU recipe
    assert args.bf16 == args.gradient_checkpointing == torch.cuda.is_available()  # CPU: fp32, no ckpt
    assert args.max_length == 4096 and args.train_sampling_strategy == "random"
    assert r.model.name_or_path == "Qwen/Qwen2.5-7B" and r.model.attn_implementation == "flash_attention_2"
    with pytest.raises(DataError, match="unknown training settings"):
        load_recipe(ROOT / "recipes" / "expguard-7b.yaml").sft_config(output_dir="/tmp/x", learning_rat=1)


def test_all_shipped_recipes_load():
    from expguard.mini.train import is_mini_recipe, load_mini_recipe

    for path in (ROOT / "recipes").glob("*.yaml"):
        if is_mini_recipe(path):   # the default guard's recipe (its own format)
            assert load_mini_recipe(path).model.lora_r > 0
            continue
        r = load_recipe(path)
        assert r.data.train, path
