"""What exists (bot.understand.work.existence): No with the series the course has for an item it lacks; sessions,
materials and rules the course's data never names said not to be on the page, with where to ask."""

from __future__ import annotations

import pytest

from bot.core.render_text import answer_text
from bot.course.loader import load_course
from bot.understand.engine import engine_for, read_question
from bot.understand.work.existence import missing_rule, missing_session
from tests.conftest import FIXTURES, at, local
from tests.understand.conftest import course_in, first_line, reply

HIST = load_course(FIXTURES / "courses" / "hist-210-a24")
GEO = load_course(FIXTURES / "courses" / "geo-2210-s25")


def test_a_session_the_page_does_not_name():
    """A mock exam or a revision session on a course that has neither: not on the page, the exams it does list."""
    holds = engine_for(HIST).knowledge.holds
    answer = missing_session(HIST, holds, "is there a mock exam or revision session before december, and when")
    assert answer is not None
    assert answer.kind == "unknown"
    shown = answer_text(answer, HIST.tz, local(HIST, "2024-10-23T13:00"))
    assert "“mock exam” or “revision session”" in shown
    assert "ask on Padlet" in shown
    assert "Final examination (Mon Dec 9)" in shown


def test_a_session_the_page_has_is_left_to_the_schedule(course, second_course):
    """A review the schedule has ("Review for the Klausur", "Course Summary and Exam Review"), or the extra midterm
    review among one-off meetings, is not "not on the page"."""
    assert (
        missing_session(GEO, engine_for(GEO).knowledge.holds, "is there a revision session before the klausur") is None
    )
    assert missing_session(course, engine_for(course).knowledge.holds, "is there a review session for exam 2") is None
    holds = engine_for(second_course).knowledge.holds
    assert missing_session(second_course, holds, "when is the extra midterm review") is None


def test_not_a_question_about_a_session(course):
    """Without a session named by what makes it special, or without asking whether or when: nothing said here."""
    holds = engine_for(course).knowledge.holds
    assert missing_session(course, holds, "when is exam 2") is None
    assert missing_session(course, holds, "i did a mock exam at home") is None


def test_the_whole_question_with_its_follow_ups():
    """ "... is there one and when is it": the follow-ups ask of the same session; never the staff list."""
    now = local(HIST, "2024-10-23T13:00")
    question = "my tutor said there'd be a mock exam before december but i can't find it. is there one and when is it?"
    answer = read_question(HIST, question, now).answer
    assert answer.kind == "unknown"
    assert "Seminar Tutors" not in answer_text(answer, HIST.tz, now)


def test_a_rule_the_page_never_names(course):
    """Disability accommodations on a course whose page says nothing of them: not on the page; where the page has
    the rule, nothing is said here (the policy answers)."""
    holds = engine_for(HIST).knowledge.holds
    answer = missing_rule(HIST, holds, "i have a disability letter for extra time, who do i tell")
    assert answer is not None
    assert answer.kind == "unknown"
    assert missing_rule(course, engine_for(course).knowledge.holds, "i have a disability letter, who do i tell") is None
    now = at("2024-03-13T14:30")
    shown = answer_text(read_question(course, "i have a disability letter, who do i tell", now).answer, course.tz, now)
    assert "Steph" in shown


@pytest.mark.parametrize(
    ("course_name", "question", "listed"),
    [
        ("course", "is there a hw6", "It has HW1, HW2, HW3, HW4 Part A, HW4 Part B, HW5."),
        ("course", "do we have a homework 9", "no HW9"),
        ("second_course", "is there a problem set 8", "It has PS1"),
        ("geo", "is there a sheet 5", "It has Sheet 1, Sheet 2, Sheet 3, Sheet 4."),
        ("hist", "is there an essay 3", "It has Essay 1, Essay 2."),
    ],
)
def test_an_item_the_course_lacks_is_no_with_its_series(request, course_name, question, listed):
    result, said = reply(request.getfixturevalue(course_name), question, "2024-10-01 10:00")
    assert result.parts[0].intent == "assignment_due"
    assert result.parts[0].slots.get("unknown")
    assert first_line(said).startswith("No: the course page lists no")
    assert listed in said


@pytest.mark.parametrize(
    ("course_name", "question", "whole"),
    [
        ("course", "is hw5 part b due before spring break", "HW5 is one assignment, with no Part B."),
        ("second_course", "is there a ps3 part b", "PS3 is one assignment, with no Part B."),
    ],
)
def test_a_part_of_an_item_that_has_none_names_the_item_not_a_missing_one(request, course_name, question, whole):
    """ "hw5 part b" where HW5 has no parts: No, that part is not listed, and HW5 itself is, never "lists no HW5"."""
    _, said = reply(request.getfixturevalue(course_name), question, "2024-10-01 10:00")
    assert first_line(said).startswith("No: the course page lists no")
    assert "Part B" in first_line(said)
    assert whole in said


def test_an_item_the_course_has_is_yes_and_a_due_day_question_is_not_existence(course):
    _, said = reply(course, "is there a hw3", "2024-02-12 10:00")
    assert first_line(said).startswith("Yes: the course has HW3")
    _, said = reply(course, "is there a hw3 due friday", "2024-02-12 10:00")
    assert first_line(said).startswith("No: HW3 is due Wed Feb 21")


@pytest.mark.parametrize(
    ("question", "said", "kind"),
    [
        ("where can i find the lsh slides", "The link to the slides is not on the course page", "unknown"),
    ],
)
def test_materials_of_a_day_the_page_does_not_link_are_unknown(course, question, said, kind):
    """The slides of a day's lecture, which the page does not link."""
    result, shown = reply(course, question, "2024-02-19 10:00")
    assert first_line(shown).startswith(said), shown
    assert result.answer.kind == kind


def test_a_makeup_as_typed_is_the_pages_make_up():
    """'is there a makeup session' where the page speaks of a "make-up": not a session the page lacks."""
    holds = engine_for(GEO).knowledge.holds
    assert not holds("makeup")
    assert missing_session(GEO, holds, "is there a makeup session") is None
    assert missing_session(GEO, holds, "is there a make-up session") is None


@pytest.mark.parametrize(
    ("question", "no_part"),
    [
        ("is there a part b for homework 3", True),
        ("is the written part of hw3 due wed", False),
        ("is there a hw4 part b", False),
    ],
)
def test_a_part_asked_of_an_item_without_parts_is_no(course, question, no_part):
    """A part by letter or number, asked yes or no of one assignment that has none, is No with the item named; a part
    the course has, or "the written part", is not this."""
    _, said = reply(course, question, "2024-02-14 10:00")
    assert ("is one assignment, with no Part" in said) is no_part


@pytest.mark.parametrize(
    ("folder", "question", "shown"),
    [
        ("data/10-605-s24", "is hw4 part c a thing", ["HW4 Part C", "HW4 Part A, HW4 Part B"]),
        ("data/10-605-s24", "does hw4 part c exist", ["HW4 Part C"]),
        ("data/10-605-s24", "is hw7 a thing", ["no HW7."]),  # "a" of "a thing" is no part A
        ("tests/fixtures/courses/hist-210-a24", "is essay 2 part c a thing", ["no Part C"]),
    ],
)
def test_an_item_or_part_asked_to_exist_that_the_page_lacks_is_a_no(folder, question, shown):
    """ "is X a thing", "does X exist" of an item the page does not list: No, with those it has; never a hedge
    between its due date and a schedule row sharing its words."""
    result, said = reply(course_in(folder), question, "2024-10-01 10:00")
    assert result.outcome == "answered", said
    assert first_line(said).startswith("No"), said
    for fact in shown:
        assert fact in said, said
