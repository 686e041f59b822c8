"""A weekday beside a named stretch (bot.understand.times.weekday_by_period): in, just after or just before it."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.times.weekday_by_period import weekday_beside
from tests.understand.conftest import course_in, first_line, reply

D = dt.date.fromisoformat
CHEM = "tests/fixtures/courses/chem-1310-s26"
BREAK = (D("2026-03-16"), D("2026-03-20"))  # Mon to Fri
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


@pytest.mark.parametrize(
    ("weekday", "after_text", "relation", "day"),
    [
        (WED, " of spring break", "", D("2026-03-18")),
        (MON, " during spring break", "during", D("2026-03-16")),
        (SAT, " of spring break", "", None),  # the break holds no Saturday
        (MON, " after spring break", "after", D("2026-03-23")),
        (FRI, " right after spring break", "after", D("2026-03-27")),  # not the break's own last day
        (THU, " following spring break", "after", D("2026-03-26")),
        (FRI, " following spring break", "", D("2026-03-27")),  # the words say after, whatever the relation read
        (FRI, " before spring break", "before", D("2026-03-13")),
        (MON, " just before spring break", "before", D("2026-03-09")),  # not the break's own first day
        (TUE, " prior to spring break", "before", D("2026-03-10")),
        (MON, " office hours after spring break", "after", None),  # words between: not one phrase
        (FRI, " we have before spring break", "before", None),
        (SAT, ", the day after spring break", "day_after", D("2026-03-21")),  # that one day, its weekday typed
        (SUN, ", the day before spring break", "day_before", D("2026-03-15")),
        (MON, ", the day after spring break", "day_after", None),  # the day after is no Monday
    ],
)
def test_the_weekday_read_against_the_stretch(weekday, after_text, relation, day):
    """Inside the stretch, the first one after it, the last one before it; None when the words do not join them."""
    assert weekday_beside(weekday, after_text, relation, *BREAK) == day


@pytest.mark.parametrize(
    ("course_name", "now", "question", "said", "no"),
    [
        (CHEM, "2026-02-10 10:00", "do we have lab on wednesday during spring break", "Wed Mar 18", True),
        (CHEM, "2026-02-10 10:00", "whats on the friday following spring break", "Fri Mar 27", False),
        (CHEM, "2026-02-10 10:00", "anything due on the sunday before spring break", "Sun Mar 15", False),
        (CHEM, "2026-02-10 10:00", "is there lecture the monday before midterm 1", "Mon Feb 16", False),
        (CHEM, "2026-02-10 10:00", "could i hand in ps6 on the tuesday after spring break", "Tue Mar 24", True),
        ("stat", "2024-10-28 10:00", "is there discussion on the wednesday of thanksgiving break", "Wed Nov 27", True),
        ("stat", "2024-10-28 10:00", "what is covered the thursday after thanksgiving break", "Thu Dec 5", False),
        ("geo", "2025-03-25 10:00", "is there a plenary on tuesday of the easter break", "Tue Apr 15", True),
    ],
)
def test_schedule_and_deadline_questions_take_the_stretchs_weekday(request, course_name, now, question, said, no):
    """A weekday beside a break or exam is that stretch's day in every answer; inside a break, the schedule's No."""
    course = course_in(course_name) if "/" in course_name else request.getfixturevalue(course_name)
    _, answer = reply(course, question, now)
    assert said in answer, answer
    if no:
        assert first_line(answer).startswith("No"), answer
