"""A kind of meeting named by its start time (bot.understand.meetings.meeting_at_clock): the section that meets then."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.meetings.meeting_at_clock import bare_clock_asked, names_a_clock, section_at_clock, starts_at_clock
from tests.understand.conftest import course_in, reply

STAT = "data/stat-187-f24"
HIST = "tests/fixtures/courses/hist-210-a24"


@pytest.mark.parametrize(
    ("folder", "kind", "clock", "section"),
    [
        (STAT, "discussion", dt.time(12, 0), "1C"),
        (HIST, "tutorial", dt.time(1, 0), "T3"),  # "the 1:00 tutorial": 13:00, no am or pm said
        (HIST, "tutorial", dt.time(13, 0), "T3"),
        (STAT, "discussion", dt.time(9, 0), None),  # 1A and 1E both start at 9: no one section
        (STAT, "discussion", dt.time(11, 30), None),  # none then
        (STAT, "lecture", dt.time(11, 0), None),  # one lecture time for all: nothing to choose
        (STAT, None, dt.time(12, 0), None),
    ],
)
def test_the_one_section_whose_meeting_starts_then(folder, kind, clock, section):
    assert section_at_clock(course_in(folder), kind, clock) == section


@pytest.mark.parametrize(
    ("folder", "question", "now", "said", "not_said"),
    [
        (HIST, "which room is the 1pm tutorial in", "2024-10-14 10:00", "Hume Building 2.03", "Hume Building G.14"),
        (STAT, "where is the 12:00 discussion section", "2024-10-14 10:00", "Quarry Hall 79", "Halvorsen Hall 70"),
    ],
)
def test_where_the_meeting_at_a_time_is_held(folder, question, now, said, not_said):
    """Only that section's room, not every section's."""
    _, answer = reply(course_in(folder), question, now)
    assert said in answer
    assert not_said not in answer


@pytest.mark.parametrize(
    ("kind", "clock", "either_half", "section", "found"),
    [
        ("lecture", dt.time(11, 0), True, None, (True, "they start at 11:00 AM.")),
        ("lecture", dt.time(11, 0), False, None, (True, "they start at 11:00 AM.")),
        ("lecture", dt.time(23, 0), False, None, (False, "they start at 11:00 AM.")),  # "at 11pm"
        ("lecture", dt.time(9, 0), True, None, (False, "they start at 11:00 AM.")),
        ("discussion", dt.time(9, 0), True, None, None),  # 1A starts at 9, 1B at 10: it depends on the section
        ("discussion", dt.time(9, 0), True, "1A", (True, "they start at 9:00 AM.")),
        ("discussion", dt.time(9, 0), True, "1B", (False, "they start at 10:00 AM.")),
    ],
)
def test_whether_a_kind_of_meeting_starts_at_a_clock(kind, clock, either_half, section, found):
    """ "is lecture at 11": Yes when every such meeting starts then, No when none does, else no Yes or No."""
    assert starts_at_clock(course_in(STAT), kind, clock, section, either_half=either_half) == found


@pytest.mark.parametrize(
    ("question", "clock"),
    [
        ("is lecture at 11", dt.time(11, 0)),
        ("does lab start at 2?", dt.time(2, 0)),
        ("lecture is at 9:30 right", dt.time(9, 30)),
        ("is lecture in room 11", None),
        ("is lecture at 11 on tuesday", None),  # not its last words
        ("is lecture at 25", None),
    ],
)
def test_a_bare_hour_a_question_ends_on(question, clock):
    """ "is lecture at 11": the hour typed without am or pm, which the time reader leaves unread."""
    assert bare_clock_asked(question) == clock


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("does the midterm review start at 7", True),
        ("is the review session at 5pm", True),
        ("is the final review in the morning", True),
        ("is the review at 10:30 on friday", True),
        ("is there a midterm review", False),
        ("is there a review before midterm 2", False),
    ],
)
def test_a_time_of_day_named(question, named):
    """A clock or a part of the day: a session found on the schedule does not settle whether it is then."""
    assert names_a_clock(question) is named
