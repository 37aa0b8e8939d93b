"""The engine contract, run against every local engine (hf on a tiny random Qwen2, fake)."""

import pytest

from expguard import Conversation
from expguard.guard.engines.base import Failure, ScoreRequest
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


def _requests():
    tmpl = expguard_template()
    return [ScoreRequest(tmpl.render_prompt(c), F.score_prefix(), F.choices) for c in CONVS]


def test_score_contract(engine):
    reqs = _requests()
    probs = engine.score(reqs)
    assert len(probs) == len(reqs)
    assert all(isinstance(p, float) and 0.0 < p < 1.0 for p in probs)
    # order is the input order, whatever the engine's internal sorting and batching
    single = [engine.score([r])[0] for r in reqs]
    assert probs == pytest.approx(single, abs=1e-5)
    reversed_probs = engine.score(reqs[::-1])[::-1]
    assert probs == pytest.approx(reversed_probs, abs=1e-5)


def test_generate_contract(engine):
    prompts = [r.prompt for r in _requests()]
    texts = engine.generate(prompts, max_new_tokens=6)
    assert len(texts) == len(prompts) and all(isinstance(t, str) for t in texts)
    assert texts == [engine.generate([p], max_new_tokens=6)[0] for p in prompts]


def test_describe_has_provenance(engine):
    d = engine.describe()
    assert {"engine", "model", "revision"} <= d.keys()


def test_hf_left_padding_matches_unpadded_logits(hf, random_model_dir):
    """Scores in a padded batch equal scores computed one by one (position ids are right)."""
    import torch

    from expguard.guard.engines.hf import HFEngine

    eng = HFEngine(str(random_model_dir), batch_size=4, device="cpu")
    reqs = _requests()
    batched = eng.score(reqs)
    for r, p in zip(reqs, batched):
        ids = eng.tokenizer(r.prompt.text + r.prefix, add_special_tokens=False)["input_ids"]
        with torch.inference_mode():
            logits = eng.model(input_ids=torch.tensor([ids])).logits[0, -1]
        s, u = (eng.tokenizer(F.score_prefix() + c, add_special_tokens=False)["input_ids"][-1]
                for c in F.choices)
        expected = torch.softmax(logits[[s, u]], -1)[1].item()
        assert p == pytest.approx(expected, abs=1e-5)


def test_hf_missing_model_is_a_clear_error(hf, tmp_path):
    from expguard import EngineError
    from expguard.guard.engines.hf import HFEngine

    with pytest.raises(EngineError, match="cannot load model"):
        HFEngine(str(tmp_path / "nope"), local_files_only=True)


def test_fake_marks_failures():
    from expguard.guard.engines.fake import FakeEngine

    reqs = _requests()
    out = FakeEngine(fail_on="haircut").score(reqs)
    assert isinstance(out[2], Failure) and all(isinstance(x, float) for i, x in enumerate(out) if i != 2)
