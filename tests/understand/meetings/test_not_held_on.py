"""A meeting asked of a day it is not held (bot.understand.meetings.not_held_on): none that day, why, and what is on."""

from __future__ import annotations

import pytest

from tests.understand.conftest import course_in, first_line, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"


@pytest.mark.parametrize(
    ("course_name", "now", "question", "facts", "absent"),
    [
        (
            CHEM,
            "2026-02-10 10:00",
            "what time is lecture on the day of midterm 1",
            ["No: no lecture on Thu Feb 19 (the day of Midterm 1)", "Midterm 1: 6:30 PM", "next meets Fri Feb 20"],
            ["Next: Wed Feb 11"],
        ),
        (
            CHEM,
            "2026-02-10 10:00",
            "where's lecture held on the day of midterm 2",
            ["No: no lecture on Thu Apr 2", "Midterm 2"],
            ["Next: Wed Feb 11"],
        ),
        (
            "hist",
            "2024-10-24 10:00",
            "what time is the seminar on the day of the final examination",
            ["No: no seminar on Mon Dec 9 (the day of Final examination)", "Great Hall", "Mondays 10:00 AM"],
            ["Next: Mon Nov 4"],
        ),
        (
            "stat",
            "2024-10-28 10:00",
            "what time is lecture on the day of the final",
            ["No: no lecture on Thu Dec 12", "Final exam: 8:00 AM"],
            ["Next: Tue Oct 29"],
        ),
        (
            "course",
            "2024-02-20 10:00",
            "what time is recitation on the day of exam 1",
            ["No: no recitation on Mon Feb 26 (the day of Exam 1)", "The next recitation is Fri Mar 1"],
            ["Next: Fri Feb 23"],
        ),
    ],
)
def test_a_meeting_not_held_on_the_day_asked_says_so(request, course_name, now, question, facts, absent):
    """Not the next meeting from today as that day's: a No naming the day, that day's items, the next meeting."""
    course = course_in(course_name) if "/" in course_name else request.getfixturevalue(course_name)
    _, answer = reply(course, question, now)
    assert all(f in answer for f in facts), answer
    assert not any(a in answer for a in absent), answer


@pytest.mark.parametrize(
    ("course_name", "now", "question", "said"),
    [
        (CHEM, "2026-02-10 10:00", "what time is lab on the day of midterm 1", "Labs on Thu Feb 19"),
        ("stat", "2024-10-28 10:00", "when is discussion on the day of the midterm", "Wed Oct 23"),
    ],
)
def test_a_meeting_held_that_day_is_that_days(request, course_name, now, question, said):
    """When the kind meets on the day asked, its meetings that day, with no No."""
    course = course_in(course_name) if "/" in course_name else request.getfixturevalue(course_name)
    _, answer = reply(course, question, now)
    assert said in answer, answer
    assert not first_line(answer).startswith("No"), answer
