"""One walk of a course's data (bot.core.data_walk): every plain value, however deep, walked once per object."""

from __future__ import annotations

import dataclasses
import datetime as dt

from bot.core.data_walk import every_word, leaves, texts


@dataclasses.dataclass(frozen=True)
class _Room:
    name: str
    opens: dt.time


@dataclasses.dataclass(frozen=True)
class _Course:
    title: str
    rooms: tuple[_Room, ...]
    notes: dict[str, str]
    seats: int


SHARED = _Room("Hall B-2", dt.time(9, 0, 30))
COURSE = _Course("Soil Physics", (SHARED, SHARED), {"lab-key": "Bring goggles"}, 40)


def test_every_plain_value_however_deep():
    """Texts, times and numbers of nested records, a mapping's keys and values; a record shared twice walked once."""
    found = leaves(COURSE)
    assert sorted(texts(COURSE)) == ["Bring goggles", "Hall B-2", "Soil Physics", "lab-key"]
    assert dt.time(9, 0, 30) in found
    assert 40 in found
    assert len(found) == 6


def test_the_walk_is_kept_per_object():
    """The same object gets the very same walk; an equal but new object is walked again."""
    assert leaves(COURSE) is leaves(COURSE)
    again = dataclasses.replace(COURSE)
    assert leaves(again) == leaves(COURSE)
    assert leaves(again) is not leaves(COURSE)


def _split(text: str) -> list[str]:
    return text.lower().replace("-", " ").split()


def test_every_word_as_the_caller_splits_texts():
    """Every word of every text, as the function passed reads them, built once per object and function."""
    words = every_word(COURSE, _split)
    assert {"soil", "hall", "b", "2", "goggles", "key"} <= words
    assert every_word(COURSE, _split) is words
