"""Posting planned announcements exactly once, across crashes, restarts and a second bot process.

Every post and every reminder DM is claimed in the delivery log (a transaction) before it is sent and confirmed
after. A claim left behind by a process that died is taken over when its lease runs out; the new owner first asks
the poster whether the earlier attempt reached Discord (each message carries its key), and only sends if it did
not. Items whose time passed while the bot was down are posted once, late, with a note, if still relevant;
stale ones are recorded as skipped and logged. Before posting an item whose time came before this process started,
the poster is asked the same way whether it already went out since its time: a database restored from a
`coursebot backup` copy has no record of what an earlier process posted after the copy was taken, and those posts
must not go out twice. (An item due after the start can only have been posted by a process sharing this log,
which its claim already covers.) One item that cannot be planned, built or sent is recorded as
failed with its reason (shown by /admin status) and never stops the others. No Discord here: the poster talks.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, replace
from typing import Protocol, TypeVar

from bot.announce.audience import audience_channel
from bot.announce.edges import bound_after, order_key
from bot.announce.failure_notice import failure_notice, is_notice, notice_audience
from bot.announce.finished_log import FinishedLog
from bot.announce.identity import Delivered
from bot.announce.late_reason import UNSENT, DataChange, LateReason, late_reason
from bot.announce.planner import (
    AnnounceConfig,
    Plan,
    Planned,
    PlanProblem,
    catch_up,
    data_ids,
    late_note,
    planned,
)
from bot.announce.server_setup import GuildSetup
from bot.core.answer import Answer
from bot.core.clock import Clock, on_the_minute
from bot.course.model import Course
from bot.store.database import Store
from bot.store.deliveries import UNREACHABLE_NOTE, Delivery, LegacyClaim
from bot.store.reminders import Subscription

log = logging.getLogger(__name__)

LATE_AFTER = dt.timedelta(minutes=5)  # posted later than this after its time: add the "posted late" note
LEASE = dt.timedelta(seconds=90)
# A send that hangs is abandoned long before its lease ends, so no other process takes over while it may land.
SEND_TIMEOUT = LEASE / 3
STALE_NOTE = "stale or superseded while the bot was offline"
RETRY_STALE_NOTE = "no longer relevant (or superseded) when it could be tried again; it had failed: "
# How far ahead a late catch-up looks for the next reminder of its group (planner.catch_up: it may give way to it).
CATCH_UP_LOOKAHEAD = dt.timedelta(days=2)
# How often posts whose channel could not be reached are tried again without a sign the channel is back.
UNREACHABLE_RETRY = dt.timedelta(minutes=15)
# How far around now a reload's old plan is read for moved dates (a reminder goes out at most this far before).
CHANGE_REACH = dt.timedelta(days=60)
_JUST_AFTER = dt.timedelta(seconds=1)


@dataclass(frozen=True)
class Posted:
    message_id: int | None
    channel_id: int | None


@dataclass(frozen=True)
class ClaimWindow:
    """When an earlier, unconfirmed attempt may have sent: from its first claim to the end of its last lease."""

    start: dt.datetime
    end: dt.datetime


class PostFailed(Exception):
    """The post did not go out. permanent: retrying at once will not help (no channel, no permission).
    unreachable: the channel itself is gone or closed to the bot: tried again when staff set a channel, on a
    restart, and every UNREACHABLE_RETRY (the channel may come back, its permissions may be given back)."""

    def __init__(self, reason: str, *, permanent: bool, unreachable: bool = False) -> None:
        super().__init__(reason)
        self.permanent = permanent
        self.unreachable = unreachable


class Poster(Protocol):
    async def post(self, guild_id: int, setup: GuildSetup, item: Planned, answer: Answer) -> Posted: ...

    async def find_posted(self, guild_id: int, setup: GuildSetup, item: Planned, window: ClaimWindow) -> Posted | None:
        """The message an earlier, unconfirmed attempt posted for this item in `window`, if it reached Discord."""
        ...

    async def send_dm(self, user_id: int, key: str, answer: Answer) -> Posted: ...

    async def find_dm(self, user_id: int, key: str, window: ClaimWindow) -> Posted | None:
        """The DM an earlier, unconfirmed attempt sent for this key in `window`, if it reached Discord."""
        ...


class PlanSource(Protocol):
    """More to post for some servers (the course forum's staff pings): planned the same way, sent the same way."""

    def guild_ids(self) -> list[int]: ...

    def plan(self, guild_id: int, start: dt.datetime, end: dt.datetime) -> Plan: ...


# Where a server's plan starts when only a plan source posts for it (no announcement channel, so no `since`).
_BEGINNING = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


class DMsClosed(Exception):
    """The user does not accept DMs from the bot (Discord answered 403)."""


@dataclass(frozen=True)
class SubscriberGroup:
    """Subscribers who share their settings (kinds, offsets, section), with the one plan they share."""

    subscribers: list[Subscription]
    items: list[Planned]
    problems: list[PlanProblem]


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


Outcome = tuple[int, str, str]  # (guild, key, what happened)
T = TypeVar("T")


class Announcer:
    """Plans, claims, posts and confirms announcements for every configured server."""

    def __init__(
        self,
        *,
        store: Store,
        clock: Clock,
        course_for: Callable[[int], Course | None],
        poster: Poster,
        owner: str,
        dm_rate: float = 8.0,
        keys_by_course: bool = False,
        sources: tuple[PlanSource, ...] = (),
        staff_ping: Callable[[int], int | None] | None = None,
    ) -> None:
        self.store, self.clock, self.poster, self.owner = store, clock, poster, owner
        # The staff role a server lets the bot mention (None: none), pinged by a failure notice in a public channel.
        self.staff_ping = staff_ping
        # Each server's items come from its own course (None: it has not picked one, so nothing is planned).
        self.course_for = course_for
        self.keys_by_course = keys_by_course
        self.sources = sources
        self.pacer = Pacer(dm_rate)
        # Items due by now may have been posted by an earlier process whose record a restore rolled back.
        self.started = clock.now()
        # Each server's course as the last sweep saw it, and its last data reload: a late post's note says why.
        self._seen: dict[int, Course] = {}
        self._changes: dict[int, DataChange] = {}
        self.finished = FinishedLog(store.deliveries)  # what is done, per server, read once and then as it changes
        self._lock = asyncio.Lock()  # channel posts: one sweep at a time
        # Each server's channels as the last sweep saw them: posts refused by a channel are tried again at once on
        # this process's first sweep of the server (a restart) and when staff change its channels, else timed.
        self._channels: dict[int, tuple] = {}
        # When this process first saw a server's post refused by its channel since the last retry: only then is the
        # log searched on the timer (a sweep a minute must not scan a big log for failures that are not there).
        self._unreachable_at: dict[int, dt.datetime] = {}
        self._dm_lock = asyncio.Lock()  # a paced DM wave runs apart, so channel posts never wait behind it

    def setup_for(self, guild_id: int) -> GuildSetup:
        return GuildSetup.from_json(self.store.server_settings.get(guild_id))

    def plan_for(self, guild_id: int, start: dt.datetime, end: dt.datetime, *, course_items: bool = True) -> Plan:
        """One server's plan for [start, end), with the items that could not be planned."""
        setup = self.setup_for(guild_id)
        items: list[Planned] = []
        problems: list[PlanProblem] = []
        course = self.course_for(guild_id) if setup.channel_id is not None and course_items else None
        if course is not None:
            course_plan = self._keyed(
                planned(
                    course,
                    setup.announce_config(),
                    start,
                    end,
                    form_urls=self.store.published.exam_forms(guild_id),
                    published=self.store.published.grades(guild_id),
                    staff_posts=self.store.staff_posts.scheduled(guild_id),
                ),
                course,
            )
            items, problems = list(course_plan.items), list(course_plan.problems)
        for source in self.sources:
            extra = source.plan(guild_id, start, end)
            items += extra.items
            problems += extra.problems
        if self.sources:
            items.sort(key=lambda i: (order_key(i.at), i.key))
        return Plan(items=items, problems=problems)

    def _keyed(self, plan: Plan, course: Course) -> Plan:
        """Serving several courses, a course's items are keyed by its id too: a server that moves to another
        course (a new term) meets ids like hw1 again, and its delivery log must not take them for the old
        course's posts. Staff announcements belong to the server, whatever its course: their keys stay."""
        if not self.keys_by_course:
            return plan
        return Plan(
            items=[i if i.kind == "staff" else replace(i, key=course_key(course, i.key)) for i in plan.items],
            problems=[replace(p, key=course_key(course, p.key)) for p in plan.problems],
        )

    def guild_ids(self) -> list[int]:
        """Every server something may be posted for: those with settings, and those of the plan sources."""
        found = set(self.store.server_settings.guild_ids())
        for source in self.sources:
            found.update(source.guild_ids())
        return sorted(found)

    def items_for(self, guild_id: int, start: dt.datetime, end: dt.datetime) -> list[Planned]:
        return self.plan_for(guild_id, start, end).items

    def instants_between(self, start: dt.datetime, end: dt.datetime) -> list[dt.datetime]:
        """Every instant in (start, end] at which something is planned, for any server or subscriber."""
        until = bound_after(end, _JUST_AFTER)
        found = set()
        for guild_id in self.guild_ids():
            try:
                found.update(i.at for i in self.items_for(guild_id, start, until))
            except Exception:  # one server's broken setup never hides the others' instants
                log.exception("event=plan_failed guild=%s", guild_id)
        for group in self.dm_groups(self.store.reminders.subscriptions(), start, until):
            found.update(i.at for i in group.items)
        return sorted(at for at in found if start < at <= end)

    @property
    def busy(self) -> bool:
        """A sweep is claiming, sending or confirming right now."""
        return self._lock.locked() or self._dm_lock.locked()

    async def idle(self) -> None:
        """Wait until no sweep is in the middle of a send (used on shutdown)."""
        async with self._lock, self._dm_lock:
            return

    async def run_due(self) -> list[Outcome]:
        """Post everything whose time has come and that is not yet done. Returns (guild, key, outcome)."""
        outcomes: list[Outcome] = []
        async with self._lock:
            for guild_id in self.guild_ids():
                outcomes += await _isolated(self._run_guild(guild_id), f"guild={guild_id}", [(guild_id, "*", "error")])
        if not self._dm_lock.locked():  # a wave already sending will pick up whatever else is due
            async with self._dm_lock:
                outcomes += await _isolated(self._run_dms(), "dms", [(0, "dm:*", "error")])
        return outcomes

    async def _run_guild(self, guild_id: int) -> list[Outcome]:
        setup = self.setup_for(guild_id)
        course_on = setup.channel_id is not None and setup.since is not None
        if not course_on and not self.sources:
            return []
        now = self.clock.now()
        if course_on:
            self._notice_course(guild_id, setup, now)
        retried = self._reopen_unreachable(guild_id, setup, now) if course_on else {}
        delivered = self.finished.of(guild_id)
        # From the start of the setup's minute: items (and grade publications, kept to the minute) fall on whole
        # minutes, so one planned in the same minute as the setup, seconds "before" it, is still posted.
        since = on_the_minute(setup.since) if course_on and setup.since is not None else _BEGINNING
        report = self.plan_for(guild_id, since, bound_after(now, _JUST_AFTER), course_items=course_on)
        outcomes = self._record_problems(guild_id, report.problems, delivered, set(), now)
        ids = self._data_ids(guild_id) if course_on else frozenset()
        waiting = [i for i in report.items if not delivered.holds(i.key, i.identity, i.at, ids)]
        moved = {i.key for i in waiting if delivered.moved(i.key, i.identity, i.at)}
        waiting_keys = {i.key for i in waiting}
        done = [i for i in report.items if i.key not in waiting_keys]
        upcoming = []
        if _any_late(waiting, now):
            ahead = bound_after(now, CATCH_UP_LOOKAHEAD)
            upcoming = self.plan_for(guild_id, bound_after(now, _JUST_AFTER), ahead, course_items=course_on).items
        post, skip = catch_up(waiting, now, done=done, upcoming=upcoming, updates=moved)
        for item in skip:
            note = RETRY_STALE_NOTE + retried[item.key] if item.key in retried else STALE_NOTE
            self.store.deliveries.mark(guild_id, item.key, "skipped", now, note=note)
            log.info("event=announcement_skipped guild=%s key=%s at=%s", guild_id, item.key, item.at.isoformat())
            outcomes.append((guild_id, item.key, "skipped"))
        for item in post:
            work = self.deliver(guild_id, setup, item, moved=item.key in moved, retried=item.key in retried)
            outcomes.append((guild_id, item.key, await _isolated(work, f"guild={guild_id} key={item.key}", "error")))
        failed = [key for _, key, outcome in outcomes if outcome == "failed" and key not in retried]
        if failed:
            outcomes += await self._tell_staff(guild_id, setup, failed, {i.key: i for i in post}, now)
        return outcomes

    async def _tell_staff(
        self, guild_id: int, setup: GuildSetup, failed: list[str], items: dict[str, Planned], now: dt.datetime
    ) -> list[Outcome]:
        """Posts that failed for the first time are told to staff once, however often they are retried: in the
        course forum's staff channel, else in the announcement channel (unless that is the channel that refused
        them; only posts that failed to go out, not items that could not be planned), else /admin status alone
        lists them."""
        forum = self.store.qa_forums.get(guild_id)
        staff_channel = forum.staff_channel_id if forum is not None else None
        # where students read too, only posts that failed to go out: what could not be planned (the forum's pings
        # without a staff channel, a date out of range) is for /admin status and the staff channel
        failed = [key for key in failed if not is_notice(key) and (staff_channel or key in items)]
        if not failed:
            return []
        reasons, refused = {}, set()
        for key in failed:
            row = self.store.deliveries.get(guild_id, key)
            reasons[key] = row.note if row is not None else "no reason recorded"
            if key in items and reasons[key].startswith(UNREACHABLE_NOTE):
                refused.add(audience_channel(items[key].audience, setup.channel_id, setup.section_channels))
        role = self.staff_ping(guild_id) if self.staff_ping is not None and not staff_channel else None
        audience = notice_audience(staff_channel, setup.channel_id, refused, role)
        if audience is None:
            return []
        notice = failure_notice(reasons, now, audience, public=not staff_channel)
        work = self.deliver(guild_id, setup, notice)
        return [(guild_id, notice.key, await _isolated(work, f"guild={guild_id} key={notice.key}", "error"))]

    def _reopen_unreachable(self, guild_id: int, setup: GuildSetup, now: dt.datetime) -> dict[str, str]:
        """Channel posts that failed because the channel could not be reached, forgotten so this sweep plans them
        again (each with the reason it failed): on this process's first sweep of the server (a restart), when its
        channels changed (staff set one), and UNREACHABLE_RETRY after this process saw one refused."""
        channels = (setup.channel_id, tuple(sorted(setup.section_channels.items())))
        at_once = self._channels.get(guild_id) != channels
        self._channels[guild_id] = channels
        seen = self._unreachable_at.get(guild_id)
        if not at_once and (seen is None or now - seen < UNREACHABLE_RETRY):
            return {}
        self._unreachable_at.pop(guild_id, None)
        reopened = self.store.deliveries.reopen_unreachable(guild_id)  # all: a later refusal sets the timer again
        if reopened:
            log.info("event=announcement_reopened guild=%s keys=%s", guild_id, sorted(reopened))
        return reopened

    def _notice_course(self, guild_id: int, setup: GuildSetup, now: dt.datetime) -> None:
        """Remember the server's course; when its data was reloaded since the last sweep, what the old data planned
        (each post's place and moment), so a post made late by the move says the date moved, not "offline"."""
        course = self.course_for(guild_id)
        if course is None:
            return
        before = self._seen.get(guild_id)
        self._seen[guild_id] = course
        if before is None or before is course or before.id != course.id:
            return
        start, end = self.started - CHANGE_REACH, now + CHANGE_REACH
        places: dict[tuple, str] = {}
        try:
            for config in [setup.announce_config(), *self._subscriber_configs(guild_id)]:
                for item in planned(before, config, start, end).items:
                    if item.identity is not None:
                        places.setdefault(item.identity.place, item.identity.moment)
        except Exception:  # the old data cannot be planned: late notes then say less, and posts still go out
            log.exception("event=old_plan_failed guild=%s", guild_id)
        self._changes[guild_id] = DataChange(places=places, at=now)

    def _subscriber_configs(self, guild_id: int) -> list[AnnounceConfig]:
        """The distinct reminder settings of the server's DM subscribers (their posts have other offsets)."""
        found = {}
        for sub in self.store.reminders.subscriptions():
            if sub.guild_id == guild_id:
                found.setdefault((sub.kinds, sub.offsets), _dm_config(sub))
        return list(found.values())

    def _late_reason(self, guild_id: int, item: Planned) -> LateReason:
        return late_reason(item.identity, item.at, started=self.started, change=self._changes.get(guild_id))

    def _data_ids(self, guild_id: int) -> frozenset[str]:
        """The ids the server's course data has now (an item keyed under any other id was renamed or removed)."""
        course = self.course_for(guild_id)
        return data_ids(course) if course is not None else frozenset()

    def _record_problems(
        self,
        guild_id: int,
        problems: Iterable[PlanProblem],
        delivered: Delivered,
        recorded: set[str],
        now: dt.datetime,
    ) -> list[Outcome]:
        """Items that cannot be planned: logged, and recorded once as failed so /admin status shows why.
        `recorded`: the keys this sweep already recorded (the log's index is read once per server and sweep)."""
        outcomes = []
        for problem in problems:
            if problem.key in delivered or problem.key in recorded:
                continue
            self._fail(guild_id, problem.key, problem.reason, now, error=problem.error)
            recorded.add(problem.key)
            outcomes.append((guild_id, problem.key, "failed"))
        return outcomes

    def _fail(self, guild_id: int, key: str, reason: str, now: dt.datetime, *, error: BaseException | None) -> str:
        self.store.deliveries.mark(guild_id, key, "failed", now, note=reason)
        log.warning("event=announcement_failed guild=%s key=%s reason=%s", guild_id, key, reason, exc_info=error)
        return "failed"

    async def deliver(
        self, guild_id: int, setup: GuildSetup, item: Planned, *, moved: bool = False, retried: bool = False
    ) -> str:
        """Claim, post, confirm. Exactly one process posts a key; a dead process's claim is recovered.
        `moved`: an earlier post of the same item went out for another date (the data moved it). `retried`: it
        failed before because its channel could not be reached, so its note says it could not go out then."""
        now = self.clock.now()
        late = now - item.at > LATE_AFTER
        try:
            reason = LateReason(UNSENT) if retried else self._late_reason(guild_id, item)
            answer = late_note(item, now, moved=moved, reason=reason) if late else item.answer
        except Exception as err:  # this one post's text cannot be built (bad data): record why, post the rest
            return self._fail(guild_id, item.key, _unbuildable(err), now, error=err)
        outcome = await self._claim_and_send(
            guild_id,
            item.key,
            find=lambda window: self.poster.find_posted(guild_id, setup, item, window),
            send=lambda: self.poster.post(guild_id, setup, item, answer),
            late=late,
            due=item.at,
            staff_post=item.staff_post,
            legacy=_legacy_claim(item.key, item),
        )
        if outcome == "sent" and late:
            return "late"
        return outcome

    async def _claim_and_send(
        self,
        guild_id: int,
        key: str,
        *,
        find: Callable[[ClaimWindow], Awaitable[Posted | None]],
        send: Callable[[], Awaitable[Posted]],
        late: bool,
        due: dt.datetime,
        staff_post: int | None = None,
        legacy: LegacyClaim | None = None,
    ) -> str:
        """The exactly-once step shared by channel posts and DMs. DMsClosed from `send` is the caller's to handle.
        A staff announcement cancelled since the sweep planned it is not claimed: "cancelled", nothing sent.
        Before sending, Discord is searched for the key: over an unconfirmed earlier claim, or, for an item `due`
        before this process started, from its time until now (the log may have been rolled back by a restore)."""
        now = self.clock.now()
        previous = self.store.deliveries.get(guild_id, key)
        claimed = self.store.deliveries.claim(
            guild_id, key, self.owner, now, LEASE, staff_post=staff_post, legacy=legacy
        )
        if not claimed:
            if staff_post is not None and self.store.deliveries.get(guild_id, key) is None:
                log.info("event=announcement_cancelled guild=%s key=%s", guild_id, key)
                return "cancelled"
            return "taken"
        started = time.perf_counter()
        try:
            async with asyncio.timeout(SEND_TIMEOUT.total_seconds()):
                window = _search_window(previous, earlier=due <= self.started, due=due, now=now)
                if window is not None:
                    found = await find(window)
                    if found is not None:
                        self.store.deliveries.confirm(
                            guild_id, key, now, message_id=found.message_id, channel_id=found.channel_id, late=False
                        )
                        log.info("event=announcement_recovered guild=%s key=%s", guild_id, key)
                        return "recovered"
                posted = await send()
        except DMsClosed:
            raise
        except PostFailed as err:
            if err.unreachable:
                self._unreachable_at.setdefault(guild_id, self.clock.now())
                return self._fail(guild_id, key, UNREACHABLE_NOTE + str(err), self.clock.now(), error=None)
            if err.permanent:
                return self._fail(guild_id, key, str(err), self.clock.now(), error=None)
            log.warning("event=announcement_retry guild=%s key=%s reason=%s", guild_id, key, err)
            return "retry"
        except TimeoutError:
            # It may still land: the claim stays, and whoever takes it over checks Discord before sending again.
            log.warning("event=announcement_retry guild=%s key=%s reason=timed out", guild_id, key)
            return "retry"
        self.store.deliveries.confirm(
            guild_id, key, self.clock.now(), message_id=posted.message_id, channel_id=posted.channel_id, late=late
        )
        log.info(
            "event=announcement_sent guild=%s key=%s late=%s latency_ms=%.1f",
            guild_id,
            key,
            late,
            (time.perf_counter() - started) * 1000,
        )
        return "sent"

    # personal reminders by DM
    def dm_items(self, subscription: Subscription, start: dt.datetime, end: dt.datetime) -> list[Planned]:
        """One subscriber's reminders planned for [start, end), from their server's course."""
        course = self.course_for(subscription.guild_id)
        return self._dm_plan(course, subscription, start, end).items if course is not None else []

    def _dm_plan(self, course: Course, subscription: Subscription, start: dt.datetime, end: dt.datetime) -> Plan:
        config = _dm_config(subscription)
        section = subscription.section
        report = self._keyed(planned(course, config, start, end), course)
        mine = [i for i in report.items if not i.sections or section is None or section in i.sections]
        return Plan(items=mine, problems=report.problems)

    def dm_groups(
        self, subscriptions: Iterable[Subscription], start: dt.datetime, end: dt.datetime
    ) -> list[SubscriberGroup]:
        """Subscribers grouped by their server's course and their settings, each group planned once for
        [start, end): many students share a few settings, so planning per student would repeat the same work.
        Subscribers of a server without a course get nothing (there is no course to remind them of)."""
        course_of: dict[int, Course | None] = {}
        by_setting: dict[tuple, list[Subscription]] = {}
        courses: dict[tuple, Course] = {}
        for sub in subscriptions:
            if sub.guild_id not in course_of:
                try:
                    course_of[sub.guild_id] = self.course_for(sub.guild_id)
                except Exception:  # one server's unreadable setup never stops the other servers' reminders
                    log.exception("event=plan_failed guild=%s", sub.guild_id)
                    course_of[sub.guild_id] = None
            course = course_of[sub.guild_id]
            if course is None:
                continue
            setting = (id(course), sub.kinds, sub.offsets, sub.section)
            by_setting.setdefault(setting, []).append(sub)
            courses[setting] = course
        groups = []
        for setting, subs in by_setting.items():
            try:
                report = self._dm_plan(courses[setting], subs[0], start, end)
                groups.append(SubscriberGroup(subscribers=subs, items=report.items, problems=report.problems))
            except Exception:  # one unusable setting never stops the other subscribers' reminders
                log.exception("event=plan_failed subscribers=%s", [s.user_id for s in subs])
        return groups

    async def _run_dms(self) -> list[Outcome]:
        now = self.clock.now()
        subs = [s for s in self.store.reminders.subscriptions() if not self.store.reminders.dms_closed(s.user_id)]
        if not subs:
            return []
        earliest = on_the_minute(min(s.created_at for s in subs))
        servers: dict[int, set[int]] = {}  # each subscriber's servers: with several, each DM names its course
        for sub in subs:
            servers.setdefault(sub.user_id, set()).add(sub.guild_id)
        delivered_by_guild: dict[int, tuple[Delivered, set[str], frozenset[str]]] = {}  # with the failures recorded
        outcomes: list[Outcome] = []
        for group in self.dm_groups(subs, earliest, bound_after(now, _JUST_AFTER)):
            for sub in group.subscribers:
                if sub.guild_id not in delivered_by_guild:
                    self._notice_course(sub.guild_id, self.setup_for(sub.guild_id), now)
                    delivered = self.finished.of(sub.guild_id)
                    delivered_by_guild[sub.guild_id] = (delivered, set(), self._data_ids(sub.guild_id))
                delivered, recorded, ids = delivered_by_guild[sub.guild_id]
                outcomes += self._record_problems(sub.guild_id, group.problems, delivered, recorded, now)
                several = len(servers[sub.user_id]) > 1
                work = self._run_subscriber(sub, group.items, delivered, ids, now, several=several)
                outcomes += await _isolated(work, f"user={sub.user_id}", [(sub.guild_id, "dm:*", "error")])
        return outcomes

    async def _run_subscriber(
        self,
        sub: Subscription,
        items: list[Planned],
        delivered: Delivered,
        ids: frozenset[str],
        now: dt.datetime,
        *,
        several: bool = False,
    ) -> list[Outcome]:
        """One subscriber's reminders that are due. `several`: they have reminders from more than one server, so
        each DM names its course."""
        guild_id, user_id = sub.guild_id, sub.user_id
        since = on_the_minute(sub.created_at)  # as for a server's setup: its whole minute
        waiting = [
            i for i in items if i.at >= since and not delivered.holds(dm_key(user_id, i.key), i.identity, i.at, ids)
        ]
        moved = {i.key for i in waiting if delivered.moved(dm_key(user_id, i.key), i.identity, i.at)}
        waiting_keys = {i.key for i in waiting}
        done = [i for i in items if i.at >= since and i.key not in waiting_keys]
        upcoming = []
        if _any_late(waiting, now):
            upcoming = self.dm_items(sub, bound_after(now, _JUST_AFTER), bound_after(now, CATCH_UP_LOOKAHEAD))
        post, skip = catch_up(waiting, now, done=done, upcoming=upcoming, updates=moved)
        outcomes = []
        for item in skip:
            self.store.deliveries.mark(guild_id, dm_key(user_id, item.key), "skipped", now, note=STALE_NOTE)
        for item in post:
            outcome = await self._dm(guild_id, user_id, item, moved=item.key in moved, several=several)
            outcomes.append((guild_id, dm_key(user_id, item.key), outcome))
            if outcome == "dms-closed":
                break
        return outcomes

    async def _dm(
        self, guild_id: int, user_id: int, item: Planned, *, moved: bool = False, several: bool = False
    ) -> str:
        key = dm_key(user_id, item.key)
        now = self.clock.now()
        late = now - item.at > LATE_AFTER  # caught up after downtime: said as true now, and marked late
        try:
            answer = (
                late_note(item, now, moved=moved, reason=self._late_reason(guild_id, item)) if late else item.answer
            )
            course = self.course_for(guild_id) if several else None
            if course is not None:
                answer = replace(answer, title=f"{course.code} · {answer.title}")
        except Exception as err:  # this one reminder's text cannot be built: record why, send the rest
            return self._fail(guild_id, key, _unbuildable(err), now, error=err)
        await self.pacer.wait()
        try:
            return await self._claim_and_send(
                guild_id,
                key,
                find=lambda window: self.poster.find_dm(user_id, key, window),
                send=lambda: self.poster.send_dm(user_id, key, answer),
                late=late,
                due=item.at,
                legacy=_legacy_claim(key, item),
            )
        except DMsClosed:
            now = self.clock.now()
            self.store.deliveries.mark(guild_id, key, "failed", now, note="DMs closed")
            self.store.reminders.mark_dms_closed(user_id, now)
            log.info("event=dm_closed user=%s", user_id)
            return "dms-closed"


def _any_late(items: Iterable[Planned], now: dt.datetime) -> bool:
    """Some item is being caught up late (so the reminders coming soon after it matter to it)."""
    return any(now - i.at > LATE_AFTER for i in items)


async def _isolated(work: Awaitable[T], what: str, fallback: T) -> T:
    """Run one unit of delivery (a server, a subscriber, an item): an unexpected error is logged and `fallback`
    returned, so the rest of the sweep goes on. A claim it left stays, and is checked before anything is resent."""
    try:
        return await work
    except Exception:
        log.exception("event=announcement_error %s", what)
        return fallback


def _dm_config(subscription: Subscription) -> AnnounceConfig:
    """A subscriber's reminder settings as the planner takes them."""
    offsets = tuple(dt.timedelta(minutes=m) for m in subscription.offsets) or AnnounceConfig().deadline_offsets
    return AnnounceConfig(kinds=frozenset(subscription.kinds), deadline_offsets=offsets)


def _window_of(previous: Delivery) -> ClaimWindow:
    return ClaimWindow(start=previous.claimed_at, end=previous.lease_until)


def _search_window(
    previous: Delivery | None, *, earlier: bool, due: dt.datetime, now: dt.datetime
) -> ClaimWindow | None:
    """Where to look on Discord for an earlier copy before sending, or None to send straight away.

    An unconfirmed claim: its own window (a send happens within its claim's lease). An item due before this process
    started (`earlier`): from its time until now, whatever the log says, since the log may be older than Discord (a
    restored backup) and an earlier process may have posted it on time."""
    if previous is not None and previous.status == "claimed":
        return _window_of(previous)
    if earlier:
        return ClaimWindow(start=due, end=now)
    return None


def _unbuildable(err: Exception) -> str:
    return f"its text could not be built ({type(err).__name__}: {err})"


def course_key(course: Course, key: str) -> str:
    """The delivery-log key of a course's item on a bot serving several courses."""
    return f"{course.id}/{key}"


def dm_key(user_id: int, key: str) -> str:
    """The delivery-log key of one student's DM copy of an announcement."""
    return f"dm:{user_id}:{key}"


def key_marker(key: str) -> str:
    """The tag a post carries so a later process can recognise it (the last part of its embed footer)."""
    return f"ref {key}"


FOOTER_SEPARATOR = " · "


def footer_with_marker(footer: str, key: str, limit: int) -> str:
    """The footer with the key's marker as its last part; the footer is cut, never the marker."""
    marker = key_marker(key)
    room = limit - len(marker) - len(FOOTER_SEPARATOR)
    if not footer:
        return marker
    kept = footer if len(footer) <= room else footer[: max(room - 1, 0)] + "…"
    return f"{kept}{FOOTER_SEPARATOR}{marker}"


def carries_key(footer: str | None, key: str) -> bool:
    """True when a footer ends with exactly this key's marker (`ref staff:1` is not `ref staff:10`)."""
    if not footer:
        return False
    return footer.rsplit(FOOTER_SEPARATOR, 1)[-1] == key_marker(key)


def _legacy_claim(key: str, item: Planned) -> LegacyClaim | None:
    """The item's key under the previous format (behind the same DM or course prefix as `key`): a previous version
    still running on the same database (an overlapping deploy, a rollback) must see the item taken, and its claim
    must block ours."""
    identity = item.identity
    if identity is None or not identity.legacy or not key.endswith(identity.key()):
        return None
    outer = key.removesuffix(identity.key())
    twin = identity.legacy_key()
    return LegacyClaim(
        outer + identity.legacy, item.at, stem=identity.legacy_stem, twin=outer + twin if twin is not None else None
    )
