"""The engine contract, run against every local engine (hf on a tiny random Qwen2, fake)."""

import pytest

from expguard import Conversation
from expguard.guard.engines.base import Failure, Score, ScoreRequest
from expguard.guard.formats import EXPGUARD_FORMAT as F
from expguard.guard.template import expguard_template

CONVS = [Conversation.of("short"),
         Conversation.of("a much longer prompt about my mortgage, my tax return and the loan " * 3),
         Conversation.of("What is a haircut in repo?", "The discount applied to collateral."),
         Conversation.from_messages([{"role": "user", "content": "I run a clinic."},
                                     {"role": "assistant", "content": "How can I help?"},
                                     {"role": "user", "content": "zorblat the patient"}])]


@pytest.fixture(params=["hf", "fake"])
def engine(request, tmp_path_factory):
    if request.param == "fake":
        from expguard.guard.engines.fake import FakeEngine

        return FakeEngine()
    request.getfixturevalue("hf")
    from expguard.guard.engines.hf import HFEngine

    return HFEngine(str(request.getfixturevalue("random_model_dir")), batch_size=2, device="cpu")


def _requests(followup=True):
    tmpl = expguard_template()
    return [ScoreRequest(tmpl.render_prompt(c), F.score_prefix(), F.choices,
                         followup=F.agent_prefix if followup and c.has_response else None)
            for c in CONVS]


def test_score_contract(engine):
    reqs = _requests()
    scores = engine.score(reqs)
    assert len(scores) == len(reqs)
    assert all(isinstance(s, Score) and 0.0 < s.p < 1.0 for s in scores)
    for r, s in zip(reqs, scores):
        if r.followup is None:
            assert s.after is None
        else:  # the branch the guard takes is always scored
            taken = s.after[s.p >= r.branch_threshold]
            assert isinstance(taken, float) and 0.0 < taken < 1.0
    # order is the input order, whatever the engine's internal sorting and batching
    single = [engine.score([r])[0] for r in reqs]
    assert [s.p for s in scores] == pytest.approx([s.p for s in single], abs=1e-5)
    reversed_scores = engine.score(reqs[::-1])[::-1]
    assert [s.p for s in scores] == pytest.approx([s.p for s in reversed_scores], abs=1e-5)


def test_generate_contract(engine):
    prompts = [r.prompt for r in _requests()]
    texts = engine.generate(prompts, max_new_tokens=6)
    assert len(texts) == len(prompts) and all(isinstance(t, str) for t in texts)
    assert texts == [engine.generate([p], max_new_tokens=6)[0] for p in prompts]


def test_describe_has_provenance(engine):
    d = engine.describe()
    assert {"engine", "model", "revision"} <= d.keys()


def _plain_prob(eng, text, choices):
    """P(choices[1]) from one unpadded, uncached forward pass over ``text``."""
    import torch

    ids = eng.tokenizer(text, add_special_tokens=False)["input_ids"]
    a, b = (eng.tokenizer(text + c, add_special_tokens=False)["input_ids"][len(ids)] for c in choices)
    with torch.inference_mode():
        logits = eng.model(input_ids=torch.tensor([ids])).logits[0, -1]
    return torch.softmax(logits[[a, b]], -1)[1].item()


@pytest.mark.parametrize("batch_size", [1, 4])
def test_hf_fast_scoring_equals_plain_forward_passes(hf, random_model_dir, batch_size):
    """Shared head cache + padded batches + branch reuse give the numbers of a plain forward pass
    over each full sequence, for the first label and for both follow-up branches."""
    from expguard.guard.engines.hf import HFEngine

    eng = HFEngine(str(random_model_dir), batch_size=batch_size, device="cpu")
    reqs = _requests()
    scores = eng.score(reqs)
    assert eng._heads and all(len(ids) > 50 for ids, _ in eng._heads.values())  # head cache used
    for r, s in zip(reqs, scores):
        base = r.prompt.text + r.prefix
        assert s.p == pytest.approx(_plain_prob(eng, base, F.choices), abs=1e-5)
        if r.followup:
            for c in (0, 1):
                expected = _plain_prob(eng, base + F.choices[c] + F.agent_prefix, F.choices)
                assert s.after[c] == pytest.approx(expected, abs=1e-5)


def test_hf_missing_model_is_a_clear_error(hf, tmp_path):
    from expguard import EngineError
    from expguard.guard.engines.hf import HFEngine

    with pytest.raises(EngineError, match="cannot load model"):
        HFEngine(str(tmp_path / "nope"), local_files_only=True)


def test_fake_marks_failures():
    from expguard.guard.engines.fake import FakeEngine

    reqs = _requests()
    out = FakeEngine(fail_on="haircut").score(reqs)
    assert isinstance(out[2], Failure) and all(isinstance(x, Score) for i, x in enumerate(out) if i != 2)
