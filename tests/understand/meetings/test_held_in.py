"""Rooms read backwards: a section asked of a room, and an exam's sittings in a room."""

from __future__ import annotations

import pytest

from bot.core.render_text import answer_text
from bot.course.loader import load_course
from bot.understand.meetings.held_in import held_in_question, section_in_room
from tests.conftest import SECOND_DATA, local


def _first_line(answer) -> str:
    return "".join(s for s in answer.lines[0] if isinstance(s, str))


@pytest.fixture(scope="module")
def course():
    return load_course(SECOND_DATA)


def test_a_section_in_its_own_room_is_a_yes_and_in_another_a_no_naming_its_room(course):
    meeting = next(m for m in course.meetings if m.section)
    other = next(m.room for m in course.meetings if m.room and m.room != meeting.room)
    yes = section_in_room(course, f"is {meeting.section.lower()} in {meeting.room.lower()}")
    assert _first_line(yes).startswith("**Yes**")
    no = section_in_room(course, f"does section {meeting.section.lower()} meet in {other.lower()}")
    assert _first_line(no).startswith("**No**")
    assert meeting.room in _first_line(no)


def test_a_question_not_about_a_section_and_a_room_is_left_alone(course):
    assert section_in_room(course, "is the midterm in halvorsen hall 100") is None
    assert section_in_room(course, "is 1a on tuesday") is None


def test_which_sections_sit_an_exam_in_a_room(course):
    exam = next(e for e in course.exams if e.rooms)
    sitting = exam.rooms[0]
    answer = held_in_question(course, f"which section has the {exam.title.lower()} in {sitting.room.lower()}")
    assert all(s in _first_line(answer) for s in sitting.sections)


@pytest.mark.parametrize(
    ("question", "present", "absent"),
    [
        ("which discussion sections are in Halvorsen Hall 70", ["1A", "1B"], ["1C", "Lecture"]),
        ("what meets in Quarry Hall 79", ["1C", "1D", "an extra meeting"], ["1A"]),
        ("what's in bayview auditorium", ["Tue Oct 15", "Midterm"], ["1A:"]),
        ("which lectures are in halvorsen hall 70", ["no lectures"], ["1A"]),
    ],
)
def test_rooms_read_backwards(stat, question, present, absent):
    """A room to the meetings, one-day changes and exam sittings the data puts there, of the kind named."""
    answer = held_in_question(stat, question)
    said = answer_text(answer, stat.tz, local(stat, "2024-10-01T10:00"))
    assert all(p in said for p in present)
    assert not any(a in said for a in absent)


@pytest.mark.parametrize(
    "question", ["when is the lecture in Halvorsen Hall 100", "where is Halvorsen Hall 70", "what time is dis"]
)
def test_questions_that_do_not_ask_what_a_room_holds(stat, question):
    assert held_in_question(stat, question) is None


def test_which_sections_are_online_lists_only_those_held_online(course):
    """ "which sections are on <platform>": the meetings the data holds online, none held in a room; a platform is
    named by the course's own links or generically ("online", "zoom")."""
    from bot.understand.meetings.held_in import held_online

    online = [m for m in course.meetings if m.online]
    in_rooms = [m for m in course.meetings if m.section and not m.online]
    for asked in ("which sections are on zoom", "what discussion sections meet online", "which sections are remote"):
        answer = held_in_question(course, asked)
        shown = " ".join(s for line in answer.lines for s in line if isinstance(s, str))
        assert all(m.section in shown for m in online if m.section)
        assert not any(f" {m.section}**" in shown for m in in_rooms)
    lectures = held_online(course, "which lectures are online")
    assert "no lectures online" in _first_line(lectures).lower()
    assert held_online(course, "what is the zoom link for 1g") is None  # asked of one meeting
