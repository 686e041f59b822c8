"""'where is t04 on tuesday', 'where's ü2 next monday': a section named with a day and no kind of meeting asks
where that section's meetings are held then, as "where is tutorial t04 on tuesday" does; so does a section named by
its full name, whose words hold a kind ("where is studio group 3 this thursday")."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.understand.question.reading import Mention


def asks_section_meeting(cues: set[str], mentions: list[Mention], dated: bool) -> bool:
    """Whether the question asks where (or whether online) a named section meets on a day, naming no kind of
    meeting."""
    # "where is t04 on tuesday"; "is r8 on zoom tomorrow": how it meets then is where it meets then
    if not cues & {"where", "in_person"} or not dated or cues & {"exam", "office_hours", "due"}:
        return False
    sections = [m for m in mentions if m.kind == "section"]
    # "where is studio group 3 on thursday": a kind word inside the section's own name names no other kind
    kinds = {m.kind for m in mentions if not (m.kind == "kind" and _inside_a_name(m, sections))}
    return "section" in kinds and not kinds & {"kind", "exam", "assignment", "person"}


def _inside_a_name(mention: Mention, sections: list[Mention]) -> bool:
    """Whether the words of a mention are part of a longer section name ("studio" in "studio group 3")."""
    return any(
        s.start <= mention.start and mention.end <= s.end and (s.end - s.start) > (mention.end - mention.start)
        for s in sections
    )
