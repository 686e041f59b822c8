"""The Store itself: one write transaction helper (nesting as a savepoint), version, ping, the zone times come in."""

from __future__ import annotations

import pytest

from bot.store.database import Store
from bot.store.schema import SCHEMA_VERSION


def write_then_fail(store: Store, key: str, value: str) -> None:
    with store.immediate():
        store.meta.set(key, value)
        raise RuntimeError("fails after the write")


def test_immediate_commits_or_rolls_back_as_a_whole(tmp_path):
    store = Store(tmp_path / "bot.db")
    with store.immediate():
        store.meta.set("a", "1")  # a nested write joins the outer transaction
        store.meta.set("b", "2")
    with pytest.raises(RuntimeError):
        write_then_fail(store, "a", "changed")
    assert (store.meta.get("a"), store.meta.get("b")) == ("1", "2")
    assert not store.db.conn.in_transaction
    store.close()


def test_an_inner_failure_caught_by_the_caller_undoes_only_the_inner_part(tmp_path):
    store = Store(tmp_path / "bot.db")
    with store.immediate():
        store.meta.set("kept", "yes")
        with pytest.raises(RuntimeError):
            write_then_fail(store, "inner", "no")
    assert (store.meta.get("kept"), store.meta.get("inner")) == ("yes", None)
    store.close()


def test_version_ping_and_memory(tmp_path):
    store = Store(":memory:")
    assert store.version == SCHEMA_VERSION
    assert store.ping()
    store.close()
    assert not store.ping()
