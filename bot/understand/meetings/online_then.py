"""'is my t04 tutorial on zoom during e-learning week', 'is lecture online on the 13th': whether the meetings of
those days are held online, read from each day's meeting as changed (a move to Zoom), not the weekly pattern."""

from __future__ import annotations

import datetime as dt

from bot.course.model import Course
from bot.course.occurrences import Occurrence, occurrences_between
from bot.understand.words.normalize import phrase_key

_ONLINE_WORDS = frozenset({"online", "zoom", "remote", "virtual", "teams", "webex"})


def held_online_then(
    course: Course, within: tuple[dt.date, dt.date], kind: str | None, section: str | None
) -> tuple[bool, str] | None:
    """(online, what to say) when every meeting asked about in those days is held the same way; None when none
    meets then, they differ, or the days change nothing (the weekly pattern answers)."""
    kind = None if kind in (None, "class") else kind
    found = list(occurrences_between(course, within[0], within[1], kind=kind, section=section))
    if section is not None:
        found = [o for o in found if o.section == section] or found
    if not found or not any(o.note for o in found):
        return None
    online = {_online(o) for o in found}
    if len(online) != 1:
        return None
    notes = "; ".join(dict.fromkeys(o.note for o in found if o.note))
    how = "online" if online == {True} else "in person"
    return online == {True}, f"it meets {how} then ({notes})."


def _online(o: Occurrence) -> bool:
    if _ONLINE_WORDS & set(phrase_key(o.where)):
        return True
    return bool(o.meeting.online) and not o.meeting.room and o.where in ("", o.meeting.online)
