"""The audit trail: typed entries (who, when, action, details as a dict), newest first, per server."""

from __future__ import annotations

from bot.store.database import Store
from tests.conftest import NY, at


def test_entries_are_typed_newest_first_and_per_server(tmp_path):
    store = Store(tmp_path / "bot.db", zone=NY)
    store.audit.record(1, 7, "data.reload", {"from": "a", "to": "b"}, at("2024-03-01 09:00"))
    store.audit.record(1, 8, "events.sync", {"created": 1, "updated": 0, "deleted": 0}, at("2024-03-01 10:00"))
    store.audit.record(2, 9, "data.reload", {"from": "b", "to": "c"}, at("2024-03-01 11:00"))
    newest, oldest = store.audit.latest(1)
    assert (newest.user_id, newest.action, newest.details) == (
        8,
        "events.sync",
        {"created": 1, "updated": 0, "deleted": 0},
    )
    assert oldest.at == at("2024-03-01 09:00")
    assert oldest.at.tzinfo is NY
    assert len(store.audit.latest(1, limit=1)) == 1
    store.close()


def test_a_detail_that_is_not_a_json_object_still_reads(tmp_path):
    """Rows written by hand or by old code: details always come back as a dict."""
    store = Store(tmp_path / "bot.db")
    store.db.execute(
        "INSERT INTO audit (at, guild_id, user_id, action, detail) VALUES "
        "('2024-03-01T14:00:00.000000Z', 1, 7, 'x', 'not json'), ('2024-03-01T14:00:00.000000Z', 1, 7, 'y', '[1]')"
    )
    store.db.conn.commit()
    assert [e.details for e in store.audit.latest(1)] == [{"value": [1]}, {"text": "not json"}]
    store.close()
