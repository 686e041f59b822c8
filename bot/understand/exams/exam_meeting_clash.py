"""Whether a class meeting of the student's clashes with an exam ("does my lab clash with the midterm"): decided by
whether that meeting is held on the exam's day (the data's days off and cancellations) and, if it is, whether
its time overlaps the exam's; no verdict when the section or a time the answer needs is not known."""

from __future__ import annotations

import datetime as dt
import re

from bot.answers.day_view import replaced_by_exam
from bot.core.timefmt import human_date, human_time
from bot.course.model import Course, Exam
from bot.course.occurrences import exam_times, meetings_of, occurrences_between
from bot.understand.words.exam_words import EXAM_WORDS
from bot.understand.words.normalize import phrase_key

_CLASH = re.compile(
    r"\b(?:clash(?:es|ing)?|conflicts?|conflicting|overlaps?|overlapping|interfere|collide|same\s+time)\b"
)


def named_kind(course: Course, question: str) -> str | None:
    """The one meeting kind of the course the question names by its own words ("lab", "recitation"), else None."""
    words = phrase_key(question)
    found: set[str] = set()
    for kind in course.meeting_kinds:
        for name in (kind.name, kind.plural, kind.id.replace("_", " "), *kind.aliases):
            key = phrase_key(name)
            if not key or set(key) & EXAM_WORDS:
                continue  # "exam review session" names an exam, not a meeting that could clash with one
            if any(words[i : i + len(key)] == key for i in range(len(words) - len(key) + 1)):
                found.add(kind.id)
    return found.pop() if len(found) == 1 else None


def _clock(start: dt.datetime, end: dt.datetime, tz: dt.tzinfo) -> str:
    return f"{human_time(start.astimezone(tz).time())}–{human_time(end.astimezone(tz).time())}"


def meeting_clash(course: Course, exam: Exam, question: str, section: str | None) -> tuple[bool | None, str] | None:
    """(Yes/No or None when the data does not decide, why) for a question on whether a named meeting kind clashes
    with the exam; None when the question is not that."""
    if not _CLASH.search(question.lower()):
        return None
    kind = named_kind(course, question)
    if kind is None or not meetings_of(course, kind, section):
        return None
    label = course.kind_name(kind)
    day = human_date(exam.date)
    found = occurrences_between(course, exam.date, exam.date, kind=kind, section=section, include_cancelled=True)
    if not found:
        return False, f"there is no {label.lower()} on {day}, the day of {exam.title}."
    held = [o for o in found if not o.cancelled and replaced_by_exam(course, o) is None]
    if not held:
        why = found[0].note.split(": ", 1)[-1] if found[0].note else ""
        said = f" ({why})" if why and all(o.note == found[0].note for o in found) else ""
        return False, f"{label.lower()} is not held on {day}, the day of {exam.title}{said}."
    if section is None and len(held) != len(found):
        # some sections meet that day and some do not: which is the student's decides it
        return (
            None,
            f"on {day} some {course.kind_name(kind, plural=True).lower()} meet and some do not; say your section.",
        )
    start, end = exam_times(course, exam, section)
    if start is None or end is None:
        return None, f"{label} meets on {day}, but the time of {exam.title} is not on the course page."
    tz = course.tz
    overlapping = [o for o in held if o.start < end and start < o.end]
    meets = "; ".join(f"{course.meeting_label(o.kind, o.section)} {_clock(o.start, o.end, tz)}" for o in held)
    when = f"{exam.title} is {day}, {_clock(start, end, tz)}"
    if overlapping and len(overlapping) == len(held):
        return True, f"{when}; {meets}."
    if not overlapping:
        return False, f"{when}; {meets}."
    return None, f"{when}; {meets}: it depends on your section."


# "... what do i do", "is there a conflict form": the form itself is asked, which its own answer gives
_FORM = re.compile(r"\bforms?\b")


def clash_sitting(course: Course, exam: Exam, question: str) -> int | None:
    """The index of the exam's one alternate sitting when the student tells of a clash with the exam that is no
    meeting of this course ("i have a chem lab that overlaps with midterm 2, what do i do"): that sitting is the
    answer, with when, where, who may sit it and how to register. None when no clash is told, the clash is with a
    meeting of the course (`meeting_clash` decides it), the form is what is asked, or the exam has no one such
    sitting."""
    low = question.lower()
    if not _CLASH.search(low) or _FORM.search(low):
        return None
    if (kind := named_kind(course, question)) is not None and meetings_of(course, kind, None):
        return None
    found = [i for i, s in enumerate(exam.sittings) if s.kind == "alternate"]
    return found[0] if len(found) == 1 else None
