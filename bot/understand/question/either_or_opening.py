"""An either-or question ("is hw1 due friday or saturday", "is the midterm online or in person", "is the final in the
morning or the evening") whose answer opens on no line of its own: it opens with the alternative that holds ("Friday:
PS1 is due on Fri Sep 13."), or with "Neither:" when both are No for one and the same reason; else as it was.

Each alternative is asked as its own yes/no question (the question with the other left out), so the course's readers
of a stated day, time, place or way of taking an exam decide it; nothing here knows what the alternatives are.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.core.answer import Answer, Text, text
from bot.understand.answering.replies import opening_verdict

# A yes/no question whose last words are two alternatives joined by "or": "is hw1 due friday or saturday?"
_EITHER_OR = re.compile(
    r"^(?P<first>(?:is|are|was|will|does|do)\s+[^?,;]+?)\s+or\s+(?P<second>(?:[a-z0-9:'-]+\s*){1,3})\s*\??$"
)
# Words that open an alternative placing it ("in person", "at 11:59", "on zoom"): after one, the first alternative is
# the one word before "or" (or the same word and the one after it: "at 5 or at 6")
_PLACING = frozenset({"in", "on", "at", "by", "during", "over", "via"})
# "or not", "or what", "or something": no second alternative
_NO_ALTERNATIVE = frozenset({"not", "no", "what", "something", "anything", "so", "smth", "nah", "nope"})
_MAX_WORDS = 3  # alternatives longer than this are clauses of their own, read as parts


def alternatives_asked(question: str) -> tuple[str, str, str, str] | None:
    """(the first alternative asked, the second asked, the first's words, the second's words) of an either-or
    question ending on two short alternatives ("is hw1 due friday", "is hw1 due saturday", "friday", "saturday");
    None for any other question."""
    said = " ".join(question.lower().replace("’", "'").split())
    found = _EITHER_OR.match(said)
    if found is None:
        return None
    first, second = found.group("first").split(), found.group("second").split()
    if not second or second[0] in _NO_ALTERNATIVE or " or " in f" {found.group('first')} ":
        return None
    placed = second[0] in _PLACING
    taken = (2 if len(first) > 3 and first[-2] == second[0] else 1) if placed else len(second)
    if taken > _MAX_WORDS or len(first) - taken < 2:
        return None
    head = first[:-taken]
    # "in person or online": the first is named with the word placing it ("In person"), though only its last word is
    # the alternative
    named = first[-taken - 1 :] if not placed and taken == 1 and first[-2] in _PLACING else first[-taken:]
    return " ".join(first), " ".join((*head, *second)), " ".join(named), " ".join(second)


def either_or_opening(question: str, answer: Answer, ask: Callable[[str], Answer]) -> Answer:
    """The answer opening with the alternative that holds, or with "Neither" and the one reason both are No; the
    answer as it was when it opens with a line of its own, or the alternatives do not settle it (both Yes, either
    unsettled, or No for different reasons). `ask`: the whole engine's answer to one yes/no question."""
    if answer.lines or not answer.fields or answer.kind != "info":
        return answer
    asked = alternatives_asked(question)
    if asked is None:
        return answer
    first_q, second_q, first, second = asked
    answers = [ask(first_q), ask(second_q)]
    if any(a.title != answer.title for a in answers):
        return answer  # an alternative read as another thing than the question as a whole
    verdicts = [opening_verdict(a) for a in answers]
    reasons = [_reason(a) for a in answers]
    if verdicts == [True, False]:
        said, reason = first, reasons[0]
    elif verdicts == [False, True]:
        said, reason = second, reasons[1]
    elif verdicts == [False, False] and reasons[0] == reasons[1]:
        said, reason = "neither", reasons[0]
    else:
        return answer
    opens, *rest = reason
    return replace(answer, lines=(text(f"{said[:1].upper()}{said[1:]}: {opens}", *rest),))


def _reason(answer: Answer) -> Text:
    """The line an answer opens with, without its Yes or No ("PS1 is due on Fri Sep 13.")."""
    opens, *rest = answer.lines[0]
    return (str(opens).split(": ", 1)[-1], *rest)
