"""Whether "now" is asked or a day: "is jonas doing open studio today" names a day; the "open" of the course's own
name for its help hours ("open studio") is not "open now"."""

from __future__ import annotations

from bot.understand.time_phrases import TimePhrase

# The words that say "at this moment" on their own; "open" or "happening" only do with no day named.
_NOW_WORDS = frozenset({"now", "currently", "moment"})


def dated_not_now(tokens: frozenset[str] | set[str] | tuple[str, ...], day: TimePhrase | None) -> bool:
    """True when a whole day is named ("today", "on friday") and no word of the question says "now"."""
    return day is not None and day.kind == "day" and not _NOW_WORDS & set(tokens)


def ranged_not_now(tokens: frozenset[str] | set[str] | tuple[str, ...], span: object | None) -> bool:
    """True when a span is named ("this week", "after the break") and no word of the question says "now": "all the
    open studio times this week" asks for the week's sessions, not whether one is open at this moment."""
    return span is not None and not _NOW_WORDS & set(tokens)
