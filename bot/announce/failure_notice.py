"""What staff are told when announcements could not be posted: each post that failed, with Discord's reason and what
happens next. It goes to the course forum's staff channel, else to the announcement channel (mentioning the staff
role when the server lets the bot mention it), else nowhere: /admin status keeps the full list either way; this
notice makes sure staff hear of it without looking."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping
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
FOR_STAFF = "For course staff (told here: no staff channel is set; /setup qa-forum staff_channel moves these there):"


def is_notice(key: str) -> bool:
    """A key of such a notice (its own failure is never the subject of another notice)."""
    return key.startswith(KEY_PREFIX)


def notice_audience(
    staff_channel: int | None, announce_channel: int | None, refused: Collection[int], staff_role: int | None
) -> str | None:
    """Where the notice goes: the course forum's staff channel (only staff read it: no ping); else the announcement
    channel, mentioning `staff_role` (None: the server does not let the bot mention one), unless Discord just
    refused that very channel (`refused`); else None: only /admin status lists the failures."""
    if staff_channel:
        return staff_audience(staff_channel, None)
    if announce_channel and announce_channel not in refused:
        return staff_audience(announce_channel, staff_role)
    return None


def failure_notice(failed: Mapping[str, str], at: dt.datetime, audience: str, *, public: bool = False) -> Planned:
    """One notice for the posts that failed in one sweep (`failed`: key -> reason), keyed by the first of them, so
    the same failure is told once, across restarts and a second process. `public`: it goes to a channel students
    read too, so it says whom it is for."""
    first = min(failed)
    return Planned(
        at=at,
        kind=KIND,
        key=KEY_PREFIX + first,
        audience=audience,
        build=partial(_notice, dict(failed), public),
        relevant_until=bound_after(at, RELEVANT),
        group=KEY_PREFIX + first,
    )


def _notice(failed: dict[str, str], public: bool) -> Answer:
    keys = sorted(failed)
    lines = [text(FOR_STAFF)] if public else []
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
