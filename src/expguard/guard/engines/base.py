"""The engine contract.

An engine turns rendered prompts into either generated text or label probabilities. It knows
nothing about labels or formats: the guard hands it trusted continuation text (``prefix``) and the
two competing continuations (``choices``), and reads back P(choices[1]).

Per-item failures (an HTTP error after retries, say) come back as ``Failure`` objects in the
result list when the engine was built with ``on_error="mark"``; otherwise the engine raises
``EngineError``. A failure is never turned into an answer.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..template import RenderedPrompt


@dataclass(frozen=True, slots=True)
class ScoreRequest:
    prompt: RenderedPrompt
    prefix: str                # trusted text appended to the prompt, e.g. "User Safety Assessment:"
    choices: tuple[str, str]   # (negative, positive), e.g. (" safe", " unsafe")


@dataclass(frozen=True, slots=True)
class Failure:
    message: str


class Engine(ABC):
    """Base class of engines. Subclasses implement ``score`` and/or ``generate``."""

    name: str = "engine"
    supports_scoring: bool = True
    supports_generation: bool = True

    def score(self, requests: Sequence[ScoreRequest]) -> list[float | Failure]:
        """P(choices[1]) renormalised over the two choices, at the first token where they differ."""
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
