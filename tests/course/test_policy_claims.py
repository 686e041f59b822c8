"""Policy claims: what the page decides, loaded from [[policy.claim]] and checked against the page's words."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.course.loader import CourseDataError, load_course

_CLAIM = """
[[policy.claim]]
answer = "{answer}"
asks = {asks}
evidence = "{evidence}"
"""


def _add_claim(folder: Path, answer: str, asks: str, evidence: str) -> None:
    path = folder / "policies.toml"
    path.write_text(path.read_text() + _CLAIM.format(answer=answer, asks=asks, evidence=evidence))


def _problems(folder: Path) -> list[str]:
    with pytest.raises(CourseDataError) as info:
        load_course(folder)
    return [str(p) for p in info.value.problems]


def test_bundled_claims_load_with_their_answers(course, second_course):
    """10-605 and STAT 187 carry claims; each has phrasings, an answer and the page's words."""
    exams = course.policy("exams")
    assert any(not c.yes and "take the exam early" in c.asks for c in exams.claims)
    assert any(c.yes and "exam during class" in c.asks for c in exams.claims)
    collaboration = second_course.policy("collaboration")
    assert {c.yes for c in collaboration.claims} == {True, False}
    for policy in (*course.policies, *second_course.policies):
        for claim in policy.claims:
            assert claim.asks
            assert claim.evidence


def test_claim_evidence_must_be_quoted_from_the_page(second_copy):
    """Evidence that is in no policy's quote is refused: a claim never invents the page's words."""
    _add_claim(second_copy, "yes", '["bring a calculator"]', "Calculators are welcome.")
    assert any("claim #" in p and "evidence" in p and "quote" in p for p in _problems(second_copy))


def test_claim_evidence_matches_across_quote_marks_and_line_breaks(second_copy):
    """Evidence is compared without regard to case, spacing or curly quotes."""
    _add_claim(second_copy, "no", '["post questions by email"]', "please POST questions   on Ed")
    policy = load_course(second_copy).policy("collaboration")
    assert policy.claims[-1].evidence == "please POST questions   on Ed"


@pytest.mark.parametrize(
    ("answer", "asks", "field"),
    [("maybe", '["group writeup"]', "answer"), ("no", "[]", "asks")],
)
def test_claim_fields_are_checked(second_copy, answer, asks, field):
    """An answer other than yes or no, or a claim with no phrasing, is refused by item and field."""
    _add_claim(second_copy, answer, asks, "you must write up your own solutions")
    assert any("claim #" in p and field in p for p in _problems(second_copy))
