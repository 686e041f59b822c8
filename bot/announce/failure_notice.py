"""What staff are told, in the course forum's staff channel, when announcements could not be posted: each post that
failed, with Discord's reason and what happens next. /admin status keeps the full list; this notice makes sure
staff hear of it without looking."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from functools import partial

from bot.announce.audience import staff_audience
from bot.announce.edges import bound_after
from bot.announce.planner import Planned
from bot.core.answer import Answer, text
from bot.store.deliveries import UNREACHABLE_NOTE

KIND = "delivery_failed"
KEY_PREFIX = "notice:failed:"
SHOWN = 8
RELEVANT = dt.timedelta(days=7)


def is_notice(key: str) -> bool:
    """A key of such a notice (its own failure is never the subject of another notice)."""
    return key.startswith(KEY_PREFIX)


def failure_notice(failed: Mapping[str, str], at: dt.datetime, staff_channel: int) -> Planned:
    """One notice for the posts that failed in one sweep (`failed`: key -> reason), keyed by the first of them, so
    the same failure is told once, across restarts and a second process."""
    first = min(failed)
    return Planned(
        at=at,
        kind=KIND,
        key=KEY_PREFIX + first,
        audience=staff_audience(staff_channel, None),
        build=partial(_notice, dict(failed)),
        relevant_until=bound_after(at, RELEVANT),
        group=KEY_PREFIX + first,
    )


def _notice(failed: dict[str, str]) -> Answer:
    keys = sorted(failed)
    lines = []
    for key in keys[:SHOWN]:
        reason = failed[key]
        retry = reason.startswith(UNREACHABLE_NOTE)
        reason = reason.removeprefix(UNREACHABLE_NOTE)
        after = (
            "tried again when a channel is set (/setup channel) or it is reachable again" if retry else "not retried"
        )
        lines.append(text(f"`{key}` · {reason} · {after}"))
    if len(keys) > SHOWN:
        lines.append(text(f"… and {len(keys) - SHOWN} more: /admin status lists them all."))
    return Answer(title=f"{len(keys)} announcement(s) could not be posted", lines=tuple(lines))
