"""A mark's bound asked against the bound a rule states: "if i get under 8 in the oral do i fail" of "below 5/20 in
the oral fails" gets no plain Yes, since under 8 takes in marks of 5 to 8 the rule does not fail; "under 4" of the
same rule is inside it. Only bounds of one direction ("under", "below", "less than"; "over", "above", "more than")
are compared, each read on its own scale when it gives one ("5/20", "25%") and otherwise taken as said."""

from __future__ import annotations

import re

# "under 8", "below 5/20", "less than 40%", "more than 12 out of 20": a bound, its direction and its scale
_BOUND = re.compile(
    r"\b(?:(?P<below>under|below|beneath|(?:less|lower|fewer)\s+than)|(?P<above>over|above|(?:more|higher)\s+than))"
    r"\s+(?:an?\s+)?(?P<value>\d{1,3}(?:[.,]\d+)?)\s*(?P<scale>%|percent\b|(?:/|out\s+of)\s*\d{1,3})?"
)


def mark_bounds(said: str) -> list[tuple[str, float, float | None]]:
    """Each bound the words state: its direction ("below" or "above"), its value and its scale's total (100 for a
    percentage, None when none is said)."""
    found = []
    for m in _BOUND.finditer(said.lower()):
        value = float(m.group("value").replace(",", "."))
        scale = m.group("scale") or ""
        total = 100.0 if scale in ("%", "percent") else float(re.sub(r"\D", "", scale)) if scale else None
        found.append(("below" if m.group("below") else "above", value, total))
    return found


def _wider(asked: tuple[str, float, float | None], stated: tuple[str, float, float | None]) -> bool:
    """Whether the marks the asked bound takes in go past the stated bound's (same direction, comparable scales)."""
    side, value, total = asked
    rule_side, rule_value, rule_total = stated
    if side != rule_side:
        return False
    if total is not None and rule_total is not None:
        value, rule_value = value / total, rule_value / rule_total
    elif total is not None and rule_total is None:
        return False  # "under 40%" of "below 5": scales not known to match
    elif rule_total is not None and value > rule_total:
        return False  # "under 50" of "below 5/20": not on the rule's scale
    return value > rule_value if side == "below" else value < rule_value


def bound_not_covered(question: str, rule: str) -> bool:
    """Whether the question's bound on a mark ("under 8") takes in marks the rule's bound of the same direction
    ("below 5/20") leaves out, so the rule's Yes or No does not hold of all of them."""
    stated = mark_bounds(rule)
    return bool(stated) and any(_wider(asked, s) for asked in mark_bounds(question) for s in stated)
