"""The section a student says they are in ("so i'm in tutorial group t3 and ..."), read as their own section for
the rest of the question ("what time is my tutorial"), as if they had chosen it."""

from __future__ import annotations

import re

from bot.course.model import Course
from bot.understand.words.name_patterns import alone

# "i'm in", "i am in", "my group is", "i'm section a" (a group word straight after, never "i'm a bit lost"): what
# follows names the student's own section.
_SAYS_IN = re.compile(
    r"\b(?:i'?m|i\s+am|im)\s+(?:also\s+|now\s+)?(?:in\b|(?=(?:section|sec|group|tutorial|tut|studio|lab|prac|practical"
    r"|discussion|recitation|seminar|workshop|stream)\s+\w))"
    r"|\bmy\s+(?:section|group|tutorial|discussion|practical|lab)\s+is\b"
)
_WINDOW = 40  # characters after the words: "i'm in tutorial group t3"


def stated_section(course: Course, question: str) -> str | None:
    """The one section the student says they are in, or None."""
    plain = " ".join(question.lower().replace("’", "'").split())
    saying = list(_SAYS_IN.finditer(plain))
    if not saying:  # most questions say no section: the course's section names are not gathered for them
        return None
    names = {n.lower(): s.id for s in course.sections for n in (s.id, s.name, *s.aliases) if n}
    found: set[str] = set()
    for said in saying:
        window = plain[said.end() : said.end() + _WINDOW]
        window = re.split(r"[.,;:!?]|\band\b", window, maxsplit=1)[0]
        found |= {ident for name, ident in names.items() if alone((name,)).search(window)}
    return found.pop() if len(found) == 1 else None
