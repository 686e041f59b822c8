"""'can i catch the prof monday after lecture', 'can i see someone on monday afternoon about my assignment': seeing
a member of staff (by role, or anyone) is their help hours, not the class meetings named beside it."""

from __future__ import annotations

import re

from bot.course.model import Course
from bot.understand.words.english import ordinary
from bot.understand.words.normalize import phrase_key
from bot.understand.words.titles import course_titles
from bot.understand.words.vocabulary import ANYONE

# A verb of seeing someone in person, then (after "with" and a determiner) who is seen ("drop in on" reads "attend").
_VERB = r"(?:see|catch|meet|visit|attend|talk to|talk with|speak to|speak with|chat with|(?:drop|stop|swing|pop) by)"
_SEE = re.compile(
    rf"\b{_VERB}\s+(?:with\s+)?(?:(?:a|an|the|my|our|any|one of the|one of our|one of my)\s+)?([a-z]+)((?:\s+[a-z]+)?)"
)
_MEET = re.compile(rf"\b{_VERB}\b")
# Who, then the verb: "is there someone i can see thursday", "anyone we could talk to"
_WHO_THEN_SEE = re.compile(rf"\b(?:someone|somebody|anyone|anybody) (?:i|we) (?:can|could|should|might) {_VERB}\b")
# Anyone at all: staff when no classmate is meant ("someone from my group", "someone in the class", "someone's").
_CLASSMATE_AFTER = frozenset({"from", "in", "else", "who", "to", "that", "i", "whos"})
# What a person has that a student may see or attend, said after them once the "'s" is respelled away.
_THEIRS = frozenset(
    {"s", "lecture", "lectures", "class", "classes", "lab", "labs", "section", "sections", "tutorial", "tutorials"}
    | {"seminar", "seminars", "slides", "notes", "talk", "video", "videos", "recording", "recordings", "feedback"}
)
# General words for a course's staff; the course's own role names are added to them.
_STAFF = frozenset(
    {"professor", "prof", "instructor", "lecturer", "teacher", "ta", "tas", "tutor", "tutors", "staff", "teaching"}
)


def staff_words(course: Course) -> frozenset[str]:
    """The one- and two-word names a student may give a member of this course's staff: general words, the course's
    role names, and its people by two-word names ("dr solberg", "ingrid solberg") or a surname no everyday word is
    ("solberg"; a first name alone may be a word of the course: "grace") (read once per course)."""
    names = {" ".join(phrase_key(n)) for r in course.roles for n in (r.title, r.plural, r.id.replace("_", " "))}
    titles = course_titles(course)  # a title before a surname ("dr whelan", "tutor kim"): a name of two words
    for person in course.people:
        surname = phrase_key(person.name)[-1:]
        titled = [f"{t} {surname[0]}" for t in titles] if surname else []
        said = [" ".join(phrase_key(n)) for n in (person.name, *person.aliases, *titled)]
        names |= {n for n in said if len(n.split()) == 2}
        names |= {w for w in surname if len(w) > 3 and not ordinary(w)}
        names |= {" ".join(phrase_key(n)) for n in person.aliases}  # "aoife": a one-word name the page gives
    return _STAFF | frozenset(n for n in names if n and len(n.split()) <= 2)


def asks_to_meet(question: str) -> bool:
    """Whether the question asks to see someone at all ("can i meet feld", "could i talk to her"), by its verb."""
    return _MEET.search(" ".join(question.lower().split())) is not None


def asks_to_see_staff(question: str, staff: frozenset[str]) -> bool:
    """Whether the question asks to see a member of staff: by a role ("catch the prof", "talk to a demonstrator")
    or anyone ("see someone", not "someone from my group")."""
    said = " ".join(question.lower().split())
    if _WHO_THEN_SEE.search(said):
        return True
    for found in _SEE.finditer(said):
        first, second = found.group(1), found.group(2).strip()
        if said[found.end(1) : found.end(1) + 1] in ("'", "’") or second in _THEIRS:
            continue  # "the professor's slides", "someone's notes" (respelled "professor slides"): something of theirs
        if first in ANYONE:
            if second not in _CLASSMATE_AFTER:
                return True
            continue
        if f"{first} {second}" in staff:
            after = _THEIRS_AFTER.match(said[found.end(2) :])
            if after is None or after.group(1) not in _THEIRS:
                return True  # "dr okafor's office", not "dr okafor's slides"
            continue
        if first in staff:
            return True
    return False


# The word after a two-word name, past its "'s": "dr okafor's slides" are something of theirs.
_THEIRS_AFTER = re.compile(r"^(?:'s|’s|s)?\s+([a-z]+)")


# Words that say how soon after (or before) a meeting a student would come: "right after lecture".
_SOON = re.compile(r"\b(right|immediately|straight|just|directly)\s+(?:after|before)\b")


def seeing_words(question: str, staff: frozenset[str]) -> frozenset[str]:
    """The words by which a question asks to see a member of staff ("catch", "right" of "can i catch the prof monday
    right after lecture"): they say what is asked, office hours at that time, and leave nothing of it unread."""
    if not asks_to_see_staff(question, staff):
        return frozenset()
    said = " ".join(question.lower().split())
    verbs = {w for found in _SEE.finditer(said) for w in found.group(0).split()[:2]}
    verbs |= {w for found in _WHO_THEN_SEE.finditer(said) for w in found.group(0).split()}
    return frozenset(verbs | {found.group(1) for found in _SOON.finditer(said)})
