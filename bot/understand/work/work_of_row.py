"""Work named by the class meeting it belongs to ("the lab report from day 1 of the practical", "when is the report
for practical 3 due", "my practical day 4 is thursday nov 19, when is that protocol due"): the piece of work whose
title, aliases or notes name that schedule row by the row's own label ("Protocol for practical day 4", "Write-up of
Practical 3"). The student sees that item's deadline, not the late rule, the meeting's date or another report.

Which rows and which work belong together is read once per course from its data; a row whose label two pieces of
work name is left alone (the question is then read as before, never guessed).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bot.course.model import Course
from bot.understand.times.time_phrases import ORDINAL_WORDS
from bot.understand.words.normalize import plain, words

# A row's label: its title before the colon, when it holds a number ("Practical day 4", "Practical 3", "Lab 2").
_LABEL = re.compile(r"^([^:]*\d[^:]*):")
_ORDINAL = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)$")
# Words between a meeting kind and its number: "practical day 4", "lab session 2", "lab no 3", "lab #3".
_BETWEEN = frozenset({"day", "session", "no", "number"})
_NEXT_WORD = re.compile(r"\s+(\w+)")
_ARTICLES = frozenset({"the", "our", "my", "this", "that"})


@dataclass(frozen=True)
class RowWork:
    """The pieces of work tied to each schedule row (by the row's index in the schedule)."""

    by_row: Mapping[int, tuple[str, ...]]
    names: Mapping[str, frozenset[str]]  # each tied item's name words (title, short name, aliases)


def row_work(course: Course) -> RowWork:
    """Each numbered schedule row's work: the assignments whose title, aliases or notes name the row's label."""
    texts = {
        a.id: " ".join(words(plain(" ".join((a.title, a.short, *a.aliases, a.notes or "")))))
        for a in course.assignments
    }
    by_row: dict[int, tuple[str, ...]] = {}
    for i, row in enumerate(course.schedule):
        tied = tuple(a for a, text in texts.items() if any(p.search(text) for p in _labels(course, row)))
        if tied:
            by_row[i] = tied
    names = {
        a.id: frozenset(words(plain(" ".join((a.title, a.short, *a.aliases)))))
        for a in course.assignments
        if any(a.id in tied for tied in by_row.values())
    }
    return RowWork(by_row, names)


def _labels(course: Course, row) -> list[re.Pattern[str]]:
    """The names a row goes by in the course's own text: its title's label ("Practical day 4: SDS-PAGE"), and its
    kind with its number ("Seminar 4" of the fourth numbered seminar), each as whole words ("practical 1" is not
    found inside "practical 12")."""
    labels = []
    if found := _LABEL.match(row.title):
        labels.append(" ".join(words(plain(found.group(1)))))
    if row.number is not None:
        labels.append(" ".join(words(plain(f"{course.kind_name(row.kind)} {row.number}"))))
    return [re.compile(rf"(?<!\w){re.escape(label)}(?!\w)") for label in dict.fromkeys(labels) if label]


def rows_named(
    tokens: Sequence[str], kinds: Sequence[tuple[str, int, int]], numbered_row
) -> list[tuple[int, int, int]]:
    """The schedule rows named by a meeting kind and a number ("day 1 of the practical", "the 2nd day of the lab",
    "practical day 4", "practical 3"), as (row, first token, end token). `kinds` are the kind mentions (kind id,
    start, end); `numbered_row(kind, n)` the row of that kind with that number."""
    out = []
    for kind, start, end in kinds:
        # "practical 3", "practical day 4", "lab #2"
        at = end + int(end < len(tokens) and tokens[end] in _BETWEEN)
        number = number_said(tokens[at]) if at < len(tokens) else None
        if number is not None and (row := numbered_row(kind, number)) is not None:
            out.append((row, start, at + 1))
            continue
        # "the fifth seminar": an ordinal word right before the kind
        if start > 0 and not tokens[start - 1].isdigit():
            number = number_said(tokens[start - 1])
            if number is not None and (row := numbered_row(kind, number)) is not None:
                out.append((row, start - 1, end))
                continue
        # "day 1 of the practical", "the 2nd day of our lab", "the first day of the practical"
        before = start - (start > 0 and tokens[start - 1] in _ARTICLES)
        if before >= 3 and tokens[before - 1] == "of":
            first, second = tokens[before - 3], tokens[before - 2]
            number = number_said(second) if first == "day" else number_said(first) if second == "day" else None
            if number is not None and (row := numbered_row(kind, number)) is not None:
                out.append((row, before - 3, end))
    return out


def ordinal_rows(text: str, times: Sequence, kinds: Mapping[str, str], numbered_row) -> list[tuple[int, object]]:
    """Rows named by an ordinal the date reader took for a day of the month ("the 5th seminar", "the 3rd practical
    day"): the ordinal right before a meeting kind's word (`kinds`: word -> kind id), as (row, that time phrase)."""
    out = []
    for t in times:
        said = text[t.start : t.end].lower().split()  # "the 3rd", "5th"
        number = number_said(said[-1]) if said and set(said[:-1]) <= _ARTICLES else None
        after = _NEXT_WORD.match(text, t.end)
        kind = kinds.get(after.group(1).lower()) if after else None
        if number is not None and kind is not None and (row := numbered_row(kind, number)) is not None:
            out.append((row, t))
    return out


def number_said(token: str) -> int | None:
    """A number typed as digits, "1st" or an ordinal word."""
    if token.isdigit() and len(token) <= 2:
        return int(token)
    found = _ORDINAL.match(token)
    if found:
        return int(found.group(1))
    return ORDINAL_WORDS.get(token)


def work_of_rows(
    ties: RowWork,
    rows: Sequence[int],
    named_items: Sequence[str],
    work_words: frozenset[str],
    due_asked: bool,
) -> str | None:
    """The one piece of work the rows named belong to, when the question asks for work: it names one of that
    work's series (`named_items`), a word of its name ("report", "protocol": `work_words`), or asks when something
    is due. None when no row has work or two pieces of work fit."""
    tied = {a for row in rows for a in ties.by_row.get(row, ())}
    if not tied:
        return None
    fits = {a for a in tied if a in named_items or work_words & ties.names[a]}
    if not fits and due_asked and len(tied) == 1:
        fits = tied  # "when is practical 4 due": a meeting is not due, its work is
    return next(iter(fits)) if len(fits) == 1 else None
