"""The last moment work is still accepted (bot.understand.late.late_latest and handle_late.latest_accepted_answer): read
from "the latest i can hand it in", answered from the work's own late rule, never read as the term's last deadline."""

from __future__ import annotations

import pytest

from tests.understand.conftest import course_in, reply


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("whats the absolute latest i can hand in hw5", "Fri Apr 5, 11:59 PM EDT"),
        ("last possible time to turn in homework 5??", "Fri Apr 5, 11:59 PM EDT"),
        ("when's the latest we could submit hw5 and still get something", "Fri Apr 5, 11:59 PM EDT"),
    ],
)
def test_the_latest_time_comes_from_the_late_cutoff(course, question, says):
    result, said = reply(course, question, "2024-04-01 10:00")
    assert [p.intent for p in result.parts] == ["latest_accepted"], said
    assert f"the last time HW5 is accepted is {says}" in said, said


def test_on_another_course_work_with_no_late_submission_ends_at_its_deadline():
    chem = course_in("tests/fixtures/courses/chem-1310-s26")
    result, said = reply(chem, "what's the latest i can submit quiz 6", "2026-03-04 14:00")
    assert [p.intent for p in result.parts] == ["latest_accepted"], said
    assert "is not accepted late: the last time is its deadline" in said, said


@pytest.mark.parametrize("question", ["when is the last homework due", "what was the last lecture about"])
def test_the_last_item_is_not_the_latest_moment(course, question):
    result, _ = reply(course, question, "2024-04-01 10:00")
    assert "latest_accepted" not in [p.intent for p in result.parts]
