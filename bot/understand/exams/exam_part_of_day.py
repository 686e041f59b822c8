"""A yes/no question stating the part of the day an exam is in ("mt1 is in the evening ya?", "is the second midterm on
a tuesday evening too", "is the final a morning exam"): Yes or No from the exam's own start and end (and its weekday,
when one is named with it), the time shown. A part of the day that dates something else ("the evening before the
midterm", "the morning after") or a question naming a date is left to the other readings."""

from __future__ import annotations

import datetime as dt
import re

from bot.core.timefmt import human_date, human_time
from bot.course.model import WEEKDAYS, Course, Exam
from bot.course.occurrences import exam_times
from bot.understand.meetings.part_of_day import runs_in
from bot.understand.times.time_phrases import DAYPARTS

_WEEKDAY = "|".join(WEEKDAYS)
# "in the evening", "an evening exam", "tuesday evening", "at night": never "the evening before/after ..."
_PART = re.compile(
    rf"\b(?:(?P<weekday>{_WEEKDAY})s?\s+)?(?P<part>morning|afternoon|evening|night)s?\b"
    r"(?!\s+(?:before|after|prior|of)\b)"
)
_WEEKDAY_SAID = re.compile(rf"\b(?:(?P<which>next|this|coming|last)\s+)?(?P<weekday>{_WEEKDAY})s?\b")
# a date typed ("may 4", "4/5", "the 14th"): that day's readings decide
_DATE_SAID = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}\s*/\s*\d|\b\d{1,2}(?:st|nd|rd|th)\b"
)
_BEFORE_AFTER = re.compile(r"\b(?:before|after|prior\s+to)\s+(?:the|my|our|it)\b")
# Something else at that part of the day: "my lab is thursday night, does it clash with midterm 2"
_OTHER_THING = re.compile(
    r"\b(?:clash\w*|conflict\w*|overlap\w*|collid\w*|same\s+time)\b"
    r"|\b(?:my|our)\s+(?!exam|midterm|final|test|quiz|oral)[a-z]+\s+(?:is|are|was|runs)\b"
)


def names_a_date(question: str) -> bool:
    """Whether the question types a date ("may 4", "4/5", "the 14th"), not only a weekday."""
    return _DATE_SAID.search(question.lower()) is not None


# "in the morning or the evening", "afternoon or evening": a choice between parts of the day, asked with "or"
_PART_CHOICE = re.compile(
    r"\b(?P<first>morning|afternoon|evening|night)s?\s+or\s+(?:in\s+|at\s+)?(?:the\s+|an?\s+)?"
    r"(?P<second>morning|afternoon|evening|night)s?\b"
)


def exam_part_choice(course: Course, exam: Exam, section: str | None, question: str) -> str | None:
    """ "is the midterm in the morning or evening": which of the two parts of the day the exam is in, with its time
    ("Midterm is in the evening: Wed Oct 23, 7:00 PM–9:00 PM."), a sentence a Yes or No would only blur; None when no
    such choice is asked, the page gives no time, or the exam is in both or neither."""
    low = " ".join(question.lower().replace("’", "'").split())
    choice = _PART_CHOICE.search(low)
    if choice is None or choice.group("first") == choice.group("second"):
        return None
    start, end = exam_times(course, exam, section)
    if start is None or end is None:
        return None
    local_start, local_end = start.astimezone(course.tz), end.astimezone(course.tz)
    when = f"{human_date(exam.date)}, {human_time(local_start.time())}–{human_time(local_end.time())}"
    held = [p for p in choice.group("first", "second") if runs_in(local_start.time(), local_end.time(), p)]
    if len(held) != 1:
        return f"{exam.title} is on {when}."
    said = "at night" if held[0] == "night" else f"in the {held[0]}"
    return f"{exam.title} is {said}: {when}."


def _mostly_in(start: dt.time, end: dt.time, part: str) -> bool:
    """Whether an exam is in the part of the day: it starts in it, or starts before it and most of it is in it (a
    9:30 AM-12:30 PM final is a morning exam, not an afternoon one, though it runs half an hour past noon)."""
    first, last = DAYPARTS[part]
    if first <= start < last or not runs_in(start, end, part):
        return first <= start < last
    day = dt.date(2000, 1, 3)
    inside = min(dt.datetime.combine(day, end), dt.datetime.combine(day, last)) - dt.datetime.combine(day, first)
    return inside * 2 > dt.datetime.combine(day, end) - dt.datetime.combine(day, start)


def exam_part_verdict(course: Course, exam: Exam, section: str | None, question: str) -> tuple[bool, str] | None:
    """(Yes or No, why) when the question states the part of the day the exam is in, from its start and end; None
    when it states none, names a date, dates something else by the exam, or the page gives no time."""
    low = " ".join(question.lower().replace("’", "'").split())
    parts = list(_PART.finditer(low))
    if len(parts) != 1 or names_a_date(low) or _BEFORE_AFTER.search(low) or _OTHER_THING.search(low):
        return None
    days = list(_WEEKDAY_SAID.finditer(low))
    if len(days) > 1 or any(d.group("which") for d in days):
        return None  # "is it next tuesday evening": a day, not a kind of day
    start, end = exam_times(course, exam, section)
    if start is None or end is None:
        return None
    local_start, local_end = start.astimezone(course.tz), end.astimezone(course.tz)
    part = parts[0].group("part")
    yes = _mostly_in(local_start.time(), local_end.time(), part)
    if days:
        yes = yes and WEEKDAYS.index(days[0].group("weekday")) == exam.date.weekday()
    when = f"{human_date(exam.date)}, {human_time(local_start.time())}–{human_time(local_end.time())}"
    return yes, f"{exam.title} is on {when}."
