"""The terminal console: slash commands typed as in Discord (`/oh day:wednesday`) or a question in plain words,
run through the very same command definitions and checks as the Discord bot, and printed as plain text.

Console lines start with a colon:
  :time                      show the console's clock
  :time 2024-03-12T09:00     set it (course time unless the value has a UTC offset)
  :advance 2h                move it forward (90m, 1d, 1w); announcements due on the way print at their times
  :forum                     the course forum's posts in this session, with their message numbers
  :reply 5001 text           write a reply in a forum post's thread (as yourself)
  :menu 5003 Mark as answer  use a message menu on a message (Mark as answer, Endorse, Mark duplicate)
  :post title                post a question straight in the forum, as a student would without /question (with
                             --staff, by "a student": a thread staff open is no question)
  :help                      this text
  :quit                      leave (Ctrl-D, the end of input, does the same)
When an answer offers numbered follow-ups or buttons, type the number on the next line to pick one. When a command
asks for a form (/question), type its fields on the next line as name:value pairs.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re
import shlex
from collections.abc import Awaitable, Callable, Iterator, Mapping
from typing import Any
from zoneinfo import ZoneInfo

from bot.announce.server_course import NoCourse, server_course
from bot.announce.server_setup import GuildSetup
from bot.console.reply import ConsoleReply
from bot.console.values import ConsoleServer, convert
from bot.core.answer import Action, Option, error_answer
from bot.core.clock import Clock, FixedClock, SystemClock
from bot.core.durations import parse_duration
from bot.core.errors import UserError
from bot.core.timefmt import human_datetime, parse_now
from bot.core.wall_clock import repeated, repeated_note, skipped, skipped_message
from bot.course.catalog import CourseCatalog
from bot.course.model import Course
from bot.discord_app.catalog import Catalog, CommandSpec
from bot.discord_app.interactions import Form, ForumEvent, MessageRef
from bot.discord_app.invocation import Invocation
from bot.discord_app.options import UserRef, usage
from bot.discord_app.running import run_action, run_command, run_listener, run_menu
from bot.qa.asking_pace import AskingPace
from bot.qa.sent_twice import SentTwice
from bot.settings import Settings

log = logging.getLogger(__name__)
ASK = "ask"

TimeListener = Callable[[dt.datetime, dt.datetime], Awaitable[None]]


POST_TITLE = 100  # Discord's limit on a thread's name
# Who `:post` posts as in a staff console: a thread staff open straight in the forum is no question.
POSTING_STUDENT = UserRef(id=2, name="a student")
QUESTION_NUMBER = (
    "#{number} is question {number} of the course forum. Use it in a command: /qa follow-up post:#{number}, "
    "/qa resolve post:#{number} (staff: /qa author post:#{number}). A line starting with '# ' is a comment."
)


class ConsoleHost:
    """What runs the commands in the console: its settings, courses, store, clock and catalog.

    The console is one server (settings.server_id). Its course is `course_id` (`--course`) when given, for this
    session only (nothing is written), else the one the server picked with /setup course, else the only course.
    Once /setup course changes the server's course during the session, the console follows that choice."""

    def __init__(
        self,
        *,
        settings: Settings,
        courses: CourseCatalog,
        store: Any,
        clock: FixedClock,
        catalog: Catalog,
        course_id: str | None = None,
        forum: Any = None,
        real_clock: Clock | None = None,
    ) -> None:
        self.settings, self.courses, self.store, self.clock, self.catalog = settings, courses, store, clock, catalog
        self.real_clock = real_clock or SystemClock()  # what is written for the real server is stamped with it
        self.pinned = course_id
        self._stored_at_start = self._setup(settings.server_id).course_id
        self.forum = forum  # the console's simulated forum (bot.console.forum)
        self.asking_pace = AskingPace()  # forum posts per person, as in Discord
        self.sent_twice = SentTwice()  # a question sent twice is posted once, as in Discord
        self.replanned = False  # a command changed what is posted: look for what is due now after it

    def now(self) -> dt.datetime:
        return self.clock.now()

    def real_now(self) -> dt.datetime:
        """The wall clock, never the session's `--now`: the real server's switch of course is stamped with it."""
        return self.real_clock.now()

    def _setup(self, server_id: int | None) -> GuildSetup:
        return GuildSetup.from_json(self.store.server_settings.get(server_id) if server_id is not None else None)

    def served(self, server_id: int | None) -> Course | NoCourse:
        setup = self._setup(server_id)
        if self.pinned is not None and server_id == self.settings.server_id:
            found = self.courses.find(self.pinned)
            if found is not None and setup.course_id == self._stored_at_start:
                return found
        return server_course(self.courses, server_id, setup if server_id is not None else None)

    def course_for_announcements(self, server_id: int) -> Course | None:
        served = self.served(server_id)
        return None if isinstance(served, NoCourse) else served

    @property
    def course(self) -> Course:
        """The console server's course (its time zone is the console's); the default one until one is picked."""
        return self.course_for_announcements(self.settings.server_id) or self.courses.default

    def reschedule(self) -> None:
        """Staff changed what is posted: the console looks for what is due now once the command has answered (as
        the bot re-plans at once), and again whenever its clock moves."""
        self.replanned = True

    async def replace_courses(self, courses: CourseCatalog) -> None:
        self.courses = courses


class Console:
    """Reads a line, runs it, returns the text to print."""

    def __init__(self, host: ConsoleHost, server: ConsoleServer, *, staff: bool = False) -> None:
        self.host, self.server, self.staff = host, server, staff
        self.on_time_moved: list[TimeListener] = []
        self.pending: tuple[Option, ...] = ()  # the last answer's follow-ups, picked by number
        self.pending_actions: tuple[Action, ...] = ()  # and its buttons, numbered after them
        self.pending_form: Form | None = None  # a form the next line fills

    @property
    def clock(self) -> FixedClock:
        return self.host.clock

    @property
    def tz(self) -> ZoneInfo:
        return self.host.course.tz

    async def handle(self, line: str) -> str:
        answer = await self._handle(line)
        if self.host.replanned:  # grades published, a post scheduled for now: out now, not at the next :advance
            self.host.replanned = False
            await self._move_to(self.clock.now())
        return answer

    async def _handle(self, line: str) -> str:
        line = line.strip()
        if re.fullmatch(r"#\s*[0-9]+", line):
            return QUESTION_NUMBER.format(number=line.lstrip("# "))
        if not line or line.startswith("#"):
            return ""
        form, self.pending_form = self.pending_form, None
        if form is not None and not line.startswith(("/", ":")):
            return await self._fill(form, line)
        if line.startswith(":"):
            self.pending, self.pending_actions = (), ()
            return await self._meta(line[1:])
        if (self.pending or self.pending_actions) and line.isdecimal():
            return await self._pick(int(line))
        self.pending, self.pending_actions = (), ()
        if line.startswith("/"):
            return await self._slash(line[1:])
        if _FORM_FIELDS.fullmatch(line) and (line.count(":") > 1 or '"' in line):
            return await self._refuse(
                UserError(
                    "No form is waiting for fields typed as name:value. Run the command that opens the form first "
                    "(like /question), then type its fields on the next line."
                )
            )
        return await self._run(self.host.catalog.get(ASK), {"question": line})

    async def _pick(self, number: int) -> str:
        options, actions = self.pending, self.pending_actions
        if not 1 <= number <= len(options) + len(actions):
            return f"Pick a number from 1 to {len(options) + len(actions)}, or type anything else."
        self.pending, self.pending_actions = (), ()
        if number > len(options):
            action = actions[number - len(options) - 1]
            return await self._act(action.action, action.arg, {})
        return await self._run(self.host.catalog.get(ASK), {"question": options[number - 1].question})

    async def _fill(self, form: Form, line: str) -> str:
        """A form's fields typed as name:value pairs, run through the form's action."""
        try:
            values = form_values_typed(form, line)
        except UserError as err:
            self.pending_form = form  # still open: the line typed again fills it
            return await self._refuse(UserError(f"{err} The form is still open: type its line again."))
        missing = [f.name for f in form.fields if f.required and not values.get(f.name, "").strip()]
        if missing:
            return await self._refuse(UserError(f"The form needs {', '.join(missing)}."))
        return await self._act(form.action, form.arg, values)

    def _invocation(self, printed: list[str], reply: Any = None) -> Invocation:
        host = self.host
        return Invocation(
            served=host.served(self.server.server_id),
            now=self.clock.now(),
            store=host.store,
            server_id=self.server.server_id,
            user=self.server.user,
            is_staff=self.staff,
            reply=reply or self._reply(printed),
            host=host,
            events=None,
            forum=host.forum,
        )

    def _after(self, reply: Any) -> None:
        self.pending, self.pending_actions = reply.options, reply.actions
        self.pending_form = reply.form_asked

    async def _act(self, name: str, arg: str, values: dict[str, str]) -> str:
        spec = self.host.catalog.actions.get(name)
        if spec is None:
            return "That button is no longer available."
        printed: list[str] = []
        reply = self._reply(printed)
        await run_action(spec, self._invocation(printed, reply), arg, values)
        self._after(reply)
        return "\n\n".join(printed)

    async def menu(self, message_id: int, name: str) -> str:
        """A message menu used on a message of the console's forum."""
        spec = next((m for n, m in self.host.catalog.menus.items() if n.lower() == name.strip().lower()), None)
        if spec is None:
            return f"No menu {name.strip()[:40]!r}. Menus: {', '.join(self.host.catalog.menus)}."
        found = self.host.forum.message(message_id) if self.host.forum else None
        if found is None:
            return f"There is no message {message_id} in the console's forum (:forum lists them)."
        thread, message = found
        ref = MessageRef(
            message.id,
            thread.id,
            UserRef(message.author_id, message.author_name),
            message.content,
            message.by_bot,
            self.clock.now(),
        )
        printed: list[str] = []
        reply = self._reply(printed)
        await run_menu(spec, self._invocation(printed, reply), ref)
        self._after(reply)
        return "\n\n".join(printed)

    async def forum_event(self, event: ForumEvent, user: UserRef) -> str:
        printed: list[str] = []
        inv = dataclasses.replace(self._invocation(printed), user=user)
        for spec in self.host.catalog.listeners.get(event.kind, []):
            await run_listener(spec, inv, event)
        return "\n\n".join(printed)

    async def _meta(self, line: str) -> str:
        word, _, rest = line.strip().partition(" ")
        word, rest = word.lower(), rest.strip()
        try:
            if word in ("time", "now"):
                note = ""
                if rest:
                    moment = parse_now(rest, self.tz)
                    if moment.tzinfo is self.tz and skipped(moment):  # no offset given: course time must exist
                        raise UserError(skipped_message(repr(rest), moment))
                    note = f"\n{repeated_note(moment)}" if moment.tzinfo is self.tz and repeated(moment) else ""
                    await self._move_to(moment)
                return f"Console time: {human_datetime(self.clock.now(), self.tz)}{note}"
            if word in ("advance", "wait", "skip"):
                await self._move_to(self.clock.now() + parse_duration(rest or "1h"))
                return f"Console time: {human_datetime(self.clock.now(), self.tz)}"
        except UserError as err:
            return f"Sorry: {err.message}"
        except (ValueError, OverflowError):
            return f"Sorry: I couldn't read {rest[:60]!r} as a time; use ISO 8601, like 2024-03-12T09:00."
        if word in ("forum", "reply", "menu", "post"):
            return await self._forum_line(word, rest)
        if word in ("help", "?"):
            return (__doc__ or "").strip()
        if word in ("quit", "exit", "q"):
            raise EOFError
        return f"Unknown console command ':{word[:30]}'. Try :help."

    async def _forum_line(self, word: str, rest: str) -> str:
        forum = self.host.forum
        if forum is None:
            return "The console has no forum."
        if word == "forum":
            if not forum.threads:
                return "No posts in the console's forum yet (/question, or :post a title)."
            out = []
            for thread in forum.threads.values():
                out.append(f"post {thread.id}: {thread.title}{' (archived)' if thread.archived else ''}")
                out += [
                    f"  message {m.id} by {m.author_name}: {m.content.splitlines()[0][:70]}" for m in thread.messages
                ]
            return "\n".join(out)
        number, _, text_ = rest.partition(" ")
        if word == "post":
            config = self.host.store.qa_forums.get(self.server.server_id)
            if config is None:
                return "Sorry: the course forum is not set up (/setup qa-forum, as staff)."
            title = " ".join(rest.split())
            if not title:
                return "Usage: :post your question's title (posted straight in the forum, as a student would)"
            if len(title) > POST_TITLE:
                return f"Sorry: a forum post's title holds at most {POST_TITLE} characters; yours has {len(title)}."
            user = self.server.user if not await forum.is_staff(self.server.user.id) else POSTING_STUDENT
            thread = forum._open(config.forum_id, title, _plain(rest), user.name, (), False)
            message = forum.message(thread.message_id)[1]
            message.by_bot = False
            ref = MessageRef(thread.message_id, thread.thread_id, user, rest, False, self.clock.now())
            event = ForumEvent("thread_created", thread.thread_id, config.forum_id, ref, title=title)
            return await self.forum_event(event, user)
        if not number.isdecimal() or not text_.strip():
            return f"Usage: :{word} {'5001 your reply' if word == 'reply' else '5003 Mark as answer'}"
        if word == "menu":
            return await self.menu(int(number), text_)
        if int(number) not in forum.threads:
            return f"There is no post {number} in the console's forum (:forum lists them)."
        user = self.server.user
        message_id = forum.add_message(int(number), user.id, user.name, text_.strip(), by_bot=False)
        ref = MessageRef(message_id, int(number), user, text_.strip(), False, self.clock.now())
        event = ForumEvent("message", int(number), message=ref, author_is_staff=self.staff)
        shown = await self.forum_event(event, user)
        return "\n\n".join(x for x in (f"[message {message_id} in post {number}]", shown) if x)

    async def _move_to(self, moment: dt.datetime) -> None:
        before = self.clock.now()
        self.clock.set(moment)
        for listener in self.on_time_moved:
            await listener(before, moment)

    def _find(self, words: list[str]) -> tuple[CommandSpec | None, str | None, int]:
        """(command, group name if only a group was named, words used)."""
        catalog = self.host.catalog
        if not words:
            return None, None, 0
        first = words[0].lower()
        if first in catalog.groups:
            if len(words) < 2:
                return None, first, 1
            return catalog.get(f"{first} {words[1].lower()}"), first, 2
        return catalog.get(first), None, 1

    async def _slash(self, typed: str) -> str:
        words = typed.split()
        spec, group, used = self._find(words)
        catalog = self.host.catalog
        if spec is None:
            if group is not None:
                subs = ", ".join(s.name for s in catalog.subcommands(group))
                return f"/{group} needs one of: {subs}."
            names = ", ".join(f"/{n}" for n in catalog.top_level_names())
            return f"Unknown command /{words[0][:32] if words else ''}. Commands: {names}"
        parts = typed.split(None, used)
        remainder = parts[used] if len(parts) > used else ""
        try:
            values = self._values(spec, remainder)
        except UserError as err:
            return await self._refuse(err)
        return await self._run(spec, values)

    def _values(self, spec: CommandSpec, remainder: str) -> dict[str, Any]:
        """`name:value name2:value with spaces` -> the values the command takes."""
        options = spec.option_map
        if not options:
            if remainder.strip():
                raise UserError(f"/{spec.qualified_name} takes no options.")
            return {}
        pattern = re.compile(r"(?:^|\s)(" + "|".join(re.escape(n) for n in options) + r"):")
        quoted = _quoted_spans(remainder)
        # A name: inside a double-quoted value is part of that value ("see when: tomorrow").
        marks = [m for m in pattern.finditer(remainder) if not any(a < m.start(1) < b for a, b in quoted)]
        lead = remainder[: marks[0].start()] if marks else remainder
        if lead.strip():
            required = [o for o in spec.options if o.required]
            if len(required) == 1 and not marks:
                return {required[0].name: convert(required[0], _unquote(lead), self.server)}
            raise UserError(f"Write options as name:value. /{spec.qualified_name} takes {usage(spec.options)}.")
        out: dict[str, Any] = {}
        for i, mark in enumerate(marks):
            end = marks[i + 1].start() if i + 1 < len(marks) else len(remainder)
            option = options[mark.group(1)]
            out[option.name] = convert(option, _unquote(remainder[mark.end() : end]), self.server)
        return out

    def _reply(self, printed: list[str]) -> ConsoleReply:
        names = _LiveNames(self.server.names, self.host.forum)
        return ConsoleReply(self.host.course, self.clock, printed.append, names)

    async def _refuse(self, err: UserError) -> str:
        """A value the console could not read: refused like any other, before the command runs."""
        printed: list[str] = []
        await self._reply(printed).private(error_answer(err.message, err.suggestions))
        return "\n\n".join(printed)

    async def _run(self, spec: CommandSpec | None, values: dict[str, Any]) -> str:
        if spec is None:
            return "That command is not available in this console."
        printed: list[str] = []
        reply = self._reply(printed)
        await run_command(spec, self._invocation(printed, reply), values)
        self._after(reply)
        return "\n\n".join(printed)


class _LiveNames(Mapping):
    """The console's names, with the forum's threads as they are when an answer is shown (a post made by the
    command itself is named in its own reply)."""

    def __init__(self, fixed: dict[tuple[str, int], str], forum: Any) -> None:
        self.fixed, self.forum = fixed, forum

    def _all(self) -> dict[tuple[str, int], str]:
        return {**(self.forum.names() if self.forum is not None else {}), **self.fixed}

    def __getitem__(self, key: tuple[str, int]) -> str:
        return self._all()[key]

    def __iter__(self) -> Iterator[tuple[str, int]]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())


def _plain(text_: str) -> Any:
    from bot.core.answer import Answer

    return Answer(title=text_.strip()[:100] or "Question")


_FIELD_NAME = re.compile(r"([A-Za-z_]+):")
_QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"')


def form_values_typed(form: Form, line: str) -> dict[str, str]:
    """A form's fields typed on one line as name:value pairs; a value with spaces in "double quotes" (\\" inside).
    UserError, naming the field, for a quote not closed, a field the form does not have, or words outside any
    field: nothing is sent that the student did not mean (a half-quoted title is never posted as typed)."""
    names = [f.name for f in form.fields]
    known = "|".join(re.escape(n) for n in names)
    # an unquoted value runs to the next field: one of the form's, or any name:"..." (a field, known or not)
    next_field = re.compile(r"\s(?:(" + known + r"):|([A-Za-z_]+):(?=\"))")
    takes = f"This form takes {', '.join(n + ':' for n in names)}"
    values: dict[str, str] = {}
    pos = len(line) - len(line.lstrip())
    if not _FIELD_NAME.match(line, pos):
        raise UserError(f"Type the form's fields as name:value, like {names[0]}:…")
    while pos < len(line):
        mark = _FIELD_NAME.match(line, pos)
        if mark is None:
            raise UserError(f"{line[pos : pos + 30]!r} belongs to no field: type it as name:value. {takes}.")
        name = mark.group(1)
        if name not in names:
            raise UserError(f"This form has no field {name}:. {takes}; nothing was sent.")
        pos = mark.end()
        if line.startswith('"', pos):
            quoted = _QUOTED.match(line, pos)
            if quoted is None or (quoted.end() < len(line) and not line[quoted.end()].isspace()):
                shown = line[pos : pos + 40]
                raise UserError(
                    f'The quote after {name}: ({shown}…) is not closed: end the value with " and send the line '
                    "again; nothing was sent."
                )
            values[name] = re.sub(r"\\(.)", r"\1", quoted.group(1))
            pos = quoted.end()
        else:
            found = next_field.search(line, pos)
            end = found.start() if found else len(line)
            values[name] = _unquote(line[pos:end])
            pos = end
        pos += len(line[pos:]) - len(line[pos:].lstrip())
    return values


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each double-quoted stretch; an unclosed quote runs to the end."""
    spans, start = [], None
    for index, char in enumerate(text):
        if char == '"':
            if start is None:
                start = index
            else:
                spans.append((start, index))
                start = None
    if start is not None:
        spans.append((start, len(text)))
    return spans


# A line made only of name:value pairs (a form's fields), not a question that has a colon in it.
_FORM_FIELDS = re.compile(r'(?:\s*[a-z_]+:(?:"[^"]*"|\S+))+\s*')


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        try:
            return shlex.split(value)[0]
        except ValueError:
            return value[1:-1]
    return value
