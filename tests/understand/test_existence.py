"""Sessions, materials and rules the course's data never names: said not to be on the page, with where to ask."""

from __future__ import annotations

from bot.core.render_text import answer_text
from bot.course.loader import load_course
from bot.understand.engine import engine_for, read_question
from bot.understand.existence import missing_rule, missing_session
from tests.conftest import FIXTURES, at, local

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
