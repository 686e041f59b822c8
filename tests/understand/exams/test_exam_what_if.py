"""Taking an exam another way (bot.understand.exams.exam_what_if): remotely, early, late, another day, from the exam's
data or said to be not on the page; never a Yes or No the data does not decide."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from bot.core.answer import Answer
from bot.understand.exams.exam_what_if import exam_what_if
from tests.understand.conftest import course_in, first_line, reply

CARD = Answer(title="Exam")


def _said(answer: Answer) -> str:
    return "\n".join("".join(str(s) for s in line) for line in answer.lines)


def _exam(course, **changes):
    return replace(course.exams[0], **changes)


@pytest.mark.parametrize(
    "question",
    [
        "can i take it remotely from home",
        "is there any way to do the exam online",
        "could we sit it on zoom",
    ],
)
def test_remote_is_no_when_the_exam_is_held_in_person(course, question):
    exam = _exam(course, in_person=True, rules=("You are required to attend all in person exams.",))
    answer = exam_what_if(course, [exam], question, CARD)
    assert _said(answer).startswith(f"**No**: {exam.title} is held in person.")
    assert "required to attend" in _said(answer)


def test_remote_is_yes_when_the_exam_is_not_in_person(course):
    answer = exam_what_if(course, [_exam(course, in_person=False, rules=())], "can i take it from home", CARD)
    assert _said(answer).startswith("**Yes**")


def test_a_fixed_time_refuses_any_change(course):
    exam = _exam(course, rules=("The final exam time is set by the registrar and cannot be moved.",))
    for question in ("can i take it early", "could i write it on another day", "can i take it late"):
        answer = exam_what_if(course, [exam], question, CARD)
        assert _said(answer).startswith("**No**: “The final exam time is set by the registrar")


def test_a_travel_rule_answers_a_trip_but_not_a_bare_request(course):
    rule = "Individual travel needs are not accommodated."
    exam = _exam(course, rules=(rule,))
    trip = exam_what_if(course, [exam], "i fly back the monday after, can i take it late", CARD)
    assert _said(trip).startswith(f"**No**: “{rule}”")


def test_timing_the_page_does_not_decide_is_unknown_with_where_to_ask(course):
    exam = _exam(course, rules=("Bring a pencil.",))
    answer = exam_what_if(course, [exam], "can i take it a day early", CARD)
    assert answer.kind == "unknown"
    assert f"Whether you can take {exam.title} early is not on the course page" in _said(answer)
    assert "Yes" not in _said(answer)
    assert "No" not in _said(answer)


def test_remote_refused_and_timing_unknown_together(course):
    exam = _exam(course, in_person=True, rules=())
    answer = exam_what_if(course, [exam], "we leave that morning, can i take it a day early or remotely", CARD)
    said = _said(answer)
    assert said.startswith("**No**")
    assert "not on the course page" in said
    assert answer.kind != "unknown"


@pytest.mark.parametrize(
    "question",
    [
        "when is the exam",
        "how late does the exam run",
        "can i NOT take the exam early",  # no plain Yes or No is asked
        "is the exam online",  # a Yes/No about the exam itself, answered by the exam handler
    ],
)
def test_no_what_if_asked(course, question):
    assert exam_what_if(course, list(course.exams), question, CARD) is None


def test_exams_whose_rules_differ_are_not_answered_together(course):
    one = _exam(course, rules=("It cannot be moved.",))
    other = replace(one, id="other", date=one.date + dt.timedelta(days=30), rules=())
    assert exam_what_if(course, [one, other], "can i take it early", CARD) is None


@pytest.mark.parametrize(
    ("which", "question", "now", "first"),
    [
        ("course", "can i take exam2 remotely from home", "2024-03-13 14:30", "No"),
        ("course", "we leave the morning of the exam, can I take it a day early or remotely", "2024-03-13 14:30", "No"),
        ("second_course", "i fly back that morning, can i take the final late", "2024-11-20 17:15", "No"),
        ("hist", "i fly back the monday after, can i take the final late", "2024-10-23 13:00", "Whether"),
        ("geo", "can i write the klausur remotely", "2025-05-08 09:30", "No"),
        ("hist", "i have another exam that morning, is there a conflict form", "2024-10-23 13:00", "No"),
    ],
)
def test_exam_what_ifs_answer_from_the_data_on_every_course(request, which, question, now, first):
    result, said = reply(request.getfixturevalue(which), question, now)
    assert first_line(said).startswith(first), said
    assert result.answer.kind != "unknown" or first == "Whether"


@pytest.mark.parametrize(
    ("question", "said", "kind"),
    [
        ("can i take the final at a different time", "No:", "info"),
    ],
)
def test_taking_the_final_at_another_time_is_answered_from_the_data(second_course, question, said, kind):
    """The final at a different time."""
    result, shown = reply(second_course, question, "2024-10-14 10:00")
    assert first_line(shown).startswith(said), shown
    assert result.answer.kind == kind


NO_MAKE_UP = "There is no make-up test. With approved special consideration, its weight moves to the final exam."


@pytest.mark.parametrize(
    "question",
    [
        "is there any way i can sit the test on another day, like a make up later that week?",
        "can i take it late, i have a work shift",
    ],
)
def test_no_make_up_on_the_page_refuses_a_later_sitting(course, question):
    exam = _exam(course, if_missed=NO_MAKE_UP, rules=())
    answer = exam_what_if(course, [exam], question, Answer(title="Exam"))
    assert answer is not None
    assert _said(answer).startswith("**No**: “There is no make-up test.”")


def test_no_make_up_says_nothing_of_sitting_early(course):
    exam = _exam(course, if_missed=NO_MAKE_UP, rules=())
    answer = exam_what_if(course, [exam], "can i take it early", Answer(title="Exam"))
    assert answer is not None
    assert answer.kind == "unknown"


def test_a_rule_about_notes_does_not_answer_another_day(second_course):
    """ "can i take the midterm on another day" is not answered Yes by "one page of notes is allowed"."""
    _, said = reply(second_course, "can i take the midterm on another day", "2024-10-01 10:00")
    assert not first_line(said).startswith(("Yes", "No")), said


def test_the_courses_claim_answers_the_request_after_a_story():
    chem = course_in("tests/fixtures/courses/chem-1310-s26")
    question = (
        "my cousin's wedding is that weekend and the flight leaves thursday april 2. i know that's the midterm 2 day."
        " could i sit the second midterm a day early?"
    )
    _, said = reply(chem, question, "2026-03-04 14:00")
    assert first_line(said).startswith("No"), said
    assert "no early exams" in said


def test_a_claim_on_exams_answers_one_exam_named_after_a_comma_story(second_course):
    """ "i have a tournament that week, can i take the midterm early": the story before the comma set apart, and the
    exam named read as an exam where the page's claim speaks of "the exam"."""
    exams_policy = next(
        p
        for p in course_in("tests/fixtures/courses/chem-1310-s26").policies
        if p.claims and any("take the exam early" in c.asks for c in p.claims)
    )
    claim = next(c for c in exams_policy.claims if "take the exam early" in c.asks)
    early = replace(exams_policy, id="early-exams", claims=(replace(claim, asks=("take the exam early",)),))
    course = replace(second_course, policies=(*second_course.policies, early))
    card = Answer(title="Midterm")
    found = exam_what_if(
        course, [course.exam("midterm")], "i have a tournament that week, can i take the mt early", card
    )
    assert found is not None
    assert str(found.lines[0][0]).startswith("**No**"), found.lines
    assert "no early exams" in str(found.lines[0][0])


@pytest.mark.parametrize(
    "question",
    [
        "i have a wedding on my exam day can i switch to another day",
        "can i move it to a different day",
        "could i swap my exam to another day",
    ],
)
def test_a_rule_on_being_moved_is_quoted_with_its_terms(stat, question):
    """ "If you cannot make your group's day ..., email ... by Fri Jun 18 to be moved to another group's day": its
    terms quoted, never a No read from its "cannot", nor "not on the page"."""
    rule = (
        "If you cannot make your day for a reason beyond your control, email the TA by Fri Dec 6 to be moved to "
        "another group's day."
    )
    exam = _exam(stat, rules=(rule,))
    found = exam_what_if(stat, [exam], question, CARD)
    assert found is not None
    assert "Fri Dec 6" in _said(found)
    assert "No" not in _said(found).split(":")[0]
    assert found.kind != "unknown"
