"""What kind of thing an open question asks for: "what time does the lab start" asks a time of day, "when is the
retake" a date, "where is the tutorial" a place, "who marks the essays" a person, "how many quizzes are there" a
number. A question that opens on none of these ("what happens if i miss it", "how do i ask for an extension") asks
for no one kind, and nothing here judges its answer.

General English kept as data (ASKED_KINDS): how a question asks each kind, first match wins (a time of day before a
date, so "what time on friday" asks the time).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.understand.words.normalize import holds_fragment, plain_respelled


@dataclass(frozen=True)
class AskedKind:
    name: str  # what the student reads: "I can't find {name} for that on the course page"
    asked: re.Pattern  # how a question asks it (on the respelled lowercase text)
    needs: tuple[str, ...]  # a question word every match of `asked` holds: without one, it is not searched


# "what is the ..." asking for a thing by the name of its kind ("what's the deadline for", "what is the room for")
_WHAT_IS_THE = r"\bwhat\s+(?:is|are)\s+the\s+"
# A question word that opens the question or a clause of it ("ok so when is ...", "hw3, when is it due", "and
# where"), never one inside a statement ("what happens when i run out of late days").
_OPENS = r"(?:^|[,;:.!?]\s*|\b(?:and|but|so|ok|okay|hey|hi|also|then|like|wait|um|uh|btw)\s+)"

CLOCK = AskedKind(
    "the time of day",
    re.compile(r"\bwhat\s+time\b|\bwhat\s+hour\b|" + _WHAT_IS_THE + r"(?:start\s+|end\s+|finish\s+)?times?\b"),
    ("what",),
)
DATE = AskedKind(
    "a date",
    re.compile(
        _OPENS + r"(?:when|whens|until\s+when|untill\s+when|till\s+when|by\s+when)\b"
        r"|\b(?:what|which)\s+(?:day|date|week|weekday)s?\b(?!\s+(?:of|off)\b)"
        r"|" + _WHAT_IS_THE + r"(?:deadline|due\s+date|date|dates)\b"
    ),
    ("when", "what", "which"),
)
PLACE = AskedKind(
    "a place",
    re.compile(
        # "where is the exam", not "where are we in the course" (how far the term is)
        _OPENS + r"(?:where|wheres)\b(?!\s+(?:are|r)\s+we\s+(?:at|in|up\s+to)\b|\s+we\s+are\b|\s+do\s+we\s+stand\b)"
        r"|\b(?:what|which)\s+(?:room|building|hall|classroom|venue|location|campus)\b"
        r"|" + _WHAT_IS_THE + r"(?:room|location|venue|address)\b"
    ),
    ("where", "what", "which"),
)
PERSON = AskedKind("a name", re.compile(_OPENS + r"(?:who|whos|whom|whose)\b"), ("who",))
NUMBER = AskedKind(
    "a number",
    re.compile(
        r"\bhow\s+(?:many|much)\b(?!\s+(?:time|longer|later|earlier|before|after)\b)"
        r"|\bwhat\s+(?:percent|percentage)\b|\bhow\s+(?:long|early|far\s+ahead|far\s+in\s+advance)\b"
    ),
    ("how", "what"),
)
ASKED_KINDS = (CLOCK, DATE, PLACE, PERSON, NUMBER)


def respelled(question: str) -> str:
    """The question as the guards on an answer read it: plain lowercase, chat spellings ("wat time", "wen is") made
    plain words (kept for the last texts read, so every guard shares one respelling)."""
    return plain_respelled(question)


@lru_cache(maxsize=16)  # a part's text, asked once per part
def asked_kind(question: str) -> AskedKind | None:
    """The kind of thing the question asks for, when it asks one clearly; else None. Read after chat spellings
    ("wat time", "wen is") are made plain words."""
    said = plain_respelled(question)
    return next((k for k in ASKED_KINDS if holds_fragment(said, k.needs) and k.asked.search(said)), None)
