"""policies.toml `[[attendance]]`: how many meetings a student may miss and what missing more costs."""

from __future__ import annotations

from typing import Any

from bot.course.checked_toml import Table
from bot.course.load_context import LoadContext
from bot.course.meetings import MeetingKind
from bot.course.model import AttendanceRule

FILE = "policies.toml"


def parse_attendance(
    raw: dict[str, Any], ctx: LoadContext, kinds: tuple[MeetingKind, ...]
) -> tuple[AttendanceRule, ...]:
    top = Table(raw, FILE, "", ctx.problems)
    out = []
    known = {k.id for k in kinds}
    for t in top.each("attendance", "name", "attendance '{}'"):
        rule = _rule(t, known)
        t.reject_unknown()
        if rule is not None:
            out.append(rule)
    return tuple(out)


def _count(t: Table, name: str, least: int = 0) -> int | None:
    value = t.maybe(t.int, name, None, unknown=None)
    if value is not None and value < least:
        t.problem(name, f"must be at least {least}")
        return None
    return value


def _rule(t: Table, known: set[str]) -> AttendanceRule | None:
    name = t.str("name")
    kinds = t.strs("kinds")
    for kind in kinds:
        if kind not in known:
            t.problem("kinds", f"no meeting kind {kind!r} in meetings.toml")
    free = _count(t, "free_absences")
    required = _count(t, "required", 1)
    of = _count(t, "of", 1)
    percent = t.maybe(t.number, "required_percent", None, unknown=None)
    if percent is not None and not 0 < percent <= 100:
        t.problem("required_percent", "must be a percentage above 0 and at most 100")
        percent = None
    if (required is None) != (of is None):
        t.problem("required" if of is not None else "of", "give `required` with `of` (attend at least 10 of the 12)")
        required = of = None
    if required is not None and of is not None and required > of:
        t.problem("required", f"is more than the {of} there are")
        required = None
    late = t.maybe(t.number, "late_counts_as", None, unknown=None)
    if late is not None and not 0 < late <= 1:
        t.problem("late_counts_as", "is the share of an absence a late arrival counts as: above 0, at most 1")
        late = None
    fail_at = _count(t, "fail_at", 1)
    fail_text = t.str("fail_text", "")
    if (fail_at is None) != (not fail_text):
        t.problem("fail_text" if fail_at is not None else "fail_at", "give `fail_at` with `fail_text`")
    each_after = t.str("each_after", "")
    if each_after and free is None:
        t.problem("each_after", "says what each absence past `free_absences` costs: give `free_absences`")
    if free is None and required is None and percent is None:
        t.problem("free_absences", "give `free_absences`, `required` with `of`, or `required_percent`")
        return None
    quote = t.str("quote", "")
    if not quote:
        t.problem("quote", "quote the page's words for the rule")
    return AttendanceRule(
        name=name,
        kinds=kinds,
        free_absences=free,
        required=required,
        of=of,
        required_percent=percent,
        each_after=each_after,
        short_of=t.str("short_of", ""),
        late_counts_as=late,
        fail_at=fail_at,
        fail_text=fail_text,
        quote=quote,
    )
