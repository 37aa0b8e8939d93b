"""transformers engine: CPU or CUDA, batched, left-padded, length-sorted, greedy.

Scoring runs one forward pass per batch and reads only the last position's logits
(``logits_to_keep=1``), so it never computes vocabulary logits for the whole prompt.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ...errors import EngineError, MissingDependencyError
from ..encoding import encode, first_divergence
from ..template import RenderedPrompt
from .base import Engine, Failure, ScoreRequest


def _import_torch():
    try:
        import torch
        import transformers  # noqa: F401
    except ImportError as e:
        raise MissingDependencyError("the 'hf' engine", "hf", "torch + transformers") from e
    return torch


class HFEngine(Engine):
    name = "hf"

    def __init__(self, model: str | Any, tokenizer: Any | None = None, *, revision: str | None = None,
                 device: str = "auto", dtype: str = "auto", batch_size: int = 8,
                 max_length: int | None = None, trust_remote_code: bool = False,
                 local_files_only: bool | None = None) -> None:
        torch = _import_torch()
        from transformers import AutoModelForCausalLM, AutoTokenizer

        if device == "auto":
            device = "cuda" if torch.cuda.is_available() else "cpu"
        self.device = torch.device(device)
        if isinstance(model, str):
            self.model_id = model
            torch_dtype = _resolve_dtype(torch, dtype, self.device)
            kw = dict(revision=revision, trust_remote_code=trust_remote_code)
            if local_files_only is not None:
                kw["local_files_only"] = local_files_only
            try:
                tokenizer = tokenizer or AutoTokenizer.from_pretrained(model, **kw)
                model = AutoModelForCausalLM.from_pretrained(model, dtype=torch_dtype, **kw)
            except OSError as e:
                raise EngineError(f"cannot load model {self.model_id!r}: {e}") from e
            model.to(self.device)
        else:
            if tokenizer is None:
                raise EngineError("pass the tokenizer together with a model object")
            self.model_id = getattr(model, "name_or_path", None) or type(model).__name__
            self.device = next(model.parameters()).device
        self.revision = revision or getattr(getattr(model, "config", None), "_commit_hash", None)
        self.model, self.tokenizer = model.eval(), tokenizer
        self.batch_size = batch_size
        cfg_max = getattr(model.config, "max_position_embeddings", None)
        self.max_length = max_length or cfg_max
        if tokenizer.pad_token_id is None:
            tokenizer.pad_token = tokenizer.eos_token
        self.pad_id = int(tokenizer.pad_token_id)
        self.stop_ids = _stop_ids(model, tokenizer)

    def describe(self) -> dict[str, Any]:
        return {"engine": self.name, "model": self.model_id, "revision": self.revision,
                "dtype": str(self.model.dtype).removeprefix("torch."), "device": str(self.device),
                "max_length": self.max_length}

    # --- batching ----------------------------------------------------------------------------
    def _batches(self, seqs: Sequence[list[int]]):
        """Index batches, longest first, so each batch pads to similar lengths."""
        order = sorted(range(len(seqs)), key=lambda i: len(seqs[i]), reverse=True)
        for s in range(0, len(order), self.batch_size):
            idx = order[s:s + self.batch_size]
            yield idx, self._left_pad([seqs[i] for i in idx])

    def _left_pad(self, seqs: list[list[int]]):
        torch = _import_torch()
        width = max(map(len, seqs))
        ids = torch.full((len(seqs), width), self.pad_id, dtype=torch.long)
        mask = torch.zeros((len(seqs), width), dtype=torch.long)
        for r, s in enumerate(seqs):
            ids[r, width - len(s):] = torch.tensor(s, dtype=torch.long)
            mask[r, width - len(s):] = 1
        return ids.to(self.device), mask.to(self.device)

    # --- contract ----------------------------------------------------------------------------
    def score(self, requests: Sequence[ScoreRequest]) -> list[float | Failure]:
        torch = _import_torch()
        contexts, pairs = [], []
        for r in requests:
            neg, pos = encode(self.tokenizer, r.prompt, [r.prefix + r.choices[0], r.prefix + r.choices[1]],
                              max_length=self.max_length).ids
            j = first_divergence(neg, pos)
            contexts.append(neg[:j])
            pairs.append((neg[j], pos[j]))
        out: list[float | Failure] = [0.0] * len(requests)
        with torch.inference_mode():
            for idx, (ids, mask) in self._batches(contexts):
                pos_ids = (mask.cumsum(-1) - 1).clamp(min=0)
                logits = self.model(input_ids=ids, attention_mask=mask, position_ids=pos_ids,
                                    logits_to_keep=1, use_cache=False).logits[:, -1, :].float()
                pair = torch.tensor([pairs[i] for i in idx], device=logits.device)
                two = logits.gather(1, pair)
                p_pos = torch.softmax(two, dim=-1)[:, 1].tolist()
                for i, p in zip(idx, p_pos):
                    out[i] = float(p)
        return out

    def generate(self, prompts: Sequence[RenderedPrompt], *, max_new_tokens: int = 128
                 ) -> list[str | Failure]:
        torch = _import_torch()
        limit = self.max_length - max_new_tokens if self.max_length else None
        seqs = [encode(self.tokenizer, p, max_length=limit).ids[0] for p in prompts]
        out: list[str | Failure] = [""] * len(prompts)
        with torch.inference_mode():
            for idx, (ids, mask) in self._batches(seqs):
                gen = self.model.generate(input_ids=ids, attention_mask=mask, do_sample=False,
                                          max_new_tokens=max_new_tokens, eos_token_id=self.stop_ids,
                                          pad_token_id=self.pad_id)
                texts = self.tokenizer.batch_decode(gen[:, ids.shape[1]:], skip_special_tokens=True)
                for i, t in zip(idx, texts):
                    out[i] = t
        return out

    def close(self) -> None:
        self.model = None  # type: ignore[assignment]


def _resolve_dtype(torch, dtype: str, device) -> Any:
    if dtype == "auto":
        if device.type == "cuda":
            return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
        return torch.float32
    try:
        return {"bf16": torch.bfloat16, "bfloat16": torch.bfloat16, "fp16": torch.float16,
                "float16": torch.float16, "fp32": torch.float32, "float32": torch.float32}[dtype]
    except KeyError:
        raise EngineError(f"unknown dtype {dtype!r}; use auto, bf16, fp16 or fp32") from None


def _stop_ids(model: Any, tokenizer: Any) -> list[int]:
    """EOS ids: the generation config's, the tokenizer's, and ChatML's end-of-turn if present."""
    ids: set[int] = set()
    gen_eos = getattr(getattr(model, "generation_config", None), "eos_token_id", None)
    for x in ([gen_eos] if isinstance(gen_eos, int) else list(gen_eos or [])):
        ids.add(int(x))
    if tokenizer.eos_token_id is not None:
        ids.add(int(tokenizer.eos_token_id))
    im_end = tokenizer.convert_tokens_to_ids("<|im_end|>")
    if isinstance(im_end, int) and im_end != tokenizer.unk_token_id:
        ids.add(im_end)
    return sorted(ids)
