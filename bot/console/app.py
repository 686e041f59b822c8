"""Putting a console session together (catalog, server, store, announcements) and running it on a terminal or on
piped input. Piped lines are echoed (`> /due`) before their answers, so a transcript reads as a conversation."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import sys
from collections.abc import AsyncIterator, Callable, Iterator
from typing import TextIO

from bot.announce.delivery import Announcer
from bot.console.forum import ConsoleForum
from bot.console.poster import CONSOLE_CHANNEL, ConsolePoster
from bot.console.reply import named
from bot.console.session import Console, ConsoleHost
from bot.console.session_store import AnnouncerStore, SessionStore
from bot.console.values import ConsoleServer
from bot.core.clock import Clock, FixedClock
from bot.core.render_text import answer_text
from bot.core.timefmt import human_datetime
from bot.course.catalog import CourseCatalog
from bot.discord_app.catalog import load_catalog
from bot.discord_app.options import ChannelRef, UserRef
from bot.qa.escalation import ForumPlans, job_label
from bot.settings import Settings
from bot.store.database import Store
from bot.understand.engine import warm

log = logging.getLogger(__name__)
CONSOLE_USER = UserRef(id=1, name="console")
CONSOLE_CHANNEL_REF = ChannelRef(id=CONSOLE_CHANNEL, name="console")


@contextlib.contextmanager
def _quiet(logger: logging.Logger) -> Iterator[None]:
    """Only errors from `logger` meanwhile."""
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


@contextlib.asynccontextmanager
async def console_session(
    settings: Settings,
    courses: CourseCatalog,
    clock: FixedClock,
    store: Store,
    *,
    staff: bool,
    emit: Callable[[str], None],
    course_id: str | None = None,
    real_clock: Clock | None = None,
) -> AsyncIterator[Console]:
    """A console acting as the server `settings.server_id`, sharing `store` with the bot and the command line, and
    answering from `course_id` (`--course`), else that server's course. Announcements due as the clock moves are
    printed through `emit`."""
    server = ConsoleServer(settings.server_id, CONSOLE_USER, CONSOLE_CHANNEL_REF)
    view = SessionStore(store)
    posts = AnnouncerStore(
        view, server_id=server.server_id, user_id=CONSOLE_USER.id, channel_id=CONSOLE_CHANNEL, since=clock.now()
    )
    forum = ConsoleForum(
        # The console server's course, read when a forum message is shown: /setup course may change it meanwhile.
        lambda answer: answer_text(named(answer, {**forum.names(), **server.names}), host.course.tz, clock.now()),
        emit,
        {CONSOLE_USER.id} if staff else set(),
    )
    host = ConsoleHost(
        settings=settings,
        courses=courses,
        store=view,
        clock=clock,
        catalog=load_catalog(),
        course_id=course_id,
        forum=forum,
        real_clock=real_clock,
    )
    console = Console(host, server, staff=staff)
    poster = ConsolePoster(lambda: host.course, clock, emit, lambda: {**forum.names(), **server.names})
    announcer = Announcer(
        store=posts,
        clock=clock,
        course_for=host.course_for_announcements,
        poster=poster,
        owner="console",
        dm_rate=0,
        keys_by_course=courses.per_server,
        sources=(ForumPlans(posts, host.course_for_announcements, only=server.server_id),),
    )

    async def run_due() -> None:
        # What could not be sent is one plain console line (the log's warning, with the wall clock's time and an
        # exception name, is for the bot's operators, not the console's reader).
        with _quiet(logging.getLogger("bot.announce.delivery")):
            outcomes = await announcer.run_due()
        for guild_id, key, outcome in outcomes:
            if outcome == "failed":
                found = posts.deliveries.get(guild_id, key)
                why = found.note if found and found.note else "see /admin status"
                emit(f"({job_label(key) or f'The announcement {key}'} was not sent: {why})")

    async def fire(before: dt.datetime, after: dt.datetime) -> None:
        # Walk the clock through every planned instant on the way, so each post goes out at its own time.
        for moment in announcer.instants_between(before, after):
            clock.set(moment)
            await run_due()
        clock.set(after)
        await run_due()

    console.on_time_moved.append(fire)
    try:
        yield console
    finally:
        view.close()


async def run_lines(console: Console, lines: TextIO, out: TextIO, *, interactive: bool) -> None:
    """Read lines until :quit or the end of input (Ctrl-D), printing each answer."""
    course = console.host.course
    if interactive:
        print(f"{course.title} console. Time: {human_datetime(console.clock.now(), course.tz)}.", file=out)
        print(
            "Type /help, a slash command like /oh day:wednesday, or a question. :help for the console's own "
            "commands; :quit or Ctrl-D to leave.",
            file=out,
        )
        warm(course, console.clock.now())  # the answer engine's lazy parts now, not in the first question
    loop = asyncio.get_running_loop()
    while True:
        if interactive:
            print("> ", end="", file=out, flush=True)
        line = await loop.run_in_executor(None, lines.readline)
        if not line:
            break
        if not interactive and line.strip():
            print(f"> {line.rstrip()}", file=out, flush=True)
        try:
            text = await console.handle(line)
        except EOFError:
            break
        if text:
            print(text + "\n", file=out, flush=True)


def stdin_is_terminal() -> bool:
    return sys.stdin.isatty()
