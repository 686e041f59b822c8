"""A rule asked for by its name: "explain the language pledge", "pls explain the calculator rule", "what's the
phone policy": the student sees the one policy whose own words hold that name, read first from the policies' titles,
then their keywords, then their text; never a policy that merely shares another word of the question ("explain"),
nor the course's programming language for "the language pledge".

Where the name is in no policy, or in several at the same level, nothing is decided here and the rest of the engine
answers as it would (its closest rule, or that it is not sure).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from bot.core.kept import Kept
from bot.course.model import Course
from bot.understand.page_evidence.knowledge import stem
from bot.understand.words.normalize import phrase_key
from bot.understand.words.vocabulary import STOPWORDS

# The nouns naming a rule; every match holds one of them as a word of its own.
NEEDS = frozenset(
    {"rule", "rules", "pledge", "pledges", "policy", "policies", "guideline", "guidelines", "regulation", "regulations"}
)
# Asked to be explained or told: "explain the", "what's the", "tell me about the", "confused about the", then one to
# three words naming the rule, then a noun naming a rule ("rule", "pledge", "policy").
_NAMED = re.compile(
    r"\b(?:explain|explanation\s+of|clarify|describe|what\s*(?:'s|s|\s+is|\s+are|\s+does|\s+do)|tell\s+(?:me|us)"
    r"(?:\s+(?:more\s+)?about)?|(?:confused|unclear|unsure|question)\s+(?:about|on)|(?:don'?t|do\s+not|dont)\s+"
    r"(?:get|understand)|meaning\s+of|how\s+(?:does|do))\s+(?:the|this|that|your|our|ur)\s+"
    r"((?:[a-z0-9][\w'-]*\s+){0,2}?[a-z0-9][\w'-]*)\s+(?:rule|rules|pledge|pledges|policy|policies|guidelines?"
    r"|regulations?)\b"
)


@dataclass(frozen=True)
class _Levels:
    """Each policy's stems by level, built once per course: its title, its keywords, its own text."""

    titles: tuple[tuple[str, frozenset[str]], ...]
    keywords: tuple[tuple[str, frozenset[str]], ...]
    texts: tuple[tuple[str, frozenset[str]], ...]


_KEPT: Kept[_Levels] = Kept(32)


def _stems(said: str) -> frozenset[str]:
    """The stems of a text's words, and of each two words written as one ("write up" is also "writeup")."""
    words = phrase_key(said)
    return frozenset(stem(w) for w in (*words, *(a + b for a, b in pairwise(words))))


def _levels(course: Course) -> _Levels:
    def build() -> _Levels:
        policies = course.policies
        return _Levels(
            tuple((p.id, _stems(p.title)) for p in policies),
            tuple((p.id, _stems(" ".join(p.keywords))) for p in policies),
            tuple((p.id, _stems(f"{p.summary} {p.quote}")) for p in policies),
        )

    return _KEPT.get(course, "named rule", build)


def named_rule_words(said: str) -> tuple[str, ...]:
    """The words naming the rule asked for ("language", "calculator"), or () when no rule is asked for by name."""
    found = _NAMED.search(" ".join(said.lower().replace("’", "'").split()))
    if found is None:
        return ()
    return tuple(w for w in phrase_key(found.group(1)) if w not in STOPWORDS)


def named_rule(course: Course, said: str) -> str | None:
    """The id of the one policy whose title (else keywords, else own text) holds every word naming the rule asked
    for; None when no rule is asked for by name, or the name is in no policy or in several at the first level
    holding it."""
    words = named_rule_words(said)
    if not words:
        return None
    asked = {stem(w) for w in words}
    levels = _levels(course)
    for level in (levels.titles, levels.keywords, levels.texts):
        holding = [pid for pid, stems in level if asked <= stems]
        if holding:
            return holding[0] if len(holding) == 1 else None
    return None


_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def named_rule_sentence(course: Course, policy_id: str, said: str) -> str:
    """The policy's first sentence holding every word naming the rule asked for, when its title does not hold them
    ("Bring a non-graphing scientific calculator; ..." for "the calculator rule" of the exams' policy); else ""."""
    chosen = course.policy(policy_id)
    words = named_rule_words(said)
    if chosen is None or not words:
        return ""
    asked = {stem(w) for w in words}
    if asked <= _stems(chosen.title):
        return ""
    for sentence in _SENTENCE.split(f"{chosen.quote} {chosen.summary}".strip()):
        if asked <= _stems(sentence):
            return sentence.strip()
    return ""
