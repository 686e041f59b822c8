"""Calendar files and Discord events name a section as students know it (GEO's 'Sued' as 'Practical group Süd')."""

from __future__ import annotations

import datetime as dt

import pytest
from icalendar import Calendar

from bot.calendar.events import desired_events
from bot.calendar.ics import build_calendar, calendar_filename
from bot.course.loader import load_course
from tests.conftest import FIXTURES

SUED = "Practical group Süd"


@pytest.fixture(scope="module")
def geo():
    return load_course(FIXTURES / "courses" / "geo-2210-s25")


def _texts(data: bytes) -> str:
    cal = Calendar.from_ical(data)
    parts = [str(cal.get("x-wr-calname", ""))]
    for event in cal.walk("VEVENT"):
        parts += [str(event.get("summary", "")), str(event.get("description", ""))]
    return "\n".join(parts)


def test_a_sections_calendar_names_it_and_its_meetings_by_the_label(geo):
    """The whole-course file (exam rooms, 'For X only') and Süd's own file (its name, its meetings) say 'Süd'."""
    stamp = dt.datetime(2025, 3, 1, tzinfo=dt.UTC)
    everything = _texts(build_calendar(geo, now=stamp))
    assert f"H 0110 ({SUED})" in everything
    assert f"For {SUED} only." in everything
    assert "Sued" not in everything
    own = _texts(build_calendar(geo, section="Sued", now=stamp))
    assert own.startswith(f"{SUED} ")
    assert f"Field practical {SUED}" in own
    assert "Sued" not in own
    assert calendar_filename(geo, "Sued").endswith("-Sued.ics")  # a file name keeps the plain key


def test_discord_exam_events_name_the_sections_by_the_label(geo):
    """The Events tab's exam description: which sections sit where, by label."""
    said = "\n".join(e.description for e in desired_events(geo) if e.key.startswith("exam:"))
    assert f"{SUED}: H 0110" in said
    assert "Sued" not in said
