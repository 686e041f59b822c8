"""'is there internet during the final': No from a shown clause saying there is none of the thing, else nothing."""

from __future__ import annotations

import pytest

from bot.understand.yes_no.none_said import asked_thing, none_verdict

EXAM = ["3-hour written exam on your own laptop with the lockdown browser; no internet access."]


@pytest.mark.parametrize(
    "question",
    [
        "is there internet during the final",
        "is there internet in the exam, like can i look stuff up",
        "will there be internet access during the final",
        "do we get internet in the exam?",
    ],
)
def test_a_thing_the_page_says_there_is_none_of_is_no(question):
    """The page's whole sentence is the reason."""
    assert none_verdict(question, EXAM) == (
        False,
        "“3-hour written exam on your own laptop with the lockdown browser; no internet access.”",
    )


def test_the_thing_asked_is_read_up_to_what_places_it():
    assert asked_thing("are there any grace days for the labs") == ("grace", "days")
    assert asked_thing("so is there a formula sheet, or do we memorise it") == ("formula", "sheet")
    assert asked_thing("when is the final") == ()


def test_a_question_tied_to_a_time_is_left():
    """A none said of some days does not answer "this week" or a weekday."""
    assert asked_thing("is there a lab this week") == ()
    assert none_verdict("is there lab on friday", ["There is no lab."]) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "No more than two grace days may be used on one assignment.",
        "No grace days until the second week.",
        "No grace days except for the final project.",
        "No grace days during exam weeks.",
        "Reading week (no grace days)",
        "No grace days on Mon Nov 11.",
        "No grace days are charged for the first hour.",
        "No grace days are needed if you have a medical note.",
    ],
)
def test_a_none_bounded_excepted_or_of_a_span_decides_nothing(sentence):
    assert none_verdict("are there grace days", [sentence]) is None


def test_a_none_of_another_thing_decides_nothing():
    """'no notes or formula sheets of your own' says nothing plain of a formula sheet handed out."""
    assert none_verdict("is there internet", ["No phones at the bench."]) is None
    shown = ["A constants sheet is provided; no notes or formula sheets."]
    assert none_verdict("is there a formula sheet", shown) is None


def test_a_sentence_the_answer_already_quotes_is_given_unquoted():
    shown = ["The page says: “Open-book exam; no internet access.”"]
    assert none_verdict("is there internet in the exam", shown) == (False, "“Open-book exam; no internet access.”")


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("is there a lab", "No lab coats are provided."),
        ("is there a final", "There is no final project; the final exam is cumulative."),
        ("is there a textbook", "There is no required textbook, but the recommended reading is posted."),
        ("is there a textbook", "No textbook is required; the notes are posted."),
        ("are there quizzes", "No quizzes will be dropped."),
        ("is there homework", "No homework is accepted late."),
        ("is there a make-up exam", "No make-up exam is given without documentation."),
        ("do we get a formula sheet", "You get no formula sheet for the quizzes."),
        ("is there extra credit", "No extra credit is offered to individual students."),
    ],
)
def test_a_none_of_a_narrower_thing_or_of_something_done_to_it_decides_nothing(question, sentence):
    """'no lab coats', 'no required textbook', 'no quiz is dropped': nothing said of whether there is one."""
    assert none_verdict(question, [sentence]) is None


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("is there a midterm", "There is no midterm, just weekly quizzes."),
        ("are there calculators", "No calculators will be allowed at all."),
        ("are there make-up labs", "There are no make-up labs."),
        ("is there a curve", "There will be no curve."),
        ("do we get notes in the exam", "No notes or books may be brought into the examination."),
        ("is there internet", "Laptops stay closed; no internet use at all."),
    ],
)
def test_a_none_of_the_thing_as_a_whole_is_still_no(question, sentence):
    assert none_verdict(question, [sentence]) == (False, f"“{sentence.rstrip('.')}.”")


def test_a_none_said_of_one_kind_of_student_decides_only_for_that_kind():
    """ "Auditors get no access" says nothing to a student who tells no kind; the same none said of all students is
    No."""
    assert none_verdict("do we get access to the exam", ["Auditors get no access to the exam."]) is None
    assert none_verdict("do we get access to the exam", ["All students get no access to the exam."]) == (
        False,
        "“All students get no access to the exam.”",
    )


@pytest.mark.parametrize(
    ("question", "sentence", "subject", "said"),
    [
        # the narrowing words are the answer's own subject: the none is of the thing asked about
        ("is there a makeup if i miss q2", "There is no make-up quiz.", "Missing Quiz 2", False),
        ("is there a make up if i miss the midterm", "There is no makeup midterm.", "Missing the Midterm", False),
        # narrowed by something the answer is not about: nothing said
        ("is there a makeup if i miss q2", "There is no make-up lab.", "Missing Quiz 2", None),
        ("is there a lab", "No lab coats are provided.", "Lab safety", None),
    ],
)
def test_a_none_narrowed_to_the_answers_own_subject_is_no(question, sentence, subject, said):
    """'There is no make-up quiz' on the card of a missed quiz answers 'is there a makeup' (the thing's words typed
    run together or apart); narrowed to anything else it decides nothing."""
    found = none_verdict(question, [sentence], subject)
    assert (found[0] if found else None) is said


RULES = ["Pre-labs, quizzes and exams are individual: no collaboration."]


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("is there collaboration on problem sets", None),  # the none is said of other work
        ("is there collaboration on the problem sets we do at home", None),
        ("is there collaboration on quizzes", (False, f"“{RULES[0]}”")),  # said of the work asked
        ("is there collaboration", (False, f"“{RULES[0]}”")),  # nothing narrows the question
    ],
)
def test_a_none_said_of_other_things_does_not_answer_a_narrowed_question(question, verdict):
    """ "Quizzes ... are individual: no collaboration" says nothing of problem sets."""
    assert none_verdict(question, RULES) == verdict
