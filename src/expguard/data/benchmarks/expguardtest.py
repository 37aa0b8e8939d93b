"""ExpGuardTest, the ExpGuard paper's expert-domain test set (finance, healthcare, law).

Source: HF ``6rightjade/expguardmix``, config ``expguardtest``, split ``test`` (spec §3.3); it is not
shipped as files. Whoever holds the historical in-repo ``expguardtest/test.jsonl`` (same schema) can
put it at ``<data_dir>/expguardtest/test.jsonl`` and run offline. Reserved for independent
evaluation: never train or tune on it.

Schema (spec §6.1): ``prompt, response, prompt_label, response_label, prompt_category,
response_category, domain, scenario``; labels "safe"/"unsafe"; ``domain`` in finance/healthcare/law;
a prompt-only row has ``response`` "" or null (and its response fields are ignored).

Label rules:
- ``expguardtest:prompt``: every row; ``prompt_harmful = prompt_label == "unsafe"``;
  category = ``prompt_category``; the response is dropped.
- ``expguardtest:response``: rows with a non-empty response only (whitespace counts as empty);
  ``response_harmful = response_label == "unsafe"``; category = ``response_category``; the prompt's
  label is kept in ``meta["prompt_label"]``.
Unlike the original (anything but "unsafe" is safe), a label other than "safe"/"unsafe" raises
``DataError``. Texts are kept verbatim.

Counts (historical test.jsonl, the paper's numbers; the hub copy may drift, spec §7.12):
- prompt: 2,275 / 1,256 unsafe: finance 964 (576), healthcare 771 (393), law 540 (287);
- response: 1,188 / 673 unsafe: finance 522 (318), healthcare 386 (199), law 280 (156).

Ids: the data has none, so ``"expguardtest:<row index>"`` (hub, 0-based) or ``"test.jsonl:<line>"``
(local, 1-based); a row's prompt and response samples share the id.
"""

from __future__ import annotations

from typing import Any

from ...errors import DataError
from ...schema import Conversation, Sample
from ...taxonomy import EXPERT_DOMAINS
from .base import Benchmark, HFSource, hub_reader, jsonl_reader, need

HUB = "6rightjade/expguardmix"
FILE = "test.jsonl"
LABELS = {"safe": False, "unsafe": True}


def _label(row: Any, key: str, where: str, line: int) -> bool:
    value = need(row, key, file=where, line=line)
    if value not in LABELS:
        raise DataError(f"expected 'safe' or 'unsafe', got {value!r}", file=where, line=line, field=key)
    return LABELS[value]


def _opt_str(row: Any, key: str, where: str, line: int) -> str | None:
    value = row.get(key)
    if value is not None and not isinstance(value, str):
        raise DataError(f"expected a string or null, got {type(value).__name__}", file=where,
                        line=line, field=key)
    return value or None


def _prompt_domain(row: Any, where: str, line: int) -> tuple[str, str]:
    prompt = need(row, "prompt", file=where, line=line)
    if not prompt.strip():
        raise DataError("empty prompt", file=where, line=line, field="prompt")
    domain = need(row, "domain", file=where, line=line)
    if domain not in EXPERT_DOMAINS:
        raise DataError(f"expected one of {', '.join(EXPERT_DOMAINS)}, got {domain!r}", file=where,
                        line=line, field="domain")
    return prompt, domain


def _prompt(row: Any, sid: str, where: str, line: int) -> Sample:
    prompt, domain = _prompt_domain(row, where, line)
    return Sample(Conversation.of(prompt), id=sid,
                  prompt_harmful=_label(row, "prompt_label", where, line), domain=domain,
                  category=_opt_str(row, "prompt_category", where, line),
                  meta={"scenario": _opt_str(row, "scenario", where, line)})


def _response(row: Any, sid: str, where: str, line: int) -> Sample | None:
    prompt, domain = _prompt_domain(row, where, line)
    response = need(row, "response", file=where, line=line, types=(str, type(None)))
    if not response or not response.strip():
        return None
    _label(row, "prompt_label", where, line)   # validated; kept raw in meta
    return Sample(Conversation.of(prompt, response), id=sid,
                  response_harmful=_label(row, "response_label", where, line), domain=domain,
                  category=_opt_str(row, "response_category", where, line),
                  meta={"prompt_label": row["prompt_label"],
                        "scenario": _opt_str(row, "scenario", where, line)})


_COMMON: dict[str, Any] = {"folder": "expguardtest", "files": (FILE,),
                           "hf": HFSource(HUB, "expguardtest", "test"), "subsets": ("domain",),
                           "tags": ("paper", "domain")}

PROMPT = Benchmark(
    name="expguardtest:prompt", task="prompt",
    description="ExpGuardTest prompt harm (finance, healthcare, law)",
    local=jsonl_reader(FILE, _prompt), from_hf=hub_reader("expguardtest", HUB, _prompt),
    expected=(2275, 1256), **_COMMON)

RESPONSE = Benchmark(
    name="expguardtest:response", task="response",
    description="ExpGuardTest response harm (finance, healthcare, law), rows with a response",
    local=jsonl_reader(FILE, _response), from_hf=hub_reader("expguardtest", HUB, _response),
    expected=(1188, 673), **_COMMON)
