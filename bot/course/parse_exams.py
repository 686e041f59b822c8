"""exams.toml: exams with their times, rooms (one, or by section), rules and conflict form."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.course.checked_toml import Problem, Table
from bot.course.load_context import LoadContext
from bot.course.model import CONFLICT_FORM_STATUSES, ConflictForm, Exam, ExamRoom
from bot.course.unknown import UNKNOWN

FILE = "exams.toml"
FORMAT1_FORM_LEAD = 21  # format 1's documented default (an assumption the data marked as such)


def parse_exams(raw: dict[str, Any], ctx: LoadContext) -> tuple[Exam, ...]:
    top = Table(raw, FILE, "", ctx.problems)
    exams = []
    for i, raw_exam in enumerate(top.tables("exam"), 1):
        label = raw_exam.get("id", f"#{i}") if isinstance(raw_exam, dict) else f"#{i}"
        t = Table(raw_exam, FILE, f"exam '{label}'", ctx.problems)
        exam = _format1(t, ctx) if ctx.format == 1 else _format2(t, ctx)
        ctx.in_term(t, "date", exam.date)
        t.reject_unknown()
        exams.append(exam)
    top.reject_unknown()
    ids = [e.id for e in exams]
    for duplicate in sorted({i for i in ids if i and ids.count(i) > 1}):
        ctx.problems.append(Problem(FILE, f"exam '{duplicate}'", "id", "duplicate id"))
    return tuple(exams)


def _format1(t: Table, ctx: LoadContext) -> Exam:
    start = None
    if t.raw.get("time", "") == "":  # format 1 wrote "" for "not on the page"
        t.used.add("time")
    else:
        start = t.time("time", None)
    lead = t.int("conflict_form_opens_days_before", FORMAT1_FORM_LEAD)
    if lead is not None and lead < 0:
        t.problem("conflict_form_opens_days_before", "must not be negative")
    url = t.str("conflict_form_url", "")
    form = ConflictForm(
        status="link" if url else "later",
        url=url,
        opens_days_before=lead if lead is not None and lead >= 0 else None,
        opens_assumed=True,
    )
    return Exam(
        id=t.str("id"),
        title=t.str("title"),
        date=t.date("date"),
        aliases=t.strs("aliases"),
        in_person=t.bool("in_person", True),
        time=start,
        location=t.str("location", ""),
        conflict_form=form,
        sections=ctx.sections(t),
    )


def _format2(t: Table, ctx: LoadContext) -> Exam:
    start = t.maybe(t.time, "start")
    end = t.maybe(t.time, "end")
    if start and end and end <= start:
        t.problem("end", f"ends ({end:%H:%M}) before it starts ({start:%H:%M})")
    day = t.raw.get("date")
    if isinstance(day, dt.date) and not isinstance(day, dt.datetime):
        ctx.exists(t, "start", day, start)
        ctx.exists(t, "end", day, end)
    rooms = []
    for j, raw_room in enumerate(t.tables("rooms"), 1):
        rt = Table(raw_room, FILE, f"{t.item} room #{j}", ctx.problems)
        rooms.append(ExamRoom(room=rt.str("room"), sections=ctx.section_list(rt, "sections", rt.strs("sections"))))
        rt.reject_unknown()
    room = ctx.text(t, "room")
    if room and rooms:
        t.problem("room", "give either one `room` or `rooms` by section, not both")
    covered = [s for r in rooms for s in r.sections]
    for section in {s for s in covered if covered.count(s) > 1}:
        t.problem("rooms", f"section {section!r} has two rooms")
    return Exam(
        id=t.str("id"),
        title=t.str("title"),
        date=t.date("date"),
        aliases=t.strs("aliases"),
        in_person=t.bool("in_person", True),
        time=start,
        end=end,
        location=room,
        rooms=tuple(rooms),
        during_class=t.maybe(t.bool, "during_class", UNKNOWN, unknown=UNKNOWN),
        conflict_form=_conflict_form(t, ctx),
        sections=ctx.sections(t),
        rules=t.strs("rules"),
        if_missed=ctx.text(t, "if_missed"),
    )


def _conflict_form(t: Table, ctx: LoadContext) -> ConflictForm:
    raw = t.table("conflict_form")
    if isinstance(raw, str):
        status = raw.strip().lower()
        if status not in ("none", "unknown"):
            t.problem("conflict_form", 'expected a table, "none" or "unknown"')
        return ConflictForm(status=status if status in ("none", "unknown") else "unknown")
    ft = Table(raw if raw else {"status": "unknown"}, FILE, f"{t.item} [conflict_form]", ctx.problems)
    status = ft.choice("status", CONFLICT_FORM_STATUSES)
    url = ft.str("url", "")
    if status == "link" and not url:
        ft.problem("url", "a form with status 'link' needs its url")
    if status != "link" and url:
        ft.problem("status", "a url is given: set status = 'link'")
    lead = ft.maybe(ft.int, "opens_days_before", None, unknown=None)
    if lead is not None and lead < 0:
        ft.problem("opens_days_before", "must not be negative")
    if status in ("none", "unknown") and lead is not None:
        ft.problem("opens_days_before", f"a form that is '{status}' has no opening date")
    form = ConflictForm(
        status=status or "unknown",
        url=url,
        where=ctx.platform_name(ft.str("where", "")),
        opens_days_before=lead,
        opens_assumed=ft.bool("opens_assumed", False),
        opens_text=ft.str("opens_text", ""),
    )
    ft.reject_unknown()
    return form
