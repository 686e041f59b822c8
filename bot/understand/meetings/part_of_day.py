"""A kind of meeting asked by the part of the day it meets in ("is there an evening studio section", "any morning
tutorials", "which labs are in the afternoon"): Yes or No from the meetings' own spans (a studio 3:00-6:30 PM is in
the afternoon and, until 6:30 PM, in the evening), naming the ones that meet then (each with its day, time and room),
or all of them when none does. A day named too ("studio tuesday evening") is left to that day's readings, and so is a
question that asks something else of those meetings ("are recitations recorded in the morning", "do sections get
cancelled in the afternoon", "is the report due the next morning"): only one that asks whether or which of them are
held then is answered here."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from bot.answers.schedule import occurrence_answer, upcoming_of
from bot.core.answer import Answer, Stamp, Text, text
from bot.core.timefmt import human_time
from bot.course.meetings import Meeting
from bot.course.model import Course
from bot.course.occurrences import Occurrence, meetings_of
from bot.understand.answering import replies
from bot.understand.question.reading import Reading
from bot.understand.times.time_phrases import DAYPARTS
from bot.understand.words.vocabulary import words_of

NEEDS = frozenset({"morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night", "nights"})
_PART = re.compile(r"\b(morning|afternoon|evening|night)s?\b")
# a question of whether or which: "is there", "are any", "any", "which", "what", "do any"
_ASKS = re.compile(r"^(?:is|are|do|does|any|which|what)\b")
# The only words, beside the kind and the part of the day, of a question that asks whether or which meetings are
# held then ("do any of the labs meet in the evening", "is there an afternoon recitation section option"). Any
# other word asks something else of them (recorded, cancelled, compulsory, due, attendance, where, who): not ours.
_HELD_WORDS = words_of(
    """is are do does any which what that there a an the of in at on during for some ever also usually normally
    typically we you i they them ones one meet meets meeting meetings held hold holds run runs scheduled offered
    happen happens start starts begin begins have has section sections group groups class classes session sessions
    time times slot slots option options available"""
)


def part_of_day_asked(course: Course, reading: Reading, said: str) -> tuple[str, str] | None:
    """The kind of meeting and the part of the day asked of it ("evening"), or None."""
    typed = reading.text  # respelled: "r there" is "are there"
    part = _PART.search(typed) or _PART.search(said.lower())
    if part is None or not _ASKS.match(typed.strip()):
        return None
    if any(t.kind in ("day", "range", "moment") for t in reading.times):
        return None  # "is there studio tuesday evening": that day's
    if any(m.kind == "section" for m in reading.mentions):
        return None  # "where is the evening section" of a course naming a section so: that section's
    named = [m for m in reading.mentions if m.kind == "kind"]
    kinds = list(dict.fromkeys(i for m in named for i in m.ids))
    if not _only_held_asked(reading.tokens, [(m.start, m.end) for m in named]):
        return None  # "are recitations recorded in the morning": the recording rule's, not the times'
    if len(kinds) != 1 or not meetings_of(course, kinds[0]):
        return None  # a kind with no weekly rows has no start time to tell the part of the day from
    return kinds[0], part.group(1)


# Said of one section as well ("does section 103 have anything in the evening", "is sec 2 an early morning thing or
# later"): words of a section's meetings being held early or late, never of something else asked of them.
_SECTION_HELD_WORDS = _HELD_WORDS | words_of("anything something thing things stuff early late later or")


def section_part_asked(course: Course, reading: Reading, said: str) -> tuple[str, str, str | None] | None:
    """The section, the part of the day asked of it and the kind named with it (or None), when the question asks
    whether that section meets then ("is section a in the morning"); None otherwise."""
    typed = reading.text
    part = _PART.search(typed) or _PART.search(said.lower())
    if part is None or not _ASKS.match(typed.strip()):
        return None
    if any(t.kind in ("day", "range", "moment") for t in reading.times):
        return None  # "is section a tuesday morning": that day's
    sections = [m for m in reading.mentions if m.kind == "section"]
    if len(sections) != 1 or len(sections[0].ids) != 1:
        return None
    mention = sections[0]
    if any(_PART.fullmatch(w) for w in reading.tokens[mention.start : mention.end]):
        return None  # "is the evening section full": a section the course names by the part of the day
    named = [m for m in reading.mentions if m.kind == "kind"]
    kinds = list(dict.fromkeys(i for m in named for i in m.ids))
    spans = [(m.start, m.end) for m in (mention, *named)]
    if len(kinds) > 1 or not _only_held_asked(reading.tokens, spans, _SECTION_HELD_WORDS):
        return None  # "is section a recorded in the morning": not whether it is held then
    section, kind = mention.ids[0], (kinds[0] if kinds else None)
    if not _own_meetings(course, section, kind):
        return None  # a section with no weekly rows of its own has no start time to tell the part of the day from
    return section, part.group(1), kind


# A meeting that starts before a part of the day is in it too when it runs this long into it: a studio 3:00-6:30 PM is
# in the evening, a class ending 12:05 PM is not in the afternoon.
_RUNS_INTO = dt.timedelta(minutes=30)


def runs_in(start: dt.time, end: dt.time, part: str) -> bool:
    """Whether a meeting from start to end is held in the part of the day: it starts in it, or runs at least half an
    hour into it."""
    first, last = DAYPARTS[part]
    if first <= start < last:
        return True
    day = dt.date(2000, 1, 3)
    into = min(dt.datetime.combine(day, end), dt.datetime.combine(day, last)) - dt.datetime.combine(day, first)
    return start < first and into >= _RUNS_INTO


def _held_at(course: Course, meetings: list[Meeting], part: str) -> str:
    """The meetings' kinds and times: "lab at 6:00 PM", "studio session 3:00 PM until 6:30 PM" for one that starts
    before the part of the day asked and runs into it."""
    first, _ = DAYPARTS[part]
    said = (
        f"{course.kind_name(m.kind).lower()} at {human_time(m.start)}"
        + (f" until {human_time(m.end)}" if m.start < first and runs_in(m.start, m.end, part) else "")
        for m in meetings
    )
    return ", ".join(dict.fromkeys(said))


def _own_meetings(course: Course, section: str, kind: str | None) -> list[Meeting]:
    """The section's own weekly meetings (of the kind, when one is named): not those held for everyone."""
    return [m for m in meetings_of(course, kind, section) if m.section == section]


def section_part_answer(course: Course, section: str, part: str, kind: str | None, card: Answer) -> Answer:
    """Yes when the section's own weekly meetings are held in that part of the day (starting in it or running into
    it; naming any of them that are not), No with when they meet; the section's meetings card below."""
    own = _own_meetings(course, section, kind)
    label = course.section_label(section)
    label = f"Section {label}" if label == section else label  # "Section A", "Tutorial group Süd"

    inside = [m for m in own if runs_in(m.start, m.end, part)]
    if not inside:
        return replies.verdict(
            card, False, f"{label} meets at other times ({_held_at(course, own, part)}), not in the {part}."
        )
    others = [m for m in own if m not in inside]
    rest = f"; not its {_held_at(course, others, part)}" if others else ""
    return replies.verdict(card, True, f"{label} meets in the {part} ({_held_at(course, inside, part)}){rest}.")


def _only_held_asked(tokens: list[str], spans: list[tuple[int, int]], held: frozenset[str] = _HELD_WORDS) -> bool:
    """Whether the words beside the kind's own (the part of the day is no token) only ask that meetings are held."""
    return all(w in held for i, w in enumerate(tokens) if not any(a <= i < b for a, b in spans))


def part_of_day_answer(course: Course, now: dt.datetime, kind: str, part: str, card: Answer, *, yes_no: bool) -> Answer:
    """The meetings of the kind held in that part of the day (starting in it or running into it) (Yes first, when asked
    Yes or No), the next of those (never one held at another part of the day), or No with when they all meet. A kind
    with one weekly row is answered from that row ("are lectures in the morning": Yes, they start at 11 AM)."""
    meets = [m for m in meetings_of(course, kind) if runs_in(m.start, m.end, part)]
    names = [course.section_label(m.section) if m.section else m.title or course.kind_name(kind) for m in meets]
    if meets:
        card = _next_in_part(course, now, kind, meets, part, card)
        one = len(meets) == 1 and not (meets == meetings_of(course, kind) and not meets[0].section)
        if not one:
            names = names if len(meets) > 1 else [course.kind_name(kind, plural=True)]  # its one row: "Lectures meet"
        said = f"{', '.join(names)} meet{'s' if one else ''} in the {part}."
        return replies.verdict(card, True, said) if yes_no else replace(card, lines=(text(said), *card.lines))
    plural = course.kind_name(kind, plural=True).lower()
    return replies.verdict(card, False, f"none of the {plural} meets in the {part}; their times are below.")


def _next_in_part(course: Course, now: dt.datetime, kind: str, meets: list[Meeting], part: str, card: Answer) -> Answer:
    """The card with its "Next:" lines (the leading ones and the kind's field's) showing the next meeting of those
    asked about, held in that part of the day on the day it is held (a session moved out of it is not one of them);
    none when no such meeting is left this term."""
    held = [
        o
        for o in upcoming_of(course, now, kind)
        if o.meeting in meets
        and runs_in(o.start.astimezone(course.tz).time(), o.end.astimezone(course.tz).time(), part)
    ]
    nxt = occurrence_answer(course, now, held[0]) if held else None
    lines = (text("Next: ", *nxt.lines[0]), *nxt.lines[1:]) if nxt is not None else ()
    fields = tuple(replace(f, lines=_with_next(f.lines, held[0] if held else None, course)) for f in card.fields)
    return replace(card, lines=lines, fields=fields)


def _with_next(lines: tuple[Text, ...], nxt: Occurrence | None, course: Course) -> tuple[Text, ...]:
    """A meetings field's lines with its "Next:" line for this occurrence (or without one)."""
    kept = tuple(line for line in lines if not (line and line[0] == "Next: "))
    if nxt is None:
        return kept
    label = f" ({course.section_label(nxt.meeting.section)})" if nxt.meeting.section else ""
    return (*kept, text("Next: ", Stamp(nxt.start, "F"), f" · {nxt.where}{label}"))
