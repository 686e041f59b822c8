"""Whether a person named runs a kind of class meeting, asked in everyday words for the one in front of it ("kerem's
the studio guy right?", "is dr aydemir the lab person", "is sofia the tutorial lady", "is jo my lab teacher") or by a
word of running it before the kind ("is dr aydemir teaching some of the lectures", "is sofia in charge of the labs",
"is jo taking our tutorial"): Yes or No from the staff the course lists on that kind's weekly meetings (or the people
of its sections), naming who runs it either way. A name the student typed only near a listed one ("dr aydemyr") gets
no Yes: it may be someone the page does not list."""

from __future__ import annotations

from collections.abc import Sequence

from bot.course.model import Course
from bot.understand.meetings.kind_runs import TEACHER_WORDS, kind_staff
from bot.understand.question.reading import Reading
from bot.understand.words.vocabulary import words_of

# Everyday words for the person in front of a meeting, after the kind's name ("the studio guy", "my lab
# teacher": a general word for a teacher, whatever the course calls its lead).
_AFTER_KIND = (
    frozenset({"guy", "girl", "dude", "lady", "person", "man", "woman", "gal", "bloke", "one"}) | TEACHER_WORDS
)
# Words of running a meeting, between the person and the kind ("teaching some of the lectures", "in charge of the lab")
_RUNNING = words_of(
    """teach teaches teaching taking take takes run runs running give gives giving lead leads leading charge
    responsible doing does do"""
)
# The other words that may stand between them ("some of the", "in charge of our", "one of the")
_BETWEEN = words_of("is are the our my some any all of in for one also still actually")
NEEDS = _AFTER_KIND | _RUNNING


def kind_person_asked(course: Course, reading: Reading) -> tuple[str, str] | None:
    """(person id, kind) when a yes/no question says one person is the one of one kind of meeting ("kerem's the
    studio guy", "is kerem teaching the studios"); None otherwise (no one named, several, no kind, or the words
    between them or after the kind are none of running it)."""
    if not reading.yes_no:
        return None
    persons = [m for m in reading.mentions if m.kind == "person"]
    people = {i for m in persons for i in m.ids}
    kinds = [m for m in reading.mentions if m.kind == "kind"]
    if len(people) != 1 or len({i for m in kinds for i in m.ids}) != 1:
        return None
    if any(m.kind in ("section", "exam", "assignment") for m in reading.mentions):
        return None  # "is kerem the group c lab guy": the section's own reading
    kind = kinds[0]
    if course.meeting_kind(kind.ids[0]) is None or reading.times:
        return None  # "is jo running the lab on friday": that day's staff, not the weekly ones
    after = reading.tokens[kind.end : kind.end + 1] in [[w] for w in _AFTER_KIND]
    if not after and not _runs_before(reading.tokens, max(m.end for m in persons), kind.start):
        return None
    return next(iter(people)), kind.ids[0]


def _runs_before(tokens: Sequence[str], person_end: int, kind_start: int) -> bool:
    """Whether the words from the person to the kind say they run it: a word of running, and only small words
    besides ("teaching some of the", "in charge of the")."""
    between = tokens[person_end:kind_start]
    small = all(w in _RUNNING or w in _BETWEEN for w in between)
    # "is jo one of the tutorials": a person is no meeting, so one of the people running them
    return small and (any(w in _RUNNING for w in between) or tuple(between[:2]) == ("one", "of"))


def kind_person_verdict(course: Course, person_id: str, kind: str, *, mended: bool = False) -> tuple[bool, str] | None:
    """Yes or No that the person runs the kind's meetings, naming who does; None when the page names no one, or
    when the Yes would stand on a name the student typed only near the person's (`mended`)."""
    who = course.person(person_id)
    staff = [p for p in (course.person(i) for i in kind_staff(course, kind)) if p is not None]
    name = course.kind_name(kind, plural=True).lower()
    if who is None or not staff:
        return None
    if any(p.id == who.id for p in staff):
        return None if mended else (True, f"{who.name} runs the {name}.")
    return False, f"the {name} are run by {', '.join(p.name for p in staff)} ({who.name} is {_titled(who.role_title)})."


def _titled(title: str) -> str:
    return f"{'an' if title[:1] in 'AEIOU' else 'a'} {title}"
