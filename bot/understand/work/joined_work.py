"""Work named in two halves joined by "for" or "of": "the draft for essay 2", "the report of lab 3", "the slides for
project 1". Each half alone names several items ("draft": every essay's draft; "essay 2": its draft and its final
version); together they name the items both halves name, so the student sees the one they meant, not all of them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise
from typing import Protocol, TypeVar


class _Mention(Protocol):
    kind: str
    ids: tuple[str, ...]
    start: int
    end: int


M = TypeVar("M", bound=_Mention)

# what may stand between the two halves: "the draft for (the) essay 2", "the report of my lab 3"
_JOINING = frozenset({"for", "of", "from", "on", "in"})
_BESIDE = frozenset({"the", "my", "our", "this", "that"})


def _joined(tokens: Sequence[str], first: _Mention, second: _Mention) -> bool:
    between = list(tokens[first.end : second.start])
    return bool(between) and between[0] in _JOINING and all(w in _BESIDE for w in between[1:])


def joined_work(mentions: list[M], tokens: Sequence[str]) -> list[M]:
    """The mentions, with two mentions of work joined by "for" or "of" as one mention of the items both name, when
    that is fewer than either names alone; unchanged when they share none ("hw 2 for hw 3" asks of both)."""
    work = sorted((m for m in mentions if m.kind == "assignment"), key=lambda m: (m.start, m.end))
    for first, second in pairwise(work):
        if not _joined(tokens, first, second):
            continue
        both = tuple(i for i in first.ids if i in second.ids)
        if not both or len(both) == min(len(first.ids), len(second.ids)):
            continue
        merged = replace(first, ids=both, end=second.end)
        return [merged if m is first else m for m in mentions if m is not second]
    return mentions
