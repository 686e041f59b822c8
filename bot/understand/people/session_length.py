"""'are amara's hours longer the week of the midterm', 'is his consultation shorter on friday': whether a session
then runs longer (or shorter) than the person's weekly ones, Yes with that session and its usual length."""

from __future__ import annotations

import re

from bot.answers.office_hours import Session
from bot.core.timefmt import human_date, human_time_range

# the question as read: "extended" is respelled "extend"
_LONGER = re.compile(r"\b(?:longer|extend(?:ed)?|lengthen(?:ed)?)\b")
_SHORTER = re.compile(r"\b(?:shorter|shorten(?:ed)?|cut short)\b")
# The words that ask it, read as the question's own (not something the page is silent on) with office hours asked.
LENGTH_WORDS = frozenset({"longer", "extend", "extended", "lengthened", "shorter", "shortened"})


def asked_length(question: str) -> str | None:
    """'longer' or 'shorter' when the question asks how a session's length compares with the usual, else None."""
    q = question.lower()
    longer, shorter = bool(_LONGER.search(q)), bool(_SHORTER.search(q))
    if longer == shorter:
        return None  # neither, or both ("longer or shorter"): not a Yes or No on one
    return "longer" if longer else "shorter"


def _minutes(session: Session) -> float:
    return (session.end - session.start).total_seconds() / 60


def _usual_minutes(session: Session) -> list[float]:
    """The lengths of the person's weekly sessions, in minutes."""
    return [
        (slot.end.hour * 60 + slot.end.minute) - (slot.start.hour * 60 + slot.start.minute)
        for slot in session.person.office_hours
    ]


def unusual_length(sessions: list[Session], way: str) -> tuple[list[Session], list[Session]]:
    """The sessions longer (or shorter) than every weekly one of their person, and those compared at all (a person
    without weekly hours has no usual length)."""
    compared = [s for s in sessions if not s.cancelled and _usual_minutes(s)]
    if way == "longer":
        return [s for s in compared if _minutes(s) > max(_usual_minutes(s))], compared
    return [s for s in compared if _minutes(s) < min(_usual_minutes(s))], compared


def length_said(course, found: list[Session]) -> str:
    """'Amara Lindqvist: Wed May 26, 7:00 PM – 9:00 PM (extended help hours ...), 2 hours against 1 hour usually.'"""
    parts = []
    for s in found:
        start, end = s.start.astimezone(course.tz), s.end.astimezone(course.tz)
        usual = _usual_minutes(s)
        usual_said = _length(max(usual) if _minutes(s) > max(usual) else min(usual))
        note = f" ({s.note})" if s.note else ""
        parts.append(
            f"{s.person.name}: {human_date(start.date())}, {human_time_range(start.time(), end.time())}{note}, "
            f"{_length(_minutes(s))} against {usual_said} usually"
        )
    return "; ".join(parts) + "."


def _length(minutes: float) -> str:
    hours, rest = divmod(int(minutes), 60)
    if not rest:
        return f"{hours} hour" + ("s" if hours != 1 else "")
    if not hours:
        return f"{rest} minutes"
    return f"{hours} h {rest} min"
