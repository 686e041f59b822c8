"""'is cat 2 in the usual lecture hall', 'is the final in our normal lecture room': whether an exam is held where a kind
of class usually meets. Yes or No from the exam's room and that kind's weekly room, with both; no verdict when either is
not one room the page gives (rooms by section or surname, a room not listed, meetings in several rooms)."""

from __future__ import annotations

import re

from bot.course.model import Course, Exam
from bot.course.occurrences import kind_matches
from bot.understand.meetings.class_days import kind_label

# The question opens on the exam: "is cat 2 in ...", "will the final be in ..." (not "is s4 studio in its usual room
# on test day", which asks about the class)
# The usual place of a kind, named by one word or none between ("the usual seminar room", "our normal classroom")
_USUAL_PLACE = re.compile(
    r"\b(?:normal|usual|regular|same|standard|typical)\s+(?:\w+\s+)?"
    r"(?:room|place|theatre|theater|hall|venue|location|building|classroom)\b"
)
_OPENS = re.compile(r"\s*(?:is|will|are)\s+(?:the\s+|our\s+|my\s+)?(?P<rest>.+)")


def _one(rooms: set[str]) -> str | None:
    kept = {r for r in rooms if r and r.lower() not in ("unknown", "location not listed")}
    return kept.pop() if len(kept) == 1 and len(rooms) == 1 else None


def usual_room_verdict(
    course: Course, exam: Exam, question: str, kind: str | None, section: str | None
) -> tuple[bool, str] | None:
    """(Yes/No, both rooms) when the question asks if the exam is where the kind usually meets; None otherwise."""
    low = question.lower().replace("’", "'")
    opens = _OPENS.match(low)
    names = [n.lower().removeprefix("the ") for n in (exam.title, *exam.aliases)]
    if kind in (None, "class") or opens is None or not _USUAL_PLACE.search(low):
        return None
    if not any(opens.group("rest").startswith(n) for n in names if n):
        return None
    room = exam.room_for(section) if (exam.location or section) else None
    exam_room = _one({room} if room else {r.room for r in exam.rooms})
    theirs = [m for m in course.meetings if section is None or m.section in (None, section)]
    usual = _one({m.where for m in theirs if kind_matches(course, m.kind, kind)})
    if exam_room is None or usual is None:
        return None
    same = " ".join(exam_room.lower().split()) == " ".join(usual.lower().split())
    return same, f"{exam.title} is in {exam_room}; {kind_label(course, kind, plural=True)} meet in {usual}."
