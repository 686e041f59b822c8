"""The search learns its students' words (issue 13): a question answered by an entry leaves its terms with the entry
(never its text), later questions in those words find it, a student's confirmation counts less than staff's word and
is never quoted as the answer, and staff list and remove what was learned."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from bot.core.errors import UserError
from bot.core.render_text import answer_text
from bot.qa.endorsed_lookup import endorsed_for
from bot.qa.faq_file import FAQPair
from bot.qa.knowledge import import_faq
from bot.qa.learning import forget, learn, learn_confirmed, learn_duplicate, learned_of, phrasings_answer
from bot.qa.suggest import similar
from bot.store.database import Store

NOW = dt.datetime(2024, 2, 12, 15, 0, tzinfo=dt.UTC)
PAIRS = [
    FAQPair("Can I use Google Colab for the homework?", "Yes: Colab works; install pyspark in the first cell."),
    FAQPair("How are regrade requests handled?", "Submit a regrade request on Gradescope within a week."),
    FAQPair("Where are office hours held?", "In GHC 6th floor commons."),
    FAQPair("Is attendance required in recitation?", "No, recitations are optional but recorded."),
]
HOURS = "Where are office hours held?"
# Words no entry holds: before anything is learned, the search has nothing to go on.
TAUGHT = "which room does the zebra squad meet in to get unstuck"


@pytest.fixture
def store(course):
    store = Store(":memory:", zone=course.tz)
    import_faq(store, course, 1, PAIRS, by=0, now=NOW)
    yield store
    store.close()


def _id(store: Store, question: str) -> int:
    return next(e.id for e in store.qa_entries.active(1) if e.question == question)


def _first(store: Store, course, text: str) -> list[str]:
    return [s.question for s in similar(store, course, 1, text)][:1]


@pytest.mark.parametrize("later", ["where does the zebra squad meet", "room for zebra squad"])
def test_staffs_duplicate_mark_teaches_the_students_words(store, course, later):
    assert _first(store, course, later) == []
    learned = learn(store, course, 1, _id(store, HOURS), TAUGHT, "duplicate", NOW)
    assert learned.phrasing_id is not None
    assert _first(store, course, later) == [HOURS]
    (found,) = similar(store, course, 1, later)
    assert found.vouched
    assert endorsed_for(store, course, 1, later).question == HOURS


def test_learned_words_never_change_what_is_asked(store, course):
    """The zebra squad's room is learned; when it meets, or whether it is worth it, is another question."""
    learn(store, course, 1, _id(store, HOURS), TAUGHT, "duplicate", NOW)
    assert _first(store, course, "what time does the zebra squad meet") == []
    assert _first(store, course, "is the zebra squad worth joining") == []
    assert _first(store, course, "which room is the pizza party in") == []


def test_a_confirmation_counts_less_and_is_never_quoted_as_the_answer(store, course):
    learn(store, course, 1, _id(store, HOURS), TAUGHT, "confirmed", NOW)
    confirmed = similar(store, course, 1, "room for zebra squad")
    assert [s.question for s in confirmed] == [HOURS]
    assert not confirmed[0].vouched
    assert endorsed_for(store, course, 1, "room for zebra squad") is None  # suggested, never /ask's answer
    store.qa_phrasings.remove(store.qa_phrasings.listed(1)[0].id)
    learn(store, course, 1, _id(store, HOURS), TAUGHT, "duplicate", NOW)
    assert similar(store, course, 1, "room for zebra squad")[0].score > confirmed[0].score


def test_staffs_word_outranks_a_later_confirmation_of_the_same_words(store, course):
    entry = _id(store, HOURS)
    learn(store, course, 1, entry, TAUGHT, "duplicate", NOW)
    again = learn(store, course, 1, entry, TAUGHT, "confirmed", NOW)
    assert again.kind == "duplicate"
    (kept,) = store.qa_phrasings.listed(1, entry)
    assert (kept.kind, kept.count) == ("duplicate", 2)


def test_entry_words_and_one_word_questions_are_not_learned(store, course):
    entry = _id(store, HOURS)
    assert learn(store, course, 1, entry, "where are the office hours", "duplicate", NOW).phrasing_id is None
    assert learn(store, course, 1, entry, "zebra?", "duplicate", NOW).phrasing_id is None
    with pytest.raises(ValueError, match="unknown phrasing kind"):
        learn(store, course, 1, entry, TAUGHT, "liked", NOW)
    store.qa_entries.withdraw(entry, by=7, now=NOW)
    assert learn(store, course, 1, entry, TAUGHT, "duplicate", NOW).phrasing_id is None


def test_that_answers_it_is_learned_only_when_one_entry_was_suggested(store, course):
    # One suggestion: the student's words are attached to it.
    learned = learn_confirmed(store, course, 1, "can i use google colab", "my laptop is slow", NOW)
    assert learned is not None
    assert learned.kind == "confirmed"
    assert store.qa_phrasings.listed(1, _id(store, "Can I use Google Colab for the homework?"))
    # Nothing suggested (or several): which entry answered is not known, nothing is learned.
    assert learn_confirmed(store, course, 1, "best pizza near campus", "", NOW) is None


def test_a_duplicate_of_an_answered_post_teaches_its_entry(store, course):
    post_entry = store.qa_entries.add(
        1, NOW, source="forum", post_id=40, question="Spark OOM", answer="", question_terms="spark memory",
        answer_terms="",
    )  # fmt: skip
    original = SimpleNamespace(id=40)
    post = SimpleNamespace(guild_id=1, title="executor keeps dying", body="java heap space on the cluster",
                           visibility="public")  # fmt: skip
    assert learn_duplicate(store, course, post, original, NOW).phrasing_id is not None
    assert store.qa_phrasings.listed(1, post_entry)
    private = SimpleNamespace(guild_id=1, title="executor died again", body="heap", visibility="private")
    assert learn_duplicate(store, course, private, original, NOW) is None  # a private question's words stay out
    assert learn_duplicate(store, course, post, SimpleNamespace(id=41), NOW) is None  # no entry to teach


def test_staff_list_and_remove_phrasings_and_see_no_students_text(store, course):
    entry = _id(store, HOURS)
    learned = learn(store, course, 1, entry, TAUGHT, "duplicate", NOW)
    shown = answer_text(phrasings_answer(store, learned_of(store, 1, str(entry))), course.tz, NOW)
    assert f"{learned.phrasing_id}: entry {entry}" in shown
    assert "zebra squad" in shown
    assert TAUGHT not in shown
    with pytest.raises(UserError, match="no entry"):
        learned_of(store, 1, "999")
    with pytest.raises(UserError, match="no learned phrasing"):
        forget(store, 2, str(learned.phrasing_id), by=7, now=NOW)  # another server's
    gone = forget(store, 1, f"#{learned.phrasing_id}", by=7, now=NOW)
    assert gone.id == learned.phrasing_id
    assert learned_of(store, 1, None) == []
    assert _first(store, course, "room for zebra squad") == []
    assert store.audit.latest(1)[0].action == "qa.phrasing_remove"
