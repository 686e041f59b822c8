"""Threads staff opened straight in the forum, remembered per server (bot.qa.staff_threads)."""

from __future__ import annotations

from bot.qa import staff_threads as kept
from bot.store.database import Store


def test_staff_threads_are_remembered_once_per_server_and_the_oldest_forgotten(tmp_path, monkeypatch):
    """A thread is kept once, per server, and only the latest STAFF_THREADS_KEPT are kept."""
    store = Store(tmp_path / "bot.db")
    kept.remember_staff_thread(store.meta, 1, 10)
    kept.remember_staff_thread(store.meta, 1, 10)
    kept.remember_staff_thread(store.meta, 2, 20)
    assert kept.staff_threads(store.meta, 1) == {10}
    assert kept.staff_threads(store.meta, 2) == {20}
    monkeypatch.setattr(kept, "STAFF_THREADS_KEPT", 2)
    for thread in (11, 12):
        kept.remember_staff_thread(store.meta, 1, thread)
    assert kept.staff_threads(store.meta, 1) == {11, 12}
