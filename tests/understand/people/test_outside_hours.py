"""Meeting a member of staff outside their office hours, by the page's own words
(bot.understand.people.outside_hours)."""

from __future__ import annotations

import pytest

from tests.understand.conftest import course_in, first_line, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"  # Marcus Feld: no hours, "email him for an appointment"
STAT = "data/stat-187-f24"  # nobody's appointments on the page
NOW = {CHEM: "2026-03-02 10:00", STAT: "2024-10-14 10:00"}


@pytest.mark.parametrize(
    ("folder", "question", "opening"),
    [
        (CHEM, "can i book an appointment with dr feld", "Yes: Marcus Feld has no regular office hours"),
        (CHEM, "how do i meet feld outside office hours", "Marcus Feld has no regular office hours"),  # not yes/no
        (CHEM, "i have class during hannah's hours, can i catch her another day", "Whether Hannah Lindqvist"),
        (STAT, "is it possible to meet priya outside of her office hours", "Whether Priya Raman"),
        (STAT, "does marco do appointments", "Whether Marco Bellini"),
        (CHEM, "how do i book a time w dr feld", "Marcus Feld has no regular office hours"),  # an appointment
        (STAT, "can i arrange a meeting with priya", "Whether Priya Raman"),
    ],
)
def test_appointments_or_the_page_is_silent(folder, question, opening):
    """Yes and how from the person's appointments; else that the page does not say, never a Yes from their hours."""
    result, said = reply(course_in(folder), question, NOW[folder])
    assert [p.intent for p in result.parts] == ["outside_hours"], said
    assert first_line(said).startswith(opening)
    assert ("not on the course page" in said) == opening.startswith("Whether")


def test_regular_hours_follow_the_silence():
    """What the page does say, their weekly hours, follows the honest 'not on the course page'."""
    result, said = reply(course_in(STAT), "could i see priya some other time, i work mondays", NOW[STAT])
    assert result.answer.kind == "unknown"
    assert "Mondays 3:00 PM" in said


@pytest.mark.parametrize(
    "question",
    [
        "is dr okafor's office hour at a different time next week",  # a change to the hours themselves
        "when are hannah's office hours",
        "can i do the quiz at a different time",  # no one to meet
        "can i book a room for my study group",  # no time with someone
    ],
)
def test_not_another_time_with_someone(question):
    """Hours moved, the hours themselves, or another time for work: other readings."""
    result, said = reply(course_in(CHEM), question, NOW[CHEM])
    assert all(p.intent != "outside_hours" for p in result.parts), said
