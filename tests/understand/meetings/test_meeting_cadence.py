"""How often a kind of class meeting is held, asked (bot.understand.meetings.meeting_cadence)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.understand.conftest import course_in, first_line, reply

HIST = "tests/fixtures/courses/hist-210-a24"
STAT = "data/stat-187-f24"


def _fortnightly_tutorials():
    """hist-210-a24 with its tutorials held every other week."""
    hist = course_in(HIST)
    return replace(hist, meetings=tuple(replace(m, every=2) if m.kind == "tutorial" else m for m in hist.meetings))


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("are tutorials every week", "No: Tutorials are held every other week"),
        ("is there a tut each week", "No: Tutorials are held every other week"),
        ("are tutorials fortnightly", "Yes: Tutorials are held every other week"),
        ("r tutorials every other week", "Yes"),
        ("is the seminar weekly", "Yes: Seminars are held every week"),
        ("how often do tutorials meet", "Tutorials are held every other week"),  # no Yes or No
        ("are tutorials every week or every other week", "Tutorials are held every other week"),
    ],
)
def test_the_kinds_own_cadence_answers(question, first):
    """Yes or No from the cadence the kind's meetings keep, said; "how often" and an either-or get the cadence."""
    result, said = reply(_fortnightly_tutorials(), question, "2024-10-07 10:00")
    assert result.parts[0].intent == "meeting_cadence", said
    assert first_line(said).startswith(first), said


@pytest.mark.parametrize(
    "question",
    [
        "do i have to go to tutorial every week",  # a duty: the attendance rule's
        "is the essay due every week",  # no kind of meeting
        "are tutorials every week in november",  # a span of its own
    ],
)
def test_other_questions_of_the_weeks_are_not_read_as_the_cadence(question):
    result, _ = reply(_fortnightly_tutorials(), question, "2024-10-07 10:00")
    assert all(p.intent != "meeting_cadence" for p in result.parts)


def test_meetings_of_one_kind_that_keep_different_cadences_get_no_verdict():
    """One tutorial weekly and the others fortnightly: the times, without a Yes or No."""
    hist = course_in(HIST)
    meetings = tuple(replace(m, every=2) if m.id == "tut-t1" else m for m in hist.meetings)
    _, said = reply(replace(hist, meetings=meetings), "are tutorials every week", "2024-10-07 10:00")
    assert not first_line(said).startswith(("Yes", "No"))


def test_discussion_sections_weekly_on_stat():
    _, said = reply(course_in(STAT), "are discussion sections weekly", "2024-10-14 10:00")
    assert first_line(said).startswith("Yes: ")


@pytest.mark.parametrize(
    ("folder", "now", "question"),
    [
        ("tests/fixtures/courses/chem-1310-s26", "2026-02-10 10:00", "is there a pre-lab every week"),
        ("tests/fixtures/courses/chem-1310-s26", "2026-02-10 10:00", "is the lab report weekly"),
        ("tests/fixtures/courses/chem-1310-s26", "2026-02-10 10:00", "is there a quiz in recitation every week"),
        (STAT, "2024-10-01 10:00", "do we get a quiz in discussion every week"),
        (STAT, "2024-10-01 10:00", "is there a problem set from lecture every week"),
    ],
)
def test_the_weeks_asked_of_work_in_or_of_a_meeting_are_not_the_meetings_cadence(folder, now, question):
    """ "Every week" asked of a piece of work or a thing in a meeting gets no Yes that the meeting is held weekly."""
    result, said = reply(course_in(folder), question, now)
    assert all(p.intent != "meeting_cadence" for p in result.parts), said
    assert "are held every week" not in said
