"""Whether the person a student names can grant an extension ("can freja give me an extension on cr3, she's my
instructor"): the course's extension contact decides. Yes when the contact names that person or their role, No (with
who does grant them) when it names someone else; no verdict when the contact is everyone on the staff."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.core.matching import fold
from bot.core.sentences import split_sentences
from bot.course.model import Assignment, Course, Person
from bot.understand.late.late_kind import work_of_kind_named, work_of_kinds_listed
from bot.understand.words.normalize import holds_phrase, phrase_key
from bot.understand.words.own_words import assistant_role
from bot.understand.words.vocabulary import GENERIC_ASSISTANT_WORDS

# "can freja give me an extension", "could my ta grant one", "will dr okafor approve an extension"
_GRANTS = re.compile(
    r"\b(?:can|could|will|would|does|do|is|may)\s+(.{2,40}?)\s+(?:give|grant|approve|allow|sign\s+off|extend)\b"
)
# a contact that is anyone on the staff ("the course staff", "any of the staff") settles no one person
_ANYONE = re.compile(r"\bstaff\b|\banyone\b|\bany\s+of\b")


def _names(said: str, person: Person) -> bool:
    key = phrase_key(said)
    return any(holds_phrase(key, phrase_key(a)) for a in (person.name, *person.aliases) if phrase_key(a))


# a sentence that says who grants extensions ("are granted only by the Examinations Office")
_GRANTED = re.compile(r"\b(?:granted|grants?|approved|approves?|given)\b")


def own_granter_sentence(course: Course, items: Sequence[Assignment]) -> str:
    """The course page's sentence saying who grants extensions on the work asked of ("Extensions for the final paper
    are granted only by the Examinations Office"), when one names that work and no other sentence does; else ""."""
    if not items:
        return ""
    quotes = [p.quote for p in course.policies if any("extension" in k.lower() for k in p.keywords)]
    found = [
        s
        for quote in quotes
        for s in split_sentences(" ".join(quote.split()))
        if _GRANTED.search(s.lower()) and set(items) <= set(work_of_kinds_listed(course, s))
    ]
    return found[0] if len(set(found)) == 1 else ""


def granter_verdict(course: Course, question: str, items: Sequence[Assignment] = ()) -> tuple[bool, str] | None:
    """(Yes or No, why) when the question asks whether a person it names, or a staff role ("my ta", "the professor"),
    can grant an extension and the course names who grants them (for the work asked of, when the page names someone
    for it); None otherwise."""
    contact = course.extensions.contact
    asked = _GRANTS.search(fold(question))
    if not contact or asked is None or _ANYONE.search(contact.lower()):
        return None
    named = [p for p in course.people if _names(asked.group(1), p)]
    if len(named) != 1:
        return _role_verdict(course, asked.group(1), contact)
    who = named[0]
    own = own_granter_sentence(course, list(items) or list(work_of_kind_named(course, question)))
    if own:  # "can dr x give me an extension for the final paper", where the page names who grants those
        return _names(own, who) or who.role in roles_named(course, own), f"the course page says “{own}”"
    if _names(contact, who) or who.role in roles_named(course, contact):
        return True, f"extension requests go to {contact}; whether one is granted follows the rule below."
    return False, f"extensions are granted by {contact}, not {who.name}."


def _role_verdict(course: Course, said: str, contact: str) -> tuple[bool, str] | None:
    """ "can my ta give me an extension": Yes when the course's extension contact is that role (or one of its people),
    No when it is another ("the Lead Tutors", not the tutors); None when the question names no role, or the contact none
    the course lists."""
    asked = roles_named(course, said) or _general_role(course, said)
    granters = roles_named(course, contact) | {p.role for p in course.people if _names(contact, p)}
    if len(asked) != 1 or not granters:
        return None
    (role,) = asked
    if role in granters:
        return True, f"extension requests go to {contact}; whether one is granted follows the rule below."
    found = course.role(role)
    return False, f"extensions are granted by {contact}, not the {found.plural if found else role}."


def roles_named(course: Course, said: str) -> frozenset[str]:
    """The staff roles a text names by the course's own titles, the longest title where one holds another ("the Lead
    Tutors" names the Lead Tutor, not the Tutor)."""
    key = phrase_key(said)
    spans: list[tuple[int, int, str]] = []
    for role in course.roles:
        for title in {phrase_key(role.title), phrase_key(role.plural)}:
            for at in range(len(key) - len(title) + 1):
                if title and key[at : at + len(title)] == title:
                    spans.append((at, at + len(title), role.id))
    return frozenset(r for a, b, r in spans if not any(x <= a and b <= y and (y - x) > (b - a) for x, y, _ in spans))


def _general_role(course: Course, said: str) -> frozenset[str]:
    """The role general words name on a course that calls it otherwise: "ta", "gsi", "tutor" its teaching
    assistants; "professor", "instructor", "lecturer" its lead role."""
    key = phrase_key(said)
    if any(holds_phrase(key, phrase_key(w)) for w in GENERIC_ASSISTANT_WORDS):
        found = assistant_role(course)
        return frozenset({found.id}) if found else frozenset()
    if course.roles and any(w in _LEAD_WORDS for w in key):
        return frozenset({course.roles[0].id})
    return frozenset()


# General words for whoever leads a course
_LEAD_WORDS = frozenset({"professor", "prof", "instructor", "lecturer", "teacher"})
