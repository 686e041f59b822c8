"""Staff posts: scheduled in time order (as instants, whatever zone they were written in), cancelled ones gone."""

from __future__ import annotations

import datetime as dt

from bot.store.database import Store
from tests.conftest import NY, at


def test_posts_in_time_order_and_cancel(tmp_path):
    store = Store(tmp_path / "bot.db", zone=NY)
    now = at("2024-03-01 09:00")
    second = store.staff_posts.add(1, dt.datetime(2024, 3, 10, 10, 0, tzinfo=NY), "EDT, 14:00 UTC", by=7, now=now)
    first = store.staff_posts.add(1, dt.datetime(2024, 3, 10, 13, 30, tzinfo=dt.UTC), "13:30 UTC", by=7, now=now)
    gone = store.staff_posts.add(1, at("2024-03-09 09:00"), "never", by=7, now=now)
    assert store.staff_posts.cancel(1, gone, by=7, now=now)
    assert not store.staff_posts.cancel(1, gone, by=7, now=now)
    assert not store.staff_posts.cancel(2, first, by=7, now=now)  # another server's number
    posts = store.staff_posts.scheduled(1)
    assert [p.id for p in posts] == [first, second]
    assert posts[1].at == dt.datetime(2024, 3, 10, 10, 0, tzinfo=NY)
    assert posts[1].at.tzinfo is NY
    assert [e.action for e in store.audit.latest(1)] == [
        "announce.cancel",
        "announce.add",
        "announce.add",
        "announce.add",
    ]
    store.close()
