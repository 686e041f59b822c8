"""The console session keeps its own delivery log, and its own copy of what the server posts (setup, staff
announcements, publications): it starts from the shared file's and never writes into it."""

from __future__ import annotations

import datetime as dt

from bot.announce.server_setup import GuildSetup
from bot.console.session_store import SessionStore
from bot.store.database import Store
from tests.conftest import NY, at

NOW = at("2024-03-12 09:00")
LEASE = dt.timedelta(seconds=90)


def test_a_cancelled_staff_post_is_not_claimed_by_the_session(tmp_path):
    """A staff announcement cancelled in the session is not claimed; the shared log never holds the claims."""
    shared = Store(tmp_path / "bot.db", zone=NY)
    session = SessionStore(shared)
    live = session.staff_posts.add(1, NOW, "live", by=1, now=NOW)
    gone = session.staff_posts.add(1, NOW, "gone", by=1, now=NOW)
    session.staff_posts.cancel(1, gone, by=1, now=NOW)
    assert session.deliveries.claim(1, f"staff:{live}", "console", NOW, LEASE, staff_post=live)
    assert not session.deliveries.claim(1, f"staff:{gone}", "console", NOW, LEASE, staff_post=gone)
    assert shared.deliveries.get(1, f"staff:{live}") is None
    session.close()
    shared.close()


def test_the_servers_setup_and_posts_are_the_sessions_own(tmp_path):
    """The session sees the real setup, staff posts and publications, and its changes stay in it: the shared
    file (what the real bot posts from) keeps its channel, its posts and its audit trail as they were."""
    shared = Store(tmp_path / "bot.db", zone=NY)
    real = GuildSetup(channel_id=555, since=NOW)
    shared.server_settings.save(1, real.to_json(), by=9, now=NOW, change={"channel": 555})
    shared.staff_posts.add(1, NOW + dt.timedelta(days=1), "real post", by=9, now=NOW)
    shared.published.set_grades(1, "hw1", NOW, by=9, now=NOW)
    audit_before = shared.db["audit"].count
    session = SessionStore(shared)
    assert GuildSetup.from_json(session.server_settings.get(1)).channel_id == 555
    assert [p.message for p in session.staff_posts.scheduled(1)] == ["real post"]
    assert set(session.published.grades(1)) == {"hw1"}

    session.server_settings.save(1, real.with_changes(channel_id=1).to_json(), by=1, now=NOW, change={"channel": 1})
    session.staff_posts.add(1, NOW + dt.timedelta(days=2), "console test", by=1, now=NOW)
    session.published.set_grades(1, "hw2", NOW, by=1, now=NOW)
    session.published.set_exam_form(1, "exam1", "https://example.org/form", by=1, now=NOW)
    assert GuildSetup.from_json(session.server_settings.get(1)).channel_id == 1

    assert GuildSetup.from_json(shared.server_settings.get(1)).channel_id == 555
    assert [p.message for p in shared.staff_posts.scheduled(1)] == ["real post"]
    assert set(shared.published.grades(1)) == {"hw1"}
    assert shared.published.exam_forms(1) == {}
    assert shared.db["audit"].count == audit_before
    session.close()
    shared.close()
