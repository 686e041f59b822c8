"""Days a what-if's story tells of ("my laptop broke yesterday, if i hand it in at 10am will it count"): a day
already gone, said in a clause of its own, is when the mishap happened, not when the work would be handed in."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from bot.understand.question.reading import Reading
from bot.understand.times.time_phrases import TimePhrase

# Where one clause of a message ends and the next begins.
_CLAUSE_BREAK = re.compile(r"[,;.!?]|\b(?:and|but|so|because|cause|cuz|then|if|when)\b")
_DAY_KINDS = ("day", "moment")
_ADJOINS = re.compile(r"\s*,?\s*(?:at|around|by|@)?\s*")
# "... is due", "due on", "it's due by": the words right before a day that say it is the deadline
_DUE_BEFORE = re.compile(r"\bdue\s+(?:on\s+|by\s+|at\s+|this\s+|next\s+)?$")


# "ps3 was due friday", "quiz 2 closed on monday", "it ended yesterday": the words right before a day that tell it as
# the work's deadline gone by or coming
_CLOSE_BEFORE = re.compile(r"\b(?:due|clos(?:e|es|ed)|ended|shut)\s+(?:on\s+|at\s+|this\s+|last\s+)?$")


def told_as_deadline(r: Reading, phrase: TimePhrase | None) -> bool:
    """Whether a day is told as the work's deadline ("ps3 was due friday and i forgot, can i still turn it in"): the
    story of when it closed, never a day the student would hand it in."""
    return phrase is not None and phrase.kind in _DAY_KINDS and bool(_CLOSE_BEFORE.search(r.text[: phrase.start]))


def _clause(text: str, at: int) -> int:
    return len(_CLAUSE_BREAK.findall(text, 0, at))


def _is_due_day_told(r: Reading, phrase: TimePhrase, today: dt.date) -> bool:
    """ "stage 2 is due monday night, if we submit wednesday afternoon": the day the work is due, told in a clause
    of its own, is the deadline the student knows, not the hand-in day (another day or time asked in another
    clause; a clock alone goes with the day told)."""
    if phrase.kind not in _DAY_KINDS or not _DUE_BEFORE.search(r.text[: phrase.start]):
        return False
    own = _clause(r.text, phrase.start)
    # another day to come asked ("if we submit wednesday"); a clock alone ("if i submit at 11pm") is on the day told,
    # and a day gone by is the story's
    others = [
        t
        for t in r.times
        if t is not phrase and t.kind in _DAY_KINDS and t.first is not None and (t.last or t.first) >= today
    ]
    return bool(others) and all(_clause(r.text, t.start) != own for t in others)


def _is_story_day(r: Reading, phrase: TimePhrase, today: dt.date) -> bool:
    if _is_due_day_told(r, phrase, today):
        return True
    if phrase.kind not in _DAY_KINDS or phrase.first is None or (phrase.last or phrase.first) >= today:
        return False
    # "yesterday, at 11pm": a clock right after the day goes with it, whatever stands between
    if any(_ADJOINS.fullmatch(r.text[phrase.end : t.start]) for t in r.times if t.start >= phrase.end):
        return False
    own = _clause(r.text, phrase.start)
    # A clock time or another day in another clause is the hand-in; a clock in the same clause goes with this day.
    others = [t for t in r.times if t is not phrase and t.kind in ("time", *_DAY_KINDS)]
    return bool(others) and all(_clause(r.text, t.start) != own for t in others)


def without_story_days(r: Reading, today: dt.date) -> Reading:
    """The reading with the days a story tells of left out, so a what-if's hand-in day is one the question asks
    about. A question told in the past ("i submitted it yesterday at 6pm, was it late") keeps every day."""
    if r.past:
        return r
    kept = [t for t in r.times if not _is_story_day(r, t, today)]
    return r if len(kept) == len(r.times) else dataclasses.replace(r, times=kept)


def only_deadline_told(r: Reading) -> bool:
    """Whether every moment of the question is the deadline told ("hw2 is due monday 5pm, how late can i still
    turn it in"): the student restates when the work is due, so there is no hand-in moment to weigh a what-if
    at. A story told in the past ("hw2 was due at 5pm yesterday, ...") is left to the what-if, which reads it, and so
    is a deadline asked Yes or No ("quiz 4 is due saturday night right?"): a belief to check, not a deadline told."""
    moments = [t for t in r.times if t.kind == "moment"]
    return bool(moments) and not r.past and not r.yes_no and all(told_as_deadline(r, t) for t in moments)
