"""What /admin status says about announcements: counts, and each item that failed or was skipped, with why."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from bot.core.answer import Field, Stamp, Text, text
from bot.store.deliveries import UNREACHABLE_NOTE, Delivery

SHOWN = 8  # per list; the delivery log keeps them all


def _what(key: str) -> Text:
    """A delivery key as staff read it: DM copies name their student."""
    if key.startswith("dm:"):
        _, user_id, rest = key.split(":", 2)
        return text(f"DM to <@{user_id}>: `{rest}`")
    return text(f"`{key}`")


def retried_lines(waiting: Sequence[Delivery]) -> tuple[Text, ...]:
    """What a new announcement channel brings back: the posts that could not reach the old one, each with why.
    They go out within a minute, late with a note, if they still matter; /admin status shows any skipped."""
    if not waiting:
        return ()
    reopened = {row.key: row.note.removeprefix(UNREACHABLE_NOTE) for row in waiting}
    lines = [
        text(
            f"{len(reopened)} announcement(s) could not reach the channel before: each goes out here within a minute "
            "if it still matters (late, with a note), or is skipped, with why, in /admin status:"
        )
    ]
    keys = sorted(reopened)
    lines += [(*_what(k), f" · {reopened[k]}") for k in keys[:SHOWN]]
    if len(keys) > SHOWN:
        lines.append(text(f"… and {len(keys) - SHOWN} more."))
    return tuple(lines)


def _row(row: Delivery) -> Text:
    when = (" · ", Stamp(row.done_at, "f")) if row.done_at else ()
    return (*_what(row.key), *when, f" · {row.note or 'no reason recorded'}")


def delivery_fields(
    counts: Mapping[str, int],
    failed: Sequence[Delivery],
    skipped: Sequence[Delivery],
    waiting: Sequence[Delivery],
    last_sent: dt.datetime | None,
) -> tuple[Field, ...]:
    """The announcements part of /admin status, from the delivery log (latest first in each list)."""
    summary = [
        text(
            f"Sent: {counts.get('sent', 0)} · failed: {counts.get('failed', 0)} · "
            f"skipped: {counts.get('skipped', 0)} · waiting to retry: {len(waiting)}"
        ),
        text("Last sent: ", Stamp(last_sent, "f")) if last_sent else text("Last sent: nothing yet"),
    ]
    fields = [Field("Announcements", tuple(summary))]
    for name, rows, total in (
        ("Failed (not sent)", failed, counts.get("failed", 0)),
        ("Skipped", skipped, counts.get("skipped", 0)),
    ):
        if rows:
            lines = [_row(r) for r in rows[:SHOWN]]
            if total > len(lines):
                lines.append(text(f"… and {total - len(lines)} earlier."))
            fields.append(Field(name, tuple(lines)))
    if waiting:
        lines = [(*_what(r.key), " · claimed ", Stamp(r.claimed_at, "f")) for r in waiting[:SHOWN]]
        fields.append(Field("Waiting to retry (checked in Discord before sending again)", tuple(lines)))
    return tuple(fields)
