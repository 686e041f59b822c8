"""Issue 12, round 7b: questions read the way students mean them. Context words leave a decided claim in scope; the
course's languages asked with the work; rooms read backwards; the unit a topic is in; "and where is it" after a
day's topic; recordings over the term; the sections' policy asked about exams."""

from __future__ import annotations

import pytest

from bot.core.render_text import answer_text
from bot.course.loader import load_course
from bot.understand.engine import read_question
from bot.understand.held_in import held_in_question
from tests.conftest import BUNDLED_COURSES, FIXTURES, local

GEO = FIXTURES / "courses" / "geo-2210-s25"


@pytest.fixture(scope="module")
def stat():
    return load_course(BUNDLED_COURSES["stat-187-f24"])


@pytest.fixture(scope="module")
def cmu():
    return load_course(BUNDLED_COURSES["10-605-s24"])


def ask(course, question, now="2024-10-01T10:00"):
    clock = local(course, now)
    result = read_question(course, question, clock)
    return result, answer_text(result.answer, course.tz, clock)


@pytest.mark.parametrize(
    ("question", "policy"),
    [
        ("can i take exam 1 early i already booked a flight home", "exams"),
        ("my cousin took 10-605 last year, can he help me on hw5", "previously-used-assignments"),
        ("can my project partner and i submit a single writeup for hw3", "collaboration"),
        ("can i attend the lectures even though im not registered", "audit"),
    ],
)
def test_context_words_do_not_push_a_decided_question_out_of_scope(cmu, question, policy):
    """The claim the question asks is read, whatever else it says (a flight, a cousin, an assignment)."""
    result, _ = ask(cmu, question, "2024-02-12T10:00")
    assert [(p.intent, p.slots.get("policy")) for p in result.parts] == [("policy", policy)]


def test_a_sure_reading_that_is_not_a_permission_keeps_its_intent(cmu):
    """ "do 405 students have to do the mini project" stays the assignment's own answer."""
    result, _ = ask(cmu, "do 405 students have to do the mini project", "2024-02-12T10:00")
    assert result.parts[0].intent == "assignment_for"


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("are the psets in R or python", "The course page names **R, Python**."),
        ("do we code in python for the problem sets", "**Yes**"),
    ],
)
def test_languages_asked_with_the_work(stat, question, first):
    """The languages the course names, and Yes where the page names one for the work itself."""
    result, said = ask(stat, question)
    assert result.outcome == "answered"
    assert "R, Python" in said
    assert (first.replace("**", "")) in said


def test_a_language_only_expected_gets_no_yes(cmu):
    """10-605 expects Python but names it for no homework: the card, without a Yes."""
    _, said = ask(cmu, "are the homeworks in python", "2024-02-12T10:00")
    assert "Python" in said
    assert "Yes" not in said.splitlines()[2]


@pytest.mark.parametrize(
    ("question", "present", "absent"),
    [
        ("which discussion sections are in Halvorsen Hall 70", ["1A", "1B"], ["1C", "Lecture"]),
        ("what meets in Quarry Hall 79", ["1C", "1D", "an extra meeting"], ["1A"]),
        ("what's in bayview auditorium", ["Tue Oct 15", "Midterm"], ["1A:"]),
        ("which lectures are in halvorsen hall 70", ["no lectures"], ["1A"]),
    ],
)
def test_rooms_read_backwards(stat, question, present, absent):
    """A room to the meetings, one-day changes and exam sittings the data puts there, of the kind named."""
    answer = held_in_question(stat, question)
    said = answer_text(answer, stat.tz, local(stat, "2024-10-01T10:00"))
    assert all(p in said for p in present)
    assert not any(a in said for a in absent)


@pytest.mark.parametrize(
    "question", ["when is the lecture in Halvorsen Hall 100", "where is Halvorsen Hall 70", "what time is dis"]
)
def test_questions_that_do_not_ask_what_a_room_holds(stat, question):
    assert held_in_question(stat, question) is None


@pytest.mark.parametrize(
    ("question", "unit"),
    [
        ("what unit is generalized additive models in", "Resampling, regularization and non-linear methods"),
        ("which module is cross validation part of", "Resampling, regularization and non-linear methods"),
    ],
)
def test_the_unit_a_topic_is_in(stat, question, unit):
    result, said = ask(stat, question)
    assert result.parts[0].intent == "topic"
    assert f"Unit: “{unit}”" in said


def test_and_where_is_it_is_that_days_meeting_place(stat):
    """ "what's lecture 14 about and where is it": the where of that day, with its one-day room change."""
    result, said = ask(stat, "what's lecture 14 about and where is it")
    assert [p.intent for p in result.parts] == ["topic", "course_fact"]
    assert result.parts[1].slots["fact"] == "meeting_place"
    assert "Bayview Auditorium" in said
    assert "couldn't tell" not in said


def test_recordings_over_the_term_and_attendance(cmu, stat):
    """Recordings counted from the schedule's resources; none listed is unknown, not No."""
    result, said = ask(cmu, "are lectures recorded or do i have to show up", "2024-02-12T10:00")
    assert [p.intent for p in result.parts] == ["topic", "policy"]
    assert "recording for 23 of the 24 lectures" in said
    assert "not mandatory" in said
    result, said = ask(stat, "are lectures recorded")
    assert result.answer.kind == "unknown"


def test_sections_policy_asked_about_exams_lists_each_exams_sections(cmu):
    _, said = ask(cmu, "do 405 and 605 have the same exams", "2024-02-12T10:00")
    assert "Exam 1 (Mon Feb 26): for 10-405, 10-605." in said
