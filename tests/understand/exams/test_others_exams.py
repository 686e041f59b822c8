"""Exams of the student's other courses, told in a story, are no exam of this course
(bot.understand.exams.others_exams): "three other courses with midterms ... everything due up to march 21" lists what is
due."""

from __future__ import annotations

import dataclasses

from bot.understand.exams.others_exams import others_exams
from tests.understand.conftest import reply

EXAMS = frozenset({"midterm", "midterms", "exam", "exams", "final", "finals"})


def test_an_exam_after_other_courses_is_theirs():
    assert others_exams(["i", "have", "three", "other", "courses", "with", "midterms", "that", "week"], EXAMS) == {6}
    assert others_exams(["my", "other", "classes", "have", "finals", "then"], EXAMS) == {4}
    assert others_exams(["when", "is", "the", "midterm"], EXAMS) == frozenset()
    assert others_exams(["do", "other", "sections", "have", "the", "same", "midterm"], EXAMS) == frozenset()


def test_a_story_of_other_courses_exams_still_gets_the_deadlines(hist):
    """HIST 210 calling its exam "midterm" too (in its [synonyms]): the other courses' midterms are not it."""
    course = dataclasses.replace(hist, synonyms={**hist.synonyms, "midterm": "final examination"})
    question = (
        "ok so i have three other courses with midterms right after reading week and a part time job. can you "
        "tell me everything due from now up to december 10 so i can plan"
    )
    result, said = reply(course, question, "2024-11-20 10:00")
    assert result.parts[0].intent != "exam", said
    assert said.splitlines()[0].startswith("Due between"), said


def test_this_courses_midterm_is_still_the_exam(stat):
    result, _ = reply(stat, "when is the midterm", "2024-10-09 10:00")
    assert result.parts[0].intent == "exam"
