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
    """(Yes or No, why) when the question asks whether a person it names can grant an extension and the course names
    who grants them (for the work asked of, when the page names someone for it); None otherwise."""
    contact = course.extensions.contact
    asked = _GRANTS.search(fold(question))
    if not contact or asked is None or _ANYONE.search(contact.lower()):
        return None
    named = [p for p in course.people if _names(asked.group(1), p)]
    if len(named) != 1:
        return None
    who = named[0]
    own = own_granter_sentence(course, list(items) or list(work_of_kind_named(course, question)))
    if own:  # "can dr x give me an extension for the final paper", where the page names who grants those
        role = re.search(rf"\b{re.escape(fold(who.role_title))}s?\b", fold(own)) if who.role_title else None
        return _names(own, who) or role is not None, f"the course page says “{own}”"
    if _names(contact, who) or re.search(rf"\b{re.escape(fold(who.role_title))}s?\b", fold(contact)):
        return True, f"extension requests go to {contact}; whether one is granted follows the rule below."
    return False, f"extensions are granted by {contact}, not {who.name}."
