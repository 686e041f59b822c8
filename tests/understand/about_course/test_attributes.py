"""An attribute asked of a thing the course knows: unknown when the thing's card does not carry it, answered when
it does."""

from __future__ import annotations

import pytest

from bot.core.answer import Answer, text
from bot.core.render_text import answer_text
from bot.understand.about_course.attributes import asked_attribute, unanswered_attribute
from bot.understand.engine import read_question
from tests.conftest import at, local
from tests.understand.conftest import first_line, reply

NOW = at("2024-02-19 10:00")


@pytest.mark.parametrize(
    ("question", "attribute"),
    [
        ("whats the zoom link for jayesh's office hours", "a video-call link"),
        ("is there a meeting url for office hours", "a video-call link"),
        ("how many pages is the report", "a length limit (pages or words)"),
        ("whats the word limit on the essay", "a length limit (pages or words)"),
        ("how long does the writeup have to be", "a length limit (pages or words)"),
        ("how much is the midterm worth", "how much it counts toward the grade"),
        ("what format do we hand it in", "the file format to hand in"),
        ("does it have to be a pdf", "the file format to hand in"),
    ],
)
def test_the_attribute_a_question_asks(question, attribute):
    found = asked_attribute(question)
    assert found is not None
    assert found.name == attribute


@pytest.mark.parametrize(
    "question",
    [
        "when is hw3 due",
        "how long until hw3 is due",
        "how long is the exam",  # a duration, which an exam's card gives when the data has its times
        "does katie do her office hours on zoom",  # whether remote (the card says), not the link
        "how many points do i lose if i am late",  # the late rules, not a weight
        "is the course page updated",
    ],
)
def test_questions_asking_no_attribute(question):
    assert asked_attribute(question) is None


def test_a_card_lacking_the_attribute_becomes_unknown_and_loses_its_yes():
    card = Answer(title="Office hours", lines=(text("**Yes**: Thursdays."), text("Thursdays 2 PM")))
    out = unanswered_attribute("office_hours", "is there a zoom link for her oh", card, "ask on the forum")
    assert out.kind == "unknown"
    assert out.lines[0][0].startswith("The course page doesn't give a video-call link")
    assert "ask on the forum" in out.lines[0][0]
    assert all(not str(line[0]).startswith("**Yes**") for line in out.lines)
    assert out.lines[1] == text("Thursdays 2 PM")


def test_a_card_carrying_the_attribute_stands():
    card = Answer(title="Office hours", lines=(text("Tuesdays · Remote (https://zoom.example/j/1)"),))
    assert unanswered_attribute("office_hours", "zoom link for his oh", card, "ask") is card


def test_an_answer_that_is_not_a_card_is_left_alone():
    facts = Answer(title="Grading", lines=(text("Not on the page."),), kind="unknown")
    assert unanswered_attribute("course_fact", "how much is hw3 worth", facts, "ask") is facts


@pytest.mark.parametrize(
    "question",
    [
        "what file format do we submit hw3 in",
        "does hw3 have to be typed in latex",
        "is there a google meet link for yiwen's oh",
        "how long does the mini project report have to be",
    ],
)
def test_engine_says_the_page_does_not_give_it(course, question):
    result = read_question(course, question, NOW)
    shown = answer_text(result.answer, course.tz, NOW)
    assert result.answer.kind == "unknown"
    assert "doesn't give" in shown
    assert "Piazza" in shown
    assert "**Yes**" not in shown


def test_engine_answers_an_attribute_the_data_holds(second_course):
    now = local(second_course, "2024-10-14 10:00")
    result = read_question(second_course, "whats the zoom link for marco's office hours", now)
    assert result.answer.kind == "info"
    assert "https://zoom.example/j/1872" in answer_text(result.answer, second_course.tz, now)


def test_facts_the_page_lacks_are_said_to_be_unknown(geo, second_course):
    assert asked_attribute("what size should the poster be") is not None
    assert asked_attribute("when is the poster due") is None
    _, said = reply(geo, "what size should the poster be", "2025-03-26 10:00")
    assert "doesn't give the size" in said
    result, said = reply(geo, "is there a conflict form for the klausur", "2025-03-26 10:00")
    assert result.answer.kind == "unknown"
    assert "has a conflict form is not on the course page" in said
    result, said = reply(second_course, "can i switch from section 1a to 1b", "2024-10-01 10:00")
    assert result.answer.kind == "unknown"
    assert "doesn't say whether you can do that" in said


@pytest.mark.parametrize(
    ("question", "said", "kind"),
    [
        ("what's steph's last name", "Steph's full name is not on the course page", "unknown"),
    ],
)
def test_a_name_the_page_gives_in_part_has_no_last_name(course, question, said, kind):
    """A person the page names only in part."""
    result, shown = reply(course, question, "2024-02-19 10:00")
    assert first_line(shown).startswith(said), shown
    assert result.answer.kind == kind
