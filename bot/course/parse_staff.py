"""staff.toml: the staff roles in the course's words, the people, their office hours, and changes to them."""

from __future__ import annotations

from typing import Any

from bot.course import format1
from bot.course.checked_toml import MISSING, Problem, Table
from bot.course.load_context import LoadContext
from bot.course.model import OH_CHANGE_KINDS, OfficeHours, OfficeHoursChange, Person, Role, title_from_id
from bot.course.parse_meetings import weekday

FILE = "staff.toml"


def parse_staff(
    raw: dict[str, Any], ctx: LoadContext
) -> tuple[tuple[Role, ...], tuple[Person, ...], tuple[OfficeHoursChange, ...]]:
    problems = ctx.problems
    top = Table(raw, FILE, "", problems)
    roles: list[Role] = []
    for i, raw_role in enumerate(top.tables("role"), 1):
        t = Table(raw_role, FILE, f"role #{i}", problems)
        title = t.str("title")
        roles.append(Role(id=t.str("id"), title=title, plural=t.str("plural", f"{title}s" if title else "")))
        t.reject_unknown()
    if ctx.format == 1 and not roles:
        roles = list(format1.roles())
    declared = bool(roles)
    role_ids = [r.id for r in roles]
    people = []
    for i, raw_person in enumerate(top.tables("person"), 1):
        label = raw_person.get("id", f"#{i}") if isinstance(raw_person, dict) else f"#{i}"
        t = Table(raw_person, FILE, f"person '{label}'", problems)
        slots = [
            _slot(raw_slot, f"person '{label}' office_hours #{j}", ctx)
            for j, raw_slot in enumerate(t.tables("office_hours"), 1)
        ]
        role = t.str("role")
        if role and declared and role not in role_ids:
            t.problem("role", f"unknown role {role!r}; expected one of: {', '.join(role_ids)}")
        elif role and not declared and role not in role_ids:
            role_ids.append(role)
            roles.append(Role(role, title_from_id(role), title_from_id(role) + "s"))
        title = next((r.title for r in roles if r.id == role), "")
        people.append(
            Person(
                id=t.str("id"),
                name=t.str("name"),
                role=role,
                email=ctx.text(t, "email"),
                aliases=t.strs("aliases"),
                office_hours=tuple(slots),
                role_title=title,
                sections=ctx.section_list(t, "sections", t.strs("sections")),
                appointments=ctx.text(t, "appointments"),
            )
        )
        t.reject_unknown()
    ids = [p.id for p in people]
    for duplicate in sorted({i for i in ids if i and ids.count(i) > 1}):
        problems.append(Problem(FILE, f"person '{duplicate}'", "id", "duplicate id"))
    changes = []
    for i, raw_change in enumerate(top.tables("office_hours_change"), 1):
        t = Table(raw_change, FILE, f"office_hours_change #{i}", problems)
        person = t.str("person")
        if person and person != "*" and person not in ids:
            t.problem("person", f"no person with id {person!r}")
        kind = t.choice("kind", OH_CHANGE_KINDS)
        first = t.date("first", None) or t.date("date", None)
        last = t.date("last", first)
        if first is None:
            t.problem("first", "is missing (the date of the change)")
        elif last and last < first:
            t.problem("last", f"ends ({last}) before it starts ({first})")
        ctx.in_term(t, "first", first)
        start, end = t.time("start", None), t.time("end", None)
        if kind in ("move", "extra") and (start is None or end is None):
            t.problem("start", f"a '{kind}' needs a start and an end")
        if start and end and end <= start:
            t.problem("end", f"ends ({end:%H:%M}) before it starts ({start:%H:%M})")
        ctx.exists_on_days(t, ("start", "end"), (start, end), first, last)
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
    top.used.add("help_hours")  # read by bot.course.parse_help_hours
    top.reject_unknown()
    return tuple(roles), tuple(people), tuple(changes)


def _slot(raw_slot: Any, item: str, ctx: LoadContext) -> OfficeHours:
    st = Table(raw_slot, FILE, item, ctx.problems)
    day = st._get("weekday", MISSING, "a weekday name like 'tuesday'", weekday)
    start, end = st.time("start"), st.time("end")
    first, last = st.date("first", ctx.term_first), st.date("last", ctx.term_last)
    if start and end and end <= start:
        st.problem("end", f"ends ({end:%H:%M}) before it starts ({start:%H:%M})")
    if first and last and last < first:
        st.problem("last", f"ends ({last}) before it starts ({first})")
    if first is None or last is None:
        st.problem("first", "no first/last date and no [term_dates] in course.toml to fall back on")
    if "first" in st.raw:
        ctx.in_term(st, "first", first)
    if "last" in st.raw:
        ctx.in_term(st, "last", last)
    if isinstance(day, int):
        ctx.exists_on_days(st, ("start", "end"), (start, end), first, last, (day,))
    slot = OfficeHours(
        weekday=day,
        start=start,
        end=end,
        first=first,
        last=last,
        location=ctx.text(st, "location"),
        remote=st.bool("remote", False),
        link=st.str("link", ""),
    )
    st.reject_unknown()
    return slot
