"""Whether "now" is asked or a day: "is jonas doing open studio today" names a day; the "open" of the course's own
name for its help hours ("open studio") is not "open now"."""

from __future__ import annotations

from bot.understand.times.time_phrases import TimePhrase

# The words that say "at this moment" on their own; "open" or "happening" only do with no day named.
_NOW_WORDS = frozenset({"now", "currently", "moment"})


def dated_not_now(tokens: frozenset[str] | set[str] | tuple[str, ...], day: TimePhrase | None) -> bool:
    """True when a whole day is named ("today", "on friday") and no word of the question says "now"."""
    return day is not None and day.kind == "day" and not _NOW_WORDS & set(tokens)


def spanned_not_now(tokens: frozenset[str] | set[str] | tuple[str, ...], spanned: bool) -> bool:
    """True when a stretch of days is named ("during the vacation week", "in reading week") and no word of the
    question says "now": "is the help desk open during the break" asks of the break, not of this moment."""
    return spanned and not _NOW_WORDS & set(tokens)
