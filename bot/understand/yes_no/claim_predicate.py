"""Whether a page sentence's No is of the very thing a may-I question asks to do.

"can i attend the lecture on friday" answered No by "Lecture attendance is not taken": the sentence's "not" is on
"taken", while what the student asks to do ("attend") is the sentence's subject. Such a No says nothing about the
action asked, so the sentence is shown without a verdict. A No whose "not" is on the asked action ("you may not
attend another group's lab") or on a permission ("phones are not allowed") still decides it.
"""

from __future__ import annotations

import re
from itertools import takewhile

from bot.understand.page_evidence.knowledge import stem
from bot.understand.words.normalize import phrase_key
from bot.understand.words.vocabulary import words_of

# "can i", "may we", "could students": what follows (past a few fillers) is the action asked.
_MAY_I = re.compile(r"\b(?:can|could|may)\s+(?:i|we|you|students?|they|he|she)\s+(.*)$")
_FILLER = words_of("still also even just please actually really maybe be allowed permitted able to go and")
# Words whose "not" denies the permission itself: it answers any may-I of the thing it is said of.
_PERMITS = frozenset(
    stem(w)
    for w in words_of(
        """allowed permitted accepted acceptable possible ok okay fine welcome eligible available open tolerated
        authorised authorized approved counted granted given offered provided"""
    )
)
_PREPOSITIONS = words_of("of at in on to for with from by about during after before into without")
_SHARED_START = 5
# The words of a negation and what may stand between it and the verb it turns ("is not always taken").
_NEGATION = re.compile(r"\b(?:not|never|cannot)\s+(?:(?:be|been|being|always|usually|normally|generally)\s+)*([a-z]+)")


def asked_action(lowered: str) -> str:
    """The action a may-I question asks to do ("attend" of "can i attend the lecture"), "" when none."""
    return next(iter(_asked_words(lowered)), "")


def _asked_words(lowered: str) -> list[str]:
    """The words of what a may-I question asks to do, its action first, up to the first preposition ("take",
    "photos" of "can i take photos of people at my site")."""
    found = _MAY_I.search(lowered)
    if found is None:
        return []
    said = [w for w in phrase_key(found.group(1)) if w not in _FILLER]
    return list(takewhile(lambda w: w not in _PREPOSITIONS, said))


def _same_word(word: str, other: str) -> bool:
    """Whether two words are one word's forms: one stem, or one the other's start of five letters or more ("photos",
    "photograph": taking photos is photographing)."""
    a, b = stem(word), stem(other)
    short, long_ = sorted((a, b), key=len)
    return a == b or (len(short) >= _SHARED_START and long_.startswith(short))


def negated_predicates(sentence: str) -> list[str]:
    """The words a sentence's negations turn ("taken" of "Lecture attendance is not taken")."""
    said = " ".join(phrase_key(sentence))
    return [found.group(1) for found in _NEGATION.finditer(said)]


def negation_on_other_word(lowered: str, reason: str) -> bool:
    """Whether a No quoted from the page turns another word than the action asked, while the action asked stands in
    the sentence before that negation (its subject): "can i attend" of "Lecture attendance is not taken"."""
    asked_words = _asked_words(lowered)
    turned = negated_predicates(reason)
    if not asked_words or not turned:
        return False
    asked = stem(asked_words[0])
    if any(stem(w) in _PERMITS or any(_same_word(w, a) for a in asked_words) for w in turned):
        return False  # the "not" is on the action or the thing it is done to ("not photograph" of "take photos")
    said = phrase_key(reason)
    first_not = next((i for i, w in enumerate(said) if w in ("not", "never", "cannot")), len(said))
    return any(stem(w) == asked for w in said[:first_not])
