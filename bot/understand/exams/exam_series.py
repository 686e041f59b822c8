"""Exams by the name their titles share before a number ("Class Test 1", "Class Test 2", "Class Test 3": "the class
tests"): the lexicon tags that name with every exam of it; here the tags become one mention of those exams, or of
the next of them when "the next class test" is asked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Protocol, TypeVar


class _Mention(Protocol):
    kind: str
    ids: tuple[str, ...]
    start: int
    end: int


class _Exam(Protocol):
    id: str
    date: dt.date


M = TypeVar("M", bound=_Mention)

_NEXT = frozenset({"next", "upcoming", "coming"})
# Words that make the name another sitting than the course's own ("the re-minor", "a practice class test").
_OTHER_SITTING = frozenset(
    {"re", "make", "makeup", "mock", "practice", "sample", "past", "old", "repeat", "resit", "retake", "deferred"}
)


def merged_series(
    mentions: list[M], tokens: Sequence[str], exams: Sequence[_Exam], today: dt.date, qualifiers: Iterable[str] = ()
) -> list[M]:
    """The mentions, with the exams named by one shared name at one place of the question as one mention, in date
    order; "the next class test" is the next of them (the last once all are over). A name right after a word that
    makes it another sitting ("re-minor", "practice", a word of the course's own resit policy: `qualifiers`) names
    none of them."""
    spans: dict[tuple[int, int], list[M]] = {}
    for m in mentions:
        if m.kind == "exam":
            spans.setdefault((m.start, m.end), []).append(m)
    shared = {span: found for span, found in spans.items() if len(found) > 1}
    if not shared:
        return mentions
    order = {e.id: (e.date, i) for i, e in enumerate(exams)}
    out: list[M] = []
    for m in mentions:
        found = shared.get((m.start, m.end)) if m.kind == "exam" else None
        if found is None:
            out.append(m)
            continue
        if found[0] is not m:
            continue  # taken into the first of them
        before = tokens[m.start - 1] if m.start else ""
        if before in _OTHER_SITTING or before in qualifiers:
            continue
        ids = sorted({i for f in found for i in f.ids}, key=lambda i: order.get(i, (dt.date.max, 0)))
        if before in _NEXT:
            coming = [i for i in ids if i in order and order[i][0] >= today]
            ids = coming[:1] or ids[-1:]
        out.append(replace(m, ids=tuple(ids)))
    return out
