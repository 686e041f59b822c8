"""/schedule for a day or a week shows what meets then from the weekly meetings as /ask does (one source of truth),
with `section` honoured; a day with nothing on names the next meeting, never a later schedule row past it."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.answers.day_view import day_items
from bot.answers.schedule import schedule_answer
from bot.core.render_text import answer_text
from bot.course.loader import load_course
from bot.course.occurrences import occurrences_between
from tests.conftest import BUNDLED_COURSES, FIXTURES

COURSES = dict(BUNDLED_COURSES) | {
    name: FIXTURES / "courses" / name for name in ("chem-1310-s26", "geo-2210-s25", "hist-210-a24")
}


@pytest.fixture(scope="module", params=sorted(COURSES))
def each(request):
    return load_course(COURSES[request.param])


def _said(course, answer) -> str:
    now = course.at(course.term_first, dt.time(9, 0))
    return answer_text(answer, course.tz, now)


def _days(course):
    """The term's first three weeks, where every course has weekly meetings."""
    return [course.term_first + dt.timedelta(days=n) for n in range(21)]


def test_a_day_lists_every_meeting_held_that_day_as_ask_does(each):
    """Each meeting held on a day is in /schedule for that day, for everyone and for its own section only."""
    for day in _days(each):
        for o in occurrences_between(each, day, day):
            label = each.meeting_label(o.kind, o.section)
            for section in (None, o.section):
                said = _said(each, schedule_answer(each, each.at(day, dt.time(9, 0)), date=day, section=section))
                assert label in said, (day, section, said)


def test_a_week_lists_every_meeting_of_the_section(each):
    """/schedule week: each day's meetings of the section, none of another section's."""
    monday = each.term_first - dt.timedelta(days=each.term_first.weekday()) + dt.timedelta(days=7)
    sections = {o.section for o in occurrences_between(each, monday, monday + dt.timedelta(days=6)) if o.section}
    for section in sorted(sections)[:3]:
        said = _said(each, schedule_answer(each, each.at(monday, dt.time(9, 0)), week=monday, section=section))
        for o in occurrences_between(each, monday, monday + dt.timedelta(days=6), section=section):
            assert each.meeting_label(o.kind, o.section) in said, said
        others = {o.section for o in occurrences_between(each, monday, monday + dt.timedelta(days=6))} - {section, None}
        for other in others:
            mine = [o for o in occurrences_between(each, monday, monday + dt.timedelta(days=6)) if o.section == other]
            assert all(each.meeting_label(o.kind, o.section) not in said for o in mine if o.kind != "lecture"), said


def test_an_empty_day_names_the_next_meeting_first(each):
    """A day with nothing on: "Next class" is the first meeting or class row after it, whichever comes first."""
    for day in _days(each):
        if day_items(each, day):
            continue
        said = _said(each, schedule_answer(each, each.at(day, dt.time(9, 0)), date=day))
        after = occurrences_between(each, day + dt.timedelta(days=1), day + dt.timedelta(days=14))
        if after:
            first = after[0].start.astimezone(each.tz).date()
            rows = [r for r in each.schedule if day < r.date < first and r.has_class]
            if not rows:
                assert f"Next class: {first:%a %b} {first.day}" in said, said
