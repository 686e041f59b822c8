"""An item of a series named by its place ("the 2nd mcq", "the third problem set", "my 4th quiz"): that numbered
item ("quiz 2"), never the 2nd of a month. Only where the series numbers its items; where two share the number
("the 4th homework" of a course with HW4a and HW4b) both are read."""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.core.kept import Kept
from bot.course.model import Course
from bot.understand.times.time_phrases import ORDINAL_WORDS
from bot.understand.words.normalize import holds_fragment

# "first" is left to the readers of "the first homework" (the earliest one, whatever its number).
_ORDINAL_WORDS = {word: n for word, n in ORDINAL_WORDS.items() if 2 <= n <= 10}
_DIGIT = re.compile(r"\d")  # "2nd": a number before its ordinal's ending
_NUMBERED = re.compile(r"\d+")

_KEPT: Kept[tuple[re.Pattern[str] | None, dict[tuple[str, int], str]]] = Kept(size=32)


def _build(course: Course, series: Mapping[str, tuple[str, ...]]) -> tuple[re.Pattern[str] | None, dict]:
    """The pattern of "<ordinal> <series name>" and, for each (series name, number), the item's name to read."""
    by_place: dict[tuple[str, int], str] = {}
    # "pharm quiz" is also "quiz" when every series so called is the same: "the 1st quiz" of longer-named quizzes
    named = dict(series)
    for name in series:
        head = name.split()[-1]
        same = {series[n] for n in series if n.split()[-1] == head}
        if head not in named and len(same) == 1:
            named[head] = series[name]
    for name, ids in named.items():
        numbered: dict[int, list[str]] = {}
        for item in (course.assignment(i) for i in ids):
            found = _NUMBERED.search(item.short) if item is not None else None
            if found:
                numbered.setdefault(int(found.group(0)), []).append(item.short.lower())
        for number, shorts in numbered.items():
            by_place[name, number] = " or ".join(shorts)  # "the 4th homework": hw4a or hw4b, both answered
    names = sorted({name for name, _ in by_place}, key=len, reverse=True)
    if not names:
        return None, by_place
    words = "|".join(_ORDINAL_WORDS)
    alternatives = "|".join(re.escape(n) for n in names)
    pattern = re.compile(rf"\b(?:(\d{{1,2}})(?:st|nd|rd|th)|({words}))\s+({alternatives})(?:e?s)?\b")
    return pattern, by_place


def nth_items_named(course: Course, series: Mapping[str, tuple[str, ...]], text: str) -> str:
    """The respelled question with each "<ordinal> <series>" read as the item of that number ("the 2nd mcq" ->
    "the quiz 2"); unchanged where the series has no such one item."""
    pattern, by_place = _KEPT.get(course, "nth items", lambda: _build(course, series))
    if pattern is None or (_DIGIT.search(text) is None and not holds_fragment(text, _ORDINAL_WORDS)):
        return text

    def one(match: re.Match[str]) -> str:
        number = int(match.group(1)) if match.group(1) else _ORDINAL_WORDS[match.group(2)]
        return by_place.get((match.group(3), number), match.group(0))

    return pattern.sub(one, text)
