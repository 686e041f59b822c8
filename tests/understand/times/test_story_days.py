"""Days a what-if's story tells of are no hand-in day (hostile4 finding 1)."""

from __future__ import annotations

import datetime as dt

from bot.understand.engine import engine_for
from bot.understand.times.story_days import told_as_deadline, without_story_days
from tests.understand.conftest import course_in, reply


def _days(question: str) -> list[str]:
    course = course_in("data/10-605-s24")
    now = dt.datetime(2024, 2, 20, 10, 0, tzinfo=course.tz)
    reading = without_story_days(engine_for(course).reader.read(question, now), now.date())
    return [reading.text[t.start : t.end] for t in reading.times]


def test_a_past_day_in_a_clause_of_its_own_is_left_out() -> None:
    assert _days("my laptop died yesterday and hw3 is due tomorrow, if i submit it at 11pm will it count") == [
        "tomorrow",
        "11pm",
    ]


def test_a_past_day_with_its_clock_is_kept() -> None:
    assert _days("if i had submitted hw3 yesterday at 11pm would it count") == ["yesterday at 11pm"]
    assert "yesterday" in _days("hw3 was due wednesday, what if i submitted it yesterday, at 11pm")


def test_a_future_day_is_never_left_out() -> None:
    assert _days("tomorrow, if i submit hw3 at 11pm will it count") == ["tomorrow", "11pm"]


def test_the_what_if_is_on_the_day_the_question_means() -> None:
    course = course_in("tests/fixtures/courses/chem-1310-s26")
    _, said = reply(course, "i was sick yesterday, q6 is due friday, if i do it at 6pm is that ok", "2026-03-04 14:00")
    assert "you'd submit Fri Mar 6, 6:00 PM" in said
    assert said.splitlines()[2].startswith("No:")


def test_a_due_day_told_in_a_clause_of_its_own_is_left_out() -> None:
    """'hw3 is due wednesday, if i submit friday': the deadline the student knows is no hand-in day."""
    assert _days("hw3 is due wednesday night, if i turn it in friday afternoon what happens") == ["friday afternoon"]


def test_a_due_day_told_with_only_a_clock_asked_is_kept() -> None:
    """'hw3 is due tomorrow, if i submit it at 11pm': the clock is on the day told."""
    assert _days("hw3 is due tomorrow, if i submit it at 11pm will it count") == ["tomorrow", "11pm"]


def test_a_day_told_as_the_deadline_is_no_hand_in_day() -> None:
    """ "hw3 was due wednesday and i forgot, can i still ..." tells when it closed; a later day asked stays the
    hand-in day."""
    course = course_in("data/10-605-s24")
    now = dt.datetime(2024, 2, 23, 10, 0, tzinfo=course.tz)
    cases = [
        ("hw3 was due wednesday and i forgot, can i still turn it in", {"wednesday": True}),
        ("hw3 closed on wednesday, can i hand it in saturday", {"wednesday": True, "saturday": False}),
        ("can i hand in hw3 on wednesday", {"wednesday": False}),
    ]
    for question, told in cases:
        reading = engine_for(course).reader.read(question, now)
        found = {reading.text[t.start : t.end].removeprefix("on "): told_as_deadline(reading, t) for t in reading.times}
        assert found == told, question
