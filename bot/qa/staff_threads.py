"""Threads staff opened straight in the course forum (a release's discussion thread, a notice): no questions, so
they are never tagged, replied to or counted, and a restart's catch-up does not look at them again. Kept per server
in the store's meta table, the latest STAFF_THREADS_KEPT of them."""

from __future__ import annotations

from bot.store.meta import Meta

STAFF_THREADS_KEY, STAFF_THREADS_KEPT = "qa_forum_staff_threads:{}", 2000


def staff_threads(meta: Meta, server_id: int) -> set[int]:
    """The threads staff opened straight in this server's forum that the bot remembers."""
    kept = meta.get(STAFF_THREADS_KEY.format(server_id)) or ""
    return {int(t) for t in kept.split() if t.isdecimal()}


def remember_staff_thread(meta: Meta, server_id: int, thread_id: int) -> None:
    """Remembers a thread staff opened (once; the oldest forgotten beyond STAFF_THREADS_KEPT)."""
    key = STAFF_THREADS_KEY.format(server_id)
    kept = [t for t in (meta.get(key) or "").split() if t != str(thread_id)]
    meta.set(key, " ".join([*kept, str(thread_id)][-STAFF_THREADS_KEPT:]))
