"""Staff times with a bare hour ("friday at 5") are refused with an am/pm hint, never scheduled at a guessed hour
or day; what dateparser reads must agree with the day and hour typed (two courses, each across its DST change)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.core.errors import UserError
from bot.understand.times.dates import parse_day, parse_submission_time
from tests.understand.conftest import course_in

CHEM = "tests/fixtures/courses/chem-1310-s26"  # Chicago: springs forward Sun Mar 8, 2026
HIST = "tests/fixtures/courses/hist-210-a24"  # London: falls back Sun Oct 27, 2024
NOW = {CHEM: "2026-03-02 10:00", HIST: "2024-10-20 10:00"}


def _now(folder: str):
    course = course_in(folder)
    return course, dt.datetime.fromisoformat(NOW[folder]).replace(tzinfo=course.tz)


# (course, typed, the hint the refusal gives): a bare 1-12 is morning or evening, only staff can say which.
BARE = [
    (CHEM, "friday at 5", "'5 PM'"),
    (CHEM, "in a week at 7", "'19:00'"),  # across the spring-forward night
    (CHEM, "tomorrow at 5", "'5 AM'"),
    (CHEM, "at 9", "'21:00'"),
    (CHEM, "wednesday 11", "'11 PM'"),
    (CHEM, "5 o'clock tomorrow", "'17:00'"),
    (HIST, "thursday at 4", "'4 PM'"),
    (HIST, "in a week at 7", "'19:00'"),  # across the fall-back night
    (HIST, "in 3 days at 2", "'14:00'"),
    (HIST, "friday at 12", "'12 PM'"),
    (HIST, "tomorrow around 10", "'22:00'"),
]


@pytest.mark.parametrize(("folder", "typed", "hint"), BARE)
def test_a_bare_hour_is_refused_with_an_am_pm_hint(folder, typed, hint):
    """ "friday at 5" asks which 5: the refusal names the hour and both ways to say it."""
    course, now = _now(folder)
    with pytest.raises(UserError) as err:
        parse_submission_time(typed, now, course)
    assert "morning or evening" in str(err.value)
    assert hint in str(err.value)


# (course, typed): an hour past 12 with no minutes is never moved to another hour or day by the fallback reader.
OTHER_HOUR = [(CHEM, "friday at 17"), (CHEM, "tomorrow at 17"), (HIST, "in 3 days at 17"), (HIST, "thursday at 19")]


@pytest.mark.parametrize(("folder", "typed"), OTHER_HOUR)
def test_the_fallback_reader_never_lands_on_an_hour_not_typed(folder, typed):
    """dateparser's reading (midnight, or another day) disagrees with the hour typed: refused, naming the hour."""
    course, now = _now(folder)
    with pytest.raises(UserError) as err:
        parse_submission_time(typed, now, course)
    assert f"'{typed.split()[-1]}:00'" in str(err.value)


# (course, typed, expected in course time): an hour that says which it is still lands where typed.
EXACT = [
    (CHEM, "friday 5pm", "2026-03-06 17:00"),
    (CHEM, "friday at 5:00", "2026-03-06 05:00"),
    (CHEM, "in a week at 7pm", "2026-03-09 19:00"),
    (CHEM, "friday morning at 10", "2026-03-06 10:00"),
    (CHEM, "in 3 days", "2026-03-05 10:00"),
    (HIST, "thursday at 4pm", "2024-10-24 16:00"),
    (HIST, "in a week at 7am", "2024-10-27 07:00"),
    (HIST, "tomorrow at 17:00", "2024-10-21 17:00"),
    (HIST, "in 2 hours", "2024-10-20 12:00"),
]


@pytest.mark.parametrize(("folder", "typed", "expected"), EXACT)
def test_an_hour_with_am_pm_or_minutes_lands_as_typed(folder, typed, expected):
    """The refusal is only for the bare hour: '5pm', '5:00', 'morning at 10' and offsets are read as before."""
    course, now = _now(folder)
    got = parse_submission_time(typed, now, course).astimezone(course.tz)
    assert got.replace(tzinfo=None) == dt.datetime.fromisoformat(expected)


def test_a_day_reader_keeps_unread_numbers_but_never_another_weekday(course):
    """Only the day is kept by parse_day: 'the 15' is still the 15th, but dateparser's Tuesday for 'friday 3' is
    refused rather than given for a Friday."""
    now = dt.datetime(2024, 2, 12, 10, 0, tzinfo=course.tz)
    assert parse_day("the 15", now, course) == dt.date(2024, 2, 15)
    with pytest.raises(UserError):
        parse_day("friday 3", now, course)


# (course, typed): a part of the day with no time typed; its reading would be a guess (noon for a morning).
PART_OF_DAY = [(CHEM, "tomorrow morning"), (CHEM, "wednesday evening"), (HIST, "tonight"), (HIST, "eod friday")]


@pytest.mark.parametrize(("folder", "typed"), PART_OF_DAY)
def test_a_part_of_the_day_without_a_time_is_refused(folder, typed):
    """ "tomorrow morning" names no hour: staff are asked for the time, never given noon."""
    course, now = _now(folder)
    with pytest.raises(UserError) as err:
        parse_submission_time(typed, now, course)
    assert "give the time" in str(err.value)


# (course, typed, the local time read): a dot for the colon with am/pm, and a part of the day with its time.
READ = [
    (CHEM, "tomorrow 9.30am", "2026-03-03 09:30"),
    (CHEM, "friday 9.30 pm", "2026-03-06 21:30"),
    (CHEM, "friday morning at 10am", "2026-03-06 10:00"),
    (HIST, "tomorrow night 11:59pm", "2024-10-21 23:59"),
    (HIST, "tonight 8pm", "2024-10-20 20:00"),
]


@pytest.mark.parametrize(("folder", "typed", "local"), READ)
def test_a_time_typed_with_a_dot_or_beside_a_part_of_the_day_is_read(folder, typed, local):
    """ "9.30am" is 9:30 AM (not now's hour); "friday morning at 10am" keeps its 10 AM."""
    course, now = _now(folder)
    moment = parse_submission_time(typed, now, course)
    assert moment.astimezone(course.tz).strftime("%Y-%m-%d %H:%M") == local
