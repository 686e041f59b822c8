"""Named holidays as data, in one place, for every course: the days a student may name by a holiday ("is there class
on good friday", "is memorial day a day off") without the course page naming them.

What is covered: days on the same date every year (Christmas, New Year, Halloween ...) and days whose date moves with
the year by one rule everywhere they are kept (the days of Holy Week and Easter by the Western computus; the US
Monday holidays, Black Friday and Cyber Monday by their nth weekday), in English. The names of the Holy Week and Easter
days off that a course page may title its own rows with are listed in English and in the four languages of the
Western European university systems that close for them (Spanish, French, German, Italian); a course in another
language names them in its schedule, whose own rows always win over these rules. Holidays whose date differs by
country (Labour Day, Thanksgiving) are left to the course's schedule.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot.course.model import Course

# Holidays on the same date every year (a course's own breaks and holidays come from its schedule).
FIXED_HOLIDAYS = {  # in the order tried: "christmas eve" before "christmas"
    r"halloween": (10, 31),
    r"christmas\s+eve": (12, 24),
    r"christmas(?:\s+day)?": (12, 25),
    r"new\s+years?\s+eve": (12, 31),
    r"new\s+years?(?:\s+day)?": (1, 1),
    r"valentines?(?:\s+day)?": (2, 14),
    r"(?:saint|st)\.?\s+(?:patricks?|paddys?|pattys?)(?:\s+day)?|paddys?\s+day": (3, 17),
    r"pi\s+day": (3, 14),
    r"april\s+fools?(?:\s+day)?": (4, 1),
    r"juneteenth": (6, 19),
    r"(?:veterans?|remembrance|armistice)\s+day": (11, 11),  # Nov 11 wherever it is kept (US, Commonwealth, France)
    r"(?:independence\s+day|(?:the\s+)?(?:fourth|4th)\s+of\s+july)": (7, 4),
}


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The nth (1-based; -1 the last) given weekday of a month."""
    if nth < 0:
        last = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


# Named days whose date moves with the year, by the rule that names them everywhere they are said ("black friday" is
# the day after the US Thanksgiving, the fourth Thursday of November): a weekday said with one of these names is that
# day, never the next plain weekday. Holidays whose date differs by country (Labour Day, Thanksgiving) are left to the
# course's own schedule, and so is a bare "easter" (often the Easter break).
FLOATING_HOLIDAYS: dict[str, Callable[[int], dt.date]] = {  # pattern: its rule for a year
    r"black\s+friday": lambda y: _nth_weekday(y, 11, 3, 4) + dt.timedelta(days=1),
    r"cyber\s+monday": lambda y: _nth_weekday(y, 11, 3, 4) + dt.timedelta(days=4),
    r"good\s+friday": lambda y: _easter(y) - dt.timedelta(days=2),
    r"(?:maundy|holy)\s+thursday": lambda y: _easter(y) - dt.timedelta(days=3),
    r"easter\s+monday": lambda y: _easter(y) + dt.timedelta(days=1),
    r"easter\s+sunday": _easter,
    r"ash\s+wednesday": lambda y: _easter(y) - dt.timedelta(days=46),
    r"(?:mlk|martin\s+luther\s+king(?:\s+jr\.?)?)(?:\s+day)?": lambda y: _nth_weekday(y, 1, 0, 3),
    r"presidents?'?\s+day": lambda y: _nth_weekday(y, 2, 0, 3),
    r"memorial\s+day": lambda y: _nth_weekday(y, 5, 0, -1),
}

# The days off of Holy Week and Easter, which students call by Easter whatever the page calls them ("Good Friday",
# "Holy Thursday", "Viernes Santo", "Karfreitag", "Easter Monday"): any of them is named "easter" and "the easter (long)
# weekend". Written as the words of the page's title folded to plain letters ("Pâques" is "paques").
EASTER_DAYS = (
    ("easter",),
    ("good", "friday"),
    ("holy", "thursday"),
    ("maundy", "thursday"),
    ("holy", "saturday"),
    ("holy", "week"),
    # Spanish
    ("semana", "santa"),
    ("jueves", "santo"),
    ("viernes", "santo"),
    ("sabado", "santo"),
    # French
    ("vendredi", "saint"),
    ("paques",),
    # German
    ("karfreitag",),
    ("grundonnerstag",),
    ("ostern",),
    ("ostermontag",),
    # Italian
    ("venerdi", "santo"),
    ("pasqua",),
    ("pasquetta",),
)


# The everyday short forms of a saint whose day is a holiday, said wherever the day is kept: "Paddy's Day" and "St
# Patty's" are how Ireland, Britain and North America name St Patrick's Day. Only forms that stand for the saint's day
# in everyday speech (not every nickname of a first name, which would take a person's name for a holiday).
SAINT_SHORT_NAMES = {"patrick": ("paddy", "patty")}
# As typed, with the possessive's "s" kept or dropped ("paddys day", "paddy day").
SAINT_SHORT_FORMS = tuple(f"{w}{s}" for forms in SAINT_SHORT_NAMES.values() for w in forms for s in ("", "s"))
_SAINT = ("st", "saint")


def holiday_name_forms(names: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The other ways students name a holiday the course titles ("St Patrick's Day"), as word tuples beside its own
    names: "saint" for "st" and back, the name without its "st" ("patrick day"), and a saint's everyday short form
    ("paddy day", "st paddy"). The possessive is already gone from the names (their words are phrase keys)."""
    found: list[tuple[str, ...]] = []

    def add(name: tuple[str, ...]) -> None:
        if name not in names and name not in found:
            found.append(name)

    for name in names:
        if len(name) > 1 and name[0] in _SAINT:
            add((_SAINT[name[0] == "st"], *name[1:]))
            if len(name) > 2:
                add(name[1:])  # "brigid day": the saint's day without the saint
            if len(name) > 2 and name[-1] == "day":
                add(name[:-1])  # "st patrick", "saint brigid": the saint for the saint's day
                add((_SAINT[name[0] == "st"], *name[1:-1]))
    for name in [*names, *found]:
        for i, word in enumerate(name):
            for short in (f"{w}{s}" for w in SAINT_SHORT_NAMES.get(word, ()) for s in ("", "s")):
                add((*name[:i], short, *name[i + 1 :]))  # "paddys day", typed without the apostrophe, kept whole
    return found


# A holiday this close before the term's first day is still the term's ("is mlk day off" two days before classes
# start); one further before it is last year's, and the coming one is meant.
_JUST_BEFORE = dt.timedelta(days=14)


def holiday_in_term(rule: Callable[[int], dt.date], course: Course) -> dt.date:
    """The holiday's day inside the course's term (or in the two weeks before it begins), else its first one after
    the term begins: never one months before the term ("good friday" asked in a fall term is next spring's)."""
    days = sorted(rule(year) for year in range(course.term_first.year - 1, course.term_last.year + 2))
    inside = [day for day in days if course.term_first <= day <= course.term_last]
    if inside:
        return inside[0]
    return next(day for day in days if day >= course.term_first - _JUST_BEFORE)
