"""'is there a written final exam' of a course whose page says "there is no written exam" or "the final jury replaces
a final exam": the kind of exam asked about is one the page itself says the course does not have, so the answer is
No with that sentence (the course's own exams follow it)."""

from __future__ import annotations

import re

from bot.core.kept import Kept
from bot.course.model import Course
from bot.understand.words.normalize import phrase_key

# A question asking whether the course has an exam of some kind: "is there a written final", "do we have an oral".
_ASKS_THERE = re.compile(
    r"^(?:so\s+|and\s+)?(?:is\s+there|are\s+there|will\s+there\s+be|do\s+we\s+(?:have|get)|does\s+(?:the|this)\s+"
    r"(?:course|class|module|unit)\s+have|is\s+it\s+an?)\s+(?:an?\s+|any\s+)?((?:[a-z-]+\s+){0,3}?)"
    r"(exams?|tests?|finals?|midterms?)\b"
)
# The page's sentence saying the course has no exam of a kind: "there is no written exam", "no final exam is held",
# "replaces a final exam", "instead of a written test", "does not have a midterm".
_DENIED = re.compile(
    r"\b(?:there\s+(?:is|are|will\s+be)\s+no|(?:has|have)\s+no|replaces?\s+(?:a|an|the)|instead\s+of\s+(?:a|an|the)"
    r"|(?:does|do)\s+not\s+have\s+(?:a|an|any))\s+((?:[a-z-]+\s+){0,3}?)(exams?|tests?|finals?|midterms?)\b"
)
# Words of an exam's kind a question or sentence may hold besides the exam word ("written", "final", "oral").
_FILLER = frozenset({"a", "an", "the", "any", "real", "actual", "proper", "traditional", "separate", "in", "this"})


def _kind_words(words: str, exam_word: str) -> frozenset[str]:
    """The words that say what kind of exam: "written final" of "written final exam" (a "final" or "midterm" said
    alone is itself the kind)."""
    said = {w for w in phrase_key(words) if w not in _FILLER}
    if exam_word.rstrip("s") in ("final", "midterm"):
        said.add(exam_word.rstrip("s"))
    return frozenset(said)


# Each course's denials, read once while the Course value is in use.
_KEPT: Kept[tuple[tuple[str, frozenset[str]], ...]] = Kept(size=32)


def _denials(course: Course) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each of the course's exam rules that says the course has no exam of a kind, with that kind's words."""
    return _KEPT.get(course, "denied exam kinds", lambda: _read_denials(course))


def _read_denials(course: Course) -> tuple[tuple[str, frozenset[str]], ...]:
    found = []
    for e in course.exams:
        for rule in e.rules:
            found += [(rule.strip(), _kind_words(d.group(1), d.group(2))) for d in _DENIED.finditer(rule.lower())]
    return tuple(found)


def denied_exam_kind(course: Course, question: str) -> str | None:
    """The page's sentence saying the course has no exam of the kind the question asks whether there is (every word
    of the sentence's kind is one the question says: "no written exam" denies "a written final exam"), or None."""
    asked = _ASKS_THERE.search(" ".join(question.lower().split()))
    if asked is None:
        return None
    kind = _kind_words(asked.group(1), asked.group(2))
    return next((sentence for sentence, denied in _denials(course) if denied and denied <= kind), None)
