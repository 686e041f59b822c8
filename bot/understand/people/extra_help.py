"""Extra help sessions named by their reason ("rohan's doubt session on march 6", "the doubt-clearing session
before minor 2"): the course's one-off office-hours sessions whose reason the question names."""

from __future__ import annotations

import calendar
import datetime as dt

from bot.core.timefmt import human_date, human_time
from bot.core.word_forms import fact_stem
from bot.course.model import WEEKDAYS, Course, ScheduleDay
from bot.understand.words.normalize import phrase_key
from bot.understand.words.vocabulary import STOPWORDS

# Words any reason may hold, which name no session of their own ("Extra office hours before Midterm 1").
_GENERIC = frozenset(
    {"extra", "session", "sessions", "office", "hour", "hours", "help", "before", "after", "all", "instead", "place"}
    | {w for d in WEEKDAYS for w in (d, d[:3])}
    | {m.lower() for m in (*calendar.month_name, *calendar.month_abbr) if m}
)
# Words that ask about a session at all ("doubt session", "rohan's doubt-clearing"), with the person's own names.
_SESSION = frozenset({"session", "sessions", "hour", "hours", "oh", "ohs"})


def _naming(course: Course, reason: str) -> set[str]:
    """The words of a reason that name its session: not common words, numbers, or the names of exams and meetings
    (those date it, as "before Minor 2" does, and name other things)."""
    others = {w for e in course.exams for n in (e.title, *e.aliases) for w in phrase_key(n)}
    others |= {w for k in course.meeting_kinds for n in (k.id, k.name, k.plural, *k.aliases) for w in phrase_key(n)}
    return {w for w in phrase_key(reason) if not w.isdigit() and w not in STOPWORDS | _GENERIC | others}


def extra_help_between(course: Course, first: dt.date, last: dt.date, question: str) -> list[str]:
    """The extra office-hours sessions from first to last whose reason the question names, each with its day, time
    and place ("Rohan Mehta, Doubt-clearing session before Minor 2 (Thu Mar 6, 6:00 PM, LHC 201)")."""
    return [line for _, line in _named_sessions(course, first, last, question)]


def sessions_over_rows(course: Course, first: dt.date, question: str, rows: list[ScheduleDay]) -> list[str]:
    """ "when is the midterm review session": the extra sessions from `first` to the term's end whose reason holds
    more of the question's words than any schedule row found for it ("Course review and exam Q&A" holds only
    "review"); none when a row names it as well."""
    asked = {fact_stem(w) for w in phrase_key(question) if w not in STOPWORDS}

    def held(said: str) -> int:
        return len(asked & {fact_stem(w) for w in phrase_key(said)})

    best_row = max((held(" ".join((r.title, *r.keywords))) for r in rows), default=0)
    return [
        line for reason, line in _named_sessions(course, first, course.term_last, question) if held(reason) > best_row
    ]


def _named_sessions(course: Course, first: dt.date, last: dt.date, question: str) -> list[tuple[str, str]]:
    """(reason, line) of each extra office-hours session from first to last whose reason the question names."""
    asked = set(phrase_key(question))
    found = []
    for change in course.oh_changes:
        if change.kind != "extra" or change.last < first or change.first > last or change.start is None:
            continue
        who = course.person(change.person)
        names = set(phrase_key(who.name)) if who is not None else set()
        if not _naming(course, change.reason) & asked or not asked & (_SESSION | names):
            continue
        name = who.name if who is not None else course.help_hours.plural
        place = change.location or ("online" if change.remote else "a place the page does not give")
        day = max(change.first, first)
        found.append(
            (change.reason, f"{name}, {change.reason} ({human_date(day)}, {human_time(change.start)}, {place})")
        )
    return found
