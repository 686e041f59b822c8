"""Dates people type, read relative to the injected clock, and exact across the DST change of March 10, 2024."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core.errors import UserError
from bot.core.timefmt import discord_timestamp, human_datetime, iso, parse_now, relative
from bot.course.windows import after_due, extension_request_deadline, latest_accepted, regrade_closes
from bot.understand.times.dates import (
    parse_day,
    parse_office_hours_when,
    parse_submission_time,
    parse_window,
    small_hours_note,
)
from bot.understand.times.time_phrases import find_phrases
from bot.understand.words.normalize import plain, respell
from tests.conftest import NY, at

MONDAY = at("2024-02-12 10:00")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("today", "2024-02-12"),
        ("tomorrow", "2024-02-13"),
        ("yesterday", "2024-02-11"),
        ("friday", "2024-02-16"),
        ("next friday", "2024-02-23"),  # said on a Monday: next week's
        ("monday", "2024-02-12"),
        ("next monday", "2024-02-19"),
        ("Feb 14", "2024-02-14"),
        ("march 13", "2024-03-13"),
        ("2024-04-24", "2024-04-24"),
        ("3/29", "2024-03-29"),
        ("in 3 days", "2024-02-15"),
    ],
)
def test_parse_day(course, phrase, expected):
    """Common phrasings become the right calendar day relative to now."""
    assert parse_day(phrase, MONDAY, course) == dt.date.fromisoformat(expected)


@pytest.mark.parametrize("phrase", ["blursday", "the day after never", "", "next blue moon", "x" * 200])
def test_unreadable_days_are_refused_not_guessed(course, phrase):
    """The bot never guesses a date: unreadable input is a friendly UserError with examples."""
    with pytest.raises(UserError, match="Try"):
        parse_day(phrase, MONDAY, course)


def test_submission_time_in_course_time(course):
    """'thursday 2am' is the coming Thursday at 02:00 course time."""
    assert parse_submission_time("thursday 2am", MONDAY, course) == at("2024-02-15 02:00")


@pytest.mark.parametrize(
    ("phrase", "end"),
    [
        ("today", "2024-02-13 00:00"),
        ("tomorrow", "2024-02-14 00:00"),
        ("this week", "2024-02-19 00:00"),
        ("next week", "2024-02-26 00:00"),
        ("3", "2024-02-15 10:00"),
        ("10 days", "2024-02-22 10:00"),
        ("2 weeks", "2024-02-26 10:00"),
        ("friday", "2024-02-17 00:00"),
    ],
)
def test_windows(course, phrase, end):
    """Windows end at the right instant: end of day for days, now + N for counts."""
    assert parse_window(phrase, MONDAY, course).end == at(end)


@pytest.mark.parametrize("phrase", ["0", "soon-ish", "yesterday"])
def test_bad_windows(course, phrase):
    """Zero, nonsense and the past are refused with a clear message."""
    with pytest.raises(UserError):
        parse_window(phrase, MONDAY, course)


def test_utc_offsets_before_and_after_dst(course):
    """Deadlines before March 10 are EST (-05:00), after are EDT (-04:00)."""
    assert iso(course.assignment("hw3").due, course.tz) == "2024-02-21T23:59:00-05:00"
    assert iso(course.assignment("hw4a").due, course.tz) == "2024-03-13T23:59:00-04:00"
    assert course.assignment("hw4a").due.astimezone(dt.UTC) == dt.datetime(2024, 3, 14, 3, 59, tzinfo=dt.UTC)
    assert human_datetime(course.assignment("hw3").due, course.tz) == "Wed Feb 21, 11:59 PM EST"
    assert human_datetime(course.assignment("hw4a").due, course.tz) == "Wed Mar 13, 11:59 PM EDT"


def test_windows_across_dst(course):
    """Wall-clock windows keep 23:59 across DST; elapsed-time windows are exact hours."""
    hw4a = course.assignment("hw4a")
    # 5 days before Wed Mar 13 23:59 EDT is Fri Mar 8 23:59 EST: the same wall-clock time, one hour more elapsed.
    assert extension_request_deadline(course, hw4a) == at("2024-03-08 23:59")
    elapsed = hw4a.due.astimezone(dt.UTC) - extension_request_deadline(course, hw4a).astimezone(dt.UTC)
    assert elapsed == dt.timedelta(days=5, hours=-1)
    # Lateness is elapsed time: 24 h after the due time, whatever the clocks do.
    assert after_due(hw4a, 24).astimezone(dt.UTC) - hw4a.due.astimezone(dt.UTC) == dt.timedelta(hours=24)
    assert latest_accepted(course, hw4a) == at("2024-03-15 23:59")
    # A regrade window opened Mar 5 at noon EST closes Mar 12 at noon EDT.
    assert regrade_closes(course, at("2024-03-05 12:00")) == at("2024-03-12 12:00")


def test_discord_timestamps_are_unix_seconds(course):
    """<t:UNIX:F> carries the exact instant (HW4 Part A: 2024-03-14 03:59 UTC)."""
    due = course.assignment("hw4a").due
    assert discord_timestamp(due, "F") == "<t:1710388740:F>"
    assert discord_timestamp(due, "R") == "<t:1710388740:R>"


def test_relative_and_now_parsing(course):
    """Relative phrases and --now values read as expected."""
    assert relative(at("2024-02-14 23:59"), MONDAY) == "in 2 days"
    assert relative(at("2024-02-12 07:00"), MONDAY) == "3 hours ago"
    assert parse_now("2024-03-12T09:00", course.tz).utcoffset() == dt.timedelta(hours=-4)
    assert parse_now("2024-03-12T13:00Z", course.tz) == at("2024-03-12 09:00")
    with pytest.raises(ValueError, match="Invalid isoformat"):
        parse_now("not a time", course.tz)


def test_lateness_is_elapsed_time_over_the_dst_night(course):
    """A deadline the night before DST starts: 24 h late is 00:59 EDT two days later, not 23:59."""
    from bot.course.model import Assignment

    item = Assignment(id="x", title="X", short="X", kind="homework", due=at("2024-03-09 23:59"))
    assert after_due(item, 24) == at("2024-03-11 00:59")
    assert after_due(item, 24).utcoffset() == dt.timedelta(hours=-4)


@pytest.mark.parametrize(
    ("reader", "phrase", "why"),
    [
        ("office_hours", "9999-12-31", "far outside"),
        ("window", "dec 31 9999", "far outside"),
        ("day", "31/12/9999", "far outside"),
        ("moment", "Jan 1 0001", "far outside"),
        ("moment", "tomorrow 25:00", "not a time of day"),
        ("moment", "friday 13:75", "not a time of day"),
        ("day", "feb 30", "February has no day 30"),
        ("window", "feb 31", "February has no day 31"),
    ],
)
def test_impossible_and_far_dates_are_refused_with_the_reason(course, reader, phrase, why):
    """Issue 9: extreme or impossible dates get a clear message (never the generic apology, never a guess)."""
    read = {
        "day": parse_day,
        "moment": parse_submission_time,
        "window": parse_window,
        "office_hours": parse_office_hours_when,
    }[reader]
    with pytest.raises(UserError, match=why):
        read(phrase, MONDAY, course)


def test_tomorrow_25_is_refused_not_read_as_now(course):
    """'tomorrow 25:00' used to read as tomorrow at the current time: it is refused."""
    with pytest.raises(UserError, match="25:00"):
        parse_submission_time("tomorrow 25:00", MONDAY, course)


@pytest.mark.parametrize("phrase", ["Feb 14", "friday", "next monday", "tomorrow", "3/29", "2024-04-24", "week 3"])
def test_plain_dates_need_no_dateparser(course, phrase, monkeypatch):
    """Plain dates and weekdays are read directly: dateparser is never called for them."""
    from bot.understand.times import dates

    def fail(*_):
        raise AssertionError(f"dateparser called for {phrase!r}")

    monkeypatch.setattr(dates, "_dateparser", fail)
    parse_day(phrase, MONDAY, course)


def test_odd_phrases_still_reach_dateparser(course):
    """What the grammar does not know ('a fortnight from now') is still read by dateparser."""
    assert parse_day("in a fortnight", MONDAY, course) == dt.date(2024, 2, 26)


# Any string in: a date or a clear refusal out, never another exception (issue 9).

_FIRST = dt.datetime(2023, 6, 1)  # noqa: DTZ001 - hypothesis takes naive bounds and adds the zone
_LAST = dt.datetime(2025, 6, 1)  # noqa: DTZ001
_DATEISH = st.one_of(
    st.text(max_size=60),
    st.builds(
        "{} {} {}".format,
        st.sampled_from(["jan", "Feb", "march", "sept", "dec", "31/12/", "2024-", "the", "next", "week"]),
        st.integers(-5, 100_000),
        st.sampled_from(["", "0001", "9999", "2024", "25:00", "2am", "13pm", "at 9:75", "days", "weeks"]),
    ),
    st.builds("{}:{}".format, st.integers(0, 99), st.integers(0, 99)),
    st.builds("{}/{}/{}".format, st.integers(0, 99), st.integers(0, 99), st.integers(0, 99999)),
    st.builds("{}-{}-{}".format, st.integers(0, 9999), st.integers(0, 99), st.integers(0, 99)),
)
_READERS = (parse_day, parse_submission_time, parse_window, parse_office_hours_when)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(phrase=_DATEISH, now=st.datetimes(min_value=_FIRST, max_value=_LAST, timezones=st.just(NY)))
def test_every_date_reader_gives_a_date_or_a_clear_refusal(course, phrase, now):
    """parse_day, parse_submission_time, parse_window, parse_office_hours_when: a value or a UserError."""
    for read in _READERS:
        try:
            value = read(phrase, now, course)
        except UserError as err:
            value = err.message
        assert value


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_DATEISH, now=st.datetimes(min_value=_FIRST, max_value=_LAST, timezones=st.just(NY)))
def test_the_sentence_reader_never_raises(course, text, now):
    """Dates inside free text: phrases or error phrases with a message, never an exception."""
    for phrase in find_phrases(respell(plain(text)), now, course):
        assert phrase.kind != "error" or phrase.message
        if phrase.first is not None:
            assert phrase.last is not None
            assert phrase.first <= phrase.last


def test_a_wall_time_a_clock_change_makes_ambiguous_is_refused_not_raised(course, monkeypatch):
    """dateparser raises pytz's AmbiguousTimeError for some phrases near the night clocks go back (found by the
    property test above with a `now` of Nov 5, 2023): that is "not a date", never a traceback."""
    import dateparser
    from pytz.exceptions import AmbiguousTimeError

    from bot.understand.times.dates import _dateparser

    def ambiguous(*_args, **_kwargs):
        raise AmbiguousTimeError(dt.datetime(2023, 11, 5, 1, 0))  # noqa: DTZ001 (pytz reports the naive wall time)

    monkeypatch.setattr(dateparser, "parse", ambiguous)
    assert _dateparser("the 5 days", dt.datetime(2023, 11, 5, 0, 30, tzinfo=course.tz), course) is None


@pytest.mark.parametrize(
    ("now", "phrase", "said"),
    [
        ("00:30", "tomorrow 9am", "so I took 'tomorrow' as Fri Feb 23. If you meant today, Thu Feb 22"),
        ("04:59", "tmrw 1am", "It is 4:59 AM on Thu Feb 22, so I took 'tomorrow' as Fri Feb 23."),
        ("02:00", "tonight 11pm", "so I took 'tonight' as Thu Feb 22. Give the date if you meant another day."),
        ("05:00", "tomorrow 9am", ""),  # morning: 'tomorrow' is plain
        ("23:30", "tomorrow 9am", ""),
        ("00:30", "friday 9am", ""),  # a named day is not in doubt
        ("00:30", "today 9am", ""),
    ],
)
def test_tomorrow_just_after_midnight_says_which_day_was_taken(any_course, now, phrase, said):
    """Between midnight and 5 AM, a moment read from 'tomorrow' or 'tonight' comes with the day it was taken as."""
    clock = any_course.at(dt.date(2024, 2, 22), dt.time.fromisoformat(now))
    moment = parse_submission_time(phrase, clock, any_course)
    note = small_hours_note(phrase, moment, clock, any_course)
    assert (said in note) if said else note == ""
