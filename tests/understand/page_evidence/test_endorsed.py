"""The engine's hook for endorsed answers: quoted in place of "I don't know", after a course answer, never invented."""

from __future__ import annotations

from bot.core.render_text import answer_text
from bot.understand.engine import answer_question, read_question
from bot.understand.page_evidence.endorsed import EndorsedAnswer, with_endorsed
from tests.conftest import at

NOW = at("2024-02-12 10:00")
STAFF_SAID = EndorsedAnswer(
    "Can I use a cheat sheet?", "Yes: one sheet, both sides.", "https://discord.com/channels/1/2/3"
)


def test_an_endorsed_answer_replaces_i_dont_know(course):
    result = read_question(course, "can I bring a crib sheet", NOW)
    assert result.outcome != "answered"
    text = answer_text(with_endorsed(result, STAFF_SAID), course.tz, NOW)
    assert "> Yes: one sheet, both sides." in text
    assert "Endorsed by course staff <https://discord.com/channels/1/2/3>" in text


def test_an_endorsed_answer_follows_a_course_answer(course):
    result = read_question(course, "when is hw3 due", NOW)
    answer = with_endorsed(result, STAFF_SAID)
    assert answer.title == result.answer.title
    assert answer.fields[-1].name == "From the course forum: Can I use a cheat sheet?"


def test_without_one_the_answer_is_the_engines(course):
    assert answer_question(course, "when is hw3 due", NOW) == read_question(course, "when is hw3 due", NOW).answer
    faq = EndorsedAnswer("Is there extra credit?", "No.")
    assert "From the course FAQ" in answer_text(
        answer_question(course, "any extra credit?", NOW, endorsed=faq), course.tz, NOW
    )


def test_staff_answer_to_the_very_question_leads_and_the_engines_reading_follows(course):
    """An exact endorsed match (the question staff answered, in its words) leads; the engine's own answer, which may
    read something else, follows under "From the course page" (hostile13 finding 2)."""
    result = read_question(course, "when is hw3 due", NOW)
    exact = EndorsedAnswer("When is HW3 due?", "Wednesday night, as the page says.", exact=True)
    answer = with_endorsed(result, exact)
    assert answer.title == "When is HW3 due?"
    shown = answer_text(answer, course.tz, NOW)
    assert "> Wednesday night, as the page says." in shown.split("From the course page")[0]
    assert answer.fields[0].name.startswith(f"From the course page: {result.answer.title}")
