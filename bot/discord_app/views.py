"""Buttons under an answer: Previous/Next over the pages of a long answer, and one button per follow-up option.

Only the person who asked can use them (anyone else gets a short note only they see); when the view times out
the buttons are taken off the message, so nobody clicks a button that no longer answers.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

import discord

from bot.core.answer import Option

log = logging.getLogger(__name__)

VIEW_TIMEOUT = 600.0  # seconds; Discord lets the bot edit an interaction's messages for 15 minutes
BUTTON_LABEL_LIMIT = 80
MAX_OPTION_BUTTONS = 20  # four rows of five; the first row is kept for the page buttons
NOT_YOURS = "Only the person who asked can use these buttons. Run the command yourself to get your own answer."

Pick = Callable[[discord.Interaction, Option], Awaitable[None]]
Remove = Callable[[], Awaitable[object]]


class AnswerView(discord.ui.View):
    """Page buttons and option buttons for one answer, usable only by `owner_id`."""

    def __init__(
        self,
        pages: list[discord.Embed],
        options: tuple[Option, ...],
        *,
        owner_id: int,
        pick: Pick | None,
        timeout: float | None = None,
    ) -> None:
        super().__init__(timeout=VIEW_TIMEOUT if timeout is None else timeout)
        self.pages, self.owner_id, self.index = pages, owner_id, 0
        self.remove: Remove | None = None  # set once the message exists: how to take the buttons off it
        self.previous = self.next = None
        if len(pages) > 1:
            self.previous = self._button("Previous", row=0, action=lambda i: self._turn(i, -1))
            self.next = self._button("Next", row=0, action=lambda i: self._turn(i, +1))
            self._sync()
        if pick is not None:
            for number, option in enumerate(options[:MAX_OPTION_BUTTONS]):
                label = option.label if len(option.label) <= BUTTON_LABEL_LIMIT else option.label[:79] + "…"
                self._button(
                    label, row=1 + number // 5, action=_picker(pick, option), style=discord.ButtonStyle.primary
                )

    @classmethod
    def wanted(cls, pages: list[discord.Embed], options: tuple[Option, ...], pick: Pick | None) -> bool:
        return len(pages) > 1 or bool(options and pick)

    def _button(
        self, label: str, *, row: int, action: Callable, style: discord.ButtonStyle = discord.ButtonStyle.secondary
    ) -> discord.ui.Button:
        button: discord.ui.Button = discord.ui.Button(label=label, style=style, row=row)

        async def clicked(interaction: discord.Interaction) -> None:
            await action(interaction)

        button.callback = clicked
        self.add_item(button)
        return button

    def _sync(self) -> None:
        if self.previous is not None and self.next is not None:
            self.previous.disabled = self.index == 0
            self.next.disabled = self.index >= len(self.pages) - 1

    async def _turn(self, interaction: discord.Interaction, step: int) -> None:
        self.index = max(0, min(len(self.pages) - 1, self.index + step))
        self._sync()
        await interaction.response.edit_message(embed=self.pages[self.index], view=self)

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id == self.owner_id:
            return True
        await interaction.response.send_message(NOT_YOURS, ephemeral=True)
        return False

    async def on_timeout(self) -> None:
        if self.remove is None:
            return
        try:
            await self.remove()
        except discord.HTTPException as err:  # the message was deleted, or the token expired: nothing to clean
            log.info("event=view_cleanup_failed status=%s", err.status)


def _picker(pick: Pick, option: Option) -> Callable[[discord.Interaction], Awaitable[None]]:
    async def chosen(interaction: discord.Interaction) -> None:
        await pick(interaction, option)

    return chosen
