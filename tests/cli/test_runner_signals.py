"""Stopping: SIGTERM/SIGINT to `coursebot run` (a real subprocess against the loopback Discord) exit 0 without a
traceback and leave the database intact; an in-flight announcement sweep gets time to finish first."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import os
import signal
import socket
import sqlite3
import sys
from pathlib import Path

import aiohttp
import pytest

from bot.cli.run import run_bot
from bot.discord_app.endpoints import endpoints_restored
from bot.discord_app.runner import graceful_close
from tests.conftest import REPO
from tests.discord_harness import GUILD_ID, fake_discord, settings_for


def bot_env(fake, db: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "COURSEBOT_")) and k != "PORT"}
    env.update(
        DISCORD_TOKEN=fake.token,
        DISCORD_API_BASE=fake.api_base,
        DISCORD_GATEWAY_URL=fake.gateway_url,
        COURSEBOT_DB=str(db),
        COURSEBOT_GUILD_ID=str(GUILD_ID),
        COURSEBOT_LOG_LEVEL="INFO",
        PYTHONUNBUFFERED="1",
    )
    return env


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
async def test_coursebot_run_stops_cleanly_on_a_signal(tmp_path, stop):
    """The Procfile host's SIGTERM (or Ctrl-C): exit code 0 within seconds, no traceback, database readable."""
    db = tmp_path / "bot.db"
    async with fake_discord() as fake:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "run",
            cwd=REPO,
            env=bot_env(fake, db),
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        try:
            await fake.wait_until_identified(timeout=20)
            await asyncio.sleep(0.3)  # READY and GUILD_CREATE reach the bot
            process.send_signal(stop)
            _, stderr = await asyncio.wait_for(process.communicate(), timeout=10)
        finally:
            if process.returncode is None:
                process.kill()
                await process.wait()
    err = stderr.decode()
    assert process.returncode == 0, err
    assert "Traceback" not in err
    assert f"event=shutdown_requested signal={stop.name}" in err
    assert "event=stopped" in err
    with contextlib.closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA user_version").fetchone()[0] >= 2
        keys = [row[0] for row in conn.execute("SELECT key FROM meta")]
    assert f"commands_hash:{GUILD_ID}" in keys


class _SweepingAnnouncer:
    """Announcer's shutdown surface (busy/idle) over a lock the test holds to simulate a sweep in flight."""

    def __init__(self) -> None:
        self._lock = asyncio.Lock()

    @property
    def busy(self) -> bool:
        return self._lock.locked()

    async def idle(self) -> None:
        async with self._lock:
            return


class _Sweeping:
    """A stand-in bot whose announcer is in the middle of a sweep."""

    def __init__(self) -> None:
        self.announcer = _SweepingAnnouncer()
        self.schedule = None
        self.events: list[str] = []

    async def close(self) -> None:
        self.events.append("closed")


async def test_shutdown_waits_for_an_in_flight_sweep():
    """The bot closes only after the sweep that is sending has finished (its sends are confirmed)."""
    bot = _Sweeping()
    await bot.announcer._lock.acquire()

    async def finish_sweep():
        await asyncio.sleep(0.1)
        bot.events.append("sweep done")
        bot.announcer._lock.release()

    sweep = asyncio.create_task(finish_sweep())
    await graceful_close(bot, drain=5)
    await sweep
    assert bot.events == ["sweep done", "closed"]


async def test_shutdown_does_not_wait_forever(caplog):
    """A sweep stuck past the drain time: the bot closes anyway; unconfirmed sends stay claimed."""
    bot = _Sweeping()
    await bot.announcer._lock.acquire()
    with caplog.at_level(logging.INFO, logger="bot.cli.run"):
        await asyncio.wait_for(graceful_close(bot, drain=0.05), timeout=2)
    assert bot.events == ["closed"]
    assert "event=shutdown_drain_timeout" in caplog.text


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


async def test_run_bot_serves_http_and_stops_it_on_sigterm(tmp_path):
    """In process: with a port, /healthz answers while the bot runs; SIGTERM stops the bot and the server, code 0."""
    port = _free_port()
    async with fake_discord() as fake:
        settings = dataclasses.replace(settings_for(fake, tmp_path / "bot.db"), http_port=port)
        with endpoints_restored():
            running = asyncio.create_task(run_bot(settings))
            try:
                await fake.wait_until_identified(timeout=15)
                async with aiohttp.ClientSession() as session:
                    for _ in range(50):  # until READY has been handled
                        async with session.get(f"http://127.0.0.1:{port}/healthz") as response:
                            report = await response.json()
                        if response.status == 200:
                            break
                        await asyncio.sleep(0.05)
                assert response.status == 200, report
                assert report["scheduler"] == {"running": True, "enabled": True}
                # Only signal ourselves once run_bot's handler is in place (never the default: that would kill pytest).
                assert signal.getsignal(signal.SIGTERM) not in (signal.SIG_DFL, signal.SIG_IGN, None)
                os.kill(os.getpid(), signal.SIGTERM)
                assert await asyncio.wait_for(running, timeout=10) == 0
            finally:
                if not running.done():
                    running.cancel()
        assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL  # the handler is removed again
        async with aiohttp.ClientSession() as session:
            with pytest.raises(aiohttp.ClientConnectionError):
                await session.get(f"http://127.0.0.1:{port}/healthz")
