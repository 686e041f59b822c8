"""assignments.toml: how work is handed in (`submit`) and a timed quiz's window (`opens`, `time_limit`, `attempts`,
`open_book`), on an assignment or for every assignment of a kind (`[kind_defaults.quiz]`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from bot.course.checked_toml import Table
from bot.course.load_context import LoadContext
from bot.course.model import HandIn
from bot.course.unknown import UNKNOWN, Unknown

FILE = "assignments.toml"
# the fields a kind's defaults may give (a window's opening is each assignment's own)
KIND_FIELDS = ("submit", "time_limit", "attempts", "open_book")
FIELDS = ("submit", "opens", *KIND_FIELDS[1:])


def kind_defaults(top: Table, ctx: LoadContext, kinds: tuple[str, ...]) -> dict[str, HandIn]:
    """`[kind_defaults.<kind>]`: what the page says once for every assignment of a kind ("quizzes are 30 minutes,
    one attempt, on Canvas")."""
    raw = top.table("kind_defaults")
    if not isinstance(raw, dict):
        top.problem("kind_defaults", "expected a table of kinds ([kind_defaults.quiz])")
        return {}
    out = {}
    for kind, table in raw.items():
        t = Table(table, FILE, f"[kind_defaults.{kind}]", ctx.problems)
        if kind not in kinds:
            t.problem("", f"unknown kind {kind!r}; expected one of: {', '.join(kinds)}")
        out[kind] = _fields(t, ctx, KIND_FIELDS, None)
        t.reject_unknown()
    return out


def hand_in(t: Table, ctx: LoadContext, default: HandIn | None, due: dt.datetime | None) -> HandIn:
    """The assignment's own fields over its kind's defaults; an opening after the due is refused."""
    own = _fields(t, ctx, FIELDS, due)
    if default is None:
        return own
    given = {name: getattr(own, name) for name in KIND_FIELDS if name in t.raw}
    return replace(default, **given, opens=own.opens, opens_time=own.opens_time)


def _fields(t: Table, ctx: LoadContext, names: tuple[str, ...], due: dt.datetime | None) -> HandIn:
    submit = _submit(t, ctx) if "submit" in names else None
    opens: dt.datetime | Unknown | None = None
    opens_time = True
    if "opens" in names:
        raw = t.maybe(t.date_or_datetime, "opens", None, unknown=UNKNOWN)
        if isinstance(raw, dt.datetime):
            opens = raw.replace(tzinfo=ctx.tz)
            ctx.exists(t, "opens", raw.date(), raw.time())
        elif isinstance(raw, dt.date):
            opens, opens_time = dt.datetime.combine(raw, dt.time(0, 0), tzinfo=ctx.tz), False
        else:
            opens = raw
        if isinstance(opens, dt.datetime):
            ctx.in_term(t, "opens", opens.date())
            if due is not None and (opens >= due if opens_time else opens.date() > due.date()):
                t.problem("opens", f"is not before the due ({_shown(opens, opens_time)} >= {_shown(due, True)})")
    return HandIn(
        submit=submit,
        opens=opens,
        opens_time=opens_time,
        time_limit=_positive(t, "time_limit", "minutes"),
        attempts=_positive(t, "attempts", "attempts"),
        open_book=t.maybe(t.bool, "open_book", None, unknown=UNKNOWN),
    )


def _shown(moment: dt.datetime, with_time: bool) -> str:
    return f"{moment:%Y-%m-%d %H:%M}" if with_time else f"{moment:%Y-%m-%d}"


def _submit(t: Table, ctx: LoadContext) -> str | Unknown | None:
    """A platform id, or the page's words: one word that is no platform's id is taken for a mistyped id."""
    value = t.maybe(t.str, "submit", None, unknown=UNKNOWN)
    if not isinstance(value, str):
        return value
    if not value:
        t.problem("submit", 'is empty: give a platform id, the page\'s words, or "unknown"')
        return None
    if value not in ctx.platforms and " " not in value:
        known = ", ".join(sorted(ctx.platforms)) or "none"
        t.problem("submit", f"no [[platform]] has the id {value!r} (ids: {known}); or give the page's words")
        return None
    return value


def _positive(t: Table, name: str, unit: str) -> int | Unknown | None:
    value: Any = t.maybe(t.int, name, None, unknown=UNKNOWN)
    if isinstance(value, int) and value < 1:
        t.problem(name, f'must be at least 1 ({unit}), or "unknown"')
        return None
    return value
