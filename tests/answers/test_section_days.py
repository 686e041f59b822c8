"""Schedule rows for some sections: a student with a section sees their rows at their time and place; without a
section every section's row is listed with its section named, never one section's time as everyone's."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.answers.day_view import day_view
from bot.answers.schedule import next_class, schedule_answer, schedule_between, topic_answer
from bot.answers.section_rows import rows_for_section_answer
from bot.core.render_text import answer_text
from bot.course.loader import load_course
from bot.course.occurrences import occurrences_between
from tests.conftest import FIXTURES, local

D = dt.date.fromisoformat


@pytest.fixture(scope="module")
def chem():
    return load_course(FIXTURES / "courses" / "chem-1310-s26")


@pytest.fixture(scope="module")
def geo():
    return load_course(FIXTURES / "courses" / "geo-2210-s25")


def shown(course, answer, now):
    return answer_text(answer, course.tz, local(course, now))


@pytest.mark.parametrize(
    ("section", "present", "absent"),
    [
        (None, ["Lab 102: 2:00 PM CDT – 4:50 PM CDT · Sorensen Hall 312 · Make-up calorimetry lab"], []),
        ("102", ["Lab 102: 2:00 PM CDT – 4:50 PM CDT · Sorensen Hall 312 · Make-up calorimetry lab"], []),
        ("101", ["Standard enthalpies of formation"], ["Make-up calorimetry lab", "Sorensen"]),
    ],
)
def test_a_days_view_gives_a_sections_own_row_at_its_own_time_and_room(chem, section, present, absent):
    """Friday's make-up lab is section 102's, 2:00 PM in its own room: shown to 102 and to all, not to 101."""
    said = shown(chem, day_view(chem, D("2026-03-13"), D("2026-03-13"), section), "2026-03-09 10:00")
    assert all(p in said for p in present), said
    assert not any(a in said for a in absent), said


def test_a_row_each_section_holds_on_its_own_day_is_the_topic_of_those_sections_meetings_only(chem):
    """Calorimetry lab: 101's on Wednesday, 102's and 103's on Thursday, the topic of each meeting holding it."""
    found = occurrences_between(chem, D("2026-03-11"), D("2026-03-12"), kind="lab")
    topics = {(o.section, o.start.date().isoformat()): o.topic.title if o.topic else None for o in found}
    assert topics == {
        ("101", "2026-03-11"): "Calorimetry lab",
        ("102", "2026-03-12"): "Calorimetry lab",
        ("103", "2026-03-12"): "Calorimetry lab",
    }


@pytest.mark.parametrize(
    ("section", "present", "absent"),
    [
        (None, ["Calorimetry lab · Lab 101", "Calorimetry lab · Lab 102, 103", "Make-up calorimetry lab"], []),
        ("101", ["Calorimetry lab · Lab 101"], ["Lab 102, 103", "Make-up calorimetry lab"]),
        ("103", ["Calorimetry lab · Lab 102, 103"], ["Lab 101", "Make-up calorimetry lab"]),
    ],
)
def test_a_weeks_rows_are_the_sections_own_or_every_row_named_by_its_sections(chem, section, present, absent):
    """The week's rows: a section's only, or without one every row with whom it is for."""
    said = shown(chem, schedule_between(chem, D("2026-03-09"), D("2026-03-15"), section=section), "2026-03-09 10:00")
    assert all(p in said for p in present), said
    assert not any(a in said for a in absent), said


def test_slash_schedule_takes_a_section_and_refuses_an_unknown_one(chem):
    """/schedule week with section 101 shows its own lab meeting (with the row's topic) and leaves the other
    sections' out; a typo names the real sections."""
    said = shown(chem, schedule_answer(chem, local(chem, "2026-03-09 10:00"), section="L01"), "2026-03-09 10:00")
    assert "Lab 101: 1:00 PM CDT – 3:50 PM CDT · Sorensen Hall 310 · Calorimetry lab" in said
    assert "Lab 102" not in said
    with pytest.raises(Exception, match="There is no section"):
        schedule_answer(chem, local(chem, "2026-03-09 10:00"), section="L9")


def test_the_next_lab_of_a_section_is_its_make_up_at_its_own_time_and_room(chem):
    """Section 102 on Friday morning: the next lab is the make-up at 2:00 PM in Sorensen Hall 312."""
    now = local(chem, "2026-03-13 10:00")
    said = shown(chem, next_class(chem, now, "lab", "102"), "2026-03-13 10:00")
    assert "2:00 PM" in said
    assert "Sorensen Hall 312" in said
    assert "Make-up calorimetry lab" in said
    other = shown(chem, next_class(chem, now, "lab", "101"), "2026-03-13 10:00")
    assert "Make-up calorimetry lab" not in other
    assert "Wed Mar 25" in other


def test_a_topic_with_a_section_is_its_row_and_without_one_every_sections_row(chem):
    """'calorimetry lab' for 103 is Thursday's row; without a section every section's row is listed, named."""
    mine = shown(chem, topic_answer(chem, "calorimetry", "103"), "2026-03-09 10:00")
    assert "Thu Mar 12" in mine
    assert "Wed Mar 11" not in mine
    every = shown(chem, topic_answer(chem, "calorimetry"), "2026-03-09 10:00")
    assert "Lab 101" in every
    assert "Lab 102, 103" in every


@pytest.mark.parametrize(
    ("section", "present", "absent"),
    [
        (
            None,
            ["Colloquium Nord: 12:00 PM CEST – 12:30 PM CEST", "(Practical group Süd): 12:30 PM CEST"],
            ["Colloquium: "],
        ),
        ("Nord", ["Colloquium Nord: 12:00 PM CEST – 12:30 PM CEST"], ["Süd", "Colloquium: "]),
        ("Sued", ["(Practical group Süd): 12:30 PM CEST – 1:00 PM CEST"], ["Nord", "Colloquium: "]),
    ],
)
def test_presentation_slots_for_every_section_take_the_place_of_the_meeting_for_everyone(geo, section, present, absent):
    """GEO's colloquium of June 13 is two presentation slots, one per group: each group sees its own."""
    said = shown(geo, day_view(geo, D("2025-06-13"), D("2025-06-13"), section), "2025-06-09 10:00")
    assert all(p in said for p in present), said
    assert not any(a in said for a in absent), said


def test_a_rows_own_time_and_place_win_over_the_sections_weekly_meeting(geo):
    """The drone mapping day replaces group Nord's Wednesday practical: 8:00 AM to 4:00 PM at the field site."""
    said = shown(geo, day_view(geo, D("2025-05-21"), D("2025-05-21"), "Nord"), "2025-05-19 10:00")
    assert "Field practical Nord: 8:00 AM CEST – 4:00 PM CEST · Tempelhof field site, main gate" in said
    assert "8:30 AM" not in said
    assert "EB 222" not in said


@pytest.mark.parametrize(
    ("section", "line"),
    [
        ("101", "Wed Mar 11 · Calorimetry lab · Lab 101: 1:00 PM CDT – 3:50 PM CDT · Sorensen Hall 310"),
        ("103", "Thu Mar 12 · Calorimetry lab · Lab 103: 6:00 PM CDT – 8:50 PM CDT · Sorensen Hall 310"),
        ("102", "Fri Mar 13 · Make-up calorimetry lab · Lab 102 · 2:00 PM CDT – 4:50 PM CDT · Sorensen Hall 312"),
    ],
)
def test_a_row_told_to_its_section_gives_that_sections_time_and_place(chem, section, line):
    """A row asked about with a section: the date and topic, then that section's meeting time and room."""
    rows = [r for r in chem.schedule if "alorimetry lab" in r.title and r.is_for(section)]
    said = shown(chem, rows_for_section_answer(chem, "Calorimetry", rows, section), "2026-03-09 10:00")
    assert line in said, said
