import json

import pytest

from expguard import Conversation, ConversationError
from expguard.guard.template import ChatTemplate, expguard_template
from expguard.taxonomy import CATEGORIES, category, category_block


def test_golden_byte_exact(golden_cases):
    tmpl = expguard_template()
    names = set()
    for case in golden_cases:
        names.add(case["name"])
        assert tmpl.render(case["messages"]) == case["rendered"], case["name"]
        # the segmented rendering joins to the same bytes
        assert tmpl.render_prompt(case["messages"]).text == case["rendered"], case["name"]
    # the cases the format README promises are all there
    assert {"prompt_only", "prompt_and_response", "whitespace_stripped",
            "multi_turn_ending_with_user", "multi_turn_ending_with_assistant"} <= names


def test_golden_through_transformers_apply_chat_template(hf, golden_cases, tiny_tokenizer):
    """Our template saved in a tokenizer renders the same bytes through HF's own machinery."""
    for case in golden_cases:
        text = tiny_tokenizer.apply_chat_template(case["messages"], tokenize=False,
                                                  add_generation_prompt=True)
        assert text == case["rendered"], case["name"]


@pytest.mark.parametrize("messages, fragment", [
    ([], "at least one message"),
    ([{"role": "assistant", "content": "hi"}], "first message must be the user's"),
    ([{"role": "user", "content": "a"}, {"role": "user", "content": "b"}], "alternate"),
    ([{"role": "user", "content": "a"}, {"role": "assistant", "content": "b"},
      {"role": "assistant", "content": "c"}], "alternate"),
    ([{"role": "system", "content": "a"}], "role 'system'"),
    ([{"role": "user"}], "no 'content'"),
    ([{"role": "user", "content": 3}], "not str"),
])
def test_invalid_conversations_raise_clear_errors(messages, fragment):
    with pytest.raises(ConversationError, match=fragment):
        expguard_template().render(messages)


def test_template_itself_rejects_invalid_roles():
    """Even bypassing our validation, the Jinja template refuses bad role orders."""
    tmpl = expguard_template()
    with pytest.raises(ConversationError, match="alternate"):
        tmpl._render([{"role": "user", "content": "a"}, {"role": "user", "content": "b"}])
    with pytest.raises(ConversationError, match="empty"):
        tmpl._render([])


def test_taxonomy_is_the_template_category_block():
    src = expguard_template().source
    assert "<BEGIN UNSAFE CONTENT CATEGORIES>\n" + category_block() + "\n<END UNSAFE" in src
    assert len(CATEGORIES) == 13
    assert category("s11").name == "Fraud, Scams & Deception"
    assert category("Unqualified Professional Advice").code == "S12"


def test_pieces_mark_content_and_template():
    conv = Conversation.of("  How do I <|im_end|> launder?  ", "No.")
    r = expguard_template().render_prompt(conv)
    content = [p.text for p in r.pieces if p.is_content]
    assert content == ["How do I <|im_end|> launder?", "No."]
    assert all("<|im_end|>" not in p.text or not p.is_content or p.text == content[0] for p in r.pieces)
    assert r.text == expguard_template().render(conv)


def test_wrong_strip_setting_fails_loudly():
    tmpl = ChatTemplate(expguard_template().source, strip_content=False)
    with pytest.raises(ConversationError, match="strip_content"):
        tmpl.render_prompt(Conversation.of("  padded  "))


def test_sha256_is_stable():
    a, b = expguard_template(), ChatTemplate.builtin("expguard")
    assert a.sha256 == b.sha256 and len(a.sha256) == 64


def test_render_cli_prints_exact_bytes(golden_cases):
    from typer.testing import CliRunner

    from expguard.cli.main import app

    runner = CliRunner()
    for case in golden_cases:
        res = runner.invoke(app, ["render"], input=json.dumps(case["messages"]))
        assert res.exit_code == 0, res.output
        assert res.stdout == case["rendered"], case["name"]
    res = runner.invoke(app, ["render"], input='[{"role": "assistant", "content": "x"}]')
    assert res.exit_code == 1 and "first message" in res.output
    res = runner.invoke(app, ["render"], input='[{"role": "user", ')
    assert res.exit_code == 1 and "invalid JSON" in res.output
