"""schedule.toml: units and one [[day]] per schedule row (a class meeting's topic, an exam, a day off)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
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
        t = Table(raw_day, FILE, f"day {label}{_titled(raw_day)}", problems)
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
        date = t.date("date")
        day = ScheduleDay(
            date=date,
            kind=kind,
            title=t.str("title"),
            unit=units.get(unit_id),
            number=t.int("number", None),
            resources=tuple(resources),
            announcements=t.strs("announcements"),
            keywords=t.strs("keywords"),
            exam_id=t.str("exam", None),
            kind_name=names.get(kind or "", title_from_id(kind or "")),
            sections=ctx.section_list(t, "sections", t.strs("sections")),
            start=_at(t, "start", date, ctx),
            end=_at(t, "end", date, ctx),
            room=ctx.text(t, "room"),
        )
        own_time(t, day)
        if day.sections:
            day = replace(day, for_label=_for_label(day, ctx))
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


def _for_label(day: ScheduleDay, ctx: LoadContext) -> str:
    """'Lab 102, 103' where the sections are named by their ids; 'Field practical (Practical group Süd)' where by
    their names (as a meeting of the section is named)."""
    labels = [ctx.section_labels.get(s, s) for s in day.sections]
    if labels == list(day.sections):
        return f"{day.kind_label} {', '.join(labels)}"
    return f"{day.kind_label} ({', '.join(labels)})"


def _titled(raw_day: Any) -> str:
    """' (Sprint 3 review)': a problem names the row by its title too, since several rows may share a date."""
    title = raw_day.get("title") if isinstance(raw_day, dict) else None
    return f" ({title})" if isinstance(title, str) and title else ""


def _at(t: Table, name: str, day: dt.date | None, ctx: LoadContext) -> dt.datetime | None:
    """A row's own start or end, in course time on the row's date (None when not given)."""
    time = t.time(name, None)
    if time is None or day is None:
        return None
    ctx.exists(t, name, day, time)
    return dt.datetime.combine(day, time, tzinfo=ctx.tz)


def own_time(t: Table, day: ScheduleDay) -> None:
    """A row's own time: an end needs a start and comes after it; only a class row has one."""
    if day.end is not None and day.start is None:
        t.problem("end", "an end needs a start: add the row's start")
    if day.start is not None and day.end is not None and day.end <= day.start:
        t.problem("end", f"ends ({day.end:%H:%M}) before it starts ({day.start:%H:%M})")
    if (day.start is not None or day.room) and not day.has_class:
        t.problem("start" if day.start is not None else "room", f"a {day.kind!r} row has no class time or room")


def implicit_kinds(schedule: tuple[ScheduleDay, ...]) -> tuple[MeetingKind, ...]:
    """The class-meeting kinds a schedule uses, for a course that declares none (names made from the ids)."""
    ids = dict.fromkeys(d.kind for d in schedule if d.kind and d.kind not in BUILTIN_DAY_KINDS)
    return tuple(MeetingKind(k, title_from_id(k).capitalize(), title_from_id(k).capitalize() + "s") for k in ids)
