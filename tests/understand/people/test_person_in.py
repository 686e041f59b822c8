"""Whether a named person is in (on a day, or at all) asks their help hours, never the day's classes."""

from __future__ import annotations

import pytest

from bot.understand.people.person_in import asks_person_in
from bot.understand.words.titles import HONORIFICS
from tests.understand.conftest import course_in, first_line, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("is okafor in on monday", True),
        ("is dr feld in on friday", True),
        ("will hannah be in today", True),
        ("is park around tomorrow", True),
        ("is marco in the office every tuesday", True),
        ("is okafor in charge of the labs", False),
        ("is there class in the lab on monday", False),
        ("is hw3 in the drop box", False),
        ("what room is priyas section in", False),  # a thing of the person's is in a room, not the person
        ("is okafors lab in today", False),
        ("is tutor park in today", True),  # the head word of a course's own role title ("Seminar Tutor")
        ("is miss park in today", True),
    ],
)
def test_being_in_is_asked(text, asked):
    """ "is X in on <day>" asks whether they can be found; "in charge", "in the lab", "priya's section in" are other
    questions (the one in must be the person named)."""
    named = frozenset({"okafor", "feld", "hannah", "park", "marco", "priya"})
    assert asks_person_in(text, named, HONORIFICS | {"tutor"}) is asked


@pytest.mark.parametrize(
    ("question", "first", "person"),
    [
        ("is okafor in on mondays", "Yes", "Dana Okafor"),
        ("is park in on fridays", "Yes", "Jun-seo Park"),
        ("is dr feld in on friday", "No", "Marcus Feld"),  # by appointment only
    ],
)
def test_a_named_person_in_on_a_day_is_their_hours(question, first, person):
    """CHEM 1310: the person's hours that weekday, not the lecture of the next such day."""
    result, said = reply(course_in(CHEM), question, "2026-02-10 10:00")
    assert result.parts[0].intent == "office_hours", said
    assert first_line(said).startswith(first), said
    assert person in said
