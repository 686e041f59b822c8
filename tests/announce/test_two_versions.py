"""Two versions of the bot on one database (an overlapping deploy, a rollback) never both post an item: a claim
under the previous key format blocks the current one, and what the current one claims a previous one sees taken."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bot.announce.delivery import LEASE, dm_key
from bot.store.deliveries import LegacyClaim
from tests.announce.test_identity import GUILD, STUDENT, Bot, _target, _with_assignment, store  # noqa: F401


async def test_a_claim_by_the_previous_version_blocks_this_one(store, any_course):  # noqa: F811
    """The previous version is posting HW's 48 h reminder (channel and DM) under its old keys, claimed at the
    planned time: this version posts neither, though it swept after and found them not finished yet."""
    item = _target(any_course)
    at = item.due - dt.timedelta(hours=48)
    bot = Bot(store, any_course, at - dt.timedelta(hours=1))
    old = f"deadline:{item.id}:2880m:channel"
    for key in (old, dm_key(STUDENT, old)):
        assert store.deliveries.claim(GUILD, key, "previous", at, LEASE)
    bot.clock.set(at + dt.timedelta(seconds=20))
    await bot.announcer.run_due()
    assert [k for k in bot.poster.sent if ":2880m@" in k] == []


async def test_what_this_version_claims_a_previous_one_sees_taken(store, any_course):  # noqa: F811
    """Every reminder this version posts leaves its old-format key finished too (the previous version's check), and
    those twins never count as posts of their own: a deadline moved later still gets its reminders again."""
    item = _target(any_course)
    bot = Bot(store, any_course, item.due - dt.timedelta(days=3))
    await bot.run_until(item.due - dt.timedelta(hours=12))
    finished = store.deliveries.finished_keys(GUILD)
    for minutes in (2880, 1440):
        old = f"deadline:{item.id}:{minutes}m:channel"
        assert {old, dm_key(STUDENT, old)} <= finished
        assert not store.deliveries.claim(GUILD, old, "previous", bot.clock.now(), LEASE)
    assert not any(":" in k and "@" not in k and k.startswith("deadline:") for k in store.deliveries.finished(GUILD))
    assert store.deliveries.counts(GUILD)["sent"] == len(bot.poster.sent)  # /admin status counts posts once
    bot.course = _with_assignment(any_course, item, replace(item, due=item.due + dt.timedelta(days=7)))
    await bot.run_until(item.due + dt.timedelta(days=7, hours=-1), step=dt.timedelta(hours=6))
    assert len([k for k in bot.poster.sent if f":{item.id}:2880m@" in k]) == 4  # channel and DM, old and new time


async def test_an_office_hours_notice_leaves_its_positioned_old_key(store, course):  # noqa: F811
    """An office-hours notice's old key ended with its position among the changes: that exact key is left taken,
    and the previous version's claim under any position blocks this one."""
    spring = next(c for c in course.oh_changes if c.kind == "cancel" and c.person == "*")
    announced = course.at(spring.first, dt.time(9)) - dt.timedelta(days=1)
    bot = Bot(store, course, announced - dt.timedelta(hours=2))
    await bot.run_until(announced)
    assert f"oh-cancel:*:{spring.first.isoformat()}:{course.oh_changes.index(spring)}" in (
        store.deliveries.finished_keys(GUILD)
    )
    stem = f"oh-cancel:{course.people[0].id}:2024-04-01"
    assert store.deliveries.claim(GUILD, f"{stem}:9", "previous", announced, LEASE)
    blocked = LegacyClaim(stem, announced, stem=True, twin=f"{stem}:2")
    assert not store.deliveries.claim(GUILD, "oh-cancel:new-format", "me", announced, LEASE, legacy=blocked)


def test_an_old_claim_for_an_earlier_moment_does_not_block(store):  # noqa: F811
    """A previous version's claim made before the item's planned time was for an earlier moment of a moved item:
    this version may claim the new moment (the old key, already there, is left as it is)."""
    planned = dt.datetime(2024, 3, 1, 12, tzinfo=dt.UTC)
    assert store.deliveries.claim(
        GUILD, "deadline:hw3:2880m:channel", "previous", planned - dt.timedelta(days=7), LEASE
    )
    legacy = LegacyClaim("deadline:hw3:2880m:channel", planned, twin="deadline:hw3:2880m:channel")
    assert store.deliveries.claim(GUILD, "deadline:hw3:2880m@x.y:channel", "me", planned, LEASE, legacy=legacy)
    assert store.deliveries.get(GUILD, "deadline:hw3:2880m:channel").owner == "previous"


def test_a_dead_claim_of_the_previous_version_does_not_block_forever(store):  # noqa: F811
    """The previous version claimed the old key and died mid-post: once its lease ran out this version may post
    the item (it would otherwise never go out); while the lease runs, it may not."""
    planned = dt.datetime(2024, 3, 1, 12, tzinfo=dt.UTC)
    assert store.deliveries.claim(GUILD, "deadline:hw3:2880m:channel", "previous", planned, LEASE)
    legacy = LegacyClaim("deadline:hw3:2880m:channel", planned, twin="deadline:hw3:2880m:channel")
    new = "deadline:hw3:2880m@x.y:channel"
    assert not store.deliveries.claim(GUILD, new, "me", planned + LEASE / 2, LEASE, legacy=legacy)
    assert store.deliveries.claim(GUILD, new, "me", planned + LEASE * 2, LEASE, legacy=legacy)
