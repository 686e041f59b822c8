"""A stated place (and time) asked yes/no (bot.understand.meetings.stated_place): the place the answer gives decides."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.core.answer import Answer, text
from bot.course.loader import load_course
from bot.understand.answering import replies
from bot.understand.answering.asked import Asked
from bot.understand.meetings.stated_place import place_verdict, stated_place
from bot.understand.words.lexicon import Lexicon
from tests.conftest import at
from tests.understand.conftest import reply


def _card(asked: Asked, slots: dict) -> Answer:
    """A stand-in handler: the final's card, and a No on the time when asked yes/no with no place."""
    card = Answer(title="Final exam", lines=(text("Thu Dec 12, 8:00 AM · Redwood Hall 1"),))
    if asked.yes_no and slots.get("_place") is None and slots.get("_at") is not None:
        return replies.verdict(card, False, "Final exam starts at 8:00 AM.")
    return card


def test_the_place_stated_decides(second_course):
    asked = Asked(second_course, at("2024-11-01 10:00"), None, None, None, True, "")
    assert replies.opening_verdict(stated_place(_card, asked, {"_place": "redwood hall 1"})) is True
    assert replies.opening_verdict(stated_place(_card, asked, {"_place": "bayview auditorium"})) is False


def test_a_right_place_at_a_wrong_time_is_no_with_both_reasons(second_course):
    asked = Asked(second_course, at("2024-11-01 10:00"), None, None, None, True, "")
    answer = stated_place(_card, asked, {"_place": "redwood hall 1", "_at": "09:00"})
    assert replies.opening_verdict(answer) is False
    assert "8:00 AM" in "".join(str(s) for s in answer.lines[0])


def _exam_without_room(asked: Asked, slots: dict) -> Answer:
    """A stand-in handler: an exam card whose room is unknown, with a course room's words scattered over it."""
    return Answer(
        title="Final exam",
        lines=(text("Room: the course page doesn't say."), text("Hall passes from the Redwood desk; 1 page of notes.")),
    )


def test_a_place_whose_words_are_scattered_over_the_card_is_not_a_place_shown(second_course):
    asked = Asked(second_course, at("2024-11-01 10:00"), None, None, None, True, "")
    answer = stated_place(_exam_without_room, asked, {"_place": "bayview auditorium"})
    assert replies.opening_verdict(answer) is None
    assert "Redwood Hall 1" not in "".join(str(s) for line in answer.lines for s in line)


def _day_without_the_kind(asked: Asked, slots: dict) -> Answer:
    """A stand-in handler: a day on which only another kind meets (in Redwood Hall 1), and a No when asked yes/no
    whether the kind meets."""
    card = Answer(title="Schedule for Tue Nov 5", lines=(text("Lab: 9:00 AM · Redwood Hall 1"),))
    if asked.yes_no and slots.get("_place") is None:
        return replies.verdict(card, False, "no lecture on Tue Nov 5.")
    return card


def test_a_kind_that_does_not_meet_that_day_is_no_without_another_meetings_room(second_course):
    asked = Asked(second_course, at("2024-11-01 10:00"), None, None, None, True, "")
    slots = {"_place": "redwood hall 1", "kind": "lecture", "date": at("2024-11-05 00:00").date()}
    answer = stated_place(_day_without_the_kind, asked, slots)
    assert replies.opening_verdict(answer) is False
    assert "no lecture on Tue Nov 5" in "".join(str(s) for s in answer.lines[0])


def test_a_word_of_a_meeting_kind_is_not_a_place_stated(second_course):
    """ "is there discussion on friday": the kind asked about, even where a room's name holds the word."""
    asked = Asked(second_course, at("2024-11-01 10:00"), None, None, None, True, "")
    seen: list[dict] = []

    def handler(asked: Asked, slots: dict) -> Answer:
        seen.append(slots)
        return Answer(title="Discussion", lines=(text("Fri Nov 1 · Discussion Room 5"),))

    answer = stated_place(handler, asked, {"_place": "discussion"})
    assert replies.opening_verdict(answer) is None
    assert seen == [{"_place": None}]


def test_the_room_a_move_left_named_in_its_reason_is_not_where_the_meeting_is(second_course):
    """ "is it still in halvorsen hall 100": a move whose reason names the room left is No, with the new room."""
    from dataclasses import replace

    from bot.course.meetings import MeetingChange

    day = at("2024-10-15 00:00").date()
    moved = MeetingChange(
        "lecture", "move", day, day, "Halvorsen Hall 100 hosts a conference", room="Bayview Auditorium"
    )
    course = replace(second_course, meeting_changes=(moved,))
    asked = Asked(course, at("2024-10-10 10:00"), None, None, None, True, "")

    def handler(asked: Asked, slots: dict) -> Answer:
        return Answer(
            title="Lecture",
            lines=(text("Lecture: 11:00 AM · Bayview Auditorium (Halvorsen Hall 100 hosts a conference)"),),
        )

    assert replies.opening_verdict(stated_place(handler, asked, {"_place": "halvorsen hall 100"})) is False
    assert replies.opening_verdict(stated_place(handler, asked, {"_place": "bayview auditorium"})) is True


def test_a_room_number_stated_decides(second_course):
    """ "is the final in redwood hall 2" of Redwood Hall 1: No, though the building's words match."""
    card = Answer(title="Final exam", lines=(text("Thu Dec 12, 8:00 AM · Redwood Hall 1"),))
    no = place_verdict(second_course, card, "redwood hall", "is the final in redwood hall 2")
    assert replies.opening_verdict(no) is False
    yes = place_verdict(second_course, card, "redwood hall", "is the final in redwood hall 1")
    assert replies.opening_verdict(yes) is True


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("is the midterm in halvorsen hall 100 for everyone", False),  # rooms by section: not everyone's
        ("is the midterm in hall 100 for all of us", False),  # the room by its last word and number
        ("is the midterm in halvorsen hall 100", None),  # one of its rooms, everyone not asked: no plain answer
    ],
)
def test_one_of_several_rooms_asked_as_everyones_is_no(second_course, question, verdict):
    """An exam held in rooms by section, one of them asked of as everyone's room: No, with every room."""
    result, said = reply(second_course, question, "2024-10-01 10:00")
    assert replies.opening_verdict(result.answer) is verdict, said
    if verdict is False:
        assert "Bayview Auditorium" in said


def test_a_room_after_its_buildings_comma_is_a_place(second_copy):
    """ "Palazzo Velli, Aula 4" names "aula 4" alone; "Exam Hall 1, Main Building": "exam hall 1", "hall 1"."""
    path = second_copy / "exams.toml"
    path.write_text(path.read_text().replace('room = "Redwood Hall 1"', 'room = "Exam Hall 1, Main Building"'))
    course = load_course(second_copy)
    places = {name for name, tags in Lexicon(course).phrases.items() if any(t.kind == "place" for t in tags)}
    assert {("exam", "hall", "1"), ("main", "building"), ("hall", "1")} <= places
    _, said = reply(course, "is the final in hall 1", "2024-10-01 10:00")
    assert said.splitlines()[2].startswith("Yes"), said


def test_a_room_is_named_by_its_number_of_several_parts(hist, stat):
    """ "is t1 tutorial in 2.03" (Hume Building 2.03): the room by its number alone, never a number of one part
    ("Halvorsen Hall 100": any number); a note in brackets is no part of a room's name ("Room 4.20 (seminar room),
    Main building": "room 4.20")."""
    assert any(t.kind == "place" for t in Lexicon(hist).phrases[("2", "03")])
    assert not any(t.kind == "place" for t in Lexicon(stat).phrases.get(("100",), ()))
    bracketed = replace(hist, meetings=(replace(hist.meetings[0], room="Room 4.20 (seminar room), Main building"),))
    assert any(t.kind == "place" for t in Lexicon(bracketed).phrases[("room", "4", "20")])


def test_a_room_stated_by_its_number_is_checked(hist):
    _, said = reply(hist, "is t1 tutorial in 2.03", "2024-10-01 10:00")
    assert said.splitlines()[2].startswith("No"), said
    assert "G.14" in said.splitlines()[2]


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("is my tutorial in hume g.14", False),
        ("is my tutorial in hume g14", False),
        ("is my tutorial in hume 2.03", True),
        ("is my tutorial in hume building 2 03", True),
    ],
)
def test_a_room_code_stated_decides(hist, question, yes):
    """ "hume g.14" of Hume Building 2.03: No, though the building's word matches; the code is read however it is
    typed (with its dot, run together, spaced)."""
    card = Answer(title="Tutorial group T3", lines=(text("Tutorial: Fridays 1:00 PM · Hume Building 2.03."),))
    place = "hume building" if "building" in question else "hume"
    assert replies.opening_verdict(place_verdict(hist, card, place, question)) is yes
