"""Work due before a kind of meeting held once ("is ps5 due before the field trip"): that one meeting decides, on
whatever day it falls; a kind meeting every week still means that day's meeting."""

from __future__ import annotations

from bot.course.loader import load_course
from tests.understand.conftest import first_line, reply

ONE_OFF_KIND = '\n[[kind]]\nid = "fieldtrip"\nname = "Field trip"\nplural = "Field trips"\naliases = ["trip"]\n'
ONE_OFF_DAY = (
    '\n[[day]]\ndate = 2024-11-06\nkind = "fieldtrip"\ntitle = "Field trip to the census office"\n'
    "start = 09:00:00\nend = 12:00:00\n"
)


def _with_field_trip(second_copy):
    meetings, schedule = second_copy / "meetings.toml", second_copy / "schedule.toml"
    meetings.write_text(meetings.read_text() + ONE_OFF_KIND)
    rows = schedule.read_text()
    later = min(rows.index(f"date = 2024-11-{d:02}") for d in range(7, 31) if f"date = 2024-11-{d:02}" in rows)
    at = rows.rindex("[[day]]", 0, later)  # the days stay in order
    schedule.write_text(rows[:at] + ONE_OFF_DAY.lstrip() + "\n" + rows[at:])
    return load_course(second_copy)


def test_due_before_the_one_field_trip(second_copy):
    course = _with_field_trip(second_copy)
    _, said = reply(course, "is ps5 due before the field trip", "2024-10-21 10:00")
    assert first_line(said).startswith("Yes"), said
    assert "Wed Nov 6" in said
    _, said = reply(course, "is ps6 due before the field trip?", "2024-10-21 10:00")
    assert first_line(said).startswith("No"), said
