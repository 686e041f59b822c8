"""Who deals with an exam clash, in the course's own words (bot.answers.exam_clashes)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bot.answers.exam_clashes import clashes_said
from bot.answers.exams import conflict_form_status
from bot.course.model import Policy
from tests.understand.conftest import course_in, reply

HIST = "tests/fixtures/courses/hist-210-a24"
STAT = "data/stat-187-f24"
CLASHES = Policy(
    id="exam-rules",
    title="Examinations",
    summary="Clashes go to the Registry.",
    quote="Bring your card. Examination clashes are dealt with by the Registry, not the department.",
)


def _one_exam(course, *policies):
    return replace(course, exams=course.exams[-1:], policies=(*course.policies, *policies))


def test_a_course_with_no_conflict_form_says_who_deals_with_clashes():
    course = _one_exam(course_in(HIST), CLASHES)
    exam = course.exams[0]
    assert clashes_said(course, exam) == ("Examination clashes are dealt with by the Registry, not the department.",)
    question = "my other module's exam is at the same time, who do i talk to about the clash"
    result, said = reply(course, question, "2024-11-04 10:00")
    assert "dealt with by the Registry" in said
    assert result.answer.kind != "unknown"


def test_without_a_sentence_on_clashes_the_page_is_silent_as_before():
    course = _one_exam(course_in(HIST))
    exam = course.exams[0]
    assert clashes_said(course, exam) == ()
    before = dt.datetime.combine(exam.date - dt.timedelta(days=30), dt.time(12), tzinfo=course.tz)
    line = conflict_form_status(course, exam, before, "")
    assert "The course page says" not in "".join(str(p) for p in line)


def test_a_general_sentence_is_not_taken_for_one_of_several_exams():
    stat = course_in(STAT)
    course = replace(stat, policies=(*stat.policies, CLASHES))
    assert all(clashes_said(course, e) == () for e in course.exams)
    _, said = reply(course, "when is the final", "2024-11-04 10:00")
    assert "no conflict form" in said
