"""Whether an exam question asks if the exam is held in class time ("is the midterm during class", "is the final in
lecture", "is exam 1 during our usual class time"), as opposed to naming a room ("is the midterm in the lecture
hall": a place, answered by its room) or another meeting ("is exam 1 during the lab", "is the midterm in the
review session": not the class time the exam's `during_class` field speaks of).

Class time is said in general English ("class", "class time", "lecture") or by the name of a kind of meeting the
course holds for the whole class (its own word, from the course data: a kind met by sections is no class time).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bot.understand.words.class_time import CLASS_TIME
from bot.understand.words.vocabulary import words_of

# Everyday nouns that make "lecture" or "class" part of a room's name ("the lecture hall", "a class room").
PLACE_NOUNS = words_of("hall halls room rooms theatre theater building auditorium centre center classroom")
# Words that may stand between "during" or "in" and the class time ("during our usual class time").
_BETWEEN = words_of("the our my a an one of usual normal regular typical scheduled same own")
# Meetings in general words ("the review session"); the course's own kinds come from its data.
MEETINGS = (("session",), ("sessions",), ("meeting",), ("meetings",))
# The words that ask of a time a thing is held in.
_DURING = frozenset({"during", "in"})


def asks_during_class(
    tokens: Sequence[str], class_words: Iterable[tuple[str, ...]] = CLASS_TIME, meeting_words: Iterable[str] = ()
) -> str | None:
    """ "class" when the question says "during" or "in", then class time in the course's words (a few words like
    "our usual" between): "is the midterm during class"; "meeting" when another of its meetings stands there ("is
    exam 1 during the lab", "in the review session"), which only an exam outside every class meeting answers;
    None when neither does, a room's noun follows ("in the lecture hall"), or a section's number ("im in rec 2")."""
    said = tuple(tokens)
    if _DURING.isdisjoint(said):
        return None
    classes = sorted(class_words, key=len, reverse=True)
    meetings = sorted({tuple(w.split()) for w in meeting_words}, key=len, reverse=True)
    for at, word in enumerate(said):
        if word not in _DURING:
            continue
        start = at + 1
        while start < len(said) and said[start] in _BETWEEN:
            start += 1
        # a meeting may carry a word of its own before it ("the review session", "the normal teaching lab")
        tried = (
            ("class", classes, start),
            ("meeting", meetings, start),
            ("meeting", MEETINGS, start),
            ("meeting", meetings, start + 1),
            ("meeting", MEETINGS, start + 1),
        )
        for named, found, begins in tried:
            words = next((w for w in found if said[begins : begins + len(w)] == w), None)
            if words is None:
                continue
            after = said[begins + len(words) : begins + len(words) + 1]
            if word == "during":
                return named
            # "in the lecture hall" is a room; "im in rec 2" the student's own section
            return named if PLACE_NOUNS.isdisjoint(after) and not (named == "meeting" and _names_one(after)) else None
    return None


def _names_one(after: Sequence[str]) -> bool:
    """Whether the word after a meeting's name picks one of them out by its number or letter ("rec 2", "lab b")."""
    return bool(after) and (after[0].isdigit() or len(after[0]) == 1)
