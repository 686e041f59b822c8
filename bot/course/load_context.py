"""What every part of the loader shares while reading one course folder: format, time zone, term, sections."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from bot.core.wall_clock import skipped, skipped_message
from bot.course.checked_toml import Problem, Table

# A span of days longer than this is a typo already refused elsewhere (outside the term): not walked day by day.
MAX_CHECKED_DAYS = 3 * 366


@dataclass
class LoadContext:
    format: int
    tz: ZoneInfo
    default_due_time: dt.time
    term_first: dt.date | None
    term_last: dt.date | None
    problems: list[Problem]
    section_ids: tuple[str, ...] = ()
    section_labels: dict[str, str] = field(default_factory=dict)  # id -> what a student sees ('Practical group Süd')
    default_due_time_assumed: bool = True
    platforms: dict[str, str] = field(default_factory=dict)  # platform id -> its name

    def exists(self, t: Table, name: str, day: dt.date | None, time: dt.time | None) -> None:
        """A course-time moment the clocks skip (spring forward) names no instant: refused, with the fix."""
        if day is None or time is None:
            return
        moment = dt.datetime.combine(day, time, tzinfo=self.tz)
        if skipped(moment):
            t.problem(name, skipped_message(f"{day} {time:%H:%M}", moment))

    def exists_on_days(
        self,
        t: Table,
        names: tuple[str, ...],
        times: tuple[dt.time | None, ...],
        first: dt.date | None,
        last: dt.date | None,
        weekdays: tuple[int, ...] | None = None,
    ) -> None:
        """A time held on every day from `first` to `last` (only on `weekdays`, Monday 0, when given: weekly office
        hours, a class meeting) that the clocks skip on one of those days: refused for the first such day, with
        the fix. `names` and `times` go together: ("start", "end") and their times."""
        if first is None or last is None or (last - first).days > MAX_CHECKED_DAYS:
            return
        for name, time in zip(names, times, strict=True):
            if time is None:
                continue
            day = first
            while day <= last:
                if weekdays is None or day.weekday() in weekdays:
                    moment = dt.datetime.combine(day, time, tzinfo=self.tz)
                    if skipped(moment):
                        t.problem(name, skipped_message(f"{day} {time:%H:%M}", moment))
                        break
                day += dt.timedelta(days=1)

    def in_term(self, t: Table, name: str, day: dt.date | None) -> None:
        """A date outside [term_dates] is refused: it is a typo far more often than a real date."""
        if day is None or self.term_first is None or self.term_last is None:
            return
        if not self.term_first <= day <= self.term_last:
            t.problem(name, f"{day} is outside the term ({self.term_first} to {self.term_last} in [term_dates])")

    def sections(self, t: Table, name: str = "sections") -> tuple[str, ...]:
        """A list of section ids, checked; empty means every section."""
        values = t.strs(name)
        return self.section_list(t, name, values) or self.section_ids

    def section_list(self, t: Table, name: str, values: tuple[str, ...]) -> tuple[str, ...]:
        by_fold = {s.lower(): s for s in self.section_ids}
        out = []
        for value in values or ():
            found = by_fold.get(value.lower())
            if found is None:
                t.problem(name, f"unknown section {value!r}; the course has: {', '.join(self.section_ids)}")
            else:
                out.append(found)
        return tuple(out)

    def section(self, t: Table, name: str) -> str | None:
        value = t.str(name, "")
        if not value:
            return None
        found = self.section_list(t, name, (value,))
        return found[0] if found else None

    def text(self, t: Table, name: str, default: str = "") -> str:
        """A text field where "unknown" (or "") means the page does not say: read as ""."""
        value = t.maybe(t.str, name, default, unknown="")
        return value or ""

    def platform_name(self, value: str) -> str:
        """A platform id ('forum') becomes its name ('Ed'); any other text stays as written."""
        return self.platforms.get(value, value)
