"""Whether the card an answer shows is surely about the one thing a yes/no question names, before a day, a time or a
room the student believes of it is checked against the card ("next seminar is on nov 2 right?", "is essay 2 due
friday", "the midterm's in hall b?").

A belief checked against another thing's card is a confident wrong answer ("is the lab 3 report due thursday"
answered No with the lab meeting's day), so the guard is strict and says no whenever it cannot be sure: the card is
about one assignment, one exam or one kind of class meeting, which the question names by words the course gives
that thing; every other word of the question is a day, a time or a room (read elsewhere), the section the card is
for, or one of the few words a belief is put in ("is", "my", "next", "right", "due"); and the words the student typed
for the thing are not all words of another thing's name too ("quiz 2" while "Quiz 2 retake" is on the page)
unless they are that thing's whole name. A meeting held by several sections at different times is only sure with the
section named.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from bot.course.model import Course
from bot.understand.question.reading import Mention
from bot.understand.words.lexicon import canon_token
from bot.understand.words.normalize import phrase_key
from bot.understand.words.vocabulary import words_of

# The words a belief about a thing's day, time or place is put in, besides the thing, the day and the room:
# "so my next lab is thursday right?", "im in 2b, is our seminar in room 109 correct"
FRAME = words_of(
    """is are its it's it the a an my our i im i'm am we were so right rite ryt correct yeah yea ya yes ok okay
    just checking confirm to on at in next upcoming this due start starts begin begins hey hi quick question wait
    sorry pls please lol u here"""
)
# The kinds of things a card can be about, each a rival reading of the same words
_ITEM_KINDS = frozenset({"assignment", "exam", "kind"})
# Words a student says a section by, right before its name ("im in group b")
_SECTION_WORDS = words_of("section sec group grp")
# Card items of each intent: the slot that names the one thing the card is about, and its kind of mention
_ITEM_SLOTS = {
    "assignment_due": ("assignments", "assignment"),
    "exam": ("exam", "exam"),
    "next_class": ("kind", "kind"),
}


@dataclass(frozen=True)
class CardItem:
    """The one thing a card is about: an assignment, an exam or a kind of class meeting (by id), and the section
    the reading gave it (None when none)."""

    kind: str  # "assignment", "exam" or "kind" (a kind of class meeting)
    id: str
    section: str | None = None


def card_item(intent: str, slots: Mapping[str, Any]) -> CardItem | None:
    """The one thing a card of this reading is about ("Essay 2" of an assignment's due card, "lab" of the next lab's
    card); None for another kind of card, or a card of several things."""
    if intent == "course_fact" and slots.get("fact") == "meeting_place":
        intent = "next_class"  # "is my lab in room 204": where the kind of meeting is held
    if intent not in _ITEM_SLOTS:
        return None
    slot, kind = _ITEM_SLOTS[intent]
    value = slots.get(slot)
    if isinstance(value, tuple | list):
        value = value[0] if len(value) == 1 else None
    if not isinstance(value, str) or not value:
        return None
    section = slots.get("section")
    return CardItem(kind, value, section if isinstance(section, str) and section else None)


def next_due_item(course: Course, intent: str, slots: Mapping[str, Any], shown: Sequence[str]) -> CardItem | None:
    """The one piece of work a "next X due" card shows, once "next" is resolved ("Lab Report 2" of "so the next lab
    report is due feb 2 right"): the card shows one piece of work (`shown`: the names of its parts), an item of the
    series the question names; None when it shows several (two due the same day) or work of no named series."""
    series = slots.get("series")
    if intent != "next_due" or not isinstance(series, tuple | list) or not series or len(shown) != 1:
        return None
    found = [a.id for a in course.assignments if a.id in series and a.title == shown[0]]
    return CardItem("assignment", found[0]) if len(found) == 1 else None


def surely_next_of(
    course: Course,
    tokens: Sequence[str],
    mentions: Sequence[Mention],
    series: Collection[str],
    claimed: Collection[str] = (),
) -> bool:
    """Whether a "next X" card showing one item of `series` (the ids of the work the question's words name) is
    surely what the question asks: the question says "next" and names the series ("lab report", "quiz") and nothing
    else, every other word a belief's own, and no thing outside the series is named by all the words typed for it
    ("next quiz" while a "Quiz retake" exam is on the page)."""
    if "next" not in tokens:
        return False
    own = [m for m in mentions if m.kind == "series"]
    if len(own) != 1:
        return False
    (named,) = own
    if any(not (named.start <= m.start and m.end <= named.end) for m in mentions):
        return False  # another thing named beside the series
    for i, token in enumerate(tokens):
        if not named.start <= i < named.end and token not in FRAME and token not in claimed:
            return False
    said = {canon_token(t) for t in tokens[named.start : named.end]}
    for kind, ids in (
        ("assignment", [a.id for a in course.assignments if a.id not in series]),
        ("exam", [e.id for e in course.exams]),
    ):
        for other in ids:
            if any(said <= {canon_token(w) for w in phrase_key(name)} for name in _names(course, kind, other)):
                return False
    return True


def surely_about(
    course: Course,
    tokens: Sequence[str],
    mentions: Sequence[Mention],
    item: CardItem,
    title: str,
    claimed: Collection[str] = (),
    *,
    place: bool = False,
) -> bool:
    """Whether a card titled `title` about `item` is surely about what the question asks: the question (its
    `tokens` and the `mentions` the reader found, its days and times already taken out) names that thing and
    nothing else, and leaves no word unaccounted for that could name another. `claimed`: the words of the value the
    student states, read by the check itself (a room's "room 204", a bare clock's "10"); `place`: the claim is a
    room (an exam written in several rooms is then only sure with the section named)."""
    own = [m for m in mentions if m.kind == item.kind and m.ids == (item.id,)]
    if not own or not _titled(course, item, title):
        return False
    spans = [(m.start, m.end) for m in own]
    if item.section is not None:
        named = [m for m in mentions if m.kind == "section" and m.ids == (item.section,)]
        # "group b": the word said before the section's name is part of it
        spans += [(m.start - (m.start > 0 and tokens[m.start - 1] in _SECTION_WORDS), m.end) for m in named]
    for m in mentions:
        if not any(_overlaps((m.start, m.end), span) for span in spans):
            return False  # another thing named: a second assignment, a person, a break, a policy
        if m.kind in _ITEM_KINDS and (m.kind, m.ids) != (item.kind, (item.id,)) and not _inside(m, own):
            return False  # the same words read as another thing too ("final": the exam, or the final project)
    for i, token in enumerate(tokens):
        if not any(start <= i < end for start, end in spans) and token not in FRAME and token not in claimed:
            return False  # a word that may name what is really asked ("report", "retake", "review")
    typed = [tuple(canon_token(t) for t in tokens[m.start : m.end]) for m in own]
    return all(_one_named(course, item, words, tokens) for words in typed) and _one_section(course, item, place)


def _inside(mention: Mention, own: Sequence[Mention]) -> bool:
    """Whether a mention is a word inside the thing's own name ("lab" in "lab 3 report"), not the whole of it."""
    return any(
        o.start <= mention.start and mention.end <= o.end and (o.start, o.end) != (mention.start, mention.end)
        for o in own
    )


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _names(course: Course, kind: str, item_id: str) -> tuple[str, ...]:
    """Every name the course gives one thing (its title and aliases)."""
    if kind == "assignment" and (work := course.assignment(item_id)) is not None:
        return (work.title, work.short, *work.aliases)
    if kind == "exam" and (exam := course.exam(item_id)) is not None:
        return (exam.title, *exam.aliases)
    if kind == "kind":
        return tuple(n for k in course.meeting_kinds if k.id == item_id for n in (k.name, k.plural, k.id, *k.aliases))
    return ()


def _titled(course: Course, item: CardItem, title: str) -> bool:
    """Whether the card's title names the item: one of its names' words all stand in it ("Next lab" of the lab)."""
    shown = set(phrase_key(title))
    return any(key and set(key) <= shown for name in _names(course, item.kind, item.id) if (key := phrase_key(name)))


def _one_named(course: Course, item: CardItem, typed: tuple[str, ...], tokens: Sequence[str]) -> bool:
    """Whether the words typed for the thing name it alone: they are one of its whole names, or no other thing's
    name holds them all ("quiz 2" of "Quiz 2" beside "Quiz 2 retake" is its whole name; "lab 3" of "Lab 3 report"
    beside a lab meeting is not). Work named short is only sure when its due day is what is asked ("is lab 3 due")."""
    said = set(typed)
    whole = any(tuple(canon_token(w) for w in phrase_key(n)) == typed for n in _names(course, item.kind, item.id))
    if whole:
        return True
    if item.kind == "assignment" and "due" not in tokens:
        return False
    for kind, ids in (
        ("assignment", [a.id for a in course.assignments]),
        ("exam", [e.id for e in course.exams]),
        ("kind", [k.id for k in course.meeting_kinds]),
    ):
        for other in ids:
            if (kind, other) == (item.kind, item.id):
                continue
            for name in _names(course, kind, other):
                if said <= {canon_token(w) for w in phrase_key(name)}:
                    return False
    return True


def _one_section(course: Course, item: CardItem, place: bool) -> bool:
    """Whether the thing is the same for every student, or the question's section says whose it is: a meeting
    several sections hold at different times or places, or (asked of its room) an exam in several rooms, needs the
    section named."""
    if item.section is not None:
        return True
    if item.kind == "kind":
        return held_alike(course, item.id, place=place)
    if place and item.kind == "exam" and (exam := course.exam(item.id)) is not None:
        return len(exam.rooms) <= 1
    return True


def held_alike(course: Course, kind: str, *, place: bool = False) -> bool:
    """Whether every meeting of a kind is the same for whoever asks: no section holds its own, or all meet at the
    same times and place (`place`: in the same room, whatever their times)."""
    meetings = [m for m in course.meetings if m.kind == kind]
    held = {m.room if place else (m.weekdays, m.start, m.room) for m in meetings}
    return len(held) <= 1 or not any(m.section for m in meetings)
