"""Class meetings as plain values: kinds named by the course, weekly patterns, and one-off changes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MEETING_CHANGE_KINDS = ("cancel", "move", "extra")

ROOM_NOT_LISTED = "room not listed"  # a meeting's `where` when the page gives neither a room nor a link


@dataclass(frozen=True)
class MeetingKind:
    """A kind of class meeting, in the course's words: lecture, recitation, discussion section, lab..."""

    id: str
    name: str  # "Discussion section"
    plural: str  # "Discussion sections"
    counts_as: str = ""  # another kind this one is a form of ("guest_lecture" counts as "lecture")
    aliases: tuple[str, ...] = ()  # what students call it ("dis", "disc")

    @property
    def group(self) -> str:
        return self.counts_as or self.id


@dataclass(frozen=True)
class Meeting:
    """A weekly class meeting: its kind, weekdays, times, place, and (for sections) its section and staff."""

    id: str
    kind: str
    weekdays: tuple[int, ...]  # 0 = Monday
    start: dt.time
    end: dt.time
    first: dt.date
    last: dt.date
    title: str = ""
    room: str = ""  # "" when the page gives none
    online: str = ""  # a link, for meetings held (also) online
    section: str | None = None  # None: for everyone
    staff: tuple[str, ...] = ()  # person ids
    every: int = 1  # weeks from one meeting to the next: 2 is fortnightly, counted from the week of `first`

    def meets_in_week_of(self, day: dt.date) -> bool:
        """Whether the meeting is held in the week of `day` (always, for a weekly one)."""
        if self.every == 1:
            return True
        weeks = ((day - dt.timedelta(days=day.weekday())) - (self.first - dt.timedelta(days=self.first.weekday()))).days
        return (weeks // 7) % self.every == 0

    @property
    def where(self) -> str:
        places = [p for p in (self.room, f"online: {self.online}" if self.online else "") if p]
        return " and ".join(places) if places else ROOM_NOT_LISTED


@dataclass(frozen=True)
class MeetingChange:
    """A cancelled, moved or extra meeting on some dates (meeting '*' = every meeting of `kind_filter`, or all)."""

    meeting: str
    kind: str
    first: dt.date
    last: dt.date
    reason: str = ""
    start: dt.time | None = None
    end: dt.time | None = None
    room: str = ""
    online: str = ""
    kind_filter: str = ""  # with meeting '*': only meetings of this kind

    def covers(self, meeting: Meeting, day: dt.date) -> bool:
        if not self.first <= day <= self.last:
            return False
        if self.meeting == "*":
            return not self.kind_filter or self.kind_filter == meeting.kind
        return self.meeting == meeting.id
