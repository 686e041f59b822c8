"""Posting planned announcements exactly once, across crashes, restarts and a second bot process.

Every post is claimed in the delivery log (a transaction) before it is sent and confirmed after. A claim left
behind by a process that died is taken over when its lease runs out; the new owner first asks the poster
whether the earlier attempt reached Discord (each post carries its key), and only posts if it did not.
Items whose time passed while the bot was down are posted once, late, with a note, if still relevant;
stale ones are recorded as skipped and logged. No Discord here: the poster does the talking.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from bot.announce.planner import AnnounceConfig, Planned, catch_up, late_note, plan
from bot.announce.server_setup import GuildSetup
from bot.core.answer import Answer
from bot.core.clock import Clock
from bot.course.model import Course
from bot.store.database import Store
from bot.store.reminders import Subscription

log = logging.getLogger(__name__)

LATE_AFTER = dt.timedelta(minutes=5)  # posted later than this after its time: add the "posted late" note
LEASE = dt.timedelta(seconds=90)


@dataclass(frozen=True)
class Posted:
    message_id: int | None
    channel_id: int | None


class PostFailed(Exception):
    """The post did not go out. permanent: retrying will not help (no channel, no permission)."""

    def __init__(self, reason: str, *, permanent: bool) -> None:
        super().__init__(reason)
        self.permanent = permanent


class Poster(Protocol):
    async def post(self, guild_id: int, setup: GuildSetup, item: Planned, answer: Answer) -> Posted: ...

    async def find_posted(self, guild_id: int, setup: GuildSetup, item: Planned, since: dt.datetime) -> Posted | None:
        """The message an earlier, unconfirmed attempt posted for this item, if it reached Discord."""
        ...

    async def send_dm(self, user_id: int, key: str, answer: Answer) -> Posted: ...


class DMsClosed(Exception):
    """The user does not accept DMs from the bot (Discord answered 403)."""


class Pacer:
    """Spreads sends out: at most `rate` per second, so a burst of DMs does not run into Discord's limits."""

    def __init__(self, rate: float) -> None:
        self.interval = 1.0 / rate if rate > 0 else 0.0
        self._next = 0.0
        self._lock = asyncio.Lock()

    async def wait(self) -> None:
        if not self.interval:
            return
        async with self._lock:
            now = time.monotonic()
            delay = self._next - now
            self._next = max(now, self._next) + self.interval
        if delay > 0:
            await asyncio.sleep(delay)


class Announcer:
    """Plans, claims, posts and confirms announcements for every configured server."""

    def __init__(
        self,
        *,
        store: Store,
        clock: Clock,
        course_source: Callable[[], Course],
        poster: Poster,
        owner: str,
        dm_rate: float = 8.0,
    ) -> None:
        self.store, self.clock, self.poster, self.owner = store, clock, poster, owner
        self.course_source = course_source
        self.pacer = Pacer(dm_rate)
        self._lock = asyncio.Lock()  # channel posts: one sweep at a time
        self._dm_lock = asyncio.Lock()  # a paced DM wave runs apart, so channel posts never wait behind it

    @property
    def course(self) -> Course:
        return self.course_source()

    def setup_for(self, guild_id: int) -> GuildSetup:
        return GuildSetup.from_json(self.store.server_settings.get(guild_id))

    def items_for(self, guild_id: int, start: dt.datetime, end: dt.datetime) -> list[Planned]:
        setup = self.setup_for(guild_id)
        if setup.channel_id is None:
            return []
        posts = self.store.staff_posts.scheduled(guild_id)
        return plan(
            self.course,
            setup.announce_config(),
            start,
            end,
            form_urls=self.store.published.exam_forms(guild_id),
            published=self.store.published.grades(guild_id),
            staff_posts=posts,
        )

    def upcoming(self, guild_id: int, horizon: dt.timedelta = dt.timedelta(days=400)) -> list[Planned]:
        now = self.clock.now()
        return self.items_for(guild_id, now, now + horizon)

    def instants_between(self, start: dt.datetime, end: dt.datetime) -> list[dt.datetime]:
        """Every instant in (start, end] at which something is planned, for any server or subscriber."""
        found = set()
        for guild_id in self.store.server_settings.guild_ids():
            found.update(i.at for i in self.items_for(guild_id, start, end + dt.timedelta(seconds=1)))
        shapes = {}
        for sub in self.store.reminders.subscriptions():
            shapes.setdefault((sub.kinds, sub.offsets, sub.section), sub)
        for sub in shapes.values():
            found.update(i.at for i in self.dm_items(sub, start, end + dt.timedelta(seconds=1)))
        return sorted(at for at in found if start < at <= end)

    @property
    def busy(self) -> bool:
        """A sweep is claiming, sending or confirming right now."""
        return self._lock.locked() or self._dm_lock.locked()

    async def idle(self) -> None:
        """Wait until no sweep is in the middle of a send (used on shutdown)."""
        async with self._lock, self._dm_lock:
            return

    async def run_due(self) -> list[tuple[int, str, str]]:
        """Post everything whose time has come and that is not yet done. Returns (guild, key, outcome)."""
        outcomes: list[tuple[int, str, str]] = []
        async with self._lock:
            for guild_id in self.store.server_settings.guild_ids():
                outcomes += await self._run_guild(guild_id)
        if not self._dm_lock.locked():  # a wave already sending will pick up whatever else is due
            async with self._dm_lock:
                outcomes += await self._run_dms()
        return outcomes

    async def _run_guild(self, guild_id: int) -> list[tuple[int, str, str]]:
        setup = self.setup_for(guild_id)
        if setup.channel_id is None or setup.since is None:
            return []
        now = self.clock.now()
        done = self.store.deliveries.finished_keys(guild_id)
        due = [i for i in self.items_for(guild_id, setup.since, now + dt.timedelta(seconds=1)) if i.key not in done]
        post, skip = catch_up(due, now)
        outcomes = []
        for item in skip:
            self.store.deliveries.mark(
                guild_id, item.key, "skipped", now, note="stale or superseded while the bot was offline"
            )
            log.info("event=announcement_skipped guild=%s key=%s at=%s", guild_id, item.key, item.at.isoformat())
            outcomes.append((guild_id, item.key, "skipped"))
        for item in post:
            outcomes.append((guild_id, item.key, await self.deliver(guild_id, setup, item)))
        return outcomes

    async def deliver(self, guild_id: int, setup: GuildSetup, item: Planned) -> str:
        """Claim, post, confirm. Exactly one process posts a key; a dead process's claim is recovered."""
        now = self.clock.now()
        previous = self.store.deliveries.get(guild_id, item.key)
        if not self.store.deliveries.claim(guild_id, item.key, self.owner, now, LEASE):
            return "taken"
        if previous is not None and previous.status == "claimed":
            found = await self.poster.find_posted(guild_id, setup, item, previous.claimed_at)
            if found is not None:
                self.store.deliveries.confirm(
                    guild_id, item.key, now, message_id=found.message_id, channel_id=found.channel_id, late=False
                )
                log.info("event=announcement_recovered guild=%s key=%s", guild_id, item.key)
                return "recovered"
        late = now - item.at > LATE_AFTER
        answer = late_note(item, now) if late else item.answer
        started = time.perf_counter()
        try:
            posted = await self.poster.post(guild_id, setup, item, answer)
        except PostFailed as err:
            if err.permanent:
                self.store.deliveries.mark(guild_id, item.key, "failed", self.clock.now(), note=str(err))
                log.warning("event=announcement_failed guild=%s key=%s reason=%s", guild_id, item.key, err)
                return "failed"
            log.warning("event=announcement_retry guild=%s key=%s reason=%s", guild_id, item.key, err)
            return "retry"
        self.store.deliveries.confirm(
            guild_id, item.key, self.clock.now(), message_id=posted.message_id, channel_id=posted.channel_id, late=late
        )
        log.info(
            "event=announcement_sent guild=%s key=%s late=%s latency_ms=%.1f",
            guild_id,
            item.key,
            late,
            (time.perf_counter() - started) * 1000,
        )
        return "late" if late else "sent"

    # personal reminders by DM
    def dm_items(self, subscription: Subscription, start: dt.datetime, end: dt.datetime) -> list[Planned]:
        offsets = tuple(dt.timedelta(minutes=m) for m in subscription.offsets) or AnnounceConfig().deadline_offsets
        config = AnnounceConfig(kinds=frozenset(subscription.kinds), deadline_offsets=offsets)
        section = subscription.section
        items = plan(self.course, config, start, end)
        return [i for i in items if not i.sections or section is None or section in i.sections]

    async def _run_dms(self) -> list[tuple[int, str, str]]:
        now = self.clock.now()
        outcomes = []
        subs = self.store.reminders.subscriptions()
        # Many subscribers share a few settings: plan once per distinct setting, not once per student.
        plans: dict[tuple, list[Planned]] = {}
        earliest = min((s.created_at for s in subs), default=now)
        done_by_guild: dict[int, set[str]] = {}
        for sub in subs:
            if self.store.reminders.dms_closed(sub.user_id):
                continue
            since = sub.created_at
            guild_id = sub.guild_id
            done = done_by_guild.setdefault(guild_id, self.store.deliveries.finished_keys(guild_id))
            shape = (sub.kinds, sub.offsets, sub.section)
            if shape not in plans:
                plans[shape] = self.dm_items(sub, earliest, now + dt.timedelta(seconds=1))
            due = [i for i in plans[shape] if i.at >= since and dm_key(sub.user_id, i.key) not in done]
            post, skip = catch_up(due, now)
            for item in skip:
                self.store.deliveries.mark(guild_id, dm_key(sub.user_id, item.key), "skipped", now)
            for item in post:
                outcomes.append((guild_id, dm_key(sub.user_id, item.key), await self._dm(guild_id, sub, item)))
                if outcomes[-1][2] == "dms-closed":
                    break
        return outcomes

    async def _dm(self, guild_id: int, sub: Subscription, item: Planned) -> str:
        key = dm_key(sub.user_id, item.key)
        now = self.clock.now()
        if not self.store.deliveries.claim(guild_id, key, self.owner, now, LEASE):
            return "taken"
        await self.pacer.wait()
        try:
            posted = await self.poster.send_dm(sub.user_id, key, item.answer)
        except DMsClosed:
            self.store.deliveries.mark(guild_id, key, "failed", now, note="DMs closed")
            self.store.reminders.mark_dms_closed(sub.user_id, now)
            log.info("event=dm_closed user=%s", sub.user_id)
            return "dms-closed"
        except PostFailed as err:
            if err.permanent:
                self.store.deliveries.mark(guild_id, key, "failed", now, note=str(err))
                return "failed"
            return "retry"
        self.store.deliveries.confirm(
            guild_id, key, self.clock.now(), message_id=posted.message_id, channel_id=posted.channel_id, late=False
        )
        return "sent"


def dm_key(user_id: int, key: str) -> str:
    """The delivery-log key of one student's DM copy of an announcement."""
    return f"dm:{user_id}:{key}"


def key_marker(key: str) -> str:
    """The tag a post carries so a later process can recognise it (in the embed footer)."""
    return f"ref {key}"


def describe_setup(setup: GuildSetup) -> str:
    return json.dumps(setup.to_json(), sort_keys=True)
