"""/ask's endorsed answer: what course staff endorsed (in the course forum, or their FAQ) for a question like the
one asked, to quote with the engine's own answer (bot.understand.page_evidence.endorsed). Only staff-endorsed answers
count."""

from __future__ import annotations

from typing import Any

from bot.course.model import Course
from bot.qa.suggest import similar
from bot.understand.page_evidence.endorsed import EndorsedAnswer

EXACT = 0.99  # bot.qa.ranking's score for the question staff answered, asked in its own words


def endorsed_for(store: Any, course: Course, guild_id: int | None, question: str) -> EndorsedAnswer | None:
    """The closest endorsed answer to the question, or None. With nothing indexed yet for the server (no FAQ
    imported, no answered post) nothing can be suggested, and the search is not run. `exact`: it answers the very
    question asked, so it leads the engine's own reading."""
    if not store.qa_entries.vocabulary(guild_id):
        return None
    found = [s for s in similar(store, course, guild_id, question, limit=1) if s.endorsed and s.answer]
    if not found:
        return None
    best = found[0]
    return EndorsedAnswer(best.question, best.answer, best.link, exact=best.score >= EXACT)
