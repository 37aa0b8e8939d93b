"""Rebuild the default guard from its recipe (``recipes/mini.yaml``) on a CPU, deterministically.

``expguard train --config recipes/mini.yaml`` → data build (printed summary) → LoRA + heads
training (length-grouped batches, one progress bar; with ``training.average_seeds`` once per
seed, then the members' weights averaged) → internal validation on the held-out template
families → ``<output>/default.safetensors`` + ``default.json`` (config, provenance: recipe sha256,
data hashes, metrics, what it was trained on).
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import random
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..errors import DataError
from .data import TRAINED_ON, Cap, Row, build, check_caps, format_summary, response_batch_rows
from .model import (
    RESPONSE_PREFIX,
    Encoder,
    MiniConfig,
    artifact_tensors,
    average_members,
    base_path,
    bf16_native,
    build_net,
    collate,
    combine_response,
    lora_factors,
    net_from_tensors,
    refusal_head,
    response_net_of,
    run_batches,
    save_artifact,
)
from .ngram import NgramHead, blend, fit

RECIPE_KIND = "mini"


@dataclass
class MiniRecipe:
    path: str
    sha256: str
    shared_dir: Path
    output_dir: Path
    model: MiniConfig
    caps: dict[str, Cap] = field(default_factory=dict)
    seed: int = 0
    own_seed: int = 0
    own_holdout: bool = True     # False: the final fit on every own family (no internal validation)
    own_batches: tuple[str, ...] = ()   # optional batches of our own rows (domain_data.OPTIONAL_BATCHES)
    answers_only: tuple[str, ...] = ()  # of those, batches whose rows train the response head only
    # batches whose response rows train only the response adapter (model.response_lora_r > 0)
    response_batches: tuple[str, ...] = ()
    epochs: float = 1.0
    batch_size: int = 32
    learning_rate: float = 3e-4
    head_learning_rate: float = 2e-3
    warmup_ratio: float = 0.06
    weight_decay: float = 0.01
    lora_dropout: float = 0.05
    category_weight: float = 0.3
    domain_weight: float = 0.2
    num_threads: int | None = None
    max_steps: int | None = None
    # bfloat16 autocast for the forward/backward matrix products (fp32 master weights and loss):
    # ~1.3x faster steps on this project's CPU (AVX512-BF16); slower where bf16 is emulated.
    bf16: bool = False
    # Ship an exponential moving average of the trainable weights (LoRA factors + heads), updated
    # after every optimizer step, instead of the last iterate; None: the last iterate.
    ema_decay: float | None = None
    # Train the recipe once per seed (each seed samples the capped rows and drives init, batch
    # order and dropout, as ``seed`` does) and ship the mean of the members' weights: the mean of
    # their merged LoRA deltas and of their heads. None: one training with ``seed``.
    average_seeds: tuple[int, ...] | None = None
    # Store the averaged deltas at this rank (truncated SVD, fp16 factors); None: exactly, as the
    # members' factors side by side (rank = members x lora_r).
    average_rank: int | None = None
    # inverse L2 strength of the n-gram prompt head's logistic regression (fitted when
    # model.ngram_weight > 0, on the same prompt rows as the encoder)
    ngram_c: float = 4.0
    # the response adapter's fit (model.response_lora_r > 0): passes over the response rows and
    # the learning rate of its LoRA factors and of the response head it fits from the main one's
    response_epochs: float = 1.0
    response_learning_rate: float = 5e-4


def is_mini_recipe(path: str | Path) -> bool:
    import yaml

    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):
        return False
    return isinstance(raw, dict) and raw.get("kind") == RECIPE_KIND


def _own_batches(value: Any, where: str, key: str = "data.own_batches") -> tuple[str, ...]:
    from .domain_data import check_batches

    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DataError(f"expected a list of batch names, got {value!r}", file=where, field=key)
    try:
        return check_batches(value)
    except ValueError as e:
        raise DataError(str(e), file=where, field=key) from None


def _answers_only(data: dict, batches: tuple[str, ...], where: str) -> tuple[str, ...]:
    out = _own_batches(data.get("answers_only") or [], where, "data.answers_only")
    if missing := sorted(set(out) - set(batches)):
        raise DataError(f"{missing} not in data.own_batches: answers_only narrows a batch that is on",
                        file=where, field="data.answers_only")
    return out


def load_mini_recipe(path: str | Path) -> MiniRecipe:
    import yaml

    path = Path(path)
    if not path.is_file():
        raise DataError("recipe not found", file=str(path))
    text = path.read_text(encoding="utf-8")
    raw = yaml.safe_load(text) or {}
    where = str(path)
    unknown = sorted(set(raw) - {"kind", "seed", "data", "model", "training", "output_dir"})
    if unknown:
        raise DataError(f"unknown sections {unknown}", file=where)
    data = raw.get("data") or {}
    training = dict(raw.get("training") or {})
    shared = Path(os.environ.get("EXPGUARD_SHARED", "")) / "benchmarks" \
        if os.environ.get("EXPGUARD_SHARED") else Path(data.get("shared_dir", "../shared/benchmarks"))
    if not shared.is_absolute() and not shared.exists():
        shared = path.parent / shared
    try:
        model = MiniConfig.from_dict(raw.get("model") or {})
    except ValueError as e:
        name, msg = str(e).split(": ", 1)
        raise DataError(msg, file=where, field=name) from None
    try:
        rec = MiniRecipe(path=where, sha256=hashlib.sha256(text.encode()).hexdigest(),
                         shared_dir=shared, output_dir=Path(raw.get("output_dir", "out/mini")),
                         model=model, caps=check_caps(data.get("caps") or {}, where),
                         seed=int(raw.get("seed", 0)),
                         own_seed=int(data.get("own_seed", 0)),
                         own_holdout=bool(data.get("own_holdout", True)),
                         own_batches=(batches := _own_batches(data.get("own_batches") or [], where)),
                         answers_only=_answers_only(data, batches, where),
                         response_batches=_own_batches(data.get("response_batches") or [], where,
                                                       "data.response_batches"), **training)
    except TypeError as e:
        raise DataError(f"bad recipe field: {e}", file=where, field="training") from None
    if not isinstance(rec.bf16, bool):
        raise DataError(f"must be true or false, got {rec.bf16!r}", file=where, field="training.bf16")
    if rec.ema_decay is not None and not (isinstance(rec.ema_decay, (int, float)) and not isinstance(
            rec.ema_decay, bool) and 0.0 < rec.ema_decay < 1.0):
        raise DataError(f"must be a number in (0, 1) or null, got {rec.ema_decay!r}", file=where,
                        field="training.ema_decay")
    if rec.average_seeds is not None:
        seeds = rec.average_seeds
        if (not isinstance(seeds, (list, tuple)) or not seeds
                or not all(isinstance(x, int) and not isinstance(x, bool) for x in seeds)
                or len(set(seeds)) != len(seeds)):
            raise DataError(f"must be a list of different integer seeds, got {seeds!r}",
                            file=where, field="training.average_seeds")
        rec.average_seeds = tuple(seeds)
    if isinstance(rec.ngram_c, bool) or not isinstance(rec.ngram_c, (int, float)) or rec.ngram_c <= 0:
        raise DataError(f"must be a positive number, got {rec.ngram_c!r}", file=where, field="training.ngram_c")
    if rec.response_batches and not rec.model.response_lora_r:
        raise DataError("response batches train the response adapter: set model.response_lora_r > 0",
                        file=where, field="data.response_batches")
    for key in ("response_epochs", "response_learning_rate"):
        v = getattr(rec, key)
        if isinstance(v, bool) or not isinstance(v, (int, float)) or v <= 0:
            raise DataError(f"must be a positive number, got {v!r}", file=where, field=f"training.{key}")
    if rec.average_rank is not None and (
            rec.average_seeds is None or not isinstance(rec.average_rank, int)
            or isinstance(rec.average_rank, bool) or rec.average_rank < 1):
        raise DataError("must be a positive integer, and needs training.average_seeds, got "
                        f"{rec.average_rank!r}", file=where, field="training.average_rank")
    return rec


def _batches(rows: Sequence[tuple[list[int], list[int]]], idx: list[int], batch_size: int,
             rng: random.Random) -> list[list[int]]:
    """Length-grouped batches: shuffle, sort within pools of 50 batches, shuffle the batches."""
    idx = idx[:]
    rng.shuffle(idx)
    pool = batch_size * 50
    out = []
    for s in range(0, len(idx), pool):
        chunk = sorted(idx[s:s + pool], key=lambda i: len(rows[i][0]))
        out += [chunk[j:j + batch_size] for j in range(0, len(chunk), batch_size)]
    rng.shuffle(out)
    return out


def encode_rows(enc: Encoder, rows: Sequence[Row]) -> list[tuple[list[int], list[int]]]:
    out: list[Any] = [None] * len(rows)
    p = [i for i, r in enumerate(rows) if r.task == "prompt"]
    q = [i for i, r in enumerate(rows) if r.task == "response"]
    for i, e in zip(p, enc.prompts([rows[i].text for i in p])):
        out[i] = e
    for i, e in zip(q, enc.pairs([rows[i].text for i in q], [rows[i].response or "" for i in q])):
        out[i] = e
    return out


def evaluate_rows(net: Any, enc: Encoder, rows: Sequence[Row], batch_size: int = 64,
                  ngram: Any = None, ngram_weight: float = 0.0) -> dict[str, Any]:
    """F1 / precision / recall per task at 0.5 on ``rows`` (the held-out families); the prompt
    task blends in ``ngram`` as the guard does."""
    from sklearn.metrics import precision_recall_fscore_support

    net.eval()
    encoded = encode_rows(enc, rows)
    out: dict[str, Any] = {}
    for task in ("prompt", "response"):
        idx = [i for i, r in enumerate(rows) if r.task == task]
        if not idx:
            continue
        scorer = response_net_of(net) if task == "response" else net
        refusal = task == "response" and "refusal" in scorer.heads
        got = run_batches(scorer, [encoded[i] for i in idx], batch_size,
                          (task, "refusal") if refusal else (task,))
        probs = got[task]
        if task == "prompt" and ngram is not None:
            probs = blend(probs, ngram.prob([rows[i].text for i in idx]), ngram_weight)
        if refusal:   # the guard's response score: with the prompt score of each pair's user side
            texts = [rows[i].text for i in idx]
            p = run_batches(net, enc.prompts(texts), batch_size, ("prompt",))["prompt"]
            if ngram is not None:
                p = blend(p, ngram.prob(texts), ngram_weight)
            probs = [combine_response(r, q, c) for r, q, c in zip(probs, p, got["refusal"])]
        y = [rows[i].label for i in idx]
        pred = [p >= 0.5 for p in probs]
        p, r, f, _ = precision_recall_fscore_support(y, pred, average="binary", zero_division=0)
        out[task] = {"n": len(idx), "positives": sum(y), "f1": round(100 * f, 2),
                     "precision": round(100 * p, 2), "recall": round(100 * r, 2)}
    return out


def _rows_sha256(rows: Sequence[Row]) -> str:
    """sha256 over the training rows, order-free (what ``train_rows_sha256`` records)."""
    return hashlib.sha256("\n".join(
        f"{r.task}\t{r.label}\t{r.text}\t{r.response}" for r in sorted(
            rows, key=lambda r: (r.task, r.text, r.response or ""))).encode()).hexdigest()


def _fit_ngram(recipe: MiniRecipe, rows: Sequence[Row], log) -> dict[str, Any]:
    """The n-gram prompt head fitted on ``rows``' prompt rows (``{}`` when the recipe has none)."""
    if not recipe.model.ngram_weight:
        return {}
    t0 = time.perf_counter()
    prompts = [r for r in rows if r.task == "prompt"]
    head = fit([r.text for r in prompts], [r.label for r in prompts], recipe.model.ngram_features,
               float(recipe.ngram_c))
    seconds = time.perf_counter() - t0
    log(f"n-gram prompt head: {len(prompts)} prompt rows, {int((head.coef != 0).sum())} non-zero "
        f"weights, {seconds:.0f} s")
    return {"ngram": head, "ngram_seconds": round(seconds, 1)}


def _bar() -> Any:
    """The training progress bar (steps, time left, smoothed loss)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(TextColumn("[progress.description]{task.description}"), BarColumn(),
                    MofNCompleteColumn(), TimeRemainingColumn(), TextColumn("{task.fields[loss]}"))


def _fit(recipe: MiniRecipe, train_rows: Sequence[Row], encoded: list[Any], seed: int,
         max_steps: int | None, log) -> tuple[Any, int, float]:
    """One training of LoRA + heads over ``encoded``: ``(net, steps, seconds)``."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import get_linear_schedule_with_warmup

    cfg = recipe.model
    net = build_net(cfg)
    net.encoder = get_peft_model(net.encoder, LoraConfig(
        r=cfg.lora_r, lora_alpha=cfg.lora_alpha, lora_dropout=recipe.lora_dropout,
        target_modules=list(cfg.lora_targets), layers_to_transform=list(cfg.lora_layers),
        layers_pattern="layer"))
    rng = random.Random(seed)
    epochs = max(1, math.ceil(recipe.epochs))
    batches: list[list[int]] = []
    for e in range(epochs):
        b = _batches(encoded, list(range(len(encoded))), recipe.batch_size, rng)
        frac = min(1.0, recipe.epochs - e)
        batches += b[: round(len(b) * frac)]
    limit = max_steps or recipe.max_steps
    if limit:
        batches = batches[:limit]
    lora_params = [p for n, p in net.encoder.named_parameters() if p.requires_grad]
    opt = torch.optim.AdamW([
        {"params": lora_params, "lr": recipe.learning_rate},
        {"params": list(net.heads.parameters()), "lr": recipe.head_learning_rate}],
        weight_decay=recipe.weight_decay)
    sched = get_linear_schedule_with_warmup(opt, int(recipe.warmup_ratio * len(batches)), len(batches))
    bce, ce = torch.nn.functional.binary_cross_entropy_with_logits, torch.nn.functional.cross_entropy
    log(f"training: {len(train_rows)} rows, {len(batches)} steps of ≤{recipe.batch_size}, "
        f"{sum(p.numel() for p in lora_params)} LoRA params, {torch.get_num_threads()} threads"
        + (", bf16 autocast" if recipe.bf16 else ""))
    if recipe.bf16 and not bf16_native():
        log("warning: training.bf16 is set but this CPU has no native bfloat16; steps will be slow")

    avg = None
    if recipe.ema_decay is not None:
        from torch.optim.swa_utils import AveragedModel, get_ema_multi_avg_fn

        avg = AveragedModel(net, multi_avg_fn=get_ema_multi_avg_fn(recipe.ema_decay))
        log(f"shipping an exponential moving average of the weights (decay {recipe.ema_decay})")
    net.train()
    ema = None
    t_train = time.perf_counter()
    with _bar() as bar:
        task_id = bar.add_task("train", total=len(batches), loss="")
        for step, idx in enumerate(batches):
            rows = [train_rows[i] for i in idx]
            with torch.autocast("cpu", dtype=torch.bfloat16, enabled=recipe.bf16):
                logits = net(collate([encoded[i] for i in idx]))
            logits = {k: v.float() for k, v in logits.items()}
            loss = torch.zeros(())
            for task in ("prompt", "response"):
                sel = [k for k, r in enumerate(rows) if r.task == task]
                if sel:
                    y = torch.tensor([float(rows[k].label) for k in sel])
                    loss = loss + bce(logits[task][sel, 0], y) * len(sel) / len(rows)
            for head, attr, w in (("category", "category", recipe.category_weight),
                                  ("domain", "domain", recipe.domain_weight)):
                sel = [k for k, r in enumerate(rows) if getattr(r, attr) is not None and r.task == "prompt"]
                if sel and w:
                    y = torch.tensor([getattr(rows[k], attr) for k in sel])
                    loss = loss + w * ce(logits[head][sel], y) * len(sel) / len(rows)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(lora_params + list(net.heads.parameters()), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad(set_to_none=True)
            if avg is not None:
                avg.update_parameters(net)
            ema = loss.item() if ema is None else 0.98 * ema + 0.02 * loss.item()
            bar.update(task_id, advance=1, loss=f"loss {ema:.3f}")
            if not bar.console.is_terminal and (step + 1) % 50 == 0:
                log(f"step {step + 1}/{len(batches)}  loss {ema:.3f}  {time.perf_counter() - t_train:.0f} s")
    train_s = time.perf_counter() - t_train
    if avg is not None:
        net = avg.module
    return net, len(batches), train_s


def _fit_response(recipe: MiniRecipe, net: Any, rows: Sequence[Row], encoded: list[Any], seed: int,
                  max_steps: int | None, log) -> tuple[dict[str, Any], int, float]:
    """The response adapter: a small LoRA (``model.response_lora_*``) over ``net`` (the main fit,
    deltas merged; wrapped and trained in place, so pass a copy of your own) and a response head
    started from ``net``'s, trained on the response rows ``rows`` alone with everything else
    frozen, so the prompt side keeps exactly the main fit's verdicts. Returns ``(artefact tensors
    under RESPONSE_PREFIX, steps, seconds)``."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import get_linear_schedule_with_warmup

    cfg = recipe.model
    torch.manual_seed(seed)   # its own seed: the same fit whether the main one ran here or not
    rnet = net
    for p in rnet.parameters():
        p.requires_grad_(False)
    rnet.encoder = get_peft_model(rnet.encoder, LoraConfig(
        r=cfg.response_lora_r, lora_alpha=cfg.response_lora_alpha, lora_dropout=recipe.lora_dropout,
        target_modules=list(cfg.response_lora_targets), layers_to_transform=list(cfg.response_lora_layers),
        layers_pattern="layer"))
    head = rnet.heads["response"]
    head.requires_grad_(True)
    refusal = None
    if cfg.response_refusal_head:   # after the LoRA's init, so the adapter starts as without it
        refusal = rnet.heads["refusal"] = refusal_head(rnet)
    ref_rows = sum(r.refusal is not None for r in rows)
    if refusal is not None and not ref_rows:
        raise DataError("model.response_refusal_head: no response row has a refusal label")
    head_params = list(head.parameters()) + (list(refusal.parameters()) if refusal is not None else [])
    rng = random.Random(seed)
    batches: list[list[int]] = []
    for e in range(max(1, math.ceil(recipe.response_epochs))):
        b = _batches(encoded, list(range(len(encoded))), recipe.batch_size, rng)
        batches += b[: round(len(b) * min(1.0, recipe.response_epochs - e))]
    if limit := max_steps or recipe.max_steps:
        batches = batches[:limit]
    lora_params = [p for p in rnet.encoder.parameters() if p.requires_grad]
    opt = torch.optim.AdamW([{"params": lora_params, "lr": recipe.response_learning_rate},
                             {"params": head_params, "lr": recipe.response_learning_rate}],
                            weight_decay=recipe.weight_decay)
    sched = get_linear_schedule_with_warmup(opt, int(recipe.warmup_ratio * len(batches)), len(batches))
    log(f"response adapter: {len(rows)} response rows, {len(batches)} steps, "
        f"{sum(p.numel() for p in lora_params)} LoRA params"
        + (f", refusal head ({ref_rows} rows with a refusal label)" if refusal is not None else ""))
    bce = torch.nn.functional.binary_cross_entropy_with_logits
    rnet.train()
    t0 = time.perf_counter()
    ema = None
    with _bar() as bar:
        task_id = bar.add_task("response adapter", total=len(batches), loss="")
        for step, idx in enumerate(batches):
            y = torch.tensor([float(rows[i].label) for i in idx])
            with torch.autocast("cpu", dtype=torch.bfloat16, enabled=recipe.bf16):
                x = rnet.dropout(rnet.pooled(collate([encoded[i] for i in idx])))
            loss = bce(head(x.float())[:, 0], y)
            sel = [k for k, i in enumerate(idx) if rows[i].refusal is not None] if refusal is not None else []
            if sel:
                yr = torch.tensor([float(rows[idx[k]].refusal) for k in sel])
                loss = loss + bce(refusal(x.float()[sel])[:, 0], yr) * len(sel) / len(idx)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(lora_params + head_params, 1.0)
            opt.step()
            sched.step()
            opt.zero_grad(set_to_none=True)
            ema = loss.item() if ema is None else 0.98 * ema + 0.02 * loss.item()
            bar.update(task_id, advance=1, loss=f"loss {ema:.3f}")
            if not bar.console.is_terminal and (step + 1) % 50 == 0:
                log(f"response step {step + 1}/{len(batches)}  loss {ema:.3f}  {time.perf_counter() - t0:.0f} s")
    tensors = lora_factors(rnet, prefix=RESPONSE_PREFIX)
    for name, h in (("head", head), ("refusal_head", refusal)):
        for k, v in (h.state_dict().items() if h is not None else ()):
            tensors[f"{RESPONSE_PREFIX}{name}.{k}"] = v.detach().float().contiguous()
    return tensors, len(batches), time.perf_counter() - t0


def response_stage(recipe: MiniRecipe, enc: Encoder, tensors: dict[str, Any], response_rows: Sequence[Row],
                   seed: int, log, max_steps: int | None = None) -> tuple[dict[str, Any], dict[str, Any]]:
    """The main fit's artefact ``tensors`` plus the response adapter's, fitted on ``response_rows``
    (the main fit's) and the response rows of ``data.response_batches``; and its provenance."""
    extra = response_batch_rows(recipe.shared_dir, recipe.response_batches, own_seed=recipe.own_seed,
                                own_holdout=recipe.own_holdout, exclude=response_rows)
    rows = list(response_rows) + extra
    rt, steps, seconds = _fit_response(recipe, net_from_tensors(recipe.model, tensors), rows,
                                       encode_rows(enc, rows), seed, max_steps, log)
    return {**tensors, **rt}, {"rows": len(rows), "batch_rows": len(extra), "rows_sha256": _rows_sha256(rows),
                               "batches": list(recipe.response_batches), "steps": steps,
                               "seconds": round(seconds, 1),
                               **({"refusal_rows": sum(r.refusal is not None for r in rows)}
                                  if recipe.model.response_refusal_head else {})}


def train_mini(recipe: MiniRecipe, *, output_dir: Path | None = None, max_steps: int | None = None,
               log=print) -> Path:
    import numpy as np
    import torch
    from transformers import AutoTokenizer

    t_start = time.perf_counter()
    out_dir = Path(output_dir or recipe.output_dir)
    cfg = recipe.model
    torch.use_deterministic_algorithms(True, warn_only=True)
    if recipe.num_threads:
        torch.set_num_threads(recipe.num_threads)
    enc = Encoder(AutoTokenizer.from_pretrained(base_path(cfg.base)), cfg)

    seeds = recipe.average_seeds or (recipe.seed,)
    members = []
    for m, seed in enumerate(seeds):
        if recipe.average_seeds:
            log(f"member {m + 1}/{len(seeds)} of the average: seed {seed}")
        random.seed(seed)
        np.random.seed(seed)
        torch.manual_seed(seed)
        train_rows, val_rows, summary = build(recipe.shared_dir, caps=recipe.caps, seed=seed,
                                              own_seed=recipe.own_seed, own_holdout=recipe.own_holdout,
                                              own_batches=recipe.own_batches, answers_only=recipe.answers_only)
        log(format_summary(summary))
        net, steps, seconds = _fit(recipe, train_rows, encode_rows(enc, train_rows), seed, max_steps, log)
        if m == 0:
            first_response_rows = [r for r in train_rows if r.task == "response"]
        members.append({"net": net, "seed": seed, "train_rows": len(train_rows),
                        "train_rows_sha256": _rows_sha256(train_rows), "steps": steps,
                        "train_seconds": round(seconds, 1), "summary": summary,
                        **_fit_ngram(recipe, train_rows, log)})
    first = members[0]
    train_s = sum(m["train_seconds"] for m in members)
    tensors = None
    if recipe.average_seeds:
        tensors = average_members([m.pop("net") for m in members], recipe.average_rank)
        cfg = replace(cfg, lora_r=int(next(v for k, v in tensors.items() if k.endswith(".lora_A")).shape[0]))
        net = net_from_tensors(cfg, tensors)
        log(f"averaged the weights of {len(members)} members; deltas stored at rank {cfg.lora_r}")
    else:
        net = first.pop("net")
    heads = [m.pop("ngram") for m in members if "ngram" in m]
    ngram = NgramHead.mean(heads) if heads else None   # the mean of one head is that head
    response = None
    if cfg.response_lora_r:
        if tensors is None:
            tensors = artifact_tensors(net)
        tensors, response = response_stage(recipe, enc, tensors, first_response_rows, first["seed"], log,
                                           max_steps)
        net = net_from_tensors(cfg, tensors)
        train_s += response["seconds"]

    if val_rows:
        metrics = {"own_val_heldout_families": evaluate_rows(net, enc, val_rows, ngram=ngram,
                                                             ngram_weight=cfg.ngram_weight)}
        log(f"held-out template families: {json.dumps(metrics['own_val_heldout_families'])}")
    else:   # own_holdout: false: the holdout run of the same recipe measured generalisation
        metrics = {"own_val_heldout_families": None}
        log("no held-out template families (data.own_holdout: false)")
    # train_rows, its sha256, the data summary and steps are the first member's (the only one
    # without training.average_seeds); an average lists every member under "members"
    provenance = {
        "recipe": recipe.path, "recipe_sha256": recipe.sha256, "seed": first["seed"],
        "train_rows": first["train_rows"], "train_rows_sha256": first["train_rows_sha256"],
        "data_summary": first["summary"], "trained_on": list(TRAINED_ON), "metrics": metrics,
        "steps": first["steps"], "bf16": recipe.bf16, "ema_decay": recipe.ema_decay,
        "train_seconds": round(train_s, 1), "total_seconds": round(time.perf_counter() - t_start, 1),
        "torch": torch.__version__}
    if response is not None:
        provenance["response_adapter"] = response
    if ngram is not None:
        import sklearn

        provenance["ngram"] = {"weight": cfg.ngram_weight, "features": cfg.ngram_features,
                               "c": recipe.ngram_c, "nonzero": int((ngram.coef != 0).sum()),
                               "seconds": [m["ngram_seconds"] for m in members],
                               "sklearn": sklearn.__version__}
    if recipe.average_seeds:
        provenance.update(average_seeds=list(recipe.average_seeds), average_rank=recipe.average_rank,
                          members=[{k: v for k, v in m.items() if k != "summary"} for m in members])
    weights = save_artifact(out_dir / "default", net, cfg, provenance, tensors=tensors, ngram=ngram)
    sha = hashlib.sha256(weights.read_bytes()).hexdigest()
    meta_path = out_dir / "default.json"
    meta = json.loads(meta_path.read_text())
    meta["provenance"]["weights_sha256"] = sha
    meta_path.write_text(json.dumps(meta, indent=2, default=str) + "\n")
    log(f"wrote {weights} ({weights.stat().st_size / 1e6:.2f} MB) in "
        f"{provenance['total_seconds']:.0f} s (training {train_s:.0f} s)")
    return out_dir
