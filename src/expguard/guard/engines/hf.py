"""transformers engine: CPU or CUDA, batched, left-padded, length-sorted, greedy.

Scoring runs one forward pass per batch and reads only the last position's logits
(``logits_to_keep=1``), so it never computes vocabulary logits for the whole prompt.
"""

from __future__ import annotations

import inspect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ...errors import EngineError, MissingDependencyError
from ..encoding import encode, first_divergence
from ..template import RenderedPrompt
from .base import Engine, Failure, Score, ScoreRequest

_MIN_HEAD = 8  # shorter shared heads are not worth a cache


@dataclass(frozen=True, slots=True)
class _Row:
    ctx: list[int]                      # tokens up to the first label position
    pair: tuple[int, int]               # (negative, positive) label token ids there
    branches: list[tuple[list[int], tuple[int, int]]] | None  # per choice: tokens to the follow-up
    head_text: str                      # template text before the first message
    head_len: int                       # tokens of ctx shared with that head (0: no head cache)


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
        self.decoder, self.lm_head = model.get_decoder(), model.get_output_embeddings()
        # transformers renamed ``past_key_values`` to ``cache`` during 5.x
        params = inspect.signature(self.decoder.forward).parameters
        self._cache_kw = "cache" if "cache" in params else "past_key_values"
        self._heads: dict[str, tuple[list[int], Any]] = {}

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
        return self._pad(seqs, left=True)

    def _right_pad(self, seqs: list[list[int]]):
        return self._pad(seqs, left=False)

    def _pad(self, seqs: list[list[int]], *, left: bool):
        """(ids, attention mask) on the engine's device, padded on the left or the right."""
        torch = _import_torch()
        width = max(map(len, seqs))
        ids = torch.full((len(seqs), width), self.pad_id, dtype=torch.long)
        mask = torch.zeros((len(seqs), width), dtype=torch.long)
        for r, s in enumerate(seqs):
            cols = slice(width - len(s), width) if left else slice(0, len(s))
            ids[r, cols] = torch.tensor(s, dtype=torch.long)
            mask[r, cols] = 1
        return ids.to(self.device), mask.to(self.device)

    # --- contract ----------------------------------------------------------------------------
    def score(self, requests: Sequence[ScoreRequest]) -> list[Score | Failure]:
        """Label probabilities with two reuses that make scoring cheap:

        - the template head (system prompt + policy, ~200 tokens, identical for every prompt of a
          shape) is run once and its KV cache shared by every row;
        - a follow-up label (the Agent's) is scored by extending each row's KV cache with the few
          tokens of both branches, not by re-running the prompt.
        Results equal a plain full forward pass over each sequence (tested).
        """
        torch = _import_torch()
        rows = [self._prepare(r) for r in requests]
        groups: dict[tuple[str, int], list[int]] = {}
        for i, row in enumerate(rows):
            groups.setdefault((row.head_text, row.head_len), []).append(i)
        p1: list[float] = [0.0] * len(rows)
        p2: list[list[float | None]] = [[None, None] for _ in rows]
        with torch.inference_mode():
            for (head_text, head_len), idxs in groups.items():
                head_kv = self._head_kv(head_text, head_len)
                idxs.sort(key=lambda i: len(rows[i].ctx), reverse=True)
                for s in range(0, len(idxs), self.batch_size):
                    batch = idxs[s:s + self.batch_size]
                    first, second = self._run_batch([rows[i] for i in batch], head_len, head_kv)
                    for k, i in enumerate(batch):
                        p1[i] = first[k]
                        if second is not None and rows[i].branches is not None:
                            p2[i] = second[k]
        return [Score(p1[i], tuple(p2[i]) if rows[i].branches is not None else None)
                for i in range(len(rows))]

    def _prepare(self, r: ScoreRequest) -> _Row:
        suffixes = [r.prefix + c for c in r.choices]
        if r.followup is not None:
            suffixes += [r.prefix + c + r.followup + d for c in r.choices for d in r.choices]
        ids = encode(self.tokenizer, r.prompt, suffixes, max_length=self.max_length).ids
        j = first_divergence(ids[0], ids[1])
        ctx = ids[0][:j]
        branches = None
        if r.followup is not None:
            branches = []
            for a, b in (ids[2:4], ids[4:6]):
                k = first_divergence(a, b)
                if a[:j] != ctx or k <= j:
                    raise EngineError("the follow-up continuation does not extend the first label's "
                                      "tokens; this tokenizer cannot share the first pass")
                branches.append((a[j:k], (a[k], b[k])))
        head_text, head_ids = self._head_ids(r.prompt)
        head_len = 0
        for a, b in zip(head_ids, ctx[:len(ctx) - 1]):  # keep >= 1 token to run
            if a != b:
                break
            head_len += 1
        if head_len < _MIN_HEAD:
            head_text, head_len = "", 0
        return _Row(ctx, (ids[0][j], ids[1][j]), branches, head_text, head_len)

    def _head_ids(self, prompt: RenderedPrompt) -> tuple[str, list[int]]:
        """Template text before the first message, and its token ids (cached per text)."""
        head = []
        for p in prompt.pieces:
            if p.is_content:
                break
            head.append(p)
        text = "".join(p.text for p in head)
        if text not in self._heads:
            self._heads[text] = (encode(self.tokenizer, RenderedPrompt(prompt.conversation, tuple(head))
                                        ).ids[0], None)
        return text, self._heads[text][0]

    def _head_kv(self, text: str, length: int):
        """KV cache tensors (per layer) of the first ``length`` head tokens; computed once."""
        if not length:
            return None
        ids, kv = self._heads[text]
        if kv is None or kv[0][0].shape[-2] < length:
            torch = _import_torch()
            out = self.decoder(input_ids=torch.tensor([ids], device=self.device), use_cache=True)
            kv = [(layer.keys, layer.values) for layer in _out_cache(out).layers]
            self._heads[text] = (ids, kv)
        return [(k[..., :length, :], v[..., :length, :]) for k, v in kv]

    def _cache(self, head_kv, batch: int):
        from transformers import DynamicCache

        if head_kv is None:
            return DynamicCache()
        return DynamicCache(ddp_cache_data=[(k.expand(batch, -1, -1, -1), v.expand(batch, -1, -1, -1))
                                            for k, v in head_kv])

    def _label_probs(self, hidden, pairs):
        torch = _import_torch()
        logits = self.lm_head(hidden).float()
        cap = getattr(self.model.config, "final_logit_softcapping", None)
        if cap:
            logits = cap * torch.tanh(logits / cap)
        two = logits.gather(1, torch.tensor(pairs, device=logits.device))
        return torch.softmax(two, dim=-1)[:, 1].tolist()

    def _run_batch(self, rows: list[_Row], head_len: int, head_kv):
        torch = _import_torch()
        n = len(rows)
        bodies = [r.ctx[head_len:] for r in rows]
        ids, body_mask = self._right_pad(bodies)
        lens = torch.tensor([len(b) for b in bodies], device=self.device)
        mask = torch.cat([torch.ones((n, head_len), dtype=torch.long, device=self.device), body_mask], 1)
        pos = torch.arange(head_len, head_len + ids.shape[1], device=self.device).expand(n, -1)
        need_branches = any(r.branches is not None for r in rows)
        out = self.decoder(input_ids=ids, attention_mask=mask, position_ids=pos,
                           use_cache=need_branches, **{self._cache_kw: self._cache(head_kv, n)})
        last = out.last_hidden_state[torch.arange(n, device=self.device), lens - 1]
        first = self._label_probs(last, [r.pair for r in rows])
        if not need_branches:
            return first, None
        # both branches of every row: extend each row's cache with "choice + follow-up" tokens
        sel = [(k, c) for k, r in enumerate(rows) if r.branches is not None for c in (0, 1)]
        index = torch.tensor([k for k, _ in sel], device=self.device)
        cache = _out_cache(out)
        cache.batch_select_indices(index)
        conts = [rows[k].branches[c][0] for k, c in sel]
        cont_ids, cont_mask = self._right_pad(conts)
        cont_lens = torch.tensor([len(c) for c in conts], device=self.device)
        mask2 = torch.cat([mask[index], cont_mask], 1)
        pos2 = (head_len + lens[index])[:, None] + torch.arange(cont_ids.shape[1], device=self.device)
        out2 = self.decoder(input_ids=cont_ids, attention_mask=mask2, position_ids=pos2,
                            use_cache=False, **{self._cache_kw: cache})
        last2 = out2.last_hidden_state[torch.arange(len(sel), device=self.device), cont_lens - 1]
        probs = self._label_probs(last2, [rows[k].branches[c][1] for k, c in sel])
        second: list[list[float | None]] = [[None, None] for _ in rows]
        for (k, c), p in zip(sel, probs):
            second[k][c] = p
        return first, second

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


def _out_cache(out: Any) -> Any:
    cache = getattr(out, "cache", None)
    return cache if cache is not None else out.past_key_values


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
