"""A detail asked that the answer found does not give (bot.understand.about_course.missing_detail)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.core.answer import Answer, Field, text
from bot.understand.about_course.missing_detail import missing_detail, papers_shown_sentence
from tests.understand.conftest import reply

CARD = Answer(title="Class T2", lines=(text("Thursdays 1:00 PM, online: unknown."),))
COUNTED = Answer(title="Quiz", lines=(text("20 multiple-choice questions."),))
SHOWN = Answer(title="Exam", lines=(text("Marked exam papers are returned in the tutorial the week after."),))
PAIRS = Answer(title="Labs", lines=(text("Lab work is done in pairs; each student keeps their own lab book."),))
SIGNED = Answer(title="Tutorials", lines=(text("Sign up for a tutorial slot on Canvas in week 1."),))
BOOK = Answer(title="Textbook", lines=(text("Recommended textbook: Fundamentals of Computer Graphics."),))
CALC = Answer(title="Exams", lines=(text("Only a non-graphing calculator may be used."),))
RETURNED = Answer(title="Marks", fields=(Field("Grades", (text("Marks are returned on Gradescope within 2 weeks."),)),))


@pytest.mark.parametrize(
    ("question", "answer", "missing"),
    [
        ("whats the teams link for the t2 tute", CARD, "no link"),
        ("link?", Answer(title="Forum", lines=(text("https://forum.example/c/1"),)), None),
        ("how many questions are on the quiz", CARD, "how many questions"),
        ("how many questions are on the quiz", COUNTED, None),
        ("when are final results released", CARD, "when results come out"),
        ("when do we get our marks back", RETURNED, None),
        ("when is the final", CARD, None),
        ("when will midterm answer scripts be shown", CARD, "answer scripts are shown"),
        ("can we view our marked exam papers", CARD, "exam papers are shown"),
        ("can we view our marked exam papers", SHOWN, None),
        ("when is the midterm", Answer(title="Midterm", lines=(text("Closed book; no papers."),)), None),
        ("how do we get assigned lab partners", PAIRS, "how that is decided"),
        ("how are the project groups chosen", PAIRS, "how that is decided"),
        ("how are the project groups chosen", Answer(title="Groups", lines=(text("Choose your own group."),)), None),
        ("how will tutorial slots be allocated", SIGNED, None),
        ("who is my lab partner", PAIRS, None),  # no way of assigning asked
        ("how are groups formed", Answer(title="Project", lines=(text("Students will create groups."),)), None),
        ("what laptop should i get for the labs", BOOK, "which laptop to get"),  # the card names no laptop
        ("which textbook should we buy", BOOK, None),  # the card names the textbook
        ("what kind of calculators should i buy", CALC, None),
        ("what laptop is the prof using", BOOK, None),  # nothing to get asked
    ],
)
def test_a_detail_asked_is_missing_only_when_the_answer_lacks_it(question, answer, missing):
    """A link, a count or when results come out is missing only when the answer does not give it."""
    found = missing_detail(question, answer)
    assert (found is None) if missing is None else (missing in found)


def test_the_missing_detail_makes_the_answer_honest(stat):
    """ "when do the final exam scores get released" where the page does not say: unknown, with where to ask."""
    result, said = reply(stat, "when do the final exam scores get released", "2024-11-20 10:00")
    assert result.answer.kind == "unknown"
    assert "not on the course page" in said or "does not say" in said


BAND = Answer(title="Grade scale", lines=(text("14.5 out of 20 is a Bien (14 out of 20 to under 16 out of 20)."),))


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("what grade do i get with 14.5", None),  # the band a mark falls in: an outcome, not a thing to buy
        ("what mark do we get if we score 15", None),
        ("what calculator should i get", "which calculator to get"),
    ],
)
def test_a_marks_outcome_is_no_thing_to_pick(question, missing):
    said = missing_detail(question, BAND)
    assert (said is None) if missing is None else (missing in said)


_SHOWN_SENTENCE = "The midterm papers are shown during your section in the week of October 28."


def _showing_papers(stat):
    """STAT 187 whose regrade policy says when the midterm papers are shown."""
    policies = tuple(
        replace(p, quote=f"{_SHOWN_SENTENCE} {p.quote}") if p.id == "regrades" else p for p in stat.policies
    )
    return replace(stat, policies=policies)


@pytest.mark.parametrize(
    ("question", "found"),
    [
        ("when can we see our midterm copies", True),
        ("when do we get the midterm papers back", True),
        ("when is the midterm", False),  # nothing asked of papers
    ],
)
def test_the_pages_sentence_on_papers_shown(stat, question, found):
    said = papers_shown_sentence(_showing_papers(stat), question)
    assert (said == _SHOWN_SENTENCE) if found else said is None


def test_papers_shown_asked_of_the_engine_quote_the_page(stat):
    """Marked papers asked of an exam: the page's sentence on them first, never that the page does not say."""
    _, said = reply(_showing_papers(stat), "when can we see our midterm copies", "2024-10-25 10:00")
    assert _SHOWN_SENTENCE in said
    assert "does not say when or how" not in said
