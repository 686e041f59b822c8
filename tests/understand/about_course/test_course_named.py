"""The course named by its own name as students shorten it is the course, never a topic or another course."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.understand.about_course.course_named import course_name_span, name_words
from tests.understand.conftest import course_in, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"  # General Chemistry I
STAT = "data/stat-187-f24"  # Applied Statistical Learning
ML = "data/10-605-s24"  # Machine Learning with Large Datasets


@pytest.mark.parametrize(
    ("folder", "tokens", "span"),
    [
        (CHEM, "what does general chem 1 cover", (2, 5)),
        (CHEM, "is general chemistry i curved", (1, 4)),
        (CHEM, "what is gen chem about", None),  # the Roman numeral is part of the name: "I" is not left out
        (CHEM, "what is general ch 1 about", None),  # "ch": too short a shortening
        (STAT, "whats applied stat learning about", (1, 4)),
        (STAT, "is statistical learning on the exam", None),  # not the whole name: a topic's words
        (STAT, "is applied statistics learning hard", (1, 4)),  # the same word with another ending
        (ML, "what does machine learning with large datasets cover", (2, 7)),
        (ML, "what does machine learning large datasets cover", (2, 6)),  # a small word left out
        (ML, "when do we cover machine learning", None),
    ],
)
def test_the_whole_name_typed_shortened_or_numbered(folder, tokens, span):
    """Every word of the name, each as spelled, shortened to three letters or more, or as a number for a numeral."""
    assert course_name_span(name_words(course_in(folder)), tokens.split()) == span


# "what does <its name> cover": the course's own card, in which its name and term stand
CARD_OF = {CHEM: "General Chemistry I, Spring 2026", STAT: "Applied Statistical Learning, Fall 2024"}
ASKED_ON = {CHEM: "2026-02-02 10:00", STAT: "2024-10-14 10:00"}
ABOUT_IT = [
    (CHEM, "what does general chem 1 cover"),
    (CHEM, "whats gen chem i about overall"),
    (STAT, "what is applied stat learning about"),
    (STAT, "what does the class cover overall"),
]


@pytest.mark.parametrize(("folder", "question"), ABOUT_IT)
def test_named_with_cover_or_about_is_what_the_course_is(folder, question):
    """ "what does <its name> cover (overall)" gets the course's own card: its name and description."""
    result, said = reply(course_in(folder), question, ASKED_ON[folder])
    assert result.parts[0].intent == "course_info"
    assert CARD_OF[folder] in said


def test_a_question_the_name_does_not_answer_is_not_the_card():
    """ "is gen chem 1 hard": the name explains no other word asked, so no course card stands as the answer."""
    result, _ = reply(course_in(CHEM), "is gen chem 1 hard", "2026-02-02 10:00")
    assert result.answer.kind != "info"


@pytest.mark.parametrize(
    ("name", "tokens", "span"),
    [
        ("Introduction to Physical Chemistry", "who teaches physical chemistry", (2, 4)),
        ("Introduction to Physical Chemistry", "is intro to physical chem curved", (1, 5)),
        ("Principles of Microeconomics", "who teaches microeconomics", None),  # one word of its subject: a topic's
        ("General Chemistry I", "who teaches chemistry i", None),  # "general" is the subject's own word
    ],
)
def test_a_name_opened_by_what_kind_of_course_it_is_is_named_without_that_word(name, tokens, span):
    """ "physical chemistry" names "Introduction to Physical Chemistry": its opening word says what kind of course
    it is, not what it is about, when two words of its subject are left."""
    course = replace(course_in(CHEM), name=name)
    assert course_name_span(name_words(course), tokens.split()) == span
