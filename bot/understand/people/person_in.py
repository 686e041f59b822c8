"""'is okafor in on mondays', 'will jun be around tomorrow': whether a person named is in (on a day, or at all) asks
when they can be found, their help hours, never the class schedule of that day."""

from __future__ import annotations

import re

# "is X in", "will X be around", "is X on campus": one or two words for who, then being in, then a day or nothing.
_IS_IN = re.compile(
    r"\b(?:is|will|would)\s+((?:[a-z]+\s+){1,2}?)(?:be\s+)?(?:in|around|about|on\s+campus|in\s+(?:the\s+)?office)"
    r"(?=\s*(?:$|[?!.,]|on\b|today\b|tomorrow\b|tonight\b|this\b|next\b|every\b|at\b|mondays?\b|tuesdays?\b"
    r"|wednesdays?\b|thursdays?\b|fridays?\b|saturdays?\b|sundays?\b))"
)


def asks_person_in(text: str, person_words: frozenset[str], titles: frozenset[str]) -> bool:
    """Whether the text asks if someone is in ("is okafor in on mondays"): the one who is in must be the person named
    (`person_words`, the words of the question naming them, one of the course's `titles` before: "is tutor kim in"),
    never a thing of theirs ("is priya's section in": the section) nor "there" ("is there class in")."""
    return any(all(w in person_words or w in titles for w in m.group(1).split()) for m in _IS_IN.finditer(text))
