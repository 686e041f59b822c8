"""A schedule day that is one meeting of its own (bot.understand.meetings.row_meeting): shown with its time and
place."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bot.course.model import ScheduleDay
from bot.understand.meetings.row_meeting import has_own_slot, one_off_meeting, with_own_meetings
from tests.understand.conftest import course_in, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"


def _with_review_row():
    """CHEM 1310 with a schedule day for its Midterm 1 review session (a meeting held on that one day)."""
    chem = course_in(CHEM)
    row = ScheduleDay(date=dt.date(2026, 2, 17), kind="review", title="Midterm 1 review: bring questions")
    return replace(chem, schedule=(*chem.schedule, row)), row


def test_a_day_that_is_one_meeting_of_its_own_takes_its_time_and_place():
    """The review session's day shows 7:00 PM – 8:30 PM in Bremer Auditorium; a weekly lecture's day shows none."""
    chem, row = _with_review_row()
    (shown,) = with_own_meetings(chem, [row])
    assert (shown.start.hour, shown.end.hour, shown.room) == (19, 20, "Bremer Auditorium")
    assert has_own_slot(chem, row, "meeting_time")
    assert has_own_slot(chem, row, "meeting_place")
    lecture = next(r for r in chem.schedule if r.kind == "lecture")
    assert one_off_meeting(chem, lecture) is None
    assert with_own_meetings(chem, [lecture]) == [lecture]


def test_where_to_meet_for_a_day_with_its_own_place_is_that_place():
    """ "where do we meet for the drone mapping day": the day's own place and time, not a choice of readings."""
    geo = course_in("tests/fixtures/courses/geo-2210-s25")
    result, said = reply(geo, "where do we meet for the drone mapping day and what time", "2025-05-12 10:00")
    assert result.outcome == "answered"
    assert "Tempelhof field site, main gate" in said
    assert "8:00 AM" in said
