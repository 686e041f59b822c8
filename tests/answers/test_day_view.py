"""A day or a few days: every meeting (moved, cancelled, extra), exam and deadline, not only schedule rows."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.answers.day_view import day_items, day_view, meetings_between, next_thing, replaced_by_exam
from bot.core.render_text import answer_text
from bot.course.loader import load_course
from bot.course.occurrences import occurrences_between
from tests.conftest import FIXTURES, local

GEO = FIXTURES / "courses" / "geo-2210-s25"
D = dt.date.fromisoformat


@pytest.fixture(scope="module")
def geo():
    return load_course(GEO)


def shown(course, answer, now="2025-03-26 10:00"):
    return answer_text(answer, course.tz, local(course, now))


def test_a_friday_holds_the_extra_session_the_deadline_and_the_weekly_colloquium(geo):
    said = shown(geo, day_view(geo, D("2025-04-04"), D("2025-04-04")))
    assert "Field practical Nord" in said
    assert "Tempelhof field site" in said
    assert "Quiz due" in said
    assert "9:00 AM CEST" in said
    assert "Colloquium" in said
    # time order: the 9:00 session, the 9:00 deadline, then noon
    assert said.index("Field practical Nord") < said.index("Colloquium")


def test_a_cancelled_meeting_is_listed_as_not_held_with_its_reason(geo):
    said = shown(geo, day_view(geo, D("2025-03-27"), D("2025-03-27")))
    assert "Field practical (Practical group Süd)" in said
    assert "Sued" not in said
    assert "not held" in said
    assert "equipment calibration" in said


def test_a_moved_meeting_shows_its_new_room_and_time_with_the_topic(geo):
    said = shown(geo, day_view(geo, D("2025-05-05"), D("2025-05-05")))
    assert "MA 001" in said
    assert "4:00 PM CEST" in said
    assert "Optical remote sensing of snow cover" in said


def test_an_exam_in_class_time_replaces_the_meeting_and_shows_its_rooms_by_group(geo):
    plenary = [o for o in occurrences_between(geo, D("2025-05-12"), D("2025-05-12")) if o.kind == "plenary"]
    assert plenary
    assert replaced_by_exam(geo, plenary[0]).id == "maptest"
    said = shown(geo, day_view(geo, D("2025-05-12"), D("2025-05-12")))
    assert "Map test" in said
    assert "H 0104" in said
    assert "H 0110" in said
    assert "Plenary session" not in said


def test_a_group_sees_its_own_deadlines_and_meetings_only(geo):
    nord = " ".join(str(line) for line in day_items(geo, D("2025-05-15"), "Nord"))
    sued = " ".join(str(line) for line in day_items(geo, D("2025-05-15"), "Sued"))
    assert "Field log S" in sued
    assert "Field log S" not in nord
    assert "Field practical" in sued
    assert "Field practical" not in nord


def test_a_week_lists_each_day_under_its_date(geo):
    said = shown(geo, day_view(geo, D("2025-03-24"), D("2025-03-30")))
    for day in ("Mon Mar 24", "Wed Mar 26", "Thu Mar 27", "Fri Mar 28"):
        assert day in said
    assert "Sheet 1 due" in said


def test_a_day_with_nothing_says_so_and_names_the_next_class(any_course):
    day = any_course.term_last + dt.timedelta(days=30)
    said = answer_text(day_view(any_course, day, day), any_course.tz, local(any_course, f"{day} 10:00"))
    assert "Nothing is on" in said


def test_a_break_day_shows_the_break_row_not_every_meeting_it_cancels(geo):
    said = shown(geo, day_view(geo, D("2025-04-16"), D("2025-04-16")))
    assert "Easter break" in said
    assert "not held" not in said


def test_a_weekly_kind_without_schedule_rows_is_listed_meeting_by_meeting_in_a_span(geo):
    """ "what practicals are left": each meeting in the span, dated, a cancelled one with why."""
    from bot.answers.day_view import meetings_between

    said = shown(geo, meetings_between(geo, D("2025-05-20"), D("2025-06-27"), "practical", title="left"))
    assert "Wed May 21" in said
    assert "Thu Jun 12" in said
    assert "not held (no class: Ascension Day)" in said
    assert "Wed May 14" not in said
    nord = shown(geo, meetings_between(geo, D("2025-05-20"), D("2025-06-27"), "practical", "Nord"))
    assert "Süd" not in nord
    empty = shown(geo, meetings_between(geo, D("2025-07-01"), D("2025-07-10"), "practical"))
    assert "No field practicals from" in empty


def test_a_kinds_meetings_say_which_one_an_in_class_test_takes_the_place_of(geo):
    """The plenary an in-class test replaces is listed as not held, with the test in its place, never as usual."""
    said = shown(geo, meetings_between(geo, D("2025-05-12"), D("2025-05-18"), "plenary"), "2025-05-06 10:00")
    assert "not held" in said
    assert "Map test" in said
    assert "H 0104 ·" not in said  # the plenary's own room is not given as if it met


def test_the_next_class_for_no_section_names_every_section_meeting_that_day():
    """After MLK Day, for a student of no section, where Tuesday holds each section's recitation, the next class
    lists all three; for a section, only its own."""
    from bot.core.answer import Answer

    chem = load_course(FIXTURES / "courses" / "chem-1310-s26")
    every = shown(chem, Answer(title="", lines=tuple(next_thing(chem, D("2026-01-19")))), "2026-01-14 10:00")
    assert "Next class: Tue Jan 20:" in every
    assert all(f"Recitation {s}" in every for s in ("101", "102", "103"))
    own = shown(chem, Answer(title="", lines=tuple(next_thing(chem, D("2026-01-19"), "102"))), "2026-01-14 10:00")
    assert "Recitation 102" in own
    assert "Recitation 101" not in own
