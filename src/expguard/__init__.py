"""expguard: LLM content moderation for finance, healthcare and law.

The public API. Importing this package is cheap: torch, transformers, vllm and httpx load only
when an engine that needs them is created.

    >>> from expguard import load_guard
    >>> guard = load_guard("path/or/hub-id")
    >>> guard.classify([{"prompt": "...", "response": "..."}])[0].prompt_harmful
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "load_guard": "expguard.guard.guards",
    "Guard": "expguard.guard.guards",
    "GUARDS": "expguard.guard.guards",
    "ChatTemplate": "expguard.guard.template",
    "AssessmentFormat": "expguard.guard.formats",
    "EXPGUARD_FORMAT": "expguard.guard.formats",
    "Conversation": "expguard.schema",
    "Message": "expguard.schema",
    "Sample": "expguard.schema",
    "Verdict": "expguard.schema",
    "Status": "expguard.schema",
    "CATEGORIES": "expguard.taxonomy",
    "DOMAINS": "expguard.taxonomy",
    "ExpguardError": "expguard.errors",
    "DataError": "expguard.errors",
    "ConversationError": "expguard.errors",
    "EngineError": "expguard.errors",
    "MissingDependencyError": "expguard.errors",
    "UnknownNameError": "expguard.errors",
}

__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        value = getattr(import_module(_EXPORTS[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'expguard' has no attribute {name!r}")


def __dir__() -> list[str]:
    return __all__


if TYPE_CHECKING:  # pragma: no cover  (re-exports for type checkers and IDEs)
    from .errors import (ConversationError, DataError, EngineError, ExpguardError,  # noqa: F401
                         MissingDependencyError, UnknownNameError)
    from .guard.formats import EXPGUARD_FORMAT, AssessmentFormat  # noqa: F401
    from .guard.guards import GUARDS, Guard, load_guard  # noqa: F401
    from .guard.template import ChatTemplate  # noqa: F401
    from .schema import Conversation, Message, Sample, Status, Verdict  # noqa: F401
    from .taxonomy import CATEGORIES, DOMAINS  # noqa: F401
