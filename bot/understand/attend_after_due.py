"""A question on being allowed to attend a class meeting ("am i still allowed to do the lab tomorrow") asks about
taking part, not about a due date: a due date never answers it Yes or No."""

from __future__ import annotations

import re

from bot.course.model import Course

_PERMISSION = re.compile(
    r"\b(?:allowed|permitted|let\s+me|can\s+i(?:\s+still)?|may\s+i(?:\s+still)?|am\s+i\s+able)\s+(?:to\s+)?"
    r"(?:still\s+)?(?:do|attend|go\s+to|come\s+to|join|show\s+up\s+(?:to|at|for)|take\s+part\s+in|be\s+in)\s+"
    r"(?:the\s+|my\s+|our\s+|this\s+|that\s+|next\s+)?(?P<what>[a-z][a-z ]*)"
)


def asks_to_attend(course: Course, question: str) -> str | None:
    """The course's word for the meeting the student asks to be allowed to attend, or None."""
    found = _PERMISSION.search(question.lower())
    if found is None:
        return None
    what = found.group("what")
    for kind in course.meeting_kinds:
        for name in (kind.name, kind.plural, kind.id.replace("_", " "), *kind.aliases):
            if re.match(rf"{re.escape(name.lower())}\b", what):
                return kind.name.lower()
    if re.match(r"(?:class|lecture|section|session)\b", what):
        return what.split()[0]
    return None
