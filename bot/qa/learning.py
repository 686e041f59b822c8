"""Learning a forum's words: when a question is answered by an entry (a student's "That answers it", staff marking a
post a duplicate, staff endorsing the answer to a posted question), the question's terms are kept with the entry so
later questions in the same words find it (bot.qa.phrasings). Only terms are kept, never the text; staff list and
remove them (`coursebot qa phrasings`, the console's `qa phrasings`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from bot.core.answer import Answer, text
from bot.core.errors import UserError
from bot.course.model import Course
from bot.qa.phrasings import KINDS, stronger
from bot.qa.suggest import query_terms, similar
from bot.store.encoding import server_key
from bot.store.qa_phrasings import Phrasing

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


def learn_confirmed(
    store: Any, course: Course, guild_id: int | None, title: str, body: str, now: dt.datetime
) -> Learned | None:
    """A student clicked "That answers it" under the suggestions for their question (found as /question found them:
    the title, else the title with the start of the details). Learned only when one entry was suggested: of several,
    which one answered is not known."""
    found = similar(store, course, guild_id, title) or similar(store, course, guild_id, f"{title} {body[:LONGEST]}")
    if len(found) != 1 or not isinstance(found[0].id, int):
        return None
    return learn(store, course, guild_id, found[0].id, f"{title} {body}", "confirmed", now)


def learn_duplicate(store: Any, course: Course, post: Any, original: Any, now: dt.datetime) -> Learned | None:
    """Staff closed `post` as a duplicate of `original`: the post's words lead to the original's entry, if it has one
    (an endorsed or answered post)."""
    entry = store.qa_entries.for_post(original.id)
    if entry is None or post.visibility == "private":
        return None
    return learn_from_post(store, course, post.guild_id, entry.id, post, "duplicate", now)


def learn_from_post(
    store: Any, course: Course, guild_id: int | None, entry_id: int, post: Any, kind: str, now: dt.datetime
) -> Learned:
    """A posted question (its title and the start of its details) answered by the entry."""
    return learn(store, course, guild_id, entry_id, f"{post.title} {post.body or ''}", kind, now)


def learned_of(store: Any, guild_id: int | None, entry: str | int | None) -> list[Phrasing]:
    """The server's learned phrasings, of one entry when `entry` names one (refused when it names none of this
    server's)."""
    if entry is None or str(entry).strip() == "":
        return store.qa_phrasings.listed(guild_id)
    found = _entry(store, guild_id, entry)
    return store.qa_phrasings.listed(guild_id, found.id)


def forget(store: Any, guild_id: int | None, phrasing: str | int, *, by: int, now: dt.datetime) -> Phrasing:
    """Staff remove a learned phrasing: the search stops matching it at once. Audited."""
    number = _number(phrasing)
    found = store.qa_phrasings.get(number) if number is not None else None
    if found is None or found.guild_id != server_key(guild_id):
        raise UserError(f"There is no learned phrasing {str(phrasing).strip()[:40]!r} on this server; list them first.")
    store.qa_phrasings.remove(found.id)
    store.audit.record(guild_id, by, "qa.phrasing_remove", {"phrasing": found.id, "entry": found.entry_id}, now)
    return found


def phrasings_answer(store: Any, phrasings: list[Phrasing], *, removed: Phrasing | None = None) -> Answer:
    """Staff's list of learned phrasings: their number, the entry they lead to, who vouched for them (a student's
    confirmation, staff's duplicate mark or endorsement) and the search words kept (never a student's text)."""
    lines = []
    if removed is not None:
        gone = f"Removed phrasing {removed.id} (of entry {removed.entry_id}); the search no longer uses it."
        lines.append(text(gone))
    questions = {e.id: e.question for e in store.qa_entries.many({p.entry_id for p in phrasings})}
    for p in phrasings:
        times = "" if p.count == 1 else f" ×{p.count}"
        question = questions.get(p.entry_id, "(entry withdrawn)")
        lines.append(text(f"{p.id}: entry {p.entry_id} {question[:80]!r}, {p.kind}{times}: {p.terms[:120]}"))
    if not phrasings and removed is None:
        lines.append(text("Nothing learned yet: phrasings are kept when a question is answered by an entry."))
    return Answer(title="Learned phrasings", lines=tuple(lines[:40]), ephemeral=True)


def _entry(store: Any, guild_id: int | None, typed: str | int) -> Any:
    number = _number(str(typed).split(":")[0])
    found = store.qa_entries.get(number) if number is not None else None
    if found is None or found.guild_id != server_key(guild_id) or found.withdrawn_at is not None:
        raise UserError(f"There is no entry {str(typed).strip()[:40]!r} on this server; pick one from the list.")
    return found


def _number(typed: str | int) -> int | None:
    value = str(typed).strip().lstrip("#")
    return int(value) if value.isdigit() and len(value) < 19 and int(value) > 0 else None
