"""Crash safety of the real `coursebot run`: SIGKILLed again and again in the middle of a burst of more than 100
channel posts and reminder DMs, restarted each time, it ends with every key delivered exactly once: 0 lost,
0 doubled, and every delivery-log row pointing at the one message that carries its key.

The fake Discord runs in this process; `python -m bot run` is a subprocess pointed at it (DISCORD_API_BASE /
DISCORD_GATEWAY_URL), as in production. Kill points are drawn from a seeded generator and reached by waiting on
conditions (so many answered sends, a recovery reading history), never by sleeping.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import math
import random
import re
import shutil
import signal
import sqlite3
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from bot.announce.delivery import dm_key
from bot.announce.planner import staff_post_key
from bot.announce.server_setup import GuildSetup
from bot.course.loader import BUNDLED_DATA, load_course
from bot.store.database import Store
from bot.store.encoding import to_db
from tests.cli.test_runner_signals import bot_env
from tests.conftest import REPO, planned_key
from tests.discord_harness import CHANNEL_ID, GUILD_ID, fake_discord

SEED = 605
KILLS = 8
CHANNEL_POSTS = 120  # more than one page of history (100), so recovery must page
SUBSCRIBERS = 40
FIRST_STUDENT = 7_000
POSTS = "/channels/{channel_id}/messages"
_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def course_due_soon(folder: Path, today: dt.date) -> Path:
    """The bundled course moved by whole weeks (weekdays stay), so HW1 falls due 1 to 7 days from today."""
    target = folder / "course"
    shutil.copytree(BUNDLED_DATA, target)
    due = load_course(BUNDLED_DATA).assignment("hw1").due.date()
    shift = dt.timedelta(weeks=math.ceil(((today - due).days + 1) / 7))
    for path in target.glob("*.toml"):
        moved = _DATE.sub(lambda m: (dt.date(*map(int, m.groups())) + shift).isoformat(), path.read_text())
        path.write_text(moved)
    return target


def prepare(db: Path, data: Path, rng: random.Random) -> set[str]:
    """A database in which every staff post and one reminder DM per subscriber fall due at once; their keys."""
    course = load_course(data)
    now = dt.datetime.now(course.tz)
    store = Store(db)
    setup = GuildSetup(channel_id=CHANNEL_ID, kinds=frozenset({"staff"}), since=now - dt.timedelta(hours=1))
    store.server_settings.save(GUILD_ID, setup.to_json(), by=1, now=now, change={})
    expected = set()
    for n in range(CHANNEL_POSTS):
        # Shuffled times: staff:10.. and staff:100.. often go out before staff:1 (a prefix of their keys).
        at = now - dt.timedelta(seconds=rng.randint(60, 600))
        expected.add(staff_post_key(store.staff_posts.add(GUILD_ID, at, f"Announcement {n}", by=1, now=now)))
    # The reminder falls due a minute ago: `minutes` before HW1's due time.
    minutes = math.ceil((course.assignment("hw1").due - now).total_seconds() / 60) + 1
    for user_id in range(FIRST_STUDENT, FIRST_STUDENT + SUBSCRIBERS):
        store.reminders.subscribe(GUILD_ID, user_id, ["deadline"], [minutes], None, now - dt.timedelta(hours=1))
        expected.add(dm_key(user_id, planned_key(course, f"deadline:hw1:{minutes}m:channel", (minutes,))))
    store.close()
    return expected


def carried_key(message: dict) -> str:
    """The key a message carries: its last embed's footer ends with `ref <key>`."""
    footer = ((message.get("embeds") or [{}])[-1].get("footer") or {}).get("text", "")
    return footer.rsplit(" · ", 1)[-1].removeprefix("ref ")


def every_message(fake) -> list[dict]:
    """Everything the bot sent: the announcement channel and every student's DMs."""
    return [message for messages in fake.messages.values() for message in messages]


def keys_posted(fake) -> Counter:
    return Counter(carried_key(m) for m in every_message(fake))


def delivery_rows(db: Path) -> dict[str, tuple[str, int | None]]:
    with contextlib.closing(sqlite3.connect(db, timeout=5)) as conn:
        rows = conn.execute("SELECT key, status, message_id FROM deliveries WHERE guild_id = ?", [GUILD_ID])
        return {key: (status, message_id) for key, status, message_id in rows}


def let_the_leases_run_out(db: Path) -> None:
    """The killed process's claims would be taken over once their 90 s lease ran out: let that time pass now.

    Only the lease's end moves (to this moment, after the kill); the claim time stays, so the new owner still
    checks Discord over the dead process's whole window before sending anything again."""
    now = to_db(dt.datetime.now(dt.UTC))
    with contextlib.closing(sqlite3.connect(db, timeout=5)) as conn, conn:
        conn.execute("UPDATE deliveries SET lease_until = ? WHERE status = 'claimed'", [now])


async def wait_for(condition: Callable[[], bool]) -> None:
    """Wait until `condition` holds (checked every few milliseconds); the caller bounds it with asyncio.timeout.
    Polled: the database and the fake change in another process and another task, with no event to await."""
    while not condition():  # noqa: ASYNC110
        await asyncio.sleep(0.005)


def answered_posts(fake) -> int:
    return len([r for r in fake.requests_for("POST", POSTS) if r.status == 200])


def history_reads(fake) -> int:
    return len(fake.requests_for("GET", POSTS))


async def start_bot(fake, env: dict[str, str]) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        cwd=REPO,
        env=env,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )


def kill_point(fake, db: Path, rng: random.Random) -> tuple[Callable[[], bool], str]:
    """Where the next kill lands: after a random number of further answered sends, or (sometimes, when a dead
    process left claims) during the new process's first look at Discord's history for them."""
    if rng.random() < 0.25 and any(status == "claimed" for status, _ in delivery_rows(db).values()):
        reads = history_reads(fake)
        return (lambda: history_reads(fake) > reads), "during a history read"
    target = answered_posts(fake) + rng.randint(1, 30)
    return (lambda: answered_posts(fake) >= target), f"at {target} answered sends"


def all_posted(fake, expected: set[str]) -> Callable[[], bool]:
    return lambda: expected <= set(keys_posted(fake))


def all_confirmed(db: Path, expected: set[str]) -> Callable[[], bool]:
    return lambda: all(delivery_rows(db).get(key, ("",))[0] == "sent" for key in expected)


async def test_sigkill_at_random_points_loses_and_doubles_nothing(tmp_path):
    """KILLS SIGKILLs of `coursebot run` during 120 posts and 40 DMs, a restart after each: every key once."""
    rng = random.Random(SEED)
    db = tmp_path / "bot.db"
    data = course_due_soon(tmp_path, dt.datetime.now(load_course(BUNDLED_DATA).tz).date())
    expected = prepare(db, data, rng)
    async with fake_discord() as fake:
        env = {**bot_env(fake, db), "COURSEBOT_DATA": str(data)}
        kills = []
        for _ in range(KILLS):
            process = await start_bot(fake, env)
            try:
                reached, where = kill_point(fake, db, rng)
                done = all_posted(fake, expected)
                async with asyncio.timeout(30):
                    await wait_for(lambda: reached() or done())  # noqa: B023 (used before the next iteration)
                kills.append((where, answered_posts(fake)))
            finally:
                process.kill()
                await process.wait()
            let_the_leases_run_out(db)

        identified = fake.identify_count
        process = await start_bot(fake, env)
        try:
            async with asyncio.timeout(40):
                await wait_for(all_confirmed(db, expected))
                # Stop a bot that is running (connected), not one still starting: everything may have been
                # confirmed before this start, and a SIGTERM that arrives while Python is still loading the runner
                # cannot be handled by it.
                await wait_for(lambda: fake.identify_count > identified)
        finally:
            process.send_signal(signal.SIGTERM)
            _, stderr = await asyncio.wait_for(process.communicate(), timeout=15)
        assert process.returncode == 0, stderr.decode()[-2000:]

        counts = keys_posted(fake)
        lost = expected - set(counts)
        doubled = {key: n for key, n in counts.items() if n > 1}
        assert (lost, doubled) == (set(), {}), f"killed {kills}"
        assert set(counts) == expected
        ids = {carried_key(m): int(m["id"]) for m in every_message(fake)}
        rows = delivery_rows(db)
        assert {key: rows[key] for key in expected} == {key: ("sent", ids[key]) for key in expected}
        assert fake.violations == []
