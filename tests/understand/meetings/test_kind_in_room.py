"""A kind of meeting and a room: the coming meetings decide, room changes included."""

from __future__ import annotations

import dataclasses
import datetime as dt

from bot.core.render_text import answer_text
from bot.understand.meetings.held_in import course_rooms
from bot.understand.meetings.kind_in_room import kind_in_room
from tests.conftest import local


def ask(course, question, now):
    clock = local(course, now)
    answer = kind_in_room(course, question, course_rooms(course), clock)
    return answer_text(answer, course.tz, clock) if answer is not None else None


def test_the_weekly_room_is_yes_and_another_is_no(geo):
    assert ask(geo, "is the plenary still in H 0104?", "2025-03-25 10:00").splitlines()[2].startswith("Yes")
    said = ask(geo, "are plenary sessions in EB 222", "2025-03-25 10:00")
    assert said.splitlines()[2].startswith("No")
    assert "H 0104" in said


def test_a_room_change_answers_no_with_its_reason(geo):
    # the fixture's one-day move to MA 001, stretched to the end of term: the plenary has moved for good
    moved = next(c for c in geo.meeting_changes if c.room == "MA 001")
    course = dataclasses.replace(
        geo, meeting_changes=(dataclasses.replace(moved, last=moved.first + dt.timedelta(weeks=8)),)
    )
    now = dt.datetime.combine(moved.first, dt.time(9), tzinfo=geo.tz)
    said = answer_text(kind_in_room(course, "is the plenary still in H 0104", course_rooms(course), now), geo.tz, now)
    assert said.splitlines()[2].startswith("No")
    assert "MA 001" in said
    assert "Senate meeting" in said  # why it moved
    # a one-day move among meetings still in the usual room is left to the meetings answer (no plain Yes or No)
    assert kind_in_room(geo, "is the plenary still in H 0104", course_rooms(geo), now) is None


def test_not_asked_or_split_between_rooms_is_left_to_others(geo):
    assert ask(geo, "where is the plenary", "2025-03-25 10:00") is None
    assert ask(geo, "is the plenary in the library", "2025-03-25 10:00") is None  # no room of the course
    assert ask(geo, "are practicals in EB 222", "2025-03-25 10:00") is None  # one section there, one not
    assert kind_in_room(geo, "is the plenary in H 0104", course_rooms(geo), None) is None
