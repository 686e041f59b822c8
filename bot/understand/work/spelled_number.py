"""A numbered exam named with its number spelled out ("midterm one is thursday right?", "is exam two on april 2"):
read as the course names it ("midterm 1"), so the question is about that one exam, not every exam. Only where the
course itself numbers an exam so ("Midterm 1", "Test 2"); "the midterm one" (a pronoun: the midterm one, not the
others) is left as typed. Work named so ("quiz two") is read by the work readers already."""

from __future__ import annotations

import re

from bot.core.kept import Kept
from bot.core.word_forms import NUMBERS
from bot.course.model import Course

# A word and the number right after it, in an exam's own name: "midterm 1", "test 2" of "Unit test 2", "mt1"
_NAMED_NUMBER = re.compile(r"\b([a-z]+) ?(\d{1,2})\b")
# Words before the thing that make "one" a pronoun ("the lab one", "which quiz one"), not a number
_POINTING = re.compile(r"\b(?:the|this|that|which|a)\s+$")

_KEPT: Kept[tuple[re.Pattern[str] | None, dict[tuple[str, int], str]]] = Kept(size=32)


def _names(course: Course) -> list[str]:
    return [n for e in course.exams for n in (e.title, *e.aliases)]


def _build(course: Course) -> tuple[re.Pattern[str] | None, dict[tuple[str, int], str]]:
    """The pattern of "<word> <spelled number>" and, for each (word, number) pair the course's exam names hold, the
    pair as the name writes it ("mt1", "midterm 1")."""
    numbered = {
        (m.group(1), int(m.group(2))): m.group(0)
        for name in _names(course)
        for m in _NAMED_NUMBER.finditer(name.lower())
    }
    spelled = {w for w, n in NUMBERS.items() if any(n == k for _, k in numbered)}
    if not spelled:
        return None, numbered
    heads = "|".join(sorted({re.escape(w) for w, _ in numbered}, key=len, reverse=True))
    words = "|".join(sorted(spelled, key=len, reverse=True))
    return re.compile(rf"\b({heads}) ({words})\b"), numbered


def spelled_numbers_named(course: Course, text: str) -> str:
    """The question with each "<word> <spelled number>" the course names with digits written so ("midterm one" ->
    "midterm 1"); unchanged elsewhere, and "one" after "the", "this", "that", "which" or "a" (a pronoun) kept."""
    pattern, numbered = _KEPT.get(course, "spelled numbers", lambda: _build(course))
    if pattern is None:
        return text

    def one(match: re.Match[str]) -> str:
        head, word = match.group(1), match.group(2)
        number = NUMBERS[word]
        if (head, number) not in numbered or (number == 1 and _POINTING.search(text[: match.start()])):
            return match.group(0)
        return numbered[head, number]

    return pattern.sub(one, text)
