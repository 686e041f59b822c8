"""An open question answered with something of another kind: "what time do we have to tag the release" answered with
its day only, "how many students are in this class" answered with the collaboration rule, "what time is the study
group" answered with the rule on working together. The answer may be right about something, but not about what was
asked, so it is not given as if it were: the student sees first that the bot couldn't find what was asked and that
this is the closest it found, then everything the answer showed (nothing is dropped), then where to ask if that is
not it. The answer becomes a hedge (kind "unsure"), as a yes/no question nothing settled does
(bot.understand.yes_no.unsettled).

What counts as giving each kind is wide on purpose, since this guard is for answers to another question, not for
judging a good one: a time of day is any clock time or a full timestamp; a date any timestamp, weekday, month day,
week or span ("within three weeks", "by appointment"); a place any of the course's own rooms and sites, a link, or a
word for a place; a name any of the course's staff (by name or role) or a word for whom; a number any figure.

Left as they are: an answer that is not plain information (already unknown, unsure, an error or out of scope), and
one that says the thing asked is not held ("university closed", "no class that day").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from bot.core.answer import Answer, Stamp, text
from bot.core.kept import Kept
from bot.course.model import Course
from bot.understand.about_course.asked_price import said_in
from bot.understand.meetings.held_in import course_rooms
from bot.understand.open_answer.asked_kind import CLOCK, DATE, NUMBER, PERSON, PLACE, AskedKind, asked_kind

OFF_TARGET_LEAD = "I couldn't find {name} you asked for; the closest I found:"

# Stamp styles that show a time of day (D is a date alone, R a relative "in 3 days").
_CLOCK_STYLES = frozenset({"F", "f", "t", "T"})
_CLOCK = re.compile(
    r"\b\d{1,2}(?:[:.h]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}[:h]\d\d\b|\bnoon\b|\bmidnight\b|\bmorning\b"
    r"|\bafternoon\b|\bevening\b|\bnight\b|\bo'?clock\b|\bend\s+of\s+(?:the\s+)?day\b",
    re.IGNORECASE,
)
_WHEN = re.compile(
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)(?:day|s|\.)?\b|\b(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?"
    r"|saturdays?|sundays?)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d"
    r"|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)|\b\d{1,2}/\d{1,2}\b|\b\d{4}-\d\d-\d\d\b"
    r"|\b(?:january|february|march|april|june|july|august|september|october|november|december)\b"
    r"|\b(?:weeks?|days?|daily|weekly|today|tomorrow|tonight|yesterday|hours?|minutes?|months?|semester|term"
    r"|within|until|after|before|appointment|anytime|announced|tba|tbd)\b",
    re.IGNORECASE,
)
_PLACE = re.compile(
    r"https?://|www\.|\b(?:room|rm|hall|building|bldg|online|zoom|teams|in\s+person|on\s+campus|campus|library"
    r"|lab|laboratory|labs|office|auditorium|theat(?:re|er)|studio|cent(?:re|er)|floor|wing|site|field|classroom"
    r"|portal|platform|website|page|schedule|email|e-mail"
    r"|forum|desk|reception|form|inbox)\b"
    r"|\b[a-z]{1,5}[ -]?\d{1,2}[.]\d{2,3}\b"  # "C0.01", "LT 2.14"
    r"|\b[a-z]{1,5}[ -]?\d{3,4}[a-z]?\b",  # "SB 310", "LA-B204"
    re.IGNORECASE,
)
_WHOM = re.compile(
    r"\b(?:prof|professor|dr|doctor|instructor|lecturer|teacher|tutors?|tas?|coordinator|convenor|convener|staff"
    r"|assistants?|examiners?|advisor|adviser|chair|department|head|director|you|yourself|everyone|anyone"
    r"|nobody|no\s+one|students?|marker|grader|mentor|demonstrators?|guest|speaker|registrar|secretary|admin"
    r"|administrator|administration|faculty|office|whoever|through|via|form)\b",
    re.IGNORECASE,
)
_FIGURE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty"
    r"|hundred|half|quarter|once|twice|none|zero|unlimited|free|single|double"
    r"|no\s+(?:limit|cap|maximum|minimum|more|late|extra))\b",
    re.IGNORECASE,
)
# A person's name as a page writes one among others or with a title ("Virginia Smith, Heather Miller and ...",
# "Dr. Okafor"), whether or not the staff list has them; not any two capitalised words ("Lab Report").
_NAMED = re.compile(r"\b(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+[A-Z]|\b[A-Z][a-z]+\s+[A-Z][a-z]+(?:,|\s+and\b|\s*\()")
# An answer that says the thing asked is not held that day: that is its answer ("Easter Monday (university closed)").
_NOT_HELD = re.compile(
    r"\b(?:closed|cancell?ed|not\s+held|no\s+(?:class|classes|lecture|lectures|lab|labs|meeting|meetings|exam)"
    r"|holiday|break|recess|vacation|nothing|none)\b"
    # "Your own tally is private: use /gracedays me": the way to see it is the answer
    r"|(?:^|\s)/[a-z]+\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Known:
    """The course's own places and people, as one pattern each, built once per course."""

    places: re.Pattern  # its rooms, buildings and sites ("Halvorsen Hall 100", "Gradescope")
    people: re.Pattern  # its staff's names and its roles' titles ("Okafor", "GSIs")
    sites: re.Pattern  # the sites it uses (its forum, its submission site): a way to ask someone


_KNOWN: Kept[_Known] = Kept(size=32)
_NOTHING = re.compile(r"\A(?!)")  # matches no text (anchored: a search gives up at the start)


def any_of(phrases: set[str]) -> re.Pattern:
    """One pattern for whole words or phrases, longest first ("ed" never inside "reported")."""
    kept = sorted((p for p in phrases if p), key=len, reverse=True)
    if not kept:
        return _NOTHING
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in kept) + r")(?!\w)", re.IGNORECASE)


def _build(course: Course) -> _Known:
    places = {r.lower() for r in course_rooms(course)}
    places |= {h.location.lower() for p in course.people for h in p.office_hours if h.location}
    sites = {p.name.lower() for p in course.platforms if p.name}
    people = {w for p in course.people for n in (p.name, *p.aliases) for w in n.lower().split() if len(w) > 2}
    people |= {t.lower() for r in course.roles for t in (r.title, r.plural) if t}
    people |= {p.role_title.lower() for p in course.people if p.role_title}
    return _Known(any_of(places | sites), any_of(people), any_of(sites))


def known(course: Course) -> _Known:
    """The course's places and people, built once per course."""
    return _KNOWN.get(course, "places and people", lambda: _build(course))


def warm_tables(course: Course) -> None:
    """Build this guard's per-course table now (the course's places and people): engine.warm calls it at load, so
    the first student to ask "where" or "who" does not pay for it."""
    known(course)


def _stamps(answer: Answer) -> list[Stamp]:
    lines = (*answer.lines, *(x for f in answer.fields for x in f.lines))
    return [s for line in lines for s in line if isinstance(s, Stamp)]


def _gives_clock(course: Course, said: str, stamps: list[Stamp]) -> bool:
    return any(s.style in _CLOCK_STYLES for s in stamps) or _CLOCK.search(said) is not None


def _gives_date(course: Course, said: str, stamps: list[Stamp]) -> bool:
    return bool(stamps) or _WHEN.search(said) is not None or _CLOCK.search(said) is not None


def _gives_place(course: Course, said: str, stamps: list[Stamp]) -> bool:
    return _PLACE.search(said) is not None or known(course).places.search(said) is not None


def _gives_person(course: Course, said: str, stamps: list[Stamp]) -> bool:
    if _WHOM.search(said) is not None or _NAMED.search(said) is not None:
        return True
    # "who do i ask about my mark": "Regrade requests go through PrairieLearn" names the way to ask
    table = known(course)
    return table.people.search(said) is not None or table.sites.search(said) is not None


def _gives_number(course: Course, said: str, stamps: list[Stamp]) -> bool:
    return bool(stamps) or _FIGURE.search(said) is not None


_GIVES: dict[AskedKind, Callable[[Course, str, list[Stamp]], bool]] = {
    CLOCK: _gives_clock,
    DATE: _gives_date,
    PLACE: _gives_place,
    PERSON: _gives_person,
    NUMBER: _gives_number,
}


def gives(course: Course, kind: AskedKind, answer: Answer) -> bool:
    """Whether the answer gives something of the kind asked, or says the thing asked is not held."""
    said = " ".join((answer.title, said_in(answer)))
    return _GIVES[kind](course, said, _stamps(answer)) or _NOT_HELD.search(said) is not None


def off_target(course: Course, answer: Answer, asked: str, where: str) -> Answer:
    """The answer to the open question `asked` as the student sees it: as it was, or, when it gives nothing of the
    kind asked (no time of day for "what time", no place for "where"), "I couldn't find <it> you asked for; the
    closest I found:" first, the answer as it was, then `where` to ask if that is not it (kind unsure)."""
    if answer.kind != "info":
        return answer
    kind = asked_kind(asked)
    if kind is None or gives(course, kind, answer):
        return answer
    lead = text(OFF_TARGET_LEAD.format(name=kind.name))
    footer = " ".join(s for s in (answer.footer, f"If that is not it, {where}.") if s)
    return replace(answer, lines=(lead, *answer.lines), footer=footer, kind="unsure")
