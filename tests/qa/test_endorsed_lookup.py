"""/ask's endorsed answer: the closest answer staff endorsed, never one they did not, nothing from an empty index."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.qa.endorsed_lookup import endorsed_for
from bot.qa.faq_file import FAQPair
from bot.qa.knowledge import import_faq
from bot.store.database import Store

GUILD = 7
NOW = dt.datetime(2024, 2, 1, 12, tzinfo=dt.UTC)


@pytest.fixture
def store(course):
    store = Store(":memory:", zone=course.tz)
    yield store
    store.close()


def test_nothing_indexed_finds_nothing(store, course):
    assert endorsed_for(store, course, GUILD, "where is the latex template") is None


def test_the_closest_endorsed_answer(store, course):
    pairs = [
        FAQPair("Where is the LaTeX template?", "On the course site."),
        FAQPair("Can I skip recitation?", "Recitation is optional."),
    ]
    import_faq(store, course, GUILD, pairs, by=0, now=NOW)
    found = endorsed_for(store, course, GUILD, "where do i find the latex template")
    assert found is not None
    assert (found.question, found.answer) == ("Where is the LaTeX template?", "On the course site.")
    assert endorsed_for(store, course, GUILD, "how do glaciers form") is None


def test_an_answer_staff_did_not_endorse_is_never_quoted(store, course):
    import_faq(store, course, GUILD, [FAQPair("Where is the LaTeX template?", "On the course site.")], by=0, now=NOW)
    for entry in store.qa_entries.active(GUILD):
        store.qa_entries.change(entry.id, endorsed=False)
    assert endorsed_for(store, course, GUILD, "where is the latex template") is None


def test_only_the_question_staff_answered_asked_in_its_words_is_exact(store, course):
    """`exact` (it leads /ask's answer) only for the question staff answered as asked; a close one is not."""
    import_faq(store, course, GUILD, [FAQPair("Is the mini-project survey graded?", "Yes, 1%.")], by=0, now=NOW)
    assert endorsed_for(store, course, GUILD, "is the mini-project survey graded").exact
    close = endorsed_for(store, course, GUILD, "how is the mini-project survey graded by the TAs")
    assert close is None or not close.exact
