"""What every command body receives: the `Invocation` (who asked, where, when, with what course and store) and
the small `Reply` interface both front ends implement (Discord in bot.discord_app.discord_reply, the terminal in
bot.console.reply). No discord here: a body written against these runs unchanged in both.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from bot.announce.server_course import NoCourse
from bot.calendar.events import DesiredEvent, ExistingEvent
from bot.core.answer import Answer, Text
from bot.core.errors import UserError
from bot.course.catalog import CourseCatalog
from bot.course.model import Course
from bot.discord_app.interactions import Form
from bot.discord_app.options import UserRef
from bot.qa.asking_pace import AskingPace
from bot.qa.sent_twice import SentTwice
from bot.settings import Settings
from bot.store.database import Store

if TYPE_CHECKING:
    from bot.discord_app.catalog import Catalog
    from bot.discord_app.forum_host import ForumHost


class Reply(Protocol):
    """How a command answers. Each method may be called more than once (the first reply, then follow-ups)."""

    async def answer(self, answer: Answer) -> None:
        """Send the answer; only the asker sees it when answer.ephemeral."""

    async def private(self, answer: Answer) -> None:
        """Send the answer so only the asker sees it, whatever answer.ephemeral says."""

    async def file(self, answer: Answer, filename: str, data: bytes, *, without_file: Text = ()) -> None:
        """Send the answer with a file. Where no file can be attached (the console), `without_file` is added to
        the answer instead, saying how to get it."""

    async def defer(self, *, private: bool = True) -> None:
        """Say "working on it" now (Discord wants a first response within 3 s); the answer follows."""

    async def form(self, form: Form) -> None:
        """Ask for text (a modal in Discord, which must be the first response; prompts in the console). Submitting
        it runs the form's action, then or after a restart."""


class EventsTab(Protocol):
    """A server's scheduled events (Discord's Events tab). Only Discord has one; raise UserError when refused."""

    async def existing(self) -> list[ExistingEvent]: ...

    async def create(self, event: DesiredEvent) -> int: ...

    async def update(self, event_id: int, event: DesiredEvent) -> None: ...

    async def delete(self, event_id: int) -> None: ...


class Host(Protocol):
    """What runs the commands: the Discord bot or the console. Bodies reach settings and live actions through it."""

    settings: Settings
    catalog: Catalog
    courses: CourseCatalog  # every course this bot serves (one, or a folder of courses)
    asking_pace: AskingPace  # how often one person may post to the course forum (in memory only)
    sent_twice: SentTwice  # the questions each person just sent, so one sent twice is posted once (in memory only)

    def real_now(self) -> dt.datetime:
        """The real time (the console's wall clock, not its `--now`): what is written for the real server."""

    def reschedule(self) -> None:
        """Settings, data or staff posts changed: plan the announcements again."""

    async def replace_courses(self, courses: CourseCatalog) -> None:
        """Put reloaded course data in service (every course at once) and plan again."""


@dataclass(frozen=True, slots=True)  # one per interaction: no __dict__
class Invocation:
    """One run of one command: the course and time it runs against, where and by whom, and how to reply.

    `served` is the server's course (bot.announce.server_course), or why it has none; bodies read `course`.
    server_id is None only in a DM. is_staff is decided by the front end (Discord: Manage Server, administrator
    or the configured staff role; console: --staff) and checked for staff commands before the body runs.
    """

    served: Course | NoCourse
    now: dt.datetime
    store: Store
    server_id: int | None
    user: UserRef
    is_staff: bool
    reply: Reply
    host: Host
    events: EventsTab | None = None
    forum: ForumHost | None = None  # the server's forum, threads and webhooks (None in a DM)

    @property
    def course(self) -> Course:
        """This server's course. A server of a bot serving several courses that has not picked one: UserError
        saying what to run, so every command that needs a course says so and none answers from another."""
        if isinstance(self.served, NoCourse):
            raise UserError(self.served.message)
        return self.served

    @property
    def has_course(self) -> bool:
        return not isinstance(self.served, NoCourse)

    @property
    def course_id(self) -> str | None:
        """The id of this server's course, or None when it has not picked one (the forum's records are kept by it)."""
        return self.served.id if self.has_course else None


class NoReply:
    """The reply of an autocomplete request: there is nothing to answer, only choices to offer."""

    async def answer(self, answer: Answer) -> None:
        raise RuntimeError("autocomplete cannot reply")

    async def private(self, answer: Answer) -> None:
        raise RuntimeError("autocomplete cannot reply")

    async def file(self, answer: Answer, filename: str, data: bytes, *, without_file: Text = ()) -> None:
        raise RuntimeError("autocomplete cannot reply")

    async def defer(self, *, private: bool = True) -> None:
        raise RuntimeError("autocomplete cannot reply")

    async def form(self, form: Form) -> None:
        raise RuntimeError("autocomplete cannot reply")
