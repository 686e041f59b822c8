"""One name of several days off apart is the one under way or to come (asked in the past tense, the latest begun);
days off that overlap are one occasion named twice and are left alone."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import pytest

from bot.understand.times.shared_day_off import meant_stretch, one_day_off_each


class Span(NamedTuple):
    first: dt.date
    last: dt.date


class Said(NamedTuple):
    kind: str
    ids: tuple[str, ...]
    start: int
    end: int


D = dt.date.fromisoformat
OCT = Span(D("2024-10-22"), D("2024-10-24"))
NOV = Span(D("2024-11-19"), D("2024-11-19"))


@pytest.mark.parametrize(
    ("today", "past", "meant"),
    [
        (D("2024-10-01"), False, 0),  # both to come: the first
        (D("2024-10-23"), False, 0),  # under way
        (D("2024-10-28"), False, 1),  # the first over: the next
        (D("2024-10-28"), True, 0),  # "was there class": the latest begun
        (D("2024-12-10"), False, 1),  # both over: the last
        (D("2024-10-01"), True, 0),  # past tense, none begun: the coming one
    ],
)
def test_the_stretch_meant(today, past, meant):
    """The stretch a shared name means on a day."""
    assert meant_stretch([NOV, OCT][::-1], today, past=past) == meant


def test_overlapping_stretches_are_one_occasion():
    """A holiday inside the break named after it: neither is dropped."""
    inside = Span(D("2024-10-23"), D("2024-10-23"))
    assert meant_stretch([OCT, inside], D("2024-10-01")) is None
    assert meant_stretch([OCT], D("2024-10-01")) is None


def test_only_the_meant_mention_is_kept():
    """Of the mentions one typed name reads as two days off, the one meant stays; other mentions stay as they are."""
    mentions = [Said("kind", ("lecture",), 2, 3), Said("period", ("oct",), 4, 5), Said("period", ("nov",), 4, 5)]
    kept = one_day_off_each(mentions, {"oct": OCT, "nov": NOV}, D("2024-10-28"), past=False)
    assert kept == [mentions[0], mentions[2]]
    assert one_day_off_each(mentions[:2], {"oct": OCT, "nov": NOV}, D("2024-10-28"), past=False) == mentions[:2]
