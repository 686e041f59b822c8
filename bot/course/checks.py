"""Checks across a whole course: nothing essential missing, and no name that could mean two things."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from bot.core.matching import canonical
from bot.course.checked_toml import Problem
from bot.course.model import Assignment, Exam, Person, ScheduleDay, Section


def essentials(
    schedule: tuple[ScheduleDay, ...] | None,
    assignments: tuple[Assignment, ...] | None,
    people: tuple[Person, ...] | None,
) -> list[Problem]:
    """A course with no schedule, no assignments or no staff is refused (None: that file could not be read)."""
    out = []
    for file, table, values, what in (
        ("schedule.toml", "day", schedule, "no schedule: add one [[day]] per class, exam or day off"),
        ("assignments.toml", "assignment", assignments, "no assignments: add an [[assignment]] for each deadline"),
        ("staff.toml", "person", people, "no staff: add a [[person]] for each instructor and TA"),
    ):
        if values is not None and not values:
            out.append(Problem(file, "", table, what))
    return out


# Each kind of named thing: (file, what it is called in a problem, the fields that name it). A student may type any
# of these names; the question engine, /deadline, /exam info and /staff each look them up.
_NAMED_KINDS = (
    ("assignments.toml", "assignment", ("id", "title", "short", "aliases")),
    ("exams.toml", "exam", ("id", "title", "aliases")),
    ("course.toml", "section", ("id", "name", "aliases")),
    ("staff.toml", "person", ("id", "name", "aliases")),
)
# Kinds whose own duplicates are checked here; sections are checked as course.toml is read, and two staff members
# may share a first name (the engine asks which one is meant).
_WITHIN_KIND = frozenset({"assignment", "exam"})


def _names(item: object, fields: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    """(field, name) for every name the item has in those fields."""
    for field in fields:
        value = getattr(item, field, None) or ()
        for name in (value,) if isinstance(value, str) else value:
            yield field, name


def shared_names(
    assignments: Sequence[Assignment],
    exams: Sequence[Exam],
    sections: Sequence[Section] = (),
    people: Sequence[Person] = (),
) -> list[Problem]:
    """A name (id, title, short name, alias) that two assignments or two exams share, or that names things of two
    kinds (an assignment and an exam, a section and an assignment, a person and an exam, ...), is ambiguous: "when
    is the final" could be either. Each problem names the file, the item, the field and what else the name means."""
    out = []
    owner: dict[str, tuple[str, str, str]] = {}  # canonical name -> (kind, id, file) of its first owner
    for (file, kind, fields), items in zip(_NAMED_KINDS, (assignments, exams, sections, people), strict=True):
        for item in items:
            item_id = item.id
            for field, name in _names(item, fields):
                key = canonical(name or "")
                if not key:
                    continue
                first = owner.setdefault(key, (kind, item_id, file))
                if first[:2] == (kind, item_id) or (first[0] == kind and kind not in _WITHIN_KIND):
                    continue
                where = "" if first[2] == file else f" in {first[2]}"
                out.append(
                    Problem(file, f"{kind} '{item_id}'", field, f"{name!r} also names {first[0]} '{first[1]}'{where}")
                )
    return out
