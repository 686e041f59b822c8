from __future__ import annotations

import pytest

from bot.understand.meetings.attend_after_due import asks_to_attend
from tests.understand.conftest import course_in, first_line, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"


@pytest.fixture(scope="module")
def chem():
    return course_in(CHEM)


def test_being_allowed_to_attend_gets_no_verdict_from_a_due_date(chem):
    _, said = reply(
        chem, "didnt get pre-lab 5 done in time, am i still allowed to do the lab tomorrow", "2026-03-04 14:00"
    )
    assert not first_line(said).startswith(("Yes", "No")), said
    assert "not on the course page" in said


@pytest.mark.parametrize(
    ("question", "meeting"),
    [
        ("am i allowed to attend the lab", "lab"),
        ("can i still go to recitation", "recitation"),
        ("is pre-lab 5 due tomorrow", None),
        ("can i still submit pre-lab 5", None),
    ],
)
def test_the_meeting_asked_to_attend(chem, question, meeting):
    assert asks_to_attend(chem, question) == meeting


@pytest.mark.parametrize(
    "question",
    ["missed pre-lab 6, am i allowed to attend the lab"],
)
def test_a_rule_that_attendance_is_required_does_not_say_yes(chem, question):
    """Not the Yes of "lab attendance is required": the pre-lab rule's own claim ("you may still do the lab") decides
    it, once "pre-lab" asks the claim's "prelab"."""
    _, said = reply(chem, question, "2026-03-04 14:00")
    assert "Lab attendance is required" not in first_line(said), said
    assert first_line(said).startswith("Yes: “A missing pre-lab scores zero, but you may still do the lab"), said


def test_work_not_done_is_decided_by_the_claim_without_it(chem):
    """ "i didnt do the prelab" asks what the data's claim "attend lab without prelab" asks: its page words decide."""
    _, said = reply(chem, "i didnt do the prelab, can i still go to lab", "2026-03-04 14:00")
    assert first_line(said).startswith("Yes"), said
    assert "you may still do the lab" in said


def test_a_rule_naming_the_missed_work_decides():
    from bot.understand.meetings.attend_after_due import attends_after_missed_work

    chem = course_in(CHEM)
    q = "i didnt do the prelab, can i still go to lab"
    assert attends_after_missed_work(chem, q, "Students without a completed prelab may not attend lab.") is None
    assert attends_after_missed_work(chem, q, "Lab attendance is required.") == "lab"


def test_must_i_attend_keeps_its_yes(chem):
    _, said = reply(chem, "do i have to attend lab", "2026-03-04 14:00")
    assert first_line(said).startswith("Yes")


def test_the_schedule_gives_no_yes_on_attending_after_missed_work(chem):
    """The schedule says nothing of it; the pre-lab rule's claim does (u34: claims read "pre lab" as "prelab")."""
    _, said = reply(chem, "missed prelab 6, can i still go to lab next week?", "2026-03-04 14:00")
    assert first_line(said).startswith("Yes: “A missing pre-lab scores zero, but you may still do the lab"), said
