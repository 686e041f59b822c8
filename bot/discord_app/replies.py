"""Sending answers to Discord: one reply path for every command, with pages and safe mentions."""

from __future__ import annotations

import logging

import discord

from bot.core.answer import Answer
from bot.discord_app.render import embed_pages

log = logging.getLogger(__name__)
NO_MENTIONS = discord.AllowedMentions.none()


class Pages(discord.ui.View):
    """Previous/next buttons over the pages of a long answer."""

    def __init__(self, pages: list[discord.Embed], owner_id: int, timeout: float = 600) -> None:
        super().__init__(timeout=timeout)
        self.pages, self.owner_id, self.index = pages, owner_id, 0
        self._sync()

    def _sync(self) -> None:
        self.previous.disabled = self.index == 0
        self.next.disabled = self.index >= len(self.pages) - 1

    async def _show(self, interaction: discord.Interaction, step: int) -> None:
        self.index = max(0, min(len(self.pages) - 1, self.index + step))
        self._sync()
        await interaction.response.edit_message(embed=self.pages[self.index], view=self)

    @discord.ui.button(label="Previous", style=discord.ButtonStyle.secondary)
    async def previous(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await self._show(interaction, -1)

    @discord.ui.button(label="Next", style=discord.ButtonStyle.secondary)
    async def next(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await self._show(interaction, +1)


async def send_answer(
    interaction: discord.Interaction,
    answer: Answer,
    *,
    ephemeral: bool | None = None,
    file: discord.File | None = None,
) -> None:
    """Reply with an answer: the first response, or a followup if the interaction was already answered/deferred.

    The console passes an interaction with an `answer_sink`; it gets the Answer itself and prints it as text.
    """
    private = answer.ephemeral if ephemeral is None else ephemeral
    sink = getattr(interaction, "answer_sink", None)
    if sink is not None:
        await sink(answer, private)
        return
    pages = embed_pages(answer)
    kwargs: dict = {"embed": pages[0], "ephemeral": private, "allowed_mentions": NO_MENTIONS}
    if len(pages) > 1:
        kwargs["view"] = Pages(pages, interaction.user.id)
    if file is not None:
        kwargs["file"] = file
    if interaction.response.is_done():
        await interaction.followup.send(**kwargs)
    else:
        await interaction.response.send_message(**kwargs)
