"""The error tree. Every error the package raises on purpose is an ``ExpguardError``.

Errors say *where* (file, line, field) and *what to do* (the pip command, the closest name).
Nothing here ever turns into a verdict: a failed engine call is an error or an explicit
``engine_error`` status, never "safe".
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable


class ExpguardError(Exception):
    """Base class of every error raised by expguard on purpose."""


class DataError(ExpguardError, ValueError):
    """Bad input data. Names the file, line (1-based) and field when they are known."""

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None,
                 field: str | None = None) -> None:
        self.file, self.line, self.field, self.reason = file, line, field, message
        where = []
        if file is not None:
            where.append(str(file) + (f":{line}" if line is not None else ""))
        elif line is not None:
            where.append(f"item {line}")
        if field is not None:
            where.append(f"field {field!r}")
        super().__init__((", ".join(where) + ": " if where else "") + message)


class ConversationError(DataError):
    """A conversation the ExpGuard template cannot render (empty, wrong role order, ...)."""


class MissingDependencyError(ExpguardError, ImportError):
    """An optional dependency is not installed; the message names the pip command."""

    def __init__(self, what: str, extra: str, package: str | None = None) -> None:
        pkg = f" ({package})" if package else ""
        super().__init__(f"{what} needs the '{extra}' extra{pkg}: pip install 'expguard[{extra}]'")
        self.extra = extra


class UnknownNameError(ExpguardError, KeyError):
    """A name not found in a registry; suggests the closest known names."""

    def __init__(self, kind: str, name: str, known: Iterable[str]) -> None:
        known = sorted(known)
        close = difflib.get_close_matches(name, known, n=3, cutoff=0.5)
        hint = f" Did you mean {', '.join(repr(c) for c in close)}?" if close else ""
        self.name, self.known = name, known
        super().__init__(f"unknown {kind} {name!r}.{hint} Known: {', '.join(known) or '(none)'}")

    def __str__(self) -> str:  # KeyError would repr() the message
        return self.args[0]


class EngineError(ExpguardError, RuntimeError):
    """An engine could not produce an answer (server down, bad response, model failure)."""
