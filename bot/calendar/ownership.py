"""Which program wrote a calendar file: CourseBot marks its own .ics with a PRODID naming the course, so
`coursebot calendar --out` refreshes its own earlier file and never mistakes someone's calendar export for it.

Every calendar program writes its own PRODID (RFC 5545 requires one), so an export from Google or Outlook, even of
a calendar that once imported ours, names that program, not CourseBot.
"""

from __future__ import annotations

import re

# What every .ics file starts with (RFC 5545).
CALENDAR_START = "BEGIN:VCALENDAR"
_PRODID = re.compile(r"^PRODID[;:](.*?)\r?$", re.MULTILINE)


def own_prodid(course_id: str) -> str:
    """The PRODID CourseBot writes into a course's calendar: '-//CourseBot//10-605-s24//EN'."""
    return f"-//CourseBot//{course_id}//EN"


def calendar_maker(head: bytes) -> str | None:
    """The PRODID of the calendar a file starts with ("" when it names none), or None when it is not a calendar.

    `head`: the file's first few kilobytes (a byte-order mark before BEGIN:VCALENDAR is allowed)."""
    text = head.removeprefix(b"\xef\xbb\xbf").decode("utf-8", "replace")
    if not text.startswith(CALENDAR_START):
        return None
    found = _PRODID.search(text)
    return found.group(1).strip() if found else ""


def other_course(maker: str) -> str | None:
    """The course id in another CourseBot calendar's PRODID, or None when CourseBot did not write it."""
    found = re.fullmatch(r"-//CourseBot//(.+)//EN", maker)
    return found.group(1) if found else None
