"""Notices: queued for one user in one server, shown once, oldest first, kept only if the change that made them is."""

from __future__ import annotations

import pytest

from bot.store.database import Store
from tests.conftest import NY, at


def test_taken_once_oldest_first_per_server(tmp_path):
    store = Store(tmp_path / "bot.db", zone=NY)
    store.notices.add(1, 5, "link.approved", {"email": "a@x.edu"}, at("2024-03-02 09:00"))
    store.notices.add(1, 5, "link.moved_away", {"email": "b@x.edu"}, at("2024-03-01 09:00"))
    store.notices.add(2, 5, "link.denied", {"email": "c@x.edu", "reason": "no"}, at("2024-03-01 09:00"))
    taken = store.notices.take(1, 5, at("2024-03-03 09:00"))
    assert [(n.kind, n.details["email"]) for n in taken] == [
        ("link.moved_away", "b@x.edu"),
        ("link.approved", "a@x.edu"),
    ]
    assert taken[0].created_at == at("2024-03-01 09:00")
    assert store.notices.take(1, 5, at("2024-03-03 09:00")) == []
    assert [n.kind for n in store.notices.take(2, 5, at("2024-03-03 09:00"))] == ["link.denied"]
    store.close()


def notice_then_fail(store: Store) -> None:
    with store.immediate():
        store.notices.add(1, 5, "link.approved", {"email": "a@x.edu"}, at("2024-03-02 09:00"))
        raise RuntimeError("the change failed")


def test_a_notice_inside_a_failed_change_is_not_kept(tmp_path):
    store = Store(tmp_path / "bot.db")
    with pytest.raises(RuntimeError):
        notice_then_fail(store)
    assert store.notices.take(1, 5, at("2024-03-03 09:00")) == []
    store.close()
