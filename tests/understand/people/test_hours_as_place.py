"""A regrade or an extension asked for in office hours is asked about the regrade or extension, not the hours."""

from __future__ import annotations

import pytest

from bot.understand.people.hours_as_place import hours_as_place
from tests.understand.conftest import course_in, reply


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("can i ask for a re grade in office hours", True),
        ("could i request an extension at office hours", True),
        ("can i get a regrade during oh", True),
        ("is it ok to ask for more time on the essay at the ta hours", True),
        ("could i get a re grade at marco office hours", True),  # someone's hours, as respelled
        ("can i ask for a regrade in priya's oh", True),
        ("can i get an extension on hw3 in the next 48 hours", False),  # a span of hours, no help hours
        ("when are office hours", False),
        ("can i ask about my regrade", False),  # no hours named
        ("are office hours cancelled during the extension week", False),  # the hours asked, no request
    ],
)
def test_hours_as_the_place_of_a_request(text, place):
    """The hours after "in"/"at"/"during" a request for a regrade or an extension are where it is asked."""
    assert hours_as_place(text) is place


@pytest.mark.parametrize(
    ("folder", "question", "intent", "said"),
    [
        ("data/stat-187-f24", "can i ask for a regrade in office hours", "regrade", "PrairieLearn"),
        ("tests/fixtures/courses/chem-1310-s26", "could i get a regrade during oh", "regrade", "Gradescope"),
        ("data/stat-187-f24", "can i request an extension at office hours", "extension", "email the course staff"),
        ("data/stat-187-f24", "could i get a regrade at marco's oh", "regrade", "PrairieLearn"),
    ],
)
def test_the_request_is_answered_with_its_route(folder, question, intent, said):
    """The regrade's or the extension's route is the answer, never the list of coming office hours."""
    result, text = reply(course_in(folder), question, "2026-02-10 10:00")
    assert result.parts[0].intent == intent, text
    assert said in text
