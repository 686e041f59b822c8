"""An answer that names other numbered or lettered things of the kind the question names, and never the one asked
("when is lab report 6 due" answered with Lab Report 5), is a hedge: "I'm not sure that's about <it>; the closest I
found:" first, the answer kept whole, where to ask after. An answer naming the thing asked, or naming nothing of its
kind, is left as it is."""

from __future__ import annotations

import pytest

from bot.core.answer import Answer, text
from bot.understand.open_answer.other_one import about_other_one, asked_other, kinds, labels
from tests.understand.conftest import course_in

WHERE = "ask on the forum"


@pytest.fixture(scope="module")
def chem():
    return course_in("tests/fixtures/courses/chem-1310-s26")


@pytest.fixture(scope="module")
def stat():
    return course_in("data/stat-187-f24")


def _answer(*lines: str, kind: str = "info", title: str = "Card") -> Answer:
    return Answer(title=title, lines=tuple(text(line) for line in lines), kind=kind)


@pytest.mark.parametrize(
    ("said", "named"),
    [
        ("when is lab report 6 due", {("report", "6")}),
        ("hw3 and quiz #2", {("hw", "3"), ("quiz", "2")}),
        ("labs 2, 4 and 6", {("lab", "2"), ("lab", "4"), ("lab", "6")}),
        ("Lab Report 1 to Lab Report 3", {("report", "1"), ("report", "2"), ("report", "3")}),
        ("Lessons 4-6", {("lesson", "4"), ("lesson", "5"), ("lesson", "6")}),
        ("Lessons 4–6", {("lesson", "4"), ("lesson", "5"), ("lesson", "6")}),  # an en dash, never "lessons 46"
        ("im in section b", {("section", "b")}),
        ("where is section 1a", {("section", "1a")}),
        ("section a?", {("section", "a")}),
        ("is group n full?", {("group", "n")}),
    ],
)
def test_labels_are_read_as_a_kind_and_its_number_or_letter(said, named):
    assert {(kind, label) for kind, label, _ in labels(said)} == named


@pytest.mark.parametrize(
    "said",
    [
        *("Room 2.12 at 9:00", "due at 2am", "SB 310", "is there a lab a week", "2:00 PM", "worth 15%"),
        "list all the tests n the final",  # the chat "and"
    ],
)
def test_rooms_clocks_figures_and_articles_are_no_labels(said):
    assert list(labels(said)) == []


def test_the_names_of_one_thing_are_one_kind(chem):
    same = kinds(chem).same
    assert same["pset"] == same["ps"]  # "PS3" and "Problem Set 3" name one thing
    assert same["quiz"] == same["q"]
    assert "room" not in same
    assert "week" not in same


@pytest.mark.parametrize(
    ("question", "said", "asked"),
    [
        ("when is lab report 6 due", "Lab Report 5 is due Mon Mar 9, 10:00 PM.", "lab report 6"),
        ("what is on quiz 4", "Quiz 3 covers chapters 2 and 3.", "quiz 4"),
        ("where does discussion 1c meet", "Discussion 1A: Wednesdays 9:00 AM · Halvorsen Hall 70", "discussion 1c"),
    ],
)
def test_an_answer_about_another_one_becomes_a_hedge_that_keeps_everything(chem, stat, question, said, asked):
    course = stat if "discussion" in question else chem
    answer = _answer(said)
    hedged = about_other_one(course, answer, question, WHERE)
    assert hedged.kind == "unsure"
    assert hedged.lines[0][0] == f"I'm not sure that's about {asked}; the closest I found:"
    assert hedged.lines[1:] == answer.lines  # nothing dropped
    assert hedged.footer.endswith(f"If that is not it, {WHERE}.")


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("when is lab report 6 due", "Lab Report 6 is due Mon Mar 23; Lab Report 7 opens Mar 24."),  # the one asked
        ("when is lab report 2 due", "Each of Lab Report 1 to Lab Report 3 is handed in on Canvas."),  # spanned
        ("what is on quiz 4", "Quizzes 2, 4 and 6 are online."),  # listed
        ("when is lab report 6 due", "Lab reports are due the Monday after the lab."),  # none of its kind
        ("where is room 5", "Room 4 is closed."),  # a room is no kind of work
        ("when is pset 4 due", "Quiz 3 is due Friday."),  # another kind
    ],
)
def test_an_answer_naming_the_one_asked_or_no_other_is_left_as_it_is(chem, question, said):
    answer = _answer(said)
    assert about_other_one(chem, answer, question, WHERE) is answer


def test_a_section_named_by_its_own_name_counts(stat):
    asked = "im in 1f where is my discussion"
    assert asked_other(stat, _answer("Section 1A. With Priya Raman."), asked) == ("1f", True)
    assert asked_other(stat, _answer("1F: Thursdays 2:00 PM"), asked) is None


def test_a_thing_the_course_never_names_is_said_not_found(chem):
    hedged = about_other_one(chem, _answer("Lab Report 8 is due Mon Apr 27."), "when is lab report 12 due", WHERE)
    assert hedged.lines[0][0] == "I can't find lab report 12 on the course page; the closest I found:"
    assert hedged.kind == "unsure"


def test_a_hedge_or_an_unknown_is_left_as_it_is(chem):
    answer = _answer("Lab Report 5 is due Mon Mar 9.", kind="unknown")
    assert about_other_one(chem, answer, "when is lab report 6 due", WHERE) is answer


@pytest.mark.parametrize(
    ("folder", "question", "said", "asked"),
    [
        ("data/stat-187-f24", "what time is discussion 2e", "Next: Wed 9:00 AM. Section 1A.", "discussion 2e"),
        ("tests/fixtures/courses/chem-1310-s26", "where is r04 recitation", "Next: Tue. Section 102.", "r04"),
    ],
)
def test_a_section_the_course_does_not_have_is_said_not_found(folder, question, said, asked):
    hedged = about_other_one(course_in(folder), _answer(said), question, WHERE)
    assert hedged.lines[0][0] == f"I can't find {asked} on the course page; the closest I found:"


def test_an_answer_about_another_staff_member_becomes_a_hedge(chem):
    answer = _answer("Hannah Lindqvist: Wednesdays 4:00 PM – 5:00 PM · Ames Hall 120")
    hedged = about_other_one(chem, answer, "when are okafor's office hours", WHERE)
    assert hedged.lines[0][0] == "I'm not sure that's about okafor; the closest I found:"
    right = _answer("Dana Okafor: Mondays 10:15 AM · Kessler Hall 315; or see Hannah Lindqvist")
    assert about_other_one(chem, right, "when are okafor's office hours", WHERE) is right


def test_a_who_question_or_a_role_word_is_no_person_asked(chem):
    answer = _answer("Hannah Lindqvist covers her sections.")
    assert about_other_one(chem, answer, "who covers for okafor when she is away", WHERE) is answer
    assert "prof" not in kinds(chem).people
    assert "hall" not in kinds(chem).people  # a word of a room


def test_a_span_of_sections_names_every_section_in_it(stat):
    answer = _answer("Room for 1A–1D: Halvorsen Hall 100.")
    assert about_other_one(stat, answer, "im in 1b where do i take the midterm", WHERE) is answer
    hedged = about_other_one(stat, answer, "im in 1f where do i take the midterm", WHERE)
    assert hedged.lines[0][0] == "I'm not sure that's about 1f; the closest I found:"
