"""'my roll no is 23ME047, which tutorial batch am i in': the section a student ID falls in, by the ranges the
course's sections give ("Roll numbers 23ME031-23ME060"), or that the page gives no such rule, and where to ask."""

from __future__ import annotations

import datetime as dt
import re

from bot.answers.meetings import section_answer
from bot.core.answer import Answer, text
from bot.course.model import Course
from bot.understand.answering.replies import where_to_ask

# "which batch am i in", "what section should i go to", "which tutorial is mine"
_WHICH_MINE = re.compile(
    r"\b(?:which|what)\s+(?:\w+\s+)?(?:sections?|batch(?:es)?|groups?|tutorials?|tuts?|labs?|streams?|divisions?)\b"
    r".*\b(?:am\s+i|do\s+i|should\s+i|is\s+mine|i(?:'m|\s+am)\s+in|for\s+me)\b"
)
# a student ID as typed: letters and digits with at least four digits ("23ME047", "1009876543")
_ID = re.compile(r"\b(?=[a-z]*\d)(?=(?:[a-z]*\d){4})[a-z0-9]{5,12}\b")
_RANGE = re.compile(r"\b([A-Za-z0-9]{4,12})\s*(?:-|–|to)\s*([A-Za-z0-9]{4,12})\b")


def _shape(code: str) -> str:
    return re.sub(r"\d", "9", re.sub(r"[A-Z]", "A", code.upper()))


def _ranges(course: Course) -> list[tuple[str, str, str]]:
    """(low, high, section id) for each ID range a section's description gives."""
    out = []
    for s in course.sections:
        for low, high in _RANGE.findall(s.description or ""):
            if _shape(low) == _shape(high) and sum(c.isdigit() for c in low) >= 4:
                out.append((low.upper(), high.upper(), s.id))
    return out


def student_id_asked(question: str) -> str | None:
    """The student ID in a question asking which section is theirs, or None."""
    lowered = question.lower()
    found = _ID.search(lowered) if _WHICH_MINE.search(lowered) else None
    return found.group(0).upper() if found else None


def section_for_id(course: Course, student_id: str, now: dt.datetime) -> Answer:
    """The section whose range holds the ID, as its card; else that the page does not say, and where to ask."""
    ranges = _ranges(course)
    shape = _shape(student_id)
    for low, high, section in ranges:
        if _shape(low) == shape and low <= student_id <= high:
            card = section_answer(course, now, section)
            name = next((s.name for s in course.sections if s.id == section), section)
            said = text(f"{student_id} is in the range {low}-{high}: {name}.")
            return Answer(title=card.title, lines=(said, *card.lines))
    if ranges:
        said = f"{student_id} is in none of the ranges the course page gives its sections; {where_to_ask(course)}."
    else:
        said = f"The course page does not say which section a student ID goes to; {where_to_ask(course)}."
    return Answer(title="Your section", lines=(text(said),), kind="unknown")
