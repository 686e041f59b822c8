"""Registering for an exam (bot.understand.exams.exam_registration): the exam's own rules on it, Yes to "do i have to"
when one tells students to register, and the registrar's business only where no rule speaks of it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.core.render_text import answer_text
from bot.understand.exams.exam_registration import registration_answer
from tests.conftest import local
from tests.understand.conftest import first_line, reply

_RULE = "Register for the final in the student portal no later than 7 days before the exam."


def _registering(stat, rule=_RULE):
    """STAT 187 with a final whose rules tell students to register for it."""
    final = replace(stat.exam("final"), rules=(*stat.exam("final").rules, rule))
    return replace(stat, exams=tuple(final if e.id == "final" else e for e in stat.exams))


@pytest.mark.parametrize(
    ("question", "yes_no", "opening"),
    [
        ("do i have to register for the final", True, "Yes"),
        ("do we need to sign up for the final exam", True, "Yes"),
        ("how do i register for the final", False, "Register for the final"),
    ],
)
def test_the_rule_on_registering_answers(stat, question, yes_no, opening):
    """The rule that tells students to register comes first; "no later than" is a deadline, not a No."""
    course = _registering(stat)
    answer = registration_answer(list(course.exams), question, yes_no)
    said = answer_text(answer, course.tz, local(course, "2024-11-01 10:00"))
    assert first_line(said).startswith(opening)


def test_a_rule_saying_registration_is_automatic_gets_no_yes(stat):
    """ "You are registered automatically": no Yes to "do i have to register", the rule quoted."""
    course = _registering(stat, "You are registered for the final automatically.")
    answer = registration_answer(list(course.exams), "do i have to register for the final", True)
    assert answer is not None
    assert "automatically" in str(answer.lines[0][0])
    assert not str(answer.lines[0][0]).startswith("**Yes**")


@pytest.mark.parametrize("question", ["what may i bring to the final", "is the final open book"])
def test_other_exam_questions_are_left_alone(stat, question):
    assert registration_answer(list(_registering(stat).exams), question, True) is None


def test_no_rule_on_registering_leaves_it_to_the_rest(stat):
    assert registration_answer(list(stat.exams), "do i have to register for the final", True) is None


@pytest.mark.parametrize("question", ["do i have to register for the final?", "how do i sign up for the final exam"])
def test_the_whole_engine_reads_it_as_the_exams_rule(stat, question):
    """Registering for an exam of a course whose rules say how is no registrar question."""
    result, said = reply(_registering(stat), question, "2024-11-01 10:00")
    assert result.outcome == "answered"
    assert "student portal" in said


def test_dropping_the_course_stays_the_registrars(stat):
    """ "can i withdraw before the final": leaving the course is not registering for an exam."""
    _, said = reply(_registering(stat), "can i withdraw from the course before the final", "2024-11-01 10:00")
    assert "student portal" not in said


@pytest.mark.parametrize("question", ["how do i sign up for the final exam", "how do we sign up for a final slot"])
def test_signing_up_is_the_exams_rule_not_a_link(stat, question):
    """ "sign up" is also a word for joining a site: of an exam, its rule on signing up, never the course's links."""
    result, said = reply(_registering(stat), question, "2024-11-01 10:00")
    assert result.answer.title != "Links"
    assert "student portal" in said


def test_signing_up_the_page_is_silent_on_says_so(stat):
    """No rule of the exam speaks of signing up: that is not on the page (with when and where it is), no link list."""
    result, said = reply(stat, "how do i sign up for the final", "2024-11-01 10:00")
    assert result.answer.kind == "unknown"
    assert first_line(said) == "How to sign up for Final exam is not on the course page; ask on Ed."
    assert "Redwood Hall 1" in said


def _with_registration_deadline(stat, title, notes=""):
    """STAT 187 with a deadline for registering for an exam, and no rule of the exam on registering."""
    item = replace(
        stat.assignments[0],
        id="exam-registration",
        title=title,
        short="Exam registration",
        kind="other",
        aliases=(),
        notes=notes,
        due=local(stat, "2024-12-02 23:59"),
    )
    return replace(stat, assignments=(*stat.assignments, item))


@pytest.mark.parametrize(
    ("title", "question", "shown"),
    [
        ("Final exam registration", "when do i have to register for the final", "Mon Dec 2"),
        ("Final exam registration", "till when can i sign up for the final exam", "Mon Dec 2"),
        ("Final exam registration", "when do i have to register for the midterm", None),  # another exam's deadline
        ("Exam sign-up", "when do i have to register for the final", None),  # names no exam of its own
    ],
)
def test_a_deadline_for_registering_answers_when_to_register(stat, title, question, shown):
    """The course's deadline for registering for the exam asked (an item of its own) answers when to register."""
    course = _with_registration_deadline(stat, title)
    exam = course.exam("midterm" if "midterm" in question else "final")
    answer = registration_answer([exam], question, False, course)
    if shown is None:
        assert answer is None
        return
    assert answer is not None
    assert shown in answer_text(answer, course.tz, local(course, "2024-10-01 10:00"))


def test_the_deadline_asked_of_the_engine(stat):
    """Asked of the engine, the deadline opens the answer."""
    course = _with_registration_deadline(stat, "Final exam registration")
    _, said = reply(course, "when do i have to register for the final", "2024-10-01 10:00")
    assert "Exam registration" in first_line(said)
    assert "Mon Dec 2" in first_line(said)


@pytest.mark.parametrize(
    "question",
    [
        "deadline to register for the final?",
        "whats the deadline to sign up for the final exam",
        "final registration deadline",
    ],
)
def test_the_deadline_asked_with_the_word_deadline(stat, question):
    """ "deadline to register for the final": the exam's registering deadline, not the list of work due this week."""
    course = _with_registration_deadline(stat, "Final exam registration")
    result, said = reply(course, question, "2024-10-01 10:00")
    assert result.parts[0].intent != "due_soon"
    assert "Mon Dec 2" in said


def test_a_deadline_to_register_the_page_is_silent_on_says_so(stat):
    """No rule nor deadline of the exam speaks of registering: by when is not on the page, said so."""
    result, said = reply(stat, "deadline to sign up for the final?", "2024-11-01 10:00")
    assert result.answer.kind == "unknown"
    assert first_line(said).startswith("How to sign up for Final exam is not on the course page")
