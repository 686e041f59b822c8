"""How an office-hours session can be attended, read from where it is held."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.answers.office_hours import held_modes, weekly_line
from bot.course.model import OfficeHours

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
