"""Issue 12, round 14 (the second hostile test): a what-if day after a past story is still to come, "before X" is
the days up to X, bare day numbers are the coming ones, a different question is not answered as if sure (marks lost,
a place and a time both stated, the next meeting after a named one), a part of the day is a span, and a stated pool
is read in every phrasing. On every course."""

from __future__ import annotations

import pytest

from bot.core.render_text import answer_text
from bot.course.loader import BUNDLED_DATA, load_course
from bot.understand.engine import engine_for, read_question
from tests.conftest import FIXTURES, SECOND_DATA, local

HIST = load_course(FIXTURES / "courses" / "hist-210-a24")
GEO = load_course(FIXTURES / "courses" / "geo-2210-s25")
STAT = load_course(SECOND_DATA)
ML = load_course(BUNDLED_DATA)


def _shown(course, question: str, now: str) -> str:
    clock = local(course, now)
    return answer_text(read_question(course, question, clock).answer, course.tz, clock)


def _first(course, question: str, now: str) -> str:
    return _shown(course, question, now).splitlines()[2]


@pytest.mark.parametrize(
    ("course", "now", "question", "expected"),
    [
        (ML, "2024-03-13T14:30", "i was sick all last week, if i turn in hw4a on sunday at 3pm how bad", "Sun Mar 17"),
        (
            HIST,
            "2024-10-23T13:00",
            "my flatmate was ill, if i upload essay 1 saturday at 10am how many marks would i lose",
            "Sat Oct 26",
        ),
    ],
)
def test_a_what_if_after_a_past_story_is_still_to_come(course, now, question, expected):
    shown = _shown(course, question, now)
    assert f"you'd submit {expected}" in shown
    assert "before it was due" not in shown


@pytest.mark.parametrize(
    ("course", "now", "question", "yes"),
    [
        (ML, "2024-03-13T14:30", "is there a recitation before the 21st of march", True),
        (HIST, "2024-10-23T13:00", "are there any workshops before nov 3", True),
        (GEO, "2025-04-16T10:00", "is there a practical before may 9", True),
        (GEO, "2025-04-16T10:00", "is there a practical before april 24", False),
        (STAT, "2024-11-01T15:30", "are there any discussion sections before tuesday", False),
        (STAT, "2024-11-01T15:30", "is there a lecture before nov 5", False),
        (STAT, "2024-11-01T15:30", "is there a lecture by nov 5", True),
        (STAT, "2024-11-01T15:30", "any office hours before monday", False),
        (STAT, "2024-11-01T15:30", "are there office hours before wednesday", True),
    ],
)
def test_before_a_day_is_the_days_up_to_it(course, now, question, yes):
    assert _first(course, question, now).startswith("Yes" if yes else "No")


@pytest.mark.parametrize(
    ("course", "now", "question", "first", "last"),
    [
        (
            ML,
            "2024-03-13T14:30",
            "i'll be gone from the 2nd to the 9th of april, what will i miss",
            "Tue Apr 2",
            "Tue Apr 9",
        ),
        (HIST, "2024-10-23T13:00", "im travelling from the 4th to the 7th, what do i miss", "Mon Nov 4", "Thu Nov 7"),
        (STAT, "2024-11-01T15:30", "away 12th-14th, what will i miss", "Tue Nov 12", "Thu Nov 14"),
        (STAT, "2024-11-01T15:30", "away from the 29th to the 3rd, what will i miss", "Fri Nov 29", "Tue Dec 3"),
    ],
)
def test_bare_day_numbers_are_the_coming_ones(course, now, question, first, last):
    assert _shown(course, question, now).splitlines()[0] == f"Schedule, {first} – {last}"


def test_marks_lost_on_a_hand_in_day_is_a_what_if_not_a_regrade():
    clock = local(HIST, "2024-10-23T13:00")
    result = read_question(HIST, "if i hand in essay 2 on a saturday how many marks will i lose", clock)
    assert [p.intent for p in result.parts] != ["regrade"]


@pytest.mark.parametrize(
    ("course", "now", "question", "yes", "fact"),
    [
        (STAT, "2024-11-01T15:30", "is the final in redwood hall 1 at 10am", False, "8:00 AM"),
        (STAT, "2024-11-01T15:30", "is the final in redwood hall 1 at 8am", True, "Redwood Hall 1"),
    ],
)
def test_a_place_and_a_time_are_both_checked(course, now, question, yes, fact):
    first = _first(course, question, now)
    assert first.startswith("Yes" if yes else "No")
    assert fact in first


@pytest.mark.parametrize(
    ("course", "now", "question", "title", "fact"),
    [
        (
            ML,
            "2024-03-13T14:30",
            "when's the first recitation after the guest lecture",
            "after Wed Mar 20",
            "Recitation 9",
        ),
        (HIST, "2024-10-23T13:00", "whats the next seminar after the workshop", "after Wed Oct 23", "Mon Nov 4"),
    ],
)
def test_the_next_meeting_after_a_named_one_counts_from_it(course, now, question, title, fact):
    shown = _shown(course, question, now)
    assert title in shown.splitlines()[0]
    assert fact in shown


@pytest.mark.parametrize(
    ("course", "now", "question", "taken"),
    [
        (STAT, "2024-11-01T15:30", "what if ps6 goes in saturday morning, what's the damage", "Sat Nov 9, 9:00 AM"),
        (GEO, "2025-04-16T10:00", "if i submit sheet 4 saturday afternoon how bad", "2:30 PM"),
    ],
)
def test_a_part_of_the_day_is_a_span_and_says_what_it_took(course, now, question, taken):
    assert taken in _shown(course, question, now)


def test_the_ends_of_a_part_of_the_day_are_said_when_they_differ():
    shown = _shown(STAT, "if i submit ps6 on saturday morning how much do i lose", "2024-11-01T15:30")
    for penalty in ("32% penalty", "26% penalty", "38% penalty"):  # at 9 AM, and at the morning's ends
        assert penalty in shown


@pytest.mark.parametrize(
    "question",
    [
        "if i have no tokens and hand in essay 1 tuesday at 9am how many marks do i lose",
        "i dont have any tokens left, if i hand in essay 1 tuesday at 9am how many marks do i lose",
        "im out of tokens, if i hand in essay 1 tuesday at 9am how many marks do i lose",
    ],
)
def test_a_stated_empty_pool_is_read_in_every_phrasing(question):
    shown = _shown(HIST, question, "2024-10-23T13:00")
    assert "With 0 late tokens left, as you say" in shown
    assert "Assuming all 2" not in shown


def test_a_supposition_after_a_past_story_is_not_read_as_past():
    reading = engine_for(ML).reader.read(
        "my laptop died last night, if i hand in hw4a saturday around noon", local(ML, "2024-03-13T14:30")
    )
    assert not reading.past
    assert next(t for t in reading.times if t.kind == "moment").first.isoformat() == "2024-03-16"


@pytest.mark.parametrize(
    ("course", "now", "question", "yes"),
    [
        (ML, "2024-03-13T14:30", "i already used 3 grace days, can i still use 2 on hw4b", False),
        (ML, "2024-03-13T14:30", "i used 1 grace day so far, can i use 2 on hw4b", True),
        (ML, "2024-03-13T14:30", "i used 1 grace day so far, can i use 3 on hw5", False),
        (GEO, "2025-04-16T10:00", "i used 60 flex hours already can i still use 24 on sheet 4", False),
    ],
)
def test_a_stated_pool_decides_whether_more_can_be_spent(course, now, question, yes):
    assert _first(course, question, now).startswith("Yes" if yes else "No")
