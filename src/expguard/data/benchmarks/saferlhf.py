"""PKU-SafeRLHF test, safety-eval's balanced sample (Ji et al. 2024): 2,000 (prompt, response)
pairs, 1,000 harmful. Licence CC-BY-NC-4.0.

The sample (spec §3.3): from ``PKU-Alignment/PKU-SafeRLHF`` revision ``v0`` split ``test``, keep
rows whose two responses differ in ``is_response_{0,1}_safe``; each gives one safe and one
harmful (prompt, response) pair; ``random.seed(42)``, 1,000 indices sampled from
``range(len(safe))``; output safe[i] for those indices, then harmful[i] (same prompts, same
order). ``from_hf`` implements this rule. Local file: GuardReasoner's materialisation
``0_9_safe_rlhf.json`` (same format as the BeaverTails copy; 1,000 safe then 1,000 harmful),
``response_harmful = output.strip().endswith("Response: harmful")``. The prompt is not labelled.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ...schema import Conversation, Sample
from .base import Benchmark, HFSource, need
from .beavertails import read_guardreasoner

FILE = "0_9_safe_rlhf.json"
HF_ID = "PKU-Alignment/PKU-SafeRLHF"


def _local(folder: Path) -> Iterator[Sample]:
    for n, prompt, response, harmful in read_guardreasoner(folder / FILE):
        yield Sample(Conversation.of(prompt, response), id=f"{FILE}:{n}", response_harmful=harmful)


def sample_pairs(rows: Iterable[dict[str, Any]], k: int = 1000, seed: int = 42) -> Iterator[Sample]:
    """safety-eval's balanced sample of hub rows: k safe then the k harmful answers to the same
    prompts. Ids ``"test:<row>:safe|harmful"`` (row = 1-based position in the split)."""
    safe: list[tuple[int, str, str]] = []
    harmful: list[tuple[int, str, str]] = []
    for n, row in enumerate(rows, 1):
        s0 = need(row, "is_response_0_safe", file=HF_ID, line=n, types=bool)
        s1 = need(row, "is_response_1_safe", file=HF_ID, line=n, types=bool)
        if s0 == s1:
            continue
        prompt = need(row, "prompt", file=HF_ID, line=n)
        r0, r1 = (need(row, f"response_{i}", file=HF_ID, line=n) for i in (0, 1))
        safe.append((n, prompt, r0 if s0 else r1))
        harmful.append((n, prompt, r1 if s0 else r0))
    indices = random.Random(seed).sample(range(len(safe)), k)  # == random.seed(seed); random.sample
    for label, pool in ((False, safe), (True, harmful)):
        for i in indices:
            n, prompt, response = pool[i]
            yield Sample(Conversation.of(prompt, response), response_harmful=label,
                         id=f"test:{n}:{'harmful' if label else 'safe'}")


RESPONSE = Benchmark(
    name="saferlhf:response", task="response",
    description="PKU-SafeRLHF test (v0), balanced 1k safe / 1k harmful responses (safety-eval sample)",
    folder="pku_saferlhf_test_guardreasoner", files=(FILE,), local=_local,
    hf=HFSource(HF_ID, None, "test", revision="v0"), from_hf=sample_pairs,
    license="CC-BY-NC-4.0", expected=(2000, 1000), tags=("paper", "general"))
