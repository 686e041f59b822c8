"""The course's name for office hours as students shorten it: "is her drop-in on tomorrow" for "Drop-in hours",
"the walk-in on friday" for "Walk-in sessions". The name's generic last word (hours, sessions) is left off when
what remains still names the sessions on its own: a compound the page writes with a hyphen, or more than one
word. A single word ("office", "student") is not enough: "the student on friday" is not a session.
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.course.model import HelpHours
from bot.understand.words.normalize import phrase_key

# The generic heads of a name for office hours: what a student leaves off ("the drop-in" for "drop-in hours").
_HEADS = frozenset({"hour", "hours", "session", "sessions", "time", "times", "slot", "slots"})


def shortened_names(help_hours: HelpHours) -> Iterator[tuple[str, ...]]:
    """The phrase keys of the course's names for office hours without their generic last word, where what remains
    still names them."""
    seen: set[tuple[str, ...]] = set()
    for name in (help_hours.name, help_hours.plural, *help_hours.aliases):
        words = name.split()
        if len(words) < 2 or words[-1].lower() not in _HEADS:
            continue
        rest = " ".join(words[:-1])
        key = phrase_key(rest)
        if not key or key in seen:
            continue
        if len(key) == 1 and "-" not in rest:
            continue  # "office", "student", "consultation": everyday words, or already the course's own
        seen.add(key)
        yield key
