"""A place as it reads inside a sentence."""

from __future__ import annotations

from bot.answers.places import on_place


def test_a_place_takes_on_and_a_manner_keeps_its_own_preposition():
    assert on_place("Gradescope") == " on Gradescope"
    assert on_place("by email to the lecturer") == " by email to the lecturer"
    assert on_place("via the form") == " via the form"
    assert on_place("") == ""


def _shown(answer) -> str:
    return " ".join("".join(s for s in line if isinstance(s, str)) for line in answer.lines)


def test_an_exams_sittings_in_a_room_name_the_sections_that_sit_there():
    from bot.answers.places import held_in
    from bot.course.loader import load_course
    from tests.conftest import SECOND_DATA

    course = load_course(SECOND_DATA)
    midterm = next(e for e in course.exams if e.rooms)
    sitting = midterm.rooms[0]
    shown = _shown(held_in(course, sitting.room, exam=midterm.id))
    assert all(s in shown for s in sitting.sections)
    other = next(r.room for r in midterm.rooms if r.room != sitting.room)
    assert not any(s in _shown(held_in(course, other, exam=midterm.id)) for s in sitting.sections)
    assert "not held in" in _shown(held_in(course, "Nowhere Hall 1", exam=midterm.id))


def test_an_exam_with_one_room_for_everyone_is_in_that_room():
    from bot.answers.places import held_in
    from bot.course.loader import load_course
    from tests.conftest import SECOND_DATA

    course = load_course(SECOND_DATA)
    exam = next(e for e in course.exams if e.location and not e.rooms)
    assert exam.title in _shown(held_in(course, exam.location))
