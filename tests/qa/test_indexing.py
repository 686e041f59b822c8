"""Keeping the index current: entries indexed under an older reading of words are read again, a few per search."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.qa.faq_file import FAQPair
from bot.qa.indexing import (
    clauses_of,
    entry_terms,
    keep_current,
    parts_of,
    phrases_of,
    post_terms,
    reading_stamp,
)
from bot.qa.knowledge import import_faq, offer_post
from bot.qa.suggest import similar
from bot.qa.terms import terms_of
from bot.store.database import Store

GUILD = 7
NOW = dt.datetime(2024, 2, 1, 12, tzinfo=dt.UTC)
FAQ = [
    ("Why is my autograder score different from the local tests?", "The local tests are a subset."),
    ("Can I skip recitation?", "Recitation is optional."),
    ("Are the exams cumulative?", "Exam 2 focuses on the second half."),
    ("How many people can be on a mini-project team?", "Two to three."),
    ("Where is the LaTeX template?", "On the course site."),
]


@pytest.fixture
def store(course):
    store = Store(":memory:", zone=course.tz)
    pairs = [FAQPair(q, a) for q, a in FAQ]
    import_faq(store, course, GUILD, pairs, by=0, now=NOW)
    yield store
    store.close()


def _age(store) -> None:
    """As an older release left them: every entry indexed under words no question reads today."""
    for entry in store.qa_entries.active(GUILD):
        store.qa_entries.change(entry.id, question_terms="old words", answer_terms="old")


def test_entries_indexed_under_an_older_reading_are_found_again(store, course):
    _age(store)
    assert keep_current(store, course, GUILD) == len(FAQ)
    entries = store.qa_entries.active(GUILD)
    assert all(e.question_terms == entry_terms(course, e.question, e.answer)["question_terms"] for e in entries)
    found = similar(store, course, GUILD, "my unit tests pass but the autograder gives fewer points")
    assert [s.question for s in found][:1] == [FAQ[0][0]]


def test_a_current_index_is_not_read_again(store, course):
    keep_current(store, course, GUILD)
    _age(store)  # behind the bot's back: it checked once, and does not look again in this process
    assert keep_current(store, course, GUILD) == 0
    assert store.meta.get(f"qa.reading.{GUILD}") == f"{reading_stamp(course)}:all"


def test_a_large_index_is_read_again_a_few_entries_per_search(store, course):
    _age(store)
    counts = [keep_current(store, course, GUILD, batch=2) for _ in range(4)]
    assert counts == [2, 2, 1, 0]
    assert not any(e.question_terms == "old words" for e in store.qa_entries.active(GUILD))


def test_another_course_reads_words_otherwise(course, second_course):
    """The stamp holds the course's own phrases: changing its synonyms reads its entries again."""
    assert reading_stamp(course) != reading_stamp(second_course)


def test_a_forum_entry_is_read_again_from_its_post(store, course):
    post = store.qa_posts.add(
        GUILD, title="tests pass locally", body="but not on gradescope", topic="", visibility="public",
        author_id=5, via="forum", now=NOW,
    )  # fmt: skip
    offer_post(store, course, post, link="https://discord.com/channels/7/1", now=NOW)
    _age(store)
    keep_current(store, course, GUILD)
    entry = store.qa_entries.for_post(post.id)
    assert entry.question_terms == post_terms(course, post)["question_terms"]


def test_a_courses_kinds_of_class_meeting_are_parts_of_it(course, second_course):
    """In the course's own words: one course's recitations, another's discussion sections ("dis")."""
    for each in (course, second_course):
        parts = parts_of(each)
        for kind in each.meeting_kinds:
            assert parts[terms_of(kind.plural, phrases_of(each)).concepts[-1]] == kind.group
    assert parts_of(course)["homework"] == "homework"


def test_an_answer_that_gives_a_number_is_marked_so(course):
    from bot.qa.asked import GIVES_NUMBER

    assert GIVES_NUMBER in entry_terms(course, "How big can a team be?", "Two or three students.")["answer_terms"]
    assert GIVES_NUMBER not in entry_terms(course, "Can I work alone?", "Ask the instructor.")["answer_terms"]
    assert GIVES_NUMBER not in entry_terms(course, "Can I work alone?", "Ask the instructor.")["question_terms"]


@pytest.mark.parametrize(
    ("question", "clauses"),
    [
        ("What should a lab report contain, and how long should it be?", 2),
        ("Where and when are office hours, and can I go to a TA who is not in my section?", 2),
        ("Do I need to book office hours? Can I go to a tutor who is not mine?", 2),
        ("I missed my lab. Can I make it up?", 0),  # a situation and its question: one question
        # a second question joined by a bare "and" (hostile13 finding 5), but not "where and when"
        ("Can I use the GPU cluster for the final project and when may I use it?", 2),
        ("Is the final project report graded by TAs and how long should it be?", 2),
        ("Where and when are office hours for the exam review?", 0),
        ("Can I bring a calculator?", 0),
    ],
)
def test_an_entry_asking_several_questions_is_split_into_them(course, question, clauses):
    """Each question an entry's question asks is kept apart, so a student asking one of them covers it."""
    assert len(clauses_of(course, question)) == clauses


def test_an_answer_is_marked_for_a_place_and_a_length(course):
    """An answer naming a room or a duration can answer where and how long; one naming neither cannot."""
    from bot.qa.asked import GIVES_LENGTH, GIVES_PLACE

    marked = entry_terms(course, "Where is the midterm?", "In Kessler Hall 120, 90 minutes.")["answer_terms"]
    assert GIVES_PLACE in marked
    assert GIVES_LENGTH in marked
    plain = entry_terms(course, "Can I work alone?", "Ask the instructor.")["answer_terms"]
    assert GIVES_PLACE not in plain
    assert GIVES_LENGTH not in plain


@pytest.mark.parametrize(
    ("entry", "asked"),
    [
        (
            "Can I use the GPU cluster for the final project and when may I use it?",
            "can I use the GPU cluster for the final project",
        ),
        (
            "Can I use the GPU cluster for the final project and when may I use it?",
            "when may I use the GPU cluster for the final project",
        ),
        ("Is the project report graded by TAs and how long should it be?", "is the project report graded by TAs"),
        ("Do we get the midterm back in class and where do regrades go?", "do we get the midterm back in class"),
    ],
)
def test_an_entry_asking_two_things_is_found_by_either(course, entry, asked):
    """A two-part FAQ question (joined by a bare "and") is suggested for either of its questions asked alone."""
    store = Store(":memory:", zone=course.tz)
    try:
        import_faq(store, course, GUILD, [FAQPair(entry, "Yes.")], by=0, now=NOW)
        assert [s.question for s in similar(store, course, GUILD, asked)] == [entry]
    finally:
        store.close()
