"""Records under ids the course data no longer has, as /admin reload and /admin status show them to staff."""

from __future__ import annotations

from dataclasses import replace

from bot.core.answer import Answer, Field, text
from bot.store.orphans import ORPHAN_ADVICE, Orphan

SHOWN = 10


def orphan_field(orphans: list[Orphan]) -> Field | None:
    """One field naming each id the data no longer has and the records kept under it, and what to do."""
    if not orphans:
        return None
    lines = [text(f"• {o.words()}") for o in orphans[:SHOWN]]
    if len(orphans) > SHOWN:
        lines.append(text(f"… and {len(orphans) - SHOWN} more (coursebot check with the database lists all)."))
    return Field("Records under ids the data no longer has", (*lines, text(ORPHAN_ADVICE)))


def with_orphans(answer: Answer, orphans: list[Orphan]) -> Answer:
    """The answer with the orphaned records named (and marked as needing attention), or as it was."""
    field = orphan_field(orphans)
    if field is None:
        return answer
    return replace(answer, fields=(*answer.fields, field), kind="error" if answer.kind == "info" else answer.kind)
