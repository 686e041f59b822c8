"""'can i walk out once i'm done with the exam', 'are we allowed to leave the midterm early': when a student may
leave an exam, from the exam's own rules ("You may not leave in the first 30 minutes or the last 15 minutes"),
quoted with the exam's card; without such a rule, that the page does not say (never a guessed Yes)."""

from __future__ import annotations

import datetime as dt
import re

from bot.core.answer import Answer
from bot.course.model import Course, Exam
from bot.understand.answering.asked import Asked
from bot.understand.exams.exam_room_rules import exam_meant, rules_or_unknown
from bot.understand.exams.stated_window import stated_at
from bot.understand.question.reading import Reading
from bot.understand.question.result import Slots

# every question the patterns read holds one of these words (the recognizer row's gate)
NEEDS = frozenset({"leave", "leaving", "walk", "walking", "head", "go", "exit", "depart", "get"})

# What the question says, each a pattern: going out of the exam room ("leave the exam", "walk out", "head out"),
# leaving at all, before the end, done with the paper ("once i'm finished", "when we're done"), in its first or last
# minutes ("in the first half hour"), and taking the exam at another time ("i'm leaving early for the break, can i
# write the final early"), which is not this.
_ROOM = r"(?:the\s+|my\s+|an\s+)?(?:exams?|rooms?|halls?|midterms?|finals?|tests?|quiz)"
_LEAVING_ROOM = re.compile(
    rf"\b(?:leave|leaving|exit)\s+{_ROOM}\b|\b(?:walk(?:ing)?|head(?:ing)?|get(?:ting)?)\s+out\b"
)
_LEAVING = re.compile(r"\b(?:leave|leaving|exit|go\s+home)\b")
_EARLY = re.compile(r"\b(?:early|earlier|before\s+(?:the\s+)?(?:end|time\s+is\s+up))\b")
_WINDOW = re.compile(r"\b(?:in|during|within)\s+the\s+(?:first|last)\s+(?:\w+\s+){0,2}?(?:minutes?|mins?|hours?)\b")
_WE_ARE = r"(?:i|we)(?:'?m|'?re|\s+am|\s+are|'?ve|\s+have)?"
_DONE = re.compile(rf"\b(?:once|when|if|after)\s+{_WE_ARE}\s*(?:done|finished|finish)\w*\b")
_TAKEN_EARLY = re.compile(r"\b(?:take|write|sit|do|reschedule|move)\s+(?:\w+\s+){0,3}?(?:early|earlier)\b")
# A rule about leaving the room before the end, not "leave your bag at the front"
_LEAVING_RULE = re.compile(r"\b(?:leave|leaving|depart\w*|exit)\b", re.IGNORECASE)
_SPAN_WORDS = re.compile(r"\b(?:minutes?|hours?|first|last|early|until|before|end)\b", re.IGNORECASE)


def leaving_asked(course: Course, said: str, reading: Reading, now: dt.datetime) -> Exam | None:
    """The exam a question asks about leaving early, or None when it asks nothing such (or names no exam)."""
    low = said.lower().replace("’", "'")
    if not course.exams or _TAKEN_EARLY.search(low):
        return None
    # "after 20 mins", "an hour in": how far into the exam the student would go out
    in_by = stated_at(low, "leave") is not None
    out_early = _LEAVING_ROOM.search(low) and (_EARLY.search(low) or _DONE.search(low) or in_by)
    if not (out_early or (_LEAVING.search(low) and (_DONE.search(low) or _WINDOW.search(low) or in_by))):
        return None
    return exam_meant(course, reading, now)


def leaving_rules(exam: Exam) -> list[str]:
    """The exam's rules on leaving the room before the end."""
    return [r for r in exam.rules if _LEAVING_RULE.search(r) and _SPAN_WORDS.search(r)]


def exam_leaving(asked: Asked, slots: Slots) -> Answer:
    """The exam's rules on leaving early, quoted before its card; or that the page does not say."""
    exam = asked.course.exam(slots["exam"])
    return rules_or_unknown(asked, exam, leaving_rules(exam), f"leave {exam.title} early", "leave")
