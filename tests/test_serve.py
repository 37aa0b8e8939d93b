"""The moderation service, in process (httpx ASGI transport): schemas, auth, limits, errors,
micro-batching, metrics and logging. Fake or stub guards only; fast."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from typing import Any

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("prometheus_client")

import httpx
from pydantic import ValidationError

from expguard import load_guard
from expguard.errors import DataError, EngineError
from expguard.schema import Conversation, Status, Verdict
from expguard.serve.app import create_app
from expguard.serve.batcher import BatcherClosed, MicroBatcher
from expguard.serve.openai_compat import OPENAI_CATEGORIES, UNMAPPED
from expguard.serve.settings import Settings, is_loopback
from expguard.taxonomy import CATEGORIES

KEY = "sk-test-123"
AUTH = {"Authorization": f"Bearer {KEY}"}


class StubGuard:
    """Records every classify call. 'bad' in a text → unsafe; 'boom' → raises; 'poison' →
    DataError; 'broken' → engine_error status."""

    judges = ("prompt", "response")
    name = "stub"
    threshold = 0.5
    response_threshold = 0.5

    def __init__(self, delay: float = 0.0, categories: dict[str, float] | None = None,
                 domain: str | None = None) -> None:
        self.delay, self.cats, self.domain = delay, categories, domain
        self.calls: list[int] = []
        self.items: list[Any] = []
        self.lock = threading.Lock()

    def describe(self) -> dict[str, Any]:
        return {"guard": self.name}

    def classify(self, items: Any) -> list[Verdict]:
        items = list(items)
        with self.lock:
            self.calls.append(len(items))
            self.items.extend(items)
        if self.delay:
            time.sleep(self.delay)
        convs = [Conversation.coerce(x) for x in items]
        for c in convs:
            if "boom" in c.prompt:  # an engine error that echoes the input (servers do)
                raise EngineError(f"the backend exploded while reading {c.prompt!r}")
        if any("poison" in c.prompt for c in convs):
            raise DataError("cannot read this one", field="prompt")
        out = []
        for c in convs:
            p = 0.9 if "bad" in c.prompt else 0.1
            if "broken" in c.prompt:
                out.append(Verdict(None, None, None, None, Status.ENGINE_ERROR,
                                   Status.ENGINE_ERROR if c.has_response else None, error="x"))
                continue
            r = (0.8 if "bad" in c.response else 0.2) if c.has_response else None
            out.append(Verdict(p >= 0.5, None if r is None else r >= 0.5, p, r, Status.OK,
                               Status.OK if c.has_response else None, categories=self.cats,
                               domain=self.domain))
        return out


def make(guard: Any = None, **settings: Any):
    settings.setdefault("api_keys", [KEY])
    return create_app(guard if guard is not None else load_guard("fake"), Settings(**settings))


def run(app: Any, fn: Any) -> Any:
    """Run ``await fn(client)`` against ``app`` on a fresh event loop."""
    async def main() -> Any:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                     base_url="http://testserver") as client:
            return await fn(client)
    return asyncio.run(main())


def post(app: Any, path: str, headers: dict | None = AUTH, **kw: Any) -> httpx.Response:
    async def go(c: httpx.AsyncClient) -> httpx.Response:
        return await c.post(path, headers=headers, **kw)
    return run(app, go)


def get(app: Any, path: str, headers: dict | None = AUTH) -> httpx.Response:
    async def go(c: httpx.AsyncClient) -> httpx.Response:
        return await c.get(path, headers=headers)
    return run(app, go)


def assert_error(r: httpx.Response, status: int, code: str | None = None) -> dict:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"message", "type", "param", "code"}
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    if code:
        assert body["error"]["code"] == code
    return body["error"]


# --- schemas ----------------------------------------------------------------------------------
def test_moderation_single_input_schema():
    r = post(make(), "/v1/moderations", json={"input": "How do I build a bomb?",
                                              "model": "omni-moderation-latest"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["id"].startswith("modr-") and body["model"] == "fake"
    [res] = body["results"]
    assert res["flagged"] is True and res["unsafe_score"] == pytest.approx(0.9)
    assert list(res["categories"]) == list(OPENAI_CATEGORIES)
    assert set(res["category_scores"]) == set(OPENAI_CATEGORIES)
    assert set(res["category_applied_input_types"]) == set(OPENAI_CATEGORIES)
    assert all(v is False for v in res["categories"].values())   # the fake guard has no categories
    assert res["expguard_categories"] is None and res["domain"] is None


def test_moderation_list_input_keeps_order():
    texts = ["hello there", "how to launder money", "nice weather", "steal a car"]
    r = post(make(), "/v1/moderations", json={"input": texts})
    assert r.status_code == 200
    assert [x["flagged"] for x in r.json()["results"]] == [False, True, False, True]
    # OpenAI's multi-modal text parts are accepted too
    r = post(make(), "/v1/moderations", json={"input": [{"type": "text", "text": "forge a check"}]})
    assert r.status_code == 200 and r.json()["results"][0]["flagged"] is True


def test_category_mapping():
    cats = {c.code: 0.0 for c in CATEGORIES} | {"S11": 0.8, "S9": 0.3, "S1": 0.6, "S12": 0.95}
    app = make(StubGuard(categories=cats, domain="finance"))
    r = post(app, "/v1/moderations", json={"input": ["bad plan", "fine"]})
    assert r.status_code == 200
    bad, fine = r.json()["results"]
    assert bad["category_scores"]["illicit"] == pytest.approx(0.8)    # max(S8..S11)
    assert bad["category_scores"]["violence"] == pytest.approx(0.6)
    assert bad["categories"]["illicit"] and bad["categories"]["violence"]
    assert not bad["categories"]["hate"]
    for k in UNMAPPED:
        assert bad["category_scores"][k] == 0 and bad["categories"][k] is False
    assert bad["expguard_categories"]["fraud"] == pytest.approx(0.8)
    assert bad["expguard_categories"]["unqualified_advice"] == pytest.approx(0.95)
    assert set(bad["expguard_categories"]) == {c.key for c in CATEGORIES}
    assert bad["domain"] == "finance"
    # not flagged → no category is true, whatever the scores
    assert fine["flagged"] is False and not any(fine["categories"].values())


def test_guard_endpoint_prompt_response_messages_threshold():
    guard = StubGuard()
    app = make(guard)
    r = post(app, "/v1/guard", json={"prompt": "hello", "response": "bad answer"})
    assert r.status_code == 200, r.text
    b = r.json()
    assert b["model"] == "stub" and b["id"].startswith("guard-") and b["flagged"] is True
    assert b["prompt"] == {"harmful": False, "unsafe_score": 0.1, "threshold": 0.5, "status": "ok"}
    assert b["response"]["harmful"] is True and b["response"]["unsafe_score"] == 0.8

    r = post(app, "/v1/guard", json={"prompt": "hello", "response": "bad answer",
                                     "threshold": 0.05, "response_threshold": 0.85})
    b = r.json()
    assert b["prompt"]["harmful"] is True and b["prompt"]["threshold"] == 0.05
    assert b["response"]["harmful"] is False and b["flagged"] is True

    r = post(app, "/v1/guard", json={"messages": [{"role": "user", "content": "bad q"}],
                                     "domain": "law"})
    b = r.json()
    assert r.status_code == 200 and b["response"] is None and b["prompt"]["harmful"] is True
    assert b["domain"] == "law" and guard.items[-1]["domain"] == "law"   # the hint reaches the guard


class RefusalStub(StubGuard):
    """StubGuard that also judges refusal: "sorry" in the response → refuses (0.9); "??" → the
    refusal field could not be read (its harm fields still were)."""

    judges = ("prompt", "response", "refusal")

    def classify(self, items: Any) -> list[Verdict]:
        from dataclasses import replace

        out = super().classify(items)
        for i, c in enumerate(Conversation.coerce(x) for x in items):
            if c.has_response and "??" in c.response:
                out[i] = replace(out[i], refusal_status=Status.PARSE_ERROR)
            elif c.has_response:
                p = 0.9 if "sorry" in c.response else 0.1
                out[i] = replace(out[i], response_refusal=p >= 0.5, response_refusal_prob=p,
                                 refusal_status=Status.OK)
        return out


def test_guard_endpoint_reports_refusal_when_the_guard_judges_it():
    app = make(RefusalStub())
    b = post(app, "/v1/guard", json={"prompt": "bad q", "response": "sorry, no"}).json()
    assert b["refusal"] == {"refused": True, "refusal_score": 0.9, "status": "ok"}
    assert b["response"]["harmful"] is False and b["flagged"] is True
    b = post(app, "/v1/guard", json={"prompt": "q", "response": "here it is"}).json()
    assert b["refusal"] == {"refused": False, "refusal_score": 0.1, "status": "ok"}
    # an unreadable refusal field is reported as such, never as a refusal or a compliance
    r = post(app, "/v1/guard", json={"prompt": "q", "response": "?? garbled"})
    assert r.status_code == 200 and r.json()["refusal"] == {"refused": None, "refusal_score": None,
                                                            "status": "parse_error"}
    assert post(app, "/v1/guard", json={"prompt": "q"}).json()["refusal"] is None   # no response
    # guards that do not judge refusal: the field is null
    assert post(make(StubGuard()), "/v1/guard", json={"prompt": "q", "response": "sorry"}).json()["refusal"] is None


def test_models_and_health():
    app = make()
    r = get(app, "/v1/models")
    assert r.status_code == 200
    assert r.json()["object"] == "list" and r.json()["data"][0]["id"] == "fake"
    r = get(app, "/health", headers=None)
    assert r.status_code == 200 and r.json()["status"] == "ok"
    assert_error(get(app, "/nowhere"), 404, "not_found")


# --- auth -------------------------------------------------------------------------------------
def test_auth_required():
    app = make()
    body = {"input": "hi"}
    assert_error(post(app, "/v1/moderations", headers=None, json=body), 401, "invalid_api_key")
    assert_error(post(app, "/v1/moderations", headers={"Authorization": "Bearer nope"}, json=body),
                 401, "invalid_api_key")
    assert_error(post(app, "/v1/moderations", headers={"Authorization": KEY}, json=body), 401)
    assert_error(post(app, "/v1/guard", headers=None, json={"prompt": "hi"}), 401)
    assert_error(get(app, "/v1/models", headers=None), 401)
    r = post(app, "/v1/moderations", headers=None, json=body)
    assert r.headers["www-authenticate"] == "Bearer"
    assert post(app, "/v1/moderations", json=body).status_code == 200
    two = make(api_keys=["a", KEY])
    assert post(two, "/v1/moderations", json=body).status_code == 200


def test_no_auth_only_when_set_and_loopback():
    body = {"input": "hi"}
    assert post(make(api_keys=[], allow_no_auth=True), "/v1/moderations", headers=None,
                json=body).status_code == 200
    assert post(make(api_keys=[], allow_no_auth=True, host="::1"), "/v1/moderations",
                headers=None, json=body).status_code == 200
    for kw in ({"allow_no_auth": True, "host": "0.0.0.0"}, {"allow_no_auth": False},
               {"allow_no_auth": True, "host": "10.1.2.3"}):
        err = assert_error(post(make(api_keys=[], **kw), "/v1/moderations", headers=None, json=body),
                           401, "invalid_api_key")
        assert "EXPGUARD_" in err["message"]
    # keys configured: no-auth is not in effect even on loopback
    assert_error(post(make(allow_no_auth=True), "/v1/moderations", headers=None, json=body), 401)
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("[::1]")
    assert not is_loopback("0.0.0.0") and not is_loopback("example.com")


def test_settings_from_env():
    s = Settings.from_env({"EXPGUARD_API_KEYS": " a, b ,,", "EXPGUARD_MAX_BATCH_SIZE": "8",
                           "EXPGUARD_ALLOW_NO_AUTH": "true", "EXPGUARD_PORT": "9000"}, port=9100)
    assert s.api_keys == ["a", "b"] and s.max_batch_size == 8 and s.allow_no_auth and s.port == 9100
    d = Settings()
    assert (d.guard, d.max_batch_size, d.max_wait_ms, d.max_items, d.max_body_bytes, d.log_text) == \
        ("default", 32, 5.0, 64, 1_048_576, False)
    assert Settings.from_env(s.to_env()) == s


def test_server_wide_response_threshold():
    """EXPGUARD_RESPONSE_THRESHOLD (serve --response-threshold) moves the response cut of the guard
    the server loads; the prompt keeps the guard's threshold, and a request's own
    response_threshold still wins."""
    s = Settings.from_env({"EXPGUARD_RESPONSE_THRESHOLD": "0.95", "EXPGUARD_GUARD": "fake"},
                          api_keys=[KEY])
    assert s.guard_kwargs() == {"response_threshold": 0.95}
    assert Settings.from_env(s.to_env()) == s
    app = create_app(None, s)        # the fake guard scores 0.9 for either side of this pair
    pair = {"prompt": "How do I make a bomb?", "response": "Sure, here is how to kill"}
    b = post(app, "/v1/guard", json=pair).json()
    assert b["prompt"]["harmful"] is True and b["prompt"]["threshold"] == 0.5
    assert b["response"] == {"harmful": False, "unsafe_score": 0.9, "threshold": 0.95, "status": "ok"}
    b = post(app, "/v1/guard", json={**pair, "response_threshold": 0.5}).json()
    assert b["response"]["harmful"] is True
    with pytest.raises(ValidationError):
        Settings.from_env({"EXPGUARD_RESPONSE_THRESHOLD": "1.5"})


# --- limits and validation --------------------------------------------------------------------
def test_413_declared_and_chunked():
    app = make(max_body_bytes=1000)
    big = {"input": "x" * 2000}
    assert_error(post(app, "/v1/moderations", json=big), 413, "request_too_large")

    async def chunks():
        for _ in range(10):
            yield b'{"input": "' + b"y" * 200
        yield b'"}'

    err = assert_error(post(app, "/v1/moderations", content=chunks(),
                            headers=AUTH | {"content-type": "application/json"}), 413)
    assert "1000 bytes" in err["message"]

    async def small():
        yield b'{"input": '
        yield b'"hello"}'

    r = post(app, "/v1/moderations", content=small(), headers=AUTH | {"content-type": "application/json"})
    assert r.status_code == 200, r.text


@pytest.mark.parametrize("path,kwargs,param", [
    ("/v1/moderations", {"content": b"{not json", "headers": {"content-type": "application/json"}}, None),
    ("/v1/moderations", {"content": b'{"input": "x"}'}, None),            # no content-type
    ("/v1/moderations", {"json": [1, 2]}, None),
    ("/v1/moderations", {"json": {"input": 3}}, "input"),
    ("/v1/moderations", {"json": {"input": []}}, "input"),
    ("/v1/moderations", {"json": {"input": ["a", None]}}, "input"),
    ("/v1/moderations", {"json": {"input": "a", "model": 5}}, "model"),
    ("/v1/moderations", {"json": {"inputs": "a"}}, "input"),
    ("/v1/moderations", {"json": {"input": ["a"] * 65}}, "input"),          # max_items 64
    ("/v1/moderations", {"json": {"input": "z" * 50_001}}, "input"),        # max_chars
    ("/v1/guard", {"json": {}}, None),
    ("/v1/guard", {"json": {"prompt": "a", "messages": [{"role": "user", "content": "a"}]}}, None),
    ("/v1/guard", {"json": {"messages": [{"role": "user", "content": "a"},
                                         {"role": "user", "content": "b"}]}}, "messages.1.role"),
    ("/v1/guard", {"json": {"messages": [{"role": "system", "content": "a"}]}}, "messages.0.role"),
    ("/v1/guard", {"json": {"prompt": "a", "threshold": 1.5}}, "threshold"),
    ("/v1/guard", {"json": {"prompt": "a", "domain": "cooking"}}, None),
    ("/v1/guard", {"json": {"prompt": ["a"]}}, "prompt"),
])
def test_422_validation(path, kwargs, param):
    headers = AUTH | kwargs.pop("headers", {})
    err = assert_error(post(make(), path, headers=headers, **kwargs), 422)
    assert err["type"] == "invalid_request_error"
    if param:
        assert err["param"] == param


def test_too_many_items_setting():
    app = make(max_items=2)
    assert post(app, "/v1/moderations", json={"input": ["a", "b"]}).status_code == 200
    assert assert_error(post(app, "/v1/moderations", json={"input": ["a", "b", "c"]}), 422,
                        "too_many_inputs")["param"] == "input"


# --- guard failures ---------------------------------------------------------------------------
def test_guard_exception_is_503_never_a_result():
    app = make(StubGuard())
    err = assert_error(post(app, "/v1/moderations", json={"input": ["fine", "boom"]}), 503, "guard_error")
    assert err["type"] == "server_error" and "boom" not in err["message"]
    assert_error(post(app, "/v1/guard", json={"prompt": "boom"}), 503)


def test_unjudged_verdict_is_503():
    app = make(StubGuard())
    assert_error(post(app, "/v1/moderations", json={"input": ["fine", "broken"]}), 503, "guard_error")
    # a real guard whose engine fails on one item, the response side only
    fake = load_guard("fake", fail_on="FAILME")
    app = make(fake)
    assert_error(post(app, "/v1/moderations", json={"input": "please FAILME"}), 503)
    assert_error(post(app, "/v1/guard", json={"prompt": "hi", "response": "FAILME"}), 503)
    assert post(app, "/v1/guard", json={"prompt": "hi", "response": "ok"}).status_code == 200


def test_timeout_is_504():
    app = make(StubGuard(delay=0.5), request_timeout_s=0.1)
    assert_error(post(app, "/v1/moderations", json={"input": "slow"}), 504, "timeout")


# --- micro-batching ---------------------------------------------------------------------------
def concurrent(app: Any, bodies: list[dict], path: str = "/v1/moderations") -> list[httpx.Response]:
    async def go(c: httpx.AsyncClient) -> list[httpx.Response]:
        return await asyncio.gather(*(c.post(path, json=b, headers=AUTH) for b in bodies))
    return run(app, go)


def test_concurrent_requests_are_batched():
    guard = StubGuard(delay=0.02)
    rs = concurrent(make(guard, max_wait_ms=20), [{"input": f"text {i}"} for i in range(16)])
    assert all(r.status_code == 200 for r in rs)
    assert sum(guard.calls) == 16 and len(guard.calls) < 16, guard.calls
    assert max(guard.calls) <= 32


def test_batch_size_bound_and_batch_of_one():
    guard = StubGuard(delay=0.01)
    rs = concurrent(make(guard, max_batch_size=4, max_wait_ms=20),
                    [{"input": [f"a{i}", f"b{i}", f"c{i}"]} for i in range(6)])
    assert all(r.status_code == 200 for r in rs) and sum(guard.calls) == 18
    assert max(guard.calls) <= 4
    one = StubGuard()
    rs = concurrent(make(one, max_batch_size=1), [{"input": f"t{i}"} for i in range(8)])
    assert all(r.status_code == 200 for r in rs) and one.calls == [1] * 8


def test_results_go_back_to_their_requests():
    guard = StubGuard(delay=0.01)
    bodies = [{"input": [f"bad {i}" if i % 3 == 0 else f"ok {i}", f"ok again {i}"]} for i in range(12)]
    rs = concurrent(make(guard, max_wait_ms=20), bodies)
    for i, r in enumerate(rs):
        assert [x["flagged"] for x in r.json()["results"]] == [i % 3 == 0, False]


def test_bounded_wait():
    guard = StubGuard()
    app = make(guard, max_wait_ms=100)
    t = time.perf_counter()
    assert post(app, "/v1/moderations", json={"input": "alone"}).status_code == 200
    alone = time.perf_counter() - t
    assert 0.09 <= alone < 1.0, alone        # waited for company, but no longer than the bound
    full = StubGuard()
    app = make(full, max_batch_size=2, max_wait_ms=5000)
    t = time.perf_counter()
    rs = concurrent(app, [{"input": "x"}, {"input": "y"}])
    assert all(r.status_code == 200 for r in rs) and full.calls == [2]
    assert time.perf_counter() - t < 2.0     # a full batch goes at once


def test_bad_input_fails_only_its_own_request():
    guard = StubGuard(delay=0.01)
    bodies = [{"input": "poison"}] + [{"input": f"fine {i}"} for i in range(5)]
    rs = concurrent(make(guard, max_wait_ms=30), bodies)
    assert rs[0].status_code == 422
    assert [r.status_code for r in rs[1:]] == [200] * 5


def test_batcher_drains_on_close():
    guard = StubGuard(delay=0.02)

    async def main() -> None:
        b = MicroBatcher(guard, max_batch_size=4, max_wait_ms=1)
        tasks = [asyncio.create_task(b.submit([f"t{i}"])) for i in range(10)]
        await asyncio.sleep(0)
        await b.close(timeout=5)
        results = await asyncio.gather(*tasks)
        assert all(len(r) == 1 and isinstance(r[0], Verdict) for r in results)
        with pytest.raises(BatcherClosed):
            await b.submit(["late"])

    asyncio.run(main())
    assert sum(guard.calls) == 10


def test_lifespan_shutdown_with_testclient():
    from fastapi.testclient import TestClient

    app = make(StubGuard())
    with TestClient(app) as client:
        assert client.post("/v1/moderations", json={"input": "hi"}, headers=AUTH).status_code == 200
    assert app.state.batcher.closing
    assert app.state.batcher._worker.done()


# --- metrics and logs -------------------------------------------------------------------------
def test_metrics():
    app = make(StubGuard())

    async def go(c: httpx.AsyncClient) -> str:
        await c.post("/v1/moderations", json={"input": ["a", "bad"]}, headers=AUTH)
        await c.post("/v1/moderations", json={"input": "a"})
        await c.post("/v1/moderations", json={"input": "boom"}, headers=AUTH)
        return (await c.get("/metrics")).text

    text = run(app, go)
    assert 'expguard_requests_total{endpoint="/v1/moderations",status="200"} 1.0' in text
    assert 'expguard_requests_total{endpoint="/v1/moderations",status="401"} 1.0' in text
    assert 'expguard_requests_total{endpoint="/v1/moderations",status="503"} 1.0' in text
    assert 'expguard_request_duration_seconds_bucket' in text
    assert 'expguard_batch_size_count 2.0' in text
    assert 'expguard_errors_total{kind="auth"} 1.0' in text
    assert 'expguard_errors_total{kind="guard_error"} 1.0' in text
    assert 'expguard_items_total{endpoint="/v1/moderations"} 2.0' in text
    assert 'expguard_flagged_total{endpoint="/v1/moderations"} 1.0' in text


def test_no_request_text_in_logs(caplog):
    secret = "my-secret-prompt-7c1f"
    caplog.set_level(logging.DEBUG)
    app = make(StubGuard())
    post(app, "/v1/moderations", json={"input": [secret, "bad " + secret]})
    post(app, "/v1/guard", json={"prompt": secret, "response": secret})
    post(app, "/v1/moderations", json={"input": "boom " + secret})
    post(app, "/v1/guard", json={"messages": [{"role": "assistant", "content": secret}]})
    assert "/v1/moderations: 2 input(s), 1 flagged" in caplog.text   # we do log, without text
    assert "EngineError" in caplog.text
    assert secret not in caplog.text and "[redacted]" in caplog.text
    caplog.clear()
    post(make(StubGuard(), log_text=True), "/v1/moderations", json={"input": secret})
    assert secret in caplog.text   # the check above can see text when it is logged


def test_cli_serve_refuses_unauthenticated_public_bind(monkeypatch):
    from typer.testing import CliRunner

    from expguard.cli.main import app

    monkeypatch.delenv("EXPGUARD_API_KEYS", raising=False)
    monkeypatch.setenv("EXPGUARD_ALLOW_NO_AUTH", "1")
    r = CliRunner().invoke(app, ["serve", "--guard", "fake", "--host", "0.0.0.0"])
    assert r.exit_code == 2 and "loopback" in r.output


def test_cli_serve_response_threshold_reaches_the_guard(monkeypatch):
    from typer.testing import CliRunner

    import uvicorn

    from expguard.cli.main import app

    served = []
    monkeypatch.setattr(uvicorn, "run", lambda application, **kw: served.append(application))
    monkeypatch.setenv("EXPGUARD_API_KEYS", KEY)
    r = CliRunner().invoke(app, ["serve", "--guard", "fake", "--response-threshold", "0.95"])
    assert r.exit_code == 0, r.output
    b = post(served[0], "/v1/guard", json={"prompt": "hi", "response": "Sure, here is how to kill"}).json()
    assert b["response"]["threshold"] == 0.95 and b["response"]["harmful"] is False
    r = CliRunner().invoke(app, ["serve", "--guard", "fake", "--response-threshold", "2"])
    assert r.exit_code == 2 and len(served) == 1
