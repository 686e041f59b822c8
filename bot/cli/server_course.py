"""Which course a command-line run that acts as a server (the console, `gracedays import`) uses: `--course`, else
the course that server picked with /setup course, else the only course. Never a course nobody named."""

from __future__ import annotations

import dataclasses
import datetime as dt

from bot.announce.server_course import NoCourse, course_list, server_course
from bot.announce.server_setup import GuildSetup
from bot.cli.usage import UsageError
from bot.course.catalog import CourseCatalog
from bot.course.model import Course
from bot.store.database import Store


def stored_course_id(store: Store, server_id: int) -> str | None:
    return GuildSetup.from_json(store.server_settings.get(server_id)).course_id


def course_for_server(
    courses: CourseCatalog, wanted: str | None, store: Store, server_id: int, *, must_match: bool = False
) -> Course:
    """The course to act with as server `server_id`. UsageError (about --course) when none can be chosen, or, with
    `must_match`, when --course names another course than the one the server follows (records would mix)."""
    if wanted:
        course = courses.find(wanted)
        if course is None:
            raise UsageError(
                "--course", f"there is no course {wanted!r} (courses: {course_list(courses)})", _example(courses)
            )
        if not courses.per_server:
            return course
        stored = stored_course_id(store, server_id)
        if must_match and stored is not None and stored.lower() != course.id.lower():
            raise UsageError(
                "--course",
                f"server {server_id} follows the course {stored!r}, not {course.id!r}: its records would mix two "
                f"courses. Use --course {stored}, or --guild with the server that follows {course.id}",
                f"--course {stored}",
            )
        return course
    served = server_course(courses, server_id, GuildSetup.from_json(store.server_settings.get(server_id)))
    if isinstance(served, NoCourse):
        raise UsageError(
            "--course",
            f"this bot serves several courses and server {server_id} has not picked one with /setup course; "
            f"pick one with --course ID (courses: {course_list(courses)})",
            _example(courses),
        )
    return served


def pin_course(
    store: Store, server_id: int, course: Course, now: dt.datetime, *, by: str = "the first grades import"
) -> bool:
    """Make a server that has not picked its course follow `course` (its records are that course's from now on).
    True when it was pinned now; False when it already follows a course. `by`: what pinned it, for the record."""
    setup = GuildSetup.from_json(store.server_settings.get(server_id))
    if setup.course_id is not None:
        return False
    pinned = dataclasses.replace(setup, course_id=course.id)
    change = {"course": course.id, "by": by}
    store.server_settings.save(server_id, pinned.to_json(), by=0, now=now, change=change)
    return True


def _example(courses: CourseCatalog) -> str:
    return f"--course {courses.default.id}"
