"""'where is t04 on tuesday', 'where's ü2 next monday': a section named with a day and no kind of meeting asks
where that section's meetings are held then, as "where is tutorial t04 on tuesday" does."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.understand.reading import Mention


def asks_section_meeting(cues: set[str], mentions: list[Mention], dated: bool) -> bool:
    """Whether the question asks where a named section meets on a day, naming no kind of meeting."""
    if "where" not in cues or not dated or cues & {"exam", "office_hours", "due"}:
        return False
    kinds = {m.kind for m in mentions}
    return "section" in kinds and not kinds & {"kind", "exam", "assignment", "person"}
