"""'ps8 gets moved bc of bonifacio day right?', 'is the essay pushed back because of the holiday': whether a day off
moves a deadline. The course page's deadline is the one that holds: No when the day off is not the due day (both
days said), and no plain Yes or No when the work is due on the day off itself (the page gives that day and says
nothing of a move)."""

from __future__ import annotations

import datetime as dt
import re

from bot.core.answer import Stamp, Text, text
from bot.core.timefmt import human_date
from bot.course.model import Assignment, Course
from bot.understand.words.normalize import holds_phrase, phrase_key

# "moved", "gets pushed back", "postponed", "rescheduled", "extended"
_MOVED = re.compile(
    r"\b(?:mov(?:e|ed|es|ing)|push(?:ed|es)?(?:\s+back)?|postpone[ds]?|reschedule[ds]?|extended|shift(?:ed|s)?)\b"
)
# "because of the holiday", "bc of the day off", "for the public holiday": a day off said without its name
_DAY_OFF_WORDS = re.compile(r"\b(?:holidays?|day\s+off|days\s+off|public\s+holiday|no\s+class(?:es)?)\b")
# how near the due day a day off said without its name must be to be the one meant
_NEAR = dt.timedelta(days=3)


def day_off_name(title: str) -> str:
    """A day off's own name, without the schedule's remarks: "Bonifacio Day (regular holiday; no classes)" ->
    "Bonifacio Day"."""
    return re.split(r"\s*[(:;,]", title, maxsplit=1)[0].strip()


def days_off_asked(course: Course, question: str, item: Assignment) -> list[tuple[dt.date, str]]:
    """The course's days off a question about moving the item names (by name), or, named only as "the holiday", the
    ones within a few days of its due day; none when it does not ask whether a day off moves it."""
    lowered = question.lower()
    if not _MOVED.search(lowered):
        return []
    said = phrase_key(question)
    named = [
        (day, day_off_name(title))
        for day, title in sorted(course.days_off.items())
        if (key := phrase_key(day_off_name(title))) and holds_phrase(said, key)
    ]
    if named or not _DAY_OFF_WORDS.search(lowered):
        return named
    due = item.due.astimezone(course.tz).date()
    return [(day, day_off_name(title)) for day, title in sorted(course.days_off.items()) if abs(day - due) <= _NEAR]


def day_off_verdict(course: Course, item: Assignment, days: list[tuple[dt.date, str]]) -> tuple[bool | None, Text]:
    """No (with both days) when none of the days off is the item's due day; no verdict when one is (the page gives
    the deadline on that day and says nothing of a move)."""
    due = item.due.astimezone(course.tz)
    shown = Stamp(due, "F") if not item.due_time_assumed else human_date(due.date())
    on_it = [name for day, name in days if day == due.date()]
    if on_it:
        return None, text(
            f"{item.short} is due ",
            shown,
            f", on {on_it[0]} itself; the course page gives that deadline and does not say it moves.",
        )
    others = "; ".join(f"{name} is {human_date(day)}" for day, name in days)
    return False, text(f"the course page keeps {item.short} due ", shown, f"; {others}, not the due day.")
