"""vLLM in-process engine (optional extra ``vllm``; imported only when this engine is built).

Prompts go in as token ids built by ``guard.encoding`` (so message content can never become
special tokens, and truncation cuts content, not instructions). Scoring asks vLLM for one token
with top-k logprobs and reads the two label token ids; a label missing from the top-k gets the
smallest listed logprob (an upper bound).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from ...errors import EngineError, MissingDependencyError
from ..encoding import encode, first_divergence
from ..template import RenderedPrompt
from .base import Engine, Failure, ScoreRequest


class VLLMEngine(Engine):
    name = "vllm"

    def __init__(self, model: str, *, revision: str | None = None, dtype: str = "auto",
                 tensor_parallel_size: int = 1, gpu_memory_utilization: float = 0.9,
                 max_model_len: int | None = None, logprobs: int = 20, batch_size: int | None = None,
                 trust_remote_code: bool = False, llm: Any | None = None, **llm_kwargs: Any) -> None:
        try:
            import vllm
        except ImportError as e:
            raise MissingDependencyError("the 'vllm' engine", "vllm") from e
        self._vllm = vllm
        self.model_id, self.revision, self.logprobs = model, revision, logprobs
        self.batch_size = batch_size or 256  # vLLM schedules its own batches
        dtype = {"bf16": "bfloat16", "fp16": "float16", "fp32": "float32"}.get(dtype, dtype)
        self.llm = llm or vllm.LLM(model=model, revision=revision, dtype=dtype,
                                   tensor_parallel_size=tensor_parallel_size,
                                   gpu_memory_utilization=gpu_memory_utilization,
                                   max_model_len=max_model_len, trust_remote_code=trust_remote_code,
                                   **llm_kwargs)
        self.tokenizer = self.llm.get_tokenizer()
        self.max_length = max_model_len or getattr(
            getattr(getattr(self.llm, "llm_engine", None), "model_config", None), "max_model_len", None)

    def describe(self) -> dict[str, Any]:
        return {"engine": self.name, "model": self.model_id, "revision": self.revision,
                "max_length": self.max_length}

    def _score(self, requests: Sequence[ScoreRequest]) -> list[float | Failure]:
        prompts, pairs = [], []
        for r in requests:
            neg, pos = encode(self.tokenizer, r.prompt, [r.prefix + r.choices[0], r.prefix + r.choices[1]],
                              max_length=self.max_length).ids
            j = first_divergence(neg, pos)
            prompts.append({"prompt_token_ids": neg[:j]})
            pairs.append((neg[j], pos[j]))
        params = self._vllm.SamplingParams(temperature=0.0, max_tokens=1, logprobs=self.logprobs)
        outs = self.llm.generate(prompts, params, use_tqdm=False)
        result: list[float | Failure] = []
        for out, (neg_id, pos_id) in zip(outs, pairs):
            top = out.outputs[0].logprobs[0]  # {token_id: Logprob}
            lps = {int(k): float(getattr(v, "logprob", v)) for k, v in top.items()}
            if neg_id not in lps and pos_id not in lps:
                raise EngineError(f"neither label token is among vLLM's top-{len(lps)} logprobs")
            floor = min(lps.values())
            ln, lp = lps.get(neg_id, floor), lps.get(pos_id, floor)
            result.append(1.0 / (1.0 + math.exp(ln - lp)))
        return result

    def generate(self, prompts: Sequence[RenderedPrompt], *, max_new_tokens: int = 128
                 ) -> list[str | Failure]:
        limit = self.max_length - max_new_tokens if self.max_length else None
        ids = [{"prompt_token_ids": encode(self.tokenizer, p, max_length=limit).ids[0]} for p in prompts]
        params = self._vllm.SamplingParams(temperature=0.0, top_p=1.0, max_tokens=max_new_tokens)
        return [o.outputs[0].text for o in self.llm.generate(ids, params, use_tqdm=False)]

    def close(self) -> None:
        self.llm = None
