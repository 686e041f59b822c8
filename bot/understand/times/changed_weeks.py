"""Stretches the page names only in the reasons of its meeting changes ("E-learning Week: the lecture is on Zoom",
"E-learning Week: all tutorials are on Zoom"): classes still meet then, changed. The label before the colon,
shared by two changes or more, names the stretch from the first of their dates to the last (a whole week when the
label says week), so "during e-learning week" is those days and "is my tutorial on zoom then" is read from them.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from bot.course.model import Course
from bot.understand.words.normalize import phrase_key


def changed_stretches(course: Course) -> list[tuple[str, str, dt.date, dt.date]]:
    """(key, label, first, last) of every stretch so named, in date order. A whole short reason with no label
    ("Monsoon timetable") names one too, when the meetings it moves are moved over the same days: the same reason
    on changes weeks apart ("Guest speaker") is each change's own note."""
    spans: dict[str, list[dt.date]] = defaultdict(list)
    labels: dict[str, str] = {}
    unlabelled: dict[str, list[tuple[dt.date, dt.date]]] = defaultdict(list)
    for change in course.meeting_changes:
        label, colon, _ = change.reason.partition(":")
        key = "-".join(phrase_key(label))
        if not key or len(label) > 40 or (not colon and (len(phrase_key(label)) > 3 or change.kind != "move")):
            continue
        labels.setdefault(key, " ".join(label.split()))
        spans[key] += [change.first, change.last]
        if not colon:
            unlabelled[key].append((change.first, change.last))
    out = []
    for key, days in spans.items():
        if len(days) < 4:
            continue  # one change alone is that meeting's own note, not a stretch of the term
        if key in unlabelled and not _one_stretch(unlabelled[key]):
            continue
        first, last = min(days), max(days)
        if "week" in phrase_key(labels[key]):
            first, last = first - dt.timedelta(days=first.weekday()), last + dt.timedelta(days=6 - last.weekday())
        out.append((key, labels[key], first, last))
    return sorted(out, key=lambda s: s[2])


def _one_stretch(ranges: list[tuple[dt.date, dt.date]]) -> bool:
    """Whether changes' days overlap one another (moved over the same weeks), within a week of each other."""
    return max(first for first, _ in ranges) <= min(last for _, last in ranges) + dt.timedelta(days=7)
