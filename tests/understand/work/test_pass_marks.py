"""Whether stated marks pass: the passing rule's thresholds read from its words and checked mark by mark."""

from __future__ import annotations

import shutil

import pytest

from bot.course.loader import load_course
from bot.understand.work.pass_marks import stated_marks, thresholds
from tests.understand.conftest import REPO, first_line, reply

RULE = (
    "To pass the module you need an overall mark of at least 40 and at least 35% in the examination. "
    "A module mark under 40 is a fail."
)


def test_the_rule_s_thresholds():
    """Each "at least" of a sentence about passing, with what it is of."""
    found = {(t.of, t.least, t.percent) for t in thresholds(RULE)}
    assert found == {("total", 40.0, False), ("examination", 35.0, True)}


def test_a_rule_not_about_passing_states_no_threshold():
    assert thresholds("You must attend at least 8 of the 10 seminars.") == ()


@pytest.mark.parametrize(
    ("question", "marks"),
    [
        ("if i get 52 overall and 30% on the exam do i pass", {"total": 52.0, "exam": 30.0}),
        ("say my total is 38, will i fail", {"total": 38.0}),
        ("i have 61 in total, 44 on the final", {"total": 61.0, "final": 44.0}),
        ("hw3 is worth 10 and due on the 4th", {}),
    ],
)
def test_the_marks_a_student_states(question, marks):
    assert stated_marks(question) == marks


@pytest.fixture(scope="module")
def with_pass_rule(tmp_path_factory):
    """HIST 210 with a passing rule added to its policies: a course whose words the reader was not tuned on."""
    folder = tmp_path_factory.mktemp("course") / "hist-210-a24"
    shutil.copytree(REPO / "tests/fixtures/courses/hist-210-a24", folder)
    with (folder / "policies.toml").open("a") as out:
        out.write(
            '\n[[policy]]\nid = "passing"\ntitle = "Passing the module"\nkeywords = ["pass", "fail", "passing"]\n'
            f'summary = "{RULE}"\nquote = "{RULE}"\n'
        )
    return load_course(folder)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("if i get 52 overall but only 30% on the exam, do i pass?", "No"),
        ("say i end up with 45 overall and 50% in the examination, would i pass", "Yes"),
        ("i reckon i'll get 38 overall, will i fail", "Yes"),
        ("if i get 55 overall and 40 on the exam will i fail", "No"),
    ],
)
def test_stated_marks_against_the_rule(with_pass_rule, question, verdict):
    result, said = reply(with_pass_rule, question, "2024-11-21 10:00")
    assert [p.slots.get("policy") for p in result.parts] == ["passing"]
    assert first_line(said).startswith(verdict), said


def test_a_mark_the_rule_needs_but_the_student_does_not_give_leaves_it_open(with_pass_rule):
    """ "50% on the exam, do i pass": the overall mark is not stated, so no Yes."""
    _, said = reply(with_pass_rule, "if i get 50% on the exam do i pass", "2024-11-21 10:00")
    assert not first_line(said).startswith(("Yes", "No")), said
    assert "at least 40" in said
