"""'do deadlines change during the harvest weeks', 'are due dates different over the field season', 'will the
deadlines be moved for the strike': whether the course's deadlines themselves change in a stretch of the term, not
whether anything falls due then. The student sees the rule the page gives for deadlines in that stretch (or an honest
"the page does not say"), never a Yes or No counted from the deadlines that happen to fall inside it."""

from __future__ import annotations

import re

_DEADLINES = r"(?:deadlines?|due\s+(?:dates?|times?))"
# words that say the deadline itself is changed; not "later" or "earlier" ("any deadlines later this week" is a list)
_CHANGED = (
    r"(?:chang(?:e|es|ed|ing)|mov(?:e|es|ed|ing)|shift(?:s|ed|ing)?|differ(?:ent)?|extend(?:s|ed)?|push(?:es|ed)?"
    r"|postpon(?:e|es|ed)|adjust(?:s|ed)?)"
)
_ASKED = re.compile(
    rf"\b{_DEADLINES}\s+(?:\w+\s+){{0,2}}?{_CHANGED}\b"  # "do deadlines change", "are the due dates still different"
    rf"|\b(?:different|changed|adjusted|shifted|moved)\s+{_DEADLINES}\b"  # "different deadlines during ..."
)


def asks_deadlines_changed(text: str) -> bool:
    """Whether the question asks if deadlines themselves change ("do deadlines change during ...", "different due
    dates in ..."), not what is due."""
    return _ASKED.search(" ".join(text.lower().split())) is not None
