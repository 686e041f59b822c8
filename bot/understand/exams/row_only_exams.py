"""Quizzes (or tests) a course lists only as schedule rows ("Quiz 3 (7.4, 7.5)" on a recitation day), with no exam
of that name: "is there a quiz this week", "when is the next quiz" are answered from those rows, never with the
course's exams or "no exam this week"."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise

from bot.core.kept import Kept
from bot.course.model import NO_CLASS_KINDS, Course, ScheduleDay
from bot.understand.words.normalize import phrase_key

# The general words for an exam that a course may use for numbered schedule rows instead ("Quiz 3", "Test 2").
_EXAM_WORDS = {"quiz": "quizzes", "test": "tests", "exam": "exams", "midterm": "midterms"}
_KEPT: Kept[dict[str, tuple[ScheduleDay, ...]]] = Kept(64)


def row_only_rows(course: Course) -> dict[str, tuple[ScheduleDay, ...]]:
    """Each general exam word ("quiz") that only numbered schedule rows of the course are named by, never one of
    its exams or its work, with those rows in date order."""
    return _KEPT.get(course, "rows", lambda: _row_only(course))


def _row_only(course: Course) -> dict[str, tuple[ScheduleDay, ...]]:
    taken = {w for e in course.exams for name in (e.id, e.title, *e.aliases) for w in phrase_key(name)}
    taken |= {w for a in course.assignments for name in (a.kind, a.title, *a.aliases) for w in phrase_key(name)}
    found: dict[str, list[ScheduleDay]] = {}
    for row in course.schedule:
        key = phrase_key(row.title)
        numbered = len(key) > 1 and key[1].isdigit()
        if row.kind in NO_CLASS_KINDS or row.exam_id is not None or not numbered or key[0] not in _EXAM_WORDS:
            continue
        if key[0] not in taken:
            found.setdefault(key[0], []).append(row)
    return {w: tuple(sorted(rows, key=lambda r: r.date)) for w, rows in found.items()}


def row_only_asked(course: Course, question: str) -> tuple[str, tuple[ScheduleDay, ...], str] | None:
    """The row-only word the question asks by ("is there a quiz this week"), its rows, and the number it names that
    no row has ("8a" of "quiz 8a", else ""); None when it names none, or names a row by its number ("quiz 3")."""
    rows = row_only_rows(course)
    if not rows:
        return None
    tokens = phrase_key(question)
    asked = [w for w in rows if {w, _EXAM_WORDS[w]} & set(tokens)]
    if len(asked) != 1:
        return None
    word, held = asked[0], rows[asked[0]]
    numbers = [n for t, n in pairwise(tokens) if t == word and n[:1].isdigit()]
    if not numbers:
        return word, held, ""
    if any(phrase_key(r.title)[1] == n for r in held for n in numbers):
        return None  # "quiz 3" is that row, read as a topic
    return word, held, numbers[0]  # "quiz 8a": one the schedule does not have


def rows_between(rows: tuple[ScheduleDay, ...], first: dt.date, last: dt.date) -> list[ScheduleDay]:
    """The rows held from `first` to `last`, both included."""
    return [r for r in rows if first <= r.date <= last]
