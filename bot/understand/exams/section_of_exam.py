"""A section named in another part of the question than the exam's: "when is the final jury and what room for studio
a". The part naming the section asks only where or when, so it asks it of the exam the other part names too: the
student sees that exam with their section's room and time, never another section's, beside the section's own card
(which names its rooms for the exams as well)."""

from __future__ import annotations

from dataclasses import replace

from bot.course.model import Course
from bot.understand.question.reading import Reading
from bot.understand.question.result import Part

Decision = tuple[Reading, Part | None, list[Part]]

# The words a part may hold besides the section's name and still ask only where or when of it ("what room for studio
# a", "and which time for section 2", "where for group nord").
_WHERE_OR_WHEN = frozenset(
    (
        *("and", "but", "also", "so", "what", "which", "whats", "where", "wheres", "when", "whens", "what's"),
        *("where's", "when's", "room", "rooms", "place", "hall", "time", "times", "day", "is", "are", "for", "the"),
        *("our", "my", "in", "at", "about", "then", "section", "sec", "group", "stream"),
    )
)
# The kinds a part naming a section may hold: the section, and the kind of meeting that names it ("studio a").
_NAMES_SECTION = frozenset({"section", "kind"})
# The readings of such a part: the section's card, or where its meetings are.
_OF_SECTION = frozenset({"section", "course_fact"})


def _section_asked_of(reading: Reading, part: Part | None) -> str | None:
    """The one section a part names when it asks nothing but where or when of it ("what room for studio a", "and
    what time for section 2"); None for a part asking of the section's own meetings ("where does studio a meet")."""
    if part is None or part.intent not in _OF_SECTION or reading.yes_no or not part.slots.get("section"):
        return None
    own = [m for m in reading.mentions if m.start >= 0]
    if not own or {m.kind for m in own} - _NAMES_SECTION or part.slots.get("date"):
        return None
    named = {i for m in own for i in range(m.start, m.end)}
    if any(t not in _WHERE_OR_WHEN for i, t in enumerate(reading.tokens) if i not in named):
        return None
    sections = reading.ids("section")
    return sections[0] if len(sections) == 1 else None


def _exam_asked(part: Part | None) -> str | None:
    """The exam a part asks of ("when is the final", "where is the final": its place), "" for the exams at large
    ("when are the exams"), None for a part about no exam."""
    if part is None:
        return None
    if part.intent == "exam":
        return part.slots.get("exam") or ""
    if part.intent == "course_fact" and part.slots.get("fact") == "exam_place":
        return part.slots.get("_for_exam") or part.slots.get("exam") or ""
    return None


def exam_for_section(course: Course, decisions: list[Decision]) -> list[Decision]:
    """The exam parts given the section another part names only to ask where or when (its question is the exam's
    room or time for that section as well as the section's own); the decisions as they were otherwise."""
    if len(decisions) < 2:
        return decisions
    asking = [i for i, (r, p, _) in enumerate(decisions) if _section_asked_of(r, p) is not None]
    exams = [i for i, (_, p, _) in enumerate(decisions) if _exam_asked(p) is not None]
    scoped = any(p is not None and p.slots.get("section") for p in (decisions[i][1] for i in exams))
    if len(asking) != 1 or not exams or scoped:
        return decisions
    section = _section_asked_of(*decisions[asking[0]][:2])
    by_id = {e.id: e for e in course.exams}
    out: list[Decision] = []
    for i, (reading, part, alternatives) in enumerate(decisions):
        if i in exams and part is not None:
            exam = by_id.get(_exam_asked(part) or "")
            if exam is not None and exam.sections and section not in exam.sections:
                return decisions  # an exam the section does not sit: the part asks of the section itself
            part = replace(part, slots={**part.slots, "section": section})
        out.append((reading, part, alternatives))
    return out
