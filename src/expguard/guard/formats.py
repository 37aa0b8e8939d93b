"""The guard's answer format: ONE definition, used to build training targets, to read generated
text, and to place the label positions for scoring.

ExpGuard answers ``User Safety Assessment: safe|unsafe`` and, when the conversation ends with the
assistant, ``\\nAgent Safety Assessment: safe|unsafe``, then EOS.

Parsing is per field: a malformed Agent line never spoils a valid User line (the original marks
the whole item as a parse error, spec §7.4), and a parse failure is a *status*, never a label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..schema import Status


@dataclass(frozen=True, slots=True)
class FieldReading:
    harmful: bool | None
    status: Status


@dataclass(frozen=True, slots=True)
class Reading:
    prompt: FieldReading
    response: FieldReading | None  # None when no response was expected


@dataclass(frozen=True)
class AssessmentFormat:
    user_prefix: str = "User Safety Assessment:"
    agent_prefix: str = "\nAgent Safety Assessment:"
    safe: str = "safe"
    unsafe: str = "unsafe"
    sep: str = " "

    # --- building -----------------------------------------------------------------------------
    def label(self, harmful: bool) -> str:
        return self.unsafe if harmful else self.safe

    def target(self, prompt_harmful: bool, response_harmful: bool | None = None) -> str:
        """The answer text (without EOS) a guard should produce for these labels."""
        text = f"{self.user_prefix}{self.sep}{self.label(prompt_harmful)}"
        if response_harmful is not None:
            text += f"{self.agent_prefix}{self.sep}{self.label(response_harmful)}"
        return text

    # --- scoring ------------------------------------------------------------------------------
    @property
    def choices(self) -> tuple[str, str]:
        """(negative, positive) continuations at a label position."""
        return (self.sep + self.safe, self.sep + self.unsafe)

    def score_prefix(self, prompt_harmful: bool | None = None) -> str:
        """Trusted text before a label position: the User label's, or (given the chosen User
        label) the Agent label's."""
        if prompt_harmful is None:
            return self.user_prefix
        return f"{self.user_prefix}{self.sep}{self.label(prompt_harmful)}{self.agent_prefix}"

    # --- parsing ------------------------------------------------------------------------------
    def parse(self, text: str, *, expect_response: bool) -> Reading:
        """Read generated text. Tolerates surrounding whitespace and case; nothing else."""
        return Reading(self._field(text, self.user_prefix),
                       self._field(text, self.agent_prefix.lstrip("\n")) if expect_response else None)

    def _field(self, text: str, prefix: str) -> FieldReading:
        m = re.search(rf"^[ \t]*{re.escape(prefix)}[ \t]*(.*?)[ \t]*$", text, re.MULTILINE)
        if m is None:
            return FieldReading(None, Status.MISSING)
        value = m.group(1).strip().lower()
        if value == self.unsafe:
            return FieldReading(True, Status.OK)
        if value == self.safe:
            return FieldReading(False, Status.OK)
        return FieldReading(None, Status.PARSE_ERROR)


EXPGUARD_FORMAT = AssessmentFormat()
