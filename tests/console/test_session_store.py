"""The console's own delivery log claims a staff announcement only while the shared file has it uncancelled."""

from __future__ import annotations

import datetime as dt

from bot.console.session_store import SessionStore
from bot.store.database import Store
from tests.conftest import NY, at

NOW = at("2024-03-12 09:00")
LEASE = dt.timedelta(seconds=90)


def test_a_cancelled_staff_post_is_not_claimed_by_the_session(tmp_path):
    shared = Store(tmp_path / "bot.db", zone=NY)
    session = SessionStore(shared)
    live = shared.staff_posts.add(1, NOW, "live", by=1, now=NOW)
    gone = shared.staff_posts.add(1, NOW, "gone", by=1, now=NOW)
    shared.staff_posts.cancel(1, gone, by=1, now=NOW)
    assert session.deliveries.claim(1, f"staff:{live}", "console", NOW, LEASE, staff_post=live)
    assert not session.deliveries.claim(1, f"staff:{gone}", "console", NOW, LEASE, staff_post=gone)
    assert shared.deliveries.get(1, f"staff:{live}") is None  # the shared log never holds the session's claims
    session.close()
    shared.close()
