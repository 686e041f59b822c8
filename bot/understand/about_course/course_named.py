"""The course named by its own name, as students type it: "what does vet anatomy 2 cover" on Veterinary Anatomy II,
"is general chem 1 curved" on General Chemistry I. Such a name means this course, as its number does ("what does
veta 3050 cover"): its words are no topic to look up, and alone with "cover" or "about" it asks what the course is.

Every word of the name must be typed, in order: a word as the page spells it, a shortening of at least three letters
("vet", "chem", "intro"), the word with another ending ("statistics" of "statistical"), or a numeral for a Roman one
("2" for "II"); the name's small words ("of", "to", "and") may be left out. Only the whole name counts, so a topic
that shares its first words ("machine learning" on Machine Learning with Large Datasets) is still a topic. Built once
per course, when its reader is made."""

from __future__ import annotations

import re

from bot.course.model import Course

# The name's small words, which students leave out ("intro to ml" as "intro ml" is not read; "of" is optional).
_SMALL = frozenset({"of", "to", "and", "the", "for", "in", "on", "with", "a", "an", "&"})
_ROMAN = dict(zip(("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"), map(str, range(1, 11)), strict=True))
_SHORTEST = 3  # "vet", "bio", "chem": a shortening this long or longer


# The small words after a name's opening word that make it say what kind of course it is, not its subject:
# "Introduction to Contract Law", "Foundations of Data Science" ("contract law", "data science" name them).
_OPENED_BY = frozenset({"to", "of"})


def name_words(course: Course) -> tuple[tuple[str, bool], ...]:
    """The course name's words, lowercased, each with whether it may be left out (a small word, or the word that
    opens a name "<word> to/of <subject of two words or more>", which says what kind of course it is)."""
    said = re.findall(r"[a-z0-9&]+", course.name.lower())
    opener = len(said) > 2 and said[1] in _OPENED_BY and sum(1 for w in said[2:] if w not in _SMALL) >= 2
    return tuple((w, w in _SMALL or (opener and i == 0)) for i, w in enumerate(said))


def course_name_span(name: tuple[tuple[str, bool], ...], tokens: list[str]) -> tuple[int, int] | None:
    """Where the tokens type the whole course name (start, end), or None. A name of one word is never read: it
    would be a topic's word as often as the course."""
    if sum(1 for _, small in name if not small) < 2:
        return None
    for start in range(len(tokens)):
        end = _typed_from(name, tokens, start)
        if end is not None:
            return start, end
    return None


def _typed_from(name: tuple[tuple[str, bool], ...], tokens: list[str], start: int) -> int | None:
    """The end of the name typed from tokens[start], or None when it is not typed there."""
    at = start
    for word, small in name:
        if at < len(tokens) and _same(word, tokens[at]):
            at += 1
        elif not small:
            return None
    return at if at > start else None


def _same(word: str, typed: str) -> bool:
    """Whether a typed token says the name's word: the word, a shortening of it, or its Roman numeral's number."""
    if typed == word or _ROMAN.get(word) == typed:
        return True
    if word.isdigit() or typed[:1] != word[:1]:
        return False  # a shortening and another ending both start as the word does
    if len(typed) >= _SHORTEST and len(word) > len(typed) and word.startswith(typed):
        return True
    # "statistics" of "statistical": the same word but for its ending (at most three letters apart)
    shared = next((i for i, (a, b) in enumerate(zip(word, typed, strict=False)) if a != b), min(len(word), len(typed)))
    return shared >= 5 and shared >= max(len(word), len(typed)) - 3
