"""A section whose id is also an English word of one letter ("A", "I"): "is there a lecture today" names no section,
"stream a", "section A", "lecture a" and "for A" typed as a capital do."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from bot.course.model import Course
from bot.understand.words.normalize import phrase_key

_ONE_LETTER_WORDS = frozenset({"a", "i"})
_SECTION_WORDS = frozenset({"section", "sections", "sec", "group", "groups"})
# A capital A standing alone after the first word: typed as the section's letter, not as an article.
_CAPITAL_A = re.compile(r"(?<=\S)\s+A(?![\w'])")


class _Mention(Protocol):
    kind: str
    start: int
    end: int


M = TypeVar("M", bound=_Mention)


def lead_words(course: Course) -> frozenset[str]:
    """The words that, right before a one-letter id, make it the section's: the words of the sections' names and
    aliases and of the meeting kinds ("stream", "lecture", "tut"), and the general words for a section."""
    names = [n for s in course.sections for n in (s.name, *s.aliases)]
    names += [n for k in course.meeting_kinds for n in (k.id, k.name, k.plural, *k.aliases)]
    ids = {s.lower() for s in course.section_ids()}
    return frozenset(w for n in names for w in phrase_key(n) if w not in ids) | _SECTION_WORDS


def article_sections(mentions: list[M], tokens: Sequence[str], question: str, leads: frozenset[str]) -> list[M]:
    """The mentions without a section named only by an article or "i" ("is there a lecture for stream b")."""
    lettered = [
        m
        for m in mentions
        if m.kind == "section"
        and m.end - m.start == 1
        and tokens[m.start] in _ONE_LETTER_WORDS
        and not (m.start and tokens[m.start - 1] in leads)
    ]
    if not lettered:
        return mentions  # no section named by a one-letter word alone: the capital is not looked for
    capital = bool(_CAPITAL_A.search(question))
    return [m for m in mentions if m not in lettered or (capital and tokens[m.start] == "a")]
