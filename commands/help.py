"""/help: every command, generated from the command catalog so it never goes stale."""

from __future__ import annotations

from bot.answers.help import help_answer
from bot.discord_app.catalog import CommandSet
from bot.discord_app.invocation import Invocation

COMMANDS = CommandSet()
setup = COMMANDS.setup


@COMMANDS.command("help")
async def help_(inv: Invocation) -> None:
    """What I can do, and how to ask."""
    await inv.reply.answer(help_answer(inv.course.title, inv.host.catalog.help_entries()))
