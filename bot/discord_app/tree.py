"""The command tree: the last line of defence for errors discord.py raises before a command body runs (an
option it cannot resolve, a command Discord has out of date). Errors inside a body never get here: the shared
path (bot.discord_app.running) answers those itself."""

from __future__ import annotations

import logging
from typing import Any

import discord
from discord import app_commands

from bot.core.answer import error_answer
from bot.discord_app.discord_reply import DiscordReply
from bot.discord_app.running import SERVER_ONLY, SORRY, STAFF_ONLY, error_reply

log = logging.getLogger(__name__)


def describe_error(error: BaseException) -> tuple[Any, bool]:
    """(answer, unexpected) for an error discord.py raised around a command."""
    original = getattr(error, "original", None) or error.__cause__ or error
    if isinstance(error, app_commands.NoPrivateMessage):
        return error_answer(SERVER_ONLY), False
    if isinstance(error, app_commands.CheckFailure):
        return error_answer(str(error) or STAFF_ONLY), False
    if isinstance(error, app_commands.TransformerError):
        return error_answer(
            "I couldn't use the value given for one of the options; pick it again from the list."
        ), False
    if isinstance(error, app_commands.CommandSignatureMismatch | app_commands.CommandNotFound):
        return error_answer("Discord has an older copy of this command; try again in a minute."), False
    answer, unexpected = error_reply(original)
    return answer, unexpected


class CourseTree(app_commands.CommandTree):
    """The command tree: every interaction gets exactly one reply, even when discord.py fails before the body."""

    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        answer, unexpected = describe_error(error)
        command = interaction.command.qualified_name if interaction.command else "?"
        if unexpected:
            log.error("command=%s guild=%s outcome=error", command, interaction.guild_id, exc_info=error)
        else:
            log.info("command=%s guild=%s outcome=refused", command, interaction.guild_id)
        try:
            await DiscordReply(interaction).private(answer)
        except discord.HTTPException:
            log.exception("command=%s could not send the error reply", command)


__all__ = ["SORRY", "CourseTree", "describe_error"]
