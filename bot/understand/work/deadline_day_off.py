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
from bot.understand.question.reading import Reading
from bot.understand.question.result import Slots
from bot.understand.words.normalize import holds_phrase, phrase_key

# every question read here holds one of these words (the recognizer row's gate)
NEEDS = frozenset(
    {"move", "moved", "moves", "moving", "push", "pushed", "pushes", "postpone", "postponed", "postpones"}
    | {"reschedule", "rescheduled", "reschedules", "extended", "shift", "shifted", "shifts"}
)

# "moved", "gets pushed back", "postponed", "rescheduled", "extended"
_MOVED = re.compile(
    r"\b(?:mov(?:e|ed|es|ing)|push(?:ed|es)?(?:\s+back)?|postpone[ds]?|reschedule[ds]?|extended|shift(?:ed|s)?)\b"
)
# "because of the holiday", "bc of the day off", "for the public holiday": a day off said without its name
_DAY_OFF_WORDS = re.compile(r"\b(?:holidays?|day\s+off|days\s+off|public\s+holiday|no\s+class(?:es)?)\b")
# how near the due day a day off said without its name must be to be the one meant
_NEAR = dt.timedelta(days=3)


def day_off_moves_asked(course: Course, said: str, reading: Reading) -> Slots | None:
    """ "ps8 gets moved bc of bonifacio day right?": the one item named and the days off the question names, when it
    asks whether they move its deadline; None otherwise."""
    items = reading.ids("assignment")
    if len(items) != 1 or (item := course.assignment(items[0])) is None:
        return None
    return {"assignments": (item.id,)} if days_off_asked(course, said, item) else None


def _own_words(name: str) -> tuple[str, ...]:
    """The words that tell a day off from others ("thanksgiving" of "Thanksgiving break"): its name without a trailing
    word any day off may end with, unless that is all of it."""
    key = phrase_key(name)
    while len(key) > 1 and key[-1] in _GENERIC:
        key = key[:-1]
    return key


# words that end many days off's names: "Thanksgiving break", "Bonifacio Day", "Reading week"
_GENERIC = frozenset({"break", "day", "days", "holiday", "holidays", "recess", "week", "vacation", "weekend"})


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
        if (key := _own_words(day_off_name(title))) and holds_phrase(said, key)
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
    spans: dict[str, list[dt.date]] = {}
    for day, name in days:
        spans.setdefault(name, []).append(day)
    others = "; ".join(
        f"{name} is {human_date(d[0])}" if len(d) == 1 else f"{name} is {human_date(min(d))} to {human_date(max(d))}"
        for name, d in spans.items()
    )
    return False, text(f"the course page keeps {item.short} due ", shown, f"; {others}, not the due day.")
