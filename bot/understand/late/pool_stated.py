"""What a student says of their own late pool in a what-if: "without a token" (the outcome with none used), "i've
already burned all 4 grace days", "no late days left" (none left), "i used 3 of my slip days" (the rest left)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.course.late_policy import Pool
from bot.course.model import Course
from bot.understand.times.time_phrases import NUMBER_WORDS
from bot.understand.words.normalize import phrase_key

# Words any course's students use for late units, besides the course's own name for them.
_GENERIC = ("late days", "late day", "slip days", "slip day", "tokens", "token")
_COUNT = r"(?:\d+(?:\.\d+)?|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"


@dataclass(frozen=True)
class PoolStated:
    """The units left the student states, and how to say it back."""

    left: float
    said: str


def _units(pool: Pool) -> str:
    names = {*_GENERIC, " ".join(phrase_key(pool.name)), " ".join(phrase_key(pool.plural))}
    names |= {pool.name.split()[-1].lower(), pool.plural.split()[-1].lower()}  # "a token" for "late token"
    if _head(pool):
        names.add(_head(pool))  # "without the grace extension" for "grace extension hours"
    return "(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + ")"


@lru_cache(maxsize=64)
def _patterns(units: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """What a student says of their pool, for a course's names of its units: built once per course, not per
    question (see bot.understand.engine.warm)."""
    without = re.compile(
        rf"\b(?:without|w/o|not\s+using|(?:don'?t|do\s+not|won'?t|will\s+not)\s+(?:want\s+to\s+)?use)\s+"
        rf"(?:using\s+)?(?:a|an|any|my|one|the)?\s*(?:\w+\s+)?{units}\b"
    )
    gone = re.compile(
        rf"\b(?:used|burned|burnt|spent|blew|blown|wasted|gone\s+through)\s+(?:up\s+|through\s+)?"
        rf"(?:all|every|both)\s+(?:of\s+)?(?:my\s+|the\s+|our\s+)?(?:{_COUNT}\s+)?(?:of\s+)?(?:my\s+)?{units}\b"
        rf"|\b(?:no|zero|0)\s+(?:more\s+)?{units}\s+(?:left|remaining)\b"
        rf"|\b(?:all|both)\s+(?:of\s+)?my\s+{units}\s+(?:are\s+)?(?:gone|used|spent)\b"
        # "if i have no tokens and ...", "i don't have any late days", "i'm out of slip days"
        rf"|\b(?:have|had|got|with|there\s+are)\s+(?:no|zero|0)\s+(?:more\s+)?{units}\b"
        rf"|\b(?:don'?t|do\s+not|didn'?t)\s+have\s+(?:any\s+)?(?:more\s+)?{units}\b"
        rf"|\b(?:i'?m|i\s+am|am|ran|run|running)\s+out\s+of\s+{units}\b"
    )
    spent = re.compile(rf"\b(?:used|burned|burnt|spent)\s+(?:up\s+)?({_COUNT})\s+(?:of\s+)?(?:my\s+|the\s+)?{units}\b")
    kept = re.compile(rf"\b(?:have|got|with)\s+(?:only\s+|just\s+)?({_COUNT})\s+(?:more\s+)?{units}\s+left\b")
    return without, gone, spent, kept


def _head(pool: Pool) -> str:
    """The pool's name without its unit, when that is a name of its own ("grace extension" of "grace extension
    hour"); empty for a one-word head ("late" of "late day"), which is any sentence's word."""
    words = phrase_key(pool.name)
    return " ".join(words[:-1]) if len(words) > 2 else ""


def _number(word: str) -> float:
    return float(word) if word[0].isdigit() else float(NUMBER_WORDS[word])


# "have i used a grace day", "did we already spend 2 tokens": the use asked about, not told
_ASKED_BEFORE = re.compile(r"\b(?:have|has|did|had)\s+(?:i|we)\s+(?:already\s+|ever\s+|even\s+)?$")


def _asked_not_said(lowered: str, start: int) -> bool:
    """Whether the words of use at `start` are asked ("have i used ..."), not the student's statement."""
    return _ASKED_BEFORE.search(lowered[:start]) is not None


def pool_stated(course: Course, question: str) -> PoolStated | None:
    """The pool the question says the student has, or None when it says nothing of it."""
    pool = course.late.pool
    if pool is None:
        return None
    without, gone, spent_units, kept_units = _patterns(_units(pool))
    lowered = " ".join(question.lower().replace("’", "'").split())
    if without.search(lowered):
        return PoolStated(0.0, f"Without using any {pool.plural}, as you say:")
    found = gone.search(lowered)
    head = _head(pool)
    if found is None and head:
        # "i already used my grace extension": the pool named as one whole, so all of it
        found = re.search(
            rf"\b(?:used|burned|burnt|spent|blew|wasted)\s+(?:up\s+)?(?:my|the|our)\s+{re.escape(head)}\b"
            rf"(?!\s+(?:{re.escape(pool.name.split()[-1].lower())}|{re.escape(pool.plural.split()[-1].lower())})\b)",
            lowered,
        )
    if found and not _asked_not_said(lowered, found.start()):
        return PoolStated(0.0, f"With {pool.words(0)} left, as you say:")
    spent = spent_units.search(lowered)
    if spent is not None and _asked_not_said(lowered, spent.start()):
        spent = None  # "have i used a grace day yet": the asker's own record asked, not told
    kept = kept_units.search(lowered)
    if kept:
        # "if i have 1 token left and ...": that many
        left = _number(kept.group(1))
        return PoolStated(left, f"With {pool.words(left)} left, as you say:")
    if spent and course.grace.total:
        left = max(course.grace.total - units_spent(lowered, spent, _units(pool)), 0.0)
        return PoolStated(left, f"With {pool.words(left)} left, as you say:")
    return None


@lru_cache(maxsize=64)
def _more_spent(units: str) -> re.Pattern[str]:
    """Each further count after the first, on other work: "... on a1 and 1 on a2", "..., 1 on hw2"."""
    return re.compile(
        rf"(?:\s+(?!and\b)[\w-]+){{0,3}}?\s*(?:,|\band\b|&)\s*(?:another\s+)?({_COUNT})\s+(?:more\s+)?"
        rf"(?:{units}\s+)?(?:on|for)\b"
    )


def units_spent(lowered: str, spent: re.Match[str], units: str) -> float:
    """The units a student says they used, from the match of the first count (its group 1): that count and each
    further one on other work after it ("used 2 flex days on a1 and 1 on a2" is 3). `units`: the pattern of the
    units' names the match was found with."""
    total, at = _number(spent.group(1)), spent.end()
    while (more := _more_spent(units).match(lowered, at)) is not None:
        total, at = total + _number(more.group(1)), more.end()
    return total


def spent_on(course: Course, question: str) -> str:
    """The words naming the work the student says their pool went on ("i already used my grace extension on WA1"):
    that work is not the one a what-if asks about. Empty when the question says no such thing."""
    pool = course.late.pool
    if pool is None:
        return ""
    lowered = " ".join(question.lower().replace("’", "'").split())
    found = re.search(
        rf"\b(?:used|burned|burnt|spent|blew|wasted)\s+(?:up\s+)?(?:all\s+)?(?:of\s+)?(?:my|the|our|a|an|one|{_COUNT})?"
        rf"\s*{_units(pool)}\s+(?:on|for)\s+(?P<work>[^,.;?!]+)",
        lowered,
    )
    return found.group("work") if found else ""
