"""``ExpGuardSFTConfig``: trl's SFTConfig with the paper's recipe as defaults (spec §6.5).

A module of its own (importing trl) so the class is picklable — the Trainer saves its arguments
with every checkpoint — while ``train.config`` stays importable without trl.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from trl import SFTConfig


@dataclass
class ExpGuardSFTConfig(SFTConfig):
    """lr 5e-6, cosine, warmup 3%, weight decay 0, 3 epochs, 4 x 2 accumulation per device (global
    32 on 4 GPUs), bf16, gradient checkpointing (non-reentrant), seed 42, a checkpoint per epoch
    (the paper's model is the epoch-2 one), TensorBoard logs, dynamic padding (no pad-to-4096).

    Batches are *random* and padded to their longest row (HF's default sampler), not grouped by
    length: when length correlates with the label (harmful requests and jailbreaks are often
    longer; in our planted-rule data the trigger adds a token) length-grouped batches are nearly
    single-label. Length grouping saves more padding and stays available
    (``train_sampling_strategy: group_by_length``)."""

    learning_rate: float = 5e-6
    lr_scheduler_type: str = "cosine"
    warmup_steps: float = 0.03
    weight_decay: float = 0.0
    num_train_epochs: float = 3.0
    per_device_train_batch_size: int = 4
    gradient_accumulation_steps: int = 2
    seed: int = 42
    save_strategy: str = "epoch"
    report_to: Any = field(default_factory=lambda: ["tensorboard"])
    max_length: int | None = 4096
    gradient_checkpointing_kwargs: Any = field(default_factory=lambda: {"use_reentrant": False})
    optim: str = "adamw_torch"
