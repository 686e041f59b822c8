"""A yes/no question that opens with the student's story ("im off to a wedding that week and wont have wifi, can i
do quiz 4 late"): the story before the comma is the student's case, not what is asked. Its words need no reading of
their own for a Yes or No when every word of the question's own clause is understood; a word nothing explains in
that clause ("... , is the prof nice") still keeps the Yes or No back."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.understand.words.normalize import words

# The question's own yes/no clause, after the story's comma: "..., can i", "..., is there anything due ...".
_CLAUSE_AFTER_STORY = re.compile(
    r"[,;:]\s*((?:is|are|can|could|do|does|may|will|would|should|must)\s+(?:i|we|u|you|there|it|that|this|my|our|the)"
    r"\b.*)$"
)
# "... while i'm away", "... when we're gone": the student's own case again, the time the story told
_WHILE_TOLD = re.compile(r"\s(?:while|whilst|when)\s+(?:i|we)\s+(?:am|are|will\s+be|would\s+be|m|re)\b.*$")
# A text that opens with a yes/no clause of its own tells no story before it.
_OPENS_ASKING = re.compile(r"^\W*(?:is|are|am|was|were|can|could|do|does|did|has|have|may|must|will|would|should)\b")


def clause_after_story(text: str) -> str:
    """The question from its own yes/no clause on, after a story told before a comma ("my bike broke, can i hand in
    on paper"), or "" when it tells none or opens with its own question."""
    lowered = text.lower()
    if _OPENS_ASKING.match(lowered):
        return ""
    # the first such clause: "i lost my laptop, can i hand in on paper, is that ok" asks from "can i" on
    found = _CLAUSE_AFTER_STORY.search(lowered) if "," in lowered or ";" in lowered or ":" in lowered else None
    return found.group(1) if found is not None else ""


def asked_clause(text: str) -> str:
    """The question's own yes/no clause after a story told before a comma, without the story's time told again at
    its end ("..., is anything due while i am away"), or "" when it tells none."""
    return _WHILE_TOLD.sub("", clause_after_story(text))


def only_the_story_unread(text: str, unread: Iterable[str]) -> bool:
    """Whether every word nothing explains lies in the story told before the question's own yes/no clause (then the
    clause asked is understood whole)."""
    clause = asked_clause(text)
    if not clause:
        return False
    return set(unread).isdisjoint(words(clause))
