"""Where to buy something the course names: "where can i buy a cheap lab coat", "which shop sells jazz shoes", "where
do we purchase the lab manual". The card the question reads as (a dress code, the lab rules, the textbook) says what
is needed, but unless it names where the thing is sold it does not answer what was asked. A sentence of the course's
page naming where that thing is sold ("Goggles and lab coats are sold at the campus bookstore") is quoted first;
without one the student sees that the course page does not say where to buy it, and where to ask, then what the page
does say (never a confident card that answers another question). A card naming a shop or an online order stands."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.answer import Answer, text
from bot.core.kept import Kept
from bot.core.sentences import split_sentences
from bot.course.model import Course
from bot.understand.about_course.asked_price import not_given, said_in
from bot.understand.words.normalize import words
from bot.understand.words.vocabulary import STOPWORDS

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
# Words of a shop question that name no thing bought.
_NOT_A_THING = frozenset(
    words(
        """where can could do does should would might i we you one people students buy purchase order shop shops store
        stores sell sells sold sale best cheapest cheap good place get find any which what usually near around campus
        town city here online new used"""
    )
)
_SENTENCES: Kept[tuple[str, ...]] = Kept(size=32)


def asks_where_bought(question: str) -> bool:
    """The question asks where to buy something (a shop, a place), not whether it must be bought."""
    return bool(_WHERE_BOUGHT.search(" ".join(question.lower().replace("\u2019", "'").split())))


def _one(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _sold_sentences(course: Course) -> tuple[str, ...]:
    """The course's sentences that name where something is sold, found once per course."""

    def find() -> tuple[str, ...]:
        texts = [t for p in course.policies for t in (p.quote, p.summary)] + [course.description, course.components]
        found = [s for t in texts for s in split_sentences(t or "") if _SOLD_AT.search(s)]
        return tuple(dict.fromkeys(found))

    return _SENTENCES.get(course, "sold sentences", find)


def sold_sentence(course: Course, question: str) -> str | None:
    """The course's sentence naming where the thing asked about is sold, if one names it."""
    # the thing's own words: not a kind of meeting it is for ("a LAB notebook" is no lab coat) nor how ("cheaply")
    kinds = {_one(w) for k in course.meeting_kinds for n in (k.id, k.name, k.plural) for w in words(n.lower())}
    thing = {
        _one(w)
        for w in words(question.lower())
        if w not in _NOT_A_THING and w not in STOPWORDS and not w.endswith("ly") and _one(w) not in kinds
    }
    if not thing:
        return None
    return next((s for s in _sold_sentences(course) if thing & {_one(w) for w in words(s.lower())}), None)


def unshopped(course: Course, question: str, answer: Answer, where: str) -> Answer:
    """The answer, or when a place to buy is asked and the card names none: the course's sentence naming where that
    thing is sold first, or, without one, the card after a plain "the course page doesn't say where to buy that"
    (kind unknown, no Yes or No of its own)."""
    if answer.kind != "info" or not asks_where_bought(question) or _SOLD_AT.search(said_in(answer)):
        return answer
    sold = sold_sentence(course, question)
    if sold is not None:
        return replace(answer, lines=(text(f"From the course page: “{sold}”"), *answer.lines))
    return not_given(answer, f"The course page doesn't say where to buy that; {where}. What it does say:")


def warm_tables(course: Course) -> None:
    """Build this reader's per-course table now (the sentences naming where something is sold): engine.warm calls
    it at load, so the first student to ask does not pay for it."""
    _sold_sentences(course)
