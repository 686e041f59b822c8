"""`coursebot move-records`: the command-line counterpart of /admin move-records, for records a server keeps under
an id its course's data no longer has (`coursebot check --db` lists them).

coursebot move-records OLD_ID NEW_ID [--guild ID] [--db FILE]     move them to the id the data uses now
coursebot move-records OLD_ID --delete [--yes] [--guild ID]        delete them: without --yes, only says what would go

Deleting asks first, as the Discord button does: without --yes nothing is deleted, the records that would be are
listed, and the exit code is 1 (so a script that forgot --yes does not go on as if they were gone).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from bot.cli.common import EXIT_ERROR, EXIT_OK, catalog_for, guild_for
from bot.cli.usage import UsageError
from bot.settings import LOCAL_SERVER_ID


def add_parsers(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "move-records", help="move records kept under an id the data no longer has to its new id, or delete them"
    )
    p.add_argument("old_id", help="the id the data no longer has (as `coursebot check --db` names it)")
    p.add_argument("new_id", nargs="?", help="the id the data uses now (an assignment, exam or section id)")
    p.add_argument("--delete", action="store_true", help="delete the records instead of moving them")
    p.add_argument("--yes", action="store_true", help="with --delete: delete without asking (else: say what would go)")
    p.add_argument(
        "--guild", type=int, help=f"server id (default: COURSEBOT_GUILD_ID, else the local id {LOCAL_SERVER_ID})"
    )
    p.add_argument("--db", help="SQLite file (default: $COURSEBOT_DB or ./coursebot.db)")


def cmd_move_records(args: argparse.Namespace) -> int:
    from bot.answers.record_deletion import what_goes
    from bot.cli.server_course import course_for_server
    from bot.core.errors import UserError
    from bot.core.render_text import line_text
    from bot.settings import Settings
    from bot.store.database import Store

    old_id, new_id = args.old_id.strip(), (args.new_id or "").strip() or None
    if args.delete and new_id is not None:
        raise UsageError("NEW_ID", "give NEW_ID (to move the records) or --delete, not both", f"{old_id} --delete")
    if not args.delete and new_id is None:
        raise UsageError("NEW_ID", "give the id the data uses now, or --delete to delete the records", f"{old_id} hw3")
    if args.yes and not args.delete:
        raise UsageError("--yes", "only confirms --delete (moving records asks nothing)", f"{old_id} --delete --yes")
    settings = Settings.from_env()
    guild = guild_for(args, settings)
    courses = catalog_for(args)
    store = Store(args.db or settings.db_path, zone=courses.default.tz)
    now = dt.datetime.now(dt.UTC)
    try:
        course = course_for_server(courses, args.course, store, guild)
        if args.delete and not args.yes:
            held = store.orphans.held(guild, course, old_id)
            for line in what_goes(held):
                print(line_text(line, course.tz, now))
            print(
                f"Nothing was deleted: run again with --yes to delete them (coursebot move-records {old_id} "
                "--delete --yes).",
                file=sys.stderr,
            )
            return EXIT_ERROR
        done = store.orphans.move(guild, course, old_id, new_id, by=0, now=now)
    except UserError as err:
        print(f"coursebot move-records: {err.message}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        store.close()
    print(f"Moved to {done.kind} id {new_id!r}: {done.words()}." if new_id else f"Deleted: {done.words()}.")
    return EXIT_OK


HANDLERS = {"move-records": cmd_move_records}
