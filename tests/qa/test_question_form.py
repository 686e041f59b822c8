"""The forum's forms: a value over its field's limit is refused (never cut), naming the field and both lengths; a
required value too short is refused; a question's title is one line and says something."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from bot.core.errors import UserError
from bot.qa.question_form import TITLE_MIN, form_values, question_text


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    required: bool = True
    min_length: int = 0
    max_length: int = 100


FIELDS = (Field("title", "Title", min_length=TITLE_MIN, max_length=20), Field("details", "Details", required=False))


def test_values_within_their_limits_are_kept_as_sent():
    assert form_values({"title": "  HW3 Q2 stable  ", "extra": "x"}, FIELDS) == {
        "title": "  HW3 Q2 stable  ",
        "details": "",
    }


def test_a_value_over_its_limit_is_refused_not_cut():
    with pytest.raises(UserError, match=r"Title holds at most 20 characters; yours has 21\. Nothing was posted"):
        form_values({"title": "x" * 21}, FIELDS)


@pytest.mark.parametrize("title", ["", "   ", "abc"])
def test_a_required_value_too_short_is_refused(title):
    with pytest.raises(UserError, match="Title needs at least 5 characters"):
        form_values({"title": title}, FIELDS)


def test_the_title_is_one_line_and_the_details_trimmed():
    assert question_text({"title": "HW3\n  Q2:   stable?", "details": "\n what i tried \n"}) == (
        "HW3 Q2: stable?",
        "what i tried",
    )


def test_a_title_that_is_short_once_spaces_are_gone_is_refused():
    """Six characters sent as "a    b" are three once on one line: the limit is of what would be posted."""
    with pytest.raises(UserError, match="at least 5 characters: say what the question is about"):
        question_text({"title": "a    b", "details": "long details"})


def test_control_characters_never_reach_the_forum():
    """A crafted client's ESC and BEL are dropped from every value, the title and details as posted included."""
    values = {"title": "Q4 \x1b[2J\x1b[31mFORGED\x1b[0m\x07 allowed?", "details": "body \x1b]0;pwned\x07"}
    wide = (Field("title", "Title", min_length=TITLE_MIN), Field("details", "Details", required=False))
    assert form_values(values, wide) == {"title": "Q4 [2J[31mFORGED[0m allowed?", "details": "body ]0;pwned"}
    assert question_text(values) == ("Q4 [2J[31mFORGED[0m allowed?", "body ]0;pwned")


@pytest.mark.parametrize(
    "title", ["\u202e\u200b" * 8, "\u3164" * 10, "\x1b\x07\x1b\x07\x1b\x07", "ab\u200b\u200b\u200bc"]
)
def test_a_title_that_draws_nothing_is_refused(title):
    """Zero-width, direction, blank and control characters do not count toward a title's or field's minimum."""
    with pytest.raises(UserError, match="at least 5 characters"):
        question_text({"title": title, "details": "x"})
    with pytest.raises(UserError, match="Title needs at least 5 characters"):
        form_values({"title": title}, FIELDS)
