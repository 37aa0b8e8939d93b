"""The engine contract.

An engine turns rendered prompts into either generated text or label probabilities. It knows
nothing about labels or formats: the guard hands it trusted continuation text (``prefix``) and the
two competing continuations (``choices``), and reads back P(choices[1]).

A request may carry a ``followup`` (e.g. ``"\\nAgent Safety Assessment:"``): the engine then also
scores the two choices again after ``prefix + choice + followup``, for the branch the guard will
take (the choice whose probability is on that side of ``branch_threshold``). Engines that can do
this cheaply (the ``hf`` engine reuses the first pass's KV cache) score both branches.

Per-item failures (an HTTP error after retries, say) come back as ``Failure`` objects in the
result list when the engine was built with ``on_error="mark"``; otherwise the engine raises
``EngineError``. A failure is never turned into an answer.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from ..template import RenderedPrompt


@dataclass(frozen=True, slots=True)
class ScoreRequest:
    prompt: RenderedPrompt
    prefix: str                # trusted text appended to the prompt, e.g. "User Safety Assessment:"
    choices: tuple[str, str]   # (negative, positive), e.g. (" safe", " unsafe")
    followup: str | None = None
    branch_threshold: float = 0.5

    def branch(self, positive: bool) -> ScoreRequest:
        """The follow-up request after choosing ``choices[positive]``."""
        return replace(self, prefix=self.prefix + self.choices[positive] + (self.followup or ""),
                       followup=None)


@dataclass(frozen=True, slots=True)
class Score:
    p: float                                   # P(choices[1]) at the first label position
    after: tuple[float | None, float | None] | None = None  # P(choices[1]) at the follow-up label,
    # after choices[0] / after choices[1]; the branch not taken may be None


@dataclass(frozen=True, slots=True)
class Failure:
    message: str


class Engine(ABC):
    """Base class of engines. Subclasses implement ``_score`` (one label position per request)
    and/or ``generate``; ``score`` adds follow-ups on top of ``_score``."""

    name: str = "engine"
    supports_scoring: bool = True

    def score(self, requests: Sequence[ScoreRequest]) -> list[Score | Failure]:
        """P(choices[1]) renormalised over the two choices, at the first token where they differ;
        plus the follow-up label for requests that have one."""
        first = self._score(requests)
        todo = [i for i, (r, p) in enumerate(zip(requests, first))
                if r.followup is not None and not isinstance(p, Failure)]
        second = self._score([requests[i].branch(first[i] >= requests[i].branch_threshold)
                              for i in todo]) if todo else []
        out: list[Score | Failure] = [p if isinstance(p, Failure) else Score(p) for p in first]
        for i, p2 in zip(todo, second):
            if isinstance(p2, Failure):
                out[i] = p2
            else:
                out[i] = Score(first[i], (None, p2) if first[i] >= requests[i].branch_threshold
                               else (p2, None))
        return out

    def _score(self, requests: Sequence[ScoreRequest]) -> list[float | Failure]:
        raise NotImplementedError(f"engine {self.name!r} cannot score label probabilities; "
                                  "use mode='generate'")

    def generate(self, prompts: Sequence[RenderedPrompt], *, max_new_tokens: int = 128
                 ) -> list[str | Failure]:
        """Greedy continuation text of each prompt (special tokens removed)."""
        raise NotImplementedError(f"engine {self.name!r} cannot generate; use mode='score'")

    @abstractmethod
    def describe(self) -> dict[str, Any]:
        """Provenance: engine name, model id/path, revision, and output-affecting settings."""

    def close(self) -> None:
        """Release resources (GPU memory, HTTP connections)."""

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
