"""Exams a course keeps only as a policy whose page leaves out the date ("the final exam is in the April exam
period; the date is not yet announced"), and which one a question names: read once per course. Pure lookups, kept
apart from bot.understand.exams.exam_unset's answers so the evidence finder can ask them too."""

from __future__ import annotations

from bot.core.kept import Kept
from bot.course.model import Course
from bot.understand.words.normalize import phrase_key
from bot.understand.words.vocabulary import CUES

# The nouns every exam shares ("exam", "test"): they name no exam in particular, so they never pick the policy.
_HEADS = frozenset({"exam", "exams", "test", "tests"})
_EXAM_WORDS = frozenset(CUES["exam"]) - _HEADS

_UNSET: Kept[tuple[tuple[str, frozenset[str]], ...]] = Kept(size=32)


def _unset(course: Course) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each policy with a "not on the page" note naming an exam the course's exam list does not hold, with the
    words that name it ("final", "finals"): read once per course."""
    held = {w for e in course.exams for n in (e.title, *e.aliases) for w in phrase_key(n)}
    found = []
    for p in course.policies:
        if not p.missing:
            continue
        names = set(phrase_key(p.title)) & _EXAM_WORDS
        if not names or names & held or not names & set(phrase_key(p.missing)):
            continue
        plural = {f"{w}s" for w in names if not w.endswith("s")}
        found.append((p.id, frozenset(names | (plural & _EXAM_WORDS))))
    return tuple(found)


def unset_exams(course: Course) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each date-less exam policy's id with the words that name it (kept per course)."""
    return _UNSET.get(course, "unset exams", lambda: _unset(course))


def unset_exam(course: Course, question: str) -> str | None:
    """The id of the one date-less exam policy the question names, or None."""
    kept = unset_exams(course)
    if not kept:
        return None
    words = set(phrase_key(question))
    named = [pid for pid, names in kept if names & words]
    return named[0] if len(named) == 1 else None
