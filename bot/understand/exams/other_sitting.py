"""An exam word qualified by a word that names a policy about a sitting of its own ("the repeat exam", "resit
exams", "the supplemental exam" where the course's reassessment policy is titled "Reassessment (repeat
examinations)"): that policy's sitting, not the course's scheduled exam, whose date is never given for it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bot.course.model import Course
from bot.understand.words.normalize import phrase_key
from bot.understand.words.vocabulary import STOPWORDS

_SITTING_WORDS = frozenset({"exam", "examination", "sitting"})


def _one(word: str) -> str:
    """A word in the singular, roughly ("repeats" -> "repeat", "supplementals" -> "supplemental")."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def qualifiers(course: Course) -> dict[str, str]:
    """Words naming a policy about an exam sitting (a word of its title, or a course synonym for its title's
    words), in the singular -> the policy's id."""
    out: dict[str, str] = {}
    for policy in course.policies:
        title = {_one(w) for w in phrase_key(policy.title)}
        if not title & _SITTING_WORDS:
            continue
        words = {w for w in title - _SITTING_WORDS if len(w) > 2 and w not in STOPWORDS}
        for phrase, meaning in course.synonyms.items():
            key = phrase_key(phrase)
            if len(key) == 1 and {_one(w) for w in phrase_key(meaning)} <= words:
                words.add(_one(key[0]))
        for word in words:
            out.setdefault(word, policy.id)
    return out


def qualified_exams(mentions: Iterable, tokens: Sequence[str], named: dict[str, str]) -> frozenset[int]:
    """Where an exam word right after a word of `named` starts, that word naming no exam or work of the course."""
    own = {i for m in mentions if m.kind in ("exam", "assignment", "series") for i in range(m.start, m.end)}
    return frozenset(
        i
        for i in range(1, len(tokens))
        if _one(tokens[i]) in _SITTING_WORDS and i - 1 not in own and _one(tokens[i - 1]) in named
    )
