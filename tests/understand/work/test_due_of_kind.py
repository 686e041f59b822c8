"""Deadline questions naming work by a word the course's meetings use too (bot.understand.work.due_of_kind)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.understand.conftest import course_in, first_line, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"  # labs are meetings, and pre-labs and lab reports are work of kind lab


@pytest.mark.parametrize(
    ("question", "intent", "said", "unsaid"),
    [
        ("which labs are due in april", "due_soon", ["Pre-lab 8", "Lab Report 8"], ["Lab Report 5", "PS8"]),
        ("what labs are due the week after spring break", "due_soon", ["Lab Report 6", "Pre-lab 7"], ["PS8"]),
        ("wen is the last lab due", "next_due", ["Lab Report 8"], ["PS11"]),
    ],
)
def test_work_named_like_a_meeting_is_read_as_its_deadlines(question, intent, said, unsaid):
    """ "which labs are due in april": the deadlines of the work of that kind, not the labs' policy or schedule."""
    result, answer = reply(course_in(CHEM), question, "2026-03-04 14:00")
    assert result.parts[0].intent == intent
    for fact in said:
        assert fact in answer
    for fact in unsaid:
        assert fact not in answer


def test_a_named_assignment_s_kind_is_not_the_kind_asked(stat):
    """ "whats due after ps6": whatever comes next, not the next problem set."""
    result, _ = reply(stat, "whats due right after ps6", "2024-11-01 10:00")
    assert not result.parts[0].slots.get("series")


@pytest.mark.parametrize(
    ("question", "item", "verdict"),
    [
        ("the lab report due monday, is that 10pm?", "lab5", "Yes"),
        ("the quiz due this friday, is it at midnight?", "quiz6", "No"),
    ],
)
def test_the_one_piece_of_a_kind_due_that_day_is_the_one_asked(question, item, verdict):
    """ "the lab report due monday, is that 10pm?": the one lab report due that Monday, its due time checked."""
    result, answer = reply(course_in(CHEM), question, "2026-03-04 14:00")
    assert result.parts[0].intent == "assignment_due"
    assert result.parts[0].slots["assignments"] == (item,)
    assert answer.splitlines()[2].startswith(verdict)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [("whens the proposal due, midnight?", "No"), ("what time is the proposal due, 5pm?", "Yes")],
)
def test_a_due_time_tacked_on_is_checked_not_offered_as_a_choice(hist, question, verdict):
    """ "whens the proposal due, midnight?": its due time, Yes or No, never "which do you mean"."""
    result, answer = reply(hist, question, "2024-11-22 09:15")
    assert result.outcome == "answered"
    assert answer.splitlines()[2].startswith(verdict)


@pytest.mark.parametrize(
    ("course", "question", "now"),
    [
        ("data/10-605-s24", "how do i submit homework", "2024-02-12 10:00"),
        (CHEM, "how do i hand in my lab report", "2026-03-04 14:00"),
    ],
)
def test_asking_how_to_hand_work_in_is_not_asking_when_it_is_due(course, question, now):
    """ "how do i submit homework" carries the due cue, but asks how: the submission policy, not the next deadlines."""
    result, _ = reply(course_in(course), question, now)
    assert result.parts[0].intent not in ("due_soon", "next_due", "assignment_due")


@pytest.mark.parametrize(
    ("question", "verdict", "unsaid"),
    [
        ("is the lab due tomorrow", "No", "Lab attendance is required"),  # a policy claim does not decide a due day
        ("is the pre-lab due tonight", "No", "Lab attendance is required"),
        ("is the lab report due friday", "No", "Yes"),  # Q6 is due Friday, no lab report is
        ("is the lab report due monday", "Yes", "Q6"),  # Lab Report 5
        ("is the quiz due friday", "Yes", "Lab Report"),
    ],
)
def test_a_due_day_yes_no_is_decided_by_deadlines_of_the_kind_asked(question, verdict, unsaid):
    """ "is the lab report due friday": Yes only when work of that kind is due that day."""
    result, answer = reply(course_in(CHEM), question, "2026-03-04 14:00")
    assert result.parts[0].intent == "due_soon"
    assert first_line(answer).startswith(verdict)
    assert unsaid not in first_line(answer)


def test_a_part_named_like_a_series_word_does_not_take_the_series():
    """ "is the lab report due monday" where PS6 has a part named "report": the lab reports, not PS6."""
    chem = course_in(CHEM)
    parted = tuple(replace(a, parts=("report", "code")) if a.id == "ps6" else a for a in chem.assignments)
    course = replace(chem, assignments=parted)
    result, answer = reply(course, "is the lab report due monday", "2026-03-04 14:00")
    assert result.parts[0].intent == "due_soon"
    assert first_line(answer).startswith("Yes")
    assert "Lab Report 5" in first_line(answer)
    result, _ = reply(course, "if my lab report is 3 days late what happens", "2026-03-04 14:00")
    assert "ps6" not in result.parts[0].slots.get("assignments", ())
