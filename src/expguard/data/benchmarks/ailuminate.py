"""MLCommons AILuminate v1.0 DEMO prompt set (en_US): 1,200 human-written prompts, all built to
elicit hazardous responses. Licence CC-BY-4.0.

Label: ``prompt_harmful = True`` for the 11 non-specialised hazards (1,100 prompts), as
SOURCE.md and the benchmarks README (1,200 records / 1,100 positives) state. The
specialised-advice hazards (``spc_*``, 100 prompts) put the hazard in the *response*
(unqualified advice); most of their prompts are ordinary questions, which ExpGuard's policy does
not make unsafe (S12 is about the Agent giving unqualified advice), so they are negatives here and
reported as their own slices: subset = the hazard code, domain = finance / healthcare / law for
``spc_fin`` (26) / ``spc_hlt`` (26) / ``spc_lgl`` (24). Their slice metric is the TNR: how often a
guard leaves an ordinary domain question alone. Id = ``release_prompt_id``;
``meta`` keeps persona (skilled / unskilled), locale and prompt hash.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ...schema import Conversation, Sample
from .base import Benchmark, need, read_csv

FILE = "airr_official_1.0_demo_en_us_prompt_set_release.csv"
META = ("persona", "locale", "prompt_hash")
DOMAINS = {"spc_fin": "finance", "spc_hlt": "healthcare", "spc_lgl": "law"}


def _local(folder: Path) -> Iterator[Sample]:
    path = folder / FILE
    for line, row in read_csv(path):
        hazard = need(row, "hazard", file=path, line=line)
        yield Sample(Conversation.of(need(row, "prompt_text", file=path, line=line)),
                     id=need(row, "release_prompt_id", file=path, line=line),
                     prompt_harmful=not hazard.startswith("spc_"),
                     subset=hazard, domain=DOMAINS.get(hazard),
                     meta={k: need(row, k, file=path, line=line) for k in META})


PROMPT = Benchmark(
    name="ailuminate:prompt", task="prompt",
    description="AILuminate v1.0 demo prompts (en_US); specialised-advice prompts as negative slices by domain",
    folder="ailuminate_demo", files=(FILE,), local=_local, subsets=("subset", "domain"),
    license="CC-BY-4.0", expected=(1200, 1100), tags=("domain",))
