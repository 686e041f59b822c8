"""Staff answers the bot posted for staff: kept by message, per server."""

from __future__ import annotations

from bot.store.database import Store
from tests.conftest import NY, at


def test_a_staff_message_is_kept_by_its_id_in_its_server(tmp_path):
    store = Store(tmp_path / "bot.db", zone=NY)
    store.staff_messages.add(1, 555, post_id=3, author_id=7, text="Use formula two.", now=at("2024-02-12 10:00"))
    kept = store.staff_messages.get(1, 555)
    assert (kept.post_id, kept.author_id, kept.text) == (3, 7, "Use formula two.")
    assert store.staff_messages.get(2, 555) is None
    assert store.staff_messages.get(1, 556) is None
    store.close()
