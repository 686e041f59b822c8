"""Small helpers the command modules share: the section autocomplete and the limits of common options."""

from __future__ import annotations

from pathlib import Path

from bot.discord_app.invocation import Invocation

# How long typed values may be: a date or a name is short; anything longer is refused before a body runs.
SHORT = 100  # dates, names, windows, topics
SECTION = 40


def data_folder(inv: Invocation) -> Path:
    """The folder this server's course was read from (a course loaded from elsewhere: the configured one)."""
    return Path(inv.course.folder) if inv.course.folder else inv.host.settings.data_dir


async def section_choices(inv: Invocation, typed: str) -> list[tuple[str, str]]:
    """The course's sections whose id or name contains what was typed."""
    folded = typed.lower()
    return [
        (f"{s.name}: {s.description}" if s.description else s.name, s.id)
        for s in inv.course.sections
        if folded in s.id.lower() or folded in s.name.lower()
    ]
