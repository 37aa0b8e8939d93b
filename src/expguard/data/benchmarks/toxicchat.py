"""ToxicChat (Lin et al. 2023), human-annotated test split: 2,853 prompts, 362 toxic.

Local files are the JUDGE-BENCH copy (human-annotated rows only); the hub source is
``lmsys/toxic-chat`` config ``toxicchat0124`` split ``test``, filtered to ``human_annotation``
(the same subset, as the paper's default task). Subset: ``adversarial`` (jailbreaking) or
``vanilla``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ...errors import DataError
from ...schema import Conversation, Sample
from .base import Benchmark, HFSource, need, read_json

FILE = "toxic_chat_test.json"


def _flag(inst: dict, key: str, path: Path, i: int) -> bool:
    try:
        value = inst["annotations"][key]["majority_human"]
    except (KeyError, TypeError):
        raise DataError("missing", file=str(path), line=i, field=f"annotations.{key}.majority_human") from None
    if value not in ("0", "1"):
        raise DataError(f"expected '0' or '1', got {value!r}", file=str(path), line=i,
                        field=f"annotations.{key}.majority_human")
    return value == "1"


def _local(folder: Path, file: str = FILE) -> Iterator[Sample]:
    path = folder / file
    data = read_json(path)
    instances = need(data, "instances", file=path, line=0, types=list)
    for i, inst in enumerate(instances):
        text = need(inst, "instance", file=path, line=i)
        jailbreak = _flag(inst, "jailbreaking", path, i)
        yield Sample(Conversation.of(text), id=str(need(inst, "id", file=path, line=i, types=(str, int))),
                     prompt_harmful=_flag(inst, "toxicity", path, i),
                     subset="adversarial" if jailbreak else "vanilla")


def train_samples(folder: str | Path) -> Iterator[Sample]:
    """The human-annotated TRAIN split (``toxic_chat_train.json``, 2,801 rows): training data,
    never part of the benchmark."""
    return _local(Path(folder), "toxic_chat_train.json")


def _from_hf(rows: Iterable[dict[str, Any]]) -> Iterator[Sample]:
    for i, row in enumerate(rows):
        if not row.get("human_annotation"):
            continue
        yield Sample(Conversation.of(need(row, "user_input", file="lmsys/toxic-chat", line=i)),
                     id=str(row.get("conv_id", i)), prompt_harmful=bool(row["toxicity"]),
                     subset="adversarial" if row.get("jailbreaking") else "vanilla")


PROMPT = Benchmark(
    name="toxicchat:prompt", task="prompt",
    description="ToxicChat test, human-annotated (real user prompts)",
    folder="toxicchat", files=(FILE,), local=_local,
    hf=HFSource("lmsys/toxic-chat", "toxicchat0124", "test"), from_hf=_from_hf,
    subsets=("subset",), license="CC-BY-NC-4.0", expected=(2853, 362), tags=("paper", "general"))
