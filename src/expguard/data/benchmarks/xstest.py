"""XSTest v2 (Röttger et al., NAACL 2024): exaggerated-safety prompts and human-labelled responses.

- ``xstest:prompt``: ``xstest/xstest_prompts.csv`` (``id, prompt, type, label, focus, note``):
  ``prompt_harmful = (label == "unsafe")`` as safety-eval/ExpGuard do: **450 prompts, 200 unsafe**.
  id = ``id``; subset = ``type`` (10 safe types, 8 ``contrast_*`` unsafe types). Hub:
  ``Paul/XSTest`` split ``train``, same columns and rule. Licence CC-BY-4.0.
- ``xstest:response`` / ``xstest:refusal``: the WildGuard "XSTest-Resp" human labels, GuardReasoner's
  copies in ``xstest_response_guardreasoner/`` (list of ``{instruction, input, output}``, ``input`` =
  ``"Human user:\\n{prompt}\\n\\nAI assistant:\\n{response}\\n\\n"``):
  ``response_harmful = (output == "harmful")`` -> **446 pairs, 78 harmful**;
  ``response_refusal = (output == "refusal")`` -> **449 pairs, 178 refusals**. Every prompt is joined
  (exact text) to ``xstest_prompts.csv`` for ``prompt_harmful`` and subset = ``type``; ids
  ``"<file>:<n>"`` (1-based position), the XSTest id in ``meta``. These human labels are used, not
  the ``prompt unsafe and full compliance`` proxy some papers derive from the completions.
- ``xstest_completions:refusal``: ``xstest/model_completions/xstest_v2_completions_<model>.csv``
  (5 models x 450, two annotators + adjudication): ``response_refusal = final_label in
  {2_full_refusal, 3_partial_refusal}`` -> **2,250 completions, 1,159 refusals** (gpt4 220,
  llama2new 274, llama2orig 349, mistralguard 240, mistralinstruct 76). subset = model; id =
  ``"<model>:<id>"`` (``gpt4:v2-1`` ...); ``prompt_harmful = type.startswith("contrast")``.
  Completions are under the model providers' terms (Meta, Mistral, OpenAI).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ...errors import DataError
from ...schema import Conversation, Sample
from .aegis1 import read_pairs
from .base import Benchmark, HFSource, need, read_csv

PROMPTS = "xstest_prompts.csv"
HARM = "0_6_xstest_response_harmful.json"
REFUSALS = "0_7_xstest_response_refusal.json"
JOIN = f"../xstest/{PROMPTS}"  # from xstest_response_guardreasoner/
MODELS = ("gpt4", "llama2new", "llama2orig", "mistralguard", "mistralinstruct")
COMPLETIONS = tuple(f"model_completions/xstest_v2_completions_{m}.csv" for m in MODELS)
LABELS = {"safe": False, "unsafe": True}
FINAL = {"1_full_compliance": False, "2_full_refusal": True, "3_partial_refusal": True}


def _label(value: str, allowed: dict[str, bool], *, file: Path | str, line: int, field: str) -> bool:
    if value not in allowed:
        raise DataError(f"expected one of {list(allowed)}, got {value!r:.60}", file=str(file),
                        line=line, field=field)
    return allowed[value]


def _prompt_rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    for line, row in read_csv(path):
        yield line, {k: need(row, k, file=path, line=line) for k in ("id", "prompt", "type", "label")} | {
            "harmful": _label(row["label"], LABELS, file=path, line=line, field="label"),
            "focus": row.get("focus"), "note": row.get("note")}


def _prompts(folder: Path) -> Iterator[Sample]:
    for _, r in _prompt_rows(folder / PROMPTS):
        yield Sample(Conversation.of(r["prompt"]), id=r["id"], prompt_harmful=r["harmful"],
                     subset=r["type"], meta={"focus": r["focus"], "note": r["note"]})


def _from_hf(rows: Iterable[dict[str, Any]]) -> Iterator[Sample]:
    for n, row in enumerate(rows, 1):
        label = need(row, "label", file="Paul/XSTest", line=n)
        yield Sample(Conversation.of(need(row, "prompt", file="Paul/XSTest", line=n)),
                     id=str(need(row, "id", file="Paul/XSTest", line=n, types=(str, int))),
                     prompt_harmful=_label(label, LABELS, file="Paul/XSTest", line=n, field="label"),
                     subset=need(row, "type", file="Paul/XSTest", line=n),
                     meta={"focus": row.get("focus"), "note": row.get("note")})


def _joined(folder: Path, file: str, labels: dict[str, bool], label_field: str) -> Iterator[Sample]:
    by_prompt = {r["prompt"]: r for _, r in _prompt_rows(folder / JOIN)}
    path = folder / file
    for n, prompt, response, label in read_pairs(path, labels):
        if prompt not in by_prompt:
            raise DataError(f"prompt not found in {PROMPTS}: {prompt!r:.60}", file=str(path), line=n,
                            field="input")
        x = by_prompt[prompt]
        yield Sample(Conversation.of(prompt, response), id=f"{file}:{n}", prompt_harmful=x["harmful"],
                     subset=x["type"], meta={"xstest_id": x["id"]}, **{label_field: label})


def _responses(folder: Path) -> Iterator[Sample]:
    return _joined(folder, HARM, {"harmful": True, "unharmful": False}, "response_harmful")


def _refusals(folder: Path) -> Iterator[Sample]:
    return _joined(folder, REFUSALS, {"refusal": True, "compliance": False}, "response_refusal")


def _completions(folder: Path) -> Iterator[Sample]:
    for model, file in zip(MODELS, COMPLETIONS):
        path = folder / file
        for line, row in read_csv(path):
            r = {k: need(row, k, file=path, line=line)
                 for k in ("id", "type", "prompt", "completion", "final_label")}
            yield Sample(Conversation.of(r["prompt"], r["completion"]), id=f"{model}:{r['id']}",
                         prompt_harmful=r["type"].startswith("contrast"),
                         response_refusal=_label(r["final_label"], FINAL, file=path, line=line,
                                                 field="final_label"),
                         subset=model,
                         meta={"type": r["type"], "final_label": r["final_label"],
                               "annotations": (row.get("annotation_1"), row.get("annotation_2")),
                               "agreement": row.get("agreement")})


PROMPT = Benchmark(
    name="xstest:prompt", task="prompt",
    description="XSTest v2 prompts: 250 safe look-alikes + 200 unsafe contrasts (over-refusal)",
    folder="xstest", files=(PROMPTS,), local=_prompts,
    hf=HFSource("Paul/XSTest", None, "train"), from_hf=_from_hf,
    subsets=("subset",), license="CC-BY-4.0", expected=(450, 200), tags=("paper", "general"))

RESPONSE = Benchmark(
    name="xstest:response", task="response",
    description="XSTest-Resp (WildGuard): human response-harm labels on responses to XSTest prompts",
    folder="xstest_response_guardreasoner", files=(HARM, JOIN), local=_responses,
    subsets=("subset",), license="CC-BY-4.0 (XSTest prompts); none stated for the labels",
    expected=(446, 78), tags=("general",))

REFUSAL = Benchmark(
    name="xstest:refusal", task="refusal",
    description="XSTest-Resp (WildGuard): human refusal labels on responses to XSTest prompts",
    folder="xstest_response_guardreasoner", files=(REFUSALS, JOIN), local=_refusals,
    subsets=("subset",), license="CC-BY-4.0 (XSTest prompts); none stated for the labels",
    expected=(449, 178), tags=("general",))

COMPLETIONS_REFUSAL = Benchmark(
    name="xstest_completions:refusal", task="refusal",
    description="XSTest v2 model completions (5 models), human refusal labels (full or partial)",
    folder="xstest", files=COMPLETIONS, local=_completions,
    subsets=("subset",), license="CC-BY-4.0 (prompts); completions under Meta/Mistral/OpenAI terms",
    expected=(2250, 1159), tags=("general",))
