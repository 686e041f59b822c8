"""Course facts: name, numbers, term, sections, components, links, and what the page does not say."""

from __future__ import annotations

from bot.answers.meetings import weekly_text
from bot.core.answer import Answer, Field, text
from bot.core.timefmt import human_date
from bot.course.model import Course

UNKNOWN = "not on the course page"


def course_answer(course: Course) -> Answer:
    lines = [
        text(
            f"**{course.code}: {course.name}**, {course.term}"
            + (f", {course.institution}" if course.institution else "")
        )
    ]
    if course.description:
        lines.append(text(course.description))
    if course.components:
        lines.append(text(course.components))
    fields = [
        Field(
            "Dates",
            (text(f"First class {human_date(course.term_first)}, last scheduled day {human_date(course.term_last)}."),),
        )
    ]
    if len(course.sections) > 1:
        fields.append(
            Field(
                "Sections",
                tuple(text(f"**{s.name}**" + (f": {s.description}" if s.description else "")) for s in course.sections),
            ),
        )
    weekly = [m for m in course.meetings if m.section is None]
    if weekly:
        meetings = tuple(text(f"{course.kind_name(m.kind, plural=True)}: {weekly_text(m)}") for m in weekly)
        if len(course.meetings) > len(weekly):
            meetings += (text("Section meetings: /meetings with your section."),)
    else:
        meetings = (
            text(f"Times: {course.meeting_times or UNKNOWN}."),
            text(f"Place: {course.meeting_place or UNKNOWN}."),
        )
    fields.append(Field("Meetings", meetings))
    fields.append(Field("Grading breakdown", (text(course.grading_breakdown or f"The breakdown is {UNKNOWN}."),)))
    links = [f"{p.name}: {p.url or UNKNOWN}" for p in course.platforms]
    links += [f"{name.replace('_', ' ').capitalize()}: {url or UNKNOWN}" for name, url in course.links.items()]
    if links:
        fields.append(Field("Links", tuple(text(line) for line in links)))
    return Answer(title=course.title, lines=tuple(lines), fields=tuple(fields))
