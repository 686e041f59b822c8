"""One reader of lengths of time ("90m", "2h", "1d", "1w") for the console's :advance and reminder offsets."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.announce.server_setup import parse_offsets
from bot.core.durations import duration_text, parse_duration, parse_durations
from bot.core.errors import UserError


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("90m", dt.timedelta(minutes=90)),
        ("2h", dt.timedelta(hours=2)),
        ("2 hours", dt.timedelta(hours=2)),
        ("1d", dt.timedelta(days=1)),
        ("3 days", dt.timedelta(days=3)),
        ("1w", dt.timedelta(weeks=1)),
        ("2 weeks", dt.timedelta(weeks=2)),
        (" 48H ", dt.timedelta(hours=48)),
    ],
)
def test_lengths_of_time_read_as_people_type_them(typed, expected):
    """Minutes, hours, days and weeks, with or without a space, any case."""
    assert parse_duration(typed) == expected


@pytest.mark.parametrize("bad", ["", "soon", "2", "h2", "-1h", "1.5h", "2 fortnights", "x" * 5000])
def test_anything_else_is_a_specific_refusal(bad):
    """A UserError with examples (never a ValueError or a traceback), and never the whole input echoed."""
    with pytest.raises(UserError) as caught:
        parse_duration(bad)
    assert "'30m', '2h', '1d' or '1w'" in caught.value.message
    assert len(caught.value.message) < 300


def test_lists_keep_their_order_and_round_trip():
    """'48h, 24h; 2h' is three lengths; each writes back in its shortest exact form."""
    found = parse_durations("48h, 24h; 2h")
    assert found == [dt.timedelta(hours=48), dt.timedelta(hours=24), dt.timedelta(hours=2)]
    assert [duration_text(d) for d in found] == ["2d", "1d", "2h"]
    assert duration_text(dt.timedelta(minutes=90)) == "90m"
    with pytest.raises(UserError):
        parse_durations(" , ")


def test_offsets_use_the_same_reader():
    """Reminder offsets accept what :advance accepts (weeks too), within their own 5 min - 14 d range."""
    assert parse_offsets("1w, 2h") == (dt.timedelta(weeks=1), dt.timedelta(hours=2))
    with pytest.raises(UserError, match="out of range"):
        parse_offsets("3w")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2 hours 30 minutes", dt.timedelta(hours=2, minutes=30)),
        ("1h30m", dt.timedelta(minutes=90)),
        ("1 day 2 hours", dt.timedelta(hours=26)),
        ("1 day and 12 hours", dt.timedelta(hours=36)),
        ("1w 1d", dt.timedelta(days=8)),
        ("2 hrs 5 mins", dt.timedelta(minutes=125)),
    ],
)
def test_a_length_in_several_units_is_one_length(typed, expected):
    """Units written together, largest first, add up to one length (not a list of several)."""
    assert parse_duration(typed) == expected
    assert parse_durations(typed) == [expected]


def test_commas_make_a_list_of_compound_lengths():
    """'1 day, 2 hours' is two lengths; each item may itself be in several units."""
    assert parse_durations("1 day, 2 hours") == [dt.timedelta(days=1), dt.timedelta(hours=2)]
    assert parse_durations("1d 12h, 2h 30m") == [dt.timedelta(hours=36), dt.timedelta(minutes=150)]
    assert parse_offsets("1 day 12 hours") == (dt.timedelta(hours=36),)


@pytest.mark.parametrize("ambiguous", ["48h 24h 2h", "24h 2h", "30m 2h", "1d 1d", "2h and 1d"])
def test_units_that_repeat_or_grow_are_refused_not_guessed(ambiguous):
    """One length or a list without commas? The message says how to write either, and nothing is read."""
    with pytest.raises(UserError) as caught:
        parse_durations(ambiguous)
    assert "could be one length of time or several" in caught.value.message
    assert "commas" in caught.value.message
