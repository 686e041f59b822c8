"""Rooms read backwards: "which discussion sections are in Halvorsen Hall 70", "what meets in Quarry Hall 79"."""

from __future__ import annotations

import datetime as dt
import re

from bot.answers.meetings import weekly_text
from bot.answers.places import held_in
from bot.core.answer import Answer, text
from bot.core.kept import Kept
from bot.course.model import Course
from bot.understand.answering import replies
from bot.understand.meetings.kind_in_room import kind_in_room
from bot.understand.meetings.room_names import room_names
from bot.understand.words.normalize import phrase_key

# Asks what is in a place (not when or where something is): "which ... in/at <room>", "what meets in <room>".
_WHAT_IS_IN = re.compile(r"^\s*(?:which|what|whats|what's|who)\b")


def _rooms_of(course: Course) -> tuple[tuple[str, ...], tuple[str, ...]]:
    found = [m.room for m in course.meetings] + [c.room for c in course.meeting_changes]
    found += [r.room for e in course.exams for r in e.rooms] + [e.location for e in course.exams]
    rooms = tuple(p for p in dict.fromkeys(found) if p and p.lower() not in ("unknown", "remote", "online"))
    return rooms, tuple(" ".join(phrase_key(r)) for r in rooms)


# The course's rooms, and each one's words as a question's are keyed: read once per course, not per question.
_ROOMS: Kept[tuple[tuple[str, ...], tuple[str, ...]]] = Kept(size=32)


def _rooms_keyed(course: Course) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return _ROOMS.get(course, "rooms", lambda: _rooms_of(course))


def course_rooms(course: Course) -> tuple[str, ...]:
    """The rooms the course names (its meetings', their changes' and its exams'), read once per course."""
    return _rooms_keyed(course)[0]


# "is 1a in halvorsen hall 70", "does section 1c meet in quarry hall 79": a section's own meetings and a room.
_IS_SECTION_IN = re.compile(r"^\s*(?:is|are|does|do)\s+(?:section\s+|discussion\s+)?(\w+)\s+(?:meet\s+|held\s+)?in\s+")


def section_in_room(course: Course, question: str) -> Answer | None:
    """Yes when the section named meets in the room named (weekly), No with where it meets; None when the question
    does not ask that."""
    found = _IS_SECTION_IN.match(question.lower())
    if found is None:
        return None
    section = next(
        (s for s in course.sections if found.group(1) in (s.id.lower(), *(a.lower() for a in s.aliases))), None
    )
    said = " ".join(phrase_key(question[found.end() :]))
    room = next((r for r in _rooms_keyed(course)[0] if said in room_names(r)), None)
    if section is None or room is None:
        return None
    own = [m for m in course.meetings if m.section == section.id]
    if not own:
        return None
    answer = held_in(course, room, own[0].kind)
    there = [m for m in own if m.room.casefold() == room.casefold()]
    if there:
        return replies.verdict(answer, True, f"{section.name} meets in {room}.")
    elsewhere = ", ".join(dict.fromkeys(m.room for m in own if m.room))
    return replies.verdict(answer, False, f"{section.name} meets in {elsewhere or 'a room the page does not give'}.")


# "on zoom", "online", "remote": held online; the platforms' own names come from the course's links.
_ONLINE = frozenset(
    {"online", "remote", "remotely", "virtual", "virtually", "internet", "video", "zoom", "teams", "webex", "skype"}
)
_ONLINE_TAIL = re.compile(r"\b(?:on|over|via|by|through|in|at)?\s*(\w+)\s*\??\s*$")


def _online_words(course: Course) -> frozenset[str]:
    """The words of being online and the names of the online platforms the course's links are on ("zoom" of
    https://zoom.example/j/1): read once per course, not per question."""
    return _ONLINE_WORDS.get(course, "online", lambda: _ONLINE | _platforms_of(course))


_ONLINE_WORDS: Kept[frozenset[str]] = Kept(size=32)


def _platforms_of(course: Course) -> frozenset[str]:
    links = [m.online for m in course.meetings] + [c.online for c in course.meeting_changes]
    hosts = [re.sub(r"^[a-z]+://(?:www\.)?", "", link.lower()).split("/")[0] for link in links if link]
    return frozenset(h.split(".")[0] for h in hosts if "." in h)


def held_online(course: Course, question: str) -> Answer | None:
    """ "which sections are on zoom": the weekly meetings the course data holds online (of the kind named), or None
    when the question does not ask which things are online."""
    lowered = question.lower()
    found = _ONLINE_TAIL.search(lowered) if _WHAT_IS_IN.match(lowered) else None
    if found is None or found.group(1) not in _online_words(course):
        return None
    words = set(phrase_key(lowered))
    if re.search(r"\b(?:when|time|times|date|day|link|url|where)\b", lowered):
        return None  # "what is the zoom link", "when is the online section": asked of a meeting
    kinds = [
        k for k in course.meeting_kinds if words & {w for n in (k.name, k.plural, *k.aliases) for w in phrase_key(n)}
    ]
    if not kinds and not words & {"section", "sections", "class", "classes", "meeting", "meetings"}:
        return None
    wanted = {k.id for k in kinds} or {m.kind for m in course.meetings}
    lines = [
        text(f"**{course.meeting_label(m.kind, m.section)}**: {weekly_text(m)}")
        for m in course.meetings
        if m.online and m.kind in wanted
    ]
    what = course.kind_name(kinds[0].id, plural=True) if len(kinds) == 1 else "Meetings"
    if not lines:
        return Answer(title="Online", lines=(text(f"The course data holds no {what.lower()} online."),))
    return Answer(title=f"{what} online", lines=tuple(lines))


def _key(name: str) -> tuple[str, ...]:
    return phrase_key(name)


def held_in_question(course: Course, question: str, now: dt.datetime | None = None) -> Answer | None:
    """What the course holds in the room the question names (or online), or None when it does not ask that."""
    if not _WHAT_IS_IN.match(question.lower()):
        return section_in_room(course, question) or kind_in_room(course, question, course_rooms(course), now)
    said = f" {' '.join(phrase_key(question))} "
    rooms = tuple(zip(*_rooms_keyed(course), strict=True))
    room = next((r for r, key in rooms if f" in {key} " in said), None)
    room = room or next((r for r, key in rooms if f" at {key} " in said), None)
    if room is None:
        return held_online(course, question)
    before = said.split(f" {' '.join(phrase_key(room))} ")[0]
    if re.search(r"\b(?:when|time|times|date|day)\b", before):
        return None  # "what time is the lecture in Bayview Auditorium": a time, asked of a meeting
    exam = next(
        (e.id for e in course.exams for n in (e.title, *e.aliases) if f" {' '.join(phrase_key(n))} " in before), None
    )
    if exam is not None:
        return held_in(course, room, exam=exam)  # "which section has the midterm in Halvorsen Hall 100"
    kind = next(
        (
            k.id
            for k in course.meeting_kinds
            for n in (k.name, k.plural, *k.aliases)
            if f" {' '.join(phrase_key(n))} " in before
        ),
        None,
    )
    return held_in(course, room, kind)
