"""JailbreakBench (Chao et al., NeurIPS 2024 D&B): JBB-Behaviors goals and attack artifacts.
Licence MIT.

- ``jailbreakbench:prompt``: ``jailbreakbench.json`` (a reformat of JBB-Behaviors keeping only
  ``{text, label}``; rows 1-100 the harmful goals in JBB order, 101-200 the topically matched benign
  goals): ``prompt_harmful = (label == "harmful")`` -> **200 prompts, 100 harmful**. Ids
  ``"<file>:<n>"`` (1-based position); ``meta["jbb_index"]`` = the 0-based JBB index within its half
  (the artifacts' ``index`` for harmful goals).
- ``jailbreakbench:response``: the 18 ``artifacts/attack-artifacts/<method>/<attack_type>/<model>.json``
  files (``DSN/submission.json``, ``DSN/evaluation.json`` and ``attack-info.json`` repackage the same
  results and are not read). prompt = the jailbreak ``prompt`` (``prompt_harmful = True``), response
  = ``response``, ``response_harmful = jailbroken``; rows with a null response (attack produced no
  prompt) are skipped -> **1,637 pairs, 937 harmful** (163 skipped). The ``jailbroken`` flags come
  from JailbreakBench's AUTOMATIC judge (Llama-3-70B), not from humans. Ids
  ``"<method>/<attack_type>/<model>:<index>"``; subset = method (DSN, GCG, JBC, PAIR,
  prompt_with_random_search); category = the JBB category.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ...errors import DataError
from ...schema import Conversation, Sample
from .base import Benchmark, need, read_json

FILE = "jailbreakbench.json"
LABELS = {"harmful": True, "safe": False}
_MODELS_4 = ("gpt-3.5-turbo-1106", "gpt-4-0125-preview", "llama-2-7b-chat-hf", "vicuna-13b-v1.5")
_WHITE_BOX = ("llama-2-7b-chat-hf", "vicuna-13b-v1.5")
RUNS = (tuple(f"DSN/white_box/{m}" for m in _WHITE_BOX)
        + tuple(f"GCG/white_box/{m}" for m in _WHITE_BOX)
        + tuple(f"GCG/transfer/{m}" for m in _MODELS_4[:2])
        + tuple(f"JBC/manual/{m}" for m in _MODELS_4)
        + tuple(f"PAIR/black_box/{m}" for m in _MODELS_4)
        + tuple(f"prompt_with_random_search/black_box/{m}" for m in _MODELS_4))
ARTIFACTS = tuple(f"artifacts/attack-artifacts/{r}.json" for r in RUNS)


def _prompts(folder: Path) -> Iterator[Sample]:
    path = folder / FILE
    data = read_json(path)
    if not isinstance(data, list):
        raise DataError(f"expected a list, got {type(data).__name__}", file=str(path))
    for n, row in enumerate(data, 1):
        label = need(row, "label", file=path, line=n)
        if label not in LABELS:
            raise DataError(f"expected one of {list(LABELS)}, got {label!r:.60}", file=str(path),
                            line=n, field="label")
        yield Sample(Conversation.of(need(row, "text", file=path, line=n)), id=f"{FILE}:{n}",
                     prompt_harmful=LABELS[label], meta={"jbb_index": (n - 1) % 100})


def _responses(folder: Path) -> Iterator[Sample]:
    for run, file in zip(RUNS, ARTIFACTS):
        path = folder / file
        data = read_json(path)
        jailbreaks = need(data, "jailbreaks", file=path, line=0, types=list)
        method, attack_type, model = run.split("/")
        for n, row in enumerate(jailbreaks, 1):
            response = need(row, "response", file=path, line=n, types=(str, type(None)))
            if response is None:
                continue
            index = need(row, "index", file=path, line=n, types=int)
            yield Sample(Conversation.of(need(row, "prompt", file=path, line=n), response),
                         id=f"{run}:{index}", prompt_harmful=True,
                         response_harmful=need(row, "jailbroken", file=path, line=n, types=bool),
                         subset=method, category=need(row, "category", file=path, line=n),
                         meta={"model": model, "attack_type": attack_type, "index": index,
                               "goal": need(row, "goal", file=path, line=n),
                               "behavior": need(row, "behavior", file=path, line=n)})


PROMPT = Benchmark(
    name="jailbreakbench:prompt", task="prompt",
    description="JBB-Behaviors: 100 harmful goals + 100 topically matched benign goals",
    folder="jailbreakbench", files=(FILE,), local=_prompts,
    license="MIT", expected=(200, 100), tags=("general",))

RESPONSE = Benchmark(
    name="jailbreakbench:response", task="response",
    description="JailbreakBench attack artifacts (5 attacks x 2-4 models); labels from an "
                "automatic judge (JailbreakBench Llama-3-70B `jailbroken` flags), not humans",
    folder="jailbreakbench", files=ARTIFACTS, local=_responses, subsets=("subset", "category"),
    license="MIT", expected=(1637, 937), tags=("general", "auto-labels"))
