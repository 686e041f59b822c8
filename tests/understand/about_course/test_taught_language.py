"""The language a course is taught in: the page's sentence saying it, Yes or No for one named, else not on the page."""

from __future__ import annotations

import pytest

from bot.understand.about_course.course_itself import asked_of_course
from bot.understand.about_course.taught_language import TAUGHT_ASKED, taught_language
from tests.understand.conftest import course_in, reply

WHERE = "ask on the forum"
TAUGHT = ["Weekly seminars.", "Classes are held in Spanish; readings are in Spanish and English."]


def said(answer):
    return " ".join(seg for line in answer.lines for seg in line if isinstance(seg, str))


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("what language is the class taught in", True),
        ("which language are the lectures delivered in", True),
        ("is this course taught in english", True),
        ("are seminars in spanish or english", True),
        ("whats the language of instruction", True),
        ("what language do we code in", False),
        ("english is my second language, can i get extra time", False),
        ("are the problem sets in python", False),
    ],
)
def test_asked_of_the_teaching_not_the_code(question, asked):
    """The teaching's language is asked by a teaching word or a spoken language, never by coding."""
    assert bool(TAUGHT_ASKED.search(question)) is asked


# What the seminar course's page says decides: the sentence on its classes, not the readings' English
OPENS = {
    "what language is the class taught in": "The course page: “Classes are held in Spanish;",
    "is the class taught in spanish": "**Yes**: it is taught in Spanish.",
    "is the course taught in english": "**No**: it is taught in Spanish.",
}


@pytest.mark.parametrize("question", sorted(OPENS))
def test_the_pages_sentence_and_a_verdict_for_one_language_named(question):
    """The sentence about the teaching decides; "English" of the readings is no language of teaching."""
    answer = taught_language(TAUGHT, question, WHERE)
    assert said(answer).startswith(OPENS[question])
    assert answer.kind == "info"


def test_a_page_that_does_not_say_is_not_guessed():
    """Subtitles or an English essay are no language of teaching: the page does not say (kind unknown)."""
    answer = taught_language(
        ["Films have English subtitles.", "Check the grammar of your English."], "is it in english", WHERE
    )
    assert answer.kind == "unknown"
    assert "not on the course page" in said(answer)


@pytest.mark.parametrize("folder", ["data/stat-187-f24", "tests/fixtures/courses/chem-1310-s26"])
def test_repository_courses_say_they_do_not_say(folder):
    """No repository course states its language of teaching: the question is read, and answered honestly."""
    course = course_in(folder)
    assert asked_of_course(course, "what language is this class taught in") == "taught_language"
    result, _ = reply(course, "what language is this class taught in", "2024-10-14 10:00")
    assert result.answer.kind == "unknown"
