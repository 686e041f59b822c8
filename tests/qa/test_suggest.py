"""Typo correction in the search: a misspelt word is read as the indexed one, another form of a word is not."""

from __future__ import annotations

import datetime as dt

from bot.qa.indexing import phrases_of
from bot.qa.suggest import _corrected, course_answer, course_answer_as_asked, similar
from bot.qa.terms import Terms, terms_of
from bot.store.database import Store
from tests.conftest import local


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
        assert "labsheet" not in query_terms(store, course, 1, "where is the data for lab sheet 4").concepts
        assert "prairielearn" in query_terms(store, course, 1, "how many tries on prairie learn").concepts
    finally:
        store.close()


def test_the_bot_s_own_answer_is_read_as_of_when_it_was_asked(course):
    """Caught up after a restart: "tomorrow" is the day after the question was posted, and the card says so."""
    asked = local(course, "2024-02-13 22:00")
    late = course_answer_as_asked(course, "is there lecture tomorrow", asked, asked + dt.timedelta(days=2))
    assert late is not None
    assert late.course_answer is not None
    assert late.course_answer.title.endswith("(as of when you asked)")
    assert late.answer == course_answer(course, "is there lecture tomorrow", asked).answer
    soon = course_answer_as_asked(course, "is there lecture tomorrow", asked, asked + dt.timedelta(minutes=5))
    assert soon == course_answer(course, "is there lecture tomorrow", asked)


def test_two_letters_swapped_are_one_typo():
    """ "brign" is "bring"."""
    assert _corrected(Terms(("brign",)), {"bring": 2}).concepts == ("bring",)


def test_an_ordinary_word_is_meant_as_itself():
    """ "can i stack my tokens" is not about Turnitin being stuck."""
    assert _corrected(Terms(("stack",)), {"stuck": 1}).concepts == ("stack",)


def test_an_entry_changed_in_the_store_is_ranked_by_its_new_words(course, tmp_path):
    """The ranking's view of an entry is kept per entry as stored: a changed entry is seen with its new words."""
    store = Store(tmp_path / "bot.db", zone=course.tz)
    phrases = phrases_of(course)
    question = "can i bring a cheat sheet to the exam"
    entry_id = store.qa_entries.add(
        1,
        dt.datetime(2024, 2, 1, 9, tzinfo=course.tz),
        source="faq",
        question="Is a calculator allowed in the exam?",
        answer="Yes, a basic one.",
        question_terms=terms_of("Is a calculator allowed in the exam?", phrases).text,
        answer_terms=terms_of("Yes, a basic one.", phrases).text,
        endorsed=True,
    )
    before = similar(store, course, 1, question)
    said = "Can I bring a cheat sheet to the exam?"
    store.qa_entries.change(
        entry_id, question=said, question_terms=terms_of(said, phrases).text, answer="Yes, one page."
    )
    after = similar(store, course, 1, question)
    store.close()
    assert [s.question for s in before] == []
    assert [(s.question, s.answer) for s in after] == [(said, "Yes, one page.")]


def test_another_servers_faq_never_changes_a_servers_suggestions(course):
    """hostile11 4: a big FAQ in one server (the same words, hundreds of times) leaves another server's suggestions,
    their scores and its typo corrections as they were: each server's words are counted apart."""
    from bot.qa.faq_file import FAQPair
    from bot.qa.knowledge import import_faq

    store = Store(":memory:", zone=course.tz)
    now = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    try:
        import_faq(
            store,
            course,
            111,
            [
                FAQPair("May I take a page of notes into the final exam?", "Yes: one handwritten page, both sides."),
                FAQPair("How do I set up Databricks for the homework?", "Follow the setup guide on the course site."),
            ],
            by=0,
            now=now,
        )
        asked = ["notes allowed in final exam", "how do i set up databriks"]
        before = [[(s.id, s.score) for s in similar(store, course, 111, text)] for text in asked]
        assert all(before), before
        flood = [
            FAQPair(
                f"Final exam room {n}: may I take notes for section {n}?", f"Section {n}: notes as usual, room {n}."
            )
            for n in range(300)
        ]
        import_faq(store, course, 222, [*flood, FAQPair("Databricks?", "Databrick clusters.")], by=0, now=now)
        assert [[(s.id, s.score) for s in similar(store, course, 111, text)] for text in asked] == before
    finally:
        store.close()


def test_the_bots_own_reading_is_never_labelled_endorsed(course):
    """The bot's reading of the course page is offered, but as its own: `qa search --json` says endorsed false."""
    own = course_answer(course, "when is hw3 due", local(course, "2024-02-12 10:00"))
    assert own is not None
    assert own.record()["endorsed"] is False
