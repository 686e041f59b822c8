"""Exam rooms by surname (`rooms = [{ surnames = "A-L", room = … }]`): read, compared and refused precisely."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.course.loader import CourseDataError, load_course

BY_SURNAME = 'rooms = [{ surnames = "A-L", room = "Redwood Hall 1" }, { surnames = "m–z", room = "Bayview Hall" }]'


def _edit(folder: Path, new: str) -> None:
    path = folder / "exams.toml"
    text = path.read_text()
    assert 'room = "Redwood Hall 1"' in text
    path.write_text(text.replace('room = "Redwood Hall 1"', new, 1))


def _problems(folder: Path) -> list[str]:
    with pytest.raises(CourseDataError) as info:
        load_course(folder)
    return [str(p) for p in info.value.problems]


def test_rooms_by_surname_load_and_place_each_surname(second_copy):
    _edit(second_copy, BY_SURNAME)
    final = load_course(second_copy).exam("final")
    assert final.by_surname
    assert [r.surname_range for r in final.rooms] == ["A–L", "M–Z"]
    assert final.room_for_surname("Botha").room == "Redwood Hall 1"
    assert final.room_for_surname("ndlovu").room == "Bayview Hall"
    assert final.room_for_surname("Ó Sé").room == "Bayview Hall"  # accents do not move a name
    assert final.room_for_surname("L").room == "Redwood Hall 1"
    assert final.room_for(None) == ""  # no room is everyone's


def test_a_range_of_two_letters_compares_two_letters(second_copy):
    _edit(second_copy, 'rooms = [{ surnames = "A-Mo", room = "Hall 1" }, { surnames = "Mp-Z", room = "Hall 2" }]')
    final = load_course(second_copy).exam("final")
    assert final.room_for_surname("Moyo").room == "Hall 1"
    assert final.room_for_surname("Mthembu").room == "Hall 2"


def test_old_rooms_by_section_are_unchanged(second_course):
    midterm = next(e for e in second_course.exams if e.rooms)
    assert not midterm.by_surname
    assert midterm.room_for(midterm.rooms[0].sections[0]) == midterm.rooms[0].room


@pytest.mark.parametrize(
    ("new", "expected"),
    [
        ('rooms = [{ surnames = "A to", room = "X" }]', ["room #1", "'surnames'", "range of initials"]),
        ('rooms = [{ surnames = "Z-A", room = "X" }]', ["room #1", "'surnames'", "runs backwards"]),
        (
            'rooms = [{ surnames = "A-M", room = "X" }, { surnames = "M-Z", room = "Y" }]',
            ["exam 'final'", "'rooms'", "overlap (at M)"],
        ),
        ('rooms = [{ surnames = "A-L", room = "X" }, { room = "Y" }]', ["'rooms'", "give every room its `surnames`"]),
        ('rooms = [{ surnames = "A-L", sections = ["1A"], room = "X" }]', ["'surnames'", "not both"]),
        ('rooms = [{ surname = "A-L", room = "X" }]', ["room #1", "surname"]),
    ],
)
def test_bad_surname_ranges_are_refused_naming_the_file_exam_and_field(second_copy, new, expected):
    _edit(second_copy, new)
    problems = _problems(second_copy)
    assert any(p.startswith("exams.toml") and all(part in p for part in expected) for p in problems), problems
