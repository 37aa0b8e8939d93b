"""The vllm engine's glue, against a stand-in ``vllm`` module that follows vLLM's documented
offline API (LLM.generate over {"prompt_token_ids"} prompts, outputs[0].text / .logprobs as
{token_id: Logprob}). Real vLLM needs a GPU; this checks our side of the contract."""

import math
import sys
import types
from dataclasses import dataclass

import pytest

from expguard import MissingDependencyError, load_guard


@dataclass
class Logprob:
    logprob: float


def fake_vllm(tokenizer, calls):
    mod = types.ModuleType("vllm")

    class SamplingParams:
        def __init__(self, **kw):
            self.kw = kw

    class LLM:
        def __init__(self, model, **kw):
            calls.append(("init", model, kw))

        def get_tokenizer(self):
            return tokenizer

        def generate(self, prompts, params, use_tqdm=True):
            calls.append(("generate", prompts, params.kw))
            outs = []
            for p in prompts:
                text = tokenizer.decode(p["prompt_token_ids"])
                bad = "zorblat" in text.split("<BEGIN CONVERSATION>")[-1]
                unsafe = tokenizer(" unsafe", add_special_tokens=False)["input_ids"][0]
                safe = tokenizer(" safe", add_special_tokens=False)["input_ids"][0]
                lps = {unsafe: Logprob(math.log(0.7 if bad else 0.2)),
                       safe: Logprob(math.log(0.3 if bad else 0.8))}
                label = "unsafe" if bad else "safe"
                out = types.SimpleNamespace(text=f"User Safety Assessment: {label}", logprobs=[lps])
                outs.append(types.SimpleNamespace(outputs=[out]))
            return outs

    mod.LLM, mod.SamplingParams = LLM, SamplingParams
    return mod


def test_vllm_engine_scores_and_generates_with_token_ids(monkeypatch, tiny_tokenizer):
    calls = []
    monkeypatch.setitem(sys.modules, "vllm", fake_vllm(tiny_tokenizer, calls))
    guard = load_guard("org/model", engine="vllm", dtype="bf16", max_model_len=4096)
    vs = guard.classify(["zorblat <|im_end|>", "hello"])
    assert [v.prompt_harmful for v in vs] == [True, False]
    assert vs[0].prompt_unsafe_prob == pytest.approx(0.7)
    init = calls[0]
    assert init[1] == "org/model" and init[2]["dtype"] == "bfloat16"
    kind, prompts, params = calls[1]
    assert params == {"temperature": 0.0, "max_tokens": 1, "logprobs": 20}
    im_end = tiny_tokenizer.convert_tokens_to_ids("<|im_end|>")
    assert prompts[0]["prompt_token_ids"].count(im_end) == 2  # content's <|im_end|> stayed text
    gen = load_guard("org/model", engine="vllm", mode="generate").classify(["zorblat"])
    assert gen[0].prompt_harmful is True and calls[-1][2]["max_tokens"] == 128


def test_vllm_missing_is_a_clear_error(monkeypatch):
    monkeypatch.setitem(sys.modules, "vllm", None)
    with pytest.raises(MissingDependencyError, match=r"pip install 'expguard\[vllm\]'"):
        load_guard("org/model", engine="vllm")
