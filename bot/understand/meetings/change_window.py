"""Yes or No to "can i still switch lab groups" from the rule's own window for changes: "Lab group changes are
possible only in the first two weeks of the term" is No once those weeks are over and Yes within them. A question
about going to another group's meeting for one week ("can i switch labs this week") is not a change of group, and a
sentence whose time the course's dates cannot place decides nothing."""

from __future__ import annotations

import datetime as dt
import re

from bot.core.sentences import split_sentences
from bot.course.model import Course
from bot.understand.times.time_phrases import find_phrases
from bot.understand.words.normalize import phrase_key, plain, respell
from bot.understand.words.vocabulary import STOPWORDS, words_of

_CHANGE = words_of(
    """change changes changed changing switch switches switched switching swap swaps swapped swapping move moving
    transfer transfers transferring"""
)
# Going elsewhere once, not changing one's group: "this week", "for one session", "instead", "today".
_ONCE = re.compile(
    r"\b(?:this|next|that)\s+(?:week|time)\b|\bfor\s+(?:one|a|1|just\s+one)\s+(?:week|day|session|time|lab|class)\b"
    r"|\bonce\b|\btoday\b|\btomorrow\b|\binstead\b|\bjust\s+for\b"
)
# A window the sentence limits the change to: "only in the first two weeks", "only until Sep 14".
_ONLY = re.compile(r"\bonly\b")
_LITTLE = STOPWORDS | _CHANGE | words_of("can i we still my our a an the possible allowed is are")


def _stems(words: tuple[str, ...] | list[str]) -> set[str]:
    return {w.rstrip("s") for w in words}


def change_window(course: Course, text: str, question: str, now: dt.datetime) -> tuple[bool, str] | None:
    """(whether the change asked is still possible, the page's sentence) when the question asks to change something
    and one sentence of the text limits such changes to a time the course's dates place; None otherwise."""
    lowered = " ".join(question.lower().split())
    asked = phrase_key(lowered)
    if not set(asked) & _CHANGE or _ONCE.search(lowered):
        return None
    things = _stems([w for w in asked if w not in _LITTLE])
    today = now.astimezone(course.tz).date()
    found = []
    for sentence in split_sentences(text):
        said = phrase_key(sentence)
        if not set(said) & _CHANGE or not _ONLY.search(sentence.lower()) or not things & _stems(said):
            continue
        # the page's "Feb 15-19" read as a question's "february 15-19" is
        spans = [p for p in find_phrases(respell(plain(sentence)), now, course) if p.first and p.last]
        if len(spans) != 1:
            continue
        first, last = spans[0].first, spans[0].last
        if today > last:
            found.append((False, sentence.strip()))
        elif first <= today:
            found.append((True, sentence.strip()))
    return found[0] if len(found) == 1 else None
