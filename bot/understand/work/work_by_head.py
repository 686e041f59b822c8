"""'do we still have to upload the slides before that', 'when do i submit the deck': a piece of work named only by the
last word of its name ("Case slides", aliased "presentation slides"), as the student hands it in. Read as that work
only when the student is the one handing it in and exactly one item of the course ends its name with that word (the
lecture slides the staff post are not handed in by anyone asking)."""

from __future__ import annotations

import re

from bot.core.kept import Kept
from bot.course.model import Course
from bot.understand.words.normalize import phrase_key
from bot.understand.words.vocabulary import STOPWORDS

# the student (or their team) handing something in: "do we have to upload", "when should i submit", "our team turns in"
_OWN_HAND_IN = re.compile(r"\b(?:we|i|our\s+(?:team|group))\s+(?:\w+\s+){0,3}?(?:upload|submit|hand|turn|send|email)\b")
# what may stand between the verb and the head noun: "upload the slides", "submit our final deck"
_BETWEEN = frozenset({"the", "our", "my", "a", "in", "final", "team", "teams", "group"})
_HEADS: Kept[dict[str, tuple[str, ...]]] = Kept(size=32)


def _heads(course: Course) -> dict[str, tuple[str, ...]]:
    """Each last word of an item's name of two words or more ("slides" of "case slides"), with the items ending so."""
    found: dict[str, set[str]] = {}
    for item in course.assignments:
        for name in (item.short, item.title, *item.aliases):
            key = phrase_key(name.split(":")[0])  # "Problem Set 1: Matter and measurement": its topic is no name
            if len(key) >= 2 and key[-1].isalpha() and key[-1] not in STOPWORDS:
                found.setdefault(key[-1], set()).add(item.id)
    return {word: tuple(sorted(ids)) for word, ids in found.items()}


def work_by_head(course: Course, tokens: list[str]) -> tuple[str, int] | None:
    """The one item the words name by its name's last word, handed in by the asker, and where that word is; None when
    no such word follows a verb of handing in, or it ends the names of several items."""
    said = " ".join(tokens)
    verb = _OWN_HAND_IN.search(said)
    if verb is None:
        return None
    heads = _HEADS.get(course, "heads", lambda: _heads(course))
    at = len(said[: verb.end()].split())  # the first token after the verb
    for i in range(at, min(at + 4, len(tokens))):
        ids = heads.get(tokens[i], ())
        if len(ids) == 1:
            return ids[0], i
        if tokens[i] not in _BETWEEN:
            return None
    return None
