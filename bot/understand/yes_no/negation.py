"""Whether a yes/no question is asked the other way round: "is there NO required textbook", "do i NOT need boots".

A plain Yes or No to such a question is read both ways ("No" to "is there no textbook" sounds like "there is one"),
so no verdict is given; the course's words are shown instead. A question opening with a contraction ("isn't hw3
due friday", "don't i need boots") asks for confirmation of the plain question and is answered as that.
"""

from __future__ import annotations

from bot.understand.yes_no.folded import fold


def negated(question: str) -> bool:
    """Whether the main clause of a yes/no question holds its own negation (not a leading contraction, not the
    "or not" of "is it allowed or not", not a "no" inside its condition)."""
    return fold(question).negated


def asks_amount(question: str) -> bool:
    """Whether the question asks how many or how much and holds no yes/no clause of its own."""
    return fold(question).amount
