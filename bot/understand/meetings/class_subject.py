"""The one word a student names what classes take up by ("what grammar are we doing in may", "what chapters will we
be covering next week"): asked with a time, that word is the schedule's subject matter, read from each day's own
topic, not a word the course must define."""

from __future__ import annotations

# "are we doing", "will we be covering": the verbs of what the classes take up
_TAKING_UP = frozenset({"doing", "covering", "learning", "studying", "reading"})


def class_subject_at(tokens: list[str]) -> int | None:
    """The index of the noun in "what <noun> are/will we [be] doing|covering|learning ...", or None."""
    if len(tokens) < 5 or tokens[0] != "what" or tokens[2] not in ("are", "will") or tokens[3] != "we":
        return None
    verb = tokens[5] if tokens[4] == "be" and len(tokens) > 5 else tokens[4]
    return 1 if verb in _TAKING_UP else None
