"""The kind of student a rule is said of, and whether a question names it."""

from __future__ import annotations

import pytest

from bot.understand.words.normalize import phrase_key
from bot.understand.yes_no.kind_of_student import kind_told, said_of_other_kind, student_kind


@pytest.mark.parametrize(
    ("clause", "kind"),
    [
        ("Unofficial auditors will not be given access to course materials", ("unofficial", "auditors")),
        ("but unofficial auditors get no access", ("unofficial", "auditors")),
        ("10-405 students do not do the mini-project", ("10", "405", "students")),
        ("Graduate students write a longer paper", ("graduate", "students")),
        ("Auditors may not take exams", ("auditors",)),
        # every student, or no student as the subject
        ("All students must attend the exams", ()),
        ("Enrolled students get the homework on Gradescope", ()),
        ("Students who miss an exam get a zero", ()),
        ("Collaboration with other students is allowed", ()),
        ("To protect future students, do not post your solutions", ()),
        ("Late work is not accepted", ()),
    ],
)
def test_the_kind_a_rule_is_said_of(clause, kind):
    """A subject naming students with a word that narrows them, or a noun that is one kind by itself."""
    assert student_kind(clause) == kind


@pytest.mark.parametrize(
    ("question", "kind", "told"),
    [
        ("if i audit do i get access", ("unofficial", "auditors"), True),
        ("do auditors get the homework", ("auditors",), True),
        ("as a 405 student do i do the project", ("10", "405", "students"), True),
        ("do we get access", ("unofficial", "auditors"), False),
        # a course number's short prefix is no kind: "10-605" is not "10-405"
        ("do 10-605 students do the project", ("10", "405", "students"), False),
        # "students" alone names every student
        ("do students get access", ("graduate", "students"), False),
    ],
)
def test_whether_a_question_names_the_kind(question, kind, told):
    """Any word of the kind but "students" and a short number, or the doer of an act the student tells."""
    assert kind_told(phrase_key(question), kind) is told


def test_a_clause_said_of_another_kind():
    """Said of auditors, asked by a student who tells nothing: another kind; asked of everyone: no kind at all."""
    assert said_of_other_kind("unofficial auditors get no access", phrase_key("do we get access"))
    assert not said_of_other_kind("students get access", phrase_key("do we get access"))


def test_a_clause_setting_two_kinds_side_by_side_speaks_to_either():
    """ "10-605 students ..., while 10-405 students will not": a question naming 405 is told, one of auditors not."""
    clause = "10-605 students will perform a mini-project, while 10-405 students will not"
    assert not said_of_other_kind(clause, phrase_key("do 405 students get the same homeworks"))
    assert said_of_other_kind(clause, phrase_key("do auditors get the same homeworks"))
