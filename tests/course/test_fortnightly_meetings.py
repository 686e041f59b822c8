"""A meeting held every other week (`every = 2` in meetings.toml): its dates, how answers say it, and its calendar
series, in any zone."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import shutil

import pytest
from icalendar import Calendar

from bot.answers.meetings import weekly_text
from bot.calendar.ics import build_calendar
from bot.course.loader import CourseDataError, load_course
from bot.course.occurrences import occurrences_between
from tests.conftest import FIXTURES


@pytest.fixture(scope="module")
def geo():
    """GEO 2210 with its Nord practical held fortnightly from the term's start."""
    course = load_course(FIXTURES / "courses" / "geo-2210-s25")
    nord = next(m for m in course.meetings if m.section == "Nord")
    fortnightly = dataclasses.replace(nord, every=2)
    return dataclasses.replace(course, meetings=tuple(fortnightly if m is nord else m for m in course.meetings))


def _nord(course):
    return next(m for m in course.meetings if m.section == "Nord")


def test_a_fortnightly_meeting_is_held_every_other_week_from_its_first_week(geo):
    meeting = _nord(geo)
    held = [
        o.start.date()
        for o in occurrences_between(geo, meeting.first, meeting.last, include_cancelled=True)
        if o.meeting.id == meeting.id and o.start.weekday() in meeting.weekdays  # not the one-off extra on a Friday
    ]
    assert len(held) >= 3
    first_week = meeting.first - dt.timedelta(days=meeting.first.weekday())
    for day in held:
        weeks = (day - dt.timedelta(days=day.weekday()) - first_week).days // 7
        assert weeks % 2 == 0, day
    gaps = {(b - a).days for a, b in itertools.pairwise(held)}
    assert min(gaps) >= 14


def test_answers_say_every_other_week_and_from_when(geo):
    said = weekly_text(_nord(geo))
    assert ", every other week from " in said


def test_the_calendar_series_repeats_every_other_week(geo):
    data = build_calendar(geo, section="Nord", now=dt.datetime(2025, 3, 1, tzinfo=dt.UTC))
    events = [e for e in Calendar.from_ical(data).walk("VEVENT") if "RRULE" in e]
    practical = [e for e in events if "practical" in str(e.get("summary"))]
    assert practical
    assert all(e["RRULE"].get("INTERVAL") == [2] for e in practical)
    assert all("INTERVAL" not in e["RRULE"] for e in events if e not in practical)  # weekly ones stay as they were


def test_every_must_be_a_few_weeks(tmp_path):
    """`every = 0` is refused by the loader (and `coursebot check`), naming the field."""
    folder = tmp_path / "c"
    shutil.copytree(FIXTURES / "courses" / "geo-2210-s25", folder)
    path = folder / "meetings.toml"
    path.write_text(path.read_text().replace('section = "Nord"', 'section = "Nord"\nevery = 0', 1))
    with pytest.raises(CourseDataError) as caught:
        load_course(folder)
    assert "every" in str(caught.value)
