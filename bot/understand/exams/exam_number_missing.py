"""An exam asked by a number or an order the course does not have ("when is midterm 2" on a course with one
midterm, "is there an exam 3" with two exams): the page lists no such exam, with the exams it does list, never the
card of another exam given as if it were the one asked."""

from __future__ import annotations

import re

from bot.core.answer import Answer, text
from bot.core.timefmt import human_date
from bot.course.model import Course
from bot.understand.answering.replies import verdict
from bot.understand.exams.sitting_by_order import sitting_by_order

_WORDS = r"mid-?terms?|mid-?sems?|exams?|tests?"
# "midterm 2", "exam #3", not "midterm 2 weeks away", "exam 1:30", "test 3 questions"
_AFTER = (
    r"(?!\d|\s*(?:st|nd|rd|th)\b|\s*(?::|\.\d|%|weeks?|wks?|days?|hours?|hrs?|h\b|mins?|minutes?|pm|am|percent"
    r"|pages?|points?|pts|marks?|questions?|problems?|times?|people|of\b))"
)
_NUMBERED = re.compile(rf"\b({_WORDS})\s*#?\s*([1-9]){_AFTER}")
_ANY_EXAM = frozenset({"exam", "test"})  # words any exam answers to, whatever the course titles it
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
# "the second midterm", not "the second midterm question": an ordinal before a part of an exam counts the parts
_ORDERED = re.compile(
    rf"\b({'|'.join(_ORDINALS)})\s+({_WORDS})\b"
    r"(?!\s+(?:questions?|problems?|parts?|pages?|exercises?|items?|tasks?|prompts?|essays?|q\d*)\b)"
)


def _stem(word: str) -> str:
    word = word.replace("-", "")
    return word[:-1] if word.endswith("s") else word


def _names(course: Course) -> list[tuple[str, set[str]]]:
    """Each exam's title with the words of its title and aliases (hyphens dropped: "mid-term" is "midterm")."""
    out = []
    for exam in course.exams:
        said = " ".join((exam.title, *exam.aliases)).lower().replace("-", "")
        out.append((exam.title, set(re.findall(r"[a-z0-9]+", said)) | {said}))
    return out


def asked_number(question: str) -> tuple[str, int, str] | None:
    """The exam word, the number and the phrase as typed ("midterm", 2, "midterm 2"), when one is asked by number."""
    low = question.lower()
    if not ("mid" in low or "exam" in low or "test" in low):
        return None  # every exam word _NUMBERED and _ORDERED read holds one of these: no pattern to search
    if found := _NUMBERED.search(low):
        return _stem(found.group(1)), int(found.group(2)), found.group(0)
    if found := _ORDERED.search(low):
        return _stem(found.group(2)), _ORDINALS[found.group(1)], found.group(0)
    return None


def missing_exam(course: Course, question: str, yes_no: bool) -> Answer | None:
    """No such exam, with the exams the course lists, when the question asks one by a number beyond those the course
    has of that name; None otherwise (the exam exists, or none is asked by number)."""
    asked = asked_number(question)
    if asked is None or not course.exams or sitting_by_order(course, question) is not None:
        return None  # none asked by number, or "the second exam date" of an exam with several dates
    stem, number, phrase = asked
    names = _names(course)
    if any(f"{stem} {number}" in words or f"{stem}{number}" in words for _, words in names):
        return None
    # "exam 2", "the second test": every exam is an exam, whatever its title ("Midterm 1", "Midterm 2", "Final
    # exam"); "midterm 2" counts the exams named midterm, or every exam when none is
    named = [title for title, words in names if any(w == stem or w == f"{stem}s" for w in words)]
    counted = names if stem in _ANY_EXAM else (named or names)
    if number <= len(counted) or _work_named(course, stem, number):
        return None
    listed = ", ".join(f"{e.title} ({human_date(e.date)})" for e in sorted(course.exams, key=lambda e: e.date))
    # "Midterm 2" as a name; "a second midterm" as typed
    shown = phrase[:1].upper() + phrase[1:] if phrase[-1].isdigit() else phrase
    lines = (text(f"The course page lists no {shown}."), text(f"Its exams: {listed}."))
    answer = Answer(title="No such exam", lines=lines[1:] if yes_no else lines)
    return verdict(answer, False, f"the course page lists no {shown}.") if yes_no else answer


def _work_named(course: Course, stem: str, number: int) -> bool:
    """A piece of work named so ("Practice Test 2"): the deadlines answer it, not this."""
    wanted = re.compile(rf"\b{stem}s?\s*{number}\b")
    return any(
        wanted.search(" ".join((a.title, a.short, *a.aliases)).lower().replace("-", "")) for a in course.assignments
    )
