"""'are lectures still in LHC 104?', 'is the lab in room 12 now': a kind of meeting and a room, checked against
where its coming meetings are held (room changes included), not only its weekly room."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from bot.core.answer import Answer, Stamp, text
from bot.course.model import Course
from bot.course.occurrences import occurrences_between
from bot.understand.answering import replies
from bot.understand.meetings.room_names import room_names
from bot.understand.words.normalize import phrase_key

_KIND_IN = re.compile(
    r"^\s*(?:is|are|do|does|will)\s+(?:the\s+|our\s+|my\s+)?(?P<kind>[\w\s-]+?)\s+"
    r"(?:still\s+|now\s+|currently\s+|going\s+to\s+be\s+|be\s+)?(?:meet(?:ing)?\s+|held\s+|happening\s+)?"
    r"(?:in|at)\s+(?P<room>.+?)\s*(?:still|now|anymore|any\s+more)?\s*\??\s*$"
)
_AHEAD = dt.timedelta(days=14)  # the coming meetings that say where the kind is held now


def kind_in_room(course: Course, question: str, rooms: Sequence[str], now: dt.datetime | None) -> Answer | None:
    """Yes when the kind's coming meetings are all in the room named, No with where they are; None when the
    question does not name a kind of meeting and a room of the course, or its meetings are split between rooms."""
    found = _KIND_IN.match(question.lower())
    if found is None or now is None:
        return None
    said = phrase_key(found.group("kind"))
    said_kinds = {said, (*said[:-1], said[-1].removesuffix("s"))} if said else set()
    kind = next(
        (
            k
            for k in course.meeting_kinds
            for n in (k.id.replace("_", " ").replace("-", " "), k.name, k.plural, *k.aliases)
            if phrase_key(n) in said_kinds
        ),
        None,
    )
    said_room = " ".join(phrase_key(found.group("room")))
    room = next((r for r in rooms if said_room in room_names(r)), None)  # "KH-120" of "Kessler Hall 120 (KH-120)"
    if kind is None or room is None:
        return None
    today = now.date()
    coming = [o for o in occurrences_between(course, today, today + _AHEAD, kind=kind.id) if o.end > now]
    if not coming:
        return None
    inside = [o for o in coming if room.casefold() in o.where.casefold()]
    if inside and len(inside) != len(coming):
        return None  # some sections or days there, some not: the meetings answer tells them apart
    first = coming[0]
    plural = course.kind_name(kind.id, plural=True)
    line = text("Next: ", Stamp(first.start, "f"), f" · {first.where}" + (f" ({first.note})" if first.note else ""))
    answer = Answer(title=f"{plural}: {room}", lines=(line,))
    if inside:
        return replies.verdict(answer, True, f"{plural} are held in {room}.")
    elsewhere = ", ".join(dict.fromkeys(o.where for o in coming if o.where)) or "a room the page does not give"
    if first.note:  # a change moved them: say so, and why
        return replies.verdict(answer, False, f"{plural} are now held in {elsewhere} ({first.note}).")
    return replies.verdict(answer, False, f"{plural} are held in {elsewhere}.")
