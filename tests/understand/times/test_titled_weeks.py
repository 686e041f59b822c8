"""A course that numbers its weeks in its schedule's titles: "week 9" is the week the page calls so."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bot.understand.times.time_phrases import course_week
from bot.understand.times.titled_weeks import titled_monday
from bot.understand.times.weeks import parse_week
from tests.conftest import local
from tests.understand.conftest import reply


def _titled(course, skipped_after: int):
    """The course's rows titled "Week N: ...", counting one week (a recess) after week `skipped_after` as none."""
    first = course.term_first - dt.timedelta(days=course.term_first.weekday())
    rows = []
    for row in course.schedule:
        number = (row.date - first).days // 7 + 1
        number -= 1 if number > skipped_after + 1 else 0
        rows.append(replace(row, title=f"Week {number}: {row.title}") if number != skipped_after + 1 else row)
    return replace(course, schedule=tuple(rows))


def test_untitled_weeks_are_counted_from_the_term(hist):
    assert titled_monday(hist, 3) is None
    monday = hist.term_first - dt.timedelta(days=hist.term_first.weekday())
    assert course_week(hist, 3)[0] == monday + dt.timedelta(weeks=2)


def test_the_pages_own_week_numbers_win(hist):
    """A recess after week 4 goes uncounted: week 6 is the seventh week since the term began."""
    course = _titled(hist, skipped_after=4)
    monday = hist.term_first - dt.timedelta(days=hist.term_first.weekday())
    assert course_week(course, 6)[0] == monday + dt.timedelta(weeks=6)
    assert course_week(course, 3)[0] == monday + dt.timedelta(weeks=2)
    now = local(course, "2024-10-14 10:00")
    assert parse_week("week 6", now, course) == monday + dt.timedelta(weeks=6)


def test_a_week_question_reads_the_pages_week(hist):
    course = _titled(hist, skipped_after=4)
    monday = hist.term_first - dt.timedelta(days=hist.term_first.weekday())
    result, _ = reply(course, "what are we covering in week 6", "2024-10-14 10:00")
    assert result.parts[0].slots["range"][0] == monday + dt.timedelta(weeks=6)
