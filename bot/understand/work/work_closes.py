"""Work that "closes" or "locks": "what time does webwork close", "when do the ww sets lock" ask when it is due (the
submission shuts then), where the verb follows the work named; so does "anything closing over the weekend", where a
time is named."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

_CLOSING = frozenset({"close", "closes", "closing", "lock", "locks", "locking", "shut", "shuts", "shutting"})
_WORK = frozenset({"assignment", "series"})
# At most this many words between the work and the verb ("does ww3 actually close").
_GAP = 2


class _Mention(Protocol):
    kind: str
    start: int
    end: int


# "anything closing over the weekend", "what closes tomorrow": work not named, asked of a time
_ANY_WORK = frozenset({"anything", "something", "what", "whats", "everything", "stuff"})


def closing_words(tokens: Sequence[str], mentions: Sequence[_Mention], *, timed: bool = False) -> frozenset[int]:
    """Where a closing verb stands right after the work named (a few words at most), or, when the question names a
    time (`timed`), right after "anything" or "what" ("anything closing over the weekend"): a deadline asked."""
    ends = [m.end for m in mentions if m.kind in _WORK]
    if timed:
        ends += [i + 1 for i, t in enumerate(tokens) if t in _ANY_WORK]
    return frozenset(i for i, t in enumerate(tokens) if t in _CLOSING and any(0 <= i - end <= _GAP for end in ends))
