"""Whose late-day pool a question asks about: the asker's own, or someone else's ("how many grace days does ada
have left", "has my partner used any", "their slip days"). Only the asker's own question is answered from their
record; another person's gets the rule, since each tally is private to its student."""

from __future__ import annotations

import re

# "my partner", "my lab partner", "my friend's", "my group": a person (or people) other than the asker
_MY_OTHER = re.compile(
    r"\bmy\s+(?:\w+\s+)?(?:friend|partner|group|groupmate|team|teammate|roommate|classmate|buddy|labmate|mate|"
    r"boyfriend|girlfriend|bf|gf|brother|sister|cousin|son|daughter|student)s?\b"
)
_THIRD_PERSON = re.compile(r"\b(?:he|she|they|him|her|his|hers|them|their|theirs)\b")
# "does ada have", "has ben used", "did ada spend": a subject that is not the asker
_SUBJECT = re.compile(
    r"\b(?:does|did|has|have|is|can|could|will|would)\s+([a-z][a-z'-]*)\s+(?:still\s+|already\s+|even\s+)?"
    r"(?:have|has|got|get|use|used|spend|spent|burn|burned|burnt|lose|lost|left)\b"
)
# "ada's grace days": someone's, not a contraction ("it's", "what's")
_POSSESSIVE = re.compile(r"\b([a-z]+)['’]s\b")
_NOT_SOMEONE_WORDS = (
    "i you u me we us it this that there here what who how where when why let one he she they any anything "
    "enough all some none no more many much the a an my your our"
)
_NOT_SOMEONE = frozenset(_NOT_SOMEONE_WORDS.split())


def asks_of_someone_else(question: str) -> bool:
    """The question asks about another person's pool (a name, "my partner", he/she/they), not the asker's."""
    lowered = question.lower()
    if _MY_OTHER.search(lowered) or _THIRD_PERSON.search(lowered):
        return True
    named = [m.group(1) for m in _SUBJECT.finditer(lowered)] + [m.group(1) for m in _POSSESSIVE.finditer(lowered)]
    return any(word not in _NOT_SOMEONE and not any(c.isdigit() for c in word) for word in named)
