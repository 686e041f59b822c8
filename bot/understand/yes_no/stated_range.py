"""A count asked against the counts a rule allows: "can we have six members in our team" of "Teams have 4 or 5
members" is a No (six is outside what the rule states), "can we be a team of 4" a Yes. Only a rule naming its counts
as a range or as alternatives ("4 or 5", "3-4", "between 2 and 4", "2 to 4") of the same thing the question counts
decides; any other number leaves the question to the other checks."""

from __future__ import annotations

import re

from bot.understand.page_evidence.knowledge import stem
from bot.understand.times.time_phrases import NUMBER_WORDS

_NUMBER = r"(\d{1,3}|" + "|".join(sorted((w for w in NUMBER_WORDS if len(w) > 2), key=len, reverse=True)) + r")"
# "4 or 5 members", "3-4 students", "between 2 and 4 people", "2 to 4 members"
_RANGE = re.compile(
    rf"\b(?:between\s+)?{_NUMBER}\s*(?:or|to|and|-|–)\s*{_NUMBER}\s+([a-z-]+(?:\s+[a-z]+)?)\b", re.IGNORECASE
)
# "six members", "a team of 6", "6 people", "be 3": a count of a thing asked
_ASKED = re.compile(rf"\b{_NUMBER}\s+([a-z-]+(?:\s+[a-z]+)?)\b")
# "a team of 6", "groups of three": a group's size, counted in its members
_GROUP_OF = re.compile(rf"\b(?:team|teams|group|groups|pair|pairs|trio|squad)\s+of\s+{_NUMBER}\b")
# Words a group's size is counted in: one of them counts as another ("a team of six people" of "4 or 5 members").
_PERSONS = frozenset({"member", "people", "person", "student", "teammate", "groupmate", "partner"})


def _value(word: str) -> int | None:
    word = word.lower()
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


# Clock words: "2-4 pm" is a time of day, which the checks on times compare (time_bound), not a count.
_CLOCK = frozenset({"am", "pm", "h", "hrs", "o"})


def _kind(words: str) -> str | None:
    """What a count counts: the first plural noun of the (one or two) words after it ("4 or 5 active members":
    "member"); None when neither is one ("hw 2 due", "2-4 pm")."""
    for word in words.lower().split():
        if word in _CLOCK:
            return None
        if (word.endswith("s") and len(word) > 3) or word == "people":
            found = stem(word)
            return "person" if found in {stem(p) for p in _PERSONS} else found
    return None


def stated_ranges(rule: str) -> dict[str, tuple[int, int]]:
    """The counts a rule's words allow, by what they count: "Teams have 4 or 5 members" -> {"person": (4, 5)}."""
    found: dict[str, tuple[int, int]] = {}
    for m in _RANGE.finditer(rule):
        low, high = _value(m.group(1)), _value(m.group(2))
        kind = _kind(m.group(3))
        if low is not None and high is not None and low < high and kind is not None:
            found.setdefault(kind, (low, high))
    return found


def asked_counts(question: str) -> dict[str, int]:
    """The counts a question asks of, by what they count: "can we have six members" -> {"person": 6}."""
    found: dict[str, int] = {}
    for m in _ASKED.finditer(question.lower()):
        value = _value(m.group(1))
        kind = _kind(m.group(2))
        if value is not None and value > 1 and kind is not None:
            found.setdefault(kind, value)
    for m in _GROUP_OF.finditer(question.lower()):
        value = _value(m.group(1))
        if value is not None and value > 1:
            found.setdefault("person", value)
    return found


def range_verdict(question: str, rule: str) -> bool | None:
    """Yes when every count asked of a thing the rule gives a range of is inside it, No when one is outside it; None
    when the rule gives no range of what is asked."""
    ranges = stated_ranges(rule)
    asked = {kind: n for kind, n in asked_counts(question).items() if kind in ranges}
    if not asked:
        return None
    return all(ranges[kind][0] <= n <= ranges[kind][1] for kind, n in asked.items())
