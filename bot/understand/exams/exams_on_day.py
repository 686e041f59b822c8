"""Whether any exam is held on a day the student names, no exam named: "are exams held on dec 4", "is there an exam
on the 19th". Yes with the exam of that day; No with what the day is (a holiday, a day off) and when the exams are,
from the course's exam list and every other sitting of each (a make-up, an alternate time)."""

from __future__ import annotations

import datetime as dt
import re

from bot.core.timefmt import human_date
from bot.course.model import Course, Exam, ExamSitting
from bot.understand.meetings.meeting_at_clock import names_a_clock

# "are exams held on", "is there an exam on", "are there any tests on", "will the exams be on": of exams in general
_ASKS_ON_DAY = re.compile(
    r"^\W*(?:(?:is|are|will)\s+(?:there\s+(?:be\s+)?)?(?:any\s+|an?\s+|the\s+)?"
    r"(?P<kind>exams?|examinations?|tests?)\s+(?:be\s+)?(?:held\s+|happening\s+|scheduled\s+|taking\s+place\s+)?on)\b"
)
# "is there an exam on oct 23 or oct 24": another day asked as well, which the one day read does not settle
_OR = re.compile(r"\bor\b")


# A schedule row's title naming a test of some kind, which the exam list may not hold
_EXAM_ROW = re.compile(r"\b(?:exams?|examinations?|tests?|quiz(?:zes)?|midterms?|finals?)\b", re.IGNORECASE)


def exams_held_on(course: Course, day: dt.date) -> list[Exam]:
    """The exams of the course's list with a sitting on `day` (its own, a make-up, an alternate time)."""
    return [e for e in course.exams if e.date == day or sitting_on(e, day) is not None]


def sitting_on(exam: Exam, day: dt.date) -> ExamSitting | None:
    """The exam's other sitting (a make-up, an alternate time) on `day`, when it has one then."""
    return next((s for s in exam.sittings if s.date == day), None)


def _held_as(exam: Exam, day: dt.date) -> str:
    """ "Midterm", or "Midterm (alternate sitting)" when only another sitting of it is on `day`."""
    other = sitting_on(exam, day) if exam.date != day else None
    return f"{exam.title} ({other.name})" if other is not None else exam.title


def exam_asked_at_a_time(course: Course, question: str, day: dt.date) -> Exam | None:
    """The one exam held on `day` when a question asking whether exams are held then names a time of day too ("are
    exams held on oct 23 at 10am"): its times answer, not the day alone; None otherwise."""
    lowered = " ".join(question.lower().split())
    if _ASKS_ON_DAY.search(lowered) is None or not names_a_clock(lowered) or _OR.search(lowered):
        return None
    held = exams_held_on(course, day)
    return held[0] if len(held) == 1 else None


def exams_on_day_verdict(course: Course, question: str, day: dt.date) -> tuple[bool, str] | None:
    """(Yes or No, why) to a question asking whether exams are held on `day`; None when it asks of something else,
    asks of a time of day too ("on oct 23 at 10am": the exam that day may be at another hour) or of another day as
    well ("on oct 23 or 24"), or the course lists no exam. The Yes says the student's own word back ("the test on Tue
    May 5: Final exam")."""
    lowered = " ".join(question.lower().split())
    asked = _ASKS_ON_DAY.search(lowered)
    if not course.exams or asked is None or names_a_clock(lowered) or _OR.search(lowered):
        return None
    held = [_held_as(e, day) for e in exams_held_on(course, day)]
    if held:
        kind = asked.group("kind").rstrip("s")
        return True, f"the {kind} on {human_date(day)}: {', '.join(held)}."
    if any(r.date == day and r.has_class and (r.exam_id or _EXAM_ROW.search(r.title)) for r in course.schedule):
        return None  # a test the schedule alone lists that day ("Quiz 3", "Map test"): its rows answer
    off = course.days_off.get(day)
    told = f"no exam is on {human_date(day)}{f', {off}' if off else ''}"
    listed = "; ".join(f"{e.title}: {human_date(e.date)}" for e in course.exams)
    return False, f"{told}. The exams: {listed}."
