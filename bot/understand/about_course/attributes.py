"""An attribute asked of something the course knows: "the zoom link for X's office hours", "how many pages is
the report", "what file format is hw3 in", "how much is the exam worth".

The handler answers with the thing's card (its times, its due date). When the card does not carry the attribute
asked, the card is not the answer: the student sees first that the course page does not give it, and where to
ask, then what the page does say. When the card carries it (a link, a percentage, a page count, the format
named), the answer stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from bot.core.answer import Answer, text
from bot.understand.words.normalize import words


@dataclass(frozen=True)
class Attribute:
    name: str  # what the student reads: "a video-call link"
    carried: re.Pattern  # how an answer that gives it reads


_LINK = Attribute("a video-call link", re.compile(r"https?://|\bzoom\.|\bmeet\.", re.I))
_LENGTH = Attribute("a length limit (pages or words)", re.compile(r"\b\d+\s*(?:pages?|words?)\b|\bpage limit", re.I))
_WEIGHT = Attribute("how much it counts toward the grade", re.compile(r"\d\s*%|\d+\s*points?\b|\bpercent", re.I))
_SIZE = Attribute(
    "the size asked about", re.compile(r"\b(?:A[0-5]|\d+\s*(?:x|×)\s*\d+|\d+\s*(?:cm|mm|in|inch(?:es)?))\b")
)
_FORMAT = Attribute("the file format to hand in", re.compile(r"\b(?:pdf|latex|format|typed|handwritten)\b", re.I))

# "does katie do office hours on zoom" asks whether they are remote (the card says); "the zoom link" asks the link.
_LINK_WORDS = frozenset({"link", "url", "password", "passcode"})
_LENGTH_WORDS = frozenset({"pages", "page", "length", "lengthy"})
_WORD_COUNT = re.compile(r"\bwords?\s*(?:count|limit|minimum|maximum|max|min)\b|\bhow many words\b")
_HOW_LONG = re.compile(r"\bhow long\s+(?:is|does|should|must|can|has|have)\b")
_NOT_LENGTH = frozenset({"until", "till", "left", "late", "take", "takes", "exam", "final", "midterm", "quiz"})
_WEIGHT_WORDS = frozenset({"worth", "weight", "weighted", "weigh", "weighs", "percent", "percentage"})
_LATE_WORDS = frozenset({"late", "lose", "off", "penalty", "deducted", "deduction", "lateness"})
_SIZE_WORDS = frozenset({"size", "sized", "dimensions", "dimension"})
_FORMAT_WORDS = frozenset({"format", "pdf", "latex", "typed", "handwritten", "docx", "filetype"})
# Intents whose answer is a card of one thing: an attribute it lacks is not answered by it.
CARDS = frozenset({"assignment_due", "next_due", "office_hours", "exam", "late_rules", "release", "schedule_day"})


@lru_cache(maxsize=16)  # the engine asks it of a part's text several times
def asked_attribute(question: str) -> Attribute | None:
    """The attribute a question asks of its subject, when it asks one cards may lack."""
    plain = question.lower()
    tokens = set(words(plain))
    if tokens & _LINK_WORDS or "meeting id" in plain:
        return _LINK
    if ("word" in plain and _WORD_COUNT.search(plain)) or (
        tokens & _LENGTH_WORDS and not tokens & {"course", "web", "website"}
    ):
        return _LENGTH
    if "long" in plain and _HOW_LONG.search(plain) and not tokens & _NOT_LENGTH:
        return _LENGTH
    if tokens & _WEIGHT_WORDS or ("points" in tokens and not tokens & _LATE_WORDS):
        return _WEIGHT
    if tokens & _SIZE_WORDS or "how big" in plain:
        return _SIZE  # "what size should the poster be"
    if tokens & _FORMAT_WORDS or "file type" in plain:
        return _FORMAT
    return None


def _said(answer: Answer) -> str:
    lines = (*answer.lines, *(x for f in answer.fields for x in f.lines))
    return " ".join(s for line in lines for s in line if isinstance(s, str))


def _without_verdict(answer: Answer) -> Answer:
    """The card without a Yes/No its handler opened with: that Yes answered a question not asked."""
    first = answer.lines[0] if answer.lines else ()
    opened = bool(first) and isinstance(first[0], str) and first[0].startswith(("**Yes**", "**No**"))
    return replace(answer, lines=answer.lines[1:]) if opened else answer


def unanswered_attribute(intent: str, question: str, answer: Answer, where: str) -> Answer:
    """The answer, or when it is a card that lacks the attribute asked, the card after a plain "the course page
    does not give that" (kind unknown)."""
    if intent not in CARDS or answer.kind != "info":
        return answer
    attribute = asked_attribute(question)
    if attribute is None or attribute.carried.search(_said(answer)):
        return answer
    card = _without_verdict(answer)
    said = text(f"The course page doesn't give {attribute.name} for this; {where}. What it does say:")
    return replace(card, lines=(said, *card.lines), kind="unknown")
