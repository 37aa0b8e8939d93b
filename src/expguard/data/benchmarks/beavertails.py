"""BeaverTails 30k_test (Ji et al. 2023): 3,021 (prompt, response) pairs, 1,733 harmful.
Licence CC-BY-NC-4.0.

Local file: GuardReasoner's copy ``0_A_beaver_tails.json`` (list of ``{instruction, input,
output}``); ``input`` is ``"Human user:\\n{prompt}\\n\\nAI assistant:\\n{response}\\n\\n"`` and
``response_harmful = output.strip().endswith("Response: harmful")`` (= BeaverTails
``is_safe == False``). Hub: ``PKU-Alignment/BeaverTails`` split ``30k_test``, harmful iff
``not is_safe`` (the safety-eval rule; the ``category`` dict goes to ``meta``). The prompt is not
labelled (BeaverTails labels the QA pair). Ids: ``"<file>:<n>"`` / ``"30k_test:<n>"``, n = 1-based
position in the list / split.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ...errors import DataError
from ...schema import Conversation, Sample
from .base import Benchmark, HFSource, need, read_json

FILE = "0_A_beaver_tails.json"
HF_ID = "PKU-Alignment/BeaverTails"
_INPUT = re.compile(r"Human user:\n(.*)\n\nAI assistant:\n(.*)\n\n$", re.S)
_LABELS = {"Response: harmful": True, "Response: unharmful": False}


def read_guardreasoner(path: Path) -> Iterator[tuple[int, str, str, bool]]:
    """(1-based position, prompt, response, response_harmful) for a GuardReasoner benchmark file
    (shared with ``saferlhf``)."""
    data = read_json(path)
    if not isinstance(data, list):
        raise DataError(f"expected a list, got {type(data).__name__}", file=str(path))
    for n, row in enumerate(data, 1):
        m = _INPUT.match(need(row, "input", file=path, line=n))
        if m is None or not m.group(2):
            raise DataError("expected 'Human user:\\n...\\n\\nAI assistant:\\n...\\n\\n'",
                            file=str(path), line=n, field="input")
        verdict = need(row, "output", file=path, line=n).strip().rsplit("\n", 1)[-1]
        if verdict not in _LABELS:
            raise DataError(f"expected the last line to be one of {list(_LABELS)}, got {verdict!r}",
                            file=str(path), line=n, field="output")
        yield n, m.group(1), m.group(2), _LABELS[verdict]


def _local(folder: Path) -> Iterator[Sample]:
    for n, prompt, response, harmful in read_guardreasoner(folder / FILE):
        yield Sample(Conversation.of(prompt, response), id=f"{FILE}:{n}", response_harmful=harmful)


def _from_hf(rows: Iterable[dict[str, Any]]) -> Iterator[Sample]:
    for n, row in enumerate(rows, 1):
        prompt = need(row, "prompt", file=HF_ID, line=n)
        response = need(row, "response", file=HF_ID, line=n)
        is_safe = need(row, "is_safe", file=HF_ID, line=n, types=bool)
        yield Sample(Conversation.of(prompt, response), id=f"30k_test:{n}", response_harmful=not is_safe,
                     meta={"category": row.get("category")})


RESPONSE = Benchmark(
    name="beavertails:response", task="response",
    description="BeaverTails 30k_test, response harm of the QA pair (crowd is_safe)",
    folder="beavertails_30k_test_guardreasoner", files=(FILE,), local=_local,
    hf=HFSource(HF_ID, None, "30k_test"), from_hf=_from_hf,
    license="CC-BY-NC-4.0", expected=(3021, 1733), tags=("paper", "general"))
