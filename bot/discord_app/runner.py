"""Start the Discord bot from settings: open the store, connect, and turn failures into clear messages.

The HTTP feed (calendar and /healthz) belongs to a layer above this one: `coursebot run` passes in how to start
and stop it.

Stopping: SIGTERM (what Procfile hosts send before a restart) and SIGINT (Ctrl-C) stop the bot cleanly, exit 0:
the scheduler stops first so no new sweep starts, an announcement sweep already sending gets DRAIN_SECONDS to
finish (anything it has not confirmed by then stays claimed in the delivery log, and the next start checks
whether it reached Discord before posting it), then the gateway and HTTP sessions close, then the database.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import aiohttp
import discord

from bot.core.clock import SystemClock
from bot.core.plain_text import one_line_logs
from bot.course.catalog import served_courses
from bot.discord_app.client import CourseBot
from bot.discord_app.endpoints import point_discord_at
from bot.discord_app.privacy import quiet_payload_logs
from bot.settings import DEFAULT_API_BASE, DEFAULT_GATEWAY_URL, Settings
from bot.store.database import Store

log = logging.getLogger(__name__)

LOGIN_REFUSED = """Discord rejected DISCORD_TOKEN (401 Unauthorized).
Copy a fresh token from https://discord.com/developers/applications -> your app -> Bot -> Reset Token.
`coursebot console` works without one."""
INTENT_REFUSED = """Discord refused the Message Content intent that COURSEBOT_MESSAGE_CONTENT=1 asks for.
Turn it on at https://discord.com/developers/applications -> your app -> Bot -> Message Content Intent,
or unset COURSEBOT_MESSAGE_CONTENT (the forum then reads titles only)."""
UNREACHABLE = (
    "coursebot {command}: cannot reach {what} at {url} ({where}{reason}): check this machine's network connection, "
    "DNS, and any proxy or firewall{custom}; `coursebot console` works without a network"
)
# Heroku-style hosts kill the process 30 s after SIGTERM; leave room for closing the gateway and the database.
DRAIN_SECONDS = 10.0
STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


async def graceful_close(bot: CourseBot, *, drain: float = DRAIN_SECONDS) -> None:
    """Stop scheduling, let an in-flight announcement sweep finish (up to `drain` seconds), then close the bot."""
    schedule = getattr(bot, "schedule", None)
    if schedule is not None:
        schedule.shutdown()
    announcer = getattr(bot, "announcer", None)
    if announcer is not None and announcer.busy:
        log.info("event=shutdown_draining timeout_s=%.0f", drain)
        try:
            async with asyncio.timeout(drain):
                await announcer.idle()
        except TimeoutError:
            log.warning("event=shutdown_drain_timeout note=unconfirmed sends stay claimed for the next start")
    await bot.close()


@contextlib.contextmanager
def stop_on_signals(bot: CourseBot, stopping: list[asyncio.Task]) -> Iterator[None]:
    """While inside: SIGTERM/SIGINT start graceful_close once (the task is put in `stopping`)."""
    loop = asyncio.get_running_loop()

    def request_stop(name: str) -> None:
        if stopping:
            log.info("event=shutdown_already_requested signal=%s", name)
            return
        log.info("event=shutdown_requested signal=%s", name)
        stopping.append(loop.create_task(graceful_close(bot)))

    installed = []
    for sig in STOP_SIGNALS:
        try:
            loop.add_signal_handler(sig, request_stop, sig.name)
            installed.append(sig)
        except (NotImplementedError, RuntimeError):  # Windows, or not the main thread: default handling stays
            pass
    try:
        yield
    finally:
        for sig in installed:
            loop.remove_signal_handler(sig)


def unreachable(
    settings: Settings, err: BaseException | None, *, sync_only: bool = False, gateway: bool = False
) -> str:
    """One line: the address that could not be reached (the REST API, or the gateway), why (as the system said
    it), and what to check."""
    host, port = getattr(err, "host", None), getattr(err, "port", None)
    where = f"{host}:{port}: " if host else ""
    cause = getattr(err, "os_error", None)
    reason = getattr(cause, "strerror", None) or str(cause or err or "") or "no connection"
    if gateway:
        url, custom = settings.gateway_url, settings.gateway_url != DEFAULT_GATEWAY_URL
        what, variable = "the Discord gateway", "DISCORD_GATEWAY_URL"
    else:
        url, custom = settings.api_base, settings.api_base != DEFAULT_API_BASE
        what, variable = "Discord", "DISCORD_API_BASE"
    return UNREACHABLE.format(
        command="sync" if sync_only else "run",
        what=what,
        url=url,
        where=where,
        reason=reason,
        custom=f", and {variable}" if custom else "",
    )


class OneLineReconnects(logging.Filter):
    """discord.py logs every reconnect attempt with the whole traceback; a network outage is not a bug, so each
    attempt is one line naming the error (discord.py keeps retrying, with backoff, as before)."""

    def __init__(self) -> None:
        super().__init__()
        self.last_error: BaseException | None = None

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[1] is not None and record.msg.startswith("Attempting a reconnect"):
            err = self.last_error = record.exc_info[1]
            record.msg, record.args = "%s after %s: %s", (record.getMessage(), type(err).__name__, err)
            record.exc_info = record.exc_text = None
        return True


@contextlib.contextmanager
def quiet_reconnects() -> Iterator[OneLineReconnects]:
    """OneLineReconnects on discord.py's client logger while inside (it remembers the last connection error)."""
    client_log = logging.getLogger("discord.client")
    reconnects = OneLineReconnects()
    client_log.addFilter(reconnects)
    try:
        yield reconnects
    finally:
        client_log.removeFilter(reconnects)


StartFeed = Callable[[CourseBot, int], Awaitable[Any]]
StopFeed = Callable[[Any], Awaitable[None]]


async def run_bot(
    settings: Settings,
    *,
    sync_only: bool = False,
    start_feed: StartFeed | None = None,
    stop_feed: StopFeed | None = None,
) -> int:
    """Run until stopped. Returns the process exit code (2 for configuration problems such as a bad token).

    With settings.http_port, `start_feed(bot, port)` serves HTTP beside the bot and `stop_feed` ends it."""
    discord.utils.setup_logging(level=getattr(logging, settings.log_level), root=True)
    one_line_logs()
    quiet_payload_logs()
    point_discord_at(settings.api_base, settings.gateway_url)
    courses = served_courses(settings.courses_dir, settings.data_dir)
    store = Store(settings.db_path, zone=courses.default.tz)
    bot = CourseBot(settings=settings, courses=courses, clock=SystemClock(), store=store, freeze_heap=True)
    http = None
    stopping: list[asyncio.Task] = []
    try:
        if sync_only:
            await bot.login(settings.token)
            count = await bot.sync_commands()
            print(f"Registered {count} commands.")
            return 0
        port = settings.http_port
        if port and start_feed is not None:
            try:
                http = await start_feed(bot, port)
            except OSError as err:
                print(f"Cannot serve the calendar feed and /healthz on port {port}: {err}", file=sys.stderr)
                return 2
        with stop_on_signals(bot, stopping), quiet_reconnects() as reconnects:
            try:
                await bot.start(settings.token)
            except AttributeError:
                # discord.py 2.7 (Rapptz/discord.py#10520): when the first gateway connection fails, its retry loop
                # dies reading the session of a websocket it never had. Never connected, and a connection attempt
                # failed: the gateway is out of reach (any other AttributeError is a bug and stays one).
                if bot.ws is not None or reconnects.last_error is None:
                    raise
                if not stopping:
                    print(unreachable(settings, reconnects.last_error, gateway=True), file=sys.stderr)
                    return 2
    except (aiohttp.ClientConnectionError, TimeoutError) as err:  # no network: discord.py retries only once logged in
        print(unreachable(settings, err, sync_only=sync_only), file=sys.stderr)
        return 2
    except discord.LoginFailure:
        print(LOGIN_REFUSED, file=sys.stderr)
        return 2
    except discord.PrivilegedIntentsRequired:
        print(INTENT_REFUSED if settings.message_content else "Discord refused the gateway intents.", file=sys.stderr)
        return 2
    finally:
        if stopping:  # bot.start returns as soon as the gateway closes; let the shutdown finish first
            await asyncio.gather(*stopping, return_exceptions=True)
        if not bot.is_closed():
            await bot.close()
        if http is not None and stop_feed is not None:
            await stop_feed(http)
        store.close()
        log.info("event=stopped by_signal=%s", "yes" if stopping else "no")
    return 0
