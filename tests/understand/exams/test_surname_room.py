"""'where do i write the final, my surname is Botha': the room of an exam split by surname, for the surname told."""

from __future__ import annotations

import pytest

from bot.core.render_text import answer_text
from bot.course.loader import load_course
from bot.understand.engine import read_question
from bot.understand.exams.surname_room import surname_told
from tests.conftest import local

ROOMS = 'rooms = [{ surnames = "A-L", room = "Redwood Hall 1" }, { surnames = "M-Z", room = "Bayview Hall" }]'


@pytest.fixture
def course(second_copy):
    path = second_copy / "exams.toml"
    path.write_text(path.read_text().replace('room = "Redwood Hall 1"', ROOMS, 1))
    return load_course(second_copy)


def _said(course, question: str) -> tuple[str, str]:
    now = local(course, "2024-12-02 10:00")
    result = read_question(course, question, now)
    return [p.intent for p in result.parts], answer_text(result.answer, course.tz, now)


@pytest.mark.parametrize(
    ("question", "room", "other"),
    [
        ("where do i write the final, my surname is Botha", "Redwood Hall 1", "Bayview Hall"),
        ("which room is the final exam in? last name Ndlovu", "Bayview Hall", "Redwood Hall 1"),
        ("final venue, my surname starts with an M", "Bayview Hall", "Redwood Hall 1"),
        ("im a Zulu, where is the final", "Bayview Hall", "Redwood Hall 1"),
        ("surname: okafor. which hall for the exam?", "Bayview Hall", "Redwood Hall 1"),
        ("my last names botha which room for the final", "Redwood Hall 1", "Bayview Hall"),  # "name's", no apostrophe
        ("what room is the final, surname ko is Mercado", "Bayview Hall", "Redwood Hall 1"),  # Filipino "ko": my
        ("final room? last name mine is Lee", "Redwood Hall 1", "Bayview Hall"),
    ],
)
def test_the_surname_told_picks_its_room(course, question, room, other):
    intents, said = _said(course, question)
    assert "surname_room" in intents
    told = next(line for line in said.split("\n") if line.strip().startswith("Surname"))
    assert room in told, said
    assert other not in told, said


def test_without_rooms_by_surname_nothing_is_read(second_course):
    assert surname_told(second_course, "where is the midterm, my surname is Botha") is None


def test_a_name_that_is_no_surname_is_not_read(course):
    assert surname_told(course, "my surname is on the list, where do i go") is None
    assert surname_told(course, "im a first year, where is the final") is None
    assert surname_told(course, "where is the final") is None
    # "surname is Li is that room 401": the name told is the one after the first "is", never "that"
    assert surname_told(course, "my surname is Li is that the first room") == "Li"


@pytest.mark.parametrize(
    ("question", "room", "other"),
    [
        ("my surname is Botha, which room for the final", "Redwood Hall 1", "Bayview Hall"),
        ("when is the final and where do i go, last name starts with n", "Bayview Hall", "Redwood Hall 1"),
        # the room asked in one sentence, the surname told in another: one answer, the surname's own room
        ("what room is my exam in? last name is Ndlovu", "Bayview Hall", "Redwood Hall 1"),
        ("where do i sit the exam? surname Adams", "Redwood Hall 1", "Bayview Hall"),
    ],
)
def test_the_card_shown_with_the_surname_holds_only_its_room(course, question, room, other):
    """The exam's card under the surname's room lists that room only: the other one would mislead a skimming eye."""
    _, said = _said(course, question)
    assert room in said
    assert other not in said


@pytest.mark.parametrize(
    ("question", "room", "other"),
    [
        ("what time is the final and which room, surname is botha", "Redwood Hall 1", "Bayview Hall"),
        ("when does the final start and where do i go, last name ndlovu", "Bayview Hall", "Redwood Hall 1"),
        ("where is the final exam and when, my surname starts with z", "Bayview Hall", "Redwood Hall 1"),
    ],
)
def test_a_surname_told_in_another_part_gives_the_exams_time_and_only_its_room(course, question, room, other):
    """ "what time does test 2 start and which room, surname is ngata": one answer for the exam named, its time and
    the surname's room, never every surname's rooms nor another exam's room."""
    intents, said = _said(course, question)
    assert intents == ["surname_room"]
    assert "Final" in said.splitlines()[0]
    assert room in said
    assert other not in said, said


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("my last name is botha so im in redwood 1 for the final right", "Yes: surnames A–L write"),
        ("my surname is ndlovu so the final is in redwood hall 1 right?", "No: surnames M–Z write"),
        ("last name is okafor, bayview for the final right", "Yes"),
    ],
)
def test_the_room_a_student_states_is_checked_against_their_surnames(course, question, opening):
    intents, said = _said(course, question)
    assert "surname_room" in intents
    assert said.splitlines()[2].startswith(opening), said


NUMBERED_ROOMS = (
    'rooms = [{ surnames = "A-L", room = "Aula Magna B2" }, { surnames = "M-Z", room = "Room 114, ground floor" }]'
)


@pytest.fixture
def numbered(second_copy):
    path = second_copy / "exams.toml"
    path.write_text(path.read_text().replace('room = "Redwood Hall 1"', NUMBERED_ROOMS, 1))
    return load_course(second_copy)


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("my surname is ndlovu, am i in hall b2 for the final?", "No: surnames M–Z write"),  # its number as a room
        ("last name botha, is my final in room 114?", "No: surnames A–L write"),
        ("my surname is ndlovu so im in room 114 for the final right", "Yes: surnames M–Z write"),
        ("my surname is botha, is the final in room 300?", "Surname Botha"),  # no room of the exam: no verdict
    ],
)
def test_a_room_named_by_its_number_alone_is_checked_too(numbered, question, opening):
    intents, said = _said(numbered, question)
    assert "surname_room" in intents
    assert opening in said.splitlines()[2], said
