"""The Discord side of `Reply`: the first response, or a follow-up once the interaction is answered or
deferred; embeds in pages with buttons, follow-up options as buttons, and never a mention that pings."""

from __future__ import annotations

import io
import logging
from collections.abc import Coroutine
from typing import Any

import discord

from bot.core.answer import Answer, Text
from bot.discord_app.components import ActionModal, actions_view
from bot.discord_app.interactions import Form
from bot.discord_app.render import answer_pages
from bot.discord_app.views import AnswerView, Pick

log = logging.getLogger(__name__)
NO_MENTIONS = discord.AllowedMentions.none()


class DiscordReply:
    """Replies to one interaction. `pick` asks an option's question when its button is clicked."""

    __slots__ = ("interaction", "pick")  # one per interaction: no __dict__

    def __init__(self, interaction: discord.Interaction, *, pick: Pick | None = None) -> None:
        self.interaction, self.pick = interaction, pick

    # answer and private hand back _send's coroutine rather than awaiting it in one of their own: one frame less
    # held by every interaction waiting on Discord
    def answer(self, answer: Answer) -> Coroutine[Any, Any, None]:
        return self._send(answer, private=answer.ephemeral)

    def private(self, answer: Answer) -> Coroutine[Any, Any, None]:
        return self._send(answer, private=True)

    async def file(self, answer: Answer, filename: str, data: bytes, *, without_file: Text = ()) -> None:
        attachment = discord.File(io.BytesIO(data), filename=filename)
        await self._send(answer, private=answer.ephemeral, file=attachment)

    async def defer(self, *, private: bool = True) -> None:
        if not self.interaction.response.is_done():
            await self.interaction.response.defer(ephemeral=private, thinking=True)

    async def form(self, form: Form) -> None:
        """A modal; it must be the interaction's first response (a body asking for a form does not defer)."""
        if self.interaction.response.is_done():
            raise RuntimeError("a form must be the first response to an interaction")
        await self.interaction.response.send_modal(ActionModal(form))

    async def _send(self, answer: Answer, *, private: bool, file: discord.File | None = None) -> None:
        interaction = self.interaction
        pages = answer_pages(answer)
        kwargs: dict[str, Any] = {"embed": pages[0], "ephemeral": private, "allowed_mentions": NO_MENTIONS}
        view = None
        if answer.actions:  # buttons that survive restarts (found again by their custom ids)
            kwargs["view"] = actions_view(answer.actions)
        elif AnswerView.wanted(pages, answer.options, self.pick):
            view = AnswerView(pages, answer.options, owner_id=interaction.user.id, pick=self.pick)
            kwargs["view"] = view
        if file is not None:
            kwargs["file"] = file
        if interaction.response.is_done():
            message = await interaction.followup.send(**kwargs, wait=True)
            if view is not None:
                view.remove = lambda: message.edit(view=None)
        else:
            await interaction.response.send_message(**kwargs)
            if view is not None:
                view.remove = lambda: interaction.edit_original_response(view=None)
