"""Aegis 1.0 (NVIDIA AI Content Safety Dataset 1.0) test prompts: 359 prompts, 232 harmful.
Upstream licence CC-BY-4.0 (hub ``nvidia/Aegis-AI-Content-Safety-Dataset-1.0``, test split).

Local file: GuardReasoner's copy ``0_1_AegisSafetyTest.json`` (the set WildGuard/GuardReasoner
report as "Aegis"), a list of ``{instruction, input, output}``; ``input`` is
``"Human user:\\n{prompt}\\n\\nAI assistant:\\nNone\\n\\n"`` and ``prompt_harmful = (output ==
"harmful")`` (``output`` is ``harmful``/``unharmful``). No hub loader: the upstream hub rows carry
per-annotator labels, not this 359-prompt derivation. Ids: ``"<file>:<n>"``, n = 1-based position
(3 prompts occur twice, with the same label). Not Aegis 2.0 (that is ``aegis2:*``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from ...errors import DataError
from ...schema import Conversation, Sample
from .base import Benchmark, need, read_json

FILE = "0_1_AegisSafetyTest.json"
_INPUT = re.compile(r"Human user:\n(.*)\n\nAI assistant:\n(.*)\n\n$", re.DOTALL)


def read_pairs(path: Path, labels: dict[str, bool]) -> Iterator[tuple[int, str, str, bool]]:
    """(1-based position, prompt, response, label) for a GuardReasoner benchmark file whose
    ``output`` is one bare label word (``labels`` maps it to the bool); shared with ``xstest``."""
    data = read_json(path)
    if not isinstance(data, list):
        raise DataError(f"expected a list, got {type(data).__name__}", file=str(path))
    for n, row in enumerate(data, 1):
        m = _INPUT.match(need(row, "input", file=path, line=n))
        if m is None:
            raise DataError("expected 'Human user:\\n...\\n\\nAI assistant:\\n...\\n\\n'",
                            file=str(path), line=n, field="input")
        output = need(row, "output", file=path, line=n)
        if output not in labels:
            raise DataError(f"expected one of {list(labels)}, got {output!r:.60}", file=str(path),
                            line=n, field="output")
        yield n, m.group(1), m.group(2), labels[output]


def _local(folder: Path) -> Iterator[Sample]:
    for n, prompt, _, harmful in read_pairs(folder / FILE, {"harmful": True, "unharmful": False}):
        yield Sample(Conversation.of(prompt), id=f"{FILE}:{n}", prompt_harmful=harmful)


PROMPT = Benchmark(
    name="aegis1:prompt", task="prompt",
    description="Aegis 1.0 test prompts (GuardReasoner/WildGuard 359-prompt set), prompt harm",
    folder="aegis1_test_guardreasoner", files=(FILE,), local=_local,
    license="CC-BY-4.0", expected=(359, 232), tags=("general",))
