"""Training recipes: YAML → typed specs; the trainer config is trl's ``SFTConfig`` with the
paper's recipe as defaults (spec §6.5), overriding only what differs."""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from ..errors import DataError, MissingDependencyError


def _sft_config_class():
    try:
        from .sft_config import ExpGuardSFTConfig
    except ImportError as e:
        raise MissingDependencyError("training", "train", "trl + peft") from e
    return ExpGuardSFTConfig


def _cuda() -> bool:
    try:
        import torch
    except ImportError:
        return False
    return torch.cuda.is_available()


@dataclass
class ModelSpec:
    name_or_path: str | None = None       # hub id or local path
    tiny: dict[str, Any] | None = None    # build a tiny Qwen2 locally (kwargs of tiny.build_model)
    revision: str | None = None
    dtype: str = "auto"                   # auto: bf16 on GPUs, fp32 on CPU
    attn_implementation: str | None = None  # e.g. flash_attention_2 (enables padding-free batches)
    trust_remote_code: bool = False


@dataclass
class LoraSpec:
    r: int = 16
    alpha: int = 32
    dropout: float = 0.05
    target_modules: Any = "all-linear"
    quantization: str | None = None       # None, "4bit" (QLoRA) or "8bit"; needs bitsandbytes + CUDA


@dataclass
class DataSpec:
    train: list[dict[str, Any]]
    validation: list[dict[str, Any]] | None = None
    extra_dir: str | None = None          # folder with lmsys/wildchat/suicide.jsonl, merged when present
    max_length: int = 4096                # content is truncated from the left to fit; targets never cut


@dataclass
class Recipe:
    model: ModelSpec
    data: DataSpec
    training: dict[str, Any]
    lora: LoraSpec | None = None
    source: str | None = None

    def sft_config(self, **overrides: Any):
        cls = _sft_config_class()
        kwargs = {**self.training, **{k: v for k, v in overrides.items() if v is not None}}
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(kwargs) - known)
        if unknown:
            raise DataError(f"unknown training settings {unknown} (see trl.SFTConfig)",
                            file=self.source, field="training")
        kwargs.setdefault("max_length", self.data.max_length)
        if not _cuda():
            # the paper's bf16 and gradient checkpointing are GPU settings: a CPU run (tests,
            # tiny recipes) stays fp32 without checkpointing unless the recipe asks explicitly
            kwargs.setdefault("bf16", False)
            kwargs.setdefault("gradient_checkpointing", False)
        return cls(**kwargs)


def _build(cls: type, data: Any, where: str, section: str):
    if data is None:
        return None
    if not isinstance(data, dict):
        raise DataError(f"'{section}' must be a mapping", file=where, field=section)
    names = {f.name for f in fields(cls)}
    unknown = sorted(set(data) - names)
    if unknown:
        raise DataError(f"unknown keys {unknown}; allowed: {sorted(names)}", file=where, field=section)
    return cls(**data)


def load_recipe(path: str | Path) -> Recipe:
    import yaml

    path = Path(path)
    if not path.exists():
        raise DataError("recipe not found", file=str(path))
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as e:
        raise DataError(f"invalid YAML: {e}", file=str(path)) from None
    where = str(path)
    unknown = sorted(set(raw) - {"model", "data", "training", "lora"})
    if unknown:
        raise DataError(f"unknown sections {unknown}", file=where)
    model = _build(ModelSpec, raw.get("model"), where, "model")
    data = _build(DataSpec, raw.get("data"), where, "data")
    if model is None or (model.name_or_path is None) == (model.tiny is None):
        raise DataError("'model' needs exactly one of name_or_path or tiny", file=where, field="model")
    if data is None or not data.train:
        raise DataError("'data.train' needs at least one source", file=where, field="data.train")
    # relative data paths are relative to the recipe file
    for spec in (data.train or []) + (data.validation or []):
        if "path" in spec and not Path(spec["path"]).is_absolute():
            candidate = path.parent / spec["path"]
            spec["path"] = str(candidate if candidate.exists() else Path(spec["path"]))
    training = raw.get("training") or {}
    if not isinstance(training, dict):
        raise DataError("'training' must be a mapping", file=where, field="training")
    lora = raw.get("lora")
    return Recipe(model, data, training, _build(LoraSpec, lora if lora else None, where, "lora"), where)
