"""Where grades are posted ("where r grades posted", "where can i see my marks"): the course's site whose role is
grades (its gradebook), by the course's own name for it and its link. A course with no such site leaves the question
to the rest of the engine (a policy on grades, or that the page does not say); when grades come out is another
question ("when are grades posted")."""

from __future__ import annotations

import re

from bot.core.answer import Answer, text
from bot.course.model import Course

# "where r grades posted", "where can i see/check my marks", "where do i find my scores": where, not when
GRADES_SITE_ASKED = re.compile(
    r"\bwhere\s+(?:do|does|are|is|r|can|will|should|would)\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:(?:grades?|marks?|scores?|results?)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:posted|published|released|shown|put|uploaded|listed|kept|recorded|available|go|up)"
    r"|(?:see|check|find|view|look\s+at|get|access)\s+(?:my\s+|our\s+|the\s+)?(?:[\w'-]+\s+)?"
    r"(?:grades?|marks?|scores?|results?))\b"
)


def grades_site(course: Course, question: str) -> Answer | None:
    """The course's gradebook site as the answer to where grades are posted, or None when the course names none."""
    site = course.platform("grades")
    if site is None or not GRADES_SITE_ASKED.search(question):
        return None
    shown = f"Grades are posted on **{site.name}**" + (f": {site.url}" if site.url else ".")
    return Answer(title=f"Where: {site.name}", lines=(text(shown),))
