from __future__ import annotations

import pytest

from tests.understand.conftest import course_in, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"


@pytest.fixture(scope="module")
def chem():
    return course_in(CHEM)


@pytest.mark.parametrize(
    "question",
    [
        "is there any extra credit in this class",
        "do we get extra credit for anything",
        "will there be extra credit on the final",
    ],
)
def test_a_keyword_the_missing_note_names_is_asked_as_missing(chem, question):
    result, said = reply(chem, question, "2026-03-04 14:00")
    assert result.answer.kind == "unknown", said
    assert "extra credit, is not on the page" in said


def test_the_policy_itself_is_still_answered(chem):
    result, said = reply(chem, "whats the grading breakdown", "2026-03-04 14:00")
    assert result.answer.kind == "info", said
    assert "25%" in said


@pytest.mark.parametrize(
    "question",
    ["how long do i have to dispute a lab report grade", "whats the deadline for disputing my lab report grade"],
)
def test_disputing_a_grade_is_a_regrade(chem, question):
    result, said = reply(chem, question, "2026-03-04 14:00")
    assert "Regrade" in said
    assert result.answer.kind == "unknown", said


def test_disputing_a_stated_window_is_answered(stat):
    _, said = reply(stat, "can i dispute my midterm grade", "2024-10-10 10:00")
    assert "regrade" in said.lower()


def test_a_keyword_the_page_itself_uses_is_not_left_out(chem):
    from bot.understand.policies.left_out import left_out_keywords
    from tests.understand.conftest import course_in as load

    assert left_out_keywords(chem.policy("grading")) == ["extra credit"]
    main = load("data/10-605-s24")
    assert left_out_keywords(main.policy("extensions")) == []  # "extension" is the page's own word there
    assert left_out_keywords(main.policy("attendance")) == ["grading breakdown"]  # one word names too much


def test_the_missing_thing_asked_of_another_card_is_unknown(chem):
    result, said = reply(chem, "is there extra credit on the final", "2026-03-04 14:00")
    assert result.answer.kind == "unknown", said
    assert "extra credit, is not on the page" in said
