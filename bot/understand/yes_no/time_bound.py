"""Whether a page sentence bounded in time speaks of the time a yes/no question asks about.

"can i see my similarity report after the deadline" answered Yes by "you can see your similarity report ... until
the due date": the sentence holds only up to the due date, and the question asks of the time after it, so its Yes is
a No there. A question asking of the same side of the same time ("before the deadline") keeps the sentence's Yes or
No; one asking of a time the sentence's cannot be compared with ("after the exam" of "until the due date") gets the
sentence without a verdict.
"""

from __future__ import annotations

import re

from bot.understand.page_evidence.knowledge import stem
from bot.understand.words.normalize import phrase_key

# A bound and the time it is set by: "until the due date", "after the deadline", "before class".
_BOUND = re.compile(
    r"\b(until|till|til|up\s+to|before|by|after|past|from|once|since|during)\s+(?:the\s+|my\s+|our\s+|your\s+|its\s+)?"
    r"([a-z]+(?:\s+[a-z]+)?)"
)
_SIDE = {"until": "up", "till": "up", "til": "up", "before": "up", "by": "up"}
_SIDE |= dict.fromkeys(("after", "past", "from", "once", "since"), "down") | {"during": "within"}
# Times a course's sentences and students bound things by; names that say the same time are one key.
_SAME_TIME = {"deadlin": "due", "submission": "due", "submiss": "due"}
_TIMES = frozenset(
    {"due", "exam", "midterm", "final", "end", "start", "begin", "beginn", "class", "lectur", "lab", "term", "semest"}
    | {"releas", "grad", "mark", "result", "break", "week", "noon", "midnight", "quiz", "test", "session"}
)


def _times(text: str) -> list[tuple[str, str]]:
    """Each bound of a text as (side, the time's key), for times of the known kinds only ("by email" is no time)."""
    found = []
    for bound in _BOUND.finditer(text.lower()):
        side = _SIDE.get(bound.group(1), "up")  # "up to" is an upper bound
        words = [stem(w) for w in phrase_key(bound.group(2))]
        keys = [_SAME_TIME.get(w, w) for w in words]
        key = next((k for k in keys if k in _TIMES), "")
        if key:
            found.append((side, key))
    return found


def compared(question: str, reason: str) -> str:
    """How the question's time stands to the sentence's bound: "same" (the sentence holds then), "opposite" (the
    question asks of the other side of the same time), "unknown" (another time, not comparable), "" (no bound on
    one of them: nothing to compare)."""
    said, asked = _times(reason), _times(question)
    if not said or not asked:
        return ""
    sides = {side for side, _ in said}
    keys = {key for _, key in said}
    side, key = asked[0]
    if key not in keys or len(sides) > 1:
        return "unknown"
    if "within" in sides or side == "within":
        return "same" if side in sides else "unknown"
    return "same" if side in sides else "opposite"
