"""What a sweep knows is done, kept between sweeps (bot.announce.finished_log): never staler than the store, so
nothing is posted twice or lost across another process's writes, restarts and rollbacks, and an unchanged log is not
read again."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from bot.announce.delivery import LEASE, dm_key
from bot.announce.finished_log import FinishedLog
from bot.announce.identity import fingerprint, parse
from bot.store.database import Store
from bot.store.deliveries import LegacyClaim
from tests.announce.test_identity import GUILD, STUDENT, Bot, _target, _with_assignment
from tests.conftest import planned_key

PLANNED = dt.datetime(2024, 3, 1, 12, tzinfo=dt.UTC)
OLD = "deadline:hw3:2880m:channel"
NEW = "deadline:hw3:2880m@20240301T1200Z.abcdef:channel"


@pytest.fixture
def path(tmp_path):
    return tmp_path / "bot.db"


@pytest.fixture
def stores(path):
    """This process's store and another process's, on one file."""
    ours, theirs = Store(path), Store(path)
    yield ours, theirs
    theirs.close()
    ours.close()


def _sent(other: Store, key: str, at: dt.datetime) -> None:
    assert other.deliveries.claim(GUILD, key, "other", at, LEASE)
    other.deliveries.confirm(GUILD, key, at, message_id=1, channel_id=70, late=False)


def _skipped(other: Store, key: str, at: dt.datetime) -> None:
    other.deliveries.mark(GUILD, key, "skipped", at, note="stale")


def _failed(other: Store, key: str, at: dt.datetime) -> None:
    assert other.deliveries.claim(GUILD, key, "other", at, LEASE)
    other.deliveries.mark(GUILD, key, "failed", at, note="no permission")


@pytest.mark.parametrize("finish", [_sent, _skipped, _failed])
async def test_an_item_another_process_finished_between_two_sweeps_is_not_posted(stores, any_course, finish):
    """This process swept already (its index is warm); then another one, whose data spells the assignment's title
    differently, finishes the 48 h reminder (sent, skipped or failed) under its own key for the same item. Claiming
    our key would succeed (it is another key): only the index, caught up, keeps the channel and the DM from a
    second post."""
    ours, theirs = stores
    item = _target(any_course)
    at = item.due - dt.timedelta(hours=48)
    bot = Bot(ours, any_course, at - dt.timedelta(hours=3))
    await bot.run_until(at - dt.timedelta(hours=1))
    _, identity = parse(planned_key(any_course, f"deadline:{item.id}:2880m:channel"))
    theirs_key = replace(identity, print=fingerprint("A title edited elsewhere")).key()
    for key in (theirs_key, dm_key(STUDENT, theirs_key)):
        finish(theirs, key, at)
    bot.clock.set(at + dt.timedelta(minutes=1))
    outcomes = await bot.announcer.run_due()
    assert [k for k in bot.poster.sent if f":{item.id}:2880m@" in k] == []
    assert [o for o in outcomes if f":{item.id}:2880m@" in o[1]] == []


async def test_two_processes_sweeping_in_turn_post_everything_once(tmp_path, any_course):
    """Two bots on one file (an overlapping deploy) sweep in turn, each with its own kept index, through a deadline
    that moves a week later in both: together they post exactly what one bot alone posts, the moved deadline's
    reminders again included."""
    item = _target(any_course)
    start, end = item.due - dt.timedelta(days=3), item.due + dt.timedelta(days=8)
    moved = _with_assignment(any_course, item, replace(item, due=item.due + dt.timedelta(days=7)))
    alone = Bot(Store(tmp_path / "alone.db"), any_course, start)
    first, second = Store(tmp_path / "shared.db"), Store(tmp_path / "shared.db")
    pair = (Bot(first, any_course, start), Bot(second, any_course, start))
    now = start
    while now < end:
        now += dt.timedelta(hours=3)
        course = moved if now >= item.due - dt.timedelta(hours=30) else any_course
        for bot in (alone, *pair):
            bot.course = course
        await alone.run_until(now)
        for bot in pair if now.hour % 2 else reversed(pair):
            bot.clock.set(now - dt.timedelta(hours=3))
            await bot.run_until(now)
    together = pair[0].poster.sent + pair[1].poster.sent
    assert len(together) == len(set(together))
    assert sorted(together) == sorted(alone.poster.sent)
    assert len([k for k in together if f":{item.id}:2880m@" in k]) == 4  # channel and DM, old and new time
    for store in (first, second, alone.announcer.store):
        store.close()


async def test_a_restarted_bot_posts_nothing_twice(path, any_course):
    """The bot stops in the middle of the reminders and starts again on the same file (a new connection, nothing
    kept): it posts what is left, once."""
    item = _target(any_course)
    start, end = item.due - dt.timedelta(days=3), item.due + dt.timedelta(hours=1)
    store = Store(path)
    before = Bot(store, any_course, start)
    await before.run_until(item.due - dt.timedelta(hours=30))
    store.close()
    store = Store(path)
    after = Bot(store, any_course, start)
    after.clock.set(before.clock.now())
    await after.run_until(end)
    store.close()
    alone = Bot(Store(path.with_name("alone.db")), any_course, start)
    await alone.run_until(end)
    alone.announcer.store.close()
    assert before.poster.sent
    assert after.poster.sent
    assert sorted(before.poster.sent + after.poster.sent) == sorted(alone.poster.sent)


def test_a_claim_and_its_twin_count_once_the_claim_is_finished(stores):
    """Another process claims an item and leaves its previous-format twin: while the claim is going out neither
    key is done; once confirmed the claim is, and the twin never stands for a post of its own."""
    ours, theirs = stores
    finished = FinishedLog(ours.deliveries)
    assert len(finished.of(GUILD)) == 0
    legacy = LegacyClaim(OLD, PLANNED, twin=OLD)
    assert theirs.deliveries.claim(GUILD, NEW, "other", PLANNED, LEASE, legacy=legacy)
    assert NEW not in finished.of(GUILD)
    assert OLD not in finished.of(GUILD)
    theirs.deliveries.confirm(GUILD, NEW, PLANNED, message_id=1, channel_id=70, late=False)
    assert NEW in finished.of(GUILD)
    assert OLD not in finished.of(GUILD)


def test_a_row_deleted_or_renamed_elsewhere_leaves_the_index(stores):
    """Rows changed by hand in the file (deleted, or moved to another key) are seen as such: the old key is no
    longer done, the new one is."""
    ours, theirs = stores
    finished = FinishedLog(ours.deliveries)
    for key in ("staff:1", "staff:2"):
        _sent(theirs, key, PLANNED)
    assert {"staff:1", "staff:2"} <= set(finished.of(GUILD)._sent)
    with theirs.immediate() as db:
        db.execute("DELETE FROM deliveries WHERE key = 'staff:1'")
        db.execute("UPDATE deliveries SET key = 'staff:3' WHERE key = 'staff:2'")
    delivered = finished.of(GUILD)
    assert ("staff:1" in delivered, "staff:2" in delivered, "staff:3" in delivered) == (False, False, True)
    _sent(theirs, "staff:1", PLANNED)  # written again after its removal
    assert "staff:1" in finished.of(GUILD)


def test_what_a_rolled_back_transaction_wrote_is_not_kept(stores):
    """Read inside an open write transaction, a row is seen but not kept: rolled back, it is not done."""
    ours, _ = stores
    finished = FinishedLog(ours.deliveries)
    seen = []

    def write_then_fail() -> None:
        with ours.immediate():
            ours.deliveries.mark(GUILD, "staff:9", "skipped", PLANNED)
            seen.append("staff:9" in finished.of(GUILD))
            raise RuntimeError("rolled back")

    with pytest.raises(RuntimeError):
        write_then_fail()
    assert seen == [True]
    assert "staff:9" not in finished.of(GUILD)


async def test_a_sweep_reads_only_what_changed(stores, any_course, monkeypatch):
    """After the first sweep, a sweep over an unchanged log reads no row of it; rows finished elsewhere since are
    read once each, whatever the log's size."""
    ours, theirs = stores
    item = _target(any_course)
    bot = Bot(ours, any_course, item.due - dt.timedelta(days=3))
    await bot.run_until(item.due - dt.timedelta(hours=12))
    assert len(bot.poster.sent) >= 4
    read: list[str] = []
    changed_since = ours.deliveries.changed_since

    def counted(guild_id, seq):
        changes = changed_since(guild_id, seq)
        read.extend(c.key for c in changes)
        return changes

    monkeypatch.setattr(ours.deliveries, "changed_since", counted)
    await bot.announcer.run_due()
    assert read == []
    for n in range(3):
        _sent(theirs, f"staff:{100 + n}", bot.clock.now())
    await bot.announcer.run_due()
    assert read == ["staff:100", "staff:101", "staff:102"]
