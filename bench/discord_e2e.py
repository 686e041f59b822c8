"""Benchmark: CourseBot end to end, through the real discord.py stack, against the loopback fake Discord.

    python bench/discord_e2e.py [--rounds N] [--burst N] [--users N] [--members N] [--in-flight 50,0]

Targets (issue text): from INTERACTION_CREATE sent to the callback received, p99 <= 10 ms for structured commands
and <= 25 ms for /ask; a burst of 2,000 interactions from 500 users at >= 300 interactions/s; peak RSS <= 120 MB
after connecting to a guild of 10,000 members. Figures are reported, never asserted: machines are noisy.

Against the floor (issue 12): a floor bot, the smallest real discord.py bot (one slash command that replies with
a fixed embed of about the size of CourseBot's answers), runs in the same run against its own instance of the same
loopback fake, and every figure is also given as a ratio to it, measured interleaved (a slice of CourseBot, a
slice of the floor, and so on) so both see the same machine. Targets: burst throughput >= 0.85x the floor's,
/ask p50 <= 1.3x, structured commands p50 <= 1.15x. "own code" is the share of CourseBot's CPU in a burst that
the floor does not spend: 1 - floor CPU / CourseBot CPU.

How: the fake runs in this process and the bot in a child process of its own (this script with --bot-process),
started from settings in the environment like `coursebot run` (DISCORD_API_BASE / DISCORD_GATEWAY_URL point at the
fake), so the memory figures are the bot's alone and the fake does not share the bot's event loop. As in
tests/discord_harness.py, the clock is fixed in term (2024-02-12 10:00, as in bench/answers.py) so answers have
content (a fixed clock also means no scheduler), and guild_ready_timeout is 0.05 s. Logging is at WARNING: the
bot's INFO line per command is not what is measured. The fake checks every request against Discord's OpenAPI spec
before it stamps the callback (a few ms per request); timed runs switch that check off, and separate passes with
it on count violations. The burst runs once per --in-flight value: at most 50 interactions in flight, then all at
once. Peak RSS is VmHWM (/proc/self/status); ru_maxrss is shown too, but Linux carries it over fork+exec from the
parent, so it is not the bot's own figure.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import itertools
import json
import logging
import os
import resource
import statistics
import sys
import tempfile
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.answers import percentile, questions

# The bot's process (--bot-process) must not load test code: the fake, its OpenAPI validator and the harness
# would inflate the RSS it reports. Only the parent, which runs the fake, imports them (inside its functions).
if TYPE_CHECKING:
    from tests.fake_discord import FakeDiscord, FakeUser, InteractionResult

ROOT = Path(__file__).resolve().parent.parent

NOW = dt.datetime(2024, 2, 12, 10, 0, tzinfo=ZoneInfo("America/New_York"))
STRUCTURED_P99_MS, ASK_P99_MS, BURST_PER_S, RSS_MB = 10, 25, 300, 120

Case = tuple[str, dict[str, Any]]


def command_cases() -> dict[str, list[Case]]:
    """Realistic invocations of each student command, cycled through by the sequential runs and the burst."""
    assignments = ["hw1", "hw2", "hw3", "hw4a", "hw4b", "hw5", "miniproject-survey", "miniproject"]
    return {
        "/due": [
            ("due", {}),
            ("due", {"within": "this week"}),
            ("due", {"within": "next week"}),
            ("due", {"within": "today"}),
            ("due", {"within": "14"}),
            ("due", {"within": "60", "section": "10-605"}),
        ],
        "/deadline": [("deadline", {"assignment": a}) for a in assignments],
        "/schedule": [
            ("schedule", {}),
            ("schedule", {"date": "friday"}),
            ("schedule", {"date": "Feb 14"}),
            ("schedule", {"week": "next monday"}),
            ("schedule", {"topic": "LSH"}),
            ("schedule", {"show": "lecture"}),
            ("schedule", {"show": "no_class"}),
        ],
        "/oh": [
            ("oh", {}),
            ("oh", {"day": "now"}),
            ("oh", {"day": "today"}),
            ("oh", {"day": "wednesday"}),
            ("oh", {"day": "this week"}),
            ("oh", {"person": "katie-zhang"}),
            ("oh", {"person": "li-chen"}),
        ],
        "/staff": [("staff", {})],
        "/exam info": [("exam info", {}), ("exam info", {"which": "exam1"}), ("exam info", {"which": "exam2"})],
        "/policy": [
            ("policy", {"topic": t})
            for t in ("grace-days", "regrades", "extensions", "generative-ai", "audit", "pass-fail", "found-code")
        ],
        "/ask": [("ask", {"question": q}) for q in questions()],
        "/help": [("help", {})],
    }


def failed(result: InteractionResult | BaseException) -> bool:
    """No callback, no message, or an error reply (every error answer is titled "Sorry")."""
    if isinstance(result, BaseException) or result.callback_type != 4:
        return True
    embeds = result.data.get("embeds") or []
    return not embeds or embeds[0].get("title") == "Sorry"


# ----------------------------------------------------------------------------------------------------------------
# The bot's process
# ----------------------------------------------------------------------------------------------------------------


def proc_status_mb(field: str) -> float | None:
    """A memory figure of this process from /proc/self/status (Linux), in MiB."""
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) / 1024
    return None


def memory_figures(bot: Any, stage: str) -> dict[str, Any]:
    """Peak and current RSS, CPU time so far, and what discord.py cached of the guild.

    VmHWM is the peak RSS of this process's own address space. ru_maxrss is reported too, but on Linux it is kept
    across fork+exec, so it starts at the size of the parent (the fake) when the child was started."""
    guild = bot.get_guild(bot.settings.guild_id)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {
        "stage": stage,
        "cpu_s": usage.ru_utime + usage.ru_stime,
        "peak_rss_mb": proc_status_mb("VmHWM"),
        "rss_mb": proc_status_mb("VmRSS"),
        "ru_maxrss_mb": usage.ru_maxrss / 1024,
        "members_cached": len(guild.members) if guild else None,
        "member_count": guild.member_count if guild else None,
        "open_fds": len(os.listdir("/proc/self/fd")) if Path("/proc/self/fd").is_dir() else "?",
    }


def answer_line(bot: Any, line: str) -> dict[str, Any]:
    """A line from the parent: `stages <n>` asks for the stage spans of the last n interactions (bench/stages.py);
    any other line names a stage of the run to give the memory figures of."""
    if line.startswith("stages "):
        from bench import stages

        return stages.report(int(line.split()[1]))
    return memory_figures(bot, line)


async def guild_arrived(bot: Any, guild_id: int) -> None:
    guild = bot.get_guild(guild_id)
    if guild is None or guild.unavailable:
        await bot.wait_for("guild_available", check=lambda g: g.id == guild_id)


FAQ_FILE = ROOT / "tests" / "qa" / "search_quality" / "faq-10-605.csv"


def import_bench_faq(store: Any, course: Any, guild_id: int) -> None:
    """The course's FAQ (the 58 entries of the search-quality set) imported for the server, as `/qa` staff do: every
    /ask then looks for an endorsed answer to quote (bot.qa.endorsed_lookup), as on a real course with an FAQ."""
    from bot.qa.faq_file import read_faq
    from bot.qa.indexing import keep_current
    from bot.qa.knowledge import import_faq

    pairs = read_faq(FAQ_FILE.name, FAQ_FILE.read_bytes())
    import_faq(store, course, guild_id, pairs, by=0, now=NOW)
    keep_current(store, course, guild_id, batch=len(pairs) + 1)  # indexed just now: current, as a running bot's is


async def serve_bot() -> None:
    """The child: start the bot from the environment, then answer each line on stdin with one JSON line."""
    import discord

    from bot.core.clock import FixedClock
    from bot.course.loader import load_course
    from bot.discord_app.client import CourseBot
    from bot.discord_app.endpoints import point_discord_at
    from bot.settings import Settings
    from bot.store.database import Store

    def reply(figures: dict[str, Any]) -> None:
        print(json.dumps(figures), flush=True)

    settings = Settings.from_env()
    if os.environ.get("COURSEBOT_BENCH_FRESH"):
        from bot.discord_app.public_answers import PUBLIC_ANSWERS

        PUBLIC_ANSWERS.size = 0  # every public answer built afresh, as for the first asker of each minute
    discord.utils.setup_logging(level=getattr(logging, settings.log_level), root=True)
    point_discord_at(settings.api_base, settings.gateway_url)
    store = Store(settings.db_path)
    course = load_course(settings.data_dir)
    if os.environ.get("COURSEBOT_BENCH_FAQ"):
        import_bench_faq(store, course, settings.guild_id)
    bot = CourseBot(
        settings=settings,
        course=course,
        clock=FixedClock(NOW),
        store=store,
        run_scheduler=False,
        freeze_heap=True,  # as `coursebot run` starts it
        guild_ready_timeout=0.05,
    )
    reply(memory_figures(bot, "started"))
    start = asyncio.create_task(bot.start(settings.token))
    ready = asyncio.create_task(bot.wait_until_ready())
    try:
        done, _ = await asyncio.wait({start, ready}, timeout=60, return_when=asyncio.FIRST_COMPLETED)
        if start in done:
            start.result()
            raise RuntimeError("bot stopped before it was ready")
        if ready not in done:
            raise TimeoutError("bot not ready within 60 s")
        # With a short guild_ready_timeout, READY can come before a large GUILD_CREATE has been parsed.
        await asyncio.wait_for(guild_arrived(bot, settings.guild_id), timeout=60)
        reply(memory_figures(bot, "ready"))
        loop = asyncio.get_running_loop()
        while (line := (await loop.run_in_executor(None, sys.stdin.readline)).strip()) not in ("", "quit"):
            reply(answer_line(bot, line))
    finally:
        ready.cancel()
        await bot.close()
        with contextlib.suppress(Exception, asyncio.CancelledError):
            await asyncio.wait_for(start, timeout=5)
        store.close()


FLOOR_COMMAND = "floor"


def floor_embed() -> Any:
    """A fixed answer the size of a typical CourseBot one (a deadline card: title, lines, a field, a footer)."""
    import discord

    embed = discord.Embed(
        title="Homework 3",
        description=(
            "HW3 is due <t:1708577940:F> (<t:1708577940:R>)\nIt was released on Fri Feb 9.\n"
            "Parts: written, programming. Lateness counts from the latest timestamp of any part."
        ),
    )
    embed.add_field(
        name="Grace days and extensions",
        value=(
            "Grace days apply (at most 2 on this one). Nothing is accepted after <t:1708750740:F> without written "
            "permission.\nExtensions: email the Head TAs by <t:1708145940:F>."
        ),
    )
    embed.set_footer(text="The course page gives due dates only; 11:59 PM course time is assumed until staff confirm.")
    return embed


async def serve_floor() -> None:
    """The floor's child: a plain discord.py client with one command, started like the bot from the environment."""
    import discord
    from discord import app_commands

    from bot.discord_app.endpoints import point_discord_at

    guild_id = int(os.environ["COURSEBOT_GUILD_ID"])
    point_discord_at(os.environ["DISCORD_API_BASE"], os.environ["DISCORD_GATEWAY_URL"])
    discord.utils.setup_logging(level=logging.WARNING, root=True)
    embed = floor_embed()

    class Floor(discord.Client):
        def __init__(self) -> None:
            super().__init__(intents=discord.Intents(guilds=True), guild_ready_timeout=0.05)
            self.tree = app_commands.CommandTree(self)
            self.settings = type("FloorSettings", (), {"guild_id": guild_id})()

        async def setup_hook(self) -> None:
            @self.tree.command(name=FLOOR_COMMAND, description="A fixed answer")
            async def floor(interaction: discord.Interaction, question: str = "") -> None:
                await interaction.response.send_message(embed=embed)

            guild = discord.Object(id=guild_id)
            self.tree.copy_global_to(guild=guild)
            await self.tree.sync(guild=guild)

    await _serve(Floor(), os.environ["DISCORD_TOKEN"], guild_id)


async def _serve(client: Any, token: str, guild_id: int) -> None:
    """Start a client, wait for the guild, then answer each line on stdin with its memory figures (JSON)."""

    def reply(figures: dict[str, Any]) -> None:
        print(json.dumps(figures), flush=True)

    reply(memory_figures(client, "started"))
    start = asyncio.create_task(client.start(token))
    ready = asyncio.create_task(client.wait_until_ready())
    try:
        done, _ = await asyncio.wait({start, ready}, timeout=60, return_when=asyncio.FIRST_COMPLETED)
        if start in done:
            start.result()
            raise RuntimeError("client stopped before it was ready")
        if ready not in done:
            raise TimeoutError("client not ready within 60 s")
        await asyncio.wait_for(guild_arrived(client, guild_id), timeout=60)
        reply(memory_figures(client, "ready"))
        loop = asyncio.get_running_loop()
        while (line := (await loop.run_in_executor(None, sys.stdin.readline)).strip()) not in ("", "quit"):
            reply(answer_line(client, line))
    finally:
        ready.cancel()
        await client.close()
        with contextlib.suppress(Exception, asyncio.CancelledError):
            await asyncio.wait_for(start, timeout=5)


class BotProcess:
    """The parent's handle on the child: ask it for memory figures."""

    def __init__(self, proc: asyncio.subprocess.Process, log_path: Path) -> None:
        self.proc, self.log_path = proc, log_path

    async def read(self) -> dict[str, Any]:
        assert self.proc.stdout is not None
        line = await asyncio.wait_for(self.proc.stdout.readline(), timeout=90)
        if not line:
            tail = self.log_path.read_text(errors="replace")[-3000:]
            raise RuntimeError(f"the bot process ended; its log:\n{tail}")
        return json.loads(line)

    async def figures(self, stage: str) -> dict[str, Any]:
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"{stage}\n".encode())
        await self.proc.stdin.drain()
        return await self.read()


@contextlib.asynccontextmanager
async def bot_process(
    fake: FakeDiscord, folder: Path, mode: str = "--bot-process", *, stages: bool = False
) -> AsyncIterator[tuple[BotProcess, list[dict[str, Any]]]]:
    """Start the bot in its own process pointed at the fake (`folder` holds its database and log); yields it and
    its 'started' and 'ready' figures."""
    from tests.discord_harness import GUILD_ID

    env = {
        **os.environ,
        "DISCORD_TOKEN": fake.token,
        "COURSEBOT_GUILD_ID": str(GUILD_ID),
        "COURSEBOT_DB": str(folder / "bench.db"),
        "DISCORD_API_BASE": fake.api_base,
        "DISCORD_GATEWAY_URL": fake.gateway_url,
        "COURSEBOT_LOG_LEVEL": "WARNING",
        "COURSEBOT_BENCH_STAGES": "1" if stages else "",
        "COURSEBOT_BENCH_FRESH": os.environ.get("COURSEBOT_BENCH_FRESH", ""),
        "COURSEBOT_BENCH_FAQ": os.environ.get("COURSEBOT_BENCH_FAQ", ""),
    }
    log_path = folder / "bot.log"
    with log_path.open("wb") as log_file:
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            __file__,
            mode,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=log_file,
            env=env,
            cwd=ROOT,
        )
        child = BotProcess(proc, log_path)
        try:
            early = [await child.read(), await child.read()]
            yield child, early
        finally:
            if proc.returncode is None:
                with contextlib.suppress(ConnectionError):
                    assert proc.stdin is not None
                    proc.stdin.write(b"quit\n")
                    await proc.stdin.drain()
                try:
                    await asyncio.wait_for(proc.wait(), timeout=10)
                except TimeoutError:
                    proc.kill()
                    await proc.wait()


# ----------------------------------------------------------------------------------------------------------------
# Measurements (in the parent, at the fake)
# ----------------------------------------------------------------------------------------------------------------


async def sequential(fake: FakeDiscord, cases: list[Case], rounds: int) -> tuple[list[float], int]:
    """`rounds` invocations one after another; response times in ms and how many failed."""
    from tests.discord_harness import STUDENT

    samples, failures = [], 0
    for name, options in itertools.islice(itertools.cycle(cases), rounds):
        result = await fake.send_slash_command(name, options, user=STUDENT)
        failures += failed(result)
        if result.response_time is not None:
            samples.append(result.response_time * 1000)
    return samples, failures


@dataclass
class Burst:
    sent: int
    seconds: float
    latencies_ms: list[float]
    failures: int

    @property
    def rate(self) -> float:
        return self.sent / self.seconds


async def burst(
    fake: FakeDiscord, cases: dict[str, list[Case]], users: list[FakeUser], total: int, concurrency: int
) -> Burst:
    """`total` interactions, commands round-robin, users round-robin; all in flight at once unless limited."""
    labels = list(cases)

    def case(n: int) -> Case:
        options = cases[labels[n % len(labels)]]
        return options[(n // len(labels)) % len(options)]

    from tests.fake_discord import InteractionResult

    work = [(users[n % len(users)], case(n)) for n in range(total)]
    gate = asyncio.Semaphore(concurrency) if concurrency > 0 else contextlib.nullcontext()

    async def one(user: FakeUser, case: Case) -> InteractionResult:
        async with gate:
            return await fake.send_slash_command(case[0], case[1], user=user, timeout=120)

    results = await asyncio.gather(*(one(user, case) for user, case in work), return_exceptions=True)
    done = [r for r in results if isinstance(r, InteractionResult) and r.callback_at is not None]
    first = min(r.sent_at for r in done)
    last = max(r.callback_at for r in done)
    latencies = [r.response_time * 1000 for r in done]
    return Burst(total, last - first, latencies, sum(failed(r) for r in results))


def listen_overflows() -> int | None:
    """Connections the kernel dropped because a listen queue was full (system-wide, Linux), so far."""
    with contextlib.suppress(OSError, ValueError, StopIteration):
        lines = Path("/proc/net/netstat").read_text().splitlines()
        names, values = next((a, b) for a, b in itertools.pairwise(lines) if a.startswith("TcpExt:"))
        return int(dict(zip(names.split(), values.split(), strict=True))["ListenOverflows"])
    return None


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def ratio(value: float, floor: float) -> str:
    return f"{value / floor:.2f}x" if floor else "-"


FLOOR_CASES: list[Case] = [(FLOOR_COMMAND, {"question": q}) for q in ("when is hw3 due?", "office hours today")]


async def interleaved(
    fake: FakeDiscord, floor_fake: FakeDiscord, cases: list[Case], rounds: int, slices: int
) -> tuple[list[float], list[float], int]:
    """`rounds` sequential invocations of CourseBot and of the floor, alternating in `slices` slices."""
    bot_samples: list[float] = []
    floor_samples: list[float] = []
    failures = 0
    per_slice = max(1, rounds // slices)
    ring = itertools.cycle(cases)
    for _ in range(slices):
        chunk = [next(ring) for _ in range(per_slice)]
        samples, failed_here = await sequential(fake, chunk, per_slice)
        bot_samples += samples
        failures += failed_here
        floor_samples += (await sequential(floor_fake, FLOOR_CASES, per_slice))[0]
    return bot_samples, floor_samples, failures


async def latency_table(
    fake: FakeDiscord, floor_fake: FakeDiscord, cases: dict[str, list[Case]], args: argparse.Namespace
) -> int:
    """Per command: a short pass with the spec check on (also the warm-up, and the violation count), then
    `rounds` timed with it off, interleaved with the floor. Returns the number of OpenAPI violations."""
    checked = {}
    fake.validate = True
    for label, options in cases.items():
        checked[label] = await sequential(fake, options, args.check_rounds)
    await sequential(floor_fake, FLOOR_CASES, args.check_rounds)
    violations = len(fake.violations)
    fake.validate = floor_fake.validate = False
    print(
        f"Latency, INTERACTION_CREATE sent -> callback received: {args.rounds} invocations per command, one at a "
        f"time, interleaved with the floor bot in {args.slices} slices"
    )
    print(
        f"{'command':<14}{'n':>6}{'p50 ms':>9}{'p99 ms':>9}{'max ms':>9}{'p50 chk':>10}{'errors':>8}"
        f"{'floor p50':>11}{'p50/floor':>11}{'p99/floor':>11}   target"
    )
    for label, options in cases.items():
        samples, floor, failures = await interleaved(fake, floor_fake, options, args.rounds, args.slices)
        p50, floor_p50 = statistics.median(samples), statistics.median(floor)
        goal = "1.3x" if label == "/ask" else "1.15x"
        target = f"p99 <= {ASK_P99_MS if label == '/ask' else STRUCTURED_P99_MS} ms; p50 <= {goal} the floor"
        print(
            f"{label:<14}{len(samples):>6}{p50:>9.2f}{percentile(samples, 0.99):>9.2f}{max(samples):>9.2f}"
            f"{statistics.median(checked[label][0]):>10.2f}{failures + checked[label][1]:>8}{floor_p50:>11.2f}"
            f"{ratio(p50, floor_p50):>11}{ratio(percentile(samples, 0.99), percentile(floor, 0.99)):>11}   {target}"
        )
    print("p50 chk: with the fake checking each request against the OpenAPI spec before it stamps the callback")
    return violations


STAGE_COMMANDS = ("/ask", "/deadline")


async def stage_table(
    fake: FakeDiscord,
    floor_fake: FakeDiscord,
    child: BotProcess,
    floor_child: BotProcess,
    cases: dict[str, list[Case]],
    rounds: int,
) -> None:
    """Where the time of one interaction goes in each bot's process (bench/stages.py), for /ask, /deadline and the
    floor: ms per interaction by stage (p50 of the stage's runs x how many ran per interaction), the callback's
    JSON size and the requests each interaction made."""
    from tests.discord_harness import STUDENT

    fake.validate = floor_fake.validate = False
    columns: dict[str, dict[str, Any]] = {}
    runs = [(label, fake, child, cases[label]) for label in STAGE_COMMANDS]
    runs.append(("floor", floor_fake, floor_child, FLOOR_CASES))
    for label, target, process, options in runs:
        await sequential(target, options, 20)  # warm-up, then forget its spans
        # The fake stamps a callback when it arrives, before the bot's send returns: let the last span close.
        await asyncio.sleep(0.05)
        await process.figures("stages 20")
        samples, sizes, requests = [], [], []
        for name, values in itertools.islice(itertools.cycle(options), rounds):
            result = await target.send_slash_command(name, values, user=STUDENT)
            samples.append((result.response_time or 0) * 1000)
            sizes.append(len(json.dumps(result.callback or {})))
            requests.append(1 + len(result.followups) + len(result.edits))
        await asyncio.sleep(0.05)
        figures = await process.figures(f"stages {rounds}")
        figures["latency p50 (at the fake)"] = {"p50_ms": statistics.median(samples), "per_interaction": 1.0}
        columns[label] = {"stages": figures, "size": statistics.median(sizes), "requests": statistics.mean(requests)}
    print(
        f"Stages in the bot's process, {rounds} invocations each against the small guild, wrappers on (so a little "
        "slower than above): p50 ms of one run of the stage x runs per interaction; [n] = runs per interaction "
        "when not 1"
    )
    labels = list(columns)
    print(f"{'stage':<32}" + "".join(f"{label:>18}" for label in labels))
    names: list[str] = []
    for column in columns.values():
        names += [name for name in column["stages"] if name not in names]
    for name in names:
        cells = []
        for label in labels:
            stage = columns[label]["stages"].get(name)
            if stage is None:
                cells.append(f"{'-':>18}")
                continue
            per = stage["per_interaction"]
            note = "" if abs(per - 1) < 0.005 else f" [{per:.2f}]"
            cells.append(f"{stage['p50_ms']:.3f}{note}".rjust(18))
        print(f"{name:<32}" + "".join(cells))
    print(f"{'callback JSON chars (p50)':<32}" + "".join(f"{columns[label]['size']:>18.0f}" for label in labels))
    print(f"{'requests per interaction':<32}" + "".join(f"{columns[label]['requests']:>18.2f}" for label in labels))


async def measured_burst(
    fake: FakeDiscord, child: BotProcess, cases: dict[str, list[Case]], users: list[FakeUser], total: int, flight: int
) -> tuple[Burst, float, float, Any]:
    """A burst with the bot's CPU seconds, the fake's, and the listen-queue drops during it."""
    bot_cpu, fake_cpu = (await child.figures("before"))["cpu_s"], cpu_seconds()
    drops = listen_overflows()
    timed = await burst(fake, cases, users, total, flight)
    drops = listen_overflows() - drops if drops is not None else "?"
    after = await child.figures(f"after the burst, {flight or 'all'} in flight")
    return timed, after["cpu_s"] - bot_cpu, cpu_seconds() - fake_cpu, (drops, after)


async def burst_table(
    fake: FakeDiscord,
    floor_fake: FakeDiscord,
    child: BotProcess,
    floor_child: BotProcess,
    cases: dict[str, list[Case]],
    users: list[FakeUser],
    args: argparse.Namespace,
) -> tuple[list[dict[str, Any]], int, int]:
    """Each in-flight limit: the floor's burst and CourseBot's, alternating `--repeats` times (spec check off),
    then CourseBot once with the spec check on. Returns the bot's memory figures after each timed burst, and
    (violations, requests) of the checked one."""
    floor_cases = {"/floor": FLOOR_CASES}
    print(f"Burst: {args.burst} interactions from {len(users)} users, the commands above mixed; the floor's the same")
    print(
        f"{'in flight':<22}{'bot':>6}{'per s':>8}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}{'CPU s':>8}"
        f"{'CPU ms/i':>10}{'drops':>7}"
    )
    figures = []
    summary = []
    for in_flight in args.in_flight:
        fake.validate = floor_fake.validate = False
        runs: dict[str, list[tuple[Burst, float]]] = {"CourseBot": [], "floor": []}
        for _ in range(args.repeats):
            for name, target, kid, mix in (
                ("floor", floor_fake, floor_child, floor_cases),
                ("CourseBot", fake, child, cases),
            ):
                timed, cpu, _, (drops, after) = await measured_burst(target, kid, mix, users, args.burst, in_flight)
                runs[name].append((timed, cpu))
                if name == "CourseBot":
                    figures.append(after)
                print(
                    f"{in_flight or f'all {args.burst}':<22}{name[:6]:>6}{timed.rate:>8.0f}"
                    f"{statistics.median(timed.latencies_ms):>9.1f}{percentile(timed.latencies_ms, 0.99):>9.1f}"
                    f"{timed.failures:>8}{cpu:>8.2f}{cpu * 1000 / args.burst:>10.2f}{drops:>7}"
                )
        bot_rate = statistics.median(b.rate for b, _ in runs["CourseBot"])
        floor_rate = statistics.median(b.rate for b, _ in runs["floor"])
        bot_cpu = statistics.median(c for _, c in runs["CourseBot"])
        floor_cpu = statistics.median(c for _, c in runs["floor"])
        summary.append((in_flight, bot_rate, floor_rate, bot_cpu, floor_cpu))
    fake.validate = True
    before = len(fake.violations), len(fake.requests)
    checked = await burst(fake, cases, users, args.burst, args.in_flight[0])
    print(
        f"{f'{args.in_flight[0] or args.burst}, spec check on':<22}{'Course':>6}{checked.rate:>8.0f}"
        f"{statistics.median(checked.latencies_ms):>9.1f}{percentile(checked.latencies_ms, 0.99):>9.1f}"
        f"{checked.failures:>8}   (for the violation count)"
    )
    print("per s: interactions / (last callback received - first INTERACTION_CREATE sent); CPU: the bot process's")
    print("user+sys seconds; drops: connections dropped on a full listen queue (the fake's backlog is 128)")
    print()
    print(f"{'burst vs the floor':<22}{'per s':>8}{'floor':>8}{'ratio':>8}{'CPU/floor':>11}{'own code':>10}   target")
    for in_flight, bot_rate, floor_rate, bot_cpu, floor_cpu in summary:
        own = 1 - floor_cpu / bot_cpu if bot_cpu else 0.0
        print(
            f"{in_flight or f'all {args.burst} at once':<22}{bot_rate:>8.0f}{floor_rate:>8.0f}"
            f"{ratio(bot_rate, floor_rate):>8}{ratio(bot_cpu, floor_cpu):>11}{own:>10.0%}   >= 0.85x the floor"
        )
    return figures, len(fake.violations) - before[0], len(fake.requests) - before[1]


def memory_row(label: str, figures: dict[str, Any], target: str = "") -> str:
    cached = "-"
    if figures.get("members_cached") is not None:
        cached = f"{figures['members_cached']:,} of {figures['member_count']:,}"
    mb = [f"{figures[k]:.1f}" if figures.get(k) is not None else "?" for k in ("peak_rss_mb", "rss_mb", "ru_maxrss_mb")]
    return f"{label:<44}{mb[0]:>9}{mb[1]:>9}{mb[2]:>11}{figures['open_fds']:>7}{cached:>16}   {target}".rstrip()


async def run(args: argparse.Namespace) -> None:
    from tests.discord_harness import STUDENT, course_guild, fake_discord
    from tests.fake_discord import FakeMember, FakeUser

    cases = command_cases()
    users = [FakeUser(id=900_000 + n, username=f"student{n}") for n in range(args.users)]
    explicit = [FakeMember(user=u) for u in (STUDENT, *users)]  # listed first: the fake finds them without a scan
    generated = max(0, args.members - len(explicit))
    with tempfile.TemporaryDirectory(prefix="coursebot-bench-") as tmp:
        folder = Path(tempfile.mkdtemp(dir=tmp))
        floor_folder = Path(tempfile.mkdtemp(dir=tmp))
        async with (
            fake_discord(
                guilds=[course_guild(members=explicit, generated_members=generated)], users=[STUDENT, *users]
            ) as fake,
            fake_discord(
                guilds=[course_guild(members=explicit, generated_members=generated)], users=[STUDENT, *users]
            ) as floor_fake,
            bot_process(fake, folder) as (child, early),
            bot_process(floor_fake, floor_folder, "--floor-process") as (floor_child, floor_early),
        ):
            check_violations = await latency_table(fake, floor_fake, cases, args)
            print()
            after, burst_violations, burst_requests = await burst_table(
                fake, floor_fake, child, floor_child, cases, users, args
            )
            floor_after = await floor_child.figures("after the bursts")
            print(
                f"OpenAPI violations: {check_violations} in the checked latency pass, {burst_violations} in "
                f"{burst_requests} requests of the checked burst; routes the fake lacks: {len(fake.unhandled)}"
            )
        # Baseline: the same bot against the tests' small guild.
        folder = Path(tempfile.mkdtemp(dir=tmp))
        async with fake_discord() as fake, bot_process(fake, folder) as (_, baseline):
            pass
        # Stages: a bot and a floor with the stage wrappers on, apart from the timed children above.
        folder, floor_folder = Path(tempfile.mkdtemp(dir=tmp)), Path(tempfile.mkdtemp(dir=tmp))
        async with (
            fake_discord() as fake,
            fake_discord() as floor_fake,
            bot_process(fake, folder, stages=True) as (child, _),
            bot_process(floor_fake, floor_folder, "--floor-process", stages=True) as (floor_child, _),
        ):
            print()
            await stage_table(fake, floor_fake, child, floor_child, cases, args.stage_rounds)

    print()
    print("Bot process memory (its own process): peak = VmHWM, RSS = VmRSS now, fds = open file descriptors")
    print(f"{'stage':<44}{'peak MB':>9}{'RSS MB':>9}{'ru_maxrss':>11}{'fds':>7}{'members cached':>16}   target")
    print(memory_row("started (imports, course, store)", early[0]))
    members = early[1]["member_count"] - 1
    print(memory_row(f"ready, guild of {members:,} members + the bot", early[1], f"<= {RSS_MB} MB"))
    for figures in after:
        print(memory_row(figures["stage"], figures, f"<= {RSS_MB} MB"))
    print(memory_row("ready, the tests' small guild (baseline)", baseline[1]))
    print(memory_row("the floor bot, ready", floor_early[1]))
    print(memory_row("the floor bot, after its bursts", floor_after))
    peak, floor_peak = after[-1].get("peak_rss_mb"), floor_after.get("peak_rss_mb")
    if peak and floor_peak:
        print(f"peak RSS vs the floor: {ratio(peak, floor_peak)}")
    print(
        "ru_maxrss is not the bot's own figure: Linux keeps it across fork+exec, so it starts at the size of the "
        "parent (the fake) when the child was started"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=200, help="sequential invocations per command")
    parser.add_argument("--check-rounds", type=int, default=20, help="per command, with the spec check on")
    parser.add_argument("--burst", type=int, default=2000, help="interactions in the burst")
    parser.add_argument("--users", type=int, default=500, help="distinct users in the burst")
    parser.add_argument("--members", type=int, default=10_000, help="members in the guild")
    parser.add_argument(
        "--in-flight",
        type=lambda text: [int(n) for n in text.split(",")],
        default=[50, 0],
        help="burst interactions in flight at most, one burst per value (0: all at once); default 50,0",
    )
    parser.add_argument("--stage-rounds", type=int, default=200, help="invocations per command in the stage pass")
    parser.add_argument("--slices", type=int, default=10, help="alternations with the floor per command")
    parser.add_argument("--repeats", type=int, default=2, help="bursts of each bot per in-flight value")
    parser.add_argument(
        "--fresh-answers",
        action="store_true",
        help="keep no public answer (bot.discord_app.public_answers): each built afresh, as the first of its minute",
    )
    parser.add_argument(
        "--faq",
        action="store_true",
        help="import the course's FAQ for the server first: every /ask then looks for an endorsed answer to quote",
    )
    parser.add_argument("--bot-process", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--floor-process", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if os.environ.get("COURSEBOT_BENCH_STAGES") and (args.bot_process or args.floor_process):
        from bench import stages

        stages.install()
    if args.bot_process:
        asyncio.run(serve_bot())
        return
    if args.floor_process:
        asyncio.run(serve_floor())
        return
    logging.basicConfig(level=logging.WARNING)
    if args.fresh_answers:
        os.environ["COURSEBOT_BENCH_FRESH"] = "1"
    if args.faq:
        os.environ["COURSEBOT_BENCH_FAQ"] = "1"
    asyncio.run(run(args))


if __name__ == "__main__":
    main()
