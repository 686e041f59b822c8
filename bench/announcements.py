"""Benchmark: announcements: planning a semester, delivery lag on the real scheduler, and a wave of DM reminders.

    python bench/announcements.py [--courses N] [--posts N] [--dms N] [--dm-rates 8,0]

Targets (issue text): plan for 50 courses over a semester <= 200 ms; delivery lag (scheduled time to the POST at the
fake) p99 <= 1 s; 500 DM reminders sent with no 429 from the fake's enforced limits.
Figures are reported, never asserted: machines are noisy.

The bot runs in this process with the fake, through tests/discord_harness.py (`running_bot`), as the tests do; the
fake checks every request against Discord's OpenAPI spec. discord.py's own warnings (voice support, "We are being
rate limited") are silenced: 429s are counted at the fake.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import datetime as dt
import logging
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.answers import percentile
from bot.announce.delivery import Pacer, key_marker
from bot.announce.planner import KINDS, AnnounceConfig, plan
from bot.core.clock import FixedClock, SystemClock
from bot.course.loader import load_course
from bot.course.model import Course
from bot.discord_app.client import CourseBot
from bot.settings import Settings
from tests.discord_harness import CHANNEL_ID, GUILD_ID, TA, fake_discord, running_bot
from tests.fake_discord import ADMINISTRATOR, FakeDiscord, FakeUser, RecordedRequest

NY = ZoneInfo("America/New_York")
PLAN_MS, LAG_S = 200, 1.0
POST_MESSAGE = "POST /channels/{channel_id}/messages"
CREATE_DM = "POST /users/@me/channels"
# The fake's enforced limits for the DM wave. Discord documents the global 50/s and 5 messages per 5 s per channel;
# the DM-channel limit is not published, so 10/s is an assumption. No warning headers: only the bot's own pacing
# (and discord.py's 429 handling) stands between it and a 429.
GLOBAL_PER_S = 50
ROUTE_LIMITS = ((POST_MESSAGE, 5, 5.0), (CREATE_DM, 10, 1.0))
# HW4 Part A is due Wed Mar 13 23:59: its 24 h reminder is due at this instant, for every subscriber at once.
SUBSCRIBED_AT = dt.datetime(2024, 3, 12, 12, 0, tzinfo=NY)
REMINDER_AT = dt.datetime(2024, 3, 12, 23, 59, tzinfo=NY)


def default_dm_rate() -> float:
    return next(f.default for f in dataclasses.fields(Settings) if f.name == "dm_rate")


@contextlib.asynccontextmanager
async def bot_against_fake(
    fake: FakeDiscord, course: Course, clock: FixedClock | SystemClock
) -> AsyncIterator[CourseBot]:
    with tempfile.TemporaryDirectory(prefix="coursebot-bench-") as tmp:
        async with running_bot(fake, course, clock, Path(tmp) / "bench.db") as bot:
            yield bot


# ----------------------------------------------------------------------------------------------------------------
# Planning
# ----------------------------------------------------------------------------------------------------------------


def plan_table(course: Course, courses: int, repeats: int) -> None:
    copies = [dataclasses.replace(course, id=f"{course.id}-{n}") for n in range(courses)]
    # The whole semester, with a month's margin on each side (conflict forms open weeks before an exam).
    start = course.at(course.term_first - dt.timedelta(days=30), dt.time(0, 0))
    end = course.at(course.term_last + dt.timedelta(days=30), dt.time(0, 0))
    configs = {
        "default AnnounceConfig()": AnnounceConfig(),
        "same without digests": AnnounceConfig(kinds=frozenset(KINDS) - {"digest"}),
    }
    print(f"Plan: {courses} copies of {course.id}, {start.date()} to {end.date()}, {repeats} runs each")
    print(f"{'config':<26}{'items':>8}{'first ms':>10}{'median ms':>11}{'per course':>12}   target")
    for label, config in configs.items():
        totals, items = [], 0
        for _ in range(repeats):
            started = time.perf_counter()
            items = sum(len(plan(c, config, start, end)) for c in copies)
            totals.append((time.perf_counter() - started) * 1000)
        median = statistics.median(totals)
        print(
            f"{label:<26}{items:>8}{totals[0]:>10.1f}{median:>11.1f}{median / courses:>12.2f}   "
            f"<= {PLAN_MS} ms for {courses}"
        )


# ----------------------------------------------------------------------------------------------------------------
# Delivery lag on the real scheduler
# ----------------------------------------------------------------------------------------------------------------


def wall_clock_of(requests: list[RecordedRequest]) -> dict[int, float]:
    """RecordedRequest.at is time.perf_counter() when the fake received the request: convert it to wall time."""
    wall, perf = time.time(), time.perf_counter()
    return {id(r): wall - (perf - r.at) for r in requests}


async def lag_table(course: Course, posts: int, lead: float, spread: float, subscribers: int) -> None:
    clock = SystemClock()
    async with fake_discord() as fake, bot_against_fake(fake, course, clock) as bot:
        await fake.send_slash_command("setup channel", {"channel": CHANNEL_ID}, user=TA, permissions=ADMINISTRATOR)
        already = len(fake.requests_for("POST", "/channels/{channel_id}/messages"))
        now = clock.now()
        due: dict[str, dt.datetime] = {}
        for n in range(posts):
            at = now + dt.timedelta(seconds=lead + spread * n / max(1, posts - 1))
            post_id = bot.store.staff_posts.add(GUILD_ID, at, f"Bench announcement {n}", by=TA.id, now=now)
            due[key_marker(f"staff:{post_id}")] = at
        started = time.perf_counter()
        bot.reschedule()
        rebuild_posts_ms = (time.perf_counter() - started) * 1000
        with contextlib.suppress(TimeoutError):
            await fake.wait_for_requests("POST", "/channels/{channel_id}/messages", already + posts, lead + spread + 15)
        sent = fake.requests_for("POST", "/channels/{channel_id}/messages")[already:]
        wall = wall_clock_of(sent)
        lags, seen = [], Counter()
        for request in sent:
            key = request.json["embeds"][-1]["footer"]["text"].rsplit(" · ", 1)[-1]
            if key in due and request.status == 200:
                seen[key] += 1
                lags.append(wall[id(request)] - due[key].timestamp())

        # Each /remind me and /remind stop calls reschedule(): its cost with many subscribers.
        for n in range(subscribers):
            bot.store.reminders.subscribe(GUILD_ID, 800_000 + n, ["deadline", "exam"], [], None, clock.now())
        started = time.perf_counter()
        bot.reschedule()
        rebuild_subscribers_ms = (time.perf_counter() - started) * 1000

    print(
        f"Delivery lag: {posts} staff posts due {lead:.0f} to {lead + spread:.0f} s ahead, real APScheduler and "
        "SystemClock; lag = the fake receiving the POST - the post's scheduled instant"
    )
    print(
        f"{'posted':>8}{'doubled':>9}{'p50 ms':>9}{'p99 ms':>9}{'max ms':>9}{'min ms':>9}{'429s':>6}{'violations':>12}"
    )
    ms = [lag * 1000 for lag in lags] or [float("nan")]
    print(
        f"{len(seen):>5}/{posts:<3}{sum(c > 1 for c in seen.values()):>8}{statistics.median(ms):>9.1f}"
        f"{percentile(ms, 0.99):>9.1f}{max(ms):>9.1f}{min(ms):>9.1f}{fake.rate_limited_count:>6}"
        f"{len(fake.violations):>12}   target p99 <= {LAG_S:.0f} s"
    )
    print(
        f"reschedule(): {rebuild_posts_ms:.1f} ms with {posts} staff posts; {rebuild_subscribers_ms:.0f} ms with "
        f"{subscribers} DM subscribers as well (it runs on the event loop, on every /remind me and /remind stop)"
    )


# ----------------------------------------------------------------------------------------------------------------
# A wave of DM reminders against enforced limits
# ----------------------------------------------------------------------------------------------------------------


def busiest_second(requests: list[RecordedRequest]) -> int:
    """The most requests the fake received within any one second."""
    stamps = sorted(r.at for r in requests)
    best, first = 0, 0
    for last, at in enumerate(stamps):
        while at - stamps[first] >= 1.0:
            first += 1
        best = max(best, last - first + 1)
    return best


async def dm_wave(course: Course, dms: int, rate: float) -> dict:
    users = [FakeUser(id=700_000 + n, username=f"student{n}") for n in range(dms)]
    clock = FixedClock(SUBSCRIBED_AT)
    async with fake_discord(users=users) as fake, bot_against_fake(fake, course, clock) as bot:
        gate = asyncio.Semaphore(20)

        async def subscribe(user: FakeUser) -> None:
            async with gate:
                await fake.send_slash_command("remind me", {}, user=user, timeout=60)

        await asyncio.gather(*(subscribe(u) for u in users))
        # The harness turns pacing off (dm_rate=0); put the rate under test back on the announcer.
        bot.announcer.pacer = Pacer(rate)
        fake.global_rate_limit(GLOBAL_PER_S, per=1.0)
        for route, limit, per in ROUTE_LIMITS:
            fake.rate_limit(route, limit, per, send_headers=False)
        first, limited = len(fake.requests), fake.rate_limited_count
        clock.set(REMINDER_AT)
        started = time.perf_counter()
        wave = asyncio.create_task(bot.announcer.run_due())
        # Another job firing mid-wave (a channel post due then) waits for the announcer's lock.
        await asyncio.sleep(2)
        blocked = time.perf_counter()
        await bot.announcer.run_due()
        blocked = time.perf_counter() - blocked
        outcomes = await wave
        seconds = time.perf_counter() - started
        requests = fake.requests[first:]
        received = Counter(len(fake.dm_messages(u.id)) for u in users)
        return {
            "rate": rate,
            "seconds": seconds,
            "sent": sum(o[2] == "sent" for o in outcomes),
            "outcomes": Counter(o[2] for o in outcomes),
            "users_with_one": received.get(1, 0),
            "users_with_more": sum(n for k, n in received.items() if k > 1),
            "requests": len(requests),
            "429s": fake.rate_limited_count - limited,
            "busiest_second": busiest_second(requests),
            "blocked": blocked,
            "violations": len(fake.violations),
        }


async def dm_table(course: Course, dms: int, rates: list[float]) -> None:
    limits = ", ".join(f"{route} {limit} per {per:g} s" for route, limit, per in ROUTE_LIMITS)
    print(
        f"DM wave: {dms} users subscribed with /remind me; one deadline reminder due for all at once "
        f"(HW4 Part A, 24 h before); bot.announcer.run_due() with a FixedClock"
    )
    print(f"fake limits: global {GLOBAL_PER_S}/s, {limits} (no rate-limit headers)")
    print(
        f"{'dm_rate':<14}{'seconds':>8}{'DMs/s':>7}{'sent':>6}{'1 each':>8}{'more':>6}{'requests':>10}"
        f"{'429s':>6}{'busiest s':>11}{'blocked s':>11}{'violations':>12}"
    )
    for rate in rates:
        r = await dm_wave(course, dms, rate)
        label = f"{rate:g}/s" if rate else "0 (unpaced)"
        if rate == default_dm_rate():
            label += " (default)"
        print(
            f"{label:<14}{r['seconds']:>8.1f}{r['sent'] / r['seconds']:>7.1f}{r['sent']:>6}{r['users_with_one']:>8}"
            f"{r['users_with_more']:>6}{r['requests']:>10}{r['429s']:>6}{r['busiest_second']:>11}"
            f"{r['blocked']:>11.1f}{r['violations']:>12}   target 0 429s"
        )
        if set(r["outcomes"]) - {"sent"}:
            print(f"   outcomes: {dict(r['outcomes'])}")
    print(
        "busiest s: most requests the fake received within one second; blocked s: how long a second run_due "
        "started 2 s into the wave (another job's) waited"
    )


async def run(args: argparse.Namespace) -> None:
    course = load_course()
    plan_table(course, args.courses, args.repeats)
    print()
    await lag_table(course, args.posts, args.lead, args.spread, args.dms)
    print()
    await dm_table(course, args.dms, args.dm_rates)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--courses", type=int, default=50, help="course copies to plan")
    parser.add_argument("--repeats", type=int, default=5, help="plan runs per config")
    parser.add_argument("--posts", type=int, default=150, help="staff posts for the lag measurement")
    parser.add_argument("--lead", type=float, default=2.0, help="seconds until the first staff post is due")
    parser.add_argument("--spread", type=float, default=6.0, help="seconds over which the staff posts are due")
    parser.add_argument("--dms", type=int, default=500, help="DM subscribers")
    parser.add_argument(
        "--dm-rates",
        type=lambda text: [float(n) for n in text.split(",")],
        default=[default_dm_rate(), 0.0],
        help="DM pacing to run the wave with, per second (0: unpaced); default: Settings.dm_rate, then 0",
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("discord").setLevel(logging.ERROR)
    asyncio.run(run(args))


if __name__ == "__main__":
    main()
