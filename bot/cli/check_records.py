"""`coursebot check` with a database (--db, else COURSEBOT_DB when set): the records each server keeps under ids its
course's data no longer has (a renamed or removed assignment, exam or section).

The database is only read: it is opened read-only, never upgraded (a check before deploying must leave the file the
running, older bot uses as it is), and each server is compared only with the course it follows.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from bot.announce.server_setup import GuildSetup
from bot.cli.common import EXIT_ERROR, EXIT_OK
from bot.cli.usage import UsageError
from bot.course.loader import BUNDLED_DATA, CourseDataError, load_course
from bot.course.model import Course
from bot.store.database import OldSchema, Store
from bot.store.orphans import ORPHAN_ADVICE


def check_records(args: argparse.Namespace, courses: list[Course]) -> int:
    named = args.db or os.environ.get("COURSEBOT_DB")
    if not named:
        return EXIT_OK
    path = Path(named)
    if not path.is_file():
        if args.db:
            raise UsageError("--db", f"there is no database at {path}", "--db coursebot.db")
        return EXIT_OK
    by_id = {c.id: c for c in courses}
    unpicked = _course_of_unpicked_servers(courses)
    try:
        store = Store(path, zone=courses[0].tz, read_only=True)
    except OldSchema as old:
        print(f"{old} Its records are checked once it is.", file=sys.stderr)
        return EXIT_OK
    found = []
    try:
        for server in store.orphans.servers():
            picked = GuildSetup.from_json(store.server_settings.get(server)).course_id
            course = by_id.get(picked) if picked else unpicked
            if course is not None:
                found += [(server, course, o) for o in store.orphans.of(server, course)]
    finally:
        store.close()
    if not found:
        print(f"Records in {path}: every id they are kept under is in the data.")
        return EXIT_OK
    print(f"{path}: {len(found)} id(s) with records the data no longer has", file=sys.stderr)
    for server, course, orphan in found:
        print(f"  server {server} ({course.id}): {orphan.words()}", file=sys.stderr)
    print(f"  {ORPHAN_ADVICE}", file=sys.stderr)
    return EXIT_ERROR


def _course_of_unpicked_servers(courses: list[Course]) -> Course | None:
    """The checked course, when it is the one a server that picked none follows: the bot's only course (COURSEBOT_DATA,
    else the bundled one). A bot serving several courses (COURSEBOT_COURSES) serves such a server none."""
    if len(courses) != 1 or os.environ.get("COURSEBOT_COURSES", "").strip():
        return None
    served = os.environ.get("COURSEBOT_DATA", "").strip() or BUNDLED_DATA
    try:
        only = load_course(served)
    except (CourseDataError, OSError):
        return None
    return courses[0] if only.id == courses[0].id else None
