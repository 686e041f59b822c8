"""Learning a forum's words: when a question is answered by an entry (a student's "That answers it", staff marking a
post a duplicate, staff endorsing the answer to a posted question), the question's terms are kept with the entry so
later questions in the same words find it (bot.qa.phrasings). Only terms are kept, never the text; staff list and
remove them (`coursebot qa phrasings`, the console's `qa phrasings`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from bot.course.model import Course
from bot.qa.phrasings import KINDS, stronger
from bot.qa.suggest import query_terms

LONGEST = 300  # characters of a question read for its phrasing: the title and the start of its details
FEWEST_TERMS = 2  # a one-word question ("deadline?") says too little to learn from


@dataclass(frozen=True)
class Learned:
    phrasing_id: int | None  # None: nothing learned (too few words, or the entry's own question already says it)
    kind: str


def learn(
    store: Any, course: Course, guild_id: int | None, entry_id: int, text: str, kind: str, now: dt.datetime
) -> Learned:
    """Keep the terms of `text` as a phrasing of the entry. The entry's own words are not learned again."""
    if kind not in KINDS:
        raise ValueError(f"unknown phrasing kind {kind!r}")
    entry = store.qa_entries.get(entry_id)
    if entry is None or entry.withdrawn_at is not None:
        return Learned(None, kind)
    terms = query_terms(store, course, text[:LONGEST])
    if len(terms.concepts) < FEWEST_TERMS or set(terms.concepts) <= set(entry.question_terms.split()):
        return Learned(None, kind)
    stored = store.qa_phrasings.kind_of(guild_id, entry_id, terms.text)
    kept = stronger(kind, stored)
    return Learned(store.qa_phrasings.learn(guild_id, entry_id, kept, terms.text, now), kept)


def learn_from_post(
    store: Any, course: Course, guild_id: int | None, entry_id: int, post: Any, kind: str, now: dt.datetime
) -> Learned:
    """A posted question (its title and the start of its details) answered by the entry."""
    return learn(store, course, guild_id, entry_id, f"{post.title} {post.body or ''}", kind, now)


def entry_of_post(store: Any, post_id: int) -> int | None:
    """The active entry a post is known by (an endorsed or answered post), if any."""
    entry = store.qa_entries.for_post(post_id)
    return entry.id if entry is not None else None
