"""A span whose two ends are named, each by a date, a month, a break or day off, an exam or "now": "deadlines
between easter and the end of may", "the schedule between p1 and the reading week", "from the midterm to
december", "anything due after reading week but before the midterm". Read from the course's own periods and exams, so
any course's breaks and exams bound a span."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot.understand.question.reading import Mention, Reading
from bot.understand.times.time_phrases import TimePhrase
from bot.understand.words.normalize import words

_OPENS = frozenset({"between", "from"})
_JOINS = frozenset({"and", "to", "until", "till", "til", "through", "thru"})
_NOW = frozenset({"now", "today"})
# An end is found within this many words of the word that opens it ("between the easter break and ...").
_REACH = 4
# "between the end of the easter break and test 2": words naming which edge of the end is meant
_EDGE = frozenset({"the", "end", "start", "beginning", "of"})

Anchor = Callable[[Mention], tuple[dt.date, dt.date, str]]


def bounded_span(r: Reading, anchor: Anchor, today: dt.date) -> tuple[dt.date, dt.date, str] | None:
    """(first, last, label) when the question names both ends of a span and at least one end is a break, day off
    or exam of the course; None otherwise (a span of two dates is the time phrases' own)."""
    tokens = r.tokens
    opens = next((i for i, t in enumerate(tokens) if t in _OPENS), None)
    if opens is None:
        return _after_and_before(r, anchor)
    lead = _edge_words(tokens, opens + 1)
    reach = opens + len(lead) + _REACH + 2
    joins = next((j for j in range(opens + 1, min(len(tokens), reach)) if tokens[j] in _JOINS), None)
    if joins is None:
        return None
    at = _phrase_positions(r)
    right_lead = _edge_words(tokens, joins + 1)
    left = _end(r, anchor, at, opens + 1, joins, today, first=True, at_end="end" in lead)
    right = _end(
        r, anchor, at, joins + 1, joins + 1 + len(right_lead) + _REACH, today, first=False, at_end="end" in right_lead
    )
    if left is None or right is None or not (left[2] or right[2]):
        return None
    (start, left_name, _), (end, right_name, _) = left, right
    if end < start:
        return None
    return start, end, f"between {left_name} and {right_name}"


def _edge_words(tokens: list[str], at: int) -> list[str]:
    """The words naming an edge of what follows ("the end of", "the start of"), from `at`; none if none stand there."""
    lead = []
    for token in tokens[at : at + 4]:
        if token not in _EDGE:
            break
        lead.append(token)
    return lead if set(lead) & {"end", "start", "beginning"} else []


def _after_and_before(r: Reading, anchor: Anchor) -> tuple[dt.date, dt.date, str] | None:
    """ "after reading week but before the midterm", "before exam 2 and after march 20": one end named after, the
    other before (a break, day off, exam or date): the days strictly between."""
    ends: dict[str, list[tuple[dt.date, dt.date, str]]] = {"after": [], "before": []}
    for m in r.mentions:
        if m.kind in ("period", "exam") and m.relation in ends:
            ends[m.relation].append(anchor(m))
    for t in r.times:
        if t.kind in ("day", "range") and t.relation in ends and t.first is not None and t.last is not None:
            ends[t.relation].append((t.first, t.last, t.label.removeprefix("in ")))
    if len(ends["after"]) != 1 or len(ends["before"]) != 1:
        return None
    (_, after_last, after_name), (before_first, _, before_name) = ends["after"][0], ends["before"][0]
    start, end = after_last + dt.timedelta(days=1), before_first - dt.timedelta(days=1)
    if end < start:
        return None
    return start, end, f"after {after_name} and before {before_name}"


def _phrase_positions(r: Reading) -> list[tuple[int, TimePhrase]]:
    """Each time phrase with the index of the word it stands before, in the question's words (which omit it)."""
    chars = list(r.text)
    for t in r.times:
        chars[t.start : t.end] = " " * (t.end - t.start)
    blanked = "".join(chars)
    return [(len(words(blanked[: t.start])), t) for t in r.times if t.first is not None]


def _end(
    r: Reading,
    anchor: Anchor,
    at: list[tuple[int, TimePhrase]],
    lo: int,
    hi: int,
    today: dt.date,
    *,
    first: bool,
    at_end: bool = False,
) -> tuple[dt.date, str, bool] | None:
    """One end of the span in words lo..hi: (its date, its name, whether the course's data named it). `at_end`: the
    end of the break or exam named is meant ("between the end of the easter break and ...")."""
    named = [m for m in r.mentions if m.kind in ("period", "exam") and lo <= m.start < hi]
    if named:
        best = max(named, key=lambda m: (m.weight, -m.start))
        begins, ends, name = anchor(best)
        if at_end:
            return ends, f"the end of {name}", True
        # from the start of the break or exam; up to the day before it ("between now and exam 1")
        return (begins if first else begins - dt.timedelta(days=1)), name, True
    phrase = next((t for i, t in at if lo <= i <= hi), None)
    if phrase is not None and phrase.kind in ("day", "range"):
        day = phrase.first if first else phrase.last
        name = phrase.label.removeprefix("in ")  # "between easter and the end of may": May, not "in May"
        return (day, name, False) if day is not None else None
    if first and lo < len(r.tokens) and r.tokens[lo] in _NOW:
        return today, "now", False
    return None
