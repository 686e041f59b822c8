"""Buttons that survive restarts and modals, for the neutral actions and forms (bot.discord_app.interactions).

A button's custom id names its action and carries one short argument (`cb:qa-resolve:12`); discord.py matches it
against `ActionButton`'s template whenever it is clicked, so a restart loses no button. A form is a modal whose
custom id is built the same way; its submission is routed by `on_modal_submit` (registered by the client), not by
the modal object, so a modal opened before a restart still works after it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from typing import Any

import discord

from bot.core.answer import Action
from bot.discord_app.interactions import FIELD_LABEL, FIELD_VALUE, MODAL_TITLE, Form, custom_id, parse_custom_id

log = logging.getLogger(__name__)
STYLES = {
    "primary": discord.ButtonStyle.primary,
    "secondary": discord.ButtonStyle.secondary,
    "success": discord.ButtonStyle.success,
    "danger": discord.ButtonStyle.danger,
}
FORM_TIMEOUT = 900.0  # discord.py forgets the modal object after this; its submission is routed by custom id anyway


class ActionButton(
    discord.ui.DynamicItem[discord.ui.Button], template=r"cb:(?P<action>[a-z0-9-]{1,40}):(?P<arg>\S{0,90})"
):
    """A button running a registered action; found again by its custom id after a restart."""

    def __init__(self, label: str, action: str, arg: str, style: str = "secondary") -> None:
        super().__init__(
            discord.ui.Button(
                label=label[:80],
                style=STYLES.get(style, discord.ButtonStyle.secondary),
                custom_id=custom_id(action, arg),
            )
        )
        self.action, self.arg = action, arg

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str]
    ) -> ActionButton:
        return cls(item.label or "", match["action"], match["arg"])

    async def callback(self, interaction: discord.Interaction) -> None:
        await interaction.client.run_action_interaction(interaction, self.action, self.arg, {})


def actions_view(actions: Sequence[Action]) -> discord.ui.View:
    """A view of action buttons that never times out (the buttons are found again by their custom ids)."""
    view = discord.ui.View(timeout=None)
    for number, action in enumerate(actions[:25]):
        button = ActionButton(action.label, action.action, action.arg, action.style)
        button.item.row = number // 5
        view.add_item(button)
    return view


class ActionModal(discord.ui.Modal):
    """A form as a Discord modal. Submissions are answered by the client's modal router, not here."""

    def __init__(self, form: Form) -> None:
        super().__init__(
            title=form.title[:MODAL_TITLE], custom_id=custom_id(form.action, form.arg), timeout=FORM_TIMEOUT
        )
        for field in form.fields[:5]:
            self.add_item(
                discord.ui.TextInput(
                    label=field.label[:FIELD_LABEL],
                    custom_id=field.name,
                    style=discord.TextStyle.paragraph if field.long else discord.TextStyle.short,
                    required=field.required,
                    min_length=field.min_length or None,
                    max_length=min(field.max_length, FIELD_VALUE),
                    placeholder=field.placeholder[:100] or None,
                )
            )

    async def on_submit(self, interaction: discord.Interaction) -> None:
        """Nothing: `submitted_form` (the client's listener) answers every form, before or after a restart."""


def submitted_form(interaction: discord.Interaction) -> tuple[str, str, dict[str, str]] | None:
    """(action, arg, values) of a modal submission carrying one of our custom ids, else None."""
    if interaction.type is not discord.InteractionType.modal_submit:
        return None
    data: dict[str, Any] = interaction.data or {}  # type: ignore[assignment]
    parsed = parse_custom_id(str(data.get("custom_id", "")))
    if parsed is None:
        return None
    values: dict[str, str] = {}

    def walk(items: list[dict[str, Any]]) -> None:
        for item in items:
            if "custom_id" in item and "value" in item:
                values[str(item["custom_id"])] = str(item["value"] or "")
            walk(item.get("components") or [])
            if isinstance(item.get("component"), dict):
                walk([item["component"]])

    walk(data.get("components") or [])
    return parsed[0], parsed[1], values
