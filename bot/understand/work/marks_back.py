"""When marked work comes back, as the course page states it: "Essays are returned with feedback within three weeks
of the due date", "Reading responses are marked within one week", an item's own note ("feedback comes back within
two weeks").

A question asking when an item's marks come back ("when do we get essay 1 back", "when will the lab 2 grades be
out") is answered with the sentence that names that item or its kind of work; an item no such sentence names keeps
"not on the course page". A sentence about regrades ("marked incorrectly ... within 10 working days", "graded in
error ... within one week of getting it back") is no turnaround. The sentences are found once per course.
"""

from __future__ import annotations

import re

from bot.core.kept import Kept
from bot.core.sentences import split_sentences
from bot.course.model import Course
from bot.understand.words.normalize import phrase_key

# "returned ... within three weeks", "marked within one week", "feedback comes back within two weeks"
_TURNAROUND = re.compile(
    r"\b(?:returned|marked|graded|back|released|available)\b[^.;]{0,80}?\bwithin\s+(?:[\w-]+\s+){0,2}?"
    r"(?:days?|weeks?|working\s+days|business\s+days|school\s+days)\b",
    re.IGNORECASE,
)
# A sentence about disputing a mark, not about getting it back
# ("graded in error", "a mistake in the marking", "to query a mark")
_DISPUTE = re.compile(
    r"\b(?:incorrect\w*|wrong\w*|regrade\w*|re-?mark\w*|appeal\w*|disput\w*|request\w*|errors?|mistakes?"
    r"|mis-?(?:grad|mark)\w*|quer(?:y|ies)|contest\w*|challeng\w*|complain\w*)\b",
    re.I,
)
# "when do we get essay 1 back", "when will the labs be returned": asked of marked work coming back
_BACK_ASKED = re.compile(
    r"\b(?:when|how\s+(?:long|soon)|what\s+(?:day|date|week))\b[^?.!]*?"
    # "back from spring break", "get back to campus": coming back, nothing handed back
    r"(?:\b(?:get|getting|got|receive|receiving)\s+(?P<what>(?:[\w'-]+\s+){0,4}?)back\b(?!\s+(?:from|to|in|on|home)\b)"
    r"|\b(?:be|been|get|gets|getting|are|is)\s+(?:handed\s+)?(?:returned|handed\s+back)\b)"
)
# What a student gets back that is no marked work ("get my late day back", "get points back" is a regrade)
_NOT_MARKS = frozenset({"day", "days", "point", "points", "token", "tokens", "money", "refund", "deposit", "late"})
_NOT_MARKS |= frozenset({"grace", "seat", "spot", "laptop", "phone", "id", "card", "extension"})


def asks_marks_back(question: str) -> bool:
    """Whether the question asks when marked work comes back ("when do we get essay 1 back")."""
    lowered = question.lower()
    if "back" not in lowered and "returned" not in lowered:
        return False  # every way of asking it says "back" or "returned": looked for before the pattern is tried
    found = _BACK_ASKED.search(" ".join(lowered.split()))
    return found is not None and _NOT_MARKS.isdisjoint(phrase_key(found.group("what") or ""))


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


_FOUND: Kept[tuple[tuple[str, str, frozenset[str]], ...]] = Kept(size=32)


def turnaround_sentences(course: Course) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """Every sentence of the course's policies and work notes that says within how long marked work comes back, as
    (where it is said: a policy id or an assignment id, the sentence, its words made singular)."""

    def find() -> tuple[tuple[str, str, frozenset[str]], ...]:
        texts = [(p.id, " ".join(p.quote.split()) or p.summary) for p in course.policies]
        texts += [(a.id, " ".join(a.notes.split())) for a in course.assignments if a.notes]
        found = []
        for where, said in texts:
            for sentence in split_sentences(said):
                if _TURNAROUND.search(sentence) and not _DISPUTE.search(sentence):
                    found.append((where, sentence.strip(), frozenset(_singular(w) for w in phrase_key(sentence))))
        return tuple(found)

    return _FOUND.get(course, "turnaround", find)


def warm_tables(course: Course) -> None:
    """Build this reader's per-course table now (the sentences saying when marks come back): engine.warm calls it
    at load, so the first student to ask does not pay for it."""
    turnaround_sentences(course)


def marks_back_said(course: Course, item_id: str, names: tuple[str, ...]) -> str | None:
    """The sentence saying when an item's marks come back: its own note's, or one naming the item or its kind by any
    of `names` (its title, short name, kind); None when the page says none."""
    sentences = turnaround_sentences(course)
    own = next((s for where, s, _ in sentences if where == item_id), None)
    if own is not None:
        return own
    asked = {_singular(w) for n in names for w in phrase_key(n.replace("_", " "))} - _GENERIC
    return next((s for _, s, said in sentences if asked & said), None)


def marks_back_of_words(course: Course, question: str) -> tuple[str, ...]:
    """The sentences saying when marked work comes back that name a kind of work the question names ("when do we
    get our reading responses back"); none when the question names none."""
    asked = {_singular(w) for w in phrase_key(question)} - _GENERIC - _ASKING
    return tuple(dict.fromkeys(s for _, s, said in policy_turnarounds(course) if asked & said))


def policy_turnarounds(course: Course) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """The turnaround sentences of the course's policies (an item's own note speaks only of that item)."""
    policies = {p.id for p in course.policies}
    return tuple(t for t in turnaround_sentences(course) if t[0] in policies)


# Words of a question asking when work comes back, never what work it is
_ASKING = frozenset({"when", "do", "we", "i", "get", "our", "my", "back", "will", "be", "returned", "marked", "mark"})
_ASKING |= frozenset({"how", "long", "soon", "doe", "are", "is", "getting", "feedback", "grade", "result", "it"})
_ASKING |= frozenset({"within", "week", "day", "by", "on", "with", "your", "you", "to", "for", "in", "date"})
# Words of an item's name too general to say a sentence is about it
_GENERIC = frozenset({"the", "a", "an", "of", "and", "part", "final", "1", "2", "3", "4", "5", "6", "7", "8", "9"})
