"""Operator commands for the `coursebot` command line: back up the database, write the calendar file.

coursebot backup OUT.db [--force] [--db FILE]           online copy of the bot's SQLite database
coursebot calendar --out FILE [--section S] [--include K]  the course calendar (.ics); --out - for stdout

`backup` uses SQLite's online backup API, so it is safe while the bot is running (it copies a consistent
snapshot, including what is still in the WAL file). The copy is written next to OUT first and renamed into
place, so a failed backup never leaves half a file, and it is switched out of WAL mode so OUT is one
self-contained file. It refuses to overwrite OUT unless --force, and never writes over the database or the files
SQLite keeps beside it (-wal, -shm, -journal), --force or not.

`calendar --out` never writes over the database either, and replaces an existing file only when CourseBot wrote it
for the same course (re-running it refreshes the file) or with --force. Its own output is recognised by the PRODID
line it writes, `-//CourseBot//<course id>//EN`: every calendar program writes its own PRODID, so someone's export
from Google or Outlook (even one that once imported ours) is never taken for ours, and a calendar written for
another course is not silently replaced by this one's.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from bot.cli.common import EXIT_ERROR, EXIT_OK, data_dir
from bot.cli.database_files import database_part
from bot.cli.options import output_file, read_section, shown
from bot.cli.usage import UsageError


def add_parsers(subparsers: argparse._SubParsersAction) -> None:
    """Add `backup` and `calendar` to the `coursebot` command line (no heavy imports: `ask` must start fast)."""

    p = subparsers.add_parser("backup", help="copy the bot's database (safe while the bot runs)")
    p.add_argument("out", help="the backup file to write, e.g. backup-2024-03-01.db")
    p.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    p.add_argument("--db", help="the database to copy (default: $COURSEBOT_DB or ./coursebot.db)")

    p = subparsers.add_parser("calendar", help="write the course calendar as an .ics file")
    p.add_argument("--out", required=True, help="the .ics file to write ('-' for standard output)")
    p.add_argument(
        "--force",
        action="store_true",
        help="overwrite OUT even if it is not a calendar CourseBot wrote for this course",
    )
    p.add_argument("--section", help="one section's calendar (default: the whole course)")
    p.add_argument(
        "--include",
        help="a preset (everything, deadlines-exams, classes, office-hours) or kinds, comma-separated, from: "
        "lectures, exams, no_class, deadlines, office_hours (default: everything)",
    )


# --- backup -------------------------------------------------------------------------------------------------


def _db_path(args: argparse.Namespace) -> Path:
    if getattr(args, "db", None):
        return Path(args.db)
    from bot.settings import Settings

    return Settings.from_env().db_path


def backup_database(source: Path, out: Path, *, force: bool = False) -> dict:
    """Copy `source` to `out` with SQLite's online backup; returns what the summary line reports.

    The source must be an intact CourseBot database (DatabaseProblem otherwise: the same checks as every start)."""
    import sqlite3  # here, not at the top: `coursebot ask` builds this parser and must start fast
    import tempfile

    from bot.store.opening import check_readable_database

    check_readable_database(source)
    part = database_part(out, source)
    if part is not None:
        raise FileExistsError(f"{out} is {part}; choose another file")
    if out.exists() and not force:
        raise FileExistsError(f"{out} already exists; pass --force to overwrite it")
    out.parent.mkdir(parents=True, exist_ok=True)
    # mode=rw: never create an empty database when the path is wrong.
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=rw", uri=True)
    handle, temp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    os.close(handle)
    try:
        dst = sqlite3.connect(temp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            check = dst.execute("PRAGMA quick_check").fetchone()[0]
            tables = dst.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
            schema = dst.execute("PRAGMA user_version").fetchone()[0]
        finally:
            dst.close()
        os.replace(temp, out)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    finally:
        src.close()
    return {"bytes": out.stat().st_size, "tables": tables, "schema": schema, "check": check}


def cmd_backup(args: argparse.Namespace) -> int:
    import sqlite3

    source = _db_path(args)
    out = output_file("OUT", args.out, "coursebot backup backups/coursebot-2024-03-01.db", make_folders=True)
    try:
        info = backup_database(source, out, force=args.force)
    except (OSError, sqlite3.Error) as err:  # also: a disk full, a folder that cannot be made
        print(f"coursebot backup: nothing copied: {err}", file=sys.stderr)
        return EXIT_ERROR
    print(
        f"Backed up {source} to {out}: {info['bytes'] / 1024:.1f} KiB, schema v{info['schema']}, "
        f"{info['tables']} tables, integrity {info['check']}."
    )
    return EXIT_OK if info["check"] == "ok" else EXIT_ERROR


# --- calendar -----------------------------------------------------------------------------------------------


# How far into a file its PRODID is looked for: ours is the first property; other programs put it near the top.
_HEAD_BYTES = 4096


def _refuse_database(out: Path, database: Path, *, example: str) -> None:
    """UsageError before anything is written: `out` is the bot's database (or a file SQLite keeps beside it)."""
    part = database_part(out, database)
    if part is not None:
        raise UsageError("--out", f"{shown(out)} is {part}; choose another file", example)


def _refuse_foreign_file(out: Path, course_id: str, *, force: bool, example: str) -> None:
    """UsageError before anything is written: `out` exists and is not this course's calendar written by CourseBot,
    and --force was not given (someone's own calendar export must never be lost to a refresh)."""
    from bot.calendar.ownership import calendar_maker, other_course, own_prodid

    if force or not out.exists():
        return
    try:
        with out.open("rb") as existing:
            head = existing.read(_HEAD_BYTES)
    except OSError as err:
        raise UsageError("--out", f"cannot read {shown(out)} to check what it is: {err.strerror}", example) from None
    maker = calendar_maker(head)
    if maker == own_prodid(course_id):
        return
    if maker is None:
        what = "is not a calendar"
    elif other_course(maker) is not None:
        what = f"is CourseBot's calendar of another course ({other_course(maker)})"
    else:
        what = "is a calendar CourseBot did not write" + (f" (made by {maker})" if maker else "")
    raise UsageError("--out", f"{shown(out)} already exists and {what}; pass --force to overwrite it", example)


def cmd_calendar(args: argparse.Namespace) -> int:
    """Write the same bytes the feed serves for this section and selection (same fixed DTSTAMP)."""
    from bot.calendar.ics import build_calendar
    from bot.calendar.include import BadFeedRequest, data_stamp, include_label, parse_include
    from bot.course.loader import load_course

    example = "--out course.ics (or --out - for standard output)"
    out = None if args.out == "-" else output_file("--out", args.out, example)
    if out is not None:
        _refuse_database(out, _db_path(args), example=example)
    folder = data_dir(args)
    course = load_course(folder)
    if out is not None:
        _refuse_foreign_file(out, course.id, force=args.force, example=example)
    try:
        kinds = parse_include(args.include)
    except BadFeedRequest as err:
        raise UsageError("--include", str(err), "--include deadlines-exams") from None
    args.section = read_section(course, args.section)
    stamp = data_stamp(folder) or dt.datetime.now(dt.UTC).replace(microsecond=0)
    body = build_calendar(course, section=args.section, include=set(kinds), now=stamp)
    events = body.count(b"BEGIN:VEVENT")
    if out is None:
        sys.stdout.buffer.write(body)
        sys.stdout.flush()
        return EXIT_OK
    out.write_bytes(body)
    who = f"section {args.section}" if args.section else "the whole course"
    print(f"Wrote {args.out}: {events} events ({include_label(kinds).lower()}) for {who}, data {course.version}.")
    return EXIT_OK


# What bot.cli's dispatch table needs: {subcommand: handler}.
HANDLERS = {"backup": cmd_backup, "calendar": cmd_calendar}
