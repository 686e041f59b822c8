"""Personal reminders: typed subscriptions per server (also outside one), and the one-time closed-DMs notice."""

from __future__ import annotations

import pytest

from bot.store.database import Store
from tests.conftest import NY, at


@pytest.fixture
def store(tmp_path):
    store = Store(tmp_path / "bot.db", zone=NY)
    yield store
    store.close()


def test_subscribe_replace_list_and_stop(store):
    store.reminders.subscribe(1, 42, ["deadline"], [1440], "10-605", at("2024-02-12 10:00"))
    store.reminders.subscribe(1, 42, ["deadline", "exam"], [], None, at("2024-02-13 10:00"))
    store.reminders.subscribe(2, 42, ["exam"], [120], None, at("2024-02-13 11:00"))
    mine = store.reminders.subscription(1, 42)
    assert (mine.kinds, mine.offsets, mine.section, mine.created_at) == (
        ("deadline", "exam"),
        (),
        None,
        at("2024-02-13 10:00"),
    )
    assert [(s.guild_id, s.user_id) for s in store.reminders.subscriptions()] == [(1, 42), (2, 42)]
    assert store.reminders.unsubscribe(1, 42)
    assert not store.reminders.unsubscribe(1, 42)
    assert store.reminders.subscription(1, 42) is None


def test_outside_a_server_reminders_are_kept_too(store):
    """The console without a server id (or a DM): subscribing works and reads back under the same key."""
    store.reminders.subscribe(None, 1, ["deadline"], [], None, at("2024-02-12 10:00"))
    assert store.reminders.subscription(None, 1).kinds == ("deadline",)
    assert store.reminders.subscription(0, 1) is not None


def test_closed_dms_are_told_once(store):
    store.reminders.mark_dms_closed(43, at("2024-02-12 10:00"))
    assert store.reminders.dms_closed(43)
    assert store.reminders.take_dm_closed_notice(43)
    assert not store.reminders.take_dm_closed_notice(43)
    store.reminders.clear_dms_closed(43)
    assert not store.reminders.dms_closed(43)
