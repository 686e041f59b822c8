"""What a calendar includes (presets students pick, or kinds), and the feed address to subscribe to.

Shared by /calendar, `coursebot calendar` and the HTTP feed, so all three read `include` the same way.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from urllib.parse import quote

from bot.calendar.ics import CALENDAR_KINDS
from bot.core.plain_text import one_line
from bot.course.loader import FILES, OPTIONAL_FILES

# Named choices of what a calendar includes: (label for students, kinds).
INCLUDE_PRESETS: dict[str, tuple[str, tuple[str, ...]]] = {
    "everything": ("Everything", CALENDAR_KINDS),
    "deadlines-exams": ("Deadlines and exams", ("exams", "deadlines")),
    "classes": ("Class days, exams and days off", ("lectures", "exams", "no_class")),
    "office-hours": ("Office hours", ("office_hours",)),
}
DEFAULT_PRESET = "everything"


class BadFeedRequest(ValueError):
    """A feed request (or `--include`) names a kind that does not exist; the message says which."""


class UnknownSection(BadFeedRequest):
    """A feed request names a section the course does not have."""


# --- what a calendar includes ---------------------------------------------------------------------------------


def parse_include(value: str | None) -> frozenset[str]:
    """A preset name ("deadlines-exams") or kinds ("deadlines,exams") -> the kinds. Empty: everything."""
    text = (value or "").strip().lower()
    if not text:
        return frozenset(CALENDAR_KINDS)
    if text in INCLUDE_PRESETS:
        return frozenset(INCLUDE_PRESETS[text][1])
    kinds = {part.strip().replace("-", "_") for part in text.split(",") if part.strip()}
    unknown = sorted(kinds - set(CALENDAR_KINDS))
    if unknown or not kinds:
        raise BadFeedRequest(
            f"unknown calendar kinds {', '.join(map(one_line, unknown)) or repr(value)}; use a preset "
            f"({', '.join(INCLUDE_PRESETS)}) or kinds from: {', '.join(CALENDAR_KINDS)}"
        )
    return frozenset(kinds)


def include_label(kinds: frozenset[str]) -> str:
    """'Deadlines and exams' for a preset's kinds, else the kinds in words."""
    for label, preset in INCLUDE_PRESETS.values():
        if frozenset(preset) == kinds:
            return label
    return ", ".join(k.replace("_", " ") for k in CALENDAR_KINDS if k in kinds).capitalize()


def include_param(kinds: frozenset[str]) -> str:
    for name, (_, preset) in INCLUDE_PRESETS.items():
        if frozenset(preset) == kinds:
            return name
    return ",".join(k for k in CALENDAR_KINDS if k in kinds)


def feed_path(section: str | None = None, kinds: frozenset[str] | None = None, course_id: str | None = None) -> str:
    """'/calendar-1A.ics?include=deadlines-exams': the feed's path for a section and kinds; with a course id (a bot
    serving several courses) '/<course id>/calendar-1A.ics'."""
    path = f"/calendar-{quote(section)}.ics" if section else "/calendar.ics"
    if course_id:
        path = f"/{quote(course_id)}{path}"
    if kinds is None or kinds == frozenset(CALENDAR_KINDS):
        return path
    return f"{path}?include={quote(include_param(kinds), safe=',')}"


def feed_url(
    public_url: str | None,
    section: str | None = None,
    kinds: frozenset[str] | None = None,
    course_id: str | None = None,
) -> str | None:
    """The full feed address students can subscribe to, or None when no public URL is configured."""
    if not public_url:
        return None
    return public_url.rstrip("/") + feed_path(section, kinds, course_id)


def data_stamp(folder: Path) -> dt.datetime | None:
    """When the course data files were last modified (UTC, whole seconds): a stable DTSTAMP and Last-Modified."""
    try:
        present = [*FILES, *(name for name in OPTIONAL_FILES if (Path(folder) / name).exists())]
        latest = max((Path(folder) / name).stat().st_mtime for name in present)
    except (OSError, ValueError):
        return None
    return dt.datetime.fromtimestamp(int(latest), tz=dt.UTC)
