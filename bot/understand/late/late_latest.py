"""Asking for the last moment a piece of work is still accepted: "the absolute latest i can hand in ps3", "what's
the last time i can submit lab report 4", "latest possible time to turn in the essay"."""

from __future__ import annotations

import re

from bot.understand.question.reading import Reading

# "latest" or "last", then (a time word) and the asker handing it in: not "the last lab report" (the item).
_LATEST = re.compile(
    r"\b(?:latest|last)\s+(?:possible\s+)?(?:(?:time|moment|day|date|point|hour|minute)\s+)?(?:that\s+)?"
    r"(?:(?:i|we|you|one)\s+(?:can|could|may|am\s+able\s+to|are\s+able\s+to)\s+(?:still\s+)?|to\s+)"
    r"(?:submit|hand|turn|upload|send|get\s+(?:it|this|that)\s+in)\b"
)
NEEDS = frozenset({"latest", "last"})


def latest_asked(said: str, reading: Reading) -> tuple[str, ...] | None:
    """The work named, when the question asks the last moment it is accepted; None otherwise."""
    if not _LATEST.search(said.lower()):
        return None
    items = tuple(reading.ids("assignment"))
    return items or None
