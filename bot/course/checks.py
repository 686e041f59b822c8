"""Checks across a whole course: nothing essential missing, and no name that could mean two things."""

from __future__ import annotations

from bot.core.matching import canonical
from bot.course.checked_toml import Problem
from bot.course.model import Assignment, Exam, Person, ScheduleDay


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


def shared_names(assignments: tuple[Assignment, ...], exams: tuple[Exam, ...]) -> list[Problem]:
    """A name (id, title, short name or alias) two assignments share, or two exams share, is ambiguous."""
    out = []
    for file, kind, items in (
        ("assignments.toml", "assignment", [(a.id, (a.id, a.title, a.short, *a.aliases)) for a in assignments]),
        ("exams.toml", "exam", [(e.id, (e.id, e.title, *e.aliases)) for e in exams]),
    ):
        owner: dict[str, str] = {}
        for item_id, names in items:
            for name in names:
                key = canonical(name or "")
                if not key:
                    continue
                first = owner.setdefault(key, item_id)
                if first != item_id:
                    out.append(Problem(file, f"{kind} '{item_id}'", "aliases", f"{name!r} also names {kind} '{first}'"))
    return out
