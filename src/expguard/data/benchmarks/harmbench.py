"""HarmBench (Mazeika et al. 2024): text behaviours (prompt harm) and the human-labelled
classifier validation set (response harm). Upstream licence MIT.

- ``harmbench:prompt``: ``harmbench_behaviors_text_all.csv`` (400 behaviours), keeping
  ``FunctionalCategory != "contextual"`` as ExpGuard/safety-eval do: **300 prompts, all harmful**
  (standard 200, copyright 100). prompt = ``Behavior`` (no context), id = ``BehaviorID``,
  subset = FunctionalCategory, category = SemanticCategory. The paper's 239 are the same rule on
  the 320-row *test* split; the local file is val + test (no split column), hence 300.
- ``harmbench:response``: ``harmbench_text_behaviors_val_set.json`` (301 behaviours x 2):
  prompt = ``test_case``, response = ``generation``; harmful iff ``human_0 + human_1 + human_2 >= 2``
  (majority of 3 humans, as safety-eval/ExpGuard): **602 pairs, 273 harmful**. subset
  ``vanilla`` iff ``experiment == "default"`` else ``adversarial`` (33 / 569). id =
  ``"<behavior_id>:<index in its list>"``. Other classifiers' predictions are not kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ...errors import DataError
from ...schema import Conversation, Sample
from .base import Benchmark, need, read_csv, read_json

BEHAVIORS = "harmbench_behaviors_text_all.csv"
VAL_SET = "harmbench_text_behaviors_val_set.json"
FUNCTIONAL = ("standard", "contextual", "copyright")
HUMANS = ("human_0", "human_1", "human_2")


def _prompts(folder: Path) -> Iterator[Sample]:
    path = folder / BEHAVIORS
    for line, row in read_csv(path):
        functional = need(row, "FunctionalCategory", file=path, line=line)
        if functional not in FUNCTIONAL:
            raise DataError(f"expected one of {FUNCTIONAL}, got {functional!r}", file=str(path),
                            line=line, field="FunctionalCategory")
        if functional == "contextual":
            continue
        yield Sample(Conversation.of(need(row, "Behavior", file=path, line=line)),
                     id=need(row, "BehaviorID", file=path, line=line), prompt_harmful=True,
                     subset=functional, category=need(row, "SemanticCategory", file=path, line=line),
                     meta={"tags": need(row, "Tags", file=path, line=line)})


def _get(item: Any, key: str, where: str, path: Path, n: int, types: type | tuple[type, ...] = str) -> Any:
    try:
        return need(item, key, file=path, line=n, types=types)
    except DataError as e:
        raise DataError(e.reason, file=e.file, line=e.line, field=f"{where}.{key}") from None


def _responses(folder: Path) -> Iterator[Sample]:
    path = folder / VAL_SET
    data = read_json(path)
    if not isinstance(data, dict):
        raise DataError(f"expected an object of behaviour id -> list, got {type(data).__name__}",
                        file=str(path))
    n = 0  # running item number (1-based) over the whole file, used as the error "line"
    for behavior_id, items in data.items():
        if not isinstance(items, list):
            raise DataError("expected a list", file=str(path), line=n + 1, field=behavior_id)
        for j, item in enumerate(items):
            n += 1
            where = f"{behavior_id}[{j}]"
            votes = [_get(item, h, where, path, n, int) for h in HUMANS]
            if any(v not in (0, 1) for v in votes):
                raise DataError(f"expected 0/1 votes, got {votes}", file=str(path), line=n,
                                field=f"{where}.human_*")
            experiment = _get(item, "experiment", where, path, n)
            yield Sample(Conversation.of(_get(item, "test_case", where, path, n),
                                         _get(item, "generation", where, path, n)),
                         id=f"{behavior_id}:{j}", prompt_harmful=True, response_harmful=sum(votes) >= 2,
                         subset="vanilla" if experiment == "default" else "adversarial",
                         meta={"behavior_id": behavior_id, "human": votes, "experiment": experiment,
                               "method": item.get("method"), "model": item.get("model")})


PROMPT = Benchmark(
    name="harmbench:prompt", task="prompt",
    description="HarmBench text behaviours, standard + copyright (no context), all harmful",
    folder="harmbench", files=(BEHAVIORS,), local=_prompts, subsets=("subset", "category"),
    license="MIT", expected=(300, 300), tags=("paper", "general"))

RESPONSE = Benchmark(
    name="harmbench:response", task="response",
    description="HarmBench classifier validation set, response harm by majority of 3 humans",
    folder="harmbench", files=(VAL_SET,), local=_responses, subsets=("subset",),
    license="MIT", expected=(602, 273), tags=("paper", "general"))
