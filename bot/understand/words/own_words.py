"""Other courses' words for this course's things: "grace days" on a course whose late pool is "flex hours", "the
TA" where the staff are "Field Tutors", "piazza" where the forum is Zulip. Each generic word (listed in
bot.understand.words.vocabulary) is read as the course's own thing, and the answer says what the course calls it.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.course.model import Course, Role
from bot.understand.words.normalize import holds_phrase, phrase_key
from bot.understand.words.vocabulary import (
    GENERIC_ASSISTANT_WORDS,
    GENERIC_FORUM_WORDS,
    GENERIC_HEAD_ASSISTANT_WORDS,
    GENERIC_POOL_WORDS,
)


@dataclass(frozen=True)
class OwnWord:
    """A generic word as this course's thing: what it tags ("cue"/"pool", "role"/id, "link"/forum) and the note
    an answer opens with, in the course's words."""

    kind: str
    value: str
    note: str


# A role whose own title says it is the teaching assistants ("Graduate Teaching Assistant") is the course's TAs
_ASSISTANT_TITLE = ("teaching", "assistant")


def _titled_assistant(role: Role) -> bool:
    return holds_phrase(phrase_key(role.title), _ASSISTANT_TITLE)


def assistant_role(course: Course) -> Role | None:
    """The course's teaching assistants: of the roles after the lead one, the one most staff hold; a role titled
    teaching assistant ("Graduate Teaching Assistant" beside three "Lab Demonstrators") before any other, since a
    student asking for "a TA" asks for the role the course itself calls that."""
    others = list(course.roles[1:])
    if not others:
        return None
    others = [r for r in others if _titled_assistant(r)] or others
    held = {r.id: sum(1 for p in course.people if p.role == r.id) for r in others}
    return max(others, key=lambda r: held[r.id])  # max keeps the first of equals: the course's order


def own_words(course: Course, taken: set[tuple[str, ...]]) -> dict[tuple[str, ...], OwnWord]:
    """Each generic word the course does not use itself (`taken`: phrases the course's own data names), read as
    the course's own thing."""
    out: dict[tuple[str, ...], OwnWord] = {}
    pool = course.late.pool
    if pool is not None:
        own = {phrase_key(pool.name), phrase_key(pool.plural)}
        note = f"This course's late pool is called {pool.plural}."
        for word in GENERIC_POOL_WORDS:
            if phrase_key(word) not in own:
                out[phrase_key(word)] = OwnWord("cue", "pool", note)
    role = assistant_role(course)
    if role is not None:
        note = f"This course's teaching assistants are called {role.plural}."
        for word in GENERIC_ASSISTANT_WORDS:
            if phrase_key(word) not in taken:
                out[phrase_key(word)] = OwnWord("role", role.id, note)
        for word in GENERIC_HEAD_ASSISTANT_WORDS:
            if phrase_key(word) not in taken:
                none = f"This course lists no \u201c{word}\u201d; its teaching assistants are the {role.plural}."
                out[phrase_key(word)] = OwnWord("role", role.id, none)
    forum = course.forum
    if forum is not None:
        note = f"The course forum is {forum.name}."
        for word in GENERIC_FORUM_WORDS:
            if phrase_key(word) not in taken and phrase_key(word) != phrase_key(forum.name):
                out[phrase_key(word)] = OwnWord("link", f"platform:{forum.id}", note)
    return out


# Units of time: "days" alone is any days, never the course's "grace days"
_TIME_UNITS = frozenset({"minute", "minutes", "hour", "hours", "day", "days", "week", "weeks"})


def pool_head_nouns(course: Course) -> tuple[tuple[str, ...], ...]:
    """The late pool's own noun without its modifier ("tokens" of "late tokens"): what a student says for it once
    the course is known, unless it is a unit of time ("days" of "grace days" is any days)."""
    pool = course.late.pool
    if pool is None:
        return ()
    heads = [phrase_key(name)[-1:] for name in (pool.name, pool.plural) if len(phrase_key(name)) > 1]
    return tuple(dict.fromkeys(h for h in heads if h and h[0] not in _TIME_UNITS))


def notes_for(words: dict[tuple[str, ...], OwnWord], tokens: tuple[str, ...]) -> list[str]:
    """The notes for the generic words a question uses, longest phrase first where they overlap, once each."""
    notes: list[str] = []
    i = 0
    while i < len(tokens):
        for size in range(min(3, len(tokens) - i), 0, -1):
            found = words.get(tokens[i : i + size])
            if found is not None:
                if found.note not in notes:
                    notes.append(found.note)
                i += size - 1
                break
        i += 1
    return notes
