"""Small helpers the command modules share: the course context and autocomplete for sections."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import discord
from discord import app_commands

from bot.course.model import Course
from bot.store.database import Store


@dataclass(frozen=True)
class Context:
    course: Course
    now: dt.datetime
    store: Store
    guild_id: int | None


def context(interaction: discord.Interaction) -> Context:
    """The course, the current time and the store, as every command sees them."""
    bot = interaction.client
    return Context(course=bot.course, now=bot.now(), store=bot.store, guild_id=interaction.guild_id)


def choices(pairs: list[tuple[str, str]]) -> list[app_commands.Choice[str]]:
    """Autocomplete answers: Discord takes at most 25, names and values at most 100 characters."""
    return [app_commands.Choice(name=name[:100], value=value[:100]) for name, value in pairs[:25]]


async def section_autocomplete(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
    course = interaction.client.course
    typed = current.lower()
    return choices(
        [
            (f"{s.name}: {s.description}" if s.description else s.name, s.id)
            for s in course.sections
            if typed in s.id.lower() or typed in s.name.lower()
        ]
    )
