"""'whats the lecture after the guest talk', 'the studio after the playtest day': a kind of meeting named, then a day
of the schedule (or another meeting) it comes after. The first meeting of that kind after that day is asked, not
the day named (bot.understand.question.slots finds the day it counts from). A day held once for each group ("Drone
mapping day" on Wednesday for one group and Thursday for the other) is one event, counted from its last day."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from bot.course.model import ScheduleDay
from bot.understand.question.reading import Reading

# "are there any more practicals after ...", "is there another tutorial after ...": whether one is held at all
_ANY_MORE = re.compile(r"\b(?:(?:is|are)\s+there\s+(?:any\s+more|any|another|more|a|an|one)|any\s+more)\b")


def after_a_meeting(reading: Reading) -> bool:
    """Whether a kind of meeting is named before a day of the schedule or a meeting that it is asked after."""
    anchors = [m.start for m in reading.mentions if m.kind in ("topic", "kind") and m.relation == "after"]
    if not anchors:
        return False
    return any(m.kind == "kind" and not m.relation and m.start < min(anchors) for m in reading.mentions)


def asks_any_more(question: str) -> bool:
    """Whether a question about the meetings after a day asks if there is one at all (a Yes or No first)."""
    return _ANY_MORE.search(question.lower()) is not None


_ONE_WEEK = dt.timedelta(days=7)


def last_day_of_event(schedule: Sequence[ScheduleDay], held: Sequence[ScheduleDay]) -> dt.date | None:
    """The last day of the event held in the rows a question named on one day (None without any): with the rows of
    the schedule for some groups only that follow it within the week under its title ("Calorimetry lab" Wednesday for
    101, Thursday for 102 and 103), so the meeting after it is never that event again for another group. A row for
    everyone, or a week on, is the event held again."""
    if not held:
        return None
    first = held[0].date
    titles = {r.title.casefold() for r in held}
    if any(not r.sections for r in held):
        return first
    last = first
    for row in sorted(schedule, key=lambda r: r.date):
        if row.date <= first or row.title.casefold() not in titles:
            continue
        if not row.sections or row.date - first >= _ONE_WEEK:
            break
        last = row.date
    return last
