"""Whether any exam is held on a day the student names, no exam named: "are exams held on dec 4", "is there an exam
on the 19th". Yes with the exam of that day; No with what the day is (a holiday, a day off) and when the exams are,
from the course's exam list and every other sitting of each (a make-up, an alternate time)."""

from __future__ import annotations

import datetime as dt
import re

from bot.core.timefmt import human_date
from bot.course.model import Course

# "are exams held on", "is there an exam on", "are there any tests on", "will the exams be on": of exams in general
_ASKS_ON_DAY = re.compile(
    r"^\W*(?:(?:is|are|will)\s+(?:there\s+(?:be\s+)?)?(?:any\s+|an?\s+|the\s+)?"
    r"(?:exams?|examinations?|tests?)\s+(?:be\s+)?(?:held\s+|happening\s+|scheduled\s+|taking\s+place\s+)?on)\b"
)


# A schedule row's title naming a test of some kind, which the exam list may not hold
_EXAM_ROW = re.compile(r"\b(?:exams?|examinations?|tests?|quiz(?:zes)?|midterms?|finals?)\b", re.IGNORECASE)


def exams_on_day_verdict(course: Course, question: str, day: dt.date) -> tuple[bool, str] | None:
    """(Yes or No, why) to a question asking whether exams are held on `day`; None when it asks of something else
    or the course lists no exam."""
    if not course.exams or _ASKS_ON_DAY.search(" ".join(question.lower().split())) is None:
        return None
    held = [e.title for e in course.exams if e.date == day or any(s.date == day for s in e.sittings)]
    if held:
        return True, f"{', '.join(held)}: {human_date(day)}."
    if any(r.date == day and r.has_class and (r.exam_id or _EXAM_ROW.search(r.title)) for r in course.schedule):
        return None  # a test the schedule alone lists that day ("Quiz 3", "Map test"): its rows answer
    off = course.days_off.get(day)
    told = f"no exam is on {human_date(day)}{f', {off}' if off else ''}"
    listed = "; ".join(f"{e.title}: {human_date(e.date)}" for e in course.exams)
    return False, f"{told}. The exams: {listed}."
