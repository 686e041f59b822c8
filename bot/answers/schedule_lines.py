"""One schedule row as a line: its date, title, own section, time and place, materials, readings and notes."""

from __future__ import annotations

from bot.core.answer import Stamp, text
from bot.core.links import markdown_link
from bot.core.timefmt import human_date
from bot.course.model import ScheduleDay

_LINKED_KINDS = ("slides", "recording", "notebook", "code", "video")


def day_line(day: ScheduleDay, *, with_date: bool = True, with_slot: bool = True) -> tuple:
    """'Wed Feb 14 · LSH · slides, recording · HW2 Due'; a row for some sections names them, and its own time and
    place ('Fri Mar 6 · Make-up lab · Lab 102 · 2:00 PM – 4:50 PM · Sorensen Hall 312'), unless `with_slot` is
    off because the meeting it is shown under already says them."""
    parts: list = [human_date(day.date)] if with_date else []
    parts.append(f"**{day.title}**")
    if with_slot:
        parts.extend(own_slot(day))
    parts.extend(resource_parts(day))
    if day.announcements:
        parts.append(" / ".join(day.announcements))
    out: list = []
    for i, part in enumerate(parts):
        for piece in ((" · ",) if i else ()) + (part if isinstance(part, tuple) else (part,)):
            if isinstance(piece, str) and out and isinstance(out[-1], str):
                out[-1] += piece  # one string between stamps, as a line without a time of its own always was
            else:
                out.append(piece)
    return text(*out)


def resource_parts(day: ScheduleDay) -> list[str]:
    """A row's materials (linked) and readings, as parts of its line: 'Slides', 'reading: Mankiw Ch. 12'."""
    parts = []
    materials = [r.label for r in day.resources if r.kind in _LINKED_KINDS]
    readings = [r.label for r in day.resources if r.kind == "reading"]
    if materials:
        parts.append(", ".join(_link(r.label, r.url) for r in day.resources if r.label in materials))
    if readings:
        parts.append("reading: " + ", ".join(readings))
    return parts


def own_slot(day: ScheduleDay) -> list:
    """A row's section and own time and place, as parts of its line: 'Studio S3', (start, ' – ', end), 'Room 4'."""
    parts: list = [day.for_label] if day.sections else []
    if day.start is not None:
        parts.append((Stamp(day.start, "t"), " – ", Stamp(day.end, "t")) if day.end else (Stamp(day.start, "t"),))
    if day.room:
        parts.append(day.room)
    return parts


def _link(label: str, url: str) -> str:
    return markdown_link(label, url)
