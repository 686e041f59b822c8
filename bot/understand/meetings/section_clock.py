"""A yes/no question stating when a section meets ("is group b tutorial at 4:15", "does section 2 end at 5"): Yes or No
from the section's own weekly meetings (a time without am or pm matches either half of the day), with the days and
times they give. A bound ("before 9") or two times are left to the other readings."""

from __future__ import annotations

from bot.core.timefmt import human_time
from bot.course.model import WEEKDAYS, Course
from bot.understand.exams.stated_exam_time import one_clock_stated
from bot.understand.times.edge_words import asks_end


def section_clock_verdict(course: Course, section: str, question: str) -> tuple[bool, str] | None:
    """(Yes or No, the section's meeting times) when the question states one time for the section's meetings to
    start (or end, asked with "end", "finish", "over"); None when it states none or the page gives no meetings."""
    said = one_clock_stated(question)
    meetings = [m for m in course.meetings if m.section == section]
    if said is None or not meetings:
        return None
    ends = asks_end(question)
    yes = any(said.matches(m.end if ends else m.start) for m in meetings)
    held = "; ".join(
        f"{course.meeting_label(m.kind, section)}: {', '.join(WEEKDAYS[d].capitalize() + 's' for d in m.weekdays)} "
        f"{human_time(m.start)} – {human_time(m.end)}"
        for m in meetings
    )
    return yes, f"{held}."
