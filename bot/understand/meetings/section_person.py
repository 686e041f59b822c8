"""The one member of staff who runs a section ("who is the tutor for studio group 3 and when is their office hour":
"their" is that tutor), read from the people the course lists for the section and its meetings' staff."""

from __future__ import annotations

from bot.course.model import Course


def section_person(course: Course, section: str, role: str | None) -> str | None:
    """The id of the one person who runs the section (of the role asked, when one is), or None when nobody or several
    do."""
    staff = {p for m in course.meetings if m.section == section for p in m.staff}
    runs = [p for p in course.people if section in p.sections or p.id in staff]
    found = [p for p in runs if p.role == role] if role else runs
    return found[0].id if len(found) == 1 else None
