"""The terminal console: slash commands typed as in Discord (`/oh day:wednesday`) or free text, run through the
very same command callbacks the Discord bot runs, and printed as plain text.

Console-only lines start with a colon: `:time` shows the simulated clock, `:time 2024-03-12T09:00` sets it,
`:advance 2h` (or 90m, 1d) moves it, `:help`, `:quit`.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import shlex
from collections.abc import Callable
from typing import Any

import discord
from discord import app_commands

from bot.core.answer import Answer
from bot.core.clock import FixedClock
from bot.core.render_text import answer_text
from bot.core.timefmt import human_datetime, parse_now
from bot.discord_app.client import CourseBot
from bot.discord_app.tree import describe_error

log = logging.getLogger(__name__)
CONSOLE_USER_ID = 1


class ConsoleUser:
    """Stands in for the Discord member typing at the console."""

    def __init__(self) -> None:
        self.id = CONSOLE_USER_ID
        self.name = self.display_name = "console"
        self.mention = "@console"
        self.roles: list = []
        self.bot = False


class ConsoleResponse:
    def __init__(self) -> None:
        self._done = False

    def is_done(self) -> bool:
        return self._done

    async def defer(self, **_: Any) -> None:
        self._done = True


class ConsoleInteraction:
    """The subset of discord.Interaction the commands use; answers go to `answer_sink` instead of Discord."""

    def __init__(self, bot: CourseBot, sink: Callable, *, staff: bool) -> None:
        self.client = bot
        self.user = ConsoleUser()
        self.guild_id: int | None = None
        self.guild = None
        self.channel_id: int | None = None
        self.permissions = discord.Permissions.all() if staff else discord.Permissions.none()
        self.extras: dict = {}
        self.response = ConsoleResponse()
        self.command: app_commands.Command | None = None
        self.locale = discord.Locale.american_english

        async def answer_sink(answer: Answer, private: bool) -> None:
            self.response._done = True
            sink(answer, private)

        self.answer_sink = answer_sink


_DURATION = re.compile(r"^([+-]?\d+)\s*(m|min|mins|minutes?|h|hrs?|hours?|d|days?|w|weeks?)$")


def parse_duration(value: str) -> dt.timedelta:
    match = _DURATION.match(value.strip().lower())
    if not match:
        raise ValueError(f"{value!r} is not a duration like 90m, 2h or 1d")
    count, unit = int(match.group(1)), match.group(2)[0]
    return {
        "m": dt.timedelta(minutes=count),
        "h": dt.timedelta(hours=count),
        "d": dt.timedelta(days=count),
        "w": dt.timedelta(weeks=count),
    }[unit]


class Console:
    """Reads a line, runs it, returns the text to print."""

    def __init__(self, bot: CourseBot, clock: FixedClock, *, staff: bool = False) -> None:
        self.bot, self.clock, self.staff = bot, clock, staff
        self.on_time_moved: list[Callable[[dt.datetime, dt.datetime], Any]] = []

    @property
    def tz(self):
        return self.bot.course.tz

    async def handle(self, line: str) -> str:
        line = line.strip()
        if not line or line.startswith("#"):
            return ""
        if line.startswith(":"):
            return await self._meta(line[1:])
        if line.startswith("/"):
            return await self._slash(line[1:])
        return await self._run(self._find(["ask"])[0], {"question": line})

    async def _meta(self, line: str) -> str:
        word, _, rest = line.strip().partition(" ")
        rest = rest.strip()
        try:
            if word in ("time", "now"):
                if rest:
                    await self._move_to(parse_now(rest, self.tz))
                return f"Console time: {human_datetime(self.clock.now(), self.tz)}"
            if word in ("advance", "wait", "skip"):
                await self._move_to(self.clock.now() + parse_duration(rest or "1h"))
                return f"Console time: {human_datetime(self.clock.now(), self.tz)}"
        except ValueError as exc:
            return f"Sorry: {exc}"
        if word in ("help", "?"):
            return (__doc__ or "").strip()
        if word in ("quit", "exit", "q"):
            raise EOFError
        return f"Unknown console command ':{word}'. Try :help."

    async def _move_to(self, moment: dt.datetime) -> None:
        before = self.clock.now()
        self.clock.set(moment)
        for listener in self.on_time_moved:
            result = listener(before, moment)
            if hasattr(result, "__await__"):
                await result

    def _find(self, words: list[str]) -> tuple[app_commands.Command | None, int]:
        """The command named by the first words (a group takes a subcommand), and how many words it used."""
        if not words:
            return None, 0
        command = self.bot.tree.get_command(words[0].lower())
        used = 1
        while isinstance(command, app_commands.Group):
            if used >= len(words):
                return command, used
            command = command.get_command(words[used].lower())
            used += 1
        return command, used

    async def _slash(self, text: str) -> str:
        words = text.split()
        command, used = self._find(words)
        if command is None or isinstance(command, app_commands.Group):
            names = sorted(c.name for c in self.bot.tree.get_commands())
            if isinstance(command, app_commands.Group):
                subs = ", ".join(c.name for c in command.commands)
                return f"/{command.name} needs a subcommand: {subs}."
            return f"Unknown command /{words[0] if words else ''}. Commands: " + ", ".join(f"/{n}" for n in names)
        remainder = text.split(None, used)[used] if len(text.split(None, used)) > used else ""
        try:
            options = self._options(command, remainder)
        except ValueError as exc:
            return f"Sorry: {exc}"
        return await self._run(command, options)

    def _options(self, command: app_commands.Command, remainder: str) -> dict[str, Any]:
        """`name:value name2:value with spaces` -> converted keyword arguments for the callback."""
        params = {p.display_name: p for p in command.parameters}
        if not params:
            if remainder.strip():
                raise ValueError(f"/{command.qualified_name} takes no options")
            return {}
        pattern = re.compile(r"(?:^|\s)(" + "|".join(re.escape(n) for n in params) + r"):")
        marks = list(pattern.finditer(remainder))
        if remainder.strip() and (not marks or remainder[: marks[0].start()].strip()):
            lead = remainder[: marks[0].start()] if marks else remainder
            required = [p for p in command.parameters if p.required]
            if len(required) == 1 and not marks:
                return {required[0].name: self._convert(required[0], _unquote(lead))}
            raise ValueError(f"write options as name:value; /{command.qualified_name} takes {_usage(command)}")
        raw: dict[str, str] = {}
        for i, mark in enumerate(marks):
            end = marks[i + 1].start() if i + 1 < len(marks) else len(remainder)
            raw[mark.group(1)] = _unquote(remainder[mark.end() : end])
        out = {}
        for display, value in raw.items():
            param = params[display]
            out[param.name] = self._convert(param, value)
        missing = [p.display_name for p in command.parameters if p.required and p.name not in out]
        if missing:
            raise ValueError(f"/{command.qualified_name} needs {', '.join(missing)}; it takes {_usage(command)}")
        return out

    def _convert(self, param: app_commands.Parameter, value: str) -> Any:
        if param.choices:
            for choice in param.choices:
                if value.lower() in (str(choice.value).lower(), choice.name.lower()):
                    return choice.value
            names = ", ".join(c.name for c in param.choices)
            raise ValueError(f"{param.display_name} must be one of: {names}")
        kind = param.type
        try:
            if kind is discord.AppCommandOptionType.integer:
                return int(value)
            if kind is discord.AppCommandOptionType.number:
                return float(value)
        except ValueError:
            raise ValueError(f"{param.display_name} must be a number, not {value!r}") from None
        if kind is discord.AppCommandOptionType.boolean:
            if value.lower() in ("true", "yes", "on", "1"):
                return True
            if value.lower() in ("false", "no", "off", "0"):
                return False
            raise ValueError(f"{param.display_name} must be true or false")
        if kind is discord.AppCommandOptionType.string:
            if param.max_value is not None and len(value) > param.max_value:
                raise ValueError(f"{param.display_name} can be at most {param.max_value} characters")
            return value
        raise ValueError(f"{param.display_name} can't be given in the console")

    async def _run(self, command: app_commands.Command, options: dict[str, Any]) -> str:
        printed: list[str] = []

        def sink(answer: Answer, private: bool) -> None:
            note = "(only you would see this in Discord)\n" if private else ""
            printed.append(note + answer_text(answer, self.tz, self.clock.now()))

        interaction = ConsoleInteraction(self.bot, sink, staff=self.staff)
        interaction.command = command
        try:
            for check in _checks(command):
                if not await discord.utils.maybe_coroutine(check, interaction):
                    raise app_commands.CheckFailure()
            if command.binding is not None:
                await command.callback(command.binding, interaction, **options)
            else:
                await command.callback(interaction, **options)
        except Exception as exc:
            answer, unexpected = describe_error(
                exc if isinstance(exc, app_commands.AppCommandError) else app_commands.CommandInvokeError(command, exc)
            )
            if unexpected:
                log.exception("console command failed")
            sink(answer, True)
        return "\n\n".join(printed)


def _checks(command: app_commands.Command) -> list:
    checks = list(command.checks)
    parent = command.parent
    while parent is not None:
        checks = list(getattr(parent, "checks", [])) + checks
        parent = parent.parent
    return checks


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        try:
            return shlex.split(value)[0]
        except ValueError:
            return value[1:-1]
    return value


def _usage(command: app_commands.Command) -> str:
    parts = [f"{p.display_name}:…" if p.required else f"[{p.display_name}:…]" for p in command.parameters]
    return " ".join(parts) or "no options"
