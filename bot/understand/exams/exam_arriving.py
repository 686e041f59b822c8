"""'if im 20 min late to the exam can i still get in', 'can you arrive late to the midterm': arriving late to an exam,
from the exam's own rules ("you cannot enter more than 30 minutes after the start"), quoted with the exam's card;
without such a rule, that the page does not say. Never the late-work rules: being late to an exam is no submission."""

from __future__ import annotations

import datetime as dt
import re

from bot.core.answer import Answer
from bot.core.kept import Kept
from bot.course.model import Course, Exam
from bot.understand.answering.asked import Asked
from bot.understand.exams.exam_room_rules import exam_meant, rules_or_unknown
from bot.understand.question.reading import Reading
from bot.understand.question.result import Slots

# every question the patterns read holds one of these words (the recognizer row's gate)
NEEDS = frozenset({"late", "arrive", "arriving", "enter", "entering", "admitted"})

_EXAM = r"(?:the\s+|my\s+|an\s+|our\s+)?(?:exams?|midterms?|finals?|tests?|quiz|exam\s+(?:hall|room))"
# Late to the sitting itself ("late to the exam", "late by 50 minutes to the final", "arrive late", "show up late",
# "let in late"), not late work
_LATE_TO = re.compile(r"\blate\s+(?:to|for|into)\s+(?:the\s+|my\s+|an\s+|our\s+)?(?P<what>[\w-]+)")
_ARRIVING = re.compile(
    rf"\blate\s+(?:by\s+(?:\w+\s+){{1,3}}?)?(?:to|for|into)\s+{_EXAM}\b"
    r"|\b(?:arrive|arriving|show\s+up|showing\s+up|turn\s+up|get\s+there|come|coming|walk\s+in|rock\s+up)\s+late\b"
    r"|\b(?:enter|entering|admitted|let\s+in)\b[^.?!]*\b(?:late|after\s+(?:it|the\s+exam)\s+(?:starts|started|begins))\b"
)
# Work handed in late is the late-work rules' ("submit the exam late" is no arrival)
_WORK = re.compile(r"\b(?:submit|submitting|hand\s+in|handing\s+in|turn\s+in|upload|due)\b")
# A rule about coming in after the start ("no entry after 30 minutes", "latecomers are admitted until ...")
_ENTRY_RULE = re.compile(r"\b(?:enter|entry|admit\w*|arriv\w*|late\w*|let\s+in)\b", re.IGNORECASE)
_SPAN_WORDS = re.compile(r"\b(?:minutes?|hours?|start\w*|begin\w*|after)\b", re.IGNORECASE)


def arriving_asked(course: Course, said: str, reading: Reading, now: dt.datetime) -> Exam | None:
    """The exam a question asks about arriving late to, or None when it asks nothing such (or names no exam)."""
    low = said.lower().replace("’", "'")
    if not course.exams or _WORK.search(low):
        return None
    late_to = _LATE_TO.search(low)
    if not _ARRIVING.search(low) and not (late_to and late_to.group("what") in _first_words(course)):
        return None  # "late for the klausur": the course's own name for its exam
    return exam_meant(course, reading, now)


_KEPT: Kept[frozenset[str]] = Kept(32)


def _first_words(course: Course) -> frozenset[str]:
    """The first word of each exam's names ("klausur", "midterm"), read once per course."""

    def build() -> frozenset[str]:
        titles = [n.lower().removeprefix("the ") for e in course.exams for n in (e.title, *e.aliases)]
        return frozenset(n.split()[0] for n in titles if n.strip())

    return _KEPT.get(course, "exam first words", build)


def entry_rules(exam: Exam) -> list[str]:
    """The exam's rules on coming in after its start."""
    return [r for r in exam.rules if _ENTRY_RULE.search(r) and _SPAN_WORDS.search(r)]


def exam_arriving(asked: Asked, slots: Slots) -> Answer:
    """The exam's rules on arriving late, quoted before its card; or that the page does not say."""
    exam = asked.course.exam(slots["exam"])
    return rules_or_unknown(asked, exam, entry_rules(exam), f"come in late to {exam.title}", "enter")
