"""The words students type for a meeting's or an exam's start and end ("does lecture start at 11", "is lab over at
5", "does the exam finish at 12:30", "when does tutorial let out"), read once for every reader that asks which end of
it a stated time is."""

from __future__ import annotations

import re

from bot.understand.times.calendar_words import alternation
from bot.understand.words.vocabulary import words_of

# A thing's start asked: "does lecture start at 11", "when does the exam begin".
STARTING = words_of("start starts starting begin begins beginning")
# A thing's end asked: "does lab end at 5", "is tutorial over at 4", "is the exam done at 12".
ENDING = words_of("end ends ending finish finishes finished over done out")
# Phrases of more than one word that ask the end, as regex: "when does lecture let out".
ENDING_PHRASES = (r"lets?\s+out",)
# Words that bound a span at its end: "is lecture until 12:20", "does lab go till 5".
UNTIL = words_of("until till til")


# Whether a question asks of a thing's end: its end words, its phrases and its bounds.
_ASKS_END = re.compile(rf"\b(?:{alternation(ENDING)}|{'|'.join(ENDING_PHRASES)})\b")
_ASKS_END_OR_UNTIL = re.compile(rf"\b(?:{alternation(ENDING | UNTIL)}|{'|'.join(ENDING_PHRASES)})\b")
# Either end asked, as one regex alternation (for a reader's own pattern).
EDGES = f"{alternation(STARTING | ENDING)}|{'|'.join(ENDING_PHRASES)}"


def asks_end(question: str, *, until: bool = False) -> bool:
    """Whether the question asks of a thing's end ("does the exam finish at 12:30", "is lab over at 5"); with
    `until`, a bound at the end counts too ("is lecture until 12:20")."""
    return (_ASKS_END_OR_UNTIL if until else _ASKS_END).search(question.lower()) is not None
