"""Nouns a course names that students also use as verbs: "how do i book my visa appointment" books something, it
asks of no textbook; "is there a book for this class" does. A word so used names no policy."""

from __future__ import annotations

from collections.abc import Sequence

# Nouns of course things that are also everyday verbs, in the forms a question uses them as verbs.
_VERB_NOUNS = frozenset({"book"})
# Before a verb: who does it, a modal or "to" ("can i book", "i need to book", "pls book").
_BEFORE_VERB = frozenset(
    {"i", "we", "you", "u", "they", "to", "can", "could", "should", "must", "will", "would", "please", "pls", "plz"}
)
# After a verb: what it is done to ("book my", "book a room", "book the lab").
_AFTER_VERB = frozenset({"a", "an", "my", "our", "your", "their", "the", "some", "me", "us", "it", "them", "this"})
# Before a noun: a determiner or possessive ("the book", "a book", "my book") keeps the noun whatever follows.
_BEFORE_NOUN = frozenset({"a", "an", "the", "my", "our", "your", "this", "that", "which", "what", "any", "course"})


def noun_as_verb(tokens: Sequence[str], i: int) -> bool:
    """Whether tokens[i], a noun a course names that is also a verb, is the verb here ("how do i book my TIE
    appointment", "can we book a room"), never the noun ("the book", "is there a book for this class")."""
    if tokens[i] not in _VERB_NOUNS:
        return False
    before = tokens[i - 1] if i > 0 else ""
    after = tokens[i + 1] if i + 1 < len(tokens) else ""
    if before in _BEFORE_NOUN:
        return False
    return before in _BEFORE_VERB or after in _AFTER_VERB
