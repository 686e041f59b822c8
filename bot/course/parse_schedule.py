"""schedule.toml: units and one [[day]] per schedule row (a class meeting's topic, an exam, a day off)."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from bot.course.checked_toml import Problem, Table
from bot.course.load_context import LoadContext
from bot.course.meetings import MeetingKind
from bot.course.model import BUILTIN_DAY_KINDS, RESOURCE_KINDS, Resource, ScheduleDay, Unit, title_from_id

FILE = "schedule.toml"
_ID = re.compile(r"[a-z][a-z0-9_-]*")


def parse_schedule(
    raw: dict[str, Any], ctx: LoadContext, kinds: tuple[MeetingKind, ...]
) -> tuple[tuple[Unit, ...], tuple[ScheduleDay, ...]]:
    problems = ctx.problems
    top = Table(raw, FILE, "", problems)
    names = {k.id: k.name for k in kinds}
    allowed = tuple(k.id for k in kinds) + BUILTIN_DAY_KINDS
    units: dict[str, Unit] = {}
    for i, raw_unit in enumerate(top.tables("unit"), 1):
        ut = Table(raw_unit, FILE, f"unit #{i}", problems)
        unit = Unit(id=ut.str("id"), title=ut.str("title"))
        ut.reject_unknown()
        if unit.id in units:
            ut.problem("id", "duplicate id")
        units[unit.id] = unit
    days = []
    for i, raw_day in enumerate(top.tables("day"), 1):
        label = raw_day.get("date", f"#{i}") if isinstance(raw_day, dict) else f"#{i}"
        t = Table(raw_day, FILE, f"day {label}", problems)
        unit_id = t.str("unit", "")
        if unit_id and unit_id not in units:
            t.problem("unit", f"no unit with id {unit_id!r}")
        resources = []
        for j, raw_res in enumerate(t.tables("resources"), 1):
            rt = Table(raw_res, FILE, f"day {label} resource #{j}", problems)
            kind = rt.choice("kind", RESOURCE_KINDS)
            resources.append(Resource(kind=kind or "", label=rt.str("label", kind or ""), url=rt.str("url", "")))
            rt.reject_unknown()
        if kinds:
            kind = t.choice("kind", allowed)
            if kind is None and t.raw.get("kind"):
                t.problems[-1] = Problem(
                    FILE,
                    t.item,
                    "kind",
                    f"unknown kind {t.raw['kind']!r}: use one of {', '.join(allowed)}, or "
                    "declare it as a [[kind]] in meetings.toml",
                )
        else:  # no kinds declared: each class kind the schedule uses stands for itself ("lecture" -> "Lecture")
            kind = t.str("kind")
            if kind is not None and not _ID.fullmatch(kind):
                t.problem("kind", f"{kind!r} is not a kind id (lowercase letters, digits, _ or -)")
        day = ScheduleDay(
            date=t.date("date"),
            kind=kind,
            title=t.str("title"),
            unit=units.get(unit_id),
            number=t.int("number", None),
            resources=tuple(resources),
            announcements=t.strs("announcements"),
            keywords=t.strs("keywords"),
            exam_id=t.str("exam", None),
            kind_name=names.get(kind or "", title_from_id(kind or "")),
        )
        ctx.in_term(t, "date", day.date)
        t.reject_unknown()
        days.append(day)
    top.reject_unknown()
    dated = [d for d in days if d.date]
    for earlier, later in pairwise(dated):
        if later.date < earlier.date:
            problems.append(
                Problem(FILE, f"day {later.date}", "date", f"comes after {earlier.date}: keep days in order")
            )
    return tuple(units.values()), tuple(days)


def implicit_kinds(schedule: tuple[ScheduleDay, ...]) -> tuple[MeetingKind, ...]:
    """The class-meeting kinds a schedule uses, for a course that declares none (names made from the ids)."""
    ids = dict.fromkeys(d.kind for d in schedule if d.kind and d.kind not in BUILTIN_DAY_KINDS)
    return tuple(MeetingKind(k, title_from_id(k).capitalize(), title_from_id(k).capitalize() + "s") for k in ids)
