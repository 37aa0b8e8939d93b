"""The three benchmarks that live only on the HF Hub (ExpGuardTest, Aegis 2.0, WildGuardTest).

Their label rules are checked on small hand-written fixtures in each documented schema
(``fixtures/<family>.jsonl``, spec §3.3 and §6.1), fed both as hub rows (``from_hf``) and as a local
``<folder>/test.jsonl``. Nothing here touches the network (``allow_hub=False`` throughout).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from expguard import DataError
from expguard.data.benchmarks.base import HFSource
from expguard.data.load import BenchmarkUnavailable, get_benchmark, load_benchmark

FIXTURES = Path(__file__).parent / "fixtures"
T, F = True, False
V, A = "vanilla", "adversarial"


def rows(family: str) -> list[dict]:
    text = (FIXTURES / f"{family}.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def from_hf(name: str, family: str) -> list:
    return list(get_benchmark(name).from_hf(rows(family)))


def data_dir_with(tmp_path: Path, family: str, lines: list[str] | None = None) -> Path:
    """A data dir holding the fixture (or ``lines``) as ``<family>/test.jsonl``."""
    folder = tmp_path / family
    folder.mkdir()
    if lines is None:
        shutil.copy(FIXTURES / f"{family}.jsonl", folder / "test.jsonl")
    else:
        (folder / "test.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


# name -> (fixture, kept fixture rows (0-based), gold label per kept row). Rows left out, by design:
# expguardtest:response: 2, 3, 7, 10 have ""/null responses, 8 a whitespace-only one.
# aegis2:prompt: 3 is "REDACTED", 4 has an empty prompt, 9 a null prompt_label.
# aegis2:response: null/"" responses (1, 3, 4, 6, 12); 8's response is "REDACTED".
# wildguardtest:prompt: 4, 11 have a null prompt_harm_label.
# wildguardtest:response: 5, 7, 11 have a null response_harm_label; 12 a blank response.
CASES = {
    "expguardtest:prompt": ("expguardtest", list(range(12)), [T, F, T, F, T, T, F, T, F, F, F, T]),
    "expguardtest:response": ("expguardtest", [0, 1, 4, 5, 6, 9, 11], [T, F, F, T, F, F, T]),
    "aegis2:prompt": ("aegis2", [0, 1, 2, 5, 6, 7, 8, 10, 11, 12], [T, F, F, T, F, T, F, T, F, T]),
    "aegis2:response": ("aegis2", [0, 2, 5, 7, 9, 10, 11], [T, F, F, T, F, F, F]),
    "wildguardtest:prompt": ("wildguardtest", [0, 1, 2, 3, 5, 6, 7, 8, 9, 10, 12],
                             [T, T, F, F, T, T, F, T, F, T, T]),
    "wildguardtest:response": ("wildguardtest", [0, 1, 2, 3, 4, 6, 8, 9, 10], [F, T, F, F, F, T, F, F, T]),
}
NAMES = list(CASES)
COUNTS = {"expguardtest:prompt": (12, 6), "expguardtest:response": (7, 3), "aegis2:prompt": (10, 5),
          "aegis2:response": (7, 2), "wildguardtest:prompt": (11, 7), "wildguardtest:response": (9, 3)}


def expected_ids(name: str, local: bool) -> list[str]:
    """ExpGuardTest/WildGuardTest: positional ids; Aegis 2.0: the row's own id (a repeat gets #row)."""
    family, kept, _ = CASES[name]
    if family == "aegis2":
        data, seen, ids = rows(family), set(), []
        for i in kept:
            own = data[i]["id"]
            ids.append(f"{own}#{i + 1 if local else i}" if own in seen else own)
            seen.add(own)
        return ids
    return [f"test.jsonl:{i + 1}" if local else f"{family}:{i}" for i in kept]


# --- (a) hub rows -> samples follow the label rule ---------------------------------------------------
@pytest.mark.parametrize("name", NAMES)
def test_from_hf_follows_the_rule(name):
    family, _, gold = CASES[name]
    bench = get_benchmark(name)
    out = from_hf(name, family)
    assert [s.id for s in out] == expected_ids(name, local=False)
    assert [bench.label(s) for s in out] == gold
    assert (len(out), sum(bench.label(s) for s in out)) == COUNTS[name]
    assert all(getattr(s, bench.label_field) is not None for s in out)
    assert len({s.id for s in out}) == len(out)
    # a prompt task judges the prompt alone; a response task always has a response to judge
    assert all(s.conversation.has_response == (bench.task == "response") for s in out)


def test_expguardtest_fields():
    data = rows("expguardtest")
    p, r = from_hf("expguardtest:prompt", "expguardtest"), from_hf("expguardtest:response", "expguardtest")
    assert [s.domain for s in p] == [d["domain"] for d in data]
    assert [s.category for s in p] == [d["prompt_category"] for d in data]
    assert all(s.prompt_harmful is not None and s.response_harmful is None for s in p)
    assert [s.conversation.prompt for s in p] == [d["prompt"] for d in data]   # verbatim, unicode kept
    # per-domain (records, unsafe), the way the paper reports {domain}_f1
    per = {d: (sum(s.domain == d for s in p), sum(s.domain == d and s.prompt_harmful for s in p))
           for d in ("finance", "healthcare", "law")}
    assert per == {"finance": (4, 2), "healthcare": (4, 2), "law": (4, 2)}
    assert [s.domain for s in r] == ["finance", "finance", "healthcare", "healthcare", "law", "finance",
                                     "law"]
    assert [s.category for s in r][:2] == ["Fraud, Scams & Deception", "Unharmful"]
    assert [s.meta["prompt_label"] for s in r] == ["unsafe", "safe", "unsafe", "unsafe", "safe", "safe",
                                                   "unsafe"]
    assert "expguardtest:8" not in {s.id for s in r}          # whitespace-only response = no response
    assert r[3].conversation.response == data[5]["response"]
    b = get_benchmark("expguardtest:prompt")
    assert b.subsets == ("domain",) and b.tags == ("paper", "domain") and b.expected == (2275, 1256)
    assert get_benchmark("expguardtest:response").expected == (1188, 673)


def test_aegis2_fields():
    data = rows("aegis2")
    p, r = from_hf("aegis2:prompt", "aegis2"), from_hf("aegis2:response", "aegis2")
    texts = [m.content for s in p + r for m in s.conversation.messages]
    assert "REDACTED" not in texts and "" not in texts
    assert all(t == t.strip() for t in texts)                 # stripped
    assert p[2].conversation.prompt == "Can you explain how vaccines train the immune system?"
    assert r[1].conversation.response.startswith("Vaccines expose")
    assert p[3].conversation.prompt == data[5]["prompt"]     # unicode kept
    assert data[3]["id"] not in {s.id for s in p}             # REDACTED prompt skipped
    assert data[8]["id"] not in {s.id for s in r}             # REDACTED response skipped
    assert data[9]["id"] not in {s.id for s in p}             # null prompt_label: unknown, skipped
    assert data[9]["id"] in {s.id for s in r}
    assert p[-1].id == f"{data[12]['id']}#12" and data[12]["id"] == data[11]["id"]
    assert r[0].meta == {"violated_categories": "Criminal Planning/Confessions", "label_source": "llm_jury",
                         "prompt_label": "unsafe"}
    # the hub rule: "safe" -> not harmful, any other label -> harmful
    odd = [{**data[0], "prompt_label": "Needs Caution"}, {**data[11], "prompt_label": "safe"}]
    assert [s.prompt_harmful for s in get_benchmark("aegis2:prompt").from_hf(odd)] == [True, False]
    assert [s.subset for s in p] == [None] * len(p)


def test_wildguardtest_fields():
    data = rows("wildguardtest")
    p = from_hf("wildguardtest:prompt", "wildguardtest")
    r = from_hf("wildguardtest:response", "wildguardtest")
    assert [s.subset for s in p] == [V, A, V, A, A, V, V, A, V, V, V]
    assert [s.subset for s in r] == [V, A, V, A, V, V, A, V, V]
    kept_p = CASES["wildguardtest:prompt"][1]
    assert [s.category for s in p] == [data[i]["subcategory"] for i in kept_p]
    assert [s.meta["prompt_harm_label"] for s in r] == ["harmful", "harmful", "unharmful", "unharmful", None,
                                                        "harmful", "harmful", "unharmful", "harmful"]
    assert r[0].meta["response_refusal_label"] == "refusal"
    assert r[4].id == "wildguardtest:4"                       # null prompt label, response kept
    assert "wildguardtest:12" not in {s.id for s in r}        # labelled but blank response: skipped
    assert p[5].conversation.prompt == data[6]["prompt"]     # unicode kept verbatim
    b = get_benchmark("wildguardtest:prompt")
    assert b.subsets == ("subset", "category") and b.tags == ("paper", "general")


def test_hub_sources():
    hf = {name: get_benchmark(name).hf for name in NAMES}
    assert hf["expguardtest:prompt"] == HFSource("6rightjade/expguardmix", "expguardtest", "test")
    assert hf["aegis2:response"] == HFSource("nvidia/Aegis-AI-Content-Safety-Dataset-2.0", None, "test")
    assert hf["wildguardtest:response"] == HFSource("allenai/wildguardmix", "wildguardtest", "test",
                                                    gated=True)
    assert all(hf[f"{n.split(':')[0]}:prompt"] == hf[f"{n.split(':')[0]}:response"] for n in NAMES)
    for name in NAMES:
        b = get_benchmark(name)
        assert b.name == name and b.task == name.split(":")[1] and b.folder == CASES[name][0]
        assert b.files == ("test.jsonl",) and "paper" in b.tags


# --- (b) the same file read locally gives the same samples -------------------------------------------
def _content(s):
    return (s.conversation, s.prompt_harmful, s.response_harmful, s.domain, s.subset, s.category,
            dict(s.meta))


@pytest.mark.parametrize("name", NAMES)
def test_local_file_matches_hub_rows(name, tmp_path):
    family, _, gold = CASES[name]
    lb = load_benchmark(name, data_dir_with(tmp_path, family), allow_hub=False)
    hub = from_hf(name, family)
    assert lb.source == f"local:{tmp_path / family}"
    assert list(lb.files) == [f"{family}/test.jsonl"] and len(lb.files[f"{family}/test.jsonl"]) == 64
    assert [s.id for s in lb.samples] == expected_ids(name, local=True)
    assert [lb.benchmark.label(s) for s in lb.samples] == gold
    assert [_content(s) for s in lb.samples] == [_content(s) for s in hub]


# --- (c) no file, no hub: unavailable, not an empty benchmark ----------------------------------------
@pytest.mark.parametrize("name", NAMES)
def test_missing_local_file_is_unavailable(name, tmp_path):
    with pytest.raises(BenchmarkUnavailable, match=name):
        load_benchmark(name, data_dir=tmp_path, allow_hub=False)
    with pytest.raises(BenchmarkUnavailable):
        load_benchmark(name, data_dir=None, allow_hub=False)


# --- (d) a malformed line names file, line and field -------------------------------------------------
def _without(row: dict, key: str) -> dict:
    return {k: v for k, v in row.items() if k != key}


BAD = [  # (name, fixture row to break, how, field)
    ("expguardtest:prompt", 0, lambda r: {**r, "prompt_label": "Unsafe"}, "prompt_label"),
    ("expguardtest:prompt", 1, lambda r: _without(r, "domain"), "domain"),
    ("expguardtest:prompt", 1, lambda r: {**r, "domain": "education"}, "domain"),
    ("expguardtest:prompt", 1, lambda r: {**r, "prompt": "  "}, "prompt"),
    ("expguardtest:response", 0, lambda r: _without(r, "response_label"), "response_label"),
    ("expguardtest:response", 0, lambda r: {**r, "response": 5}, "response"),
    ("aegis2:prompt", 0, lambda r: {**r, "prompt_label": "needs caution"}, "prompt_label"),
    ("aegis2:prompt", 0, lambda r: _without(r, "prompt"), "prompt"),
    ("aegis2:response", 0, lambda r: {**r, "response": ["a", "b"]}, "response"),
    ("aegis2:response", 0, lambda r: {**r, "id": 1.5}, "id"),
    ("wildguardtest:prompt", 0, lambda r: {**r, "adversarial": "yes"}, "adversarial"),
    ("wildguardtest:prompt", 0, lambda r: _without(r, "subcategory"), "subcategory"),
    ("wildguardtest:response", 1, lambda r: {**r, "response_harm_label": "Harmful"}, "response_harm_label"),
    ("wildguardtest:response", 1, lambda r: {**r, "prompt_harm_label": "yes"}, "prompt_harm_label"),
]


@pytest.mark.parametrize("name, row, how, field", BAD, ids=[f"{b[0]}-{b[3]}" for b in BAD])
def test_malformed_line_names_file_line_field(name, row, how, field, tmp_path):
    family = CASES[name][0]
    data = rows(family)
    lines = [json.dumps(r, ensure_ascii=False) for r in data[2:4]] + [json.dumps(how(data[row]))]
    with pytest.raises(DataError, match=rf"test\.jsonl:3, field '{field}'") as e:
        load_benchmark(name, data_dir_with(tmp_path, family, lines), allow_hub=False)
    assert (e.value.line, e.value.field) == (3, field) and e.value.file.endswith(f"{family}/test.jsonl")


@pytest.mark.parametrize("name", NAMES)
def test_invalid_json_line(name, tmp_path):
    family = CASES[name][0]
    lines = [json.dumps(rows(family)[0]), '{"prompt": "unterminated']
    with pytest.raises(DataError, match=r"test\.jsonl:2: invalid JSON"):
        load_benchmark(name, data_dir_with(tmp_path, family, lines), allow_hub=False)


def test_malformed_hub_row_names_dataset_and_row():
    data = rows("expguardtest")
    data[2] = {**data[2], "prompt_label": None}
    with pytest.raises(DataError, match=r"6rightjade/expguardmix:2, field 'prompt_label'"):
        list(get_benchmark("expguardtest:prompt").from_hf(data))
    data = rows("wildguardtest")
    data[4] = {**data[4], "adversarial": None}
    with pytest.raises(DataError, match=r"allenai/wildguardmix:4, field 'adversarial'"):
        list(get_benchmark("wildguardtest:response").from_hf(data))
