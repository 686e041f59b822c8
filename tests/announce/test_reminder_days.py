"""Reminders of whole days keep the due time's clock time across a clock change; hours stay elapsed time."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.announce.planner import AnnounceConfig, plan, reminder_time
from bot.announce.server_setup import offsets_meaning, parse_offsets
from bot.course.loader import load_course
from tests.conftest import plain

LISBON = ZoneInfo("Europe/Lisbon")
NEW_YORK = ZoneInfo("America/New_York")


def local(text: str, tz: ZoneInfo) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=tz)


@pytest.mark.parametrize(
    ("due", "offset", "tz", "expected"),
    [
        # the clocks go back in Lisbon on Sun Oct 25 2026: days keep 11:59 PM, hours count real time
        ("2026-10-25 23:59", "1d", LISBON, "2026-10-24 23:59"),
        ("2026-10-25 23:59", "48h", LISBON, "2026-10-23 23:59"),
        ("2026-10-25 23:59", "2h", LISBON, "2026-10-25 21:59"),
        ("2026-10-25 23:59", "36h", LISBON, "2026-10-24 12:59"),
        # they go forward in New York on Sun Mar 10 2024
        ("2024-03-11 17:00", "1d", NEW_YORK, "2024-03-10 17:00"),
        ("2024-03-11 17:00", "3d", NEW_YORK, "2024-03-08 17:00"),
        ("2024-03-10 12:00", "12h", NEW_YORK, "2024-03-09 23:00"),
        # no clock change: both readings agree
        ("2024-04-10 23:59", "2d", NEW_YORK, "2024-04-08 23:59"),
    ],
)
def test_reminder_time_keeps_the_clock_time_for_whole_days(due, offset, tz, expected):
    """A "1 day before" reminder is at the due time's clock time the day before; other offsets are elapsed."""
    (delta,) = parse_offsets(offset)
    assert reminder_time(local(due, tz), delta, tz) == local(expected, tz)


def test_a_deadline_on_the_night_the_clocks_go_back_is_reminded_the_evenings_before():
    """phys HW3 (due Sun Oct 25, 11:59 PM WET): its 48 h and 24 h reminders at 11:59 PM Fri and Sat, not 00:59."""
    course = load_course("tests/evaluation/courses/phys-1410-f26")
    start, end = local("2026-10-20 00:00", LISBON), local("2026-10-27 00:00", LISBON)
    items = {plain(i.key): i.at for i in plan(course, AnnounceConfig(), start, end) if i.key.startswith("deadline:hw3")}
    assert {key: f"{at:%a %H:%M}" for key, at in items.items()} == {
        "deadline:hw3:2880m:channel": "Fri 23:59",
        "deadline:hw3:1440m:channel": "Sat 23:59",
        "deadline:hw3:120m:channel": "Sun 21:59",
    }


@pytest.mark.parametrize(
    ("offsets", "says"),
    [("48h, 24h, 2h", "(1d) goes out at the due time's clock time"), ("2h, 30m", "that long before the due time")],
)
def test_the_offsets_say_what_they_mean(offsets, says):
    """Wherever offsets are set or shown, one sentence says how days and hours are counted."""
    assert says in offsets_meaning(parse_offsets(offsets))
