"""The course's sections asked for as a set ("how many studio groups are there", "what lab groups are there", "which
discussion section meets on wednesdays"): every section by its own name, with what the page says of it (its days,
room or leader), or those meeting on the weekday named. Never the term's every meeting, never a policy that happens to
say "group". The words are the course's own: a section's name and aliases, its meeting kinds, and the plain words for
a section ("sections", "groups", "streams")."""

from __future__ import annotations

import re

from bot.core.answer import Answer, text
from bot.core.kept import Kept
from bot.core.timefmt import human_time_range
from bot.course.model import WEEKDAYS, Course
from bot.course.occurrences import meetings_of
from bot.understand.question.reading import Reading
from bot.understand.words.normalize import phrase_key

NEEDS = frozenset({"many", "what", "which", "list", "number"})
_PLAIN = frozenset({"section", "sections", "group", "groups", "stream", "streams", "cohort", "cohorts"})
# "are there", "do we have", "does the course have", "exist", "can i choose from": the set itself is asked for
_SET_ASKED = r"(?:are\s+there|do\s+(?:we|you|they|i)\s+have|does\s+(?:the\s+|this\s+)?(?:course|class)\s+have|exist"
_SET_ASKED += r"|can\s+i\s+(?:choose|pick|join)(?:\s+from)?|is\s+it\s+split\s+into|\?|$)"
_DAY = "|".join(WEEKDAYS)
# "meets on mondays", "is on tuesday", "has lab on wednesdays", "meet monday"
_DAY_ASKED = rf"(?:meets?|is|are|has|have|goes|go)\s+(?:\w+\s+)?(?:on\s+)?(?P<day>{_DAY})s?\b"
_PART_OF_DAY = re.compile(r"\b(?:morning|afternoon|evening|night|noon|am|pm|\d)")
_WORDS: Kept[tuple[frozenset[str], re.Pattern[str]]] = Kept(size=16)


def _patterns(course: Course) -> tuple[frozenset[str], re.Pattern[str]]:
    """The words that may name a section in general (its names' and kinds' words, the plain ones) and the question's
    shapes, built once per course."""

    def build() -> tuple[frozenset[str], re.Pattern[str]]:
        # a word of one section's id names it ("1a"); one every id shares ("lab" of lab-x, lab-y) is their kind
        shared = set.intersection(*(set(phrase_key(s.id)) for s in course.sections)) if course.sections else set()
        ids = {w for s in course.sections for w in phrase_key(s.id)} - shared
        names = [n for s in course.sections for n in (s.name, *s.aliases)]
        names += [n for k in course.meeting_kinds for n in (k.id, k.name, *k.aliases)]
        words = frozenset(w for n in names for w in phrase_key(n) if w not in ids and len(w) > 1 and w.isalpha())
        modifier = "|".join(sorted(map(re.escape, words), key=len, reverse=True)) or "(?!)"
        plain = "|".join(sorted(_PLAIN, key=len, reverse=True))
        noun = rf"(?:(?:(?:{modifier})\s+){{0,2}}(?:{plain}))\b"
        asked = (
            rf"\bhow\s+many\s+(?:different\s+)?{noun}\s*{_SET_ASKED}"
            rf"|^(?:so\s+)?(?:what|which)\s+(?:are\s+the\s+)?{noun}\s+(?:{_SET_ASKED}|{_DAY_ASKED})"
            rf"|^(?:so\s+)?what\s+are\s+the\s+{noun}\s*(?:\?|$)"
            rf"|^(?:pls\s+|please\s+)?list\s+(?:the\s+|all\s+(?:the\s+)?)?{noun}\s*(?:\?|$)"
        )
        return words, re.compile(asked)

    return _WORDS.get(course, "sections", build)


def sections_asked(course: Course, reading: Reading) -> tuple[int, ...] | None:
    """(the weekday asked of, Monday 0, or nothing) when the question asks for the course's sections as a set; None
    when it does not, names one section, or the course has fewer than two."""
    if len(course.sections) < 2 or any(m.kind == "section" for m in reading.mentions):
        return None
    found = _patterns(course)[1].search(reading.text)
    if found is None or _PART_OF_DAY.search(reading.text):
        return None  # "which sections meet wednesday afternoon": the meetings of that part of the day
    day = found.groupdict().get("day")
    if not day and not set(phrase_key(found.group(0))) & _patterns(course)[0]:
        return None  # "what sections are there": the course's own overview of its sections
    return (WEEKDAYS.index(day),) if day else ()


def sections_answer(course: Course, weekday: tuple[int, ...]) -> Answer:
    """Every section by name with what the page says of it; with a weekday, those meeting that day (or that none do)."""
    sections = list(course.sections)
    if weekday:
        sections = [
            s for s in sections if any(m.section == s.id and weekday[0] in m.weekdays for m in meetings_of(course))
        ]
    lines = [text(f"**{s.name}**: {_said_of(course, s.id, s.description)}") for s in sections]
    if weekday:
        # that day's times in full ("9:00 AM – 10:30 AM"), whatever shorthand a section's own description uses
        lines = [text(f"**{s.name}**: {_said_of(course, s.id, '', weekday[0])}") for s in sections]
        day = WEEKDAYS[weekday[0]].capitalize()
        said = f"On {day}s: {', '.join(s.name for s in sections)}." if sections else f"No section meets on {day}s."
        return Answer(title=f"Sections meeting on {day}s", lines=(text(said), *lines))
    names = ", ".join(s.name for s in sections)
    return Answer(title="Sections", lines=(text(f"{course.code} has {len(sections)}: {names}."), *lines))


def _said_of(course: Course, section: str, description: str, weekday: int | None = None) -> str:
    """What the page says of a section: its description, else its own weekly meetings (days, times, room), only
    those on the weekday when one is given."""
    if description:
        return description
    own = [m for m in meetings_of(course, None, section) if m.section == section]
    own = [m for m in own if weekday is None or weekday in m.weekdays]
    said = [
        f"{course.meeting_label(m.kind, m.section)}, {', '.join(WEEKDAYS[d].capitalize() + 's' for d in m.weekdays)} "
        f"{human_time_range(m.start, m.end)}, {m.where}"
        for m in own
    ]
    return "; ".join(said) or "the page says nothing more of it"
