"""The general nouns a student puts after a topic's own name ("the stroop effect", "the doppler shift", "the
monty hall problem"): the schedule names the topic by its proper word alone ("stroop"), and the noun after it adds
nothing asked, so it is read as part of the topic's name. Not "methods" or "techniques": "do we use remote sensing
methods" asks what the course does, which its description says."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import pairwise

from bot.understand.question.reading import Mention
from bot.understand.words.vocabulary import words_of

TOPIC_HEADS = words_of(
    """effect effects task tasks model models theory theories law laws principle principles theorem theorems equation
    equations paradigm paradigms phenomenon phenomena experiment experiments paradox problem hypothesis algorithm
    algorithms shift illusion illusions"""
)


def heads_after_topics(tokens: Sequence[str], mentions: Iterable[Mention]) -> frozenset[str]:
    """The general nouns right after a topic the question names ("effect" of "the stroop effect")."""
    return frozenset(
        tokens[m.end] for m in mentions if m.kind == "topic" and m.end < len(tokens) and tokens[m.end] in TOPIC_HEADS
    )


def heads_after(words: Sequence[str], known: Iterable[str]) -> frozenset[str]:
    """The general nouns among `words` right after a word of `known` (the topic's own words)."""
    held = set(known)
    return frozenset(w for before, w in pairwise(words) if w in TOPIC_HEADS and before in held)
