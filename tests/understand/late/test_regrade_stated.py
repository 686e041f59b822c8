"""Regrade Yes or No from the posting day a student states, counted with the course's window."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.core.render_text import answer_text
from bot.understand.answering.asked import Asked
from bot.understand.engine import read_question
from bot.understand.late.regrade_stated import regrade_from_stated, stated_posting, stated_since, stated_window
from tests.conftest import local


def _asked(course, question: str, when: str = "2024-03-13T14:30", published=None) -> Asked:
    return Asked(course, local(course, when), None, None, published, True, question)


def test_stated_posting_days(course) -> None:
    now = local(course, "2024-03-13T14:30")
    assert stated_posting("grades got posted 10 days ago", now, course).date() == dt.date(2024, 3, 3)
    assert stated_posting("hw2 was returned two weeks ago", now, course).date() == dt.date(2024, 2, 28)
    assert stated_posting("grades came out yesterday", now, course).date() == dt.date(2024, 3, 12)
    assert stated_posting("can i still ask for a regrade", now, course) is None


def test_past_the_window_is_no(course) -> None:
    asked = _asked(course, "hw3 grades got posted 10 days ago, can i still ask for a regrade")
    answer = regrade_from_stated(asked, [course.assignment("hw3")])
    shown = answer_text(answer, course.tz, asked.now)
    assert shown.splitlines()[2].startswith("No:")
    assert "1 week" in shown
    assert "Sun Mar 10" in shown


def test_inside_the_window_is_yes(course) -> None:
    asked = _asked(course, "grades came out 3 days ago, can i still request a regrade")
    shown = answer_text(regrade_from_stated(asked, []), course.tz, asked.now)
    assert shown.splitlines()[2].startswith("Yes:")


def test_too_late_asked_the_other_way_round(course) -> None:
    """ "is it too late": Yes when the window has closed."""
    asked = _asked(course, "hw2 was returned two weeks ago is it too late to ask for a regrade")
    shown = answer_text(regrade_from_stated(asked, [course.assignment("hw2")]), course.tz, asked.now)
    assert shown.splitlines()[2].startswith("Yes:")
    assert "closed" in shown


def test_the_last_day_is_undecided(course) -> None:
    """Posted exactly a week ago: the hour decides, and the student did not give it."""
    asked = _asked(course, "hw3 grades were posted a week ago can i still ask for a regrade")
    shown = answer_text(regrade_from_stated(asked, [course.assignment("hw3")]), course.tz, asked.now)
    assert not shown.splitlines()[2].startswith(("Yes", "No"))
    assert "today" in shown


def test_a_recorded_date_or_an_unknown_window_decides_nothing_here(course, second_course) -> None:
    recorded = {"hw3": local(course, "2024-03-12T10:00")}
    asked = _asked(course, "hw3 grades got posted 10 days ago, can i still ask for a regrade", published=recorded)
    assert regrade_from_stated(asked, [course.assignment("hw3")]) is None
    question = "ps2 grades got posted 10 days ago, can i still ask for a regrade"
    asked = _asked(second_course, question, "2024-10-21T10:00")
    assert regrade_from_stated(asked, [second_course.assignment("ps2")]) is None  # STAT 187 gives no window


def test_stated_posting_on_a_named_day(course) -> None:
    """ "published on march 4": that day; a day still to come is no posting."""
    now = local(course, "2024-03-13T14:30")
    assert stated_posting("hw3 grades were published on march 4", now, course).date() == dt.date(2024, 3, 4)
    assert stated_posting("grades came out on monday and i think q2 is wrong", now, course).date() == dt.date(
        2024, 3, 11
    )
    assert stated_posting("grades will be posted on march 20", now, course) is None


def test_a_posting_day_told_in_the_story_before_the_question(course) -> None:
    """The part that asks ("can i still ask for a regrade") counts from the day the story before it named."""
    story = "hw3 grades were posted on march 1 and i only just checked. can i still ask for a regrade?"
    asked = Asked(
        course, local(course, "2024-03-13T14:30"), None, None, None, True, "can i still ask for a regrade?", story
    )
    answer = regrade_from_stated(asked, [course.assignment("hw3")])
    assert answer_text(answer, course.tz, asked.now).splitlines()[2].startswith("No:")


@pytest.mark.parametrize(
    ("question", "days"),
    [
        ("is the regrade window 2 weeks", 14),
        ("do we get a week to ask for a remark", 7),
        ("is it ten days for regrade requests", 10),
        ("can i still ask for a regrade 2 weeks after grades came out", None),  # a posting told, not the window
        ("grades went up 3 days ago, is the window 7 days", None),  # a posting told before it
        ("is the regrade window 7 or 14 days", None),  # which one, not yes or no
        ("is the regrade window 5 days late", None),  # a lateness
        ("is there a regrade window", None),
    ],
)
def test_a_window_stated_to_be_checked(question, days) -> None:
    """ "is the regrade window 2 weeks": the span stated as the window, in days; none from a posting or a lateness."""
    assert stated_window(question) == days


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("do we get a week to request a regrade", "Yes"),
        ("is the remark window 10 days", "No"),
        ("is the regrade period one week", "Yes"),
    ],
)
def test_a_stated_window_is_yes_or_no_against_the_courses(course, question, first) -> None:
    """A window the student states is checked against the course's (7 days on 10-605), the course's said."""
    now = local(course, "2024-03-04T10:00")
    said = answer_text(read_question(course, question, now).answer, course.tz, now)
    assert said.splitlines()[2].startswith(f"{first}: 7 days"), said


@pytest.mark.parametrize(
    ("question", "days"),
    [
        ("can i still ask for a regrade 3 weeks after the marks came out", 21),
        ("is a remark ok 10 days after grades were released", 10),
        ("regrade two weeks since the scores went up", 14),
        ("grades came out 3 days ago, can i still regrade", None),  # a posting told: counted from that day instead
        ("is the regrade window 2 weeks", None),
    ],
)
def test_time_since_the_marks_came_out(question, days):
    """ "3 weeks after the marks came out": the days between the marks and asking, a what-if against the window."""
    assert stated_since(question) == days


def test_a_span_after_the_marks_is_a_yes_or_no_against_the_window(course) -> None:
    """Past the window: No; inside it: Yes; the window's length said."""
    now = local(course, "2024-03-13T14:30")
    late = answer_text(
        read_question(course, "can i ask for a regrade on hw2 3 weeks after the grades came out", now).answer,
        course.tz,
        now,
    )
    inside = answer_text(
        read_question(course, "can i ask for a regrade on hw2 5 days after grades were posted", now).answer,
        course.tz,
        now,
    )
    assert late.splitlines()[2].startswith("No"), late
    assert "7-day window" in late, late
    assert inside.splitlines()[2].startswith("Yes"), inside


def test_a_time_of_asking_is_no_window_stated():
    """'after 3 days' or 'within a week' says when the student would ask, not how long the window is: checked as the
    window, a 7-day window would wrongly answer No; a window said by when it closes is still one."""
    assert stated_window("can i request a regrade after 3 days") is None
    assert stated_window("can i ask for a regrade within a week") is None
    assert stated_window("is the window more than 3 days") is None
    assert stated_window("do regrades close after 2 weeks") == 14
    assert stated_window("is the regrade window 2 weeks") == 14
