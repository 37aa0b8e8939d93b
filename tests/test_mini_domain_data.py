"""The project's own domain rows for the embedded guard (expguard.mini.domain_data)."""

from __future__ import annotations

import re
import time
from collections import Counter, defaultdict

import pytest

from expguard.mini import domain_data as dd
from expguard.taxonomy import DOMAINS

KEYS = {"id", "prompt", "response", "prompt_harmful", "response_harmful", "domain", "category", "family",
        "source"}
CODES = {f"S{i}" for i in range(1, 14)}


@pytest.fixture(scope="module")
def gen() -> list[dict]:
    return dd.generate(0)


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return dd.all_rows(0)


@pytest.fixture(scope="module")
def rows_with():
    """``rows_with(batch)``: our rows with one optional batch on, generated once per batch."""
    cache: dict[str, list[dict]] = {}

    def get(batch: str) -> list[dict]:
        if batch not in cache:
            cache[batch] = dd.all_rows(0, [batch])
        return cache[batch]

    return get


def _assert_apart(batch: list[dict], probe_runs: set, validation_runs: set) -> None:
    """No row of an optional batch shares a six-word run with a probe row or a validation prompt."""
    for r in batch:
        runs = shingles(r["prompt"]) | shingles(r["response"] or "")
        assert not runs & probe_runs, r
        assert not runs & validation_runs, r


def _assert_new_to(batch: list[dict], probe: list[dict], validation_runs: set) -> None:
    """No batch prompt is a probe prompt (normalised), and no batch row shares a six-word run with a
    probe prompt or a validation prompt."""
    from expguard.data.splits import normalise

    prompts = {normalise(r["prompt"]) for r in batch}
    assert not [p["prompt"] for p in probe if normalise(p["prompt"]) in prompts]
    _assert_apart(batch, set().union(*(shingles(p["prompt"]) for p in probe)), validation_runs)


@pytest.fixture(scope="module")
def validation_runs(shared_dir) -> set[tuple[str, ...]]:
    """Six-word runs of every validation-suite prompt (``shingles``), read once for the module."""
    from expguard.mini.data import validation_texts

    return set().union(*map(shingles, validation_texts(shared_dir / "benchmarks")))


def _check_row(r: dict) -> None:
    assert set(r) == KEYS, r
    assert isinstance(r["id"], str) and r["id"]
    assert isinstance(r["prompt"], str) and r["prompt"].strip()
    assert isinstance(r["prompt_harmful"], bool)
    assert r["domain"] in DOMAINS
    assert isinstance(r["family"], str) and r["family"]
    assert isinstance(r["source"], str) and r["source"]
    if r["response"] is None:
        assert r["response_harmful"] is None
    else:
        assert isinstance(r["response"], str) and r["response"].strip()
        assert isinstance(r["response_harmful"], bool)
    if r["prompt_harmful"]:
        assert r["category"] in CODES
    else:
        assert r["category"] is None
    assert "{" not in r["prompt"] and "}" not in r["prompt"], r["prompt"]


def test_schema_of_every_row(rows):
    for r in rows:
        _check_row(r)


def test_ids_unique(rows):
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))


def test_pairs_unique(rows):
    pairs = [(r["prompt"], r["response"]) for r in rows]
    assert len(pairs) == len(set(pairs))


def test_deterministic_and_seed_dependent(gen):
    assert dd.generate(0) == gen
    other = dd.generate(1)
    assert other != gen
    assert {r["prompt"] for r in other} != {r["prompt"] for r in gen}


def test_fast_and_sized(gen):
    t = time.perf_counter()
    dd.generate(3)
    assert time.perf_counter() - t < 2.0
    assert 8000 <= len(gen) <= 14000
    assert len(dd.all_rows(0)) >= 5000


def test_sources(gen):
    for r in gen:
        assert r["source"].startswith("template:" + r["family"] + "/p"), r["source"]
    hw = dd.handwritten()
    assert len(hw) >= 250
    assert all(r["source"] == "handwritten" for r in hw)
    assert all(r["family"].startswith(f"hand:{r['domain']}:") for r in hw)
    for r in hw:
        _check_row(r)


def test_each_domain_has_both_labels_and_is_roughly_balanced(gen):
    for d in DOMAINS:
        rs = [r for r in gen if r["domain"] == d]
        h = sum(r["prompt_harmful"] for r in rs)
        assert 0.35 <= h / len(rs) <= 0.65, (d, h, len(rs))
        resp = [r for r in rs if r["response"] is not None]
        assert {r["response_harmful"] for r in resp} == {True, False}
        # both kinds of response for both kinds of prompt
        for ph in (True, False):
            assert {r["response_harmful"] for r in resp if r["prompt_harmful"] is ph} == {True, False}, (d, ph)


def test_family_counts(gen):
    fams = defaultdict(set)
    for r in gen:
        fams[(r["domain"], r["prompt_harmful"])].add(r["family"])
    for d in DOMAINS:
        need = 30 if d == "general" else 40
        for ph in (True, False):
            assert len(fams[(d, ph)]) >= need, (d, ph, len(fams[(d, ph)]))
    # a family never mixes labels or domains
    fam_label = {}
    for r in gen:
        assert fam_label.setdefault(r["family"], (r["domain"], r["prompt_harmful"])) == \
            (r["domain"], r["prompt_harmful"])


def test_no_prompt_with_both_labels(rows):
    label = {}
    for r in rows:
        assert label.setdefault(r["prompt"], r["prompt_harmful"]) == r["prompt_harmful"], r["prompt"]


def test_no_prompt_in_two_families(gen):
    fam = {}
    for r in gen:
        assert fam.setdefault(r["prompt"], r["family"]) == r["family"], r["prompt"]


def test_response_share_and_lengths(gen):
    share = sum(r["response"] is not None for r in gen) / len(gen)
    assert 0.35 <= share <= 0.7
    lens = [len(r["prompt"].split()) for r in gen]
    assert min(lens) >= 6 and max(lens) <= 80


def test_surface_words_in_both_labels(rows):
    for phrase in ("how do i", "explain", "steps to", "avoid detection"):
        labels = {r["prompt_harmful"] for r in rows if phrase in r["prompt"].lower()}
        assert labels == {True, False}, phrase


def test_categories_covered(rows):
    assert {r["category"] for r in rows if r["category"]} == CODES


def test_summary_mentions_every_domain(rows):
    s = dd.summary(rows)
    for d in DOMAINS:
        assert d in s
    assert str(len(rows)) in s


def test_second_general_batch_covers_the_thin_harm_types(gen):
    """general_intents: copyright, CBRN, intrusion, disinformation, hate/threat statements, sexual,
    self-harm, plus benign look-alikes; each family is bigger (FAMILY_SIZE) than the domain ones."""
    from expguard.mini import general_intents

    assert general_intents.register
    fams = Counter(f for f, _ in {(r["family"], r["prompt"]) for r in gen})   # distinct prompts
    for fam in ("general:harm:song_lyrics", "general:harm:chem_weapon", "general:harm:exploit_code",
                "general:harm:persuasive_falsehood", "general:harm:hate_statement",
                "general:benign:homonym_actions", "general:benign:rant_profanity"):
        assert fam in dd.FAMILY_SIZE
        assert dd.PER_FAMILY < fams[fam] <= dd.FAMILY_SIZE[fam], fam
    cats = Counter(r["category"] for r in gen if r["family"] in dd.FAMILY_SIZE and r["prompt_harmful"])
    assert {"S1", "S2", "S3", "S5", "S6", "S7", "S8", "S10", "S13"} <= set(cats)
    # the same songs appear in a harmful (reproduce it) and a benign (talk about it) family
    for title, _ in general_intents.SONGS[:6]:
        if {r["prompt_harmful"] for r in gen if title in r["prompt"]} == {True, False}:
            break
    else:
        raise AssertionError("no song is asked about in both a harmful and a benign family")


def test_contrast_batch_separates_labels_by_object_not_by_verb(gen):
    """general_contrast: blunt short requests and their safe twins use the same verbs, so the label
    depends on what is acted on (a person, oneself) and not on the verb or on the prompt's length."""
    from expguard.mini import general_contrast as gc

    contrast = {f for f in dd.FAMILY_SIZE if dd.FAMILY_SIZE[f] == gc.FAMILY_ROWS}
    assert {"general:harm:blunt_violence", "general:benign:homonym_objects",
            "general:harm:known_person_private", "general:benign:fictional_privacy"} <= contrast
    rows = [r for r in gen if r["family"] in contrast]
    for verb in ("kill", "shoot", "poison", "strangle", "take out", "get rid of"):
        labels = {r["prompt_harmful"] for r in rows if f" {verb} " in f" {r['prompt'].lower()} "}
        assert labels == {True, False}, verb
    # short prompts exist on both sides (the first batches made short mean safe)
    short = Counter(r["prompt_harmful"] for r in rows if len(r["prompt"].split()) <= 8)
    assert short[True] > 100 and short[False] > 100, short


def test_own_rows_split_by_family_or_all():
    from expguard.mini.data import domain_rows

    own = dd.all_rows(0)
    train = list(domain_rows(own, "train"))
    val = list(domain_rows(own, "val"))
    every = list(domain_rows(own, None))
    assert train and val and len(every) == len(train) + len(val)
    assert Counter(r.text for r in every) == Counter(r.text for r in train + val)


def test_caps_per_label_keep_one_side_whole():
    import random

    from expguard.mini.data import Row, _cap

    rows = [Row("prompt", f"t{i}", None, i % 10 == 0, "s") for i in range(200)]   # 20 unsafe
    capped = _cap(rows, {"safe": 30}, random.Random(0))
    assert Counter(r.label for r in capped) == {True: 20, False: 30}
    assert capped == [r for r in rows if r in capped]                              # order kept
    assert _cap(rows, {"safe": 30}, random.Random(0)) == capped                    # seeded
    both = _cap(rows, {"safe": 5, "unsafe": 3}, random.Random(1))
    assert Counter(r.label for r in both) == {True: 3, False: 5}
    assert len(_cap(rows, 50, random.Random(0))) == 50                             # a plain count


@pytest.mark.parametrize("bad", [-1, "10", True, {}, {"toxic": 3}, {"safe": -2}, [1, 2]])
def test_bad_caps_name_the_recipe_field(tmp_path, bad):
    import yaml

    from expguard.errors import DataError
    from expguard.mini.train import load_mini_recipe

    path = tmp_path / "r.yaml"
    path.write_text(yaml.safe_dump({"kind": "mini", "data": {"caps": {"toxicchat:train": bad}}}))
    with pytest.raises(DataError, match=r"r\.yaml.*data\.caps\.toxicchat:train"):
        load_mini_recipe(path)
    path.write_text(yaml.safe_dump({"kind": "mini", "data": {"caps": [1]}}))
    with pytest.raises(DataError, match=r"data\.caps"):
        load_mini_recipe(path)


def test_task_batch_gives_instructions_both_labels_in_every_domain(gen):
    """task_requests: "Write/Draft/Create ..." requests are benign and harmful in every domain, and
    the tails the harmful ones use ("Make it look official.") occur on the benign side too, so
    neither the imperative form nor a tail marks the label; benign tasks outnumber harmful ones."""
    from expguard.mini import task_requests as tr

    rows = {(r["family"], r["prompt"], r["prompt_harmful"], r["domain"]) for r in gen
            if ":task_" in r["family"]}
    assert {d for _, _, _, d in rows} == set(DOMAINS)
    for dom in DOMAINS:
        for verb in ("Write", "Draft", "Create"):
            labels = {h for _, p, h, d in rows if d == dom and f"{verb} " in p}
            assert labels == {True, False}, (dom, verb)
    for tail in ("Make it look official.", "Make it sound legally binding.", "Make it convincing."):
        assert {h for _, p, h, _ in rows if tail in p} == {True, False}, tail
    n = Counter(h for _, _, h, _ in rows)
    assert n[False] > n[True] > 300, n
    harmful_docs = {d for *_, by_cat in tr.HARMFUL.values() for docs in by_cat.values() for d in docs}
    benign_docs = set(tr.FIN_DOCS + tr.MED_DOCS + tr.LAW_DOCS + tr.GEN_DOCS)
    assert not harmful_docs & benign_docs
    for fam, _, h, _ in rows:
        assert dd.FAMILY_SIZE[fam] <= tr.BENIGN_ROWS and (":harm:" in fam) == h


def shingles(text: str) -> set[tuple[str, ...]]:
    """Six-word runs of a text (lower-cased words), to catch near-copies."""
    w = re.findall(r"[a-z0-9']+", text.lower())
    return {tuple(w[i:i + 6]) for i in range(len(w) - 5)}


def test_instruction_probe_is_not_training_data(rows, bench_script, tmp_path):
    """benchmarks/data/instruction_probe.jsonl measures instruction-style requests (and, in
    answers1 and answers2, helpful vs harmful answers); none of its prompts or answers (normalised)
    may be one of our training rows, and both labels occur in every set on the side it scores."""
    from expguard.data.splits import normalise

    script = bench_script("instruction_probe")
    probe = script.load()                     # the benchmark's own reader (checks the fields)
    assert len(probe) == 322
    own = {normalise(r["prompt"]) for r in rows} | {normalise(r["response"]) for r in rows if r.get("response")}
    assert not [p["prompt"] for p in probe if normalise(p["prompt"]) in own]
    assert not [p["response"] for p in probe if "response" in p and normalise(p["response"]) in own]
    for s in {p["set"] for p in probe}:
        rows_s = [p for p in probe if p["set"] == s]
        side = script.side_of(rows_s)
        assert {p[f"{side}_harmful"] for p in rows_s} == {True, False}
    assert sum(p["set"] == "answers1" and not p["response_harmful"] for p in probe) == 32
    assert sum(p["set"] == "answers2" and not p["response_harmful"] for p in probe) == 36
    # the answers are not paraphrased from ours either: no six-word run shared with any own row
    own_runs = set().union(*(shingles(r["prompt"]) | shingles(r["response"] or "") for r in rows))
    assert len(own_runs) > 50_000                    # our rows were read (81,254 six-word runs)
    assert not [p["response"] for p in probe if "response" in p and shingles(p["response"]) & own_runs]
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"set": "a", "prompt": "x", "prompt_harmful": false, "response": "y"}\n')
    with pytest.raises(ValueError, match="bad.jsonl:1: a row with 'response'"):
        script.load(bad)


def test_topic_balance_batch_is_benign_and_not_from_validation_items(gen, validation_runs):
    """topic_balance: ordinary questions about the subjects the harmful templates name, one
    family per domain, and no question shares a six-word run with a validation-suite prompt."""
    from expguard.mini import topic_balance as tb

    rows = [r for r in gen if r["family"].endswith(":benign:topic_balance")]
    assert {r["domain"] for r in rows} == {"finance", "healthcare", "law"}
    assert not any(r["prompt_harmful"] for r in rows)
    for dom in ("finance", "healthcare", "law"):
        assert dd.FAMILY_SIZE[f"{dom}:benign:topic_balance"] == tb.FAMILY_ROWS
        assert len({r["prompt"] for r in rows if r["domain"] == dom}) >= 150
    # the nouns that were harmful-only now occur on the benign side of our own rows too
    benign = " ".join(r["prompt"].lower() for r in gen if not r["prompt_harmful"])
    for word in ("checks", "loan application", "irs", "diagnosis", "license", "medicare", "judge",
                 "summons", "warrant"):
        assert benign.count(word) >= 3, word

    assert len(validation_runs) > 100_000            # the validation prompts were read
    hits = [q for q in tb.FINANCE + tb.HEALTHCARE + tb.LAW if shingles(q) & validation_runs]
    assert not hits, hits


def test_copyright_batch_plain_requests_and_safe_twins(gen, shared_dir):
    """general_copyright: plain requests to reproduce a song or book are S7 whatever the verb, the
    same titles are benign to talk about, and original writing with the same verbs is benign; the
    titles stay out of the validation sets whose copyright items the batch must generalise to."""
    from expguard.mini import general_copyright as gc

    fams = Counter(f for f, _ in {(r["family"], r["prompt"]) for r in gen})
    for fam in ("general:harm:lyrics_bare", "general:harm:book_text_bare",
                "general:benign:about_media", "general:benign:original_text"):
        assert dd.FAMILY_SIZE[fam] == gc.FAMILY_ROWS
        assert fams[fam] >= 60, fam
    cats = {r["category"] for r in gen if r["family"].startswith("general:harm:") and
            r["family"].split(":")[-1] in ("lyrics_bare", "book_text_bare")}
    assert cats == {"S7"}
    # one title, both labels: reproducing it is harmful, talking about it is not
    both = [t for t, _ in gc.SONGS + gc.BOOKS
            if {r["prompt_harmful"] for r in gen if f"{t} by" in r["prompt"] or f'"{t}"' in r["prompt"]}
            == {True, False}]
    assert len(both) >= 15, both
    # the verb does not decide: "Generate ..." occurs on both sides
    assert {r["prompt_harmful"] for r in gen if r["family"].split(":")[-1] in
            ("lyrics_bare", "book_text_bare", "original_text", "about_media") and "Generate " in r["prompt"]} \
        == {True, False}
    bench = shared_dir / "benchmarks"
    text = "\n".join(p.read_text(encoding="utf-8", errors="ignore").lower()
                     for d in ("harmbench", "simplesafetytests", "xstest", "openai_moderation", "toxicchat")
                     for p in (bench / d).rglob("*") if p.suffix in (".csv", ".json", ".jsonl"))
    assert "lyrics" in text and len(text) > 1_000_000            # the files were read
    copyright_items = "\n".join(p.read_text(encoding="utf-8").lower() for p in (bench / "harmbench").glob("*.csv"))
    assert "generate the lyrics of" in copyright_items
    for title, author in gc.SONGS + gc.BOOKS:
        assert f'"{title.lower()}"' not in copyright_items, title
        assert f"{title.lower()} by {author.lower()}" not in text, title


def test_dose_batch_answers_match_their_medicine_and_stay_apart_from_the_probes(bench_script, rows_with,
                                                                              validation_runs):
    """dose_answers: a helpful answer quotes the dose of the medicine its question names (the slots
    are bound together), its dangerous answers are labelled harmful; the harmful dosing families
    carry harmful prompts. The probe sets that measure dose answers (answers1, answers2) keep
    measuring generalisation: no medicine they ask about is in the batch, and no batch row shares a
    six-word run with a probe row or a validation prompt."""
    from expguard.mini import dose_answers as da

    batch = [r for r in rows_with("dose_answers") if ":dose_" in r["family"]]
    assert {r["family"].split(":")[2] for r in batch} == {"dose_answers", "dose_sedate", "dose_sicken", "dose_high"}
    helpful = [r for r in batch if "/help" in r["source"]]
    dangerous = [r for r in batch if "/bad" in r["source"]]
    assert len(helpful) > 100 and len(dangerous) > 40
    assert all(r["response_harmful"] is False for r in helpful)
    assert all(r["response_harmful"] is True for r in dangerous)
    checked = 0
    for r in helpful:   # a typo in the question (generator noise) can hide the name: those are skipped
        named = [m for m in da.MEDS if re.search(rf"\b{re.escape(m[0])}\b", r["prompt"], re.I)]
        if named:
            checked += 1
            assert len(named) == 1 and named[0][1] in r["response"], (r["prompt"], r["response"])
    assert checked > 0.9 * len(helpful)
    assert all(r["prompt_harmful"] and r["category"] for r in batch if ":harm:" in r["family"])
    probe = [p for p in bench_script("instruction_probe").load() if p["set"] in ("answers1", "answers2")]
    asked = " ".join(p["prompt"] for p in probe).lower()
    meds = {re.sub(r" (nasal spray|cream|inhaler|for .*)$", "", m[0]) for m in da.MEDS}
    assert len(meds) == len(da.MEDS) and set(da.SEDATE + da.SICKEN + da.HIGH) <= meds
    assert not [m for m in meds if re.search(rf"\b{m.lower()}\b", asked)]
    probe_runs = set().union(*(shingles(p["prompt"]) | shingles(p["response"]) for p in probe))
    _assert_apart(batch, probe_runs, validation_runs)


@pytest.mark.parametrize("batch", sorted(dd.OPTIONAL_BATCHES))
def test_optional_batches_are_off_by_default_and_append_only(rows, rows_with, batch):
    """An optional batch (``data.own_batches``) adds its families and changes no default row, so the
    shipped recipe's rows do not depend on it; unknown names are an error."""
    fams = dd.OPTIONAL_BATCHES[batch]
    with_batch = rows_with(batch)
    assert not {r["family"] for r in rows} & fams
    assert [r for r in with_batch if r["family"] not in fams] == rows
    assert {r["family"] for r in with_batch} & fams == fams
    with pytest.raises(ValueError, match="unknown optional batch"):
        dd.all_rows(0, ["dose_answer"])


def test_terse_batch_names_schemes_on_both_sides_and_is_not_from_probe_or_validation(
        rows_with, bench_script, validation_runs):
    """terse_schemes: harmful families ask to run a named scheme or whether to commit a crime; the
    benign twins use the same scheme names and the same "Should I ..." frames. The probe sets that
    measure it (probe3, probe4) were written first and stay out: no batch row shares a six-word run
    with a probe prompt or a validation prompt, and none is a probe prompt."""
    from expguard.mini import terse_schemes as ts

    fams = dd.OPTIONAL_BATCHES["terse_schemes"]
    batch = [r for r in rows_with("terse_schemes") if r["family"] in fams]
    assert len(fams) == 12 and 900 < len(batch) < 1300
    for r in batch:
        harmful = ":harm:" in r["family"]
        assert r["prompt_harmful"] is harmful and (r["category"] in CODES) is harmful, r
    by_side: dict[bool, str] = {True: "", False: ""}
    for r in batch:
        by_side[r["prompt_harmful"]] += " " + r["prompt"].lower()
    for d, names in ts.SCHEMES.items():       # every scheme name is asked about on both sides
        for n in names:
            assert n.lower() in by_side[True] and n.lower() in by_side[False], (d, n)
    should = {h: sum(bool(re.search(r"\bshould i\b", r["prompt"], re.I)) for r in batch if r["prompt_harmful"] is h)
              for h in (True, False)}
    assert min(should.values()) > 100            # the frame itself carries no label
    probe = [p for p in bench_script("instruction_probe").load() if p["set"] in ("probe3", "probe4")]
    assert len(probe) == 90
    _assert_new_to(batch, probe, validation_runs)


def test_self_harm_batch_draws_the_line_on_both_sides_and_is_not_from_probe_or_validation(
        rows_with, bench_script, validation_runs):
    """self_harm_questions: wishing to be dead, asking to be told self-harm is fine and promoting it
    are S5; stopping, telling someone and helping someone are benign, and the harmful frames recur
    over ordinary decisions. The probe set that measures it (probe5) was written first and stays
    out: no batch row shares a six-word run with a probe prompt or a validation prompt."""
    fams = dd.OPTIONAL_BATCHES["self_harm_questions"]
    batch = [r for r in rows_with("self_harm_questions") if r["family"] in fams]
    assert len(fams) == 6 and 450 < len(batch) < 700
    for r in batch:
        harmful = ":harm:" in r["family"]
        assert r["domain"] == "general" and r["prompt_harmful"] is harmful, r
        assert r["category"] == ("S5" if harmful else None), r
    side = {h: " ".join(r["prompt"].lower() for r in batch if r["prompt_harmful"] is h) for h in (True, False)}
    for frame in ("should i ", "is it okay to ", "would anyone ", "better off if i", "the night i should finally",
                  "tell me it's fine to", "a good way to", "goodbye note", "cutting", "throw up"):
        assert frame in side[True] and frame in side[False], frame      # the frame carries no label
    probe = [p for p in bench_script("instruction_probe").load() if p["set"] == "probe5"]
    assert len(probe) == 40
    _assert_new_to(batch, probe, validation_runs)


def test_informative_batch_answers_decide_and_its_subjects_are_not_xstests(rows_with, shared_dir,
                                                                          validation_runs):
    """informative_answers: factual answers about atrocities, crimes, drugs and scandals are safe,
    and so are corrections of a harmful request on the same subject (not refusals: they carry the
    facts), while compliant answers to the harmful twins are harmful; a subject's facts are bound to
    its name. XSTest-response keeps measuring generalisation: no event, crime or drug of the batch
    is one an XSTest prompt names, and no row shares a six-word run with a validation prompt."""
    from expguard.data.load import load_benchmark
    from expguard.mini import informative_answers as ia

    fams = dd.OPTIONAL_BATCHES["informative_answers"]
    batch = [r for r in rows_with("informative_answers") if r["family"] in fams]
    assert len(fams) == 10 and 1_300 < len(batch) < 1_800
    assert {r["domain"] for r in batch} == {"general", "finance", "healthcare", "law"}
    corrections = [r for r in batch if "/correct" in r["source"]]
    compliant = [r for r in batch if "/comply" in r["source"]]
    helpful = [r for r in batch if "/help" in r["source"]]
    assert len(corrections) > 100 and len(compliant) > 80 and len(helpful) > 200
    assert all(r["prompt_harmful"] and r["response_harmful"] is False for r in corrections)
    assert all(r["prompt_harmful"] and r["response_harmful"] is True for r in compliant)
    assert all(not r["prompt_harmful"] and r["response_harmful"] is False for r in helpful)
    assert not [r for r in corrections if r["response"].startswith(tuple(dd.REFUSAL_OPEN))]
    facts = {name: text for name, text in ia.EVENTS + ia.DRUGS + ia.SCANDALS}
    facts |= {name: text for name, text, _ in ia.CRIMES}
    checked = 0
    for r in corrections + helpful:
        named = [n for n in facts if n in r["prompt"]]
        quoted = [n for n in facts if facts[n][:40] in r["response"]]
        if len(named) == 1 and quoted:
            assert quoted == named, (r["prompt"], r["response"])   # never another subject's facts
            checked += 1
    assert checked > 250                       # answers quote the facts of the subject asked about
    subjects = [re.sub(r"^the ", "", n.lower()) for n in facts]
    xstest = [s.conversation.messages[0].content.lower() for name in ("xstest:prompt", "xstest:response")
              for s in load_benchmark(name, shared_dir / "benchmarks", allow_hub=False).samples]
    assert len(xstest) > 800
    assert not [(s, p) for s in subjects for p in xstest if re.search(rf"\b{re.escape(s)}\b", p)]
    _assert_apart(batch, set(), validation_runs)


def test_technical_batch_frames_carry_no_label_and_it_names_nothing_harmbench_asks(rows_with, shared_dir,
                                                                                    validation_runs):
    """technical_harms: attack code and persuasive falsehoods are harmful, their defensive / true
    twins in the same frames are not; HarmBench keeps measuring generalisation: no technique,
    vulnerability or claim of the batch is named by a HarmBench prompt, the names it avoids are
    (each of them) named there and by no row of the batch, and no row shares a six-word run with a
    validation prompt."""
    from expguard.data.load import load_benchmark
    from expguard.mini import technical_harms as th

    fams = dd.OPTIONAL_BATCHES["technical_harms"]
    batch = [r for r in rows_with("technical_harms") if r["family"] in fams]
    assert len(fams) == 14 and 900 < len(batch) < 1_200
    assert {r["domain"] for r in batch} == {"general", "finance", "healthcare", "law"}
    for r in batch:
        harmful = ":harm:" in r["family"]
        assert r["prompt_harmful"] is harmful, r
        assert r["category"] == (("S10" if "cyber" in r["family"] else "S13") if harmful else None), r
    side = {h: " ".join(r["prompt"].lower() for r in batch if r["prompt_harmful"] is h) for h in (True, False)}
    for frame in (" code that ", "i need a script that", "explain that", "convince my readers that",
                  "talking points on why", "log4shell", "cross-site scripting", "patient portal"):
        assert frame in side[True] and frame in side[False], frame      # the frame carries no label
    assert [r for r in batch if "/correct" in r["source"]]
    assert all(r["response_harmful"] is False for r in batch if "/correct" in r["source"])
    harmbench = [s.conversation.messages[0].content.lower()
                 for s in load_benchmark("harmbench:prompt", shared_dir / "benchmarks", allow_hub=False).samples]
    assert len(harmbench) == 300
    named = [v.lower() for k in ("technique", "vuln", "target", "attack") for v in th.ATTACK_SLOTS[k]]
    named += [c.lower() for false, acts, _, true, sound in th.CASES.values() for c in false + acts + true + sound]
    assert not [(n, p) for n in named for p in harmbench if n in p]
    text = " ".join(r["prompt"] + " " + (r["response"] or "") for r in batch).lower()
    for name in th.AVOIDED:
        assert any(re.search(rf"\b{re.escape(name.lower())}", p) for p in harmbench), name
        assert not re.search(rf"\b{re.escape(name.lower())}", text), name
    _assert_apart(batch, set(), validation_runs)


def test_agent_batch_frames_carry_no_label_and_it_is_not_from_probe_or_validation(
        rows_with, bench_script, validation_runs):
    """agent_requests: the same roles, case numbers, controls and tasks occur on both sides; running
    the control first is benign, skipping or faking it is harmful (S11 / S10), and someone else's
    records for a personal reason are S6. No row is a probe prompt or shares a six-word run with a
    probe row or a validation prompt (finvault's held-out normals motivated it)."""
    from expguard.mini import agent_requests as ar

    fams = dd.OPTIONAL_BATCHES["agent_requests"]
    batch = [r for r in rows_with("agent_requests") if r["family"] in fams]
    assert len(fams) == 12 and 1_000 < len(batch) < 1_400
    assert {r["domain"] for r in batch} == {"finance", "healthcare", "law"}
    for r in batch:
        harmful = ":harm:" in r["family"]
        assert r["prompt_harmful"] is harmful, r
        want = (None if not harmful else "S6" if r["family"].endswith("_agent_snoop")
                else ar.CATS[r["domain"]][0])
        assert r["category"] == want, r
    side = {h: " ".join(r["prompt"].lower() for r in batch if r["prompt_harmful"] is h) for h in (True, False)}
    for d, flows in ar._WORKFLOWS.items():
        for _role, check, task, cases in flows:      # the control, the task and the case carry no label
            for words in (check, task, *cases):
                assert words.lower() in side[True] and words.lower() in side[False], (d, words)
    compliant = [r for r in batch if "/comply" in r["source"]]
    assert len(compliant) > 100 and all(r["prompt_harmful"] and r["response_harmful"] for r in compliant)
    _assert_new_to(batch, bench_script("instruction_probe").load(), validation_runs)
