"""One name, several days off apart in the term ("diwali" of "Diwali (first break)" in October and "Diwali (second
break)" in November, "the long weekend" twice): the student means the one still to come or under way, as they mean
the coming Monday by "monday"; asked in the past tense ("was there class during diwali"), the latest one begun. The
reader keeps that one alone, so every later step (what is due after it, whether a class is held during it) is about
one stretch of days, not the first the page lists.

Days off that overlap (a holiday inside the break named after it: "thanksgiving" of Thanksgiving Day and Thanksgiving
break) are one occasion named twice: they are left as read."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from itertools import combinations
from typing import Protocol, TypeVar


class Stretch(Protocol):
    first: dt.date
    last: dt.date


class Named(Protocol):
    kind: str
    ids: tuple[str, ...]
    start: int
    end: int


def meant_stretch(stretches: Sequence[Stretch], today: dt.date, *, past: bool = False) -> int | None:
    """Which of several days off apart from each other one name means today: the one under way or the next to come,
    or (asked in the past tense, or all of them over) the latest one begun. None when any two overlap (one occasion
    named twice) or fewer than two are given."""
    if len(stretches) < 2 or any(a.first <= b.last and b.first <= a.last for a, b in combinations(stretches, 2)):
        return None
    order = sorted(range(len(stretches)), key=lambda i: stretches[i].first)
    begun = [i for i in order if stretches[i].first <= today]
    if past and begun:
        return begun[-1]
    coming = [i for i in order if stretches[i].last >= today]
    return coming[0] if coming else order[-1]


M = TypeVar("M", bound=Named)


def one_day_off_each(mentions: list[M], periods: Mapping[str, Stretch], today: dt.date, *, past: bool) -> list[M]:
    """The mentions, with the days off that one typed name reads as several kept to the one meant (meant_stretch)."""
    spans: dict[tuple[int, int], list[M]] = {}
    for m in mentions:
        if m.kind == "period" and len(m.ids) == 1 and m.ids[0] in periods:
            spans.setdefault((m.start, m.end), []).append(m)
    dropped: set[int] = set()
    for same in spans.values():
        meant = meant_stretch([periods[m.ids[0]] for m in same], today, past=past)
        if meant is not None:
            dropped |= {id(m) for i, m in enumerate(same) if i != meant}
    return [m for m in mentions if id(m) not in dropped] if dropped else mentions
