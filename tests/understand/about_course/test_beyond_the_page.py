"""Questions with a course word that ask nothing of the course: about a topic itself, advice on one's own work, an
event the schedule names only as a day off. Each is answered as not on the page, never with an unrelated card."""

from __future__ import annotations

import pytest

from bot.core.render_text import answer_text
from bot.course.loader import load_course
from bot.understand.about_course.beyond_the_page import advice_asked
from bot.understand.engine import read_question
from tests.conftest import FIXTURES, at, local

HIST = load_course(FIXTURES / "courses" / "hist-210-a24")


@pytest.mark.parametrize(
    "question",
    [
        "what year did the sugar revolution start",
        "who started the atlantic slave trade",
        "why did the atlantic slave trade end",
        "when did the haitian revolution break out",
    ],
)
def test_the_subject_itself_is_out_of_scope_with_the_day_it_is_covered(question):
    """History asked as history: out of scope (kind unknown), saying when the course takes the topic up."""
    now = local(HIST, "2024-10-23T13:00")
    answer = read_question(HIST, question, now).answer
    assert answer.kind == "unknown"
    assert "The course takes it up on Mon" in answer_text(answer, HIST.tz, now)


def test_when_the_course_covers_a_topic_is_still_the_schedule():
    """ "when did we do the sugar revolution" asks about the course: the schedule's day."""
    now = local(HIST, "2024-10-23T13:00")
    answer = read_question(HIST, "when did we do the sugar revolution", now).answer
    assert answer.kind == "info"
    assert "Mon Oct 14" in answer_text(answer, HIST.tz, now)


@pytest.mark.parametrize(
    "question",
    [
        "what should i write my essay on tbh",
        "what should i do my mini project on",
        "can you give me an essay topic idea",
    ],
)
def test_advice_on_ones_own_work_is_out_of_scope(question, course):
    """ "what should i write my essay on": not the AI policy, not a deadline: the page does not say."""
    answer = advice_asked(course, question)
    assert answer is not None
    assert answer.kind == "unknown"
    assert "Ask on Piazza" in answer_text(answer, course.tz, at("2024-03-13T14:30"))


def test_questions_about_the_work_are_not_advice(course):
    """Asking what the work is, or when it is due, is not asking for advice."""
    assert advice_asked(course, "what is the mini project about") is None
    assert advice_asked(course, "when is the essay due") is None


def test_an_event_named_only_as_a_day_off(course):
    """ "when does spring carnival booth build start": never the day off given as if it answered the question."""
    now = at("2024-03-13T14:30")
    result = read_question(course, "when does spring carnival booth build start", now)
    assert result.answer.kind == "unknown"
