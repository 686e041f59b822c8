"""Where the term is now: "what unit are we in rn", "what week is it", "which week of the semester are we in".
What is asked is read from the words; the answer comes from the schedule's units and the term's weeks."""

from __future__ import annotations

import re

_NOW = r"(?:\s+(?:right\s+)?(?:now|currently|today|at the moment|this week|rn))?"
# "what unit are we in (right now)", "which module are we on", "what lesson are we on rn", "what unit is it now"
_UNIT = re.compile(
    r"^(?:so\s+|ok\s+|and\s+)?(?:what|which)\s+(?:units?|modules?|blocks?|chapters?|lessons?|parts?\s+of\s+the\s+(?:course|class))"
    r"\s+(?:are\s+we|r\s+we|we\s+are|is\s+it|is\s+this)(?:\s+(?:in|on|at|doing|covering))?" + _NOW + r"\W*$"
)
# "what week is it", "what week are we in", "which week of the semester is it now", "what week of term are we on"
_WEEK = re.compile(
    r"^(?:so\s+|ok\s+|and\s+)?(?:what|which)\s+(?:course\s+)?week(?:\s+of\s+(?:the\s+)?(?:term|semester|quarter|course|class))?"
    r"\s+(?:is\s+it|are\s+we|r\s+we|is\s+this|we\s+are)(?:\s+(?:in|on|at))?" + _NOW + r"\W*$"
)


# "what's the current unit", "which week is the current one"
_CURRENT = re.compile(
    r"^(?:so\s+|ok\s+|and\s+)?(?:what|which)\s+is\s+the\s+(?:current|present)\s+(unit|week)" + _NOW + r"\W*$"
)


def where_now_asked(text: str) -> str | None:
    """ "unit" or "week" when the question asks where the term is now, else None."""
    said = " ".join(text.lower().split())
    if _UNIT.match(said):
        return "unit"
    if _WEEK.match(said):
        return "week"
    current = _CURRENT.match(said)
    return current.group(1) if current else None
