"""'can i leave the final after 20 mins', 'if im 40 minutes late can i still get in': a student states how far into an
exam they would leave or arrive, and the exam's own rule gives the window ("no leaving in the first 30 minutes", "you
will not be admitted more than 30 minutes after the start"). The answer opens with Yes or No from the two numbers;
where the rule or the question gives no number to compare (or the student names the rule's own edge for coming in
late), no verdict, only the rule quoted."""

from __future__ import annotations

import re
from typing import Literal

Way = Literal["leave", "enter"]

_WORDS = {
    "a": 1.0,
    "an": 1.0,
    "one": 1.0,
    "two": 2.0,
    "three": 3.0,
    "five": 5.0,
    "ten": 10.0,
    "fifteen": 15.0,
    "twenty": 20.0,
    "thirty": 30.0,
    "forty": 40.0,
    "forty-five": 45.0,
    "fifty": 50.0,
    "sixty": 60.0,
}
_NUMBER = (
    r"(?P<n>\d+(?:\.\d+)?|half\s+an?|an?|one|two|three|five|ten|fifteen|twenty|thirty|forty(?:-five)?|fifty|sixty)"
)
# "20 mins", "an hour", "45min", "2h"; a letter alone only right after digits ("i am late" is no "a m")
_AMOUNT = rf"{_NUMBER}(?:\s*(?P<unit>hours?|hrs?|minutes?|mins?)|(?<=\d)(?P<short>h|m))\b"
# How far in the student would leave: "after 20 mins", "20 minutes in", "45 min into it"; never "20 minutes early"
# (counted from the end) or "after 2 hours" of a question that states no leaving
_LEAVE_AT = (
    re.compile(rf"\bafter\s+(?:only\s+|just\s+|like\s+|about\s+)?{_AMOUNT}(?!\s+(?:early|before))"),
    re.compile(rf"\b{_AMOUNT}\s+(?:in|into)\b"),
)
# How late the student would come in: "20 min late", "late by 20 minutes", "20 minutes after it starts"
_ENTER_AT = (
    re.compile(rf"\b{_AMOUNT}\s+late\b"),
    re.compile(rf"\blate\s+by\s+{_AMOUNT}"),
    re.compile(rf"\b{_AMOUNT}\s+after\s+(?:it|the\s+\w+)\s+(?:starts|started|begins|began)\b"),
)
# The rule's clauses, each about one way ("No entry after the first 30 minutes, and no leaving in the first 30")
_CLAUSES = re.compile(r",\s*(?:and\s+)?|;\s*|\.\s+|\s+and\s+(?=(?:no|you|students?|nobody|no\s+one)\b)", re.IGNORECASE)
_LEAVE_WORD = re.compile(r"\b(?:leav\w*|exit\w*|depart\w*)\b", re.IGNORECASE)
_ENTER_WORD = re.compile(r"\b(?:entry|enter\w*|admit\w*|arriv\w*|latecomers?|let\s+in)\b", re.IGNORECASE)
_RULE_FIRST = (
    re.compile(rf"\b(?:first|earliest)\s+{_AMOUNT}", re.IGNORECASE),
    re.compile(rf"\b{_AMOUNT}\s+after\b", re.IGNORECASE),
)
_RULE_LAST = re.compile(rf"\blast\s+{_AMOUNT}", re.IGNORECASE)
_RULE_LATE = re.compile(
    rf"\b(?:more\s+than|over|after(?:\s+the\s+first)?|first|until|up\s+to)\s+{_AMOUNT}", re.IGNORECASE
)


def _minutes(match: re.Match[str]) -> float:
    number = match.group("n").lower()
    value = 0.5 if number.startswith("half") else _WORDS.get(number)
    value = float(number) if value is None else value
    unit = match.group("unit") or match.group("short")
    return value * 60 if unit.startswith("h") else value


def stated_at(question: str, way: Way) -> float | None:
    """How many minutes into the exam the question says the student would leave or come in, or None."""
    low = question.lower().replace("’", "'")
    found = {_minutes(m) for p in (_LEAVE_AT if way == "leave" else _ENTER_AT) for m in p.finditer(low)}
    return found.pop() if len(found) == 1 else None


def clauses_not_on_coming_or_going(rule: str) -> list[str]:
    """The rule's clauses that speak neither of leaving nor of coming in ("2 hours plus 10 minutes' reading time")."""
    return [c for c in _CLAUSES.split(rule) if not _LEAVE_WORD.search(c) and not _ENTER_WORD.search(c)]


def _clauses(rules: list[str], word: re.Pattern[str]) -> list[str]:
    return [c for r in rules for c in _CLAUSES.split(r) if word.search(c)]


def window_verdict(rules: list[str], question: str, way: Way, length: float | None) -> tuple[bool, str] | None:
    """(Yes/No, why) for leaving or coming in at the moment the question states, from the rules' numbers; None when
    either side gives none, or the rules give two different numbers for it. `length`: the exam's minutes, if known."""
    at = stated_at(question, way)
    if at is None:
        return None
    clauses = _clauses(rules, _LEAVE_WORD if way == "leave" else _ENTER_WORD)
    if way == "leave":
        firsts = {_minutes(m) for c in clauses for p in _RULE_FIRST for m in p.finditer(c)}
        lasts = {_minutes(m) for c in clauses for m in _RULE_LAST.finditer(c)}
        if len(firsts) != 1 or len(lasts) > 1:
            return None
        first = firsts.pop()
        if at < first:
            return False, f"not in the first {first:g} minutes."
        if lasts:
            last = lasts.pop()
            if length is None:
                return None  # "or the last 15 minutes" of an exam whose length the page does not give
            if at > length - last:
                return False, f"not in the last {last:g} minutes."
        return True, f"after the first {first:g} minutes you may leave."
    latest = {_minutes(m) for c in clauses for m in _RULE_LATE.finditer(c)}
    if len(latest) != 1:
        return None
    limit = latest.pop()
    if at == limit:
        return None  # the rule's own edge: whether "30 minutes late" is still in is the exam staff's call
    if at < limit:
        return True, f"you can still come in up to {limit:g} minutes after the start."
    return False, f"no one is let in more than {limit:g} minutes after the start."
