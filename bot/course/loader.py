"""Read a course folder of TOML files into a checked `Course`, or refuse it with messages naming file, item, field.

A course folder holds course.toml, schedule.toml, assignments.toml, staff.toml, exams.toml and policies.toml.
Every problem found is reported at once (not just the first), so staff can fix a file in one pass.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from itertools import pairwise
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.course.checked_toml import MISSING, Problem, Table, read_toml
from bot.course.model import (
    ASSIGNMENT_KINDS,
    DAY_KINDS,
    OH_CHANGE_KINDS,
    RESOURCE_KINDS,
    ROLES,
    WEEKDAYS,
    Assignment,
    Course,
    Exam,
    ExtensionRules,
    GraceRules,
    LateRules,
    OfficeHours,
    OfficeHoursChange,
    Person,
    Policy,
    RegradeRules,
    Resource,
    ScheduleDay,
    Section,
    Unit,
)

FILES = ("course.toml", "schedule.toml", "assignments.toml", "staff.toml", "exams.toml", "policies.toml")
BUNDLED_DATA = Path(__file__).resolve().parents[2] / "data" / "10-605-s24"


class CourseDataError(Exception):
    """The course data cannot be used; `problems` says everything that is wrong."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def _check_unique(file: str, kind: str, ids: Iterable[str | None], problems: list[Problem]) -> None:
    seen: set[str] = set()
    for item_id in ids:
        if item_id is None:
            continue
        if item_id in seen:
            problems.append(Problem(file, f"{kind} '{item_id}'", "id", "duplicate id"))
        seen.add(item_id)


def _sections(values: tuple[str, ...], known: tuple[str, ...], t: Table, name: str = "sections") -> tuple[str, ...]:
    for value in values:
        if value not in known:
            t.problem(name, f"unknown section {value!r}; the course has: {', '.join(known)}")
    return values or known


def load_course(folder: str | Path | None = None) -> Course:
    """Load and check a course folder; raise CourseDataError listing every problem found."""
    folder = Path(folder) if folder else BUNDLED_DATA
    problems: list[Problem] = []
    if not folder.is_dir():
        raise CourseDataError([Problem(str(folder), "", "", "no such course folder")])
    raw = {name: read_toml(folder, name, problems) for name in FILES}
    if problems:
        raise CourseDataError(problems)

    ct = Table(raw["course.toml"], "course.toml", "", problems)
    ct.int("format", 1)
    course_id = ct.str("id", folder.name)
    tz_name = ct.str("timezone")
    tz = ZoneInfo("UTC")
    if tz_name:
        try:
            tz = ZoneInfo(tz_name)
        except (ZoneInfoNotFoundError, ValueError):
            ct.problem("timezone", f"unknown time zone {tz_name!r} (use an IANA name like America/New_York)")
    default_due_time = ct.time("default_due_time", dt.time(23, 59))
    term = Table(ct.table("term_dates"), "course.toml", "[term_dates]", problems)
    term_first, term_last = term.date("first"), term.date("last")
    term.reject_unknown()
    if term_first and term_last and term_last < term_first:
        term.problem("last", f"ends ({term_last}) before it starts ({term_first})")

    sections = []
    for i, raw_section in enumerate(ct.tables("section"), 1):
        st = Table(raw_section, "course.toml", f"section #{i}", problems)
        sections.append(Section(id=st.str("id"), name=st.str("name", ""), description=st.str("description", "")))
        st.reject_unknown()
    _check_unique("course.toml", "section", (s.id for s in sections), problems)
    section_ids = tuple(s.id for s in sections if s.id)
    links_table = Table(ct.table("links"), "course.toml", "[links]", problems)
    links = {name: links_table.str(name) or "" for name in list(links_table.raw)}
    course_fields = {
        "name": ct.str("name"),
        "numbers": ct.strs("numbers"),
        "term": ct.str("term"),
        "institution": ct.str("institution", ""),
        "description": ct.str("description", ""),
        "components": ct.str("components", ""),
        "grading_breakdown": ct.str("grading_breakdown", ""),
        "meeting_times": ct.str("meeting_times", ""),
        "meeting_place": ct.str("meeting_place", ""),
        "acknowledgements": ct.str("acknowledgements", ""),
        "previous_offerings": ct.strs("previous_offerings"),
    }
    ct.reject_unknown()

    units, schedule = _load_schedule(raw["schedule.toml"], problems)
    assignments = _load_assignments(raw["assignments.toml"], tz, default_due_time, section_ids, problems)
    people, changes = _load_staff(raw["staff.toml"], term_first, term_last, problems)
    exams = _load_exams(raw["exams.toml"], section_ids, problems)
    grace, late, regrades, extensions, policies = _load_policies(raw["policies.toml"], problems)

    exam_ids = {e.id for e in exams}
    for day in schedule:
        if day.exam_id and day.exam_id not in exam_ids:
            problems.append(Problem("schedule.toml", f"day {day.date}", "exam", f"no exam with id {day.exam_id!r}"))
    for kind in grace.applies_to:
        if kind not in ASSIGNMENT_KINDS:
            problems.append(Problem("policies.toml", "[grace_days]", "applies_to", f"unknown assignment kind {kind!r}"))
    if problems:
        raise CourseDataError(problems)

    digest = hashlib.sha256()
    for name in FILES:
        digest.update((folder / name).read_bytes())
    return Course(
        id=course_id,
        tz=tz,
        default_due_time=default_due_time,
        term_first=term_first,
        term_last=term_last,
        sections=tuple(sections),
        links=links,
        units=units,
        schedule=schedule,
        assignments=assignments,
        people=people,
        oh_changes=changes,
        exams=exams,
        grace=grace,
        late=late,
        regrades=regrades,
        extensions=extensions,
        policies=policies,
        version=digest.hexdigest()[:12],
        **course_fields,
    )


def _load_schedule(raw: dict[str, Any], problems: list[Problem]) -> tuple[tuple[Unit, ...], tuple[ScheduleDay, ...]]:
    file = "schedule.toml"
    top = Table(raw, file, "", problems)
    units: dict[str, Unit] = {}
    for i, raw_unit in enumerate(top.tables("unit"), 1):
        ut = Table(raw_unit, file, f"unit #{i}", problems)
        unit = Unit(id=ut.str("id"), title=ut.str("title"))
        ut.reject_unknown()
        if unit.id in units:
            ut.problem("id", "duplicate id")
        units[unit.id] = unit
    days = []
    for i, raw_day in enumerate(top.tables("day"), 1):
        label = raw_day.get("date", f"#{i}") if isinstance(raw_day, dict) else f"#{i}"
        t = Table(raw_day, file, f"day {label}", problems)
        unit_id = t.str("unit", "")
        if unit_id and unit_id not in units:
            t.problem("unit", f"no unit with id {unit_id!r}")
        resources = []
        for j, raw_res in enumerate(t.tables("resources"), 1):
            rt = Table(raw_res, file, f"day {label} resource #{j}", problems)
            kind = rt.choice("kind", RESOURCE_KINDS)
            resources.append(Resource(kind=kind or "", label=rt.str("label", kind or ""), url=rt.str("url", "")))
            rt.reject_unknown()
        day = ScheduleDay(
            date=t.date("date"),
            kind=t.choice("kind", DAY_KINDS),
            title=t.str("title"),
            unit=units.get(unit_id),
            number=t.int("number", None),
            resources=tuple(resources),
            announcements=t.strs("announcements"),
            keywords=t.strs("keywords"),
            exam_id=t.str("exam", None),
        )
        t.reject_unknown()
        days.append(day)
    top.reject_unknown()
    dated = [d for d in days if d.date]
    for earlier, later in pairwise(dated):
        if later.date < earlier.date:
            problems.append(
                Problem(file, f"day {later.date}", "date", f"comes after {earlier.date}: keep days in order")
            )
    return tuple(units.values()), tuple(days)


def _load_assignments(
    raw: dict[str, Any], tz: ZoneInfo, default_due_time: dt.time, section_ids: tuple[str, ...], problems: list[Problem]
) -> tuple[Assignment, ...]:
    file = "assignments.toml"
    top = Table(raw, file, "", problems)
    out = []
    for i, raw_item in enumerate(top.tables("assignment"), 1):
        label = raw_item.get("id", f"#{i}") if isinstance(raw_item, dict) else f"#{i}"
        t = Table(raw_item, file, f"assignment '{label}'", problems)
        due_raw = t.date_or_datetime("due")
        release = t.date("release", None)
        due = None
        assumed = True
        if isinstance(due_raw, dt.datetime):
            due, assumed = due_raw.replace(tzinfo=tz), False
        elif isinstance(due_raw, dt.date):
            due = dt.datetime.combine(due_raw, default_due_time, tzinfo=tz)
        if due and release and release > due.date():
            t.problem("due", f"is before the release date ({due.date()} < {release})")
        item = Assignment(
            id=t.str("id"),
            title=t.str("title"),
            short=t.str("short", raw_item.get("title", "") if isinstance(raw_item, dict) else ""),
            kind=t.choice("kind", ASSIGNMENT_KINDS, "homework"),
            due=due,
            release=release,
            aliases=t.strs("aliases"),
            group=t.str("group", None),
            parts=t.strs("parts"),
            grace_days=t.bool("grace_days", False),
            sections=_sections(t.strs("sections"), section_ids, t),
            notes=t.str("notes", ""),
            due_time_assumed=assumed,
        )
        t.reject_unknown()
        out.append(item)
    top.reject_unknown()
    _check_unique(file, "assignment", (a.id for a in out), problems)
    return tuple(out)


def _weekday(value: Any) -> int:
    if not isinstance(value, str):
        raise TypeError
    name = value.strip().lower()
    for index, day in enumerate(WEEKDAYS):
        if name in (day, day[:3]):
            return index
    raise ValueError("not a weekday name")


def _load_staff(
    raw: dict[str, Any], term_first: dt.date | None, term_last: dt.date | None, problems: list[Problem]
) -> tuple[tuple[Person, ...], tuple[OfficeHoursChange, ...]]:
    file = "staff.toml"
    top = Table(raw, file, "", problems)
    people = []
    for i, raw_person in enumerate(top.tables("person"), 1):
        label = raw_person.get("id", f"#{i}") if isinstance(raw_person, dict) else f"#{i}"
        t = Table(raw_person, file, f"person '{label}'", problems)
        slots = []
        for j, raw_slot in enumerate(t.tables("office_hours"), 1):
            st = Table(raw_slot, file, f"person '{label}' office_hours #{j}", problems)
            weekday = st._get("weekday", MISSING, "a weekday name like 'tuesday'", _weekday)
            start, end = st.time("start"), st.time("end")
            first, last = st.date("first", term_first), st.date("last", term_last)
            if start and end and end <= start:
                st.problem("end", f"ends ({end:%H:%M}) before it starts ({start:%H:%M})")
            if first and last and last < first:
                st.problem("last", f"ends ({last}) before it starts ({first})")
            if first is None or last is None:
                st.problem("first", "no first/last date and no [term_dates] in course.toml to fall back on")
            slots.append(
                OfficeHours(
                    weekday=weekday,
                    start=start,
                    end=end,
                    first=first,
                    last=last,
                    location=st.str("location", ""),
                    remote=st.bool("remote", False),
                )
            )
            st.reject_unknown()
        people.append(
            Person(
                id=t.str("id"),
                name=t.str("name"),
                role=t.choice("role", ROLES),
                email=t.str("email", ""),
                aliases=t.strs("aliases"),
                office_hours=tuple(slots),
            )
        )
        t.reject_unknown()
    _check_unique(file, "person", (p.id for p in people), problems)
    person_ids = {p.id for p in people}
    changes = []
    for i, raw_change in enumerate(top.tables("office_hours_change"), 1):
        t = Table(raw_change, file, f"office_hours_change #{i}", problems)
        person = t.str("person")
        if person and person != "*" and person not in person_ids:
            t.problem("person", f"no person with id {person!r}")
        kind = t.choice("kind", OH_CHANGE_KINDS)
        first = t.date("first", None) or t.date("date", None)
        last = t.date("last", first)
        if first is None:
            t.problem("first", "is missing (the date of the change)")
        elif last and last < first:
            t.problem("last", f"ends ({last}) before it starts ({first})")
        start, end = t.time("start", None), t.time("end", None)
        if kind in ("move", "extra") and (start is None or end is None):
            t.problem("start", f"a '{kind}' needs a start and an end")
        if start and end and end <= start:
            t.problem("end", f"ends ({end:%H:%M}) before it starts ({start:%H:%M})")
        changes.append(
            OfficeHoursChange(
                person=person,
                kind=kind,
                first=first,
                last=last,
                reason=t.str("reason", ""),
                start=start,
                end=end,
                location=t.str("location", ""),
                remote=t.bool("remote", None),
            )
        )
        t.reject_unknown()
    top.reject_unknown()
    return tuple(people), tuple(changes)


def _load_exams(raw: dict[str, Any], section_ids: tuple[str, ...], problems: list[Problem]) -> tuple[Exam, ...]:
    file = "exams.toml"
    top = Table(raw, file, "", problems)
    exams = []
    for i, raw_exam in enumerate(top.tables("exam"), 1):
        label = raw_exam.get("id", f"#{i}") if isinstance(raw_exam, dict) else f"#{i}"
        t = Table(raw_exam, file, f"exam '{label}'", problems)
        time_text = t.str("time", "")
        start = None
        if time_text:
            try:
                start = dt.time.fromisoformat(time_text)
            except ValueError:
                t.problem("time", f'expected a time like 14:00 or "", found {time_text!r}')
        lead = t.int("conflict_form_opens_days_before", 21)
        if lead is not None and lead < 0:
            t.problem("conflict_form_opens_days_before", "must not be negative")
        exams.append(
            Exam(
                id=t.str("id"),
                title=t.str("title"),
                date=t.date("date"),
                aliases=t.strs("aliases"),
                in_person=t.bool("in_person", True),
                time=start,
                location=t.str("location", ""),
                conflict_form_url=t.str("conflict_form_url", ""),
                conflict_form_opens_days_before=lead or 0,
                sections=_sections(t.strs("sections"), section_ids, t),
            )
        )
        t.reject_unknown()
    top.reject_unknown()
    _check_unique(file, "exam", (e.id for e in exams), problems)
    return tuple(exams)


def _load_policies(
    raw: dict[str, Any], problems: list[Problem]
) -> tuple[GraceRules, LateRules, RegradeRules, ExtensionRules, tuple[Policy, ...]]:
    file = "policies.toml"
    top = Table(raw, file, "", problems)
    g = Table(top.table("grace_days"), file, "[grace_days]", problems)
    grace = GraceRules(
        total=g.int("total"),
        max_per_assignment=g.int("max_per_assignment"),
        applies_to=g.strs("applies_to", ("homework",)),
        rounding=g.choice("rounding", ("up",), "up"),
        order=g.choice("order", ("due",), "due"),
    )
    g.reject_unknown()
    late_t = Table(top.table("late_work"), file, "[late_work]", problems)
    late = LateRules(
        max_days_late=late_t.int("max_days_late"),
        penalty_window_hours=late_t.number("penalty_window_hours"),
        penalty_credit=late_t.number("penalty_credit"),
        after_penalty_credit=late_t.number("after_penalty_credit", 0.0),
        lateness_from=late_t.choice("lateness_from", ("latest-part",), "latest-part"),
    )
    late_t.reject_unknown()
    r = Table(top.table("regrades"), file, "[regrades]", problems)
    regrades = RegradeRules(window_days=r.int("window_days"), where=r.str("where", ""))
    r.reject_unknown()
    e = Table(top.table("extensions"), file, "[extensions]", problems)
    extensions = ExtensionRules(
        notice_days=e.int("notice_days"), contact=e.str("contact", ""), contact_email=e.str("contact_email", "")
    )
    e.reject_unknown()
    for name, value in (("total", grace.total), ("max_per_assignment", grace.max_per_assignment)):
        if isinstance(value, int) and value < 0:
            g.problem(name, "must not be negative")
    for name, value in (("penalty_credit", late.penalty_credit), ("after_penalty_credit", late.after_penalty_credit)):
        if isinstance(value, float) and not 0.0 <= value <= 1.0:
            late_t.problem(name, "must be between 0 and 1")
    policies = []
    for i, raw_policy in enumerate(top.tables("policy"), 1):
        label = raw_policy.get("id", f"#{i}") if isinstance(raw_policy, dict) else f"#{i}"
        t = Table(raw_policy, file, f"policy '{label}'", problems)
        policies.append(
            Policy(
                id=t.str("id"),
                title=t.str("title"),
                summary=t.str("summary"),
                quote=t.str("quote"),
                keywords=t.strs("keywords"),
                missing=t.str("missing", ""),
            )
        )
        t.reject_unknown()
    top.reject_unknown()
    _check_unique(file, "policy", (p.id for p in policies), problems)
    return grace, late, regrades, extensions, tuple(policies)
