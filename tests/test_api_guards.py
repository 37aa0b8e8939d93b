"""API baseline guards: pure payload/parse functions, then scripted local servers speaking each
service's documented schema. An API failure must never become a label."""

import json
from itertools import pairwise

import pytest

from expguard import EngineError, load_guard
from expguard.guard.api_guards import (
    PERSPECTIVE_ATTRIBUTES,
    azure_chunks,
    azure_score,
    moderation_payload,
    parse_azure,
    parse_moderation,
    parse_perspective,
    perspective_payload,
)
from expguard.schema import Status

from scripted_server import ScriptedServer

BAD = "zorblat"


def _mod_result(text):
    s = 0.9 if BAD in text else 0.01
    return {"flagged": s > 0.5, "categories": {"violence": s > 0.5},
            "category_scores": {"violence": s, "hate": s / 2}}


def _persp(text):
    s = 0.8 if BAD in text else 0.1
    return {"attributeScores": {a: {"summaryScore": {"value": s, "type": "PROBABILITY"}}
                                for a in PERSPECTIVE_ATTRIBUTES}}


def _azure(text):
    sev = 6 if BAD in text else 0
    return {"categoriesAnalysis": [{"category": c, "severity": sev if c == "Violence" else 0}
                                   for c in ("Hate", "SelfHarm", "Sexual", "Violence")]}


# --- pure functions --------------------------------------------------------------------------------
def test_moderation_payload_and_parse():
    assert moderation_payload("m", ["a", "b"]) == {"model": "m", "input": ["a", "b"]}
    s = parse_moderation({"results": [_mod_result(BAD), _mod_result("hi")]}, 2)
    assert [x.harmful for x in s] == [True, False] and s[0].prob == pytest.approx(0.9)
    assert parse_moderation({"results": [_mod_result("hi")]}, 1, threshold=0.005)[0].harmful
    with pytest.raises(EngineError, match="1 results for 2"):
        parse_moderation({"results": [_mod_result("hi")]}, 2)
    with pytest.raises(EngineError, match="flagged"):
        parse_moderation({"results": [{"category_scores": {}}]}, 1)


def test_perspective_payload_and_parse():
    p = perspective_payload("hi")
    assert p["comment"] == {"text": "hi"} and p["languages"] == ["en"]
    assert set(p["requestedAttributes"]) == set(PERSPECTIVE_ATTRIBUTES) and len(PERSPECTIVE_ATTRIBUTES) == 6
    s = parse_perspective(_persp(BAD), 0.5)
    assert s.harmful and s.prob == pytest.approx(0.8)
    assert not parse_perspective(_persp("hi"), 0.5).harmful
    partial = _persp("hi")
    del partial["attributeScores"]["THREAT"]
    with pytest.raises(EngineError, match="THREAT"):  # partial answers are errors, not "safe"
        parse_perspective(partial, 0.5)


def test_azure_parse_chunks_and_score():
    assert parse_azure(_azure(BAD))["Violence"] == 6
    with pytest.raises(EngineError):
        parse_azure({})
    assert azure_chunks("x" * 25_000) == ["x" * 10_000, "x" * 10_000, "x" * 5_000]
    s = azure_score([{"Hate": 2, "Violence": 0}, {"Hate": 0, "Violence": 4}], 4)
    assert s.harmful and s.categories == {"Hate": 2, "Violence": 4} and s.prob == pytest.approx(4 / 7)
    assert not azure_score([{"Hate": 2}], 4).harmful


ANSWERS = {
    "openai-moderation": lambda b: {"id": "x", "model": b["model"],
                                    "results": [_mod_result(t) for t in b["input"]]},
    "perspective": lambda b: _persp(b["comment"]["text"]),
    "azure-content-safety": lambda b: _azure(b["text"]),
}
FAST = {"backoff": 0.01, "max_retries": 2, "timeout": 2.0, "api_key": "sekret"}


@pytest.fixture(params=sorted(ANSWERS))
def api(request):
    s = ScriptedServer(ANSWERS[request.param])
    yield request.param, s
    s.close()


def _guard(name, server, **kw):
    kw = {**FAST, **kw}
    if name == "perspective":
        kw.setdefault("min_interval", 0)
    return load_guard(name, base_url=server.url + ("/v1" if name == "openai-moderation" else ""), **kw)


def test_requests_follow_each_documented_schema(api):
    name, server = api
    g = _guard(name, server, concurrency=1)
    vs = g.classify([f"{BAD} my taxes", {"prompt": "hello", "response": f"{BAD} it"},
                     {"prompt": "hi", "response": ""}])
    assert [v.prompt_harmful for v in vs] == [True, False, False]
    assert [v.response_harmful for v in vs] == [None, True, None]
    assert vs[2].response_status is None and vs[0].parse_status == "ok" and vs[0].error is None
    assert vs[0].prompt_unsafe_prob > 0.5 > vs[1].prompt_unsafe_prob
    assert g.describe()["guard"] == name and g.judges == ("prompt", "response") and g.mode == "api"
    reqs = server.requests
    if name == "openai-moderation":  # one batch: 3 prompts + 1 non-empty response
        assert len(reqs) == 1 and reqs[0]["path"] == "/v1/moderations"
        assert reqs[0]["headers"]["Authorization"] == "Bearer sekret"
        assert reqs[0]["body"] == {"model": "omni-moderation-latest",
                                   "input": [f"{BAD} my taxes", "hello", "hi", f"{BAD} it"]}
        assert g.describe()["model"] == "omni-moderation-latest"
    elif name == "perspective":
        assert len(reqs) == 4 and {r["path"] for r in reqs} == {"/comments:analyze"}
        assert all(r["query"] == {"key": ["sekret"]} for r in reqs)
        assert set(reqs[0]["body"]["requestedAttributes"]) == set(PERSPECTIVE_ATTRIBUTES)
    else:
        assert len(reqs) == 4 and {r["path"] for r in reqs} == {"/contentsafety/text:analyze"}
        assert all(r["query"] == {"api-version": ["2024-09-01"]} for r in reqs)
        assert all(r["headers"]["Ocp-Apim-Subscription-Key"] == "sekret" for r in reqs)
        assert reqs[3]["body"] == {"text": f"{BAD} it"}
    # the category scores travel with the verdict
    assert json.loads(vs[1].raw_output).keys() == {"prompt", "response"}


def test_openai_batches_and_model_override():
    s = ScriptedServer(ANSWERS["openai-moderation"])
    try:
        g = _guard("openai-moderation", s, batch_size=2, concurrency=1, model="text-moderation-007")
        assert [v.prompt_harmful for v in g.classify([BAD, "a", "b", BAD, "c"])] == [True, False, False, True, False]
        assert [len(r["body"]["input"]) for r in s.requests] == [2, 2, 1]
        assert {r["body"]["model"] for r in s.requests} == {"text-moderation-007"}
    finally:
        s.close()


def test_429_then_success_is_retried(api):
    name, server = api
    server.script = [(429, {"error": "slow down"}, 0), (503, {"error": "busy"}, 0)]
    v = _guard(name, server, concurrency=1).classify([BAD])[0]
    assert v.prompt_harmful is True and len(server.requests) == 3


def test_persistent_5xx_raises_or_marks_never_labels(api):
    name, server = api
    server.script = [(500, {"error": "down"}, 0)] * 3
    with pytest.raises(EngineError, match="HTTP 500"):
        _guard(name, server, concurrency=1).classify(["hello"])
    assert len(server.requests) == 3  # 1 try + 2 retries
    server.script = [(500, {"error": "down"}, 0)] * 3
    v = _guard(name, server, concurrency=1, on_error="mark").classify(["hello"])[0]
    assert v.prompt_harmful is None and v.prompt_unsafe_prob is None
    assert v.prompt_status is Status.ENGINE_ERROR and "HTTP 500" in v.error


def test_400_is_not_retried(api):
    name, server = api
    server.script = [(400, {"error": "text too long"}, 0)]
    vs = _guard(name, server, concurrency=1, batch_size=1, on_error="mark").classify(["hi", BAD])
    assert vs[0].parse_status == "engine_error" and "text too long" in vs[0].error
    assert vs[1].prompt_harmful is True and len(server.requests) == 2


def test_response_failure_keeps_prompt_label(api):
    name, server = api
    server.script = [(200, None, 0), (400, {"error": "bad response text"}, 0)]
    v = _guard(name, server, concurrency=1, batch_size=1, on_error="mark").classify(
        [{"prompt": BAD, "response": "ok"}])[0]
    assert v.prompt_harmful is True and v.response_harmful is None
    assert v.response_status is Status.ENGINE_ERROR and v.error.startswith("response:")


def test_timeout_is_an_error(api):
    name, server = api
    server.script = [(200, None, 1.0)] * 3
    v = _guard(name, server, concurrency=1, on_error="mark", timeout=0.2).classify([BAD])[0]
    assert v.prompt_harmful is None and "ReadTimeout" in v.error and len(server.requests) == 3


@pytest.mark.parametrize("name, env", [("openai-moderation", "OPENAI_API_KEY"),
                                       ("perspective", "PERSPECTIVE_API_KEY"),
                                       ("azure-content-safety", "AZURE_CONTENT_SAFETY_KEY")])
def test_missing_key_names_the_variable(monkeypatch, name, env):
    monkeypatch.delenv(env, raising=False)
    with pytest.raises(EngineError, match=env):
        load_guard(name, base_url="http://127.0.0.1:9")


def test_missing_azure_endpoint_and_key_from_env(monkeypatch):
    monkeypatch.setenv("AZURE_CONTENT_SAFETY_KEY", "k")
    monkeypatch.delenv("AZURE_CONTENT_SAFETY_ENDPOINT", raising=False)
    with pytest.raises(EngineError, match="AZURE_CONTENT_SAFETY_ENDPOINT"):
        load_guard("azure-content-safety")
    monkeypatch.setenv("AZURE_CONTENT_SAFETY_ENDPOINT", "https://x.example")
    assert load_guard("azure-content-safety").base_url == "https://x.example"


def test_template_options_are_refused():
    with pytest.raises(Exception, match="takes no mode"):
        load_guard("perspective", api_key="k", mode="generate")
    with pytest.raises(Exception, match="severity"):
        load_guard("azure-content-safety", api_key="k", endpoint="http://x", threshold=0.5)


def test_azure_long_text_is_chunked_not_dropped():
    s = ScriptedServer(ANSWERS["azure-content-safety"])
    try:
        text = "a" * 10_000 + "b" * 9_990 + BAD  # the harmful word only in the second chunk
        v = _guard("azure-content-safety", s).classify([text])[0]
        assert v.prompt_harmful is True
        assert [len(r["body"]["text"]) for r in s.requests] == [10_000, 9_997]
    finally:
        s.close()


def test_perspective_rate_limit_is_honoured():
    s = ScriptedServer(ANSWERS["perspective"])
    try:
        _guard("perspective", s, min_interval=0.05).classify(["a", "b", "c", "d"])
        ts = [r["t"] for r in s.requests]
        assert len(ts) == 4 and min(b - a for a, b in pairwise(ts)) >= 0.045
    finally:
        s.close()


def test_evaluate_counts_failures_as_parsing_errors(shared_dir, tmp_path):
    from expguard.evaluate import evaluate

    data = shared_dir / "benchmarks"
    if not (data / "openai_moderation").is_dir():
        pytest.skip(f"{data} lacks openai_moderation")
    s = ScriptedServer(ANSWERS["openai-moderation"])
    try:
        s.script = [(500, {"error": "down"}, 0)] * 100
        g = _guard("openai-moderation", s, on_error="mark", max_retries=0, batch_size=4)
        r = evaluate(g, ["openai_mod:prompt"], data_dir=data, output_dir=tmp_path / "run",
                     limit=8, log=lambda *_: None, plots=False)
    finally:
        s.close()
    m = r.metrics["benchmarks"]["openai_mod:prompt"]
    assert m["parsing_error"] == 1.0 and m["unjudged"] == 8


def test_cli_builds_api_guards_and_names_the_missing_key(monkeypatch):
    from typer.testing import CliRunner

    from expguard.cli.main import app

    monkeypatch.delenv("PERSPECTIVE_API_KEY", raising=False)
    res = CliRunner().invoke(app, ["classify", "-m", "perspective", "hello"])
    assert res.exit_code == 1 and "PERSPECTIVE_API_KEY" in res.output
    res = CliRunner().invoke(app, ["classify", "-m", "perspective", "--mode", "generate", "hello"])
    assert res.exit_code == 2 and "does not apply" in res.output
