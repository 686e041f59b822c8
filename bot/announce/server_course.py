"""Which course a server follows: with one course, that course; with a folder of courses (COURSEBOT_COURSES), the
one its staff picked with /setup course. A server that has not picked gets a message saying what to run, never
another course's answer."""

from __future__ import annotations

from dataclasses import dataclass

from bot.announce.server_setup import GuildSetup
from bot.course.catalog import CourseCatalog
from bot.course.model import Course

PICK_COURSE = "/setup course"


@dataclass(frozen=True)
class NoCourse:
    """Why there is no course to answer from here; `message` is what the asker is shown."""

    message: str


def course_list(courses: CourseCatalog) -> str:
    return ", ".join(sorted(courses.courses))


def server_course(courses: CourseCatalog, server_id: int | None, setup: GuildSetup | None) -> Course | NoCourse:
    """The course this server follows, or why it has none (a bot serving several courses, nothing picked)."""
    if not courses.per_server:
        return courses.default
    if server_id is None:
        return NoCourse(
            "I serve several courses, so in a direct message I can't tell which one you mean. "
            "Ask in your course's server."
        )
    chosen = setup.course_id if setup is not None else None
    if chosen is None:
        return NoCourse(
            "This server has not picked its course yet, so I can't answer from any course here. "
            f"Course staff: run {PICK_COURSE} (courses: {course_list(courses)})."
        )
    found = courses.find(chosen)
    if found is None:
        return NoCourse(
            f"This server follows the course {chosen!r}, which this bot no longer serves. "
            f"Course staff: pick its course with {PICK_COURSE} (courses: {course_list(courses)})."
        )
    return found
