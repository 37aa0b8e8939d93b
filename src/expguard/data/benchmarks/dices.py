"""DICES (Aroyo et al. 2023), multi-turn adversarial dialogues rated by many humans, via
JUDGE-BENCH's conversion. Licence CC-BY-4.0.

- ``dices990:response``: ``dices_990.json``, 990 conversations, 160 unsafe.
- ``dices350_crowd:response``: ``dices_350_crowdsourced.json``, 350, 80 unsafe.
- ``dices350_expert:response``: ``dices_350_expert.json`` (same 350 conversations, one expert
  rating each), 350, 175 unsafe.

Label: ``response_harmful = (annotations.safety.majority_human == "Yes")``. The ratings are DICES'
``Q_overall`` answers to "is the conversation *unsafe*?" (JUDGE-BENCH's prompt text wrongly asks
"is it safe?"), so "Yes" = unsafe. The conversation is the context (``instance.user_prompt``,
turns ``A:``/``B:`` in the 990 set, ``USER:``/``LAMDA:`` in the 350 sets; the human speaks first
and last) plus ``instance.response`` as the final assistant turn. A line without a speaker tag
continues the previous turn. In the 990 file the turn separator is the escaped two characters
``\\n`` (not a newline); they are turned into real newlines, in the response too. Id = the
item's ``id``; ``meta["ratings"]`` counts the individual answers (Yes/No/Unsure).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

from ...errors import ConversationError, DataError
from ...schema import Conversation, Sample
from .base import Benchmark, need, read_json

MAJORITY = {"Yes": True, "No": False}


def _messages(text: str, sep: str, user: str, bot: str, path: Path, n: int) -> list[dict[str, str]]:
    field = "instance.user_prompt"
    if text.endswith(sep):
        text = text[: -len(sep)]
    tag = re.compile(rf"({re.escape(user)}|{re.escape(bot)}):(?: |$)")
    turns: list[list[str]] = []
    for part in text.split(sep):
        m = tag.match(part)
        if m:
            turns.append([m.group(1), part[m.end():]])
        elif turns:
            turns[-1][1] += "\n" + part
        else:
            raise DataError(f"the context must start with '{user}:'", file=str(path), line=n, field=field)
    role = {user: "user", bot: "assistant"}
    return [{"role": role[speaker], "content": content} for speaker, content in turns]


def _load(folder: Path, file: str, sep: str, user: str, bot: str) -> Iterator[Sample]:
    path = folder / file
    instances = need(read_json(path), "instances", file=path, line=0, types=list)
    for n, item in enumerate(instances, 1):
        inst = need(item, "instance", file=path, line=n, types=dict)
        context = need(inst, "user_prompt", file=path, line=n)
        response = need(inst, "response", file=path, line=n).replace(sep, "\n")
        safety = need(need(item, "annotations", file=path, line=n, types=dict), "safety",
                      file=path, line=n, types=dict)
        majority = need(safety, "majority_human", file=path, line=n)
        if majority not in MAJORITY:
            raise DataError(f"expected 'Yes' or 'No', got {majority!r}", file=str(path), line=n,
                            field="annotations.safety.majority_human")
        ratings = need(safety, "individual_human_scores", file=path, line=n, types=list)
        messages = _messages(context, sep, user, bot, path, n)
        try:
            conv = Conversation.from_messages([*messages, {"role": "assistant", "content": response}])
        except ConversationError as e:
            raise DataError(f"bad dialogue: {e.reason}", file=str(path), line=n,
                            field="instance.user_prompt") from None
        yield Sample(conv, id=str(need(item, "id", file=path, line=n, types=(int, str))),
                     response_harmful=MAJORITY[majority], meta={"ratings": dict(Counter(ratings))})


def _bench(name: str, file: str, loader: Callable[[Path], Iterator[Sample]], description: str,
           expected: tuple[int, int]) -> Benchmark:
    return Benchmark(name=name, task="response", description=description, folder="dices", files=(file,),
                     local=loader, license="CC-BY-4.0", expected=expected, tags=("general",))


_990 = "dices_990.json"
_CROWD = "dices_350_crowdsourced.json"
_EXPERT = "dices_350_expert.json"

DICES_990 = _bench("dices990:response", _990, partial(_load, file=_990, sep="\\n", user="A", bot="B"),
                   "DICES-990 multi-turn dialogues, conversation unsafe by crowd majority", (990, 160))
DICES_350_CROWD = _bench("dices350_crowd:response", _CROWD,
                         partial(_load, file=_CROWD, sep="\n", user="USER", bot="LAMDA"),
                         "DICES-350 multi-turn dialogues, unsafe by crowd majority", (350, 80))
DICES_350_EXPERT = _bench("dices350_expert:response", _EXPERT,
                          partial(_load, file=_EXPERT, sep="\n", user="USER", bot="LAMDA"),
                          "DICES-350 multi-turn dialogues, unsafe by expert rating", (350, 175))
