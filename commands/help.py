"""/help: every command, generated from the command catalog so it never goes stale."""

from __future__ import annotations

from dataclasses import replace

from bot.announce.server_course import NoCourse
from bot.answers.help import help_answer
from bot.core.answer import text
from bot.discord_app.catalog import CommandSet
from bot.discord_app.invocation import Invocation
from commands._kept import course_answer

COMMANDS = CommandSet()
setup = COMMANDS.setup


@COMMANDS.command("help")
async def help_(inv: Invocation) -> None:
    """What I can do, and how to ask."""
    entries = inv.host.catalog.help_entries()
    if isinstance(inv.served, NoCourse):  # help still works before a server picks its course, and says so
        answer = replace(help_answer("", list(entries)), title="CourseBot").with_lines(text(inv.served.message))
    else:
        course = inv.served
        answer = course_answer(course, ("help", entries), lambda: help_answer(course.title, list(entries)))
    await inv.reply.answer(answer)
