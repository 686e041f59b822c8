"""Checks across a whole course: nothing essential missing, and no name that could mean two things."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

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


# Each kind of named thing: (file, what it is called in a problem, the fields that name it, where the page's own words
# can stay shown when a name has to go). A student may type any of these names; the question engine, /deadline,
# /exam info and /staff each look them up.
_NAMED_KINDS = (
    ("assignments.toml", "assignment", ("id", "title", "short", "aliases"), "notes"),
    ("exams.toml", "exam", ("id", "title", "aliases"), ""),
    ("course.toml", "section", ("id", "name", "aliases"), "description"),
    ("staff.toml", "person", ("id", "name", "aliases"), ""),
)
# Kinds whose own duplicates are checked here; sections are checked as course.toml is read, and two staff members
# may share a first name (the engine asks which one is meant).
_WITHIN_KIND = frozenset({"assignment", "exam"})
# Kinds that may share a name because the words around it tell them apart: "priya's office hours" is the person,
# "priya's section" the section she runs. An assignment against a section is not told apart ("when is Lab 2" is a
# due date or a meeting), nor is anything against an assignment or an exam.
_TOLD_APART = frozenset({frozenset({"person", "section"})})


@dataclass(frozen=True)
class _Owner:
    """One thing holding a name: its kind, id and file, the field the name is in, the thing, its naming fields and
    the field where the page's wording can stay."""

    kind: str
    id: str
    file: str
    field: str
    item: object
    fields: tuple[str, ...]
    words_field: str


def _names(item: object, fields: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    """(field, name) for every name the item has in those fields."""
    for field in fields:
        value = getattr(item, field, None) or ()
        for name in (value,) if isinstance(value, str) else value:
            yield field, name


def _how_to_keep(name: str, owners: tuple[_Owner, _Owner]) -> str:
    """What the author can do, keeping the page's names where they can: drop the shared alias from one of the two
    (saying the names that still find each), else rename one; the page's wording can stay in a field answers show."""
    key = canonical(name)
    choices = []
    for owner in owners:
        if owner.field != "aliases":
            continue
        kept = [n for _, n in _names(owner.item, owner.fields) if canonical(n or "") not in ("", key)]
        still = f" (students still find it as {', '.join(repr(n) for n in dict.fromkeys(kept))})" if kept else ""
        keep = f", its {owner.words_field!r} keeping the page's wording" if owner.words_field else ""
        choices.append(f"of {owner.kind} '{owner.id}'{still}{keep}")
    if choices:
        return f"drop {name!r} from the aliases " + " or ".join(choices)
    owner = next((o for o in owners if o.words_field), owners[0])
    keep = f"; the page's wording can stay in its {owner.words_field!r}, which answers show"
    return f"rename {owner.kind} '{owner.id}' (its {owner.field} {name!r}){keep if owner.words_field else ''}"


def shared_names(
    assignments: Sequence[Assignment],
    exams: Sequence[Exam],
    sections: Sequence[Section] = (),
    people: Sequence[Person] = (),
) -> list[Problem]:
    """A name (id, title, short name, alias) that two assignments or two exams share, or that names things of two
    kinds the engine cannot tell apart (an assignment and an exam, a section and an assignment, a person and an
    exam, ...), is ambiguous: "when is the final" could be either. A person and a section may share one ("priya"):
    the question says which is meant. Each problem names the file, the item, the field, what else the name means
    and how to resolve it while keeping the page's names."""
    out = []
    owners: dict[str, list[_Owner]] = {}  # canonical name -> its owners so far, first first
    for (file, kind, fields, words_field), items in zip(
        _NAMED_KINDS, (assignments, exams, sections, people), strict=True
    ):
        for item in items:
            for field, name in _names(item, fields):
                key = canonical(name or "")
                if not key:
                    continue
                this = _Owner(kind, item.id, file, field, item, fields, words_field)
                earlier = owners.setdefault(key, [])
                clash = next((o for o in earlier if _clash(o, this)), None)
                if not any((o.kind, o.id) == (kind, item.id) for o in earlier):
                    earlier.append(this)
                if clash is None:
                    continue
                where = "" if clash.file == file else f" in {clash.file}"
                out.append(
                    Problem(
                        file,
                        f"{kind} '{item.id}'",
                        field,
                        f"{name!r} also names {clash.kind} '{clash.id}'{where}, and a question cannot tell them apart"
                        f": {_how_to_keep(name, (this, clash))}",
                    )
                )
    return out


def _clash(first: _Owner, then: _Owner) -> bool:
    """Whether two holders of one name make it ambiguous."""
    if (first.kind, first.id) == (then.kind, then.id):
        return False
    if first.kind == then.kind:
        return first.kind in _WITHIN_KIND
    return frozenset({first.kind, then.kind}) not in _TOLD_APART
