"""What may be brought to an exam, as Yes or No (bot.understand.exams.exam_brought): only the exam's own rules
decide."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.understand.exams.exam_brought import brought_verdict, exams_of_word, kind_left_open
from tests.understand.conftest import course_in, first_line, reply

CLOSED = ("Closed book.", "You may bring one A4 sheet of handwritten notes (both sides).", "No calculators.")
KINDS = (
    "Bring your student ID and a non-graphing scientific calculator; graphing calculators, phones and smartwatches "
    "are not allowed.",
    "A periodic table and a constants sheet are provided; no notes or formula sheets of your own.",
)

FORMULAE = ("One A5 sheet of typed equations (one side) may be brought.", "Only basic calculators are allowed.")


def _exam(course, rules):
    return replace(course.exams[0], rules=rules)


@pytest.mark.parametrize(
    ("rules", "question", "yes"),
    [
        (CLOSED, "is the midsem open book", False),
        (CLOSED, "is it closed book??", True),
        (CLOSED, "can i bring a calculator", False),
        (CLOSED, "are we allowed a cheat sheet", True),
        (CLOSED, "can i bring my textbook", False),
        (KINDS, "can i bring a calculator to the test", True),  # some kinds: the rule says which
        (KINDS, "can i use a graphing calculator", False),
        (KINDS, "is a scientific calculator ok", True),
        (KINDS, "can i have my phone on me", False),
        (KINDS, "is it open notes", False),
        (("Non-programmable calculators are allowed.",), "can we use calculators", True),
        (("No notes or books may be brought into the examination.",), "open book exam?", False),
        (("You may not bring notes, but a formula sheet is provided.",), "do we get a formula sheet", True),
        (("You may not bring notes, but a formula sheet is provided.",), "can i bring my own notes", False),
        # a sheet named by what is on it, carried in the student's words
        (FORMULAE, "can we carry a cheat sheet into the end sem", True),
        (FORMULAE, "r we allowed to carry a crib sheet", True),
        (("Closed book. No sheets of formulas or notes.",), "can i carry a formula sheet", False),
        # a limiting word on the thing allowed rules out its contrary kind (issue 12, finding 6)
        (("Non-programmable calculators are allowed.",), "can i bring a programmable calculator", False),
        (("One A4 sheet of handwritten formulae is allowed.",), "can i bring a typed formula sheet", False),
        (("One A4 sheet of handwritten formulae is allowed.",), "is a handwritten cheat sheet ok", True),
        (("You may bring an index card of handwritten notes.",), "can i bring a printed index card", False),
        # handed out, and the student's own one ruled on in the next clause (issue 12, wave 3)
        (
            ("A formula sheet is provided with the paper; you may not bring your own.",),
            "can i bring my own formula sheet",
            False,
        ),
        (
            ("A formula sheet is provided with the paper; you may not bring your own.",),
            "r we allowed our own formula sheet",
            False,
        ),
        (
            ("A formula sheet is provided with the paper; you may not bring your own.",),
            "will there be a formula sheet",
            True,
        ),
        (
            ("A formula sheet is provided; you may also bring your own.",),
            "can we bring our own formula sheet in",
            True,
        ),
        # every mode a rule names decides, not only its first (issue 12, wave 18)
        (("Closed book and closed notes.",), "can we bring notes", False),
        (("Closed book and closed notes.",), "are my notes allowed in", False),
        (("Closed book and closed notes.",), "is it open book", False),
        (("Closed-book, closed-notes exam.",), "can i use my notes", False),
        (("Open book and open notes.",), "can i bring my notes", True),
        # a dictionary is a thing asked like any other; a "no" inside a rule's condition refuses nothing
        (("No dictionaries, phones or notes.",), "can we use a dictionary on the final", False),
        (("A paper dictionary is allowed if it contains no notes.",), "am i allowed a dictionary", True),
        (("Calculators are allowed unless they are programmable.",), "can i bring a calculator", True),
        (("Calculators are not allowed if the exam is online.",), "can i bring a calculator", False),
    ],
)
def test_a_rule_naming_the_thing_decides(course, rules, question, yes):
    found = brought_verdict([_exam(course, rules)], question)
    assert found is not None
    assert found[0] is yes


@pytest.mark.parametrize(
    ("rules", "question"),
    [
        (CLOSED, "is it open notes"),  # one sheet is neither open notes nor none
        (CLOSED, "can i bring my laptop"),  # no rule names it
        (("Bring your student ID.",), "can i bring a calculator"),
        (("Calculators are allowed.", "No calculators."), "can i bring a calculator"),  # the rules disagree
        (CLOSED, "can i not bring a calculator"),
        (("A university-approved calculator is allowed.",), "do i need a calculator"),  # allowed is not needed
        (CLOSED, "can i bring a calculator and my notes"),  # two things asked
        (("Calculators are not needed.",), "can i bring a calculator"),  # not needed is not refused
        (KINDS, "is there a formula sheet"),  # handed out: "no formula sheets of your own" is about bringing one
        (("A formula sheet is provided.",), "can i bring my own formula sheet"),  # handed out says nothing of one's own
        # one sheet or card allowed, whatever words stand between "one" and "sheet"
        (("Closed book; you may bring one handwritten letter-size sheet of notes (both sides).",), "open notes?"),
        (("You may bring one 3x5 inch index card of handwritten notes (both sides).",), "is it open notes"),
    ],
)
def test_no_verdict_where_the_rules_do_not_plainly_say(course, rules, question):
    assert brought_verdict([_exam(course, rules)], question) is None


def test_exams_whose_rules_differ_get_no_verdict_together(course):
    exams = [_exam(course, ("No calculators.",)), _exam(course, ("Calculators are allowed.",))]
    assert brought_verdict(exams, "can i bring a calculator to the exams") is None
    assert brought_verdict(exams[:1] * 2, "can i bring a calculator to the exams") == (False, "“No calculators.”")


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("can we bring notes to the test", ["Map test"]),  # "test" names only the map test
        ("can i bring a calculator to the klausur", ["Klausur (final exam)"]),
        ("can i bring a calculator to the exams", ["Map test", "Klausur (final exam)"]),  # "exam" is any of them
        ("can i bring notes to the first one", ["Map test", "Klausur (final exam)"]),  # no name's word
    ],
)
def test_a_word_of_some_exams_names_those_exams(geo, question, kept):
    """A word of some exams' names, not all of theirs, keeps those exams; else every exam is asked about."""
    assert [e.title for e in exams_of_word(list(geo.exams), question)] == kept


def test_the_tests_rules_decide_notes_to_the_test_not_the_finals(geo):
    """Notes asked of "the test" are the map test's rule (which says nothing of notes), never the final's Yes."""
    exams = exams_of_word(list(geo.exams), "can i bring a calculator to the test")
    assert [e.title for e in exams] == ["Map test"]
    assert brought_verdict(exams, "can i bring a calculator to the test") is None


@pytest.mark.parametrize(
    ("which", "question", "now", "first"),
    [
        ("hist", "is the final exam open book", "2024-11-20 10:00", "No"),
        ("geo", "can we bring a calculator to the klausur", "2025-05-01 10:00", "Yes"),
        ("geo", "is the klausur open book", "2025-05-01 10:00", "Non-programmable"),  # the page does not say
    ],
)
def test_exam_rules_answer_yes_or_no_on_every_course(request, which, question, now, first):
    course = request.getfixturevalue(which)
    _, said = reply(course, question, now)
    assert first_line(said).startswith(first)


@pytest.mark.parametrize("question", ["is the final exam open book or closed book", "is the final open or closed book"])
def test_an_either_or_about_the_rules_gets_the_rule_not_a_yes_or_no(hist, question):
    """ "is it open book or closed": which one, so the rule itself answers; a Yes would read as "open book"."""
    _, said = reply(hist, question, "2024-11-20 10:00")
    assert not first_line(said).startswith(("Yes:", "No:"))
    assert "No notes or books may be brought" in said


def test_or_not_is_still_a_yes_or_no(hist):
    _, said = reply(hist, "is the final exam open book or not", "2024-11-20 10:00")
    assert first_line(said).startswith("No")


@pytest.mark.parametrize(
    ("rules", "question"),
    [
        (("Non-programmable calculators are allowed.",), "can i bring a scientific calculator"),
        (("One A4 sheet of handwritten formulae is allowed.",), "can i bring a coloured formula sheet"),
    ],
)
def test_a_kind_the_rule_neither_allows_nor_rules_out_is_left_to_the_rule(course, rules, question):
    exams = [_exam(course, rules)]
    assert brought_verdict(exams, question) is None
    assert kind_left_open(exams, question)


@pytest.mark.parametrize(
    ("which", "question", "now", "first"),
    [
        ("geo", "can i bring a programmable calculator to the klausur", "2025-05-01 10:00", "No"),
        ("geo", "can i bring a scientific calculator to the klausur", "2025-05-01 10:00", "The course page"),
    ],
)
def test_a_contrary_kind_is_never_a_yes_from_the_rule_on_the_thing(request, which, question, now, first):
    _, said = reply(request.getfixturevalue(which), question, now)
    assert first_line(said).startswith(first), said


def test_a_typed_card_against_a_handwritten_one_is_no_in_chem():
    chem = course_in("tests/fixtures/courses/chem-1310-s26")
    _, said = reply(chem, "can i bring a typed index card to the final", "2026-03-04 14:00")
    assert first_line(said).startswith("No"), said


@pytest.mark.parametrize(
    ("rules", "question", "yes"),
    [
        (
            ("The examination is closed-book.", "You may bring a clean copy of the Statute Book."),
            "is it open book",
            False,
        ),
        (("The examination is closed-book.", "You may bring a clean copy of the Statute Book."), "closed book?", True),
        (("This is an open-book exam.", "No phones."), "is the exam open book", True),
        (("Open book: any printed material; no laptops.", "Bring a pen."), "is it closed book", False),
    ],
)
def test_the_exams_mode_decides_open_or_closed_book_over_one_book_it_allows(geo, rules, question, yes):
    verdict = brought_verdict([_exam(geo, rules)], question)
    assert verdict is not None
    assert verdict[0] is yes


@pytest.mark.parametrize(
    ("rules", "question", "yes"),
    [
        (("Bring your student ID card.",), "do i need my student card for the final", True),
        (("Bring your student ID.",), "is a uni card required", True),
        (("Bring photo identification.",), "should i bring my campus card", True),
        (("Bring your student ID.",), "do i need my id", True),
        (("No notes or books may be brought.",), "do i need my student card", None),  # nothing said of ID
        (("Bring a pencil.",), "should i bring my id", None),
        (("Bring your student ID.",), "should i have my id with me at the midterm", True),
        (("Bring a pencil and your student ID (carné).",), "should we bring our carné to it", True),
    ],
)
def test_the_student_card_by_any_of_its_names(course, rules, question, yes):
    """ "student card", "uni card", "ID": the exam's rule on ID decides, whatever name either side uses."""
    found = brought_verdict([_exam(course, rules)], question)
    assert (found[0] if found else None) is yes


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("do i need my carné for the midterm", "Yes"),  # a word the reading does not know, named by both rules
        ("do i need my passport for the midterm", "About “passport”"),  # named by no rule: not on the page
        ("do i need my carné for the final", "About “carne”"),  # the final's rules do not name it
        ("can we bring our notes to the midterm", "No"),
    ],
)
def test_a_word_only_the_rules_name_gets_their_verdict(question, first):
    """A thing the reading cannot place ("carné"), asked of the exams a word names ("the midterm": both midterms),
    gets Yes or No only from the rule of each that names it."""
    chem = course_in("tests/fixtures/courses/chem-1310-s26")
    rules = ("Closed book and closed notes.", "Bring a pencil and your student ID (carné).")
    course = replace(
        chem, exams=tuple(replace(e, rules=rules) if e.id.startswith("midterm") else e for e in chem.exams)
    )
    _, said = reply(course, question, "2026-02-10 10:00")
    assert first_line(said).startswith(first)
