"""A kind of work named generically in a late question: which work it is, its next piece, the pool's cap asked."""

from __future__ import annotations

import pytest

from bot.understand.late.late_kind import (
    examples_of_kind,
    next_of_kind,
    pool_cap_asked,
    work_of_kind_named,
    work_of_kinds_listed,
)
from tests.conftest import local
from tests.understand.conftest import course_in, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        ("what if my lab report is a day late", {f"lab{n}" for n in range(1, 9)}),
        ("latest i can submit a pre-lab", {f"prelab{n}" for n in range(1, 9)}),
        ("how late can quizzes be", {f"quiz{n}" for n in range(1, 12)}),
        ("a pset 2 days late", {f"ps{n}" for n in range(1, 12)}),
        ("problem sets late", {f"ps{n}" for n in range(1, 12)}),
        ("what is the penalty for 10 hours late", set()),
    ],
)
def test_the_most_specific_kind_named_wins(question, ids):
    """ "lab report" is the lab reports, not the pre-labs that share the kind "lab"; no kind named is none."""
    assert {a.id for a in work_of_kind_named(course_in(CHEM), question)} == ids


def test_a_section_letter_is_not_read_as_a_plural():
    """ "Field log S" keeps its letter: "the field log" is never read as Süd's log alone (the engine reads it as the
    name both sections' logs share)."""
    geo = course_in("tests/fixtures/courses/geo-2210-s25")
    assert {a.id for a in work_of_kind_named(geo, "the field log")} == set()


def test_the_next_of_the_kind_asked_is_the_example():
    """The next lab report due, not the next piece of work of any kind."""
    chem = course_in(CHEM)
    assert next_of_kind(chem, "my lab report", local(chem, "2026-03-04 14:00")).id == "lab5"
    assert next_of_kind(chem, "a day late", local(chem, "2026-03-04 14:00")) is None


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("is there a limit on slip days per assignment", True),
        ("whats the max number of tokens on one essay", True),
        ("how many slip days do we get", False),
        ("whats the most i can lose", False),
    ],
)
def test_the_pools_cap_asked(question, asked):
    """A cap word and one piece of work: the pool's cap is asked."""
    assert pool_cap_asked(question) is asked


def test_work_of_one_name_under_different_rules_gives_the_next_of_each():
    """ "my lab": the next lab report and the next pre-lab, since their late rules differ; no single example."""
    chem = course_in(CHEM)
    now = local(chem, "2026-03-04 14:00")
    assert [a.id for a in examples_of_kind(chem, "can i turn in my lab late", now)] == ["lab5", "prelab6"]
    assert next_of_kind(chem, "can i turn in my lab late", now) is None


def test_a_grace_period_for_a_kind_of_work_is_its_late_rules():
    """'is there a grace period for lab reports': the lab reports' late rules, not the lab attendance policy."""
    result, said = reply(course_in(CHEM), "is there a grace period for lab reports", "2026-02-10 10:00")
    assert [p.intent for p in result.parts] == ["late_rules"]
    assert "slip days" in said


def test_work_told_of_as_missed_is_the_last_one_due():
    """Told of as forgotten or missed, the kind's last piece already due (else its first); asked plainly, the next."""
    chem = course_in(CHEM)
    monday = local(chem, "2026-02-09 10:00")
    assert next_of_kind(chem, "i forgot the quiz, can i do it late", monday).id == "quiz3"
    assert next_of_kind(chem, "i missed the pre-lab", monday).id == "prelab2"
    assert next_of_kind(chem, "didnt do the lab report, what now", local(chem, "2026-02-10 10:00")).id == "lab2"
    assert next_of_kind(chem, "can i do the quiz late", monday).id == "quiz4"
    assert next_of_kind(chem, "i forgot the quiz", local(chem, "2026-01-20 10:00")).id == "quiz1"


@pytest.mark.parametrize(
    ("sentence", "ids"),
    [
        (
            "Regrade requests for problem sets and lab reports",
            {f"ps{n}" for n in range(1, 12)} | {f"lab{n}" for n in range(1, 9)},
        ),
        (
            "quizzes, pre-labs or lab reports",
            {f"quiz{n}" for n in range(1, 12)} | {f"prelab{n}" for n in range(1, 9)} | {f"lab{n}" for n in range(1, 9)},
        ),
        ("lab reports only", {f"lab{n}" for n in range(1, 9)}),  # "lab report", not every "lab"
        ("exams", set()),
    ],
)
def test_every_kind_a_sentence_lists(sentence, ids):
    """Each kind a sentence lists is named, a longer name holding a shorter one ("lab report" over "lab")."""
    assert {a.id for a in work_of_kinds_listed(course_in(CHEM), sentence)} == ids
