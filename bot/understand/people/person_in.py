"""'is okafor in on mondays', 'will jun be around tomorrow': whether a person named is in (on a day, or at all) asks
when they can be found, their help hours, never the class schedule of that day."""

from __future__ import annotations

import re

# "is X in", "will X be around", "is X on campus": one or two words for who, then being in, then a day or nothing.
_IS_IN = re.compile(
    r"\b(?:is|will|would)\s+(?:[a-z]+\s+){1,2}?(?:be\s+)?(?:in|around|about|on\s+campus|in\s+(?:the\s+)?office)"
    r"(?=\s*(?:$|[?!.,]|on\b|today\b|tomorrow\b|tonight\b|this\b|next\b|every\b|at\b|mondays?\b|tuesdays?\b"
    r"|wednesdays?\b|thursdays?\b|fridays?\b|saturdays?\b|sundays?\b))"
)


def asks_person_in(text: str) -> bool:
    """Whether the text asks if someone is in ("is okafor in on mondays"); the engine asks it only of a part naming a
    person, so "is there class in" (no one named) is never read so."""
    return _IS_IN.search(text) is not None
