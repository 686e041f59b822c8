"""An exam word after a word naming a policy about a sitting of its own ("the repeat exam") is that policy's
sitting, never the course's scheduled exam (bot.understand.exams.other_sitting; hostile4 finding 9)."""

from __future__ import annotations

import dataclasses

import pytest

from bot.course.model import Course, Policy
from bot.understand.exams.other_sitting import qualified_exams, qualifiers
from tests.understand.conftest import reply

RESITS = Policy(
    id="resits",
    title="Resits (supplementary examinations)",
    summary="A student who fails sits the examination again in the August resit session; dates are set later.",
    quote="A student who fails sits the examination again in the August resit session.",
    keywords=("resit", "supplementary", "august"),
)


def _with_resits(course: Course) -> Course:
    """HIST 210 with a resit policy, and the course's own synonym for it in the plural only ("repeats")."""
    synonyms = {**course.synonyms, "repeats": "resit"}
    return dataclasses.replace(course, policies=(*course.policies, RESITS), synonyms=synonyms)


def test_the_words_naming_a_sitting_policy_come_from_its_title_and_the_course_synonyms(hist):
    named = qualifiers(_with_resits(hist))
    assert named["resit"] == "resits"
    assert named["supplementary"] == "resits"
    assert named["repeat"] == "resits"  # "repeats" = "resit" in the course's synonyms, read in the singular
    assert "examination" not in named
    assert not set(qualifiers(hist)) & {"resit", "repeat"}


@pytest.mark.parametrize(
    "question",
    [
        "when is the repeat exam",
        "when are the august repeat exams",
        "when is the resit exam",
        "when are the supplementary examinations",
        "when is my repeat",
    ],
)
def test_a_qualified_exam_is_the_policy_not_the_final(hist, question):
    course = _with_resits(hist)
    result, said = reply(course, question, "2024-11-20 10:00")
    assert result.parts[0].intent == "policy", said
    assert "August resit session" in said
    final = course.exam("final")
    assert f"{final.date:%b} {final.date.day}" not in said.splitlines()[2]


def test_the_exam_alone_is_still_the_final(hist):
    result, _said = reply(_with_resits(hist), "when is the final exam", "2024-11-20 10:00")
    assert result.parts[0].intent == "exam"
    assert result.parts[0].slots["exam"] == "final"


def test_a_word_of_the_course_exam_itself_is_no_qualifier():
    class M:
        def __init__(self, kind, start, end):
            self.kind, self.start, self.end = kind, start, end

    tokens = ["when", "is", "the", "repeat", "exam"]
    assert qualified_exams([], tokens, {"repeat": "resits"}) == {4}
    assert qualified_exams([M("exam", 3, 5)], tokens, {"repeat": "resits"}) == set()
