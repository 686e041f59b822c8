"""The words a forum's students used for an entry, as search evidence: each learned phrasing stands in as one more
question the entry answers (bot.qa.ranking scores it like the entry's own question), at the strength of who vouched
for it. Staff marking a duplicate or endorsing an answer vouch fully; a student's "That answers it" is weaker: its
phrasing must be asked again nearly as it was to suggest the entry, so one click on a near miss never makes the
entry a confident suggestion for a different question.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from bot.qa.ranking import Candidate
from bot.qa.terms import Terms
from bot.store.qa_entries import Entry

# Strongest first: learning the same words again keeps the strongest kind they were learned by.
KINDS = ("duplicate", "endorsed", "confirmed")
# A confirmed phrasing's score counts this much: it suggests the entry only for a close restatement (a ranking
# score of MIN_SCORE / CONFIRMED = 0.5 at least), never from a few shared words.
CONFIRMED = 0.8
STRENGTH = {"duplicate": 1.0, "endorsed": 1.0, "confirmed": CONFIRMED}


def stronger(kind: str, other: str | None) -> str:
    """The stronger of two kinds (`other` None: none stored yet)."""
    if other is None:
        return kind
    return min(kind, other, key=KINDS.index)


def learned_candidates(
    store: Any, guild_id: int | None, words: Sequence[str], entries: Mapping[int, Entry], limit: int
) -> tuple[list[Candidate], dict[int, Entry]]:
    """The phrasings holding any of `words`, as candidates keyed by their entry's id; with the entries they need that
    `entries` does not hold yet."""
    found = store.qa_phrasings.candidates(guild_id, words, limit=limit)
    missing = {p.entry_id for p in found} - set(entries)
    more = {e.id: e for e in store.qa_entries.many(missing)} if missing else {}
    known = {**entries, **more}
    candidates = [
        Candidate(
            p.entry_id,
            Terms.parse(p.terms),
            Terms.parse(known[p.entry_id].answer_terms),
            strength=STRENGTH.get(p.kind, CONFIRMED),
            learned=True,
            own=frozenset(known[p.entry_id].question_terms.split()),
        )
        for p in found
        if p.entry_id in known
    ]
    return candidates, more
