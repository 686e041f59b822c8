"""'can i catch the prof monday after lecture', 'can i see someone on monday afternoon about my assignment': seeing
a member of staff (by role, or anyone) is their help hours, not the class meetings named beside it."""

from __future__ import annotations

import re

from bot.course.model import Course
from bot.understand.words.normalize import phrase_key
from bot.understand.words.vocabulary import ANYONE

# A verb of seeing someone in person, then (after "with" and a determiner) who is seen ("drop in on" reads "attend").
_VERB = r"(?:see|catch|meet|visit|attend|talk to|talk with|speak to|speak with|chat with)"
_SEE = re.compile(
    rf"\b{_VERB}\s+(?:with\s+)?(?:(?:a|an|the|my|our|any|one of the|one of our|one of my)\s+)?([a-z]+)((?:\s+[a-z]+)?)"
)
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

# Words before a person's name that name no one ("dr", "prof"): never a name of its own
_TITLES = frozenset({"dr", "prof", "professor", "mr", "mrs", "ms", "miss", "mx", "sir", "dame", "doctor"})


def staff_words(course: Course) -> frozenset[str]:
    """The one- and two-word names a student may give a member of this course's staff: general words and the
    course's role names (read once per course)."""
    names = {" ".join(phrase_key(n)) for r in course.roles for n in (r.title, r.plural, r.id.replace("_", " "))}
    # each person by a name the page gives ("dr whelan", "aoife") or a word of their full name ("meet whelan")
    names |= {" ".join(phrase_key(n)) for p in course.people for n in p.aliases}
    names |= {w for p in course.people for w in phrase_key(p.name) if w not in _TITLES and len(w) > 2}
    return _STAFF | frozenset(n for n in names if n and len(n.split()) <= 2)


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
        if first in staff or f"{first} {second}" in staff:
            return True
    return False
