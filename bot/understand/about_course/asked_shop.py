"""Where to buy something the course names: "where can i buy a cheap lab coat", "which shop sells jazz shoes", "where
do we purchase the lab manual". The card the question reads as (a dress code, the lab rules, the textbook) says what
is needed, but unless it names where the thing is sold it does not answer what was asked: the student sees first that
the course page does not say where to buy it, and where to ask, then what the page does say (never a confident card
that answers another question). A card naming a shop, a bookstore or an online order stands."""

from __future__ import annotations

import re

from bot.core.answer import Answer
from bot.understand.about_course.asked_price import not_given, said_in

# "where can i buy", "where do we purchase", "where's the best place to buy", "a shop where i could buy",
# "which store sells", "what shop has": a place to buy asked, not whether to buy ("do i need to buy the textbook")
_WHERE_BOUGHT = re.compile(
    r"\bwhere(?:'s|s|\s+is)?\s+(?:(?:can|could|do|does|should|would|might)\s+(?:i|we|you|one|people|students)\s+"
    r"|(?:i|we|you|one|people|students)\s+(?:can|could|should|might|usually)\s+"
    r"|(?:the\s+)?(?:best|cheapest|good|a\s+good)\s+(?:place|shop|store)\s+(?:to|for)\s+)"
    r"(?:\w+\s+){0,2}?(?:buy|purchase|order|shop\s+for)\b"
    r"|\bwhere\s+(?:is|are|r)\s+(?:\w+\s+){1,4}?(?:sold|for\s+sale)\b"
    r"|\b(?:which|what|any)\s+(?:\w+\s+)?(?:stores?|shops?)\s+(?:\w+\s+){0,2}?(?:sells?|has|have|stocks?|carry|carries)\b"
)
# Words of a card that name where something is sold: "at the campus bookstore", "order it online", "sold at the lab
# office", "from the shop".
_SOLD_AT = re.compile(
    r"\b(?:book\s?stores?|book\s?shops?|shops?|stores?|sold|sells|for\s+sale|amazon"
    r"|(?:buy|bought|purchase[ds]?|order(?:ed)?)\s+(?:\w+\s+){0,3}?(?:at|from|online|through|via|in)\b)",
    re.IGNORECASE,
)


def asks_where_bought(question: str) -> bool:
    """The question asks where to buy something (a shop, a place), not whether it must be bought."""
    return bool(_WHERE_BOUGHT.search(" ".join(question.lower().replace("\u2019", "'").split())))


def unshopped(question: str, answer: Answer, where: str) -> Answer:
    """The answer, or when a place to buy is asked and the card names none, the card after a plain "the course page
    doesn't say where to buy that" (kind unknown, no Yes or No of its own)."""
    if answer.kind != "info" or not asks_where_bought(question) or _SOLD_AT.search(said_in(answer)):
        return answer
    return not_given(answer, f"The course page doesn't say where to buy that; {where}. What it does say:")
