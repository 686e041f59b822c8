"""The delivery log: one claim wins, a dead claim is taken over only after its lease, finished keys stay finished."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from bot.store.database import Store
from bot.store.deliveries import LegacyClaim
from tests.conftest import NY, at

LEASE = dt.timedelta(seconds=90)
NOW = at("2024-03-12 09:00")


@pytest.fixture
def store(tmp_path):
    store = Store(tmp_path / "bot.db", zone=NY)
    yield store
    store.close()


def test_claim_confirm_and_the_row_read_back(store):
    """First claim wins, a second is refused while claimed; confirm records the message; rows are typed."""
    assert store.deliveries.claim(1, "k", "a", NOW, LEASE)
    assert not store.deliveries.claim(1, "k", "b", NOW, LEASE)
    row = store.deliveries.get(1, "k")
    assert (row.status, row.owner, row.claimed_at, row.lease_until, row.done_at) == (
        "claimed",
        "a",
        NOW,
        NOW + LEASE,
        None,
    )
    store.deliveries.confirm(1, "k", NOW + dt.timedelta(seconds=2), message_id=5, channel_id=6, late=True)
    row = store.deliveries.get(1, "k")
    assert (row.status, row.message_id, row.channel_id, row.late) == ("sent", 5, 6, True)
    assert row.done_at == NOW + dt.timedelta(seconds=2)
    assert row.done_at.tzinfo is NY
    assert not store.deliveries.claim(1, "k", "b", NOW + dt.timedelta(days=1), LEASE)  # sent is final
    assert store.deliveries.finished_keys(1) == {"k"}
    assert store.deliveries.get(2, "k") is None  # per server


def test_a_dead_claim_is_taken_over_only_when_its_lease_ran_out(store):
    """Compared as instants: a lease written in course time is compared with `now` in UTC correctly."""
    assert store.deliveries.claim(1, "k", "dead", NOW, LEASE)
    almost = (NOW + LEASE - dt.timedelta(seconds=1)).astimezone(dt.UTC)
    assert not store.deliveries.claim(1, "k", "new", almost, LEASE)
    assert store.deliveries.claim(1, "k", "new", (NOW + LEASE).astimezone(dt.UTC), LEASE)
    assert store.deliveries.get(1, "k").owner == "new"
    assert store.deliveries.finished_keys(1) == set()


def test_marked_items_are_finished_and_never_claimed(store):
    store.deliveries.mark(1, "stale", "skipped", NOW, note="stale while offline")
    store.deliveries.claim(1, "broken", "a", NOW, LEASE)
    store.deliveries.mark(1, "broken", "failed", NOW, note="no permission")
    assert store.deliveries.finished_keys(1) == {"stale", "broken"}
    assert not store.deliveries.claim(1, "stale", "a", NOW + dt.timedelta(days=1), LEASE)
    assert store.deliveries.get(1, "broken").note == "no permission"


def test_last_sent_is_the_latest_instant_whatever_zone_it_was_written_in(store):
    """SQL's MAX over stored times is the latest post, even when the later one was written in another zone."""
    assert store.deliveries.last_sent() is None
    later = dt.datetime(2024, 2, 12, 9, 0, tzinfo=NY)  # 14:00 UTC
    earlier = dt.datetime(2024, 2, 12, 13, 0, tzinfo=dt.UTC)
    for key, moment in (("a", later), ("b", earlier)):
        store.deliveries.claim(1, key, "me", moment, LEASE)
        store.deliveries.confirm(1, key, moment, message_id=1, channel_id=1, late=False)
    assert store.deliveries.last_sent() == later


def test_outside_a_server_claims_use_one_key(store):
    """A DM-only context (no server id) is server key 0, not NULL: claims still exclude each other."""
    assert store.deliveries.claim(None, "k", "a", NOW, LEASE)
    assert not store.deliveries.claim(0, "k", "b", NOW, LEASE)


def test_two_processes_claiming_at_once_get_one_winner(tmp_path):
    """Separate connections to one file (as two bot processes): for every key exactly one claim succeeds."""
    path = tmp_path / "shared.db"
    Store(path).close()
    keys = [f"key{n}" for n in range(40)]
    wins: list[tuple[str, str]] = []
    lock = threading.Lock()

    def process(name: str) -> None:
        store = Store(path)
        try:
            for key in keys:
                if store.deliveries.claim(1, key, name, NOW, LEASE):
                    with lock:
                        wins.append((key, name))
        finally:
            store.close()

    threads = [threading.Thread(target=process, args=(f"p{n}",)) for n in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(key for key, _ in wins) == sorted(keys)


def test_a_staff_post_is_claimed_only_while_not_cancelled(store):
    """The claim of a staff announcement checks `cancelled` in its own transaction: cancelled means no claim."""
    live = store.staff_posts.add(1, NOW, "live", by=1, now=NOW)
    gone = store.staff_posts.add(1, NOW, "gone", by=1, now=NOW)
    store.staff_posts.cancel(1, gone, by=1, now=NOW)
    assert store.deliveries.claim(1, f"staff:{live}", "a", NOW, LEASE, staff_post=live)
    assert not store.deliveries.claim(1, f"staff:{gone}", "a", NOW, LEASE, staff_post=gone)
    assert store.deliveries.get(1, f"staff:{gone}") is None


def test_changes_are_read_in_order_as_the_rows_are_now(tmp_path):
    """Every write is numbered, whichever connection made it: a reader asking for what followed its last number
    gets exactly the rows written since (finished with their first claim, or not finished), then nothing."""
    ours, theirs = Store(tmp_path / "bot.db", zone=NY), Store(tmp_path / "bot.db", zone=NY)
    try:
        everything = ours.deliveries.changed_since(1, -1)
        assert everything == []
        ours.deliveries.claim(1, "a", "me", NOW, LEASE)
        theirs.deliveries.mark(1, "b", "skipped", NOW, note="stale")
        theirs.deliveries.mark(2, "c", "failed", NOW, note="another server")
        changes = ours.deliveries.changed_since(1, -1)
        assert [(c.key, c.status, c.claimed_at) for c in changes] == [("a", None, None), ("b", "skipped", NOW)]
        assert changes[1].claimed_at.tzinfo is NY
        last = changes[-1].seq
        assert ours.deliveries.changed_since(1, last) == []
        later = NOW + dt.timedelta(seconds=5)
        assert not theirs.deliveries.claim(1, "a", "them", later, LEASE)  # refused: nothing written
        assert theirs.deliveries.claim(1, "a", "them", NOW + LEASE, LEASE)  # taken over: nothing a reader keeps
        assert ours.deliveries.changed_since(1, last) == []
        theirs.deliveries.confirm(1, "a", later, message_id=1, channel_id=2, late=False)
        (confirmed,) = ours.deliveries.changed_since(1, last)
        assert (confirmed.key, confirmed.status, confirmed.claimed_at) == ("a", "sent", NOW)
    finally:
        theirs.close()
        ours.close()


def test_a_twin_and_a_removed_key_are_changes_to_nothing_finished(store):
    """A previous-format twin written beside a claim is not a finished post; a deleted or renamed row's key is
    reported with nothing finished under it, after the changes before it."""
    legacy = LegacyClaim("old:hw3", NOW, twin="old:hw3")
    assert store.deliveries.claim(1, "new@hw3", "me", NOW, LEASE, legacy=legacy)
    store.deliveries.confirm(1, "new@hw3", NOW, message_id=1, channel_id=2, late=False)
    first = store.deliveries.changed_since(1, -1)
    assert {(c.key, c.status) for c in first} == {("new@hw3", "sent"), ("old:hw3", None)}
    with store.immediate() as db:
        db.execute("UPDATE deliveries SET key = 'renamed@hw3' WHERE key = 'new@hw3'")
        db.execute("DELETE FROM deliveries WHERE key = 'old:hw3'")
    after = store.deliveries.changed_since(1, max(c.seq for c in first))
    assert [(c.key, c.status) for c in after] == [("new@hw3", None), ("renamed@hw3", "sent"), ("old:hw3", None)]
    assert [c.seq for c in after] == sorted(c.seq for c in after)


@pytest.mark.parametrize("among", [[], ["k1"], ["k1", "k2", "k3", "nothing"], ["k2", "k2"], ['o\'dd "key"']])
def test_keys_among_a_few_are_those_of_the_whole_log(store, among):
    """Asked about a few keys (what /announce list and cancel ask), the log answers as it does whole, read in full."""
    store.deliveries.claim(1, "k1", "a", NOW, LEASE)
    store.deliveries.mark(1, "k2", "sent", NOW)
    store.deliveries.mark(1, 'o\'dd "key"', "failed", NOW)
    store.deliveries.mark(2, "k3", "skipped", NOW)
    assert store.deliveries.logged_keys(1, among=among) == store.deliveries.logged_keys(1) & set(among)
    assert store.deliveries.finished_keys(1, among=among) == store.deliveries.finished_keys(1) & set(among)
