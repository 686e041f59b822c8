"""assignments.toml: every deadline, with its release, parts, sections and the names students use."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.course import format1
from bot.course.checked_toml import Table
from bot.course.load_context import LoadContext
from bot.course.model import ASSIGNMENT_KINDS, Assignment
from bot.course.parse_handin import hand_in, kind_defaults

FILE = "assignments.toml"


def parse_assignments(raw: dict[str, Any], ctx: LoadContext) -> tuple[tuple[Assignment, ...], set[str]]:
    """The assignments, and (format 1) the ids whose own `grace_days = true`."""
    top = Table(raw, FILE, "", ctx.problems)
    kinds = format1.ASSIGNMENT_KINDS if ctx.format == 1 else ASSIGNMENT_KINDS
    out = []
    flagged: set[str] = set()
    defaults = kind_defaults(top, ctx, kinds)
    for t in top.each("assignment", "id", "assignment '{}'"):
        due_raw = t.date_or_datetime("due")
        release = t.date("release", None)
        due = None
        assumed = ctx.default_due_time_assumed
        if isinstance(due_raw, dt.datetime):
            due, assumed = due_raw.replace(tzinfo=ctx.tz), False
        elif isinstance(due_raw, dt.date):
            due = dt.datetime.combine(due_raw, ctx.default_due_time, tzinfo=ctx.tz)
        if due is not None:
            ctx.exists(t, "due", due.date(), due.time())
        if due and release and release > due.date():
            t.problem("due", f"is before the release date ({due.date()} < {release})")
        ctx.in_term(t, "release", release)
        ctx.in_term(t, "due", due.date() if due else None)
        if ctx.format == 1:
            if t.bool("grace_days", False):
                flagged.add(t.raw.get("id", ""))
        elif "grace_days" in t.raw:
            t.problem(
                "grace_days",
                "format 2 says which assignments the late pool covers in policies.toml ([late.pool] covers_kinds, "
                "covers, excludes)",
            )
            t.used.add("grace_days")
        kind = t.choice("kind", kinds, "homework")
        item = Assignment(
            id=t.str("id"),
            title=t.str("title"),
            short=t.str("short", t.raw.get("title", "")),
            kind=kind,
            due=due,
            release=release,
            aliases=t.strs("aliases"),
            group=t.str("group", None),
            parts=t.strs("parts"),
            sections=ctx.sections(t),
            notes=t.str("notes", ""),
            due_time_assumed=assumed,
            hand_in=hand_in(t, ctx, defaults.get(kind), due),
        )
        t.reject_unknown()
        out.append(item)
    top.used.add("best_of")  # read by bot.course.parse_best_of once the assignments are known
    top.reject_unknown()
    return tuple(out), flagged
