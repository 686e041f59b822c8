"""Learned phrasings in the store: terms per entry, counted up when learned again, found through their own index,
removed whole, kept across a restart, and never of a withdrawn entry."""

from __future__ import annotations

import datetime as dt

from bot.store.database import Store

NOW = dt.datetime(2024, 2, 12, 15, 0, tzinfo=dt.UTC)


def _entry(store: Store, question: str = "Can I use Colab?", guild: int = 1) -> int:
    return store.qa_entries.add(
        guild, NOW, source="faq", question=question, answer="Yes.", question_terms="colab", answer_terms="yes"
    )


def test_learned_terms_are_found_by_their_words_and_counted_up(tmp_path):
    store = Store(tmp_path / "bot.db")
    try:
        entry = _entry(store)
        first = store.qa_phrasings.learn(1, entry, "confirmed", "notebook cloud gpu", NOW)
        again = store.qa_phrasings.learn(1, entry, "duplicate", "notebook cloud gpu", NOW + dt.timedelta(hours=1))
        assert first == again
        (kept,) = store.qa_phrasings.listed(1, entry)
        assert (kept.count, kept.kind, kept.terms) == (2, "duplicate", "notebook cloud gpu")
        assert kept.last_at == NOW + dt.timedelta(hours=1)
        assert [p.id for p in store.qa_phrasings.candidates(1, ["gpu"])] == [first]
        assert store.qa_phrasings.candidates(2, ["gpu"]) == []  # another server's are its own
        assert store.qa_phrasings.frequencies(["gpu", "colab"]) == {"gpu": 1}
    finally:
        store.close()
    store = Store(tmp_path / "bot.db")  # kept across a restart
    try:
        assert [p.terms for p in store.qa_phrasings.listed(1)] == ["notebook cloud gpu"]
        assert store.qa_phrasings.frequencies(["gpu"]) == {"gpu": 1}
    finally:
        store.close()


def test_a_removed_phrasing_leaves_the_index():
    store = Store(":memory:")
    try:
        entry = _entry(store)
        learned = store.qa_phrasings.learn(1, entry, "confirmed", "notebook cloud gpu", NOW)
        assert store.qa_phrasings.frequencies(["gpu"]) == {"gpu": 1}
        assert store.qa_phrasings.remove(learned)
        assert not store.qa_phrasings.remove(learned)
        assert store.qa_phrasings.candidates(1, ["gpu"]) == []
        assert store.qa_phrasings.frequencies(["gpu"]) == {}
        assert store.qa_phrasings.get(learned) is None
    finally:
        store.close()


def test_a_withdrawn_entrys_phrasings_find_nothing():
    store = Store(":memory:")
    try:
        entry = _entry(store)
        store.qa_phrasings.learn(1, entry, "duplicate", "notebook cloud gpu", NOW)
        store.qa_entries.withdraw(entry, by=7, now=NOW)
        assert store.qa_phrasings.candidates(1, ["gpu"]) == []
        assert store.qa_entries.many([entry]) == []
    finally:
        store.close()
