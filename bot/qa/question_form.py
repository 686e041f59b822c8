"""The forum's forms, what comes back from them: each value checked against its field's limits (refused, never
cut, so nothing is posted that the person did not write), and a question's title and details as they are posted.

A crafted client can send any characters in a form: control characters (ESC, BEL) are dropped as the values are
read, so they never reach the forum, the database or a staff member's terminal, and a value must have enough
characters that draw something (a title of zero-width spaces looks blank)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from bot.core.errors import UserError
from bot.core.plain_text import visible_length, without_controls

TITLE_MIN = 5  # a title says what the question is about
FOLLOW_UP_MIN = 2


class FormField(Protocol):
    """What checking a value needs of a form's field (bot.discord_app.interactions.Field has it)."""

    @property
    def name(self) -> str: ...
    @property
    def label(self) -> str: ...
    @property
    def required(self) -> bool: ...
    @property
    def min_length(self) -> int: ...
    @property
    def max_length(self) -> int: ...


def form_values(values: Mapping[str, str], fields: tuple[FormField, ...]) -> dict[str, str]:
    """A form's values without control characters, each within its field's limit; a value over it is refused (never
    cut), naming the field, its limit and the length sent; a required value needs min_length visible characters."""
    out = {}
    for field in fields:
        value = without_controls(values.get(field.name, ""))
        if len(value) > field.max_length:
            raise UserError(
                f"{field.label} holds at most {field.max_length:,} characters; yours has {len(value):,}. "
                "Nothing was posted: shorten it and send it again."
            )
        if field.required and visible_length(value) < max(field.min_length, 1):
            least = max(field.min_length, 1)
            raise UserError(f"{field.label} needs at least {least} character{'s' if least != 1 else ''}.")
        out[field.name] = value
    return out


def question_text(values: Mapping[str, str]) -> tuple[str, str]:
    """The question's title (on one line) and details as posted; a title too short to say anything is refused (only
    characters that draw something count)."""
    title = " ".join(without_controls(values.get("title", "")).split())
    details = without_controls(values.get("details", "")).strip()
    if visible_length(title) < TITLE_MIN:
        raise UserError(f"The title needs at least {TITLE_MIN} characters: say what the question is about.")
    return title, details
