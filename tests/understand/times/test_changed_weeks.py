"""A stretch named only in the reasons of meeting changes ("Online week: lecture on Zoom"): its days are a span a
question can name, classes held but changed, and whether a meeting is online then is read from those days."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from bot.course.meetings import MeetingChange
from bot.understand.meetings.online_then import held_online_then
from bot.understand.times.changed_weeks import changed_stretches
from tests.understand.conftest import first_line, reply

D = dt.date.fromisoformat
ZOOM = "Online (Zoom, link on the course site)"


@pytest.fixture(scope="module")
def online_week(second_course):
    """Stat 187 with an online week (Oct 28 - Nov 1): the lecture and every discussion move to Zoom."""
    moves = (
        MeetingChange("lecture", "move", D("2024-10-29"), D("2024-10-31"), "Online week: lecture on Zoom", room=ZOOM),
        MeetingChange(
            "*",
            "move",
            D("2024-10-28"),
            D("2024-11-01"),
            "Online week: discussions on Zoom",
            room=ZOOM,
            kind_filter="discussion",
        ),
    )
    return replace(second_course, meeting_changes=(*second_course.meeting_changes, *moves))


def test_the_label_shared_by_changes_names_a_whole_week(online_week, second_course):
    assert changed_stretches(online_week) == [("online-week", "Online week", D("2024-10-28"), D("2024-11-03"))]
    assert changed_stretches(second_course) == []  # one change's own note is no stretch


def test_online_then_is_read_from_those_days(online_week, second_course):
    week = (D("2024-10-28"), D("2024-11-03"))
    online, said = held_online_then(online_week, week, "discussion", "1C")
    assert online
    assert "Online week" in said
    assert held_online_then(second_course, week, "discussion", "1C") is None  # nothing changed: the weekly pattern


def test_a_question_names_the_stretch(online_week):
    _, said = reply(online_week, "is my 1c discussion on zoom during online week", "2024-10-14 10:00")
    assert first_line(said).startswith("Yes")
    _, said = reply(online_week, "what happens during online week", "2024-10-14 10:00")
    assert "Zoom" in said
    assert "Tue Oct 29" in said


def test_the_break_is_never_a_week_classes_still_meet(online_week):
    """ "after the break" is a stretch without class, not the online week that comes first."""
    result, _ = reply(online_week, "what's due after the break", "2024-10-14 10:00")
    assert result.parts[0].slots["range"][0] > D("2024-11-03")


@pytest.fixture(scope="module")
def harvest_hours(second_course):
    """Stat 187 with a "Harvest timetable" (Oct 7 - Oct 25): the lecture and every discussion an hour earlier, the
    reason a short name with no label before a colon."""
    moves = (
        MeetingChange("lecture", "move", D("2024-10-07"), D("2024-10-25"), "Harvest timetable", start=dt.time(10, 0)),
        MeetingChange(
            "*",
            "move",
            D("2024-10-07"),
            D("2024-10-25"),
            "Harvest timetable",
            start=dt.time(8, 0),
            kind_filter="discussion",
        ),
    )
    return replace(second_course, meeting_changes=(*second_course.meeting_changes, *moves))


def test_a_short_reason_shared_by_changes_names_a_stretch(harvest_hours):
    """A reason shared by several changes ("Harvest timetable") names their days: "what time is lecture during the
    harvest timetable" is the moved time."""
    assert changed_stretches(harvest_hours) == [
        ("harvest-timetable", "Harvest timetable", D("2024-10-07"), D("2024-10-25"))
    ]
    _, said = reply(harvest_hours, "what time is lecture during the harvest timetable", "2024-10-01 10:00")
    assert "10:00 AM" in said
    assert "Harvest timetable" in said


def test_the_stretch_by_its_distinctive_word_alone(harvest_hours, second_course):
    """ "during harvest": the label's own word names the stretch, as a day off's does ("during thanksgiving")."""
    _, said = reply(harvest_hours, "what time r lectures during harvest", "2024-10-01 10:00")
    assert "10:00 AM" in said
    assert "Harvest timetable" in said
    _, said = reply(harvest_hours, "im in 1c when is my discussion during harvest", "2024-10-01 10:00")
    assert "8:00 AM" in said
    _, said = reply(second_course, "what time r lectures during harvest", "2024-10-01 10:00")
    assert "Harvest timetable" not in said  # no such stretch: nothing named


def test_whether_deadlines_change_then_is_no_count_of_what_is_due(harvest_hours):
    """ "do deadlines change during harvest" asks of the deadlines' rule: never "Yes: 2 deadlines during ..."."""
    result, said = reply(harvest_hours, "do deadlines change during harvest", "2024-10-01 10:00")
    assert all(part.intent != "due_soon" for part in result.parts)
    assert "deadlines during" not in said
