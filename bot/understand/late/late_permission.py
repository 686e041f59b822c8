"""Who may let work in past the late cutoff: "who can let me submit a protocol after the 3 day limit", "who approves
handing in past the cutoff", "who do i need permission from to turn it in late". The course's late rule names them
("not accepted after 3 days unless the practical coordinator agrees"): the student sees that person first, then the
late rules; never a list of what is due in the next 3 days (the "3 day limit" is the rule's, not a span from now)."""

from __future__ import annotations

import re

from bot.core.answer import Text, text
from bot.course.late_policy import Cutoff
from bot.course.model import Course
from bot.understand.words.vocabulary import words_of

# "who can let me", "who approves", "who gives permission", "whose permission do i need", "who do i ask for permission"
_PERMITTING = sorted(words_of("let lets allow allows approve approves permit permits permission grant grants ok okay"))
_WHO_LETS = re.compile(
    rf"\b(?:who|whom|whos|who's|whose)\b[^?.!]{{0,40}}?\b(?:{'|'.join(_PERMITTING)}|authori[sz]es?|sign\s+off)\b"
)
# What the permission is for: work in late, or past the rule's limit ("after the 3 day limit", "past the cutoff")
_LIMITS = sorted(words_of("limit cutoff cut-off deadline window max maximum"), key=len, reverse=True)
_PAST_LIMIT = re.compile(
    rf"\blate\b|\b(?:after|past|beyond|over)\s+(?:the\s+|that\s+)?(?:[\w-]+\s+){{0,3}}?(?:{'|'.join(_LIMITS)}|cut\s+off)s?\b"
)


def asks_who_permits_late(question: str) -> bool:
    """Whether the question asks who may let work in late or past the late limit."""
    low = " ".join(question.lower().replace("\u2019", "'").split())
    return bool(_WHO_LETS.search(low) and _PAST_LIMIT.search(low))


def permission_line(course: Course) -> Text | None:
    """The line naming who may let work in past the cutoff, from the course's late rule; None when it names no one."""
    cutoff = course.late.cutoff
    if not isinstance(cutoff, Cutoff) or not cutoff.permission_lifts or not cutoff.permission_from:
        return None
    said = f"past the limit ({cutoff.text} late)" if cutoff.text else "past the late limit"
    who = cutoff.permission_from[:1].upper() + cutoff.permission_from[1:]
    return text(f"{who} can let work in {said}: the late rule says it is not accepted after that without their OK.")
