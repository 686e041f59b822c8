"""Who grades the work is answered only from what the page says of grading, else the page does not say."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.core.render_text import answer_text
from bot.course.loader import load_course
from bot.course.model import Person, Role
from bot.understand.engine import read_question
from bot.understand.work.who_grades import asks_who_grades, grading_sentences
from tests.conftest import FIXTURES, local

GEO = FIXTURES / "courses" / "geo-2210-s25"


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("who grades sheet 2", True),
        ("who is grading the field logs", True),
        ("who marks our essays", True),
        ("who do i ask for a regrade", False),
        ("who can regrade my hw", False),
        ("who teaches the course", False),
    ],
)
def test_who_grades_is_told_apart_from_regrades(question, asks):
    assert asks_who_grades(question) is asks


@pytest.mark.parametrize(
    ("said", "sentences"),
    [
        ("Homework is graded by hand. Quizzes count 10%.", ["Homework is graded by hand."]),
        (
            "Late work loses 10%. Quizzes are autograded. The graders reply in a week.",
            [" Quizzes are autograded.", " The graders reply in a week."],
        ),
        ("Each part is graded by the TAs", []),  # no full stop: no sentence the page finished
        ("Work is upgraded by nobody. A grader's note is kept.", [" A grader's note is kept."]),  # not "upgraded"
        ("Sheets are marked by tutors.\nSee Canvas", ["Sheets are marked by tutors."]),
        ("", []),
    ],
)
def test_grading_sentences_are_whole_sentences_with_their_full_stop(said, sentences):
    assert grading_sentences(said) == sentences


def test_a_long_page_without_full_stops_is_read_in_one_pass():
    """A policy of thousands of words and no full stop is read at once (the sentence pattern read it per letter)."""
    said = "graders read every page " * 20_000
    assert grading_sentences(said) == []
    assert grading_sentences(f"{said}.") == [f"{said}."]


def test_a_course_silent_on_who_grades_says_so():
    geo = load_course(GEO)
    clock = local(geo, "2025-03-26T10:00")
    for question in ("who grades sheet 2", "who grades our work"):
        answer = read_question(geo, question, clock).answer
        said = answer_text(answer, geo.tz, clock)
        assert answer.kind == "unknown"
        assert "not on the course page" in said
        assert "Tomasz" not in said
        assert "Regrade" not in said


def test_what_the_page_says_of_grading_is_quoted(course):
    clock = local(course, "2024-02-12T10:00")
    answer = read_question(course, "who grades hw3", clock).answer
    said = answer_text(answer, course.tz, clock)
    assert answer.kind == "unknown"
    assert "graded by hand" in said


@pytest.mark.parametrize(
    ("folder", "question", "named"),
    [
        ("10-605-s24", "who grades the midterm", "Exam 1"),
        ("10-605-s24", "who is grading the final exam", "Exam 2"),
        ("stat-187-f24", "who grades the final", "Final exam"),
    ],
)
def test_who_grades_an_exam_names_the_exam(folder, question, named):
    """ "who grades the midterm" says which exam the page is silent about, not "the work"."""
    from tests.conftest import BUNDLED_COURSES

    course = load_course(BUNDLED_COURSES[folder])
    now = local(course, "2024-10-01 10:00")
    said = answer_text(read_question(course, question, now).answer, course.tz, now)
    assert named in said
    assert "the work" not in said


def test_a_grading_role_names_its_people():
    """ "who grades our stuff" of a course with a Marker (or Grader) role: the people in it, not 'not on the page'."""
    geo = load_course(GEO)
    marked = replace(
        geo,
        roles=(*geo.roles, Role("marker", "Marker", "Markers")),
        people=(*geo.people, Person(id="kim-sato", name="Kim Sato", role="marker")),
    )
    now = local(marked, "2025-03-26T10:00")
    for question in ("who grades our stuff", "who marks sheet 2"):
        answer = read_question(marked, question, now).answer
        said = answer_text(answer, marked.tz, now)
        assert "Marker: Kim Sato" in said
        assert "not on the course page" not in said
