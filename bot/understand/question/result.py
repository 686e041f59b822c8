"""The reading of a question as data: each part's intent, slots, score and confidence, and the answer given.

`Result.as_json()` is what `coursebot ask --json` prints, for tooling and for staff to see why.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

from bot.core.answer import Answer
from bot.understand.yes_no.decision import WITHHELD

Slots = dict[str, Any]


@dataclass(frozen=True)
class Part:
    """One question of what was asked, as read: the intent, its slots, and how sure the engine is."""

    text: str
    intent: str
    slots: Slots
    score: float
    confidence: float
    alternatives: tuple[tuple[str, float], ...] = ()
    unexplained: int = 0  # words nothing in the course explains: then no plain Yes or No is given
    verdict: bool | None = None  # the Yes (True) or No (False) the answer opens with, None when neither
    withheld: str = ""  # why a Yes or No was withheld (bot.understand.yes_no.WITHHELD), "" when not
    unexplained_words: tuple[str, ...] = ()  # the words counted in `unexplained`


@dataclass(frozen=True)
class Result:
    """The reading of a question and the answer given."""

    question: str
    outcome: str  # answered | unsure | out_of_scope | refused | empty
    parts: tuple[Part, ...]
    answer: Answer
    options: tuple[Part, ...] = ()

    def as_json(self) -> dict[str, Any]:
        """The reading for tooling and for staff: intent, slots, confidence and alternatives of every part."""
        return {
            "question": self.question,
            "outcome": self.outcome,
            "parts": [_part_json(p) for p in self.parts],
            "options": [_part_json(p) for p in self.options],
        }


def _part_json(part: Part) -> dict[str, Any]:
    return {
        "text": part.text,
        "intent": part.intent,
        "slots": slots_json(part.slots),
        "score": round(part.score, 2),
        "confidence": part.confidence,
        "alternatives": [{"intent": name, "score": round(score, 2)} for name, score in part.alternatives],
        "unexplained_words": part.unexplained,
        "verdict": {True: "yes", False: "no", None: None}[part.verdict],
        "withheld": part.withheld,
        "withheld_why": WITHHELD.get(part.withheld, ""),
    }


def slots_json(slots: Slots) -> dict[str, Any]:
    """Slots as JSON values: dates and times in ISO 8601, ranges as [first, last]."""
    out: dict[str, Any] = {}
    for key, value in slots.items():
        # "_..." keys are how a question was put ("still", "where"), read by its handler, not slots to show.
        if key in ("rows", "span", "late") or key.startswith("_") or value is None or value == () or value == "":
            continue
        out[key] = _json_value(value)
    return out


def _json_value(value: Any) -> Any:
    """Any slot value as JSON: a reading's own records (dataclasses) field by field, sets sorted, and anything else
    JSON has no type for as its text, so `coursebot ask --json` prints every reading."""
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_json_value(v) for v in value]
    if isinstance(value, set | frozenset):
        return sorted((_json_value(v) for v in value), key=str)
    if isinstance(value, dict):
        return {str(k): _json_value(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _json_value(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)
