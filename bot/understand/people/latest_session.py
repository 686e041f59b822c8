"""The latest or the earliest weekly office-hours session ("whats the latest office hours in the week, i work during
the day", "earliest oh?"): the session that ends last (or starts first) in the day, with who holds it, when and
where, and any other session of that same time. Never a date's sessions: a day asked is answered by the day."""

from __future__ import annotations

import datetime as dt
import re

from bot.answers.office_hours import weekly_line
from bot.core.answer import Answer, text
from bot.course.model import Course, OfficeHours, Person

_EXTREME = re.compile(r"\b(latest|earliest)\b")


def asks_extreme(question: str) -> str | None:
    """ "latest" or "earliest" when the question asks for that end of the week's sessions, else None."""
    found = _EXTREME.search(question.lower())
    return found.group(1) if found else None


def extreme_session(course: Course, today: dt.date, which: str, role: str | None = None) -> Answer | None:
    """The weekly session ending last ("latest") or starting first ("earliest") in its day, of the staff still
    holding one (of one role when given); None when no one holds weekly sessions."""
    slots: list[tuple[Person, OfficeHours]] = [
        (p, s) for p in course.people if not role or p.role == role for s in p.office_hours if s.last >= today
    ]
    if not slots:
        return None
    if which == "latest":
        edge = max(s.end for _, s in slots)
        chosen = [(p, s) for p, s in slots if s.end == edge]
    else:
        edge = min(s.start for _, s in slots)
        chosen = [(p, s) for p, s in slots if s.start == edge]
    name = course.help_hours.in_text
    lines = (text(f"The {which} {name} of the week:"), *(weekly_line(p, s, course) for p, s in chosen))
    return Answer(title=f"{which.capitalize()} {name}", lines=lines)
