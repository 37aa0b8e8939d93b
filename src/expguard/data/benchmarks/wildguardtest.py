"""WildGuardTest (Han et al. 2024, AI2): prompt and response harm, vanilla and adversarial prompts.

Source: HF ``allenai/wildguardmix``, config ``wildguardtest``, split ``test`` (1,725 rows public;
gated: accept the terms on the hub and log in), ODC-BY; not shipped as files. A local copy in the
hub schema (JSON lines) may be put at ``<data_dir>/wildguardtest/test.jsonl``.

Hub schema used: ``prompt, adversarial (bool), response, prompt_harm_label, response_harm_label,
response_refusal_label, subcategory`` (labels "harmful"/"unharmful"/null; refusal
"refusal"/"compliance"/null); other columns (agreement scores) are ignored.

Label rules (spec §3.3):
- ``wildguardtest:prompt``: drop rows with a null ``prompt_harm_label``;
  ``prompt_harmful = prompt_harm_label == "harmful"``; the response is dropped.
- ``wildguardtest:response``: drop rows with a null ``response_harm_label`` (and, since there is
  nothing to judge, rows with an empty response); ``response_harmful = response_harm_label ==
  "harmful"``; the raw prompt label (and refusal label) are kept in ``meta``.
Both: ``subset`` = "adversarial" if ``adversarial`` else "vanilla"; ``category`` = ``subcategory``.
Unlike the original (anything but "harmful" is unharmful), a label other than
"harmful"/"unharmful"/null raises ``DataError``. Texts are kept verbatim.
Counts: at most 1,725 per task (before dropping null labels); not counted here (gated).

Ids: the data has none, so ``"wildguardtest:<row index>"`` (hub, 0-based, before dropping) or
``"test.jsonl:<line>"`` (local, 1-based).
"""

from __future__ import annotations

from typing import Any

from ...errors import DataError
from ...schema import Conversation, Sample
from .base import Benchmark, HFSource, hub_reader, jsonl_reader, need

HUB = "allenai/wildguardmix"
FILE = "test.jsonl"
LABELS = {"harmful": True, "unharmful": False}


def _harmful(row: Any, key: str, where: str, line: int) -> bool | None:
    value = need(row, key, file=where, line=line, types=(str, type(None)))
    if value is not None and value not in LABELS:
        raise DataError(f"expected 'harmful', 'unharmful' or null, got {value!r}", file=where,
                        line=line, field=key)
    return None if value is None else LABELS[value]


def _fields(row: Any, where: str, line: int) -> dict[str, Any]:
    """Prompt, subset and category, checked."""
    prompt = need(row, "prompt", file=where, line=line)
    if not prompt.strip():
        raise DataError("empty prompt", file=where, line=line, field="prompt")
    adversarial = need(row, "adversarial", file=where, line=line, types=bool)
    category = need(row, "subcategory", file=where, line=line, types=(str, type(None)))
    return {"prompt": prompt, "subset": "adversarial" if adversarial else "vanilla",
            "category": category or None}


def _prompt(row: Any, sid: str, where: str, line: int) -> Sample | None:
    harmful = _harmful(row, "prompt_harm_label", where, line)
    if harmful is None:
        return None
    f = _fields(row, where, line)
    return Sample(Conversation.of(f["prompt"]), id=sid, prompt_harmful=harmful, subset=f["subset"],
                  category=f["category"])


def _response(row: Any, sid: str, where: str, line: int) -> Sample | None:
    harmful = _harmful(row, "response_harm_label", where, line)
    if harmful is None:
        return None
    f = _fields(row, where, line)
    response = need(row, "response", file=where, line=line, types=(str, type(None)))
    if not response or not response.strip():
        return None
    _harmful(row, "prompt_harm_label", where, line)   # validated; kept raw in meta
    return Sample(Conversation.of(f["prompt"], response), id=sid, response_harmful=harmful,
                  subset=f["subset"], category=f["category"],
                  meta={"prompt_harm_label": row["prompt_harm_label"],
                        "response_refusal_label": row.get("response_refusal_label")})


_COMMON: dict[str, Any] = {"folder": "wildguardtest", "files": (FILE,),
                           "hf": HFSource(HUB, "wildguardtest", "test", gated=True),
                           "subsets": ("subset", "category"), "license": "ODC-BY",
                           "tags": ("paper", "general")}

PROMPT = Benchmark(
    name="wildguardtest:prompt", task="prompt", description="WildGuardTest prompt harm",
    local=jsonl_reader(FILE, _prompt), from_hf=hub_reader("wildguardtest", HUB, _prompt),
    **_COMMON)

RESPONSE = Benchmark(
    name="wildguardtest:response", task="response", description="WildGuardTest response harm",
    local=jsonl_reader(FILE, _response), from_hf=hub_reader("wildguardtest", HUB, _response),
    **_COMMON)
