"""Whether a person's weekly office hours are at a time of day the student states ("are dr a's office hours at 2am",
"does she have office hours at 3"): Yes when one of their slots runs at that time (a clock without AM or PM may be
either), else No with the slots the page gives."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.timefmt import human_time_range
from bot.course.model import WEEKDAYS, OfficeHours
from bot.understand.work.stated_times import StatedClock


def hours_at_clock(clock: StatedClock, slots: Sequence[OfficeHours]) -> tuple[bool, str] | None:
    """(Yes or No, the slots said) for a time of day stated against weekly slots; None without slots or at midnight
    (whose night is meant is the student's to say)."""
    if not slots or clock.midnight:
        return None
    held = any(clock.within(s.start, s.end) for s in slots)
    said = "; ".join(f"{WEEKDAYS[s.weekday].capitalize()}s {human_time_range(s.start, s.end)}" for s in slots)
    return held, f"{said}."
