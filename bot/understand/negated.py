"""Whether a yes/no question is asked the other way round: "is there NO required textbook", "do i NOT need boots".

A plain Yes or No to such a question is read both ways ("No" to "is there no textbook" sounds like "there is one"),
so the engine gives none; the course's words are shown instead. A question opening with a contraction ("isn't hw3
due friday", "don't i need boots") asks for confirmation of the plain question and is answered as that.
"""

from __future__ import annotations

import re

from bot.understand.normalize import phrase_key
from bot.understand.vocabulary import words_of

_NEGATIONS = frozenset({"not", "no", "never", "none", "nothing", "nobody", "neither", "nor"})
_AUXILIARIES = words_of("is are am was were can could do does did has have had may must will would shall should")
# The condition of a question is not what is asked: "can i submit late if i have no internet".
_CONDITION = re.compile(r"\b(?:if|when|unless|because|since|in case)\b.*$")


def negated(question: str) -> bool:
    """Whether the main clause of a yes/no question holds its own negation (not a leading contraction, not the
    "or not" of "is it allowed or not", not a "no" inside its condition)."""
    tokens = list(phrase_key(_CONDITION.sub("", question.lower())))
    if tokens[-2:] == ["or", "not"]:
        tokens = tokens[:-2]
    start = next((i for i, t in enumerate(tokens) if t in _AUXILIARIES), None)
    if start is None:
        return False
    rest = tokens[start + 1 :]
    if rest[:1] == ["not"]:
        rest = rest[1:]  # "isn't hw3 due friday": a contraction asks to confirm the plain question
    return bool(_NEGATIONS & set(rest))


# "if i submit sheet 2 now how many flex hours does it use": a number is asked, not a Yes or No.
_HOW_MUCH = re.compile(r"\bhow\s+(?:many|much|long)\b")
_YES_NO_CLAUSE = re.compile(r"(?:^|[,;:?]\s*)(?:is|are|am|was|were|can|could|do|does|did|will|would|should|may)\b")


def asks_amount(question: str) -> bool:
    """Whether the question asks how many or how much and holds no yes/no clause of its own."""
    lowered = question.strip().lower()
    return bool(_HOW_MUCH.search(lowered)) and not _YES_NO_CLAUSE.search(lowered)
