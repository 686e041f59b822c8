"""The discord.py client: command tree with one error handler, extension loading, and command sync on change."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import gc
import hashlib
import json
import logging
import os
import socket
from dataclasses import replace
from typing import Any

import aiohttp
import discord
from discord.ext.commands import Bot, when_mentioned
from discord.utils import MISSING

from bot.announce.delivery import Announcer
from bot.announce.scheduling import AnnouncementScheduler
from bot.announce.server_course import NoCourse, server_course
from bot.announce.server_setup import GuildSetup
from bot.core.clock import Clock
from bot.core.ids import role_id
from bot.course.catalog import CourseCatalog
from bot.course.model import Course
from bot.discord_app import forum_events
from bot.discord_app.catalog import Catalog, CommandSet, extension_names
from bot.discord_app.components import ActionButton
from bot.discord_app.permissions import invite_url
from bot.discord_app.poster import DiscordPoster
from bot.discord_app.privacy import quiet_payload_logs
from bot.discord_app.public_answers import PUBLIC_ANSWERS, minute_aligned
from bot.discord_app.registry import register
from bot.discord_app.tree import CourseTree
from bot.qa.asking_pace import AskingPace
from bot.qa.escalation import ForumPlans
from bot.qa.sent_twice import SentTwice
from bot.settings import Settings
from bot.store.database import Store
from bot.understand.engine import warm as warm_answer_engine

log = logging.getLogger(__name__)

HTTP_CONNECTIONS = 64
# Slash commands answered at once; more wait before their answer is built (bot.discord_app.registry). As many as
# there are connections: a reply that cannot be sent yet holds memory (its answer, embeds, request) for nothing.
ANSWERING = HTTP_CONNECTIONS


def settle_heap() -> None:
    """Collect the garbage of loading, then freeze what is left: the course data, the answer engine's indexes,
    dateparser's tables and the libraries live as long as the process, and a full collection that walks them all
    takes tens of milliseconds, inside whichever request happens to trigger it."""
    gc.collect()
    gc.freeze()


class CourseBot(Bot):
    """The bot: its courses, the clock, the store and the command catalog every command runs against (its host).

    `courses` is every course it serves (a folder of courses: each server follows the one it picked); `course=`
    is the shorthand for a bot serving one course, every server's."""

    def __init__(
        self,
        *,
        settings: Settings,
        clock: Clock,
        store: Store,
        course: Course | None = None,
        courses: CourseCatalog | None = None,
        run_scheduler: bool = True,
        freeze_heap: bool = False,
        **options: Any,
    ) -> None:
        if (course is None) == (courses is None):
            raise TypeError("CourseBot takes course= (one course) or courses= (a catalog), not both")
        intents = discord.Intents.none()
        intents.guilds = True
        # The course forum: replies, edits and deletions in its threads (not privileged). Their words only with the
        # privileged message content intent, asked for when COURSEBOT_MESSAGE_CONTENT is set (the portal toggle must
        # be on); without it they arrive empty, in events and fetches alike, and the forum reads titles only.
        intents.guild_messages = True
        intents.message_content = settings.message_content
        # Slash commands only; a mention prefix keeps discord.py from warning about message content.
        options.setdefault("command_prefix", when_mentioned)
        super().__init__(intents=intents, tree_cls=CourseTree, help_command=None, **options)
        quiet_payload_logs()  # anonymous askers appear in no log line
        self.settings, self.clock, self.store = settings, clock, store
        self.courses = courses if courses is not None else CourseCatalog.single(course)  # type: ignore[arg-type]
        self.catalog = Catalog()
        # APScheduler fires on the wall clock; with a simulated clock (tests) the caller drives run_due instead.
        self.run_scheduler = run_scheduler
        # `coursebot run` (one bot per process): what setup loads is kept out of the cyclic collector's walks.
        self.freeze_heap = freeze_heap
        self.forms: set[asyncio.Task] = set()  # form submissions being answered
        self.asking_pace = AskingPace()  # forum posts per person: a salted count in memory, never stored
        self.sent_twice = SentTwice()  # a question sent again soon is posted once (salted, in memory only)
        self.answering = asyncio.Semaphore(ANSWERING)

    def now(self) -> dt.datetime:
        return self.clock.now()

    def real_now(self) -> dt.datetime:
        """The bot's clock is the real one: what it writes for the server is stamped with it."""
        return self.clock.now()

    @property
    def course(self) -> Course:
        """The default course: a one-course bot's only course (the bare feed path and /healthz report it)."""
        return self.courses.default

    @course.setter
    def course(self, course: Course) -> None:
        self.courses = replace(self.courses, courses={**self.courses.courses, self.courses.default_id: course})

    def setup_of(self, guild_id: int | None) -> GuildSetup | None:
        """The server's /setup, parsed once per change of the database (every interaction reads it)."""
        if guild_id is None:
            return None
        return self.store.cache.get(
            ("guild_setup", guild_id), lambda: GuildSetup.from_json(self.store.server_settings.get(guild_id))
        )

    def served_course(self, guild_id: int | None, setup: GuildSetup | None = None) -> Course | NoCourse:
        """The course this server follows (or, serving several courses, why it has none). `setup`: the server's,
        when the caller has it already."""
        if not self.courses.per_server:
            return server_course(self.courses, guild_id, None)
        return server_course(self.courses, guild_id, setup if setup is not None else self.setup_of(guild_id))

    def course_for_announcements(self, guild_id: int | None) -> Course | None:
        served = self.served_course(guild_id)
        return None if isinstance(served, NoCourse) else served

    async def login(self, token: str) -> None:
        """Log in with a bounded connection pool: a burst of interactions reuses connections instead of
        opening one per request (discord.py's default pool is unlimited)."""
        if self.http.connector is MISSING:
            self.http.connector = aiohttp.TCPConnector(limit=HTTP_CONNECTIONS)
        await super().login(token)

    def staff_role_for(self, guild_id: int | None) -> str | None:
        return self.staff_role_in(self.setup_of(guild_id) if guild_id else None)

    def staff_role_in(self, setup: GuildSetup | None) -> str | None:
        """The staff role of a server whose /setup is `setup` (None: it has none): its own, else the bot's. For a
        caller holding the setup already (every interaction): a server with no /setup is not looked up twice."""
        return (setup.staff_role if setup else None) or self.settings.staff_role

    def staff_role_id(self, guild_id: int) -> int | None:
        """The server's staff role (its setting, else the bot's; given as an id or a name) as a role id: the one
        lookup behind the unanswered-question pings and the private channel's access check."""
        return role_id(self.staff_role_for(guild_id), lambda name: self._role_id_named(guild_id, name))

    def staff_role_to_mention(self, guild_id: int) -> int | None:
        """The staff role when the server lets the bot mention it in a channel students read too (the role is
        mentionable, or the bot may mention any role); else None, and a notice there names no one."""
        staff = self.staff_role_id(guild_id)
        guild = self.get_guild(guild_id)
        role = guild.get_role(staff) if guild is not None and staff is not None else None
        if role is None:
            return None
        me = guild.me
        return role.id if role.mentionable or (me is not None and me.guild_permissions.mention_everyone) else None

    def _role_id_named(self, guild_id: int, name: str) -> int | None:
        guild = self.get_guild(guild_id)
        role = discord.utils.get(guild.roles, name=name) if guild is not None else None
        return role.id if role is not None and role.id != guild_id else None

    async def load_course_extensions(self) -> None:
        """Every command module in commands/, found by walking the package (none is forgotten)."""
        for name in extension_names():
            await self.load_extension(name)

    async def add_command_set(self, commands: CommandSet) -> None:
        """A command module's setup: its commands join the catalog and discord.py's command tree."""
        self.catalog.add(commands)
        register(self, self.tree, commands.specs, commands.groups, commands.menus)

    async def setup_hook(self) -> None:
        # The answer engine and dateparser load now (before the gateway connects), not in the first /ask; here,
        # and not in __init__, so a SIGTERM during the warm-up already finds the runner's handlers installed.
        for course in self.courses:
            warm_answer_engine(course)
            minute_aligned(course)  # checked now, not in the first student's /due
        self.add_dynamic_items(ActionButton)  # buttons of earlier runs still answer
        forum_events.install(self)
        await self.load_course_extensions()
        await self.sync_commands_if_changed()
        self.start_announcements()
        if self.freeze_heap:
            settle_heap()

    def start_announcements(self, poster=None) -> None:
        """The scheduler needs a running event loop, so it starts here (setup_hook) and stops in close()."""
        self.announcer = Announcer(
            store=self.store,
            clock=self.clock,
            course_for=self.course_for_announcements,
            keys_by_course=self.courses.per_server,
            poster=poster or DiscordPoster(self),
            owner=f"{socket.gethostname()}:{os.getpid()}:{id(self)}",
            dm_rate=self.settings.dm_rate,
            sources=(
                ForumPlans(
                    self.store,
                    self.course_for_announcements,
                    staff_role_id=self.staff_role_id,
                ),
            ),
            staff_ping=self.staff_role_to_mention,
        )
        if self.run_scheduler:
            self.schedule = AnnouncementScheduler(self.announcer, sweep_seconds=self.settings.sweep_seconds)
            self.schedule.start()

    async def on_ready(self) -> None:
        log.info(
            "event=ready user=%s guilds=%d invite=%s", self.user, len(self.guilds), invite_url(self.application_id)
        )

    def dispatch(self, event_name: str, /, *args: Any, **kwargs: Any) -> None:
        super().dispatch(event_name, *args, **kwargs)
        if event_name == "interaction":
            task = forum_events.answer_form(self, args[0])
            if task is not None:  # kept until done: a task nobody holds may vanish
                self.forms.add(task)
                task.add_done_callback(self.forms.discard)

    async def run_action_interaction(
        self, interaction: discord.Interaction, action: str, arg: str, values: dict[str, str]
    ) -> None:
        await forum_events.run_action_interaction(self, interaction, action, arg, values)

    def reschedule(self) -> None:
        """Settings, data or staff posts changed: re-plan the jobs (no restart needed)."""
        schedule = getattr(self, "schedule", None)
        if schedule is not None:
            schedule.rebuild()

    async def close(self) -> None:
        schedule = getattr(self, "schedule", None)
        if schedule is not None:
            schedule.shutdown()
        reconciling = getattr(self, "reconciling", None)
        if reconciling is not None and not reconciling.done():
            # A forum check cut short leaves its pending mark: the next start does it again from the same moment.
            reconciling.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await reconciling
        await super().close()

    async def replace_courses(self, courses: CourseCatalog) -> None:
        """Put reloaded course data in service (after `/admin reload`): every server's next command and the
        rebuilt schedule use it."""
        for course in courses:
            warm_answer_engine(course)
            minute_aligned(course)
        self.courses = courses
        PUBLIC_ANSWERS.clear()  # they could not be found again (each is kept for its course object): free them now
        versions = ",".join(f"{c.id}@{c.version}" for c in courses)
        log.info("event=data_reloaded courses=%s", versions)
        self.reschedule()
        if self.freeze_heap:
            gc.unfreeze()  # the replaced courses can be freed now
            settle_heap()

    def _sync_target(self) -> discord.Object | None:
        return discord.Object(id=self.settings.guild_id) if self.settings.guild_id else None

    def command_fingerprint(self) -> str:
        payload = [c.to_dict(self.tree) for c in self.tree.get_commands()]
        blob = json.dumps(payload, sort_keys=True, default=str)
        return hashlib.sha256(blob.encode()).hexdigest()

    async def sync_commands(self) -> int:
        """Register the command set with Discord (to the configured guild, or globally)."""
        guild = self._sync_target()
        if guild is not None:
            self.tree.copy_global_to(guild=guild)
        synced = await self.tree.sync(guild=guild)
        self.store.meta.set(f"commands_hash:{guild.id if guild else 'global'}", self.command_fingerprint())
        log.info("event=commands_synced target=%s count=%d", guild.id if guild else "global", len(synced))
        return len(synced)

    async def sync_commands_if_changed(self) -> bool:
        """Sync only when the command set differs from the last one registered (hash kept in the DB)."""
        guild = self._sync_target()
        key = f"commands_hash:{guild.id if guild else 'global'}"
        if self.store.meta.get(key) == self.command_fingerprint():
            log.info("event=commands_unchanged target=%s", guild.id if guild else "global")
            return False
        await self.sync_commands()
        return True
