"""Yes or No first, decided from the data, for the round-3 classes: a due date N days away or in a window, the last
of a kind, an exam in finals week, class on the weekday after an event, a late submission (late at all, a pool unit
spent, an amount asked of the rules), a rescheduled exam, a due time in another zone, before or after an event."""

from __future__ import annotations

import pytest

from bot.core.render_text import answer_text
from bot.understand.engine import read_question
from tests.conftest import at, local

NOW = at("2024-02-19 10:00")


def first_line(course, question, now=NOW):
    answer = read_question(course, question, now).answer
    return answer_text(answer, course.tz, now).splitlines()[2], answer_text(answer, course.tz, now)


@pytest.mark.parametrize(
    ("question", "word", "fact"),
    [
        ("is hw3 due in 2 days", "Yes", "Wed Feb 21"),
        ("is hw3 due in 5 days", "No", "Wed Feb 21"),
        ("is hw3 due within the next week", "Yes", "in 2 days"),
        ("is hw4 part a due this month", "No", "Wed Mar 13"),
        ("is hw5 the last homework", "Yes", "HW5"),
        ("is hw4 part b the last homework", "No", "HW5"),
        ("is hw1 the first homework", "Yes", "HW1"),
        ("is exam 2 during finals week", "No", "in class time"),  # held in a class meeting
        ("is exam 1 in finals week", "No", "Mon Feb 26"),
        ("do we have class the monday after spring break", "Yes", "Mon Mar 11"),
        ("is there lecture the wednesday after exam 1", "No", "Wed Feb 28"),
        ("if i submit hw3 at 2am is it late", "No", "on time"),
        ("if i turn in hw3 10 hours late do i lose a grace day", "Yes", "1 grace day"),
        ("would turning in hw5 30 hours late cost me one grace day", "No", "2 grace days"),
        ("is late work accepted after 3 days", "No", "not accepted"),
        ("can i take the exam early, i booked a flight", "No", "travel"),
        ("can i put my solutions on a public github after the semester", "No", "publicly"),
    ],
)
def test_first_word_from_the_data(course, question, word, fact):
    first, whole = first_line(course, question)
    assert first.startswith(f"{word}:"), whole
    assert fact in whole


@pytest.mark.parametrize(
    ("question", "word", "fact"),
    [
        ("is ps7 the last problem set", "Yes", "PS7"),
        ("is the final during finals week", "Yes", "after the last class"),
        ("is the midterm during finals week", "No", "Wed Oct 23"),
        ("can i use slip days on ps5", "No", "no late days"),
        ("can i take the final early because of a wedding", "No", "cannot be moved"),
        ("if i submit ps4 on saturday oct 19 at 10am is that late", "Yes", "penalty"),
    ],
)
def test_first_word_on_another_course(second_course, question, word, fact):
    first, whole = first_line(second_course, question, local(second_course, "2024-10-14 10:00"))
    assert first.startswith(f"{word}:"), whole
    assert fact in whole


def test_a_rule_that_says_nothing_of_what_is_asked_gives_no_yes(second_course):
    """ "can i take the midterm early": the midterm's rule about notes is no answer to it."""
    first, whole = first_line(
        second_course, "can i take the midterm early, i have a flight", local(second_course, "2024-10-14 10:00")
    )
    assert not first.startswith(("Yes:", "No:")), whole


def test_a_clock_time_with_no_day_is_on_the_due_day(second_course):
    now = local(second_course, "2024-10-14 10:00")
    _, whole = first_line(second_course, "how many points do i lose if i turn in ps4 at 9pm instead of 5", now)
    assert "Fri Oct 18, 9:00 PM PDT" in whole
    assert "8% penalty" in whole


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("what time is hw3 due in pacific time", "8:59 PM PST"),
        ("when is hw4 part b due in india time", "9:29 AM IST"),  # EDT by then: DST moved the course's clock
        ("what time exactly is hw3 due, midnight or 11:59", "11:59 PM course time is assumed"),
        ("is hw2 due before or after exam 1", "before Exam 1"),
        (
            "hey so i've been kind of behind and i wanted to know, is hw4 part a due before or after spring break",
            "after Spring Break",
        ),
    ],
)
def test_times_and_sides(course, question, fact):
    _, whole = first_line(course, question)
    assert fact in whole


def test_office_hours_up_to_an_event(course):
    _, whole = first_line(course, "office hours between now and exam 1")
    assert "Mon Feb 19" in whole
    assert "Mon Feb 26" not in whole
