"""Supervised fine-tuning, straight-line: rows → token ids (the runtime's template and answer
format, nothing re-implemented) → trl's SFTTrainer.

- Loss only on the answer + EOS: ``guard.encoding.encode_example`` builds ``labels`` with the
  prompt masked (exact on token ids, tested); trl uses a ``labels`` column as is.
- No padding waste: each batch is padded to its longest row (dynamic padding); with
  FlashAttention (``attn_implementation`` ``flash_attention_2``/``_3``) rows are concatenated
  padding-free instead. The original padded every row to 4,096 tokens.
- Over-long prompts lose conversation content from the left, never the target (§7.19).
- Interrupted runs resume from the last checkpoint in the output directory.
- Scale-out is accelerate's job: ``accelerate launch --config_file recipes/accelerate/... -m
  expguard train --config ...`` (DDP, FSDP, DeepSpeed ZeRO-3).
"""

from __future__ import annotations

import csv
import json
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from ..errors import MissingDependencyError
from ..guard.encoding import encode_example
from ..guard.formats import EXPGUARD_FORMAT
from ..guard.template import expguard_template
from ..schema import Conversation
from .config import Recipe
from .data import Row, load_rows, summary


def _imports():
    try:
        import datasets  # noqa: F401
        import torch  # noqa: F401
        import trl  # noqa: F401
        from transformers import TrainerCallback
    except ImportError as e:
        raise MissingDependencyError("training", "train", "torch + transformers + trl + datasets") from e
    return TrainerCallback


def target_of(row: Row) -> str:
    return EXPGUARD_FORMAT.target(row.prompt_label == "unsafe",
                                  (row.response_label == "unsafe") if row.response else None)


def conversation_of(row: Row) -> Conversation:
    return Conversation.of(row.prompt, row.response or None)


def build_examples(rows: list[Row], tokenizer: Any, max_length: int | None) -> tuple[list[dict[str, Any]], int]:
    """Token ids + labels per row; returns (examples, number of rows whose content was cut)."""
    tmpl = expguard_template()
    out, cut = [], 0
    for r in rows:
        ex = encode_example(tokenizer, tmpl.render_prompt(conversation_of(r)), target_of(r),
                            max_length=max_length)
        cut += ex.truncated
        out.append({"input_ids": ex.input_ids, "labels": ex.labels, "length": len(ex.input_ids)})
    return out, cut


def load_model(recipe: Recipe, rows: list[Row]):
    """(model, tokenizer); the tokenizer carries the ExpGuard chat template when saved."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from .. import tiny

    spec = recipe.model
    if spec.tiny is not None:
        corpus = tiny.tokenizer_corpus([asdict(r) for r in rows])
        tokenizer = tiny.build_tokenizer(corpus, vocab_size=spec.tiny.get("vocab_size", 2000))
        model = tiny.build_model(tokenizer, **{k: v for k, v in spec.tiny.items() if k != "vocab_size"})
    else:
        kw: dict[str, Any] = {"revision": spec.revision, "trust_remote_code": spec.trust_remote_code}
        tokenizer = AutoTokenizer.from_pretrained(spec.name_or_path, **kw)
        dtype = {"auto": torch.bfloat16 if torch.cuda.is_available() else torch.float32,
                 "bf16": torch.bfloat16, "fp16": torch.float16, "fp32": torch.float32}[spec.dtype]
        if spec.attn_implementation:
            kw["attn_implementation"] = spec.attn_implementation
        if recipe.lora and recipe.lora.quantization:
            from transformers import BitsAndBytesConfig

            q = recipe.lora.quantization
            kw["quantization_config"] = BitsAndBytesConfig(
                load_in_4bit=q == "4bit", load_in_8bit=q == "8bit", bnb_4bit_quant_type="nf4",
                bnb_4bit_compute_dtype=torch.bfloat16)
        model = AutoModelForCausalLM.from_pretrained(spec.name_or_path, dtype=dtype, **kw)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    tokenizer.chat_template = expguard_template().source
    model.config.use_cache = False
    return model, tokenizer


def _callbacks(out: Path, val_rows: list[Row], tokenizer: Any, log: Callable[[str], None]) -> list[Any]:
    TrainerCallback = _imports()

    class CsvLog(TrainerCallback):
        """Every logged value as a row of ``train_log.csv`` (step, epoch, key, value)."""

        def on_log(self, args, state, control, logs=None, **kw):
            if not state.is_world_process_zero or not logs:
                return
            path = out / "train_log.csv"
            new = not path.exists()
            with path.open("a", newline="") as f:
                w = csv.writer(f)
                if new:
                    w.writerow(["step", "epoch", "key", "value"])
                for k, v in logs.items():
                    w.writerow([state.global_step, state.epoch, k, v])

    class Validation(TrainerCallback):
        """Scoring-mode metrics on the validation rows at each epoch end (through the runtime's
        Guard, exactly as inference will see the model)."""

        def on_epoch_end(self, args, state, control, model=None, **kw):
            if not state.is_world_process_zero or not val_rows or model is None:
                return
            m = validate(model, tokenizer, val_rows)
            m.update({"epoch": state.epoch, "step": state.global_step})
            state.log_history.append({f"val_{k}": v for k, v in m.items()})
            with (out / "validation.jsonl").open("a") as f:
                f.write(json.dumps(m) + "\n")
            log(f"validation after epoch {state.epoch:.0f}: " + ", ".join(
                f"{k} {v:.3f}" for k, v in m.items() if isinstance(v, float) and k != "epoch"))

    return [CsvLog(), Validation()]


def validate(model: Any, tokenizer: Any, rows: list[Row], batch_size: int = 16) -> dict[str, Any]:
    """Prompt/response F1 and accuracy of ``model`` in scoring mode on ``rows``."""
    from ..guard.engines.hf import HFEngine
    from ..guard.guards import Guard
    from ..metrics import binary_metrics

    was_training = model.training
    model.eval()
    try:
        verdicts = Guard(HFEngine(model, tokenizer, batch_size=batch_size)).classify(
            [conversation_of(r) for r in rows])
    finally:
        model.train(was_training)
    p = binary_metrics([r.prompt_label == "unsafe" for r in rows], [v.prompt_harmful for v in verdicts])
    resp = [(r, v) for r, v in zip(rows, verdicts) if r.response]
    out = {"prompt_f1": p["f1"], "prompt_acc": p["micro_acc"], "n": len(rows)}
    if resp:
        q = binary_metrics([r.response_label == "unsafe" for r, _ in resp],
                           [v.response_harmful for _, v in resp])
        out.update({"response_f1": q["f1"], "response_acc": q["micro_acc"], "n_response": len(resp)})
    return out


def train(recipe: Recipe, *, output_dir: str | Path | None = None, resume: bool = True,
          log: Callable[[str], None] = print, **overrides: Any) -> Path:
    """Run a recipe; returns the output directory (final model + tokenizer at its root, one
    ``checkpoint-*`` per save)."""
    _imports()
    import datasets
    from transformers import set_seed
    from transformers.trainer_utils import get_last_checkpoint
    from trl import SFTTrainer

    args = recipe.sft_config(output_dir=str(output_dir) if output_dir else None, **overrides)
    out = Path(args.output_dir)
    out.mkdir(parents=True, exist_ok=True)
    set_seed(args.seed)
    t0 = time.perf_counter()
    rows = load_rows(recipe.data.train, extra_dir=recipe.data.extra_dir)
    val_rows = load_rows(recipe.data.validation) if recipe.data.validation else []
    model, tokenizer = load_model(recipe, rows)
    examples, cut = build_examples(rows, tokenizer, recipe.data.max_length)
    info = summary(rows, [e["length"] for e in examples])
    info["truncated_rows"] = cut
    info["validation_rows"] = len(val_rows)
    log("training data: " + json.dumps(info))
    if recipe.model.attn_implementation and recipe.model.attn_implementation.startswith("flash"):
        args.padding_free = True  # correct per-sequence attention needs FlashAttention kernels
    peft_config = None
    if recipe.lora:
        from peft import LoraConfig

        peft_config = LoraConfig(r=recipe.lora.r, lora_alpha=recipe.lora.alpha,
                                 lora_dropout=recipe.lora.dropout,
                                 target_modules=recipe.lora.target_modules, task_type="CAUSAL_LM")
    trainer = SFTTrainer(model=model, args=args, train_dataset=datasets.Dataset.from_list(examples),
                         processing_class=tokenizer, peft_config=peft_config,
                         callbacks=_callbacks(out, val_rows, tokenizer, log))
    last = get_last_checkpoint(str(out)) if resume and out.exists() else None
    if last:
        log(f"resuming from {last}")
    trainer.train(resume_from_checkpoint=last)
    trainer.save_model(str(out))
    tokenizer.save_pretrained(str(out))
    from ..results import provenance, write_json

    write_json(out / "expguard_train.json", {
        **provenance({"recipe": recipe.source}), "recipe": {
            "model": asdict(recipe.model), "data": asdict(recipe.data), "training": recipe.training,
            "lora": asdict(recipe.lora) if recipe.lora else None},
        "data_summary": info, "seconds": round(time.perf_counter() - t0, 1)})
    return out
