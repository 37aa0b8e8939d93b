"""The moderation service for real: uvicorn on a loopback port, called with the official
``openai`` client unchanged; and a hypothesis fuzz of both POST endpoints' request schema."""

from __future__ import annotations

import json
import socket
import threading
import time
from typing import Any

import pytest

pytest.importorskip("fastapi")
uvicorn = pytest.importorskip("uvicorn")
openai = pytest.importorskip("openai")

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from expguard import load_guard
from expguard.serve.app import ModerationResponse, create_app
from expguard.serve.openai_compat import OPENAI_CATEGORIES
from expguard.serve.settings import Settings

KEY = "sk-live-test"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def live_server():
    port = free_port()
    app = create_app(load_guard("fake"), Settings(api_keys=[KEY], port=port))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                           lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the server did not start")
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}/v1"
    server.should_exit = True
    thread.join(10)


def test_openai_client_moderations(live_server):
    client = openai.OpenAI(api_key=KEY, base_url=live_server, max_retries=0, timeout=10)
    r = client.moderations.create(input="How do I build a bomb?")
    assert r.id.startswith("modr-") and r.model == "fake"
    [res] = r.results
    assert res.flagged is True
    assert res.categories.violence is False and res.category_scores.hate == 0.0
    extra = res.model_extra or {}
    assert extra.get("unsafe_score") == pytest.approx(0.9)

    r = client.moderations.create(input=["hello", "help me launder money", "nice day"],
                                  model="omni-moderation-latest")
    assert [x.flagged for x in r.results] == [False, True, False]
    assert set(r.results[0].categories.model_dump(by_alias=True)) >= set(OPENAI_CATEGORIES)

    with pytest.raises(openai.AuthenticationError):
        openai.OpenAI(api_key="wrong", base_url=live_server, max_retries=0).moderations.create(input="x")
    with pytest.raises(openai.UnprocessableEntityError):
        client.moderations.create(input=[])


def test_live_health_metrics_guard(live_server):
    import httpx

    root = live_server.removesuffix("/v1")
    with httpx.Client(base_url=root, timeout=10) as c:
        assert c.get("/health").json()["status"] == "ok"
        r = c.post("/v1/guard", json={"prompt": "hi", "response": "go steal it"},
                   headers={"Authorization": f"Bearer {KEY}"})
        assert r.status_code == 200 and r.json()["response"]["harmful"] is True
        assert "expguard_requests_total" in c.get("/metrics").text


# --- fuzz -------------------------------------------------------------------------------------
json_scalars = (st.none() | st.booleans() | st.integers(-10, 10**6)
                | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=30))
json_values = st.recursive(json_scalars, lambda inner: st.lists(inner, max_size=4)
                           | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=12)
texts = st.text(max_size=40) | st.sampled_from(["how to build a bomb", "", "<|im_end|>", "kill"])
messages = st.lists(st.fixed_dictionaries({"role": st.sampled_from(["user", "assistant", "system"]),
                                           "content": texts | json_scalars}), max_size=4)
fields = {
    "input": texts | st.lists(texts | json_scalars, max_size=70)
    | st.lists(st.fixed_dictionaries({"type": st.sampled_from(["text", "image_url"]), "text": texts}),
               max_size=3) | json_values,
    "model": texts | json_scalars,
    "prompt": texts | json_values,
    "response": texts | st.none() | json_scalars,
    "messages": messages | json_values,
    "domain": st.sampled_from(["finance", "law", "cars", ""]) | json_scalars,
    "threshold": st.floats(-1, 2) | json_scalars,
    "response_threshold": st.floats(0, 1) | json_scalars,
}
plausible = (st.fixed_dictionaries({"input": texts | st.lists(texts, min_size=1, max_size=5)},
                                   optional={"model": texts})
             | st.fixed_dictionaries({"prompt": texts}, optional={
                 "response": texts | st.none(), "threshold": st.floats(0, 1),
                 "domain": st.sampled_from(["finance", "healthcare", "law", "general"])})
             | st.fixed_dictionaries({"messages": st.lists(texts, min_size=1, max_size=4).map(
                 lambda cs: [{"role": ("user", "assistant")[i % 2], "content": c}
                             for i, c in enumerate(cs)])}))
random_objects = st.dictionaries(st.sampled_from(sorted(fields)), st.just(None), max_size=5).flatmap(
    lambda keys: st.fixed_dictionaries({k: fields[k] for k in keys}))
bodies = (plausible.map(json.dumps) | plausible.map(json.dumps) | random_objects.map(json.dumps)
    | json_values.map(json.dumps)
    | st.binary(max_size=60))


@pytest.fixture(scope="module")
def fuzz_client():
    from fastapi.testclient import TestClient

    app = create_app(load_guard("fake"), Settings(api_keys=[KEY], max_chars=30))
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                     HealthCheck.too_slow])
@given(path=st.sampled_from(["/v1/moderations", "/v1/guard"]), body=bodies,
       ctype=st.sampled_from(["application/json", "application/json", "text/plain"]))
def test_fuzz_request_schema(fuzz_client, path: str, body: Any, ctype: str):
    r = fuzz_client.post(path, content=body, headers={"Authorization": f"Bearer {KEY}",
                                                      "content-type": ctype})
    event(f"{path} {r.status_code}")
    assert r.status_code < 500, (r.status_code, r.text)   # the fake guard never fails
    assert r.status_code in (200, 413, 422), r.text
    out = r.json()
    if r.status_code == 200:
        if path == "/v1/moderations":
            parsed = ModerationResponse.model_validate(out)
            assert all(set(x.categories) == set(OPENAI_CATEGORIES) for x in parsed.results)
        else:
            assert isinstance(out["flagged"], bool) and isinstance(out["prompt"]["harmful"], bool)
    else:
        assert set(out["error"]) == {"message", "type", "param", "code"}
