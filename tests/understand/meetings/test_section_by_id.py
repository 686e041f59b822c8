"""Which section a student ID is in: the ranges the sections give, or that the page does not say."""

from __future__ import annotations

import dataclasses

from bot.core.render_text import answer_text
from bot.understand.meetings.section_by_id import section_for_id, student_id_asked
from tests.conftest import local


def _with_ranges(course):
    ranges = {"1A": "Students with SIDs 3030000000-3034999999.", "1B": "Students with SIDs 3035000000-3039999999."}
    sections = tuple(dataclasses.replace(s, description=ranges.get(s.id, s.description)) for s in course.sections)
    return dataclasses.replace(course, sections=sections)


def shown(course, student_id):
    now = local(course, "2024-10-14 10:00")
    answer = section_for_id(course, student_id, now)
    return answer, answer_text(answer, course.tz, now)


def test_the_id_asked():
    assert student_id_asked("my roll no is 23ME047 which tutorial batch am i in") == "23ME047"
    assert student_id_asked("which section should i go to, sid 3038123456") == "3038123456"
    assert student_id_asked("which section is in room 2050") is None  # not asking which is theirs
    assert student_id_asked("which batch am i in") is None  # no ID given


def test_the_range_holding_the_id_decides(stat):
    course = _with_ranges(stat)
    answer, said = shown(course, "3036123456")
    assert answer.kind != "unknown"
    assert "Discussion 1B" in said
    answer, said = shown(course, "9990000000")
    assert answer.kind == "unknown"
    assert "none of the ranges" in said


def test_no_ranges_on_the_page_is_unknown(stat):
    answer, said = shown(stat, "3036123456")
    assert answer.kind == "unknown"
    assert "does not say" in said
    assert "Ed" in said
