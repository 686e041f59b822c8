"""Free-text questions, phrased the way students write them, reach the right answer."""

from __future__ import annotations

import pytest

from bot.core.render_text import answer_text
from bot.understand.engine import answer_question
from tests.conftest import at

NOW = at("2024-02-12 10:00")  # Monday of the LSH week


def ask(course, question, now=NOW, **kw):
    answer = answer_question(course, question, now, **kw)
    return answer, answer_text(answer, course.tz, now)


@pytest.mark.parametrize(
    ("question", "must_contain"),
    [
        ("when is hw3 due?", ["HW3 is due Wed Feb 21, 11:59 PM EST"]),
        ("When's homework 3 due", ["HW3 is due Wed Feb 21, 11:59 PM EST"]),
        ("HW 4 part b deadline", ["HW4 Part B is due Mon Mar 18, 11:59 PM EDT"]),
        ("hw4", ["HW4 Part A is due", "HW4 Part B is due"]),
        ("when is the mini project due", ["Mini-project is due Wed Apr 17, 11:59 PM EDT", "10-605"]),
        ("mini project survey deadline?", ["Mini-project survey is due Fri Mar 29"]),
        ("what's due this week", ["Due this week", "HW2: Wed Feb 14, 11:59 PM EST (in 2 days)"]),
        ("anything due tomorrow?", ["Nothing is due tomorrow", "Next up: HW2"]),
        ("what is due in the next 10 days", ["HW2", "HW3"]),
        ("any deadlines next week", ["HW3", "Wed Feb 21, 11:59 PM EST"]),
        ("when does hw5 come out", ["HW5", "Mon Mar 18"]),
        ("who has office hours right now", ["No office hours are running right now", "Jayesh Singla"]),
        ("office hours on wednesday", ["Office hours on Wed Feb 14", "Li Chen", "Siyuan Lin"]),
        ("OH tomorrow?", ["Office hours on Tue Feb 13", "Atharva Anand Joshi"]),
        ("when are Katie Zhang's office hours", ["Katie Zhang", "Tue Feb 20, 3:00 PM EST", "Remote"]),
        ("is there oh during spring break? oh on march 5", ["Office hours on Tue Mar 5", "Spring Break"]),
        ("when is LSH", ["Wed Feb 14", "LSH"]),
        ("when do we cover t-SNE?", ["Mon Jan 29", "t-SNE"]),
        ("nystrom", ["Wed Feb 7", "Nyström"]),
        ("is there class on friday", ["Schedule for Fri Feb 16", "Recitation 5"]),
        ("what's the next recitation", ["Next recitation", "Fri Feb 16"]),
        ("which days have no class", ["Wed Feb 28", "Spring Break", "Spring Carnival"]),
        ("what's on Feb 26", ["Exam 1"]),
        ("when is the midterm", ["Exam 1", "Mon Feb 26, 2024", "during class"]),
        ("I have a conflict with exam 2", ["Exam 2", "conflict form will be released on Piazza", "Wed Apr 3"]),
        ("who is the head TA?", ["Jacob Rast", "Steph"]),
        ("who teaches this course", ["Ameet Talwalkar", "Geoff Gordon"]),
        ("who is Gabriel", ["Gabriel Fonseca is a TA", "Fridays 11:00 AM"]),
        ("can I use ChatGPT on homework?", ["Generative AI", "disclose"]),
        ("what's the late policy", ["Grace days and late homework", "50%"]),
        ("how do regrades work", ["Regrade requests", "1 week"]),
        ("can I audit this class", ["Official auditing", "not permitted"]),
        ("is pass/fail allowed", ["Pass/Fail is allowed"]),
        ("what are the prereqs", ["10-601"]),
        ("difference between 10-405 and 10-605", ["mini-project"]),
        ("can I look at solutions online from past years", ["Previously used assignments"]),
        ("I found code on github that does this", ["Found code"]),
        ("is there a textbook", ["No textbooks are required"]),
        ("can I get an extension on hw3", ["Extension requests", "HW3", "Fri Feb 16, 11:59 PM EST"]),
        ("how late can I turn in hw3", ["Late submissions", "Fri Feb 23, 11:59 PM EST", "not accepted"]),
        ("how many grace days do I have left", ["/gracedays me"]),
        ("disability accommodations", ["Steph or Jacob"]),
    ],
)
def test_student_phrasings(course, question, must_contain):
    """Each phrasing is routed to an answer that contains the facts a student needs."""
    answer, rendered = ask(course, question)
    assert answer.kind == "info", rendered
    for fragment in must_contain:
        assert fragment in rendered, f"{fragment!r} missing from:\n{rendered}"


@pytest.mark.parametrize("question", ["", "   ", "banana", "what is the meaning of life", "asdf qwerty"])
def test_unanswerable_questions_say_so_and_suggest_commands(course, question):
    """When the bot cannot answer it says so and suggests the commands that can."""
    answer, rendered = ask(course, question)
    assert answer.kind == "unknown"
    assert "/due" in rendered
    assert "/oh" in rendered


def test_unknown_assignment_is_a_clear_message(course):
    """'hw9' does not exist: the answer says so and lists the real ones."""
    answer, rendered = ask(course, "when is hw9 due")
    assert answer.kind == "error"
    assert "hw9" in rendered
    assert "HW5" in rendered


def test_section_in_question_filters_deadlines(course):
    """'for 10-405' hides the 10-605-only mini-project items."""
    _, for_405 = ask(course, "what's due in the next 60 days for 10-405", now=at("2024-03-20 09:00"))
    _, for_605 = ask(course, "what's due in the next 60 days for 10-605", now=at("2024-03-20 09:00"))
    assert "Mini-project" not in for_405
    assert "Mini-project survey" in for_605


def test_dates_are_relative_to_the_injected_clock(course):
    """'tomorrow' means the day after the clock's now, not the machine's."""
    _, rendered = ask(course, "schedule tomorrow", now=at("2024-04-09 12:00"))
    assert "Wed Apr 10" in rendered
    assert "Jonathan Frankle" in rendered


def test_month_day_asked_outside_the_term_means_the_terms_date(course):
    """'Feb 14' asked in 2026 still means the course's Feb 14, 2024."""
    _, rendered = ask(course, "what's on Feb 14", now=at("2026-11-24 09:00"))
    assert "LSH" in rendered


def test_after_the_term_nothing_is_upcoming(course):
    """After the last deadline the bot says every deadline has passed."""
    _, rendered = ask(course, "what's due", now=at("2024-05-01 09:00"))
    assert "Every deadline of Spring 2024 has passed" in rendered
