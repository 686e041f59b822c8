"""'when can i see dr siti', 'where do i catch priya', 'can i talk to marcus this week': an everyday verb of going to
see someone, with the person right after it, asks for that person's office hours (under the course's own name for
them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.understand.question.reading import Mention

# The verb, and the words that may stand between it and the person ("talk to", "speak with her", "see prof ...").
_VERBS = frozenset({"see", "visit", "catch", "find", "talk", "speak", "chat", "consult"})
_BETWEEN = frozenset({"to", "with", "up"})


def visits_person(tokens: list[str], mentions: list[Mention], cues: set[str], *, dated: bool = False) -> bool:
    """Whether a verb of seeing someone stands right before a person named, in a question about when or where, or
    asking whether one can in a span of days (`dated`: "can i see the uc during swotvac before the exam")."""
    # an exam that only dates the span ("before the exam") is not what is asked about
    exam = "exam" in cues and not any(m.kind == "exam" and m.relation for m in mentions)
    asks_if = dated and tokens[:1] in (["can"], ["could"], ["may"])
    if not (cues & {"when", "where", "time_of"} or asks_if) or exam or cues & {"due", "grades", "office_hours"}:
        return False
    for m in mentions:
        if m.kind != "person":
            continue
        at = m.start - 1
        while at >= 0 and tokens[at] in _BETWEEN:
            at -= 1
        if at >= 0 and tokens[at] in _VERBS:
            return True
    return False
