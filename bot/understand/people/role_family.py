"""The roles a role's word also covers: a student asking about "the demonstrators" means the Senior Demonstrator too,
and "the tutors" the Lead Tutor, when the page lists them as roles of their own. A role is under another when its title
is the other's with words put in front: its last word is the other's last word ("Lead Tutor" of "Tutor") or the
other's initials ("Chief GA" of "Graduate Assistant"). Titles come from the course's roles, never from here."""

from __future__ import annotations

from bot.course.model import Course
from bot.understand.words.normalize import phrase_key


def _initials(words: tuple[str, ...]) -> str:
    return "".join(w[0] for w in words if w)


def roles_under(course: Course, role_id: str) -> frozenset[str]:
    """The role and every role of the course whose title is its title with a qualifier in front."""
    named = course.role(role_id)
    base = phrase_key(named.title) if named else ()
    if not base:
        return frozenset({role_id})
    heads = {base[-1], _initials(base)} if len(base) > 1 else {base[-1]}
    under = {
        r.id
        for r in course.roles
        if r.id != role_id and len(key := phrase_key(r.title)) > 1 and key[-1] in heads and key != base
    }
    return frozenset({role_id, *under})
