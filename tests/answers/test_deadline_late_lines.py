"""/deadline's late-policy lines are made once per course and assignment: the same answer every time, and a course
with another late policy (a reload is a new value) gets its own lines, never the old course's."""

from __future__ import annotations

import dataclasses
import datetime as dt

from bot.answers.deadlines import deadline_detail
from bot.course.late_policy import UNSTATED


def _lines(answer) -> list[str]:
    return ["".join(s for s in line if isinstance(s, str)) for f in answer.fields for line in f.lines]


def test_the_same_answer_every_time(course):
    now = dt.datetime(2024, 2, 12, 10, 0, tzinfo=course.tz)
    for item in course.assignments:
        assert deadline_detail(course, item.id, now) == deadline_detail(course, item.id, now)


def test_a_course_with_another_late_policy_gets_its_own_lines(course):
    now = dt.datetime(2024, 2, 12, 10, 0, tzinfo=course.tz)
    item = course.assignments[0]
    before = _lines(deadline_detail(course, item.id, now))
    silent = dataclasses.replace(course, late=UNSTATED)
    after = _lines(deadline_detail(silent, item.id, now))
    assert "What happens to late work: the course page doesn't say." in after
    assert "What happens to late work: the course page doesn't say." not in before
    assert _lines(deadline_detail(course, item.id, now)) == before
