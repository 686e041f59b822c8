"""Typo correction in the search: a misspelt word is read as the indexed one, another form of a word is not."""

from __future__ import annotations

from bot.qa.suggest import _corrected
from bot.qa.terms import Terms


def test_a_typo_is_read_as_the_indexed_word():
    assert _corrected(Terms(("databriks",)), {"databrick": 3}).concepts == ("databrick",)


def test_another_form_of_a_word_is_not_a_typo():
    """ "how is the final grade calculated" is not about calculators."""
    assert _corrected(Terms(("calculat",)), {"calculator": 1}).concepts == ("calculat",)


def test_words_are_joined_only_when_the_index_holds_the_joined_name_as_often(course):
    """ "lab sheet" stays two words where one answer names a "#labsheets" channel; "prairie learn" is PrairieLearn."""
    import datetime as dt

    from bot.qa.faq_file import FAQPair
    from bot.qa.knowledge import import_faq
    from bot.qa.suggest import query_terms
    from bot.store.database import Store

    store = Store(":memory:", zone=course.tz)
    try:
        pairs = [
            FAQPair("Where do I get the data for the lab sheets?", "On the course site, next to each lab sheet."),
            FAQPair("When are the lab sheets due?", "Ask in the #labsheets stream if unsure."),
            FAQPair("How many attempts on PrairieLearn?", "PrairieLearn allows three."),
        ]
        import_faq(store, course, 1, pairs, by=0, now=dt.datetime(2024, 1, 1, tzinfo=dt.UTC))
        assert "labsheet" not in query_terms(store, course, "where is the data for lab sheet 4").concepts
        assert "prairielearn" in query_terms(store, course, "how many tries on prairie learn").concepts
    finally:
        store.close()
