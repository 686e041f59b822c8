"""The command tree: one error handler for every command, and the staff check that guards staff commands."""

from __future__ import annotations

import logging
import time
from typing import Any

import discord
from discord import app_commands

from bot.core.answer import error_answer
from bot.core.errors import UserError
from bot.discord_app.replies import send_answer

log = logging.getLogger(__name__)

SORRY = "Sorry, something went wrong on my side. It has been logged for the course staff; please try again later."
STAFF_ONLY = "That command is for course staff."


def describe_error(error: BaseException) -> tuple[Any, bool]:
    """(answer, unexpected) for an error raised by a command: user mistakes get their own message."""
    original = getattr(error, "original", None) or error.__cause__ or error
    if isinstance(original, UserError):
        return error_answer(original.message, original.suggestions), False
    if isinstance(error, app_commands.NoPrivateMessage):
        return error_answer("That command only works in a server, not in DMs."), False
    if isinstance(error, app_commands.CheckFailure):
        return error_answer(str(error) or STAFF_ONLY), False
    if isinstance(error, app_commands.TransformerError):
        return error_answer(f"I couldn't read {error.value!r} for that option."), False
    if isinstance(error, app_commands.CommandOnCooldown):
        return error_answer(f"Slow down a little: try again in {error.retry_after:.0f} s."), False
    return error_answer(SORRY), True


class CourseTree(app_commands.CommandTree):
    """The command tree: every command's errors end here, and each interaction gets exactly one reply."""

    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        answer, unexpected = describe_error(error)
        command = interaction.command.qualified_name if interaction.command else "?"
        if unexpected:
            log.error("command=%s guild=%s outcome=error", command, interaction.guild_id, exc_info=error)
        else:
            log.info("command=%s guild=%s outcome=refused", command, interaction.guild_id)
        try:
            await send_answer(interaction, answer, ephemeral=True)
        except discord.HTTPException:
            log.exception("command=%s could not send the error reply", command)

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        interaction.extras["started"] = time.perf_counter()
        return True


def is_staff(interaction: discord.Interaction) -> bool:
    """Staff: members with Manage Server, or with the configured staff role (checked here, on our side)."""
    permissions = getattr(interaction, "permissions", None)
    if permissions is not None and (permissions.manage_guild or permissions.administrator):
        return True
    role = interaction.client.staff_role_for(interaction.guild_id)
    roles = getattr(interaction.user, "roles", []) or []
    return bool(role) and any(str(r.id) == role or r.name == role for r in roles)


def staff_only():
    """Refuse a command on our side unless the user is staff (Discord's own permission gate can be edited by
    server admins, and does not exist for subcommands, so this check is what actually protects staff commands).
    Top-level staff commands and groups also get `default_permissions` so students do not even see them."""

    def predicate(interaction: discord.Interaction) -> bool:
        if not is_staff(interaction):
            raise app_commands.CheckFailure(STAFF_ONLY)
        return True

    return app_commands.check(predicate)
