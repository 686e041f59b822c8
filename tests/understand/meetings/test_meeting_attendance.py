"""Being late to, or missing, a class meeting and whether it matters: the course's attendance rule for that kind,
or that the page does not say; never a late submission, never whether the meeting was held (hostile4 11, 13)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.understand.meetings.meeting_attendance import AttendanceAsked, attendance_asked, attendance_policy
from tests.understand.conftest import course_in, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"


@pytest.mark.parametrize(
    ("question", "how"),
    [
        ("if im 20 minutes late to lab does it count", "late"),
        ("if i'm 10 mins late for lab is that an absence", "late"),
        ("i showed up to lab 15 min late, will that hurt me", "late"),
        ("i missed lab last week, does it matter", "missed"),
        ("i couldn't make it to recitation yesterday, is that a problem", "missed"),
        ("is there a penalty for missing lab", "missed"),
        ("any penalties for skipping recitation?", "missed"),
        ("what are the consequences of being late to lab", "late"),
    ],
)
def test_the_meeting_and_how_it_was_missed(question: str, how: str) -> None:
    found = attendance_asked(course_in(CHEM), question)
    assert found is not None
    assert found.how == how


@pytest.mark.parametrize(
    "question",
    [
        "i missed the lecture, where are the slides",  # nothing asked of whether it matters
        "if my lab report is 20 minutes late does it count",  # handing work in late
        "i missed quiz 5, does it count",  # not a meeting
        "is lab late this week",
    ],
)
def test_other_questions_are_not_it(question: str) -> None:
    assert attendance_asked(course_in(CHEM), question) is None


def test_the_rule_for_that_kind() -> None:
    course = course_in(CHEM)
    assert attendance_policy(course, "lab").id == "labs"
    assert attendance_policy(course, "recitation") is None


@pytest.mark.parametrize(("folder", "kind"), [(CHEM, "lab"), ("data/10-605-s24", "lecture")])
def test_the_rule_read_once_is_the_course_objects_own(folder: str, kind: str) -> None:
    """The rule kept per course is that course's: a course reloaded without the rule (a new object) has none."""
    course = course_in(folder)
    rule = attendance_policy(course, kind)
    assert rule is not None
    assert attendance_policy(course, kind) is rule
    reloaded = replace(course, policies=tuple(p for p in course.policies if p.id != rule.id))
    assert attendance_policy(reloaded, kind) is None or attendance_policy(reloaded, kind).id != rule.id
    assert attendance_policy(course, kind) is rule


def test_late_to_a_meeting_is_its_attendance_rule() -> None:
    _, said = reply(course_in(CHEM), "if i'm 10 minutes late to lab does it matter", "2026-03-04 14:00")
    assert "Lab attendance is required" in said
    assert "not accepted late" not in said
    assert "slip days" not in said


def test_missing_a_past_meeting_is_not_whether_it_met() -> None:
    _, said = reply(course_in("data/10-605-s24"), "i missed lecture last week does it matter", "2024-02-20 10:00")
    assert "Attending lectures is not mandatory" in said
    assert not said.splitlines()[2].startswith("Yes")


def test_a_kind_with_no_rule_is_not_on_the_page() -> None:
    result, said = reply(course_in(CHEM), "i missed recitation yesterday, does it matter", "2026-03-04 14:00")
    assert result.answer.kind == "unknown"
    assert "does not say" in said


GEO = "tests/fixtures/courses/geo-2210-s25"


@pytest.mark.parametrize(
    "question",
    [
        "does being late count as an absence",
        "if im late does it count as absent",
        "does tardiness count as an absence",
        "if im like 20 min late to the meeting point does that count as absent",  # a length of lateness told
    ],
)
def test_lateness_asked_as_an_absence_is_the_one_attendance_rule(question: str) -> None:
    """No meeting named: the kind whose attendance rule the course states, never the late-work rule."""
    assert attendance_asked(course_in(GEO), question) == AttendanceAsked("field practical", "late")


def test_lateness_as_an_absence_where_kinds_have_different_rules_is_no_guess() -> None:
    """Lectures (clicker participation) and labs (attendance required) have rules of their own: neither is guessed."""
    assert attendance_asked(course_in(CHEM), "does being late count as an absence") is None


@pytest.mark.parametrize("folder", [CHEM, GEO, "data/10-605-s24"])
def test_warming_reads_every_kinds_attendance_rule(folder: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """After startup warming, lateness asked as an absence reads no policy again (no first-use spike)."""
    from bot.understand.engine import warm
    from bot.understand.meetings import meeting_attendance

    course = replace(course_in(folder))  # a course object of its own, warmed here
    warm(course)
    read = []
    original = meeting_attendance._how_close
    monkeypatch.setattr(meeting_attendance, "_how_close", lambda *a: read.append(a) or original(*a))
    attendance_asked(course, "if im like 10 min late will that count as absent")
    assert read == []


_LATE_SENTENCE = "Arriving more than 10 minutes late counts as half an absence."


def _late_counted(geo):
    """GEO 2210 whose practical attendance rule counts a late arrival as half an absence."""
    rule = replace(geo.attendance[0], late_counts_as=0.5, quote=f"{geo.attendance[0].quote} {_LATE_SENTENCE}")
    return replace(geo, attendance=(rule,))


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("i was 20 min late to the practical, does that count as an absence", "Yes: 20 minutes is more than the 10"),
        ("if im 5 minutes late to the field practical does it count", "No: the page counts arrivals more than 10"),
        ("what happens if i arrive to the practical late", "Arriving more than 10 minutes late to field practicals"),
        # the share asked by name: a late arrival, not work handed in late
        ("is arriving 5 minutes late to the practical half an absence", "No: the page counts arrivals more than 10"),
        ("is coming 15 min late to practical half an absence", "Yes: 15 minutes is more than the 10"),
    ],
)
def test_a_late_arrival_gets_the_share_of_an_absence_the_rule_gives(geo, question, opening):
    """The counted rule's share of an absence, the page's sentence on it; Yes or No only when the student says how
    late and the page says from when it counts."""
    _, said = reply(_late_counted(geo), question, "2025-05-12 10:00")
    lines = said.splitlines()
    assert lines[2].startswith(opening), said
    assert f"The course page: “{_LATE_SENTENCE}”" in said


def test_a_rule_silent_on_lateness_answers_as_before(geo):
    """Without a share for late arrivals, the rule is not read as one."""
    _, said = reply(geo, "i was 20 min late to the practical, does that count as an absence", "2025-05-12 10:00")
    assert "half an absence" not in said
