"""A follow-on part ("..., and is it before or after spring break") is about the work the part before it answered."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.render_text import answer_text
from bot.core.timefmt import parse_now
from bot.course.loader import load_course
from bot.understand.engine import read_question
from bot.understand.question.follow_on import asked_of_before
from tests.understand.conftest import course_in, reply

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize(
    ("folder", "now", "question", "subject"),
    [
        ("data/10-605-s24", "2024-02-12T10:00", "what's due after hw3, and is it before or after spring break", "hw4a"),
        ("data/stat-187-f24", "2024-10-09T10:00", "whats due after ps6 and is it before or after thanksgiving", "ps7"),
        (
            "tests/fixtures/courses/geo-2210-s25",
            "2025-03-20T10:00",
            "what is due after sheet 3 and is it before or after the easter break",
            "excursion-reg",
        ),
    ],
)
def test_it_is_the_next_item(folder: str, now: str, question: str, subject: str) -> None:
    """Two parts: the next item after the named one, then that item (not the named one) against the break."""
    course = load_course(ROOT / folder)
    parts = read_question(course, question, parse_now(now, course.tz)).as_json()["parts"]
    assert [p["intent"] for p in parts] == ["next_due", "assignment_due"]
    assert parts[1]["slots"]["assignments"] == [subject]


def test_a_part_about_the_named_item_is_left_alone() -> None:
    """ "when is hw3 due and is it before spring break": "it" is HW3 (no "next" asked before it)."""
    course = load_course(ROOT / "data" / "10-605-s24")
    result = read_question(
        course, "when is hw3 due and is it before spring break", parse_now("2024-02-12T10:00", course.tz)
    )
    assert all(p["slots"].get("assignments", ["hw3"]) == ["hw3"] for p in result.as_json()["parts"])


@pytest.mark.parametrize(
    ("folder", "now", "question", "after", "kind"),
    [
        (
            "data/10-605-s24",
            "2024-03-20T10:00",
            "when did we cover hyperparameter tuning and what's the lecture after that",
            "2024-03-27",
            "lecture",
        ),
        (
            "data/stat-187-f24",
            "2024-11-20T17:15",
            "when was kernels and which lecture came after that",
            "2024-10-31",
            "lecture",
        ),
        (
            "tests/fixtures/courses/hist-210-a24",
            "2024-10-07T10:30",
            "when is the seminar on the sugar revolution and what's the class after it",
            "2024-10-14",
            "class",
        ),
    ],
)
def test_the_meeting_after_that_is_after_the_day_the_part_before_answered(folder, now, question, after, kind):
    course = load_course(ROOT / folder)
    parts = read_question(course, question, parse_now(now, course.tz)).as_json()["parts"]
    assert [p["intent"] for p in parts] == ["topic", "next_class"]
    assert parts[1]["slots"]["after"] == after
    assert parts[1]["slots"]["kind"] == kind


@pytest.mark.parametrize(
    ("folder", "now", "question", "after"),
    [
        ("data/10-605-s24", "2024-03-20T10:00", "when is hw5 due and whats next", "hw5"),
        ("data/stat-187-f24", "2024-11-20T17:15", "when is ps6 due and what's due after that", "ps6"),
        (
            "tests/fixtures/courses/geo-2210-s25",
            "2025-05-08T09:30",
            "when is the süd field log due and what comes after it",
            "log-sued",
        ),
    ],
)
def test_whats_next_is_the_work_after_the_one_the_part_before_named(folder, now, question, after):
    course = load_course(ROOT / folder)
    parts = read_question(course, question, parse_now(now, course.tz)).as_json()["parts"]
    assert [p["intent"] for p in parts] == ["assignment_due", "next_due"]
    assert parts[1]["slots"]["after"] == after


@pytest.mark.parametrize(
    ("folder", "now", "question", "after"),
    [
        ("data/stat-187-f24", "2024-11-20T17:15", "after ps7 whats next", "ps7"),
        ("data/10-605-s24", "2024-03-20T10:00", "what comes after hw4", "hw4b"),  # after its last part
        ("tests/fixtures/courses/geo-2210-s25", "2025-05-08T09:30", "after sheet 2 what's next", "sheet2"),
        ("tests/fixtures/courses/hist-210-a24", "2024-10-07T10:30", "whats after essay 1", "essay1"),
    ],
)
def test_after_x_whats_next_is_the_next_work(folder, now, question, after):
    course = load_course(ROOT / folder)
    parts = read_question(course, question, parse_now(now, course.tz)).as_json()["parts"]
    assert [(p["intent"], p["slots"]["after"]) for p in parts] == [("next_due", after)]


def test_is_that_before_is_about_the_work_the_part_before_named():
    course = load_course(ROOT / "data" / "10-605-s24")
    parts = read_question(
        course, "when is hw5 due and is that after spring break", parse_now("2024-03-20T10:00", course.tz)
    ).as_json()["parts"]
    assert [p["intent"] for p in parts] == ["assignment_due", "assignment_due"]
    assert parts[1]["slots"]["assignments"] == ["hw5"]
    assert parts[1]["slots"]["deadline"][0] == "after"


def test_after_that_with_no_day_or_work_before_is_not_guessed():
    """ "what's the weather and what's the lecture after that": nothing before it answered a day."""
    course = load_course(ROOT / "data" / "10-605-s24")
    parts = read_question(
        course, "who teaches the course and what's the lecture after that", parse_now("2024-03-20T10:00", course.tz)
    ).as_json()["parts"]
    assert all(p["intent"] != "next_class" or "after" not in p["slots"] for p in parts)


def test_whats_due_after_that_day_is_the_work_after_it_even_a_past_day():
    """ "when did we cover lsh and what was due after that": LSH is on two days; it counts from the first, said."""
    course = load_course(ROOT / "data" / "10-605-s24")
    clock = parse_now("2024-03-20T10:00", course.tz)
    result = read_question(course, "when did we cover lsh and what was due after that", clock)
    parts = result.as_json()["parts"]
    assert [p["intent"] for p in parts] == ["topic", "next_due"]
    assert parts[1]["slots"]["after_day"] == "2024-02-14"
    shown = answer_text(result.answer, course.tz, clock)
    assert "Next due after Wed Feb 14" in shown
    assert "HW3" in shown


@pytest.mark.parametrize(
    ("piece", "before", "whole"),
    [
        ("and where", "when is lecture next week", "where is lecture next week"),
        ("where?", "whens discussion 1c", "where discussion 1c"),
        ("and at what time", "when is the review session", "at what time is the review session"),
        ("and where", "which day is the midterm", None),  # "which day" is no question word to swap
        ("where is it", "when is lecture next week", None),  # says more than a question word
        ("where", "ps6 due date", None),  # nothing to swap the question word for
    ],
)
def test_a_bare_question_word_asks_the_part_before_it(piece, before, whole):
    assert asked_of_before(piece, before) == whole


def test_what_came_after_a_topics_day_is_the_next_meeting_of_its_kind(hist):
    from tests.understand.conftest import reply

    result, said = reply(hist, "what was the encomienda seminar date and what came after it", "2024-11-22 09:15")
    assert [p.intent for p in result.parts] == ["topic", "next_class"]
    assert result.parts[1].slots["kind"] == "seminar"
    assert "The sugar revolution" in said


@pytest.mark.parametrize(
    ("folder", "now", "question", "after", "shown"),
    [
        # a work read as its parts: "that" is its last part, and "the one after" is the next of its kind
        (
            "data/10-605-s24",
            "2024-03-13T14:30",
            "when are hw4 part a and b due, and when's the one after that",
            "hw4b",
            "HW5",
        ),
        ("data/stat-187-f24", "2024-11-20T17:15", "when is ps6 due and when is the next one", "ps6", "PS7"),
    ],
)
def test_when_is_the_one_after_that_is_the_next_work_of_its_kind(folder, now, question, after, shown):
    course = load_course(ROOT / folder)
    clock = parse_now(now, course.tz)
    result = read_question(course, question, clock)
    parts = result.as_json()["parts"]
    assert [p["intent"] for p in parts] == ["assignment_due", "next_due"]
    assert parts[1]["slots"]["after"] == after
    assert shown in answer_text(result.answer, course.tz, clock)


@pytest.mark.parametrize(
    ("question", "item"),
    [
        ("when is the last practical sheet due and what is it about", "sheet4"),
        ("whens the first practical sheet due and what is it on", "sheet1"),
    ],
)
def test_it_after_the_first_or_last_of_a_kind_is_that_one_item(question, item):
    """ "when is the last quiz due and what does it cover": "it" is the one item the part before answered with."""
    course = load_course(Path("tests/fixtures/courses/geo-2210-s25"))
    result = read_question(course, question, parse_now("2025-03-25T10:00", course.tz))
    assert [p.intent for p in result.parts] == ["next_due", "assignment_due"]
    assert result.parts[1].slots["assignments"] == (item,)


@pytest.mark.parametrize(
    ("folder", "now", "question", "said", "not_said"),
    [
        (
            "data/stat-187-f24",
            "2024-10-01T10:00",
            "does the midterm have an alternate sitting and when is it",
            "The alternate sitting of Midterm: Wed Oct 23, 2024, 3:00 PM",
            "7:00 PM PDT –",
        ),
        (
            "data/stat-187-f24",
            "2024-10-01T10:00",
            "is there an alternate sitting for the midterm and where is that",
            "doesn't give the room of the alternate sitting",
            "Halvorsen Hall",
        ),
        (
            "tests/fixtures/courses/geo-2210-s25",
            "2025-05-01T10:00",
            "is there a resit for the klausur and when would it be",
            "doesn't give the date of the resit",
            "Jun 18",
        ),
    ],
)
def test_it_after_an_exams_other_sitting_is_that_sitting(folder, now, question, said, not_said):
    """ "is there a make-up for X and when is it": "it" is the make-up the first part found, never X's own sitting."""
    course = load_course(ROOT / folder)
    clock = parse_now(now, course.tz)
    result = read_question(course, question, clock)
    assert {p.intent for p in result.parts} == {"exam_sitting"}
    shown = answer_text(result.answer, course.tz, clock)
    assert said in shown
    assert not_said not in shown


CHEM, CHEM_NOW = "tests/fixtures/courses/chem-1310-s26", "2026-03-04 14:00"
GEO, GEO_NOW = "tests/fixtures/courses/geo-2210-s25", "2025-04-01 10:00"


@pytest.mark.parametrize(
    ("folder", "now", "question", "kind", "first"),
    [
        # back after the stretch the part before named: the first class (of the kind named) after it
        (CHEM, CHEM_NOW, "spring break dates? and when r we back", "class", "Mon Mar 23"),
        (
            CHEM,
            CHEM_NOW,
            "when does spring break begin, and when do recitations start again",
            "recitation",
            "Tue Mar 24",
        ),
        (GEO, GEO_NOW, "when's the easter break, and when are plenaries back", "plenary", "Mon Apr 28"),
        # said in one part
        (CHEM, CHEM_NOW, "when are we back after the break", "class", "Mon Mar 23"),
        (CHEM, CHEM_NOW, "when do classes resume after spring break", "class", "Mon Mar 23"),
        # a bare "the monday after" in the second part: after the stretch the first part named
        (CHEM, CHEM_NOW, "when is spring break and is there lecture the monday after", "lecture", "Mon Mar 23"),
    ],
)
def test_back_after_a_stretch_is_the_first_class_after_it(folder, now, question, kind, first):
    """ "... and when r lectures back": the first lecture after the break the part before named."""
    result, said = reply(course_in(folder), question, now)
    assert (result.parts[-1].intent, result.parts[-1].slots["kind"]) == ("next_class", kind)
    assert first in said


def test_back_with_work_named_is_not_a_return_to_class():
    """ "hand ps7 back after spring break" is about the work, not the first class after the break."""
    result, _ = reply(
        course_in("tests/fixtures/courses/chem-1310-s26"), "can i hand ps7 back after spring break", "2026-03-04 14:00"
    )
    assert all(p.intent != "next_class" for p in result.parts)
