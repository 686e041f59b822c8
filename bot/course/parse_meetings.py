"""meetings.toml: the kinds of class meeting (in the course's words), weekly meetings, and one-off changes."""

from __future__ import annotations

from typing import Any

from bot.course.checked_toml import MISSING, Problem, Table
from bot.course.load_context import LoadContext
from bot.course.meetings import MEETING_CHANGE_KINDS, Meeting, MeetingChange, MeetingKind
from bot.course.model import BUILTIN_DAY_KINDS, WEEKDAYS

FILE = "meetings.toml"


def weekday(value: Any) -> int:
    if not isinstance(value, str):
        raise TypeError
    name = value.strip().lower()
    for index, day in enumerate(WEEKDAYS):
        if name in (day, day[:3]):
            return index
    raise ValueError("not a weekday name")


def _weekdays(value: Any) -> tuple[int, ...]:
    values = value if isinstance(value, list) else [value]
    days = tuple(weekday(v) for v in values)
    if not days:
        raise ValueError("no weekdays")
    return days


def parse_meetings(
    raw: dict[str, Any], ctx: LoadContext, person_ids: set[str] | None
) -> tuple[tuple[MeetingKind, ...], tuple[Meeting, ...], tuple[MeetingChange, ...]]:
    problems = ctx.problems
    top = Table(raw, FILE, "", problems)
    kinds: list[MeetingKind] = []
    for t in top.each("kind", "id", "kind '{}'"):
        kind_id = t.str("id")
        name = t.str("name")
        kinds.append(
            MeetingKind(
                id=kind_id,
                name=name,
                plural=t.str("plural", f"{name}s" if name else ""),
                counts_as=t.str("counts_as", ""),
                aliases=t.strs("aliases"),
            )
        )
        if kind_id in BUILTIN_DAY_KINDS:
            t.problem("id", f"{kind_id!r} is a built-in schedule kind, not a class meeting")
        t.reject_unknown()
    kind_ids = {k.id for k in kinds}
    for kind in kinds:
        if kind.counts_as and kind.counts_as not in kind_ids:
            problems.append(_problem(f"kind '{kind.id}'", "counts_as", f"no kind with id {kind.counts_as!r}"))
    if len(kind_ids) != len(kinds):
        problems.append(_problem("", "kind", "two kinds share an id"))

    meetings: list[Meeting] = []
    for t in top.each("meeting", "id", "meeting '{}'"):
        kind = t.str("kind")
        if kind and kind not in kind_ids:
            t.problem("kind", f"unknown kind {kind!r}; declare it with [[kind]] (known: {', '.join(sorted(kind_ids))})")
        days = t._get("days", MISSING, "a weekday or a list of weekdays like ['tuesday', 'thursday']", _weekdays)
        start, end = t.time("start"), t.time("end")
        if start and end and end <= start:
            t.problem("end", f"ends ({end:%H:%M}) before it starts ({start:%H:%M})")
        first, last = t.date("first", ctx.term_first), t.date("last", ctx.term_last)
        ctx.in_term(t, "first", first)
        ctx.in_term(t, "last", last)
        if first and last and last < first:
            t.problem("last", f"ends ({last}) before it starts ({first})")
        if days:
            ctx.exists_on_days(t, ("start", "end"), (start, end), first, last, days)
        every = t.int("every", 1)
        if isinstance(every, int) and not 1 <= every <= 8:
            t.problem("every", f"is {every}; give the weeks from one meeting to the next (1 weekly, 2 fortnightly)")
            every = 1
        staff = t.strs("staff")
        if person_ids is not None:
            for person in staff:
                if person not in person_ids:
                    t.problem("staff", f"no person with id {person!r} in staff.toml")
        meetings.append(
            Meeting(
                id=t.str("id"),
                kind=kind,
                weekdays=days or (),
                start=start,
                end=end,
                first=first,
                last=last,
                title=t.str("title", ""),
                room=ctx.text(t, "room"),
                online=t.str("online", ""),
                section=ctx.section(t, "section"),
                staff=staff,
                every=every if isinstance(every, int) else 1,
            )
        )
        t.reject_unknown()
    ids = [m.id for m in meetings]
    for duplicate in sorted({i for i in ids if i and ids.count(i) > 1}):
        problems.append(_problem(f"meeting '{duplicate}'", "id", "duplicate id"))

    changes: list[MeetingChange] = []
    for i, raw_change in enumerate(top.tables("change"), 1):
        t = Table(raw_change, FILE, f"change #{i}", problems)
        meeting = t.str("meeting")
        if meeting and meeting != "*" and meeting not in ids:
            t.problem("meeting", f"no meeting with id {meeting!r}")
        kind = t.choice("kind", MEETING_CHANGE_KINDS)
        first = t.date("first", None) or t.date("date", None)
        last = t.date("last", first)
        if first is None:
            t.problem("date", "is missing (the date of the change)")
        elif last and last < first:
            t.problem("last", f"ends ({last}) before it starts ({first})")
        ctx.in_term(t, "date", first)
        start, end = t.time("start", None), t.time("end", None)
        if kind in ("move", "extra") and (start is None or end is None):
            t.problem("start", f"a '{kind}' needs a start and an end")
        ctx.exists_on_days(t, ("start", "end"), (start, end), first, last)
        if kind == "extra" and meeting == "*":
            t.problem("meeting", "an 'extra' meeting needs the id of the meeting it adds to")
        only = t.str("only_kind", "")
        if only and only not in kind_ids:
            t.problem("only_kind", f"unknown kind {only!r}")
        changes.append(
            MeetingChange(
                meeting=meeting,
                kind=kind,
                first=first,
                last=last,
                reason=t.str("reason", ""),
                start=start,
                end=end,
                room=t.str("room", ""),
                online=t.str("online", ""),
                kind_filter=only,
            )
        )
        t.reject_unknown()
    top.reject_unknown()
    return tuple(kinds), tuple(meetings), tuple(changes)


def _problem(item: str, name: str, message: str) -> Problem:
    return Problem(FILE, item, name, message)
