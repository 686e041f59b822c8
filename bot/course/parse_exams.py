"""exams.toml: exams with their times, rooms (one, or by section or surname), rules and conflict form."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from bot.course.checked_toml import Problem, Table
from bot.course.load_context import LoadContext
from bot.course.model import CONFLICT_FORM_STATUSES, ConflictForm, Exam, ExamRoom, surname_key
from bot.course.parse_exam_sittings import check_sitting_names, parse_sittings
from bot.course.unknown import UNKNOWN

FILE = "exams.toml"
_SURNAME_RANGE = re.compile(r"([A-Za-z]+)\s*(?:-|–|to)\s*([A-Za-z]+)")
_INITIALS = "abcdefghijklmnopqrstuvwxyz"
FORMAT1_FORM_LEAD = 21  # format 1's documented default (an assumption the data marked as such)


def parse_exams(raw: dict[str, Any], ctx: LoadContext) -> tuple[Exam, ...]:
    top = Table(raw, FILE, "", ctx.problems)
    exams = []
    for t in top.each("exam", "id", "exam '{}'"):
        exam = _format1(t, ctx) if ctx.format == 1 else _format2(t, ctx)
        ctx.in_term(t, "date", exam.date)
        t.reject_unknown()
        exams.append(exam)
    top.reject_unknown()
    check_sitting_names(tuple(exams), ctx)
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
        sections = ctx.section_list(rt, "sections", rt.strs("sections"))
        surnames = _surnames(rt)
        if sections and surnames:
            rt.problem("surnames", "give a room either `sections` or `surnames`, not both")
        rooms.append(ExamRoom(room=rt.str("room"), sections=sections, surnames=surnames))
        rt.reject_unknown()
    room = ctx.text(t, "room")
    if room and rooms:
        t.problem("room", "give either one `room` or `rooms` by section or surname, not both")
    covered = [s for r in rooms for s in r.sections]
    for section in {s for s in covered if covered.count(s) > 1}:
        t.problem("rooms", f"section {section!r} has two rooms")
    # a room whose `surnames` was refused is not "for everyone" (its own problem is already listed)
    said = [isinstance(raw, dict) and "surnames" in raw for raw in t.tables("rooms")]
    for_everyone = any(not r.sections and not named for r, named in zip(rooms, said, strict=True))
    _check_surname_ranges(t, rooms, for_everyone)
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
        sittings=parse_sittings(t, ctx),
    )


def _surnames(rt: Table) -> tuple[str, str] | None:
    """`surnames = "A-L"` (or "Mo-Z"): the first and last initials of the surnames that write in this room."""
    raw = rt.str("surnames", "")
    if not raw:
        return None
    found = _SURNAME_RANGE.fullmatch(raw.strip())
    if found is None:
        rt.problem("surnames", f'{raw!r} is not a range of initials like "A-L" or "Mo-Z"')
        return None
    low, high = found.group(1).upper(), found.group(2).upper()
    if surname_key(low)[: len(high)] > surname_key(high):
        rt.problem("surnames", f"{raw!r} runs backwards (from {low} to {high})")
        return None
    return low, high


def _check_surname_ranges(t: Table, rooms: list[ExamRoom], for_everyone: bool) -> None:
    """Refuse rooms split by surname next to rooms for everyone, and two ranges that hold the same initial."""
    by_name = [r for r in rooms if r.surnames is not None]
    if not by_name:
        return
    if for_everyone:
        t.problem("rooms", "a room for everyone next to rooms by surname: give every room its `surnames`")
    for i, one in enumerate(by_name):
        for other in by_name[i + 1 :]:
            shared = next((c for c in _INITIALS if one.holds_surname(c * 3) and other.holds_surname(c * 3)), "")
            if shared:
                both = f"{one.surname_range} and {other.surname_range}"
                t.problem("rooms", f"surnames {both} overlap (at {shared.upper()})")


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
