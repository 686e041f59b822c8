"""How long each part of something is: a card stating no length says first that the page doesn't say how long each
one is (an honest unknown); a card stating a length in minutes, hours, words or pages stands."""

from __future__ import annotations

import pytest

from bot.core.answer import Answer, text
from bot.course.model import Course
from bot.understand.about_course.part_length import asks_each_length, unstated_part_length
from tests.understand.conftest import course_in, reply


@pytest.fixture(scope="module")
def chem() -> Course:
    return course_in("tests/fixtures/courses/chem-1310-s26")


@pytest.mark.parametrize(
    "question",
    [
        "how long is each scene in the performance evening",
        "how many minutes does every group get at the poster session",
        "how much time does each student get in the oral",
        "how long should each journal entry be",
    ],
)
def test_the_length_of_each_part_is_asked(question):
    assert asks_each_length(question)


@pytest.mark.parametrize("question", ["how long is the exam", "how long is the performance evening", "how long is lab"])
def test_the_length_of_the_whole_is_not_each_parts(question):
    assert not asks_each_length(question)


def _card(*lines: str) -> Answer:
    return Answer(title="Showcase", lines=tuple(text(line) for line in lines))


def test_a_card_without_a_length_is_an_honest_unknown():
    said = unstated_part_length("how long is each scene", _card("Fri Jul 2, 8:00 PM - 10:00 PM"), "ask on Ed")
    assert said.kind == "unknown"
    assert said.lines[0] == text("The course page doesn't say how long each one is; ask on Ed. What it does say:")


@pytest.mark.parametrize("said", ["Each group presents in a 15-minute slot.", "10 minutes per talk", "300 words each"])
def test_a_card_with_a_length_stands(said):
    card = _card(said)
    assert unstated_part_length("how long is each talk", card, "ask on Ed") is card


def test_in_the_engine_on_two_courses(chem, stat):
    """On two courses, a part's length the page never gives is not answered with the whole event's times."""
    for c, now in ((chem, "2026-02-20 10:00"), (stat, "2024-10-01 10:00")):
        result, _ = reply(c, "how long is each presentation in the final week", now)
        assert result.answer.kind in ("unknown", "unsure", "out_of_scope")
