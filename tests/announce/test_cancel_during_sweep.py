"""A staff announcement cancelled while a sweep is sending an earlier item never goes out, and the cancel's reply
is true either way (it won the race, or the post is being sent)."""

from __future__ import annotations

import asyncio

from bot.announce.planner import staff_post_key
from tests.announce.test_delivery import GUILD, NOW, RecordingPoster, announcer, store  # noqa: F401
from tests.conftest import at


class SlowFirstPoster(RecordingPoster):
    """Discord is slow for the first post of the sweep, long enough for staff to cancel the next one."""

    def __init__(self) -> None:
        super().__init__()
        self.first_started = asyncio.Event()
        self.release = asyncio.Event()

    async def post(self, guild_id, setup, item, answer):
        if not self.sent:
            self.first_started.set()
            await self.release.wait()
        return self._send(item.key)


async def _sweep_with_cancel(store, course, cancel_which: int):  # noqa: F811
    first = store.staff_posts.add(GUILD, at("2024-03-12 11:58"), "first", by=1, now=NOW)
    second = store.staff_posts.add(GUILD, at("2024-03-12 11:59"), "second", by=1, now=NOW)
    target = (first, second)[cancel_which]
    poster = SlowFirstPoster()
    sweep = asyncio.create_task(announcer(store, course, poster).run_due())
    await poster.first_started.wait()
    state = store.staff_posts.cancel_unsent(GUILD, target, delivery_key=staff_post_key(target), by=1, now=NOW)
    poster.release.set()
    outcomes = await sweep
    return target, state, poster.sent, outcomes


async def test_a_post_cancelled_mid_sweep_is_not_sent(store, course):  # noqa: F811
    target, state, sent, outcomes = await _sweep_with_cancel(store, course, cancel_which=1)
    assert state == "cancelled"
    assert staff_post_key(target) not in sent
    assert (GUILD, staff_post_key(target), "cancelled") in outcomes
    assert store.deliveries.get(GUILD, staff_post_key(target)) is None


async def test_a_post_being_sent_is_not_called_cancelled(store, course):  # noqa: F811
    target, state, sent, _ = await _sweep_with_cancel(store, course, cancel_which=0)
    assert state == "claimed"
    assert staff_post_key(target) in sent
    assert len(sent) == 2  # nothing was cancelled, so both went out


async def test_a_cancelled_post_is_not_sent_by_a_later_sweep(store, course):  # noqa: F811
    await _sweep_with_cancel(store, course, cancel_which=1)
    poster = RecordingPoster()
    await announcer(store, course, poster).run_due()
    assert poster.sent == []
