"""How long a meeting or event lasts, asked with the verb ("how long does lecture last", "how long will the field trip
run"): "last" there is the verb, never the latest one of a kind ("the last lecture")."""

from __future__ import annotations

import re

# "how long does the field trip last", "how long will it run", "how long does it go on for"
_LASTS = re.compile(r"\bhow\s+long\s+(?:does|do|will|did|would)\s+(?:[\w-]+\s+){0,4}?(?:last|run|go\s+(?:on|for))\b")
# the words that ask of the latest one of a kind ("the last lecture", "the most recent lab")
_LATEST = re.compile(r"\b(?:last|previous|latest|most\s+recent)\b")


def asks_how_long_it_lasts(text: str) -> bool:
    """Whether the text asks how long something lasts, by the verb ("how long does lecture last")."""
    return _LASTS.search(text.lower()) is not None


def last_only_the_verb(text: str) -> bool:
    """Whether the text's only word for the latest one is the verb of "how long does X last" ("how long does lecture
    last"; never "how long does the last lecture last")."""
    lowered = text.lower()
    found = _LASTS.search(lowered)
    if found is None or not found.group().endswith("last"):
        return False
    rest = f"{lowered[: found.end() - len('last')]} {lowered[found.end() :]}"
    return _LATEST.search(rest) is None
