"""Dates, ranges and times inside a sentence: "tomorrow", "next friday", "feb 14", "in april", "last week",
"week 3", "between feb 19 and feb 23", "thursday 2am", "2 hours late".

Read with regular expressions relative to the injected now, in the course's time zone; no dateparser. Text
is expected lowercased with month and weekday abbreviations spelled out (bot.understand.words.normalize does it).
A phrase that names an impossible or far-away moment ("feb 30", "jan 1 0001", "tomorrow 25:00") becomes an
`error` phrase whose message says why: the bot never guesses.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace

from bot.core.word_forms import COUNT_WORDS
from bot.course.model import WEEKDAYS, Course
from bot.understand.times.course_hours import clock_on_course_day
from bot.understand.times.fraction_spans import FRACTION_SPAN, fraction_span
from bot.understand.times.holidays import FIXED_HOLIDAYS, FLOATING_HOLIDAYS, holiday_in_term
from bot.understand.times.titled_weeks import titled_monday

MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
NUMBER_WORDS = COUNT_WORDS
ORDINAL_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
}
# How far from the term a date may be before it is refused as a typo ("2042", "0001"), in years.
YEAR_SLACK = 3
# A month-day without a year means the term's, if it lands this close to the term.
TERM_SLACK = dt.timedelta(days=45)

_HOLIDAYS = "|".join(f"(?:{p})" for p in (*FIXED_HOLIDAYS, *FLOATING_HOLIDAYS))
# A fixed day is the term's (or the nearest year's); a floating one the one inside the term, never one before it.
_HOLIDAY_PATTERNS = tuple(
    (re.compile(rf"^{p}$"), lambda course, today, md=date: dt.date(year_for(md[0], md[1], today, course), *md))
    for p, date in FIXED_HOLIDAYS.items()
) + tuple(
    (re.compile(rf"^{p}$"), lambda course, today, rule=rule: holiday_in_term(rule, course))
    for p, rule in FLOATING_HOLIDAYS.items()
)
_M = "|".join(MONTHS)
_WD = "|".join(WEEKDAYS)
_NUM = r"\d{1,3}|" + "|".join(NUMBER_WORDS)
_ORDW = "|".join(ORDINAL_WORDS)
_NUMW = "|".join(k for k in NUMBER_WORDS if len(k) > 2)
_SFX = r"(?:st|nd|rd|th)?"
# Right after "rest of" or "end of" (fixed-width look-behinds: the text's spaces are single)
_REST_OR_END_OF = r"(?:(?<=\brest of )|(?<=\bend of ))"

# Atomic phrases, tried in this order; the first to claim a stretch of text keeps it.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        ("iso", r"\b(\d{1,4})-(\d{1,2})-(\d{1,2})\b"),
        ("numeric", r"(?<![\d-])(\d{1,2})/(\d{1,2})(?:/(\d{1,4}))?(?![\d/])"),
        ("month_year", rf"\b(?:(in|during|for|of|through|throughout)\s+)?({_M})\s+(\d{{4}})\b"),
        # "before the end of may", "after the start of june": the month's last or first day, with the relation
        (
            "month_edge",
            rf"\b(until|till|by|before|after)\s+the\s+(end|start|beginning)\s+of\s+({_M})\b(?!\s+\d)",
        ),
        # "the first week of april", "the last week in march": a week of a month, not of the term
        (
            "month_week",
            rf"\b(?:the\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|last|final)\s+week\s+(?:of|in)\s+({_M})\b",
        ),
        # "the first two weeks of may", "the last 2 weeks in april": that many weeks from the month's first (or back
        # from its last)
        (
            "month_weeks",
            rf"\b(?:the\s+)?(first|last|final)\s+(two|three|2|3)\s+weeks\s+(?:of|in)\s+({_M})\b",
        ),
        (
            "month_days",
            rf"\b(between\s+|from\s+)?({_M})\.?\s+(\d{{1,2}}){_SFX}\s*(-|–|to|through|thru|until|till|and)\s*"
            rf"(\d{{1,2}}){_SFX}\b(?!\s*(?:[:.]?\d|a\.?m\b|p\.?m\b|(?:st|nd|rd|th)?\s*(?:hours?|days?|weeks?|mins?)))",
        ),
        # "3 november 3:50pm": the number an hour starts with is not the month's day ("november 3" would take it)
        ("month_day", rf"\b({_M})\.?\s+(\d{{1,2}}){_SFX}\b(?![:.]\d|\s*[ap]\.?m\b)(?:,?\s+(\d{{4}})\b)?"),
        # "14 to 17 april", "the 3rd-7th of march": both ends in one month, the month after them
        (
            "days_month",
            rf"\b(between\s+|from\s+)?(?:the\s+)?(\d{{1,2}}){_SFX}\s*(-|–|to|through|thru|until|till|and)\s*"
            rf"(?:the\s+)?(\d{{1,2}}){_SFX}\s+(?:of\s+)?({_M})\b",
        ),
        ("day_month", rf"\b(?:the\s+)?(\d{{1,2}}){_SFX}\s+(?:of\s+)?({_M})\b(?:,?\s+(\d{{4}})\b)?"),
        (
            "days_of_month",
            r"\b(?:from\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s*(?:-|–|to|through|thru|until|till)\s*(?:the\s+)?"
            rf"(\d{{1,2}})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?{_M}\b)",
        ),
        ("day_of_month", r"\b(?:on\s+)?the\s+(\d{1,2})(st|nd|rd|th)\b"),
        # "friday 11th", "wed 9th": the day of the month right after its weekday, with no "the"
        ("day_of_month", r"(?:(?<=day\s)|(?<=\b(?:mon|tue|wed|thu|fri|sat|sun)\s))(\d{1,2})(st|nd|rd|th)\b(?!\s+week)"),
        (
            "relative_day",
            r"\b(?:the\s+)?(day\s+after\s+tomorrow|day\s+before\s+yesterday|today|tonight|tomorrow|yesterday)\b",
        ),
        ("holiday", rf"\b({_HOLIDAYS})\b"),
        ("weekday", rf"\b(?:(this|next|last|coming|past|previous|on|this\s+coming)\s+)?({_WD})s?\b"),
        (
            "term_week",
            r"\bthe\s+(first|last|final)\s+week\s+of\s+(?:the\s+)?(?:class|classes|term|semester|quarter|school|course)\b",
        ),
        # "the last two weeks of class", "the first 3 weeks of the semester": counted from the term's first (or back
        # from its last) day of class, not from today
        (
            "term_weeks",
            r"\b(?:the\s+)?(first|last|final)\s+(two|three|four|2|3|4)\s+weeks\s+of\s+(?:the\s+)?"
            r"(?:class|classes|term|semester|quarter|trimester|school|course|lectures)\b",
        ),
        # "the week after next": two weeks on; "the week before last": two weeks back
        ("named_week", r"\b(?:the\s+)?week\s+(after\s+next|before\s+last)(?:\s+week)?\b"),
        ("named_week", r"\b(this|next|last|previous|past|coming|the\s+following|following)\s+week\b"),
        # "the rest of the week", "by the end of the week": "the" week after "rest of" or "end of" is this one
        ("named_week", rf"{_REST_OR_END_OF}(the)\s+week\b"),
        (
            "week_number",
            # "the first week back after the break" is the week after it, not week 1
            rf"\b(?:the\s+)?(?:week\s+(\d{{1,2}}|{_NUMW})|(\d{{1,2}})(?:st|nd|rd|th)\s+week|({_ORDW})\s+week)\b"
            r"(?!\s+(?:back|after|we|when)\b)"
            r"(?:\s+of\s+(?:the\s+)?(?:term|semester|class|course))?",
        ),
        ("week_of", r"\b(?:the\s+)?week\s+of\b"),
        ("weekend", r"\b(?:(this|next|last|the|over\s+the|on\s+the|coming)\s+)?weekend\b"),
        ("named_month", r"\b(this|next|last|previous)\s+month\b"),
        ("named_month", rf"{_REST_OR_END_OF}(the)\s+month\b"),  # "for the rest of the month": this one
        # "in october and november": two months joined, one after the other, are both
        (
            "month",
            rf"\b(in|during|for|of|through|throughout|until|till|by|before|after|since)\s+({_M})\b(?!\s+\d)"
            rf"(?:\s+(?:and|or|&|\+)\s+(?:in\s+)?({_M})\b(?!\s+\d))?",
        ),
        (
            "term",
            r"\b(?:(?:the\s+)?(?:rest|end)\s+of\s+(?:the\s+|this\s+)?|this\s+|the\s+(?:whole|entire)\s+|all\s+)"
            r"(term|semester)\b",
        ),
        # "a day and a half late", "1.5 hours late": a fraction of a unit, before a whole count takes its number
        ("lateness_part", rf"{FRACTION_SPAN}\s+(?:late|after\s+the\s+deadline|past\s+the\s+deadline|over)\b"),
        (
            "lateness",
            # "a whole week late", "two full days late": the count, its unit stressed
            rf"\b({_NUM})\s*(?:(?:whole|full|entire)\s+)?(minutes?|mins?|hours?|hrs?|days?|weeks?)\s+(late|after\s+the\s+deadline|past\s+the\s+deadline|over)\b",
        ),
        (
            "span",
            rf"\b(?:(?:in|within|over|during|for)\s+)?(?:the\s+)?(?:(next|coming|past|last)\s+)?({_NUM})\s+(days?|weeks?|hours?)\b(?:\s+from\s+now)?",
        ),
        ("clock", r"(?<![\d/:.-])(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)(?![a-z])"),
        ("clock24", r"(?<![\d/:.-])(\d{1,2}):(\d{2})(?![\d:])"),
        ("noon", r"\b(noon|midday|midnight)\b"),
        # "the evening section", "night batch": a daypart naming a cohort of students is its name, not a time
        (
            "daypart",
            r"(?<!good )\b(?:in\s+the\s+|this\s+)?(morning|afternoon|evening|night)s?\b"
            r"(?!\s+(?:sections?|batch(?:es)?|streams?|cohorts?)\b)",
        ),
    )
)


# What each pattern cannot match without (any one of these strings in the text, or a digit): most questions name a
# date one way, and a pattern whose words are absent is skipped without scanning the text for it.
def _any_of(*words: str) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, words)))


_NTH = re.compile(r"\d(?:st|nd|rd|th)")  # "the 3rd", "14th"
_A_MONTH = _any_of(*MONTHS)
_A_WEEK = _any_of("week")
_NEEDS: dict[str, re.Pattern[str]] = {
    "iso": _any_of("-"),
    "numeric": _any_of("/"),
    **dict.fromkeys(
        (
            "month_year",
            "month_edge",
            "month_week",
            "month_weeks",
            "month_days",
            "month_day",
            "days_month",
            "day_month",
            "month",
        ),
        _A_MONTH,
    ),
    "days_of_month": _NTH,
    "day_of_month": _NTH,
    "relative_day": _any_of("today", "tonight", "tomorrow", "yesterday"),
    "holiday": _any_of(
        "halloween",
        "christmas",
        "new",
        "valentine",
        "patrick",
        "paddy",
        "patty",
        "pi",
        "april",
        "juneteenth",
        "veteran",
        "remembrance",
        "armistice",
        "independence",
        "july",
        "black",
        "cyber",
        "good",
        "maundy",
        "holy",
        "easter",
        "ash",
        "mlk",
        "martin",
        "president",
        "memorial",
    ),
    "weekday": _any_of(*WEEKDAYS),
    **dict.fromkeys(("term_week", "term_weeks", "named_week", "week_number", "week_of"), _A_WEEK),
    "weekend": _any_of("weekend"),
    "named_month": _any_of("month"),
    "term": _any_of("term", "semester"),
    **dict.fromkeys(("lateness_part", "lateness"), re.compile(r"\s(?:late|after|past|over)")),  # after a space
    "span": re.compile(r"\s(?:day|week|hour)"),  # "3 days", not "monday"
    "clock": re.compile(r"\d\s*[ap]\.?m"),  # "6pm", "11:59 p.m."
    "clock24": _any_of(":"),
    "noon": _any_of("noon", "midday", "midnight"),
    "daypart": _any_of("morning", "afternoon", "evening", "night"),
}
# Each pattern with what it needs (None: it always runs), in the order tried.
_GATED = tuple((name, pattern, _NEEDS.get(name)) for name, pattern in _PATTERNS)
# Parts of a day as windows of course time; a moment in one ("friday night") is taken at its end, the latest it
# can mean, and the answer shows the time it used.
DAYPARTS = {
    "morning": (dt.time(6, 0), dt.time(12, 0)),
    "afternoon": (dt.time(12, 0), dt.time(17, 0)),
    "evening": (dt.time(17, 0), dt.time(21, 0)),
    "night": (dt.time(18, 0), dt.time(23, 59)),
}
# Anything that could start a phrase below; without one, there is nothing to read.
_MAYBE = re.compile(
    rf"\d|\b(?:{_M}|{_WD}|today|tonight|tomorrow|yesterday|week|weekend|month|term|semester|noon|midday|midnight"
    rf"|{_NUMW}|{_ORDW}|an?\s+(?:day|week|hour|minute)|morning|afternoon|evening|night|{_HOLIDAYS})",
)
_JOIN_RANGE = re.compile(r"^\s*(?:-|–|(?:up\s+)?to|upto|through|thru|until|till|and)\s*$")
_JOIN_MOMENT = re.compile(r"^\s*(?:,|at|on|@|by|around|about)?\s*$")
_BETWEEN = re.compile(r"\b(between|from)\s*$")
_RELATION = re.compile(r"\b(by|before|after|until|till|since|from|during|through|over)\s*$")


@dataclass(frozen=True)
class TimePhrase:
    """One date, range, time of day or lateness found in a sentence.

    kind: day (first == last), range, time (a time of day only), moment (a day and a time), lateness
    (`late` after a deadline), error (`message` says why it cannot be read).
    """

    kind: str
    start: int
    end: int
    first: dt.date | None = None
    last: dt.date | None = None
    time: dt.time | None = None
    late: dt.timedelta | None = None
    label: str = ""
    relation: str = ""  # by | before | after | until | since | during ... as typed before the phrase
    window: tuple[dt.time, dt.time] | None = None  # a part of the day ("afternoon"): its start and end
    other: dt.date | None = None  # another day the words may mean ("next tuesday" said on a Monday: tomorrow)
    grain: str = ""  # day | week | weekend | month | term | span | between | named: how the range was named
    message: str = ""
    bare: bool = False  # a weekday typed alone ("saturday", "on monday"), not "this/next saturday" or a date
    beside: str = ""  # the stretch a weekday was read against ("the friday before spring break"): its id

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1 if self.first and self.last else 0


# "got", "gonna get", "score of", "mark was": a number after these is a mark ("got 8/10"), not a month and day
_MARK_BEFORE = re.compile(
    r"\b(?:got|get|gotten|getting|score|scored|scoring|mark|marked|marks|earn|earned|grade|graded"
    r"|(?:'d|would|could|will|should)\s+have|would've|wouldve)"
    r"\s+(?:an?\s+|like\s+|about\s+|only\s+){0,2}$"
)


class _NotAPhrase(Exception):
    """The pattern matched words that are not a date here; the text is left to the other patterns."""


def _number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word, ORDINAL_WORDS.get(word, 0))


def week_monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def course_week(course: Course, number: int) -> tuple[dt.date, dt.date]:
    """Week `number` of the term (week 1 holds the first scheduled day), Monday to Sunday; the page's own week
    `number` when its schedule titles number the weeks."""
    monday = titled_monday(course, number) or week_monday(course.term_first) + dt.timedelta(weeks=number - 1)
    return monday, monday + dt.timedelta(days=6)


def year_for(month: int, day: int, now: dt.date, course: Course) -> int:
    """The year a month-day without one means: the term's when it lands near the term, else the nearest."""
    for year in dict.fromkeys((course.term_first.year, course.term_last.year)):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if course.term_first - TERM_SLACK <= candidate <= course.term_last + TERM_SLACK:
            return year
    return now.year


class PhraseError(ValueError):
    """A date or time that cannot be (a real day, a time of day, or one near the term)."""


def make_date(year: int, month: int, day: int, course: Course, typed: str) -> dt.date:
    """A real calendar day near the term, or PhraseError saying what is wrong with what was typed."""
    if not 1 <= month <= 12:
        raise PhraseError(f"{typed!r} is not a date: there is no month {month}.")
    low, high = course.term_first.year - YEAR_SLACK, course.term_last.year + YEAR_SLACK
    if not low <= year <= high:
        raise PhraseError(
            f"{typed!r} is far outside {course.term} ({course.term_first:%b} {course.term_first.day} – "
            f"{course.term_last:%b} {course.term_last.day}, {course.term_last.year}); I can look at {low}–{high}."
        )
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise PhraseError(f"{typed!r} is not a date: {MONTHS[month - 1].capitalize()} has no day {day}.")
    return dt.date(year, month, day)


def make_time(hour: int, minute: int, meridiem: str, typed: str) -> dt.time:
    """A time of day, or PhraseError ('25:00', '13pm', '9:75')."""
    meridiem = meridiem.replace(".", "")
    if minute > 59 or (meridiem and not 1 <= hour <= 12) or (not meridiem and hour > 23):
        raise PhraseError(f"{typed!r} is not a time of day. Try '2am', '11:30pm' or '14:00'.")
    if meridiem == "pm" and hour != 12:
        hour += 12
    elif meridiem == "am" and hour == 12:
        hour = 0
    return dt.time(hour, minute)


def _full_year(text: str) -> int:
    year = int(text)
    return 2000 + year if len(text) == 2 else year


def _weekday_day(modifier: str, weekday: int, today: dt.date, past: bool) -> dt.date:
    modifier = " ".join(modifier.split())
    if modifier in ("last", "past", "previous") or (past and modifier in ("", "on")):
        behind = (today.weekday() - weekday) % 7
        if modifier in ("last", "past", "previous") and behind == 0:
            behind = 7
        return today - dt.timedelta(days=behind)
    ahead = (weekday - today.weekday()) % 7
    if modifier == "next" and (ahead == 0 or today.weekday() < weekday):
        # "next tuesday", said on a Monday: Tuesday of next week ("this tuesday" is tomorrow).
        ahead += 7
    return today + dt.timedelta(days=ahead)


_WEEK_OF_MONTH = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3}


def _week_of_month(which: str, month: int, today: dt.date, course: Course) -> dt.date:
    """The Monday of "the first week of april" or "the last week of april": a Monday-to-Sunday week with at least
    three of its weekdays in the month (a month starting on a Thursday starts its first week the Monday after)."""
    year = year_for(month, 1, today, course)
    if which in ("last", "final"):
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        return week_monday(last) - dt.timedelta(weeks=1 if last.weekday() < 2 else 0)
    first = dt.date(year, month, 1)
    monday = week_monday(first) + dt.timedelta(weeks=1 if first.weekday() > 2 else 0)
    return monday + dt.timedelta(weeks=_WEEK_OF_MONTH[which])


def _label_day(day: dt.date) -> str:
    return f"{day:%a %b} {day.day}"


def _month_days(
    month: int, first_dom: int, last_dom: int, today: dt.date, course: Course, typed: str, at: dict[str, int]
) -> TimePhrase:
    """Days of one month from one to the other ("nov 4-8", "14 to 17 april")."""
    year = year_for(month, min(first_dom, 28), today, course)
    first = make_date(year, month, first_dom, course, typed)
    last = make_date(year, month, last_dom, course, typed)
    if last < first:
        raise PhraseError(f"{typed!r}: the range ends before it starts.")
    label = f"{_label_day(first)} – {_label_day(last)}"
    return TimePhrase("range", first=first, last=last, label=label, grain="between", **at)


def _atom(name: str, m: re.Match[str], today: dt.date, course: Course, past: bool, course_day: bool) -> TimePhrase:
    """One atomic phrase; raises PhraseError for impossible dates and times."""
    typed = m.group(0).strip()
    g = m.groups()
    at = {"start": m.start(), "end": m.end()}
    if name == "iso":
        day = make_date(int(g[0]), int(g[1]), int(g[2]), course, typed)
        return TimePhrase("day", first=day, last=day, label=_label_day(day), grain="day", **at)
    if name == "numeric":
        first_n, second_n = int(g[0]), int(g[1])
        if not g[2] and (min(first_n, second_n) > 12 or _MARK_BEFORE.search(m.string[: m.start()])):
            raise _NotAPhrase  # "got 40/50", "we'd have 17/20": a mark out of a maximum, not a day
        month, dom = (second_n, first_n) if first_n > 12 >= second_n else (first_n, second_n)
        year = _full_year(g[2]) if g[2] else year_for(month, min(dom, 28), today, course)
        day = make_date(year, month, dom, course, typed)
        return TimePhrase("day", first=day, last=day, label=_label_day(day), grain="day", **at)
    if name == "month_year":
        month = MONTHS.index(g[1]) + 1
        first = make_date(int(g[2]), month, 1, course, typed)
        last = first.replace(day=calendar.monthrange(first.year, month)[1])
        return TimePhrase("range", first=first, last=last, label=f"in {first:%B %Y}", grain="month", **at)
    if name == "month_edge":
        # "before the end of may" is by its last day; "before the start of may", "after the start of may" by its first
        month = MONTHS.index(g[2]) + 1
        first = dt.date(year_for(month, 1, today, course), month, 1)
        end = g[1] == "end"
        day = first.replace(day=calendar.monthrange(first.year, month)[1]) if end else first
        relation = "by" if end and g[0] == "before" else {"till": "until"}.get(g[0], g[0])
        label = f"the {'end' if end else 'start'} of {first:%B}"
        return TimePhrase("day", first=day, last=day, label=label, relation=relation, grain="day", **at)
    if name == "month_day":
        month = MONTHS.index(g[0]) + 1
        dom = int(g[1])
        year = int(g[2]) if g[2] else year_for(month, min(dom, 28), today, course)
        day = make_date(year, month, dom, course, typed)
        return TimePhrase("day", first=day, last=day, label=_label_day(day), grain="day", **at)
    if name == "month_days":
        # "nov 4-8", "between march 11 and 15": both ends in one month
        if g[3] == "and" and not g[0]:
            raise _NotAPhrase
        return _month_days(MONTHS.index(g[1]) + 1, int(g[2]), int(g[4]), today, course, typed, at)
    if name == "days_month":
        if g[2] == "and" and not g[0]:
            raise _NotAPhrase  # "hw 2 and 3 march": not a span
        return _month_days(MONTHS.index(g[4]) + 1, int(g[1]), int(g[3]), today, course, typed, at)
    if name == "day_month":
        month = MONTHS.index(g[1]) + 1
        dom = int(g[0])
        year = int(g[2]) if g[2] else year_for(month, min(dom, 28), today, course)
        day = make_date(year, month, dom, course, typed)
        return TimePhrase("day", first=day, last=day, label=_label_day(day), grain="day", **at)
    if name == "days_of_month":
        # "5th-9th", "the 28th to the 2nd": the next such days from today, the second after the first
        first_dom, last_dom = int(g[0]), int(g[1])
        year, month = today.year, today.month
        if first_dom < today.day and not past:
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        first = make_date(year, month, first_dom, course, typed)
        if last_dom < first_dom:
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        last = make_date(year, month, last_dom, course, typed)
        return TimePhrase(
            "range", first=first, last=last, label=f"{_label_day(first)} – {_label_day(last)}", grain="between", **at
        )
    if name == "day_of_month":
        # "the 3rd" with no month: the next 3rd from today (this month's when it is still to come, or asked of the past)
        year, month = today.year, today.month
        if int(g[0]) < today.day and not past:
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        day = make_date(year, month, int(g[0]), course, typed)
        return TimePhrase("day", first=day, last=day, label=_label_day(day), grain="day", **at)
    if name == "holiday":
        day_of = next(found for pattern, found in _HOLIDAY_PATTERNS if pattern.match(" ".join(g[0].split())))
        near = day_of(course, today)
        day = make_date(near.year, near.month, near.day, course, typed)
        return TimePhrase("day", first=day, last=day, label=_label_day(day), grain="day", **at)
    if name == "relative_day":
        word = " ".join(g[0].split())
        offset = {
            "today": 0,
            "tonight": 0,
            "tomorrow": 1,
            "yesterday": -1,
            "day after tomorrow": 2,
            "day before yesterday": -2,
        }[word]
        day = today + dt.timedelta(days=offset)
        label = word if word in ("today", "tonight", "tomorrow", "yesterday") else _label_day(day)
        window = DAYPARTS["night"] if word == "tonight" else None  # "office hours tonight": this evening's
        return TimePhrase("day", first=day, last=day, label=label, grain="day", window=window, **at)
    if name == "weekday":
        day = _weekday_day(g[0] or "", WEEKDAYS.index(g[1]), today, past)
        # Some say "next tuesday" for the coming one: it is kept as the other reading, for answers that can show both.
        sooner = day - dt.timedelta(days=7)
        other = sooner if (g[0] or "") == "next" and sooner > today else None
        bare = (g[0] or "") in ("", "on")
        return TimePhrase(
            "day", first=day, last=day, label=_label_day(day), grain="weekday", other=other, bare=bare, **at
        )
    if name == "term_week":
        class_days = [r.date for r in course.schedule if r.has_class and not r.exam_id] or [
            course.term_first,
            course.term_last,
        ]
        monday = week_monday(min(class_days) if g[0] == "first" else max(class_days))
        label = f"the {'first' if g[0] == 'first' else 'last'} week of the term"
        return TimePhrase("range", first=monday, last=monday + dt.timedelta(days=6), label=label, grain="week", **at)
    if name == "term_weeks":
        class_days = [r.date for r in course.schedule if r.has_class and not r.exam_id] or [
            course.term_first,
            course.term_last,
        ]
        count = _number(g[1])
        which = "first" if g[0] == "first" else "last"
        if which == "first":
            first = week_monday(min(class_days))
            last = first + dt.timedelta(weeks=count, days=-1)
        else:
            last = week_monday(max(class_days)) + dt.timedelta(days=6)
            first = last - dt.timedelta(weeks=count, days=-1)
        label = f"the {which} {count} weeks of the term"
        return TimePhrase("range", first=first, last=last, label=label, grain="between", **at)
    if name == "named_week":
        word = " ".join(g[0].split())
        offsets = {"this": 0, "the": 0, "coming": 0, "next": 7, "following": 7, "the following": 7, "after next": 14}
        offset = offsets.get(word, -14 if word == "before last" else -7)
        monday = week_monday(today) + dt.timedelta(days=offset)
        label = {
            0: "this week",
            7: "next week",
            -7: "last week",
            14: "the week after next",
            -14: "the week before last",
        }[offset]
        return TimePhrase("range", first=monday, last=monday + dt.timedelta(days=6), label=label, grain="week", **at)
    if name == "week_of":
        return TimePhrase("week_of", **at)
    if name == "week_number":
        number = _number(g[0] or g[1] or g[2])
        if not 1 <= number <= 30:
            raise PhraseError(f"{typed!r}: the term has no week {number}.")
        first, last = course_week(course, number)
        return TimePhrase("range", first=first, last=last, label=f"week {number}", grain="week", **at)
    if name == "weekend":
        word = " ".join((g[0] or "").split())
        saturday = today + dt.timedelta(days=(5 - today.weekday()) % 7)
        if today.weekday() == 6:
            saturday = today - dt.timedelta(days=1)
        if word == "next":
            saturday += dt.timedelta(days=7)
        elif word == "last" or (past and word in ("", "the", "over the", "on the")):
            saturday = today - dt.timedelta(days=(today.weekday() - 5) % 7 or 7)
        label = f"the weekend of {_label_day(saturday)}"
        return TimePhrase(
            "range", first=saturday, last=saturday + dt.timedelta(days=1), label=label, grain="weekend", **at
        )
    if name == "named_month":
        shift = {"this": 0, "the": 0, "next": 1}.get(g[0], -1)
        index = today.year * 12 + today.month - 1 + shift
        first = dt.date(index // 12, index % 12 + 1, 1)
        last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
        label = {0: "this month", 1: "next month", -1: "last month"}[shift]
        return TimePhrase("range", first=first, last=last, label=label, grain="month", **at)
    if name == "month_week":
        monday = _week_of_month(g[0], MONTHS.index(g[1]) + 1, today, course)
        return TimePhrase(
            "range",
            first=monday,
            last=monday + dt.timedelta(days=6),
            label=f"the {g[0]} week of {MONTHS[MONTHS.index(g[1])].capitalize()}",
            grain="week",
            **at,
        )
    if name == "month_weeks":
        count = {"two": 2, "three": 3}.get(g[1]) or int(g[1])
        month = MONTHS.index(g[2]) + 1
        edge = _week_of_month(g[0], month, today, course)
        first = edge if g[0] == "first" else edge - dt.timedelta(weeks=count - 1)
        name_ = MONTHS[month - 1].capitalize()
        return TimePhrase(
            "range",
            first=first,
            last=first + dt.timedelta(days=7 * count - 1),
            label=f"the {g[0]} {count} weeks of {name_}",
            grain="week",
            **at,
        )
    if name == "month":
        month = MONTHS.index(g[1]) + 1
        year = year_for(month, 1, today, course)
        first = dt.date(year, month, 1)
        last = first.replace(day=calendar.monthrange(year, month)[1])
        relation = {"until": "until", "till": "until", "by": "by", "before": "before", "after": "after"}.get(g[0], "")
        relation = relation or ("since" if g[0] == "since" else "")
        if relation in ("until", "before") and first > today:
            # "due before june": the days up to the month; "from now until june" may mean through it, so it is shown
            end = first - dt.timedelta(days=1) if relation == "before" else last
            label = f"before {first:%B}" if relation == "before" else f"from now through {first:%B}"
            return TimePhrase("range", first=today, last=end, label=label, grain="between", **at)
        joined = MONTHS.index(g[2]) + 1 if g[2] and not relation else None
        if joined is not None and (joined - month) % 12 in (1, 11):  # the month just after or just before
            other = dt.date(year_for(joined, 1, today, course), joined, 1)
            first, last = min(first, other), max(last, other.replace(day=calendar.monthrange(other.year, joined)[1]))
            label = f"in {first:%B} and {last:%B}"
            return TimePhrase("range", first=first, last=last, label=label, grain="between", **at)
        return TimePhrase(
            "range", first=first, last=last, label=f"in {first:%B}", relation=relation, grain="month", **at
        )
    if name == "term":
        last = max(course.term_last, today)
        rest = "rest" in typed or "end" in typed  # "the rest of the term", "by the end of the semester"
        first = min(today, course.term_last) if rest else course.term_first
        label = "for the rest of the term" if rest else f"in {course.term}"
        return TimePhrase("range", first=first, last=last, label=label, grain="term", **at)
    if name == "span":
        count = _number(g[1])
        unit = g[2].rstrip("s")
        if count == 0:
            raise PhraseError(f"{typed!r}: pick at least one {unit}.")
        if count > 400:
            raise PhraseError(f"{typed!r} reaches far outside {course.term}.")
        days = count * 7 if unit == "week" else (count if unit == "day" else 0)
        if (g[0] or "") in ("past", "last"):
            first, last = today - dt.timedelta(days=days), today
            label = f"in the last {count} {unit}{'s' if count != 1 else ''}"
        else:
            first, last = today, today + dt.timedelta(days=days)
            label = f"in the next {count} {unit}{'s' if count != 1 else ''}"
        hours = count if unit == "hour" else None
        return TimePhrase(
            "range",
            first=first,
            last=last,
            label=label,
            grain="span",
            late=dt.timedelta(hours=hours) if hours else None,
            **at,
        )
    if name == "lateness_part":
        return TimePhrase("lateness", late=fraction_span(typed), label=typed, **at)
    if name == "lateness":
        count = _number(g[0])
        unit = g[1][0]
        delta = {"m": dt.timedelta(minutes=count), "h": dt.timedelta(hours=count), "d": dt.timedelta(days=count)}.get(
            unit, dt.timedelta(weeks=count)
        )
        return TimePhrase("lateness", late=delta, label=typed, **at)
    if name == "clock":
        if g[2] == "am" and not g[1] and not 1 <= int(g[0]) <= 12 and _AM_I.match(m.string, m.end()):
            raise _NotAPhrase  # "my overall is 57 am i passing": a number, then the verb, not a clock
        time = make_time(int(g[0]), int(g[1] or 0), g[2], typed)
        return TimePhrase("time", time=time, label=typed, **at)
    if name == "clock24":
        time = make_time(int(g[0]), int(g[1]), "", typed)
        if course_day and not g[0].startswith("0"):
            # a student's "monday 5:00": no AM or PM typed, the reading inside the course's day ("05:00" is typed as
            # meant; staff times are read as typed)
            time = clock_on_course_day(course, time.hour, time.minute)
        return TimePhrase("time", time=time, label=typed, **at)
    if name == "noon":
        time = dt.time(0, 0) if g[0] == "midnight" else dt.time(12, 0)
        return TimePhrase("time", time=time, label=g[0], **at)
    if name == "daypart":
        window = DAYPARTS[g[0]]
        return TimePhrase("time", time=window[1], label=g[0], window=window, **at)
    raise AssertionError(name)


def find_phrases(
    text: str, now: dt.datetime, course: Course, *, past: bool = False, course_day: bool = False
) -> list[TimePhrase]:
    """Every date, range, time and lateness in `text`, in order, with neighbours joined.

    course_day: a clock without AM or PM ("5:00") is read inside the course's day (a student's question), not as a
    24-hour clock (a staff time, read exactly as typed).

    "between feb 19 and feb 23" is one range; "thursday 2am" one moment; "the week of march 25" one week;
    "by friday" a day with relation "by". Impossible values come back as error phrases.
    """
    if not _MAYBE.search(text):
        return []  # most questions name no date: one search instead of every pattern
    today = now.astimezone(course.tz).date()
    taken = [False] * len(text)
    atoms: list[TimePhrase] = []
    present: dict[re.Pattern[str], bool] = {}  # each need looked for once, however many patterns share it
    for name, pattern, needs in _GATED:
        if needs is not None:
            if (there := present.get(needs)) is None:
                there = present[needs] = needs.search(text) is not None
            if not there:
                continue
        for m in pattern.finditer(text):
            if any(taken[m.start() : m.end()]):
                continue
            try:
                phrase = _atom(name, m, today, course, past, course_day)
            except _NotAPhrase:
                continue
            except PhraseError as err:
                phrase = TimePhrase("error", m.start(), m.end(), label=m.group(0).strip(), message=str(err))
            except (ValueError, OverflowError):
                phrase = TimePhrase(
                    "error",
                    m.start(),
                    m.end(),
                    label=m.group(0).strip(),
                    message=f"{m.group(0).strip()!r} is not a date.",
                )
            for i in range(m.start(), m.end()):
                taken[i] = True
            atoms.append(phrase)
    widened = [_hour_in_window(text, p) for p in atoms]
    # "afternoon at 3:30": the clock read into the part of the day is not a time of its own too
    atoms = sorted(
        (
            p
            for p in widened
            if not any(o.start <= p.start and p.end <= o.end and o.end - o.start > p.end - p.start for o in widened)
        ),
        key=lambda p: p.start,
    )
    return [
        _from_now(text, p, today)
        for p in _weekday_of_week(text, _join(text, atoms))
        # "the two weeks after spring break" counts from the break, not from now: the reader relates it.
        if not (p.grain == "span" and _ANCHORED.match(text, p.end))
    ]


# "57 am i passing": "am" with the pronoun after it is the verb
_AM_I = re.compile(r"\s+i\b")
_ANCHORED = re.compile(r"\s+(?:after|before|following)\b")
# Between a weekday and the week it is in: a few words of one thing ("friday site visit next week"), not a list
# ("friday and next week", "friday, or next week").
_SAME_THING = re.compile(r"^(?:\s*(?!and\b|or\b|but\b|then\b|also\b)[\w'-]+){0,3}\s*$")


def _weekday_of_week(text: str, phrases: list[TimePhrase]) -> list[TimePhrase]:
    """A weekday typed alone beside a week ("friday next week", "is there a friday site visit next week", "next week
    on tuesday"): that weekday of the week named, not the coming one."""
    weeks = [p for p in phrases if p.kind == "range" and p.grain == "week" and not p.relation and p.first]
    if len(weeks) != 1:
        return phrases
    week = weeks[0]
    out = []
    for p in phrases:
        if p.kind in ("day", "moment") and p.bare and p.grain in ("weekday", "day") and p.first is not None:
            gap = text[p.end : week.start] if p.end <= week.start else text[week.end : p.start]
            if not week.first <= p.first <= week.last and _SAME_THING.match(gap):
                day = week.first + dt.timedelta(days=(p.first.weekday() - week.first.weekday()) % 7)
                if day <= week.last:
                    label = p.label.replace(_label_day(p.first), _label_day(day), 1)
                    p = replace(p, first=day, last=day, label=label, bare=False, other=None)
        out.append(p)
    return out


# "saturday evening around 6", "friday morning at 10": an hour with no am/pm beside a part of the day is in it.
_HOUR_AFTER = re.compile(
    r"^\s*,?\s*(?:at|around|about|by|like|~)?\s*(\d{1,2})(?::(\d{2}))?(?:\s*ish)?"
    r"(?!\s*(?:%|percent|hours?|hrs?|h\b|days?|minutes?|mins?|weeks?|am\b|pm\b|a\.m|p\.m|st\b|nd\b|rd\b|th\b|[\d:/.-]))"
)
_HOUR_BEFORE = re.compile(r"\b(?:at|around|about|by|~)\s+(\d{1,2})(?::(\d{2}))?(?:\s*ish)?\s+$")


def _hour_in_window(text: str, phrase: TimePhrase) -> TimePhrase:
    """The phrase with a bare hour typed beside its part of the day read into it ("evening around 6" is 6 PM)."""
    if phrase.window is None or phrase.kind != "time":
        return phrase
    after = _HOUR_AFTER.match(text[phrase.end :])
    before = None if after else _HOUR_BEFORE.search(text[: phrase.start])
    found = after or before
    if found is None:
        return phrase
    hour, minute = int(found.group(1)), int(found.group(2) or 0)
    if hour > 12 or minute > 59:
        return phrase
    start, end = phrase.window
    fits = [t for h in dict.fromkeys((hour % 12, hour % 12 + 12)) if start <= (t := dt.time(h % 24, minute)) <= end]
    if not fits:
        return phrase
    span = (phrase.start, phrase.end + found.end()) if after else (found.start(), phrase.end)
    return replace(
        phrase, start=span[0], end=span[1], time=fits[0], window=None, label=f"{phrase.label} {fits[0]:%-I:%M %p}"
    )


# "between now and the end of april", "from today until friday", "the rest of april": from today to that day's end.
_FROM_NOW = re.compile(
    r"\b(?:between\s+(?:now|today)\s+and|(?:from\s+)?(?:now|today)\s+(?:(?:up\s+)?(?:until|till|til|to)|upto|through|thru))"
    r"\s+(?:the\s+)?(?:end\s+(?:of\s+)?)?$"
    r"|\b(?:the\s+)?rest\s+(?:of\s+)?(?:the\s+)?$"
)


def _from_now(text: str, phrase: TimePhrase, today: dt.date) -> TimePhrase:
    found = _FROM_NOW.search(text[: phrase.start])
    if found is None or phrase.kind not in ("day", "range") or phrase.last is None or phrase.last < today:
        return phrase
    label = f"between now and {_label_day(phrase.last)}"
    return replace(phrase, kind="range", start=found.start(), first=today, label=label, grain="between", relation="")


_DAY_ONLY = re.compile(r"^(?:on\s+)?the\s+\d{1,2}(?:st|nd|rd|th)$")


def _month_with(dated: TimePhrase, named: TimePhrase, text: str) -> TimePhrase:
    """ "wednesday the 2nd" with no month: the month (from the one read on) whose 2nd is a Wednesday."""
    if not _DAY_ONLY.match(text[dated.start : dated.end].strip()) or dated.first is None or named.first is None:
        return dated
    day, wanted = dated.first, named.first.weekday()
    for months in range(12):
        year, month = divmod(day.month - 1 + months, 12)
        try:
            candidate = day.replace(year=day.year + year, month=month + 1)
        except ValueError:
            continue  # no 31st that month
        if candidate.weekday() == wanted:
            return replace(dated, first=candidate, last=candidate, label=_label_day(candidate))
    return dated


def _bare_before(first: dt.date, last: dt.date, last_typed: str) -> dt.date:
    """ "from the 3rd to the 8th of april": the bare first day in the month of the last (or the month before, "the
    28th to the 3rd of may"); with both bare, the first as read."""
    if _DAY_ONLY.match(last_typed):
        return first
    for back in (0, 1):
        year, month = divmod(last.year * 12 + last.month - 1 - back, 12)
        try:
            candidate = dt.date(year, month + 1, first.day)
        except ValueError:
            continue
        if candidate <= last:
            return candidate
    return first


def _join(text: str, atoms: list[TimePhrase]) -> list[TimePhrase]:
    atoms = list(atoms)  # a joined day may stand in for its parts, to be joined with its time
    out: list[TimePhrase] = []
    i = 0
    while i < len(atoms):
        phrase = atoms[i]
        following = atoms[i + 1] if i + 1 < len(atoms) else None
        gap = text[phrase.end : following.start] if following else ""
        # "the week of march 25"
        if phrase.kind == "week_of":
            if following and following.kind == "day" and not gap.strip():
                monday = week_monday(following.first)
                out.append(
                    TimePhrase(
                        "range",
                        phrase.start,
                        following.end,
                        first=monday,
                        last=monday + dt.timedelta(days=6),
                        label=f"the week of {_label_day(monday)}",
                        grain="week",
                    )
                )
                i += 2
            else:
                i += 1
            continue
        # "wednesday feb 28", "feb 28 (wed)": the date says which day; the weekday only describes it.
        if (
            following
            and phrase.kind == "day"
            and following.kind == "day"
            and "weekday" in (phrase.grain, following.grain)
            and phrase.grain != following.grain
            and re.fullmatch(r"[\s,(]*", gap)
        ):
            dated = following if phrase.grain == "weekday" else phrase
            named = phrase if phrase.grain == "weekday" else following
            dated = _month_with(dated, named, text)
            dated = replace(dated, start=phrase.start, end=following.end, relation=_relation(text, phrase.start))
            clock = atoms[i + 2] if i + 2 < len(atoms) else None
            if clock is not None and clock.kind == "time" and _JOIN_MOMENT.match(text[dated.end : clock.start]):
                # "friday the 5th around noon": one moment, read with its time as "friday around noon" is
                atoms[i + 1] = dated
                i += 1
                continue
            out.append(dated)
            i += 2
            continue
        # "between feb 19 and feb 23", "feb 19 - 23", "from monday to wednesday"
        if (
            following
            and phrase.kind == "day"
            and following.kind == "day"
            and _JOIN_RANGE.match(gap)
            and (gap.strip() != "and" or _BETWEEN.search(text[: phrase.start]))
        ):
            first, last = phrase.first, following.last
            if _DAY_ONLY.match(text[phrase.start : phrase.end].strip()) and first is not None and last is not None:
                first = _bare_before(first, last, text[following.start : following.end].strip())
            if last >= first:
                between = _BETWEEN.search(text[: phrase.start])
                out.append(
                    TimePhrase(
                        "range",
                        between.start() if between else phrase.start,
                        following.end,
                        first=first,
                        last=last,
                        label=f"{_label_day(first)} – {_label_day(last)}",
                        # its own first and last day, not a length counted from now as "the next 3 days" is
                        grain="between",
                    )
                )
                i += 2
                continue
        # "thursday 2am", "2am thursday", "march 14 at 11pm"
        if following and {phrase.kind, following.kind} == {"day", "time"} and _JOIN_MOMENT.match(gap):
            day, clock = (phrase, following) if phrase.kind == "day" else (following, phrase)
            out.append(
                TimePhrase(
                    "moment",
                    phrase.start,
                    following.end,
                    first=day.first,
                    last=day.first,
                    time=clock.time,
                    label=f"{day.label} {clock.label}",
                    relation=_relation(text, phrase.start),
                    grain="day",
                    window=clock.window,
                    bare=day.bare,
                )
            )
            i += 2
            continue
        if phrase.kind in ("day", "range", "time") and not phrase.relation:
            phrase = replace(phrase, relation=_relation(text, phrase.start))
        out.append(phrase)
        i += 1
    return out


def _relation(text: str, start: int) -> str:
    found = _RELATION.search(text[max(0, start - 12) : start])
    if not found:
        return ""
    word = found.group(1)
    return {"till": "until", "through": "until", "from": "since", "over": "during"}.get(word, word)


# "get back from", "come back from", "return from": the time after a period, said as the class's return
_BACK_FROM = (("back", "from"), ("back", "after"), ("return", "from"), ("returning", "from"), ("returned", "from"))
_WEEK_WORDS = frozenset({"week", "wk"})


def return_relation(tokens: list[str], start: int) -> str:
    """The relation of a period named after "back from" ("what's due when we get back from the break": "after"; "the
    week we get back from the break": "week_after"), or "" when the words before it say no return."""
    before = [t for t in tokens[max(0, start - 3) : start] if t != "the"]
    if tuple(before[-2:]) not in _BACK_FROM:
        return ""
    # "the week we get back", "the first week back from": that one week
    return "week_after" if _WEEK_WORDS & set(tokens[max(0, start - 8) : start]) else "after"
