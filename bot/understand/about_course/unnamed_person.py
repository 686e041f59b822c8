"""Who holds a part the page describes without naming anyone ("who is the second examiner for the orals", "who are
the markers for the essays"): when the answer found names no member of staff beside that word, the student is told
the page does not say who, and still sees what it says of the part."""

from __future__ import annotations

import re

from bot.core.answer import Answer
from bot.core.sentences import split_sentences
from bot.course.model import Course

# "who is the second examiner", "who are the markers", "who will be our proctor": a part someone plays in the course
_WHO = re.compile(
    r"\bwho\s+(?:is|are|will\s+be|'s|s)\s+(?:the|our|my)\s+(?:[\w-]+\s+){0,2}?"
    r"(examiner|grader|marker|assessor|proctor|invigilator|moderator|judge|reviewer|supervisor)s?\b"
)


def unnamed_person(course: Course, question: str, answer: Answer) -> str | None:
    """ "The course page does not say who that is." when the question asks who plays a part and no sentence of the
    answer naming that part names a member of staff; None otherwise (or when the part is one of the course's own
    staff roles, which the staff answer names)."""
    asked = _WHO.search(" ".join(question.lower().split()))
    if asked is None:
        return None
    part = asked.group(1)
    if any(part in f"{r.title} {r.plural}".lower() for r in course.roles):
        return None
    names = {w.lower() for p in course.people for w in (*p.name.split(), *p.aliases) if len(w) > 2}
    lines = (*answer.lines, *(line for f in answer.fields for line in f.lines))
    said = " ".join(seg for line in lines for seg in line if isinstance(seg, str))
    for sentence in split_sentences(said):
        lowered = sentence.lower()
        if part in lowered and names & set(re.findall(r"[\w'-]+", lowered)):
            return None
    return "The course page does not say who that is."
