"""'when can i meet sengupta', 'can i meet with her': meeting a person is their help hours, not the class meetings
they teach (those are asked with a kind of meeting: 'when does his lecture meet')."""

from __future__ import annotations

import re

from bot.course.model import Course

# "meet <someone>" as a verb with a person after it; "classes meet on mondays" has no one after it
_MEET_SOMEONE = re.compile(r"\b(?:meet|see|visit)\s+(?:with\s+)?(?!(?:in|at|on|for|this|next|today|tomorrow)\b)\w")


def meets_person(course: Course, question: str, person: str | None, kind: str | None) -> bool:
    """Whether the question asks to meet a person who keeps help hours, with no kind of class meeting named."""
    if person is None or kind not in (None, "class"):
        return False
    who = course.person(person)
    if who is None or not who.office_hours:
        return False
    return bool(_MEET_SOMEONE.search(" ".join(question.lower().split())))
