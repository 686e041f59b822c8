"""Another course of the same field, named by a word of this course's name ("when is the tort law exam" of Contract
Law, "constitutional law tutorials"): the word before it names a subject this course's page never speaks of."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.core.kept import Kept
from bot.course.model import Course
from bot.understand.words.normalize import holds_fragment, phrase_key
from bot.understand.words.vocabulary import STOPWORDS, words_of

# What a question asks of a course: its work, exams, meetings
_ITEMS = (
    r"(?:hw|homework|assignments?|problem\s+sets?|psets?|exams?|midterms?|finals?|quiz(?:zes)?|lectures?|"
    r"class(?:es)?|labs?|projects?|essays?|tutorials?|seminars?|modules?|courses?|papers?|tests?)"
)
# Words before the subject that make it a condition of a question about this course ("i have my eu law exam then")
_CONTEXT = re.compile(r"\b(?:have|has|had|got|if|because|since|clash|clashes|conflict|conflicts|overlap|also|same)\b")

# Words that say which of the course's own items, not another subject ("the next law essay", "the final law exam").
_WHICH = words_of(
    """next upcoming first second third fourth last final other same whole big main current previous later early late
    makeup real actual usual regular weekly online written oral practice mock sample old past"""
)

_FIELDS: Kept[tuple[re.Pattern[str], tuple[str, ...]] | None] = Kept(size=32)


def _field_pattern(course: Course) -> tuple[re.Pattern[str], tuple[str, ...]] | None:
    """ "<word> <a word of the course's name> <an item>", and those words of its name (every match holds one: a
    sentence holding none is not searched), once per course; None when its name has no such word."""
    words = [w for w in phrase_key(course.name) if len(w) > 2 and w.isalpha() and w not in STOPWORDS]
    if not words:
        return None
    field = "|".join(sorted({re.escape(w) for w in words}))
    return re.compile(rf"\b([a-z]+)\s+(?:{field})\s+(?:'s\s+)?{_ITEMS}\b"), tuple(dict.fromkeys(words))


def other_subject(course: Course, asking: list[str], *, holds: Callable[[str], bool]) -> str | None:
    """The other subject asked about ("tort law"), or None: the word before the field's word is not one of the
    course's name, nor any word its page uses, nor a word saying which item ("the", "my", "next")."""
    fields = _FIELDS.get(course, "fields", lambda: _field_pattern(course))
    if fields is None:
        return None
    pattern, words = fields
    own = set(phrase_key(course.name))
    for sentence in asking:
        if not holds_fragment(sentence, words):
            continue  # no word of the course's name: the pattern, which starts at every word, is not tried
        for found in pattern.finditer(sentence):
            word = found.group(1)
            if word in own or word in STOPWORDS or word in _WHICH or holds(word):
                continue
            if _CONTEXT.search(sentence[: found.start()]):
                continue
            return " ".join(found.group(0).split()[:2])
    return None
