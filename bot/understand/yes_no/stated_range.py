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


# "more than 5 members", "at least 3 pages", "fewer than 4 people": a bound on the count, not the count itself
_BOUND_BEFORE = re.compile(
    r"\b(?P<above>more\s+than|over|above|bigger\s+than|larger\s+than)\s*$"
    r"|\b(?P<below>(?:fewer|less|smaller)\s+than|under|below)\s*$"
    r"|\b(?P<least>at\s+least|min(?:imum)?(?:\s+of)?)\s*$"
    r"|\b(?P<most>at\s+most|up\s+to|max(?:imum)?(?:\s+of)?|no\s+more\s+than)\s*$"
)


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
    return {kind: n for kind, (n, _) in _asked(question).items()}


def _asked(question: str) -> dict[str, tuple[int, str]]:
    """The counts asked, by what they count, each with the bound said before it ("above" of "more than 5 members",
    "" for the count itself)."""
    lowered = question.lower()
    found: dict[str, tuple[int, str]] = {}
    for m in _ASKED.finditer(lowered):
        value = _value(m.group(1))
        kind = _kind(m.group(2))
        if value is not None and value > 1 and kind is not None:
            found.setdefault(kind, (value, _bound(lowered[: m.start()])))
    for m in _GROUP_OF.finditer(lowered):
        value = _value(m.group(1))
        if value is not None and value > 1:
            found.setdefault("person", (value, ""))
    return found


def _bound(before: str) -> str:
    bound = _BOUND_BEFORE.search(before)
    return next((name for name, said in bound.groupdict().items() if said), "") if bound else ""


def _allowed(low: int, high: int, n: int, bound: str) -> bool | None:
    """Whether the counts the bound says of `n` are allowed by the range low to high: the count itself when there is
    no bound; with one, Yes only when every count it admits is allowed, No when none is, else None ("more than 4" of
    "4 or 5": 5 is, 6 is not; "can we have more than 4" does not say which is asked)."""
    if not bound:
        return low <= n <= high
    admitted = {"above": (n + 1, None), "below": (None, n - 1), "least": (n, None), "most": (None, n)}[bound]
    first, last = admitted[0] if admitted[0] is not None else 0, admitted[1]
    if last is not None and last < first:
        return False
    if (last is not None and last < low) or first > high:
        return False
    return True if last is not None and low <= first and last <= high else None


def range_verdict(question: str, rule: str) -> bool | None:
    """Yes when every count asked of a thing the rule gives a range of is inside it, No when one is outside it; None
    when the rule gives no range of what is asked, or a bound asked ("more than 4") is partly inside it."""
    ranges = stated_ranges(rule)
    asked = {kind: told for kind, told in _asked(question).items() if kind in ranges}
    if not asked:
        return None
    found = [_allowed(*ranges[kind], n, bound) for kind, (n, bound) in asked.items()]
    if False in found:
        return False
    return None if None in found else True


# "at most 2 on one assignment", "up to 3 grace days", "no more than 10 pages": a cap on a count, which allows every
# count up to it (the words after it say what it counts)
_CAP = re.compile(
    rf"\b(?:at\s+most|up\s+to|no\s+more\s+than|not\s+more\s+than|max(?:imum)?(?:\s+of)?)\s+{_NUMBER}\s+"
    r"((?:[a-z-]+\s+){0,2}[a-z-]+)"
)
# "you may bring one index card", "students can use 2 sheets": what one is allowed is a cap on its count too
_ALLOWED_COUNT = re.compile(
    rf"\b(?:may|can)\s+(?:bring|use|have|take|submit)\s+(?:up\s+to\s+)?{_NUMBER}\s+((?:[a-z0-9-]+\s+){{0,4}}[a-z-]+)"
)
# "One double-sided page of handwritten notes is allowed": the count, what it counts, then that it is allowed
_COUNT_ALLOWED = re.compile(rf"\b{_NUMBER}\s+((?:[a-z0-9-]+\s+){{0,5}}?[a-z-]+)\s+(?:is|are)\s+(?:allowed|permitted)\b")
# "both grace days": two of them
_BOTH = re.compile(r"\bboth\b")


def cap_verdict(question: str, rule: str) -> bool | None:
    """Yes when every count asked of a thing the rule caps is within the cap, No when one is past it ("both grace
    days on lab 1" of "at most 1 grace day on one assignment"); None when the rule caps nothing the question counts,
    or a bound asked ("more than 2") is partly within it."""
    caps: dict[str, int] = {}
    lowered = rule.lower()
    for m in (*_CAP.finditer(lowered), *_ALLOWED_COUNT.finditer(lowered), *_COUNT_ALLOWED.finditer(lowered)):
        value = _value(m.group(1))
        for word in m.group(2).replace("-", " ").split() if value is not None else ():
            caps.setdefault(stem(word), value)
    asked = {kind: told for kind, told in _asked(_BOTH.sub("two", question.lower())).items() if kind in caps}
    if not asked:
        return None
    found = [_allowed(0, caps[kind], n, bound) for kind, (n, bound) in asked.items()]
    if False in found:
        return False
    return None if None in found else True
