"""Whether stated marks pass: the passing rule's thresholds read from its words and checked mark by mark."""

from __future__ import annotations

import shutil

import pytest

from bot.course.loader import load_course
from bot.understand.work.pass_marks import pass_verdict, stated_marks, thresholds
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


def _with_passing_policy(folder, course: str, rule: str):
    """A copy of a fixture course in `folder` with a passing policy of `rule` added to its policies."""
    shutil.copytree(REPO / "tests/fixtures/courses" / course, folder)
    with (folder / "policies.toml").open("a") as out:
        out.write(
            '\n[[policy]]\nid = "passing"\ntitle = "Passing the module"\nkeywords = ["pass", "fail", "passing"]\n'
            f'summary = "{rule}"\nquote = "{rule}"\n'
        )
    return load_course(folder)


@pytest.fixture(scope="module")
def with_pass_rule(tmp_path_factory):
    """HIST 210 with a passing rule added to its policies: a course whose words the reader was not tuned on."""
    return _with_passing_policy(tmp_path_factory.mktemp("course") / "hist-210-a24", "hist-210-a24", RULE)


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


TWO_EXAMS = (
    "You must score at least 50% in the final exam and at least 40% in the written source exam to pass the module."
)


def test_a_threshold_keeps_every_word_naming_its_thing():
    """ "the written source exam": all of its words, so "the source exam" is read as the same thing."""
    found = [(t.of, t.named) for t in thresholds(TWO_EXAMS)]
    assert found == [("final", ("final", "exam")), ("written", ("written", "source", "exam"))]


@pytest.fixture(scope="module")
def with_two_exams(tmp_path_factory):
    """HIST 210 with a rule needing a minimum in two exams, one named in three words."""
    return _with_passing_policy(tmp_path_factory.mktemp("course") / "hist-210-a24", "hist-210-a24", TWO_EXAMS)


@pytest.mark.parametrize(
    ("question", "opens", "said"),
    [
        ("if i get 35% on the source exam but like 90s on everything else do i still pass", "No", "35% is under"),
        ("say i get 45 on the final exam, will i pass", "No", "45% is under the 50%"),
    ],
)
def test_a_mark_on_a_thing_named_shorter_is_held_to_its_threshold(with_two_exams, question, opens, said):
    """A mark on "the source exam" is held to "the written source exam"'s minimum, never to the final's."""
    _, answer = reply(with_two_exams, question, "2024-11-21 10:00")
    assert first_line(answer).startswith(opens), answer
    assert said in answer


def test_a_mark_on_the_other_exam_is_not_held_to_this_one(with_two_exams):
    """45% on the source exam meets its 40%; the final's mark is not told, so no Yes."""
    _, answer = reply(with_two_exams, "if i get 45% on the source exam do i pass", "2024-11-21 10:00")
    assert not first_line(answer).startswith(("Yes", "No")), answer


def test_a_missed_threshold_says_what_the_grade_scale_says_follows(tmp_path):
    """GEO 2210's Klausur hurdle says what missing it brings: the No for a mark under it says so too."""
    rule = "You need at least 50% in the Klausur to pass the module."
    course = _with_passing_policy(tmp_path / "geo-2210-s25", "geo-2210-s25", rule)
    found = pass_verdict(course, "passing", "if i get 45% in the klausur do i pass")
    assert found is not None
    assert not found.yes
    assert "if not, you fail the module and take the resit in October" in found.reason
