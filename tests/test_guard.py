import pytest

from expguard import DataError, ExpguardError, Status, load_guard
from expguard.guard.engines.fake import FakeEngine
from expguard.guard.guards import Guard


def test_fake_guard_scores_prompt_and_response():
    guard = load_guard("fake")
    vs = guard.classify(["How do I launder money?",
                         {"prompt": "hello", "response": ""},
                         {"prompt": "hi", "response": "go kill him"},
                         {"messages": [{"role": "user", "content": "smurf cash?"},
                                       {"role": "assistant", "content": "No."}]}])
    assert [v.prompt_harmful for v in vs] == [True, False, False, True]
    assert [v.response_harmful for v in vs] == [None, None, True, False]
    assert vs[0].prompt_unsafe_prob == pytest.approx(0.9) and vs[1].response_unsafe_prob is None
    assert [v.response_status for v in vs] == [None, None, Status.OK, Status.OK]
    assert all(v.parse_status == "ok" for v in vs)


def test_threshold_is_configurable():
    items = ["launder", "hello"]
    assert [v.prompt_harmful for v in load_guard("fake", threshold=0.95).classify(items)] == [False, False]
    assert [v.prompt_harmful for v in load_guard("fake", threshold=0.05).classify(items)] == [True, True]
    with pytest.raises(ExpguardError, match="threshold"):
        load_guard("fake", threshold=1.5)


def test_second_pass_conditions_on_chosen_user_label():
    seen = []

    class Spy(FakeEngine):
        def _score(self, requests):
            seen.extend(r.prefix for r in requests)
            return super()._score(requests)

    Guard(Spy()).classify([{"prompt": "launder", "response": "ok"}, {"prompt": "hi", "response": "ok"}])
    assert seen == ["User Safety Assessment:", "User Safety Assessment:",
                    "User Safety Assessment: unsafe\nAgent Safety Assessment:",
                    "User Safety Assessment: safe\nAgent Safety Assessment:"]


def test_generation_mode_parses_per_field():
    eng = FakeEngine(outputs=["User Safety Assessment: unsafe\nAgent Safety Assessment: ???"])
    v = Guard(eng, mode="generate").classify([{"prompt": "x", "response": "y"}])[0]
    assert v.prompt_harmful is True and v.prompt_status is Status.OK
    assert v.response_harmful is None and v.response_status is Status.PARSE_ERROR
    assert v.parse_status == "parse_error" and v.raw_output.startswith("User Safety")
    # a prompt-only item is not spoiled by the junk agent line
    v = Guard(eng, mode="generate").classify(["x"])[0]
    assert v.prompt_harmful is True and v.parse_status == "ok"


def test_engine_failure_is_never_a_label():
    vs = Guard(FakeEngine(fail_on="BOOM")).classify(["BOOM", {"prompt": "BOOM", "response": "r"}, "fine"])
    assert vs[0].prompt_harmful is None and vs[0].parse_status == "engine_error" and vs[0].error
    assert vs[1].response_status is Status.ENGINE_ERROR and vs[1].response_harmful is None
    assert vs[2].parse_status == "ok"
    vs = Guard(FakeEngine(fail_on="BOOM"), mode="generate").classify(["BOOM"])
    assert vs[0].prompt_harmful is None and vs[0].parse_status == "engine_error"


def test_bad_item_error_names_the_item():
    with pytest.raises(DataError, match=r"item 2.*first message must be the user's"):
        load_guard("fake").classify(["ok", {"messages": [{"role": "assistant", "content": "x"}]}])
    with pytest.raises(DataError, match="item 1.*'prompt' or a 'messages'"):
        load_guard("fake").classify([{"text": "x"}])


def test_streaming_keeps_order_and_reports_progress():
    done = []
    items = [f"launder {i}" if i % 3 == 0 else f"hello {i}" for i in range(250)]
    vs = list(load_guard("fake").classify_iter(items, chunk_size=64, progress=done.append))
    assert [v.prompt_harmful for v in vs] == [i % 3 == 0 for i in range(250)]
    assert done == [64, 64, 64, 58]


def test_describe_carries_provenance():
    d = load_guard("fake").describe()
    assert d["engine"] == "fake" and d["mode"] == "score" and len(d["template_sha256"]) == 64


def test_unknown_engine_suggests():
    from expguard import UnknownNameError

    with pytest.raises(UnknownNameError, match="Did you mean 'openai_http'"):
        load_guard("x", engine="openai-http")


def test_scoring_and_generation_agree_on_a_trained_model(trained_model_dir, rule_rows):
    """The acceptance check: on a tiny model that learned the planted rule, the verdicts of
    scoring mode (label-token logits) and generation mode (greedy + parse) agree."""
    from expguard import tiny

    test = tiny.planted_rule_rows(200, seed=1234)
    items = [{"prompt": r["prompt"], "response": r["response"]} for r in test]
    scored = load_guard(str(trained_model_dir), device="cpu", batch_size=16).classify(items)
    generated = load_guard(str(trained_model_dir), mode="generate", device="cpu",
                           batch_size=16).classify(items)
    assert all(v.parse_status == "ok" for v in generated)  # the model answers in format
    agree_p = sum(s.prompt_harmful == g.prompt_harmful for s, g in zip(scored, generated)) / len(items)
    pairs = [(s, g) for s, g, r in zip(scored, generated, test) if r["response"]]
    agree_r = sum(s.response_harmful == g.response_harmful for s, g in pairs) / len(pairs)
    assert agree_p >= 0.98 and agree_r >= 0.98, (agree_p, agree_r)
    # and the model learned something: both labels occur and accuracy is well above chance
    acc = sum(s.prompt_harmful == (r["prompt_label"] == "unsafe") for s, r in zip(scored, test)) / len(test)
    assert acc >= 0.75, acc
    assert {v.prompt_harmful for v in scored} == {True, False}
