"""Missing a kind of assessment none of the course's exams is: its rule (bot.understand.exams.missed_other_kind)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.course.model import Course
from bot.understand.exams.missed_other_kind import missed_kind_rule
from bot.understand.question.reading import Reading
from tests.understand.conftest import course_in, reply


def _reading(tokens: str) -> Reading:
    words = tokens.split()
    return Reading(question=tokens, text=tokens, tokens=words)


@pytest.mark.parametrize(
    ("question", "rule"),
    [
        ("how many spot quizzes can i miss", "quizzes"),
        ("what if i skip a quiz", "quizzes"),
        ("what happens if i miss an exam", None),  # the exams' own rules
        ("what happens if i miss the practical", None),
    ],
)
def test_a_kind_no_exam_is_named_by_takes_the_rule_naming_it_and_missing(question, rule) -> None:
    """The rule whose heading names the kind and missing it; never for a word of the course's exams."""
    course = _course()
    assert missed_kind_rule(course, _reading(question)) == rule


def _course() -> Course:
    """STAT 187 with a practical exam and two rules naming quizzes, one of them about missing them."""
    base = course_in("data/stat-187-f24")
    exam = replace(base.exams[0], id="prac", title="Practical exam", aliases=("practical",))
    quizzes = replace(base.policies[0], id="quizzes", title="Missed spot quizzes", keywords=())
    other = replace(base.policies[0], id="grading", title="Grading of quizzes", keywords=())
    return replace(base, exams=(exam,), policies=(quizzes, other))


def test_chem_quiz_rule_stays_its_own() -> None:
    """A course whose quiz rule its keywords already name answers with it, titled by the rule."""
    chem = course_in("tests/fixtures/courses/chem-1310-s26")
    _, said = reply(chem, "how many quizzes can i skip", "2026-03-04 14:00")
    assert said.startswith("Weekly quizzes"), said
