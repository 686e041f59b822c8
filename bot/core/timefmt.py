"""How times read: "Wed Feb 21, 11:59 PM EST" for people, <t:UNIX:F> for Discord, ISO 8601 for machines."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo


def human_datetime(moment: dt.datetime, tz: ZoneInfo) -> str:
    """'Wed Feb 21, 11:59 PM EST' in course time (EST or EDT as the date requires)."""
    local = moment.astimezone(tz)
    return f"{human_date(local.date())}, {human_time(local.time())} {local.tzname()}"


_DATES: dict[dt.date, str] = {}  # every answer names days; a term has a few hundred of them


def human_date(day: dt.date) -> str:
    """'Wed Feb 21'."""
    if type(day) is not dt.date:  # a datetime: equal ones can fall on different days in their own zones
        return f"{day:%a %b} {day.day}"
    try:
        return _DATES[day]
    except KeyError:
        if len(_DATES) >= 4096:
            _DATES.clear()
        named = _DATES[day] = f"{day:%a %b} {day.day}"
        return named


def human_date_year(day: dt.date) -> str:
    """'Wed Feb 21, 2024'."""
    return f"{human_date(day)}, {day.year}"


def human_time(moment: dt.time) -> str:
    """'11:59 PM', '9:00 AM'."""
    hour = moment.hour % 12 or 12
    return f"{hour}:{moment.minute:02d} {'AM' if moment.hour < 12 else 'PM'}"


def human_time_range(start: dt.time, end: dt.time) -> str:
    return f"{human_time(start)} – {human_time(end)}"


def relative(moment: dt.datetime, now: dt.datetime) -> str:
    """'in 2 days', 'in 5 hours', '3 minutes ago', as Discord's <t:..:R> would put it; under a minute, the seconds
    ('30 seconds ago', 'in 1 second'), and 'just now' for this very moment (a deadline asked about in its own
    minute reads "was due 11:59 PM (just now)" or "(30 seconds ago)", never a vague "a few seconds")."""
    # Subtract in UTC: two datetimes sharing a ZoneInfo subtract as wall clocks, which is wrong across DST.
    seconds = (moment.astimezone(dt.UTC) - now.astimezone(dt.UTC)).total_seconds()
    future = seconds > 0  # this very moment has passed as it is read: 'just now', never 'in'
    seconds = abs(seconds)
    for unit, size in (("year", 365 * 86400), ("month", 30 * 86400), ("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            count = round(seconds / size) if unit in ("year", "month") else int(seconds // size)
            text = f"{count} {unit}{'s' if count != 1 else ''}"
            return f"in {text}" if future else f"{text} ago"
    whole = int(seconds)
    if not whole:
        return "just now" if not future else "in 1 second"
    text = f"{whole} second{'s' if whole != 1 else ''}"
    return f"in {text}" if future else f"{text} ago"


def discord_timestamp(moment: dt.datetime, style: str = "F") -> str:
    """Discord's timestamp markup: every reader sees it in their own time zone."""
    return f"<t:{int(moment.timestamp())}:{style}>"


def iso(moment: dt.datetime, tz: ZoneInfo) -> str:
    """ISO 8601 with the course-time UTC offset: 2024-03-13T23:59:00-04:00."""
    return moment.astimezone(tz).isoformat()


def parse_now(text: str, tz: ZoneInfo) -> dt.datetime:
    """Read a --now value: ISO 8601; without an offset it is course time. Raises ValueError if unreadable."""
    text = text.strip()
    if not text:
        raise ValueError("empty time")
    moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz)
    return moment
