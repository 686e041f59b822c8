"""Whether the person a student names can grant an extension ("can freja give me an extension on cr3, she's my
instructor"): the course's extension contact decides. Yes when the contact names that person or their role, No (with
who does grant them) when it names someone else; no verdict when the contact is everyone on the staff."""

from __future__ import annotations

import re

from bot.core.matching import fold
from bot.course.model import Course, Person
from bot.understand.words.normalize import holds_phrase, phrase_key

# "can freja give me an extension", "could my ta grant one", "will dr okafor approve an extension"
_GRANTS = re.compile(
    r"\b(?:can|could|will|would|does|do|is|may)\s+(.{2,40}?)\s+(?:give|grant|approve|allow|sign\s+off|extend)\b"
)
# a contact that is anyone on the staff ("the course staff", "any of the staff") settles no one person
_ANYONE = re.compile(r"\bstaff\b|\banyone\b|\bany\s+of\b")


def _names(said: str, person: Person) -> bool:
    key = phrase_key(said)
    return any(holds_phrase(key, phrase_key(a)) for a in (person.name, *person.aliases) if phrase_key(a))


def granter_verdict(course: Course, question: str) -> tuple[bool, str] | None:
    """(Yes or No, why) when the question asks whether a person it names can grant an extension and the course names
    who grants them; None otherwise."""
    contact = course.extensions.contact
    asked = _GRANTS.search(fold(question))
    if not contact or asked is None or _ANYONE.search(contact.lower()):
        return None
    named = [p for p in course.people if _names(asked.group(1), p)]
    if len(named) != 1:
        return None
    who = named[0]
    if _names(contact, who) or re.search(rf"\b{re.escape(fold(who.role_title))}s?\b", fold(contact)):
        return True, f"extension requests go to {contact}; whether one is granted follows the rule below."
    return False, f"extensions are granted by {contact}, not {who.name}."
