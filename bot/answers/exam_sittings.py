"""An exam's other sittings (`[[exam.sitting]]`: an alternate time, a make-up, a retake, a supplementary exam): a
brief line on the exam's card, and a sitting's own card (when, where, who may sit it, how to register, what its
result does), each part the page leaves out said to be left out, never filled from the exam's main sitting."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from bot.core.answer import Answer, Field, Stamp, Text, text
from bot.core.matching import fold
from bot.core.sentences import split_clauses
from bot.core.timefmt import human_date, human_time
from bot.course.model import Course, Exam, ExamSitting

# What a student may ask of a sitting, in the order its card gives them when nothing in particular is asked.
ASPECTS = ("when", "where", "who", "register", "counts")
KIND_WORDS = {
    "alternate": "an alternate sitting",
    "make_up": "a make-up",
    "retake": "a retake",
    "supplementary": "a supplementary exam",
    "other": "another sitting",
}


def _name(sitting: ExamSitting) -> str:
    """'the retake', 'the 3 PM alternate sitting' as the page names it, with an article a sentence can take."""
    low = sitting.name.lower()
    return sitting.name if low.startswith(("the ", "a ", "an ")) else f"the {sitting.name}"


def _day(day: dt.date) -> str:
    return f"{human_date(day)}, {day.year}"


def sitting_brief(exam: Exam, sitting: ExamSitting) -> str:
    """'Retake (Wed May 27, 2026, 1:00 PM)', 'Alternate sitting (the same day, 3:00 PM)': a sitting in a few words,
    for the exam's card (the exam's own date is not said twice)."""
    when = []
    if sitting.date is not None:
        when.append("the same day" if sitting.date == exam.date else _day(sitting.date))
    if sitting.start is not None and when:
        when.append(human_time(sitting.start))
    return f"{_cap(sitting.name)} ({', '.join(when) or 'date not on the course page'})"


def sittings_line(exam: Exam) -> Text | None:
    """The card's one line on the exam's other sittings, or None when it has none."""
    if not exam.sittings:
        return None
    listed = "; ".join(sitting_brief(exam, s) for s in exam.sittings)
    return text(f"Other sittings, not for everyone (ask about one for who may sit it and where): {listed}.")


def when_of(course: Course, exam: Exam, sitting: ExamSitting) -> Text:
    """When the sitting is, with timestamps; what the page leaves out said so (never the main sitting's date)."""
    name = _name(sitting)
    if sitting.date is None:
        said = said_of(exam, sitting)
        words = f" What it says of it: “{said}”" if said else ""
        return text(f"The course page doesn't give the date of {name} of {exam.title}.{words}")
    day = _day(sitting.date)
    if sitting.start is not None and sitting.end is not None:
        start, end = course.at(sitting.date, sitting.start), course.at(sitting.date, sitting.end)
        return text(f"{_cap(name)} of {exam.title}: {day}, ", Stamp(start, "t"), " – ", Stamp(end, "t"), ".")
    if sitting.start is not None:
        start = course.at(sitting.date, sitting.start)
        return text(
            f"{_cap(name)} of {exam.title}: {day}, starting ",
            Stamp(start, "t"),
            " (the course page doesn't give its end time).",
        )
    said = said_of(exam, sitting)
    words = f" What it says of it: “{said}”" if said else ""
    return text(f"{_cap(name)} of {exam.title}: {day} (the course page doesn't give its time).{words}")


def said_of(exam: Exam, sitting: ExamSitting) -> str:
    """The exam's own sentences (its rules, what happens if it is missed) that name the sitting ("take the resit in
    October"): the page's words on it where the data has no date."""
    names = [fold(n) for n in sitting.names]
    sentences = [s for t in (*exam.rules, exam.if_missed) for s in split_clauses(t)]
    return " ".join(s for s in sentences if any(re.search(rf"\b{re.escape(n)}\b", fold(s)) for n in names))


def where_of(exam: Exam, sitting: ExamSitting) -> Text:
    if sitting.room:
        return text(f"Room for {_name(sitting)}: {sitting.room}.")
    return text(
        f"The page doesn't give the room of {_name(sitting)} ({exam.title}'s own rooms are for its main sitting)."
    )


def who_of(sitting: ExamSitting) -> Text:
    if sitting.who:
        return text(f"Who may sit {_name(sitting)}: {sitting.who}.")
    return text(f"Who may sit {_name(sitting)}: the course page doesn't say.")


def register_of(sitting: ExamSitting) -> Text:
    if sitting.register:
        return text(f"How to register for {_name(sitting)}: {sitting.register}")
    return text(f"How to register for {_name(sitting)}: the course page doesn't say.")


def counts_of(sitting: ExamSitting) -> Text:
    if sitting.counts:
        return text(f"What the result of {_name(sitting)} does: {sitting.counts}")
    return text(f"What the result of {_name(sitting)} does: the course page doesn't say.")


def _cap(words: str) -> str:
    return words[:1].upper() + words[1:]


def sitting_lines(course: Course, exam: Exam, sitting: ExamSitting, asked: Sequence[str] = ()) -> list[Text]:
    """The sitting's lines, those asked first (all of them, in ASPECTS order, when none is asked)."""
    lines = {
        "when": when_of(course, exam, sitting),
        "where": where_of(exam, sitting),
        "who": who_of(sitting),
        "register": register_of(sitting),
        "counts": counts_of(sitting),
    }
    first = [a for a in ASPECTS if a in asked]
    return [lines[a] for a in first] + [lines[a] for a in ASPECTS if a not in first]


def unsaid(sitting: ExamSitting, asked: Sequence[str]) -> bool:
    """Whether every part asked is one the page leaves out (the answer is then an honest "not on the page")."""
    values = {
        "when": sitting.date,
        "where": sitting.room or None,
        "who": sitting.who or None,
        "register": sitting.register or None,
        "counts": sitting.counts or None,
    }
    return bool(asked) and all(values[a] is None for a in asked if a in values)


def sitting_answer(
    course: Course, exam: Exam, sitting: ExamSitting, asked: Sequence[str] = (), said: Sequence[str] = ()
) -> Answer:
    """One sitting's card: the parts asked first, then the rest (but those `said` already, by a Yes or No)."""
    every = dict(zip(ASPECTS, sitting_lines(course, exam, sitting, ()), strict=True))
    lines = [every[a] for a in ASPECTS if a in asked and a not in said]
    lines += [every[a] for a in ASPECTS if a not in asked and a not in said]
    kind = "unknown" if unsaid(sitting, asked) else "info"
    title = f"{exam.title}: {sitting.name}"
    return Answer(title=title, lines=tuple(lines), kind=kind)


def _same(one: ExamSitting, other: ExamSitting, aspects: Sequence[str]) -> bool:
    return one.name == other.name and all(getattr(one, a) == getattr(other, a) for a in aspects)


def sittings_answer(course: Course, found: Sequence[tuple[Exam, ExamSitting]], asked: Sequence[str] = ()) -> Answer:
    """Several sittings the question could mean (a retake of each exam): the part asked of each, none picked."""
    if len(found) == 1:
        return sitting_answer(course, *found[0], asked)
    exam, sitting = found[0]
    said_of = [a for a in asked if a in ("who", "register", "counts")]
    if said_of and len(said_of) == len(asked) and all(_same(sitting, other, said_of) for _, other in found):
        # "who can take the conflict exam" with one for each exam, all in the same words: said once, for each
        lines = sitting_lines(course, exam, sitting, said_of)[: len(said_of)]
        exams = ", ".join(e.title for e, _ in found)
        return Answer(title=f"{_cap(sitting.name)} (of each of {exams})", lines=tuple(lines))
    wanted = [a for a in ASPECTS if a in asked] or ["when", "where"]
    fields = tuple(
        Field(
            name=f"{exam.title}: {sitting.name}",
            lines=tuple(sitting_lines(course, exam, sitting, wanted)[: len(wanted)]),
        )
        for exam, sitting in found
    )
    kind = "unknown" if all(unsaid(s, wanted) for _, s in found) else "info"
    return Answer(title="Other sittings", fields=fields, kind=kind)
