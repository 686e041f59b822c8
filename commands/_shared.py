"""Small helpers the command modules share: the section autocomplete and the limits of common options."""

from __future__ import annotations

from bot.discord_app.invocation import Invocation

# How long typed values may be: a date or a name is short; anything longer is refused before a body runs.
SHORT = 100  # dates, names, windows, topics
SECTION = 40


async def section_choices(inv: Invocation, typed: str) -> list[tuple[str, str]]:
    """The course's sections whose id or name contains what was typed."""
    folded = typed.lower()
    return [
        (f"{s.name}: {s.description}" if s.description else s.name, s.id)
        for s in inv.course.sections
        if folded in s.id.lower() or folded in s.name.lower()
    ]
