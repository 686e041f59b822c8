"""Questions about something other than this course (bot.understand.outside_course): out of scope, said so."""

from __future__ import annotations

import pytest

from bot.understand.outside_course import outside_course
from tests.understand.conftest import reply


def _never(word: str) -> bool:
    return False


@pytest.mark.parametrize(
    "question",
    [
        "when is the 10-601 hw due",
        "what room is the cs 101 midterm in",
        "how do i change my tutorial group for next term in another module",
        "when does winter break start for the university",
        "whats the deadline to drop a class",
        "how do i withdraw from a course with a W",
        "what time does the rec center close tonight",
        "does the campus shuttle run on sunday",
        "what's the difference between a privateer and a pirate",
        "whats the molar mass of glucose",
    ],
)
def test_another_course_the_university_campus_and_the_subject(course, question):
    assert outside_course(course, question, holds=_never)


@pytest.mark.parametrize(
    "question",
    [
        "when is hw3 due",
        "whats the difference between 10-405 and 10-605",
        "i have an exam in another course that day, can i take exam 1 early",
        "I also have a huge 15-445 project. When is the mini-project due?",
        "the registrar put my econ final in the same slot. is there a conflict form for exam 2?",
        "my rec center job runs late on tuesdays. can i get an extension on hw3?",
        "whats the deadline to drop the lowest homework",
        "what's the difference between grace days and the late penalty",
        "what's the difference between exam 1 and exam 2",
        "is there class at 1130 in room 310",
        "when is spring break",
    ],
)
def test_this_course_is_not_out_of_scope(course, question):
    assert outside_course(course, question, holds=_never) is None


def test_a_service_the_course_names_is_its_own(course):
    assert outside_course(course, "is the gym open", holds=lambda w: w == "gym") is None


def test_the_engine_says_so_and_gives_no_schedule_line(stat):
    result, said = reply(stat, "when does winter break start for the university", "2024-12-03 10:00")
    assert result.answer.kind == "unknown"
    assert "university" in said
    assert "Thanksgiving" not in said
    result, _ = reply(stat, "is ps6 due friday and is the campus shuttle running", "2024-12-03 10:00")
    assert result.answer.kind != "unknown"  # the course part is answered; the shuttle part is not this part
