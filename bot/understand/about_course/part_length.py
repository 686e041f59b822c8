"""How long each part of something is: "how long is each scene in the performance evening", "how many minutes does
every group get at the showcase". The card the question reads as (the event's times, a policy) gives the whole
event's span, not each part's: unless it states a length (minutes, hours, words, pages), the student sees first that
the course page does not say how long each one is, and where to ask, then what the page does say. A card stating a
length ("15-minute slots", "10 minutes per group") stands."""

from __future__ import annotations

import re

from bot.core.answer import Answer
from bot.understand.about_course.asked_price import not_given, said_in

_EACH_LENGTH = re.compile(
    r"\bhow\s+(?:long|many\s+minutes|much\s+time)\s+(?:is|are|does|do|will|would|should|can)\s+"
    r"(?:each|every|one|a\s+single)\s+[\w']+"
)
# A length a card states: "15-minute", "90 minutes", "2 hours", "1,200 words", "three pages"
_A_LENGTH = re.compile(
    r"\b(?:\d+(?:[.,]\d+)?|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|sixty|ninety)\s*-?\s*"
    r"(?:min(?:ute)?s?|hours?|hrs?|h|words?|pages?)\b",
    re.IGNORECASE,
)


def asks_each_length(question: str) -> bool:
    """The question asks how long each one of several parts is."""
    return bool(_EACH_LENGTH.search(" ".join(question.lower().replace("\u2019", "'").split())))


def unstated_part_length(question: str, answer: Answer, where: str) -> Answer:
    """The answer, or when the length of each part is asked and the card states no length, the card after a plain
    "the course page doesn't say how long each one is" (kind unknown, no Yes or No of its own)."""
    if answer.kind != "info" or not asks_each_length(question) or _A_LENGTH.search(said_in(answer)):
        return answer
    return not_given(answer, f"The course page doesn't say how long each one is; {where}. What it does say:")
