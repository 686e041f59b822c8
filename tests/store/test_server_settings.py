"""Server settings: one JSON document per server, replaced whole, the change audited."""

from __future__ import annotations

from bot.store.database import Store
from tests.conftest import at


def test_save_get_and_list(tmp_path):
    store = Store(tmp_path / "bot.db")
    assert store.server_settings.get(1) is None
    store.server_settings.save(2, {"channel_id": 5}, by=7, now=at("2024-03-01 09:00"), change={"channel_id": 5})
    store.server_settings.save(1, {"channel_id": 6}, by=7, now=at("2024-03-01 09:00"), change={"channel_id": 6})
    store.server_settings.save(1, {"channel_id": 8}, by=7, now=at("2024-03-01 09:01"), change={"channel_id": 8})
    assert store.server_settings.get(1) == {"channel_id": 8}
    assert store.server_settings.guild_ids() == [1, 2]
    (latest, *_) = store.audit.latest(1)
    assert (latest.action, latest.details, latest.user_id) == ("setup", {"channel_id": 8}, 7)
    store.close()
