"""/help: every command, generated from the command tree so it never goes stale."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext.commands import Cog

from bot.answers.help import help_answer
from bot.discord_app.replies import send_answer


def command_entries(tree: app_commands.CommandTree) -> list[tuple[str, str, bool]]:
    """(qualified name, description, staff only) for every slash command, subcommands included."""
    out = []
    for command in tree.get_commands(type=discord.AppCommandType.chat_input):
        for leaf in command.walk_commands() if isinstance(command, app_commands.Group) else [command]:
            root = leaf.root_parent or leaf
            staff = root.default_permissions is not None or any(
                getattr(check, "__qualname__", "").startswith("staff_only") for check in leaf.checks
            )
            out.append((leaf.qualified_name, leaf.description, staff))
    return sorted(out)


class Help(Cog):
    def __init__(self, bot) -> None:
        self.bot = bot

    @app_commands.command(name="help")
    async def help(self, interaction: discord.Interaction) -> None:
        """What I can do, and how to ask."""
        course = interaction.client.course
        await send_answer(interaction, help_answer(course.title, command_entries(interaction.client.tree)))


async def setup(bot) -> None:
    await bot.add_cog(Help(bot))
