"""'any public holidays in march where we lose classes', 'are there days in april when we have no class', 'which
weeks have no lectures': the days without class are what is asked (the student gets the days off in that span),
not whether class meets. A plain "is there class in march" or "is there no class on friday" is not this: the days
themselves (or the holidays, the breaks) must be the thing asked about, with the class they take away after them. The
course's own kinds of meetings count as class ("which days in march have no recitation"): their days without one."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from bot.course.model import WEEKDAYS
from bot.understand.times.time_phrases import MONTHS
from bot.understand.words.normalize import holds_fragment

_DAYS = r"days?|weeks?|dates?|holidays?|breaks?|" + "|".join((*MONTHS, *WEEKDAYS, *(d + "s" for d in WEEKDAYS)))
_PLAIN_CLASS = r"class(?:es)?|lectures?|lessons?|sessions?|teaching"
# "which ...", "any ...", "are there any ...": a question for days
_ASKS = r"^(?:(?:so|and|also|hey|hi)\s+)?(?:which|what|any|are\s+there(?:\s+any)?|is\s+there\s+any)\s+"
# "any holidays in march", "which breaks": holidays asked for, whatever else the question says of class
_HOLIDAYS_ASKED = re.compile(
    rf"{_ASKS}(?:(?:public|bank|national|school|university)\s+)?(?:holidays|breaks|days\s+off)\b"
)

# What every match of _asked holds: "no"/"not", "without", "lose"/"losing", "miss", "cancelled", "off"
_NOT_HELD = ("no", "without", "los", "miss", "cancel", "off")


@cache
def _asked(class_words: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The two ways of asking for days without class, with `class_words` (an alternation) where the class stands."""
    class_ = rf"(?:any\s+)?(?:(?:a|an|the)\s+)?(?:{class_words})\b"
    # "no", "do not have", "do we not get", "will not we have": the class not held
    not_held = (
        r"(?:no|without|(?:do|will)\s+(?:not\s+(?:we\s+|i\s+)?|(?:we|i)\s+not\s+)(?:have|get|meet)"
        r"|(?:we|i)\s+(?:do|will)\s+not\s+(?:have|get))\s+"
    )
    # "where we lose classes": the whole class loses it ("days when i miss class" is an absence, not a day off)
    we_lose = r"we\s+(?:will\s+)?(?:lose|losing|miss|missing)\s+"
    cancelled = r"(?:is|are|gets?|will\s+be)\s+(?:cancell?ed|off)\b"
    # "where we lose classes", "when we do not have class", "that there is no lecture", "when class is cancelled"
    taken = rf"(?:(?:{not_held}|{we_lose}){class_}|{class_}\s+{cancelled})"
    clause = rf"(?:without\s+{class_}|(?:where|when|that|with)\s+(?:\w+\s+){{0,3}}?{taken})"
    return (
        re.compile(rf"\b(?:{_DAYS})\s+{clause}"),
        # "which days in april have no class", "what days do we not have class": the days, then their lack of class
        re.compile(
            rf"{_ASKS}(?:\w+\s+)?(?:days|weeks|dates)\b.*?\b(?:(?:have|has|(?:is|are)\s+there)\s+)?{not_held}{class_}"
        ),
    )


@cache
def _kind_words(kinds: tuple[str, ...]) -> str:
    """The course's own words for its kinds of meetings (longest first), as an alternation: once per course."""
    return "|".join(map(re.escape, kinds))


@cache
def _class_words(kinds: tuple[str, ...]) -> str:
    """Plain class and the course's own kinds of meetings, as one alternation: once per course."""
    return "|".join(filter(None, (_PLAIN_CLASS, _kind_words(kinds))))


def days_off_asked(text: str, kinds: Iterable[str] = ()) -> bool:
    """Whether the question (respelled, lowercase) asks for the days without class in a span; `kinds` are the
    course's own words for its kinds of meetings ("recitation", "plenary session"), said where the class stands."""
    if _HOLIDAYS_ASKED.search(text):
        return True
    if not holds_fragment(text, _NOT_HELD):
        return False  # most questions say nothing of class not held
    return any(p.search(text) for p in _asked(_class_words(tuple(kinds))))


def kind_days_off_asked(text: str, kinds: Iterable[str]) -> str | None:
    """The course's word for a kind of meeting whose days without it are asked ("which days in march have no
    recitation": "recitation"), or None when the question says plain class ("no class", "no lessons") or none. A
    course with lectures of its own reads "no lecture" as its lectures: their days, not the term's days off."""
    kinds = tuple(kinds)
    plain = _PLAIN_CLASS if "lecture" not in kinds else _PLAIN_CLASS.replace("lectures?|", "")
    if _HOLIDAYS_ASKED.search(text) or any(p.search(text) for p in _asked(plain)):
        return None  # the plain words: the days without class
    alternation = _kind_words(kinds)
    if not alternation:
        return None
    found = next((m for p in _asked(alternation) if (m := p.search(text)) is not None), None)
    said = re.findall(rf"\b(?:{alternation})\b", found.group(0)) if found is not None else []
    return said[-1] if said else None


def warm_tables(kinds: Iterable[str]) -> None:
    """Build the patterns of a course's kinds of meetings (`kinds`, as the engine's lexicon gives them) now:
    engine.warm calls it at load, so the first student to ask for days without class does not pay for them."""
    kinds = tuple(kinds)
    _asked(_class_words(kinds))
    _asked(_PLAIN_CLASS if "lecture" not in kinds else _PLAIN_CLASS.replace("lectures?|", ""))
    if alternation := _kind_words(kinds):
        _asked(alternation)
