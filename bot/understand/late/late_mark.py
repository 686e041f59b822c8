"""Numbers a student states in a late what-if: the mark the work would have got ("we'd have got 80/100", "if i'd get
an 85 out of 100") and the penalty they think applies ("is it really a full 2%", "do i lose 10%"), so the answer
gives the mark after the penalty, and a Yes or No on the stated penalty, computed under the course's rule."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.grace.engine import AssignmentOutcome

_NUMBER = r"(\d+(?:\.\d+)?)"
_PERCENT = r"\s*(?:%|percent\b|per\s*cent\b)"  # "10%", "10 percent", "10 per cent"
# "80/100", "80 out of 100", "an 80 out of a 100"
_OUT_OF = re.compile(rf"(?<![\w.]){_NUMBER}\s*(?:/|out\s+of\s+(?:a\s+)?){_NUMBER}(?![\w.])")
# "got", "would have", "score of": a number after these is a mark ("got 8/10"), not a month and day ("due 3/4")
_SCORED_BEFORE = re.compile(
    r"\b(?:got|get|gotten|getting|score|scored|scoring|mark|marked|earn|earned|grade|graded|deserve"
    r"|(?:'d|would|could|will|should)\s+have|would've|wouldve)\s+(?:an?\s+|like\s+|about\s+|only\s+){0,2}$"
)
# "would have got 85%", "if i get a 72%": a mark in percent, said with a word for scoring
_MARK_PERCENT = re.compile(
    rf"\b(?:got|get|gotten|getting|score|scored|scoring|mark|marked|earn|earned|deserve)\s+(?:an?\s+)?{_NUMBER}\s*%"
)
# "is it really a full 2%", "do i lose 10%", "2% off", "a 5% penalty": a penalty the student states
_PENALTY_PERCENT = re.compile(
    rf"\b(?:lose|losing|lost|minus|full|whole|entire|only|really|just|is\s+it|is\s+that|be|cost|costs)\s+"
    rf"(?:(?:a|the|an|like|about|only|full|whole|really)\s+){{0,3}}{_NUMBER}{_PERCENT}"
    rf"|{_NUMBER}{_PERCENT}\s+(?:off|penalty|deduction|deducted|docked|taken\s+off)\b"
)


@dataclass(frozen=True)
class StatedMark:
    """A mark the student says the work would get on time: `score` out of `out_of`."""

    score: float
    out_of: float


def stated_mark(question: str) -> StatedMark | None:
    """The on-time mark a what-if states, or None; a mark above its maximum is not a mark."""
    lowered = question.lower()
    for found in _OUT_OF.finditer(lowered):
        score, out_of = float(found.group(1)), float(found.group(2))
        said_as_mark = "/" not in found.group(0) or out_of > 31 or _SCORED_BEFORE.search(lowered[: found.start()])
        if said_as_mark and out_of > 0 and 0 <= score <= out_of:
            return StatedMark(score, out_of)  # "3/4" alone is a day; "got 3/4", "17 out of 20", "80/100" a mark
    if found := _MARK_PERCENT.search(lowered):
        score = float(found.group(1))
        return StatedMark(score, 100.0) if score <= 100 else None
    return None


def stated_penalty(question: str) -> float | None:
    """The penalty a student states as a percent ("is it really a full 2%" -> 0.02), or None."""
    found = _PENALTY_PERCENT.search(question.lower())
    if found is None:
        return None
    value = float(found.group(1) or found.group(2))
    return value / 100 if value <= 100 else None


def penalty_of(outcome: AssignmentOutcome) -> float | None:
    """The share of the mark (or of the maximum, for a rule that subtracts) the outcome takes; None if unknown."""
    return None if outcome.credit is None else round(1.0 - outcome.credit, 6)


def mark_after(outcome: AssignmentOutcome, mark: StatedMark) -> str | None:
    """ "80/100 before the penalty, 70/100 after it": the stated mark under the computed outcome."""
    after = outcome.score_after(mark.score, mark.out_of)
    if after is None:
        return None
    if outcome.status == "not-accepted":
        return f"Not accepted then, so {_number(mark.score)}/{_number(mark.out_of)} would not count."
    before, out_of = f"{_number(mark.score)}/{_number(mark.out_of)}", _number(mark.out_of)
    if after >= mark.score:
        return f"{before} would stay {before}: no penalty."
    return f"{before} before the penalty would be {_number(after)}/{out_of} after it."


def _number(value: float) -> str:
    return f"{value:.0f}" if abs(value - round(value)) < 0.005 else f"{value:.2f}".rstrip("0").rstrip(".")


# "do i get zero", "will it be a 0", "is it worth nothing": whether nothing is kept (Yes when it is not taken)
_ZERO = re.compile(
    r"\b(?:get|gets|getting|be|become|score|scores|receive|mean|worth)\s+(?:a\s+)?(?:zero|0|nothing|no\s+(?:credit|marks?|points?))"
    r"(?!\s*[/.%]?\d)\b"
)


def asks_zero(question: str) -> bool:
    """Whether a late what-if asks if the work scores nothing ("if prelab 5 is an hour late do i get zero")."""
    return bool(_ZERO.search(question.lower()))
