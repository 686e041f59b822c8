"""A yes/no about a kind of exam the page says the course does not have is a No with the page's sentence."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.understand.exams.denied_kind import denied_exam_kind
from tests.understand.conftest import course_in, reply


def _with_rules(*rules: str):
    """STAT 187 with its final's rules replaced (a fresh Course value, so nothing read of the bundled one is kept)."""
    course = course_in("data/stat-187-f24")
    final = course.exam("final")
    exams = tuple(replace(e, rules=rules) if e is final else e for e in course.exams)
    return replace(course, exams=exams)


@pytest.mark.parametrize(
    ("rule", "question", "denied"),
    [
        ("There is no written exam in this course.", "is there a written final exam", True),
        ("There is no written exam in this course.", "will there be a written test", True),
        ("There is no written exam in this course.", "is there an oral exam", False),  # another kind
        ("There is no written exam in this course.", "is there a final exam", False),  # "written" not asked
        ("The project presentation replaces a final exam.", "do we have a final exam", True),
        ("The project presentation replaces a final exam.", "is there a final", True),
        ("The project presentation replaces a final exam.", "when is the final exam", False),  # not whether
        ("Bring a calculator; no notes.", "is there a written final exam", False),  # nothing denied
    ],
)
def test_a_kind_of_exam_the_page_denies(rule, question, denied):
    """Table: the page's sentence denies the kind asked when every word of its kind is one the question says."""
    assert (denied_exam_kind(_with_rules(rule), question) == rule) is denied


def test_the_answer_is_no_with_the_sentence_then_the_exams():
    """ "is there a written final exam" of a course whose final's rules say there is none: No, quoting them."""
    course = _with_rules("The final project replaces a final exam; there is no written exam in this course.")
    _, said = reply(course, "is there a written final exam", "2024-10-14 13:30")
    assert said.splitlines()[2].startswith("No: “The final project replaces a final exam")
