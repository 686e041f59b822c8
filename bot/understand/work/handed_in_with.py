"""'when is the group contribution form due': a thing no piece of work is named, which one piece's notes say is handed
in with it ("every member submits the group contribution form on Moodle by the same deadline"). Its deadline is that
work's, so the question reads as that work's deadline, not the grading card its words touch ("contribution")."""

from __future__ import annotations

import re

from bot.core.kept import Kept
from bot.core.sentences import split_sentences
from bot.course.model import Course
from bot.understand.question.reading import Reading
from bot.understand.words.normalize import holds_phrase, phrase_key
from bot.understand.words.vocabulary import STOPWORDS

# "submits the group contribution form on Moodle", "hand in a reflection sheet with it", "upload your slides by": the
# thing a verb of handing in takes, up to the word that says where, how or when
_HANDED_IN = re.compile(
    r"\b(?:submits?|submitted|hands?\s+in|handed\s+in|uploads?|uploaded|turns?\s+in|fills?\s+(?:in|out)|completes?)\s+"
    r"(?:the\s+|a\s+|an\s+|their\s+|your\s+|its\s+|his\s+|her\s+|each\s+)?"
    r"(?P<thing>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)"
    r"(?=\s+(?:on|to|by|via|in|at|before|with|through|for|and|after|as)\b|\s*[.,;:()]|\s*$)"
)
# words that ask when work is due
_WHEN_DUE = frozenset({"due", "deadline", "deadlines", "when", "whens"})
_KEPT: Kept[tuple[tuple[tuple[str, ...], str], ...]] = Kept(size=32)


def _things(course: Course) -> tuple[tuple[tuple[str, ...], str], ...]:
    """Each thing of two words or more a piece of work's notes say is handed in, named by no piece of work itself,
    with that work's id; a thing two pieces' notes name is neither's."""

    def build() -> tuple[tuple[tuple[str, ...], str], ...]:
        names = {phrase_key(n) for a in course.assignments for n in (a.title, a.short, *a.aliases) if n and n.strip()}
        found: dict[tuple[str, ...], set[str]] = {}
        for item in course.assignments:
            for sentence in split_sentences(item.notes or ""):
                for m in _HANDED_IN.finditer(sentence.lower()):
                    key = phrase_key(m.group("thing"))
                    content = [w for w in key if w not in STOPWORDS]
                    if len(content) < 2 or key in names or key[0] in STOPWORDS:
                        continue
                    found.setdefault(key, set()).add(item.id)
        return tuple((key, next(iter(ids))) for key, ids in found.items() if len(ids) == 1)

    return _KEPT.get(course, "handed in with", build)


def handed_in_with(course: Course, reading: Reading) -> str | None:
    """The id of the work the thing asked when due is handed in with ("when is the group contribution form due"), or
    None when the question asks no deadline or names no such thing."""
    if _WHEN_DUE.isdisjoint(reading.tokens):
        return None
    tokens = tuple(reading.tokens)
    ids = {item for key, item in _things(course) if holds_phrase(tokens, key)}
    return next(iter(ids)) if len(ids) == 1 else None
