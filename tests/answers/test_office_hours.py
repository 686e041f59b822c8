"""How an office-hours session can be attended, read from where it is held."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from bot.answers.office_hours import held_modes, sessions_between, weekly_line
from bot.course.model import OfficeHours, OfficeHoursChange

T = dt.time
D = dt.date(2025, 1, 1)


@pytest.mark.parametrize(
    ("slot", "modes"),
    [
        (OfficeHours(0, T(9), T(10), D, D, location="EB 410"), {"in person"}),
        (OfficeHours(0, T(9), T(10), D, D, location="EB 222", link="https://meet.example/x"), {"in person", "online"}),
        (OfficeHours(0, T(9), T(10), D, D, remote=True, link="https://meet.example/x"), {"online"}),
        (OfficeHours(0, T(9), T(10), D, D, remote=True, link="unknown"), {"online"}),
        (OfficeHours(0, T(9), T(10), D, D, remote=True), {"online"}),
    ],
)
def test_a_room_with_a_link_offers_both_ways_and_remote_only_online(slot, modes):
    assert held_modes(slot.where) == modes


def test_a_weekly_line_without_its_place(course):
    person = next(p for p in course.people if p.office_hours)
    slot = person.office_hours[0]
    with_place = "".join(str(s) for s in weekly_line(person, slot, course))
    without = "".join(str(s) for s in weekly_line(person, slot, course, with_place=False))
    assert slot.where in with_place
    assert slot.where not in without
    assert person.name in without


def test_answers_say_what_the_course_calls_office_hours(second_course):
    """A course whose page says "consultations": titles and text say it, never "office hours"."""
    from dataclasses import replace

    from bot.answers.office_hours import office_hours_answer
    from bot.answers.people import staff_answer
    from bot.core.render_text import answer_text
    from bot.course.model import HelpHours

    consulting = replace(second_course, help_hours=HelpHours("Consultation", "Consultations"))
    now = dt.datetime(2024, 10, 19, 23, 0, tzinfo=consulting.tz)  # a Saturday night: none running
    for when in (None, "now", "this week", dt.date(2024, 10, 20)):
        said = answer_text(office_hours_answer(consulting, now, when), consulting.tz, now)
        assert said.startswith("Consultations"), said
        assert "office hours" not in said.lower()
    running = answer_text(office_hours_answer(consulting, now, "now"), consulting.tz, now)
    assert "No consultations are running right now." in running
    without = next(p for p in consulting.people if not p.office_hours)
    assert "No regular consultations are listed" in answer_text(
        staff_answer(consulting, without.id), consulting.tz, now
    )


def test_someone_seen_by_appointment_is_said_so_with_how_to_book():
    """CHEM 1310's lab coordinator holds no regular office hours and is seen by appointment (staff.toml
    `appointments`): his office hours, the staff card and the list of next sessions say so and how, never "not on the
    course page"; someone without the field is still "no regular office hours"."""
    from dataclasses import replace

    from bot.answers.office_hours import office_hours_answer
    from bot.answers.people import staff_answer
    from bot.core.render_text import answer_text
    from bot.course.loader import load_course
    from tests.conftest import FIXTURES

    chem = load_course(FIXTURES / "courses" / "chem-1310-s26")
    now = dt.datetime(2026, 2, 10, 10, 0, tzinfo=chem.tz)
    feld = chem.person("marcus-feld")
    assert feld.appointments == "email him for an appointment"
    own = office_hours_answer(chem, now, None, feld.id)
    said = answer_text(own, chem.tz, now)
    assert own.kind != "unknown"
    assert "by appointment. Email him for an appointment." in said
    assert feld.email in said
    card = answer_text(staff_answer(chem, feld.id), chem.tz, now)
    assert "by appointment" in card
    assert card.count(feld.email) == 1
    listed = answer_text(office_hours_answer(chem, now), chem.tz, now)
    assert "By appointment: Marcus Feld. Email him for an appointment." in listed
    plain = replace(feld, appointments="")
    unknown = office_hours_answer(replace(chem, people=(plain,)), now, None, feld.id)
    assert unknown.kind == "unknown"
    assert "has no regular office hours on the course page" in answer_text(unknown, chem.tz, now)


def test_an_extra_session_for_everyone_is_listed_as_the_staffs(second_course):
    """A one-off session the page adds for person "*" (a revision session all tutors hold) is on the day's list,
    held by the staff as a whole, not lost for want of one person."""
    extra = OfficeHoursChange(
        person="*",
        kind="extra",
        first=dt.date(2024, 10, 21),
        last=dt.date(2024, 10, 21),
        reason="Midterm revision, all TAs",
        start=dt.time(14),
        end=dt.time(17),
        location="Quarry Hall 79",
    )
    course = replace(second_course, oh_changes=(*second_course.oh_changes, extra))
    found = [s for s in sessions_between(course, dt.date(2024, 10, 21), dt.date(2024, 10, 21)) if s.person.id == "*"]
    assert [(s.start.hour, s.end.hour, s.where, s.note) for s in found] == [
        (14, 17, "Quarry Hall 79", "Midterm revision, all TAs")
    ]
    assert found[0].start.tzinfo is not None
    # one person's sessions are theirs alone
    someone = course.people[0]
    assert all(
        s.person == someone
        for s in sessions_between(course, dt.date(2024, 10, 21), dt.date(2024, 10, 21), person=someone)
    )
