""" "when's the 1st quiz due & when is the last one due": "the last one" after an item of a series is the last of
that series, not the item named before it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from itertools import pairwise

from bot.understand.question.reading import Mention, Reading

_WHICH = frozenset({"last", "first", "next", "final", "latest", "previous"})


def _asks_one_of_them(reading: Reading) -> bool:
    tokens = reading.tokens
    return any(a in _WHICH and b in ("one", "ones") for a, b in pairwise(tokens))


def as_series_for_one(reading: Reading, previous: Reading, series: Mapping[str, tuple[str, ...]]) -> Reading:
    """The part before, with the item it named standing for its series when this part asks for "the last one" (of
    them); the part before unchanged otherwise."""
    named = [m for m in previous.mentions if m.kind == "assignment"]
    if not named or not _asks_one_of_them(reading) or any(m.kind == "series" for m in previous.mentions):
        return previous
    ids = {i for m in named for i in m.ids}
    holding = sorted((n for n, items in series.items() if ids <= set(items)), key=len)
    if not holding:
        return previous
    first = named[0]
    kept = [m for m in previous.mentions if m.kind != "assignment"]
    return replace(previous, mentions=[*kept, Mention("series", (holding[0],), first.start, first.end)])
