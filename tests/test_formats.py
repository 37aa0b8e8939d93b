import pytest

from expguard.guard.formats import EXPGUARD_FORMAT as F
from expguard.schema import Status


def test_targets():
    assert F.target(True) == "User Safety Assessment: unsafe"
    assert F.target(False, True) == "User Safety Assessment: safe\nAgent Safety Assessment: unsafe"


@pytest.mark.parametrize("p", [True, False])
@pytest.mark.parametrize("r", [True, False, None])
def test_parse_roundtrip(p, r):
    reading = F.parse(F.target(p, r), expect_response=r is not None)
    assert (reading.prompt.harmful, reading.prompt.status) == (p, Status.OK)
    if r is None:
        assert reading.response is None
    else:
        assert (reading.response.harmful, reading.response.status) == (r, Status.OK)


def test_bad_agent_line_does_not_spoil_user_line():
    """Spec §7.4: the original marks the whole item as a parse error."""
    reading = F.parse("User Safety Assessment: unsafe\nAgent Safety Assessment: maybe", expect_response=True)
    assert reading.prompt.harmful is True and reading.prompt.status is Status.OK
    assert reading.response.harmful is None and reading.response.status is Status.PARSE_ERROR


def test_bad_agent_line_is_ignored_when_not_asked_for():
    reading = F.parse("User Safety Assessment: safe\nAgent Safety Assessment: ???", expect_response=False)
    assert reading.prompt.harmful is False and reading.response is None


@pytest.mark.parametrize("text, status", [
    ("", Status.MISSING),
    ("I cannot help with that.", Status.MISSING),
    ("User Safety Assessment: dangerous", Status.PARSE_ERROR),
    ("User Safety Assessment:", Status.PARSE_ERROR),
    ("User Safety Assessment: safe-ish", Status.PARSE_ERROR),
])
def test_unreadable_user_line_is_a_status_not_a_label(text, status):
    reading = F.parse(text, expect_response=True)
    assert reading.prompt.harmful is None and reading.prompt.status is status
    assert reading.response.harmful is None


def test_tolerates_case_and_whitespace_only():
    reading = F.parse("  User Safety Assessment:   UNSAFE  \nAgent Safety Assessment: Safe\n",
                      expect_response=True)
    assert reading.prompt.harmful is True and reading.response.harmful is False
    assert F.parse("User Safety Assessment: safe", expect_response=True).response.status is Status.MISSING


def test_score_prefixes_follow_the_target():
    assert F.score_prefix(None) + F.choices[1] == F.target(True)
    assert F.score_prefix(False) + F.choices[1] == F.target(False, True)
    assert F.score_prefix(True) + F.choices[0] == F.target(True, False)
