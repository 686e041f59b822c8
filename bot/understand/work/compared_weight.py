"""Two parts of the grade set against each other: "is the project worth more than the midterm", "does the final count
less than the essays". Each side must name one part of the course's grading breakdown plainly; the student sees Yes or
No with both shares ("No: Project and Midterm are each 20% of the grade")."""

from __future__ import annotations

import re

from bot.core.word_forms import singular
from bot.understand.work.stated_weight import Share, one_named, one_of_many

# "worth more than", "count for less than", "weighted higher than": the comparison, with a word of worth before it
_COMPARED = re.compile(
    r"\b(?:worth|counts?|weigh(?:s|ed)?|weight(?:ed)?)\b(?:\s+(?:for|as|a\s+lot|any|much|way|heaps))?\s+"
    r"(?P<way>more|less|higher|lower|bigger|smaller|greater|heavier|lighter)\s+than\b"
)
_MORE = frozenset({"more", "higher", "bigger", "greater", "heavier"})
# A sum or a figure asked instead of one part ("more than the midterm and final combined", "more than 20%")
_NOT_ONE_PART = re.compile(r"\b(?:combined|together|total|altogether|both|put\s+together|plus)\b|\d\s*%|\bpercent\b")
# What may follow the second part ("... than the midterm right?", "... than the midterm or the same")
_TAIL = re.compile(r"\s*(?:,|\bor\b|\bright\b|\bisn'?t\b|\bdoesn'?t\b|\?|$)")
_OR = re.compile(r"\s*,?\s*or\b")  # "... than the essays or the proposal": another part set against it as well


def _label(share: Share) -> str:
    return share.name[:1].upper() + share.name[1:]


def _is(share: Share) -> str:
    """ "Problem sets are", "Midterm is": the verb for the part's name."""
    last = share.name.lower().split()[-1:]
    return "are" if last and singular(last[0]) != last[0] else "is"


def _named(breakdown: str, words: str) -> Share | None:
    """The one part of the grade the words name; a word the question split in two ("mid term") read as one too."""
    found = one_named(breakdown, words)
    split = words.split()
    for i in range(len(split) - 1):
        if found is not None:
            break
        found = one_named(breakdown, " ".join((*split[:i], split[i] + split[i + 1], *split[i + 2 :])))
    return found


def compared_weight(breakdown: str, question: str) -> tuple[bool, str] | None:
    """Yes or No, with both parts' shares, to a question asking whether one part of the grade is worth more (or
    less) than another; None when it asks no such thing, a side names no one part, or both name the same part."""
    lowered = " ".join(question.lower().replace("’", "'").split())
    said = _COMPARED.search(lowered)
    if not breakdown or said is None or _NOT_ONE_PART.search(lowered):
        return None
    rest = lowered[said.end() :]
    second = _TAIL.split(rest, maxsplit=1)[0]
    tail = rest[len(second) :]
    alternative = _OR.match(tail)
    if alternative and _named(breakdown, tail[alternative.end() :]) is not None:
        return None  # "worth more than the essays or the proposal": two answers, not one
    before = lowered[: said.start()]
    first, other = _named(breakdown, before), _named(breakdown, second)
    if first is None or other is None or first == other:
        return None
    if one_of_many(before, first) or one_of_many(second, other):
        return None  # "is a problem set worth more than the midterm": the part's share is all of them
    more = said.group("way") in _MORE
    holds = first.percent > other.percent if more else first.percent < other.percent
    if first.percent == other.percent:
        return False, f"{_label(first)} and {_label(other)} are each {first.percent:g}% of the grade."
    return holds, f"{_label(first)} {_is(first)} {first.percent:g}% of the grade, {_label(other)} {other.percent:g}%."
