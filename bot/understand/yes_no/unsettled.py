"""A yes/no question whose answer opens with no Yes or No ("is there internet during the final, like can i google
stuff" answered with the late-work rule, "is the practice midterm graded" answered with the whole grading
breakdown): nothing decided it, so the answer is not given as if it settled the question. The student sees first
that the bot can't tell for sure and that this is the closest it found, then everything the answer showed (nothing
is dropped), then where to ask if that is not it. The answer becomes a hedge (kind "unsure").

Left as they are: an answer that opens with its verdict or says plainly there is none ("Nothing is released this
week"), an answer that already says the page does not know (kind "unknown") or already hedges, a question that
asks an amount ("if i hand it in 2 days late how much do i lose"), which wants the number, not a Yes or No, and a
request only staff grant ("can i get an extension on hw3"), which the answer meets with how and when to ask.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.answer import Answer, text
from bot.understand.yes_no.folded import fold

# The first words of an answer that opens with its verdict ("**Yes**: ...", "Yes: ...", "No, ...") or says plainly
# that there is none ("Nothing is released this week", "None of the exams ...", "There is no A+ on this scale").
_VERDICT_OPENING = re.compile(r"\W*(?:yes|no|nothing|none|nobody|no\s+one|there\s+(?:is|are)\s+no)\b", re.IGNORECASE)

UNSETTLED_LEAD = "I can't tell you that for sure from the course page; the closest I found:"

# A check of the decision that withheld the Yes or No and said why in the answer's own first line.
_SAID_WHY = frozenset({"negated"})
# "can i get an extension on hw3": granted by staff, never by the page; the answer is how and when to ask.
_STAFF_DECIDES = frozenset({"extension"})


def opens_with_verdict(answer: Answer) -> bool:
    """Whether the answer's first line opens with a Yes or a No, however the handler wrote it, or says plainly that
    there is none of what was asked."""
    first = answer.lines[0] if answer.lines else ()
    opening = first[0] if first else None
    return isinstance(opening, str) and _VERDICT_OPENING.match(opening) is not None


def unsettled(answer: Answer, asked: str, where: str, *, intent: str = "", withheld: str = "") -> Answer:
    """The answer to the yes/no question `asked` (read as `intent`) as the student sees it when it gives no Yes or
    No: "I can't tell you that for sure; the closest I found:" first, the answer as it was, then `where` to ask if
    that is not it. `withheld`: why the decision withheld a Yes or No (bot.understand.yes_no.decision), when it did;
    where the answer already says why, only its kind changes. A request only staff grant is answered by how to ask
    and left as it is."""
    if answer.kind != "info" or opens_with_verdict(answer) or intent in _STAFF_DECIDES:
        return answer
    if withheld == "asks_amount" or fold(asked).amount:
        return answer
    if withheld in _SAID_WHY:
        return replace(answer, kind="unsure")
    footer = " ".join(s for s in (answer.footer, f"If that is not it, {where}.") if s)
    return replace(answer, lines=(text(UNSETTLED_LEAD), *answer.lines), footer=footer, kind="unsure")
