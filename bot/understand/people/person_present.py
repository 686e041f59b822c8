"""'is dr okafor on campus friday', 'will kim be around tomorrow': whether a person is in on a day counts every
meeting they hold that day (the lectures, sections and labs the data names them for), not only their office hours.
A question naming the office hours ("does okafor have office hours friday") asks of those alone."""

from __future__ import annotations

import datetime as dt
import re

from bot.core.timefmt import human_date, human_time_range
from bot.course.model import Course
from bot.course.occurrences import Occurrence, occurrences_between
from bot.understand.words.help_hours_names import shortened_names
from bot.understand.words.normalize import holds_phrase, phrase_key

# Being somewhere, not holding a session: "on campus", "around", "here" (a bare "is she in" is in her office: her
# office hours)
_PRESENCE = re.compile(r"\b(?:on\s+campus|around|about|here|in\s+(?:town|the\s+building|person))\b")
_GENERIC_HOURS = (("office", "hours"), ("office", "hour"), ("oh",), ("ohs",))


def asks_presence(course: Course, question: str) -> bool:
    """Whether the question asks if someone is on campus or around, without naming the course's help hours ("is
    okafor around friday", not "is okafor's office hour on friday")."""
    low = question.lower()
    if not _PRESENCE.search(low):
        return False
    tokens = phrase_key(low)
    hours = course.help_hours
    names = {phrase_key(n) for n in (hours.name, hours.plural, *hours.aliases) if n.strip()}
    names |= {*_GENERIC_HOURS, *shortened_names(hours)}
    return not any(holds_phrase(tokens, name) for name in names if name)


def meetings_held(course: Course, person_id: str, first: dt.date, last: dt.date) -> list[Occurrence]:
    """The class meetings the person is named for from first to last (held, not cancelled), in time order."""
    return [o for o in occurrences_between(course, first, last) if person_id in o.meeting.staff]


def presence_said(course: Course, held: list[Occurrence]) -> str:
    """ "Lecture Fri Feb 13, 9:05 AM – 9:55 AM in Kessler Hall 120": each meeting, as a student finds it."""
    return "; ".join(
        f"{course.meeting_label(o.kind, o.section)} {human_date(o.start.date())}, "
        f"{human_time_range(o.start.time(), o.end.time())}" + (f" in {o.where}" if o.where else "")
        for o in held
    )
