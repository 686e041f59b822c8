"""A yes/no question that states when an exam starts or ends ("does the exam start at half nine", "is the final
over by 5pm"): Yes or No from the exam's own times."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from bot.core.timefmt import human_time
from bot.course.model import Course, Exam
from bot.course.occurrences import exam_times
from bot.understand.times.edge_words import asks_end
from bot.understand.times.zones import asks_clock_change, without_clock_change
from bot.understand.work.stated_times import StatedClock, stated_clock

# "from 9:30 until 12:30": two times stated, neither one alone is asked
_CLOCKS = re.compile(r"\b\d{1,2}(?::\d\d)?\s*[ap]\.?m\b|\b\d{1,2}:\d\d|\bnoon\b|\bhalf\s+(?:past\s+)?\w+")
# "start before 9", "end after 5": a bound, not the time itself
_BOUND = re.compile(r"\b(?:before|after|by|earlier|later|latest|earliest)\b")


def one_clock_stated(question: str) -> StatedClock | None:
    """The one time of day a question states as a start or end ("at 4:15", "at half nine"), or None: none, midnight,
    a bound ("before 9") or two times ("from 9:30 until 12:30")."""
    lowered = question.lower()
    said = stated_clock(lowered)
    if said is None or said.midnight or _BOUND.search(lowered) or len(_CLOCKS.findall(lowered)) > 1:
        return None
    return said


def other_sitting_at(exam: Exam, matches: Callable[[dt.time], bool], *, ends: bool = False) -> bool:
    """Whether another sitting of the exam (an alternate time, a make-up) starts (or ends) at the time asked: "is the
    midterm at 3pm" of a midterm at 7 with an alternate sitting at 3 is no plain No."""
    return any(matches(t) for s in exam.sittings if (t := s.end if ends else s.start) is not None)


def exam_time_verdict(course: Course, exam: Exam, section: str | None, question: str) -> tuple[bool, str] | None:
    """Yes or No, with why, when the question states one time of day for the exam's start (or its end, asked with
    "end", "finish", "over"); None when it states none, a bound, or the page lacks the time, or another sitting of
    the exam (an alternate time, a make-up) is at the time stated."""
    lowered = without_clock_change(question)  # "still at 7 after the clocks change": 7, not a bound
    said = one_clock_stated(lowered)
    if said is None:
        return None
    start, end = exam_times(course, exam, section)
    ends = asks_end(lowered)
    moment = end if ends else start
    if moment is None:
        return None
    at = moment.astimezone(course.tz).time()
    if not said.matches(at) and other_sitting_at(exam, said.matches, ends=ends):
        return None  # "is the midterm at 3pm" of an alternate sitting at 3: not a plain No
    word = "ends" if ends else "starts"
    local = "; times on the course page are local, so the change of clocks does not move it"
    return said.matches(at), f"{exam.title} {word} at {human_time(at)}{local if asks_clock_change(question) else ''}."
