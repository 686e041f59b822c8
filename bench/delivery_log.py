"""Benchmark: what one announcement sweep costs as a server's delivery log grows.

    python bench/delivery_log.py [--rows 50000] [--rounds 15] [--changed 10] [--clock cpu|wall]

A server on 10-605 with every kind of announcement on and one DM subscriber, its course posts for the term so far
already sent, and a delivery log filled up to `--rows` finished rows with keys as the bot writes them (reminders by
DM to a few hundred students over past terms, channel posts, skipped and failed rows, a few old-format keys). The
sweep (`Announcer.run_due`) has nothing to send; it runs synchronously on the event loop, so every slash command
waits behind it. Rows:

- **sweep, empty log**: the same sweep with only the term's own course rows in the log: the floor.
- **plain SELECT**: reading the server's rows (key, first claim, status) with one query, without parsing anything:
  what any sweep that reads the whole log pays at least.
- **sweep, N rows, unchanged**: the sweep again with nothing written since the last one (the common case).
- **sweep, N rows, C changed**: `--changed` rows finished by another process (a second store connection, as in an
  overlapping deploy) between two sweeps.
- **first sweep after a restart**: a new Announcer on a new connection to the same file (reads the log once).

- **kept in memory**: what the process holds after its first sweep and keeps between sweeps (tracemalloc, a run of
  its own: tracing slows everything it watches).

Each figure is the median of `--rounds` runs (ms, after one warm-up), with its ratio to the floor. `--clock cpu`
(the default) times this thread's CPU time: on a machine shared with other work, wall time is mostly waiting for a
core (a sweep that just waited for the disk is scheduled at once, one that did not waits its turn). Figures are
reported, never asserted: machines are noisy.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.announce.delivery import Announcer, Posted
from bot.announce.server_setup import GuildSetup
from bot.core.clock import FixedClock
from bot.course.loader import BUNDLED_DATA, load_course
from bot.store.database import Store
from bot.store.encoding import to_db

NY = ZoneInfo("America/New_York")
GUILD, CHANNEL, SUBSCRIBER = 7, 70, 4242
SINCE = dt.datetime(2024, 1, 15, 9, 0, tzinfo=NY)
NOW = dt.datetime(2024, 3, 12, 12, 0, tzinfo=NY)


class NullPoster:
    """Accepts every post and DM; finds nothing from earlier attempts."""

    def __init__(self) -> None:
        self.sent = 0

    async def post(self, guild_id, setup, item, answer) -> Posted:
        self.sent += 1
        return Posted(message_id=self.sent, channel_id=CHANNEL)

    async def find_posted(self, guild_id, setup, item, window) -> Posted | None:
        return None

    async def send_dm(self, user_id, key, answer) -> Posted:
        self.sent += 1
        return Posted(message_id=self.sent, channel_id=None)

    async def find_dm(self, user_id, key, window) -> Posted | None:
        return None


def announcer(store: Store, course) -> Announcer:
    return Announcer(
        store=store,
        clock=FixedClock(NOW),
        course_for=lambda guild: course,
        poster=NullPoster(),
        owner="bench",
        dm_rate=0,
    )


def new_store(path: Path) -> Store:
    store = Store(path, zone=NY)
    setup = GuildSetup(channel_id=CHANNEL, since=SINCE)
    store.server_settings.save(GUILD, setup.to_json(), by=1, now=SINCE, change={})
    store.reminders.subscribe(GUILD, SUBSCRIBER, ["deadline", "exam"], [1440, 120], None, SINCE)
    return store


def filler_rows(count: int, start: int = 0) -> list[tuple]:
    """Finished rows with keys as the bot writes them: DM reminders (most of a big log), channel posts of other
    terms, skipped and failed rows, and now and then a key of the previous format."""
    rows = []
    for n in range(start, start + count):
        moment = (SINCE - dt.timedelta(days=365 * (1 + n % 3), minutes=n)).astimezone(dt.UTC)
        stamp = moment.strftime("%Y%m%dT%H%MZ")
        claimed = to_db(moment)
        if n % 50 == 0:
            key = f"deadline:hw{n % 9}:1440m:channel:{n}"  # the pre-moment format
        elif n % 10 == 0:
            key = f"oh:ta{n % 23}:cancel@{stamp}.a1b2c3:channel"
        else:
            key = f"dm:{1000 + n % 400}:deadline:hw{n % 9}:1440m@{stamp}.d4e5f6:dm"
        status = "skipped" if n % 17 == 0 else "failed" if n % 29 == 0 else "sent"
        rows.append((GUILD, key, status, "old", claimed, claimed, claimed, None, None, 0, ""))
    return rows


def insert(store: Store, rows: list[tuple]) -> None:
    with store.immediate() as db:
        db.conn.executemany(
            "INSERT INTO deliveries (guild_id, key, status, owner, claimed_at, lease_until, done_at, message_id, "
            "channel_id, late, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )


CLOCKS = {"cpu": time.thread_time, "wall": time.perf_counter}
clock = CLOCKS["cpu"]


def median_ms(run: Callable[[], object], rounds: int, before: Callable[[], object] | None = None) -> float:
    run()  # warm-up
    times = []
    for _ in range(rounds):
        if before is not None:
            before()
        started = clock()
        run()
        times.append((clock() - started) * 1000)
    return statistics.median(times)


def kept_bytes(path: Path, course, loop: asyncio.AbstractEventLoop) -> int:
    """Bytes still allocated after a new process's first sweep, with the announcer alive: what it keeps."""
    store = Store(path, zone=NY)
    bot = announcer(store, course)
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    loop.run_until_complete(bot.run_due())
    kept = tracemalloc.get_traced_memory()[0] - base
    tracemalloc.stop()
    store.close()
    return kept


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--changed", type=int, default=10)
    parser.add_argument("--clock", choices=sorted(CLOCKS), default="cpu")
    args = parser.parse_args()
    global clock
    clock = CLOCKS[args.clock]
    course = load_course(BUNDLED_DATA)
    loop = asyncio.new_event_loop()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bot.db"
        store = new_store(path)
        bot = announcer(store, course)
        loop.run_until_complete(bot.run_due())  # the term so far: every course post and DM goes out once
        own = store.deliveries.counts(GUILD)

        def sweep() -> None:
            assert loop.run_until_complete(bot.run_due()) == [], "the sweep was meant to find nothing to do"

        floor = median_ms(sweep, args.rounds)
        insert(store, filler_rows(args.rows - sum(own.values())))
        total = sum(store.deliveries.counts(GUILD).values())

        def select() -> None:
            store.db.conn.execute(
                "SELECT key, claimed_at, status FROM deliveries WHERE guild_id = ? AND status != 'claimed'", [GUILD]
            ).fetchall()

        plain = median_ms(select, args.rounds)
        unchanged = median_ms(sweep, args.rounds)

        other = Store(path, zone=NY)  # another process's connection to the same file
        written = [args.rows]

        def other_writes() -> None:
            insert(other, filler_rows(args.changed, start=written[0]))
            written[0] += args.changed

        changed = median_ms(sweep, args.rounds, before=other_writes)
        restarted: list[Store] = []

        def restart() -> None:
            restarted.append(Store(path, zone=NY))

        def first_sweep() -> None:
            fresh = restarted[-1] if restarted else store
            assert loop.run_until_complete(announcer(fresh, course).run_due()) == []

        first = median_ms(first_sweep, max(3, args.rounds // 3), before=restart)
        for opened in (*restarted, other, store):
            opened.close()
        kept = kept_bytes(path, course, loop)
    loop.close()
    print(f"delivery log of one server: {total:,} finished rows ({sum(own.values())} of them this term's own)")
    print(f"{'':42} {'ms':>9} {'x floor':>8}   ({args.clock} clock, median of {args.rounds})")
    for name, ms in (
        ("sweep, empty log (floor)", floor),
        ("plain SELECT of the rows", plain),
        (f"sweep, {total:,} rows, unchanged", unchanged),
        (f"sweep, {total:,} rows, {args.changed} changed elsewhere", changed),
        ("first sweep after a restart", first),
    ):
        print(f"{name:42} {ms:9.2f} {ms / floor:8.1f}")
    print(f"{'kept in memory after the first sweep':42} {kept / 2**20:6.1f} MB")


if __name__ == "__main__":
    main()
