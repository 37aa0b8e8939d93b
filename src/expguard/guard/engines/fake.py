"""A deterministic engine for tests, demos and harness benchmarks; registered like a real one.

It "reads" the conversation: P(unsafe) of a text is ``rule(text)`` (by default 0.9 when a trigger
word occurs, else 0.1). It generates the answer a perfect ExpGuard model would write for those
labels, or replays ``outputs`` verbatim (to test parsing). ``fail_on`` marks items whose text
contains a given marker as engine failures, ``latency_s`` adds a fixed cost per item.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

from ..formats import EXPGUARD_FORMAT, AssessmentFormat
from ..template import RenderedPrompt
from .base import Engine, Failure, ScoreRequest

DEFAULT_TRIGGERS = ("bomb", "kill", "launder", "smurf", "structure cash", "overdose", "forge",
                    "steal", "zorblat")


def keyword_rule(triggers: Sequence[str] = DEFAULT_TRIGGERS) -> Callable[[str], float]:
    low = tuple(t.lower() for t in triggers)
    return lambda text: 0.9 if any(t in text.lower() for t in low) else 0.1


class FakeEngine(Engine):
    name = "fake"

    def __init__(self, model: str = "fake", *, rule: Callable[[str], float] | None = None,
                 fmt: AssessmentFormat = EXPGUARD_FORMAT, outputs: Sequence[str] | None = None,
                 fail_on: str | None = None, latency_s: float = 0.0, **_: Any) -> None:
        self.model_id = model
        self.rule = rule or keyword_rule()
        self.fmt, self.outputs, self.fail_on, self.latency_s = fmt, outputs, fail_on, latency_s
        self.calls = {"score": 0, "generate": 0, "items": 0}

    def describe(self) -> dict[str, Any]:
        return {"engine": self.name, "model": self.model_id, "revision": None}

    def _tick(self, kind: str, n: int) -> None:
        self.calls[kind] += 1
        self.calls["items"] += n
        if self.latency_s:
            time.sleep(self.latency_s * n)

    def _failed(self, prompt: RenderedPrompt) -> bool:
        return self.fail_on is not None and self.fail_on in prompt.text

    def _score(self, requests: Sequence[ScoreRequest]) -> list[float | Failure]:
        self._tick("score", len(requests))
        out: list[float | Failure] = []
        for r in requests:
            conv = r.prompt.conversation
            if self._failed(r.prompt):
                out.append(Failure("fake failure"))
            elif r.prefix.endswith(self.fmt.agent_prefix):
                out.append(self.rule(conv.response or ""))
            else:
                out.append(self.rule(conv.prompt))
        return out

    def generate(self, prompts: Sequence[RenderedPrompt], *, max_new_tokens: int = 128
                 ) -> list[str | Failure]:
        self._tick("generate", len(prompts))
        out: list[str | Failure] = []
        for i, p in enumerate(prompts):
            if self._failed(p):
                out.append(Failure("fake failure"))
            elif self.outputs is not None:
                out.append(self.outputs[i % len(self.outputs)])
            else:
                conv = p.conversation
                resp = self.rule(conv.response) >= 0.5 if conv.has_response else None
                out.append(self.fmt.target(self.rule(conv.prompt) >= 0.5, resp))
        return out
