"""The `coursebot` command line: run the bot, the terminal console, and the scriptable answers.

coursebot run                                   connect to Discord (DISCORD_TOKEN)
coursebot sync                                  register slash commands now, then exit
coursebot console [--now ISO] [--staff]         type slash commands or questions, no Discord needed (:quit, Ctrl-D)
coursebot ask "QUESTION" [--now ISO] [--json]   one answer as plain text (--json: with how it was read)
coursebot deadlines [--all] [--json] [--now ISO]
coursebot plan [--from ISO] [--to ISO] [--json] what would be announced, and when
coursebot gracedays report --csv FILE [--json]  every student's late-work tally from a grades export (no database)
coursebot gracedays import FILE                 import an export into the database
coursebot calendar --out FILE [--section S]     the course calendar (.ics)
coursebot backup OUT.db [--force]               copy the database (safe while running)
coursebot qa import-faq|search|list|export      the course forum (see bot/cli/qa.py)
coursebot check [DIR]                           validate a course folder (or a folder of course folders)
coursebot new-course DIR                        write a commented template of every course file

--data DIR picks a course folder; --course ID picks a course from a folder of courses (--data, COURSEBOT_COURSES).
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import datetime as dt
import json
import logging
import os
import sys
from pathlib import Path

from bot.cli.common import EXIT_CONFIG, EXIT_ERROR, EXIT_OK, clock_for, data_dir, load
from bot.core.clock import FixedClock
from bot.core.timefmt import human_datetime, parse_now
from bot.course.loader import CourseDataError, load_course
from bot.settings import LOCAL_SERVER_ID
from bot.store.problems import DatabaseProblem

log = logging.getLogger("coursebot")

HOW_TO_CONNECT = """No DISCORD_TOKEN is set, so the bot cannot connect to Discord.

Get a token: https://discord.com/developers/applications -> New Application -> Bot -> Reset Token, then
  export DISCORD_TOKEN=...   (and invite the bot with the applications.commands and bot scopes)

Without a token you can still try every command in the terminal:  coursebot console"""


def cmd_check(args: argparse.Namespace) -> int:
    """Validate one course folder, or every course in a folder of courses (ids must be unique)."""
    from bot.course.catalog import is_course_folder, load_courses

    courses_env = os.environ.get("COURSEBOT_COURSES", "").strip()
    if args.dir:
        folder = Path(args.dir)
    elif courses_env and not args.data and not args.course:
        folder = Path(courses_env)  # the department's whole folder of courses
    else:
        folder = data_dir(args)
    try:
        if folder.is_dir() and not is_course_folder(folder) and any(is_course_folder(p) for p in folder.iterdir()):
            courses = list(load_courses(folder))
        else:
            courses = [load_course(folder)]
    except CourseDataError as err:
        print(f"{folder}: {len(err.problems)} problem(s)", file=sys.stderr)
        for problem in err.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_ERROR
    for course in courses:
        print(
            f"OK {course.folder}: {course.title}: format {course.format}, {len(course.schedule)} schedule days, "
            f"{len(course.assignments)} deadlines, {len(course.people)} staff, {len(course.exams)} exams, "
            f"{len(course.meetings)} weekly meetings, {len(course.policies)} policies (version {course.version})"
        )
    return EXIT_OK


def cmd_new_course(args: argparse.Namespace) -> int:
    """Write a commented template of every file of a course folder (it passes `coursebot check` as written)."""
    from bot.course.template import write_template

    try:
        written = write_template(args.dir)
    except (FileExistsError, OSError) as err:
        print(f"Sorry: {err}", file=sys.stderr)
        return EXIT_ERROR
    print(f"Wrote {len(written)} files to {args.dir}: {', '.join(p.name for p in written)}.")
    print(
        f"Replace the examples with the course page's facts (docs/course-format.md), then: coursebot check {args.dir}"
    )
    return EXIT_OK


def cmd_ask(args: argparse.Namespace) -> int:
    from bot.core.render_text import answer_text
    from bot.understand.engine import read_question

    course = load(args)
    now = clock_for(args, course).now()
    result = read_question(course, " ".join(args.question), now, section=args.section)
    if args.json:
        answer = result.answer
        reading = {
            **result.as_json(),
            "now": now.astimezone(course.tz).isoformat(),
            "answer": {
                "title": answer.title,
                "kind": answer.kind,
                "text": answer_text(answer, course.tz, now),
                "options": [{"label": o.label, "question": o.question} for o in answer.options],
            },
        }
        print(json.dumps(reading, indent=2))
        return EXIT_OK
    print(answer_text(result.answer, course.tz, now))
    return EXIT_OK


def cmd_deadlines(args: argparse.Namespace) -> int:
    from bot.answers.deadlines import all_deadlines, deadline_record

    course = load(args)
    now = clock_for(args, course).now()
    items = [a for a in all_deadlines(course, args.section) if args.all or a.due > now]
    if args.json:
        print(json.dumps([deadline_record(course, a) for a in items], indent=2))
        return EXIT_OK
    if not items:
        print("No upcoming deadlines." if not args.all else "No deadlines.")
    for a in items:
        sections = "" if set(course.section_ids()) <= set(a.sections) else f"  [{', '.join(a.sections)} only]"
        print(f"{human_datetime(a.due, course.tz)}  {a.short}{sections}")
    return EXIT_OK


async def _console(args: argparse.Namespace) -> int:
    from bot.console.app import console_session, run_lines
    from bot.settings import Settings
    from bot.store.database import Store

    course = load(args)
    # /admin reload in the console reads the folder the console started with.
    settings = dataclasses.replace(Settings.from_env(), data_dir=data_dir(args))
    clock = FixedClock(parse_now(args.now, course.tz) if args.now else dt.datetime.now(dt.UTC))
    store = Store(args.db or settings.db_path, zone=course.tz)
    try:
        emit = lambda text: print(text + "\n", flush=True)  # noqa: E731 (announcements print as they fall due)
        async with console_session(settings, course, clock, store, staff=args.staff, emit=emit) as console:
            await run_lines(console, sys.stdin, sys.stdout, interactive=sys.stdin.isatty())
    finally:
        store.close()
    return EXIT_OK


def cmd_plan(args: argparse.Namespace) -> int:
    from bot.announce.planner import AnnounceConfig, plan
    from bot.core.render_text import answer_text

    course = load(args)
    start = parse_now(args.start, course.tz) if args.start else course.at(course.term_first, dt.time(0, 0))
    end = (
        parse_now(args.end, course.tz)
        if args.end
        else course.at(course.term_last + dt.timedelta(days=1), dt.time(0, 0))
    )
    items = plan(course, AnnounceConfig(), start, end)
    if args.json:
        print(json.dumps([item.record(course) for item in items], indent=2))
        return EXIT_OK
    for item in items:
        first = answer_text(item.answer, course.tz, item.at).splitlines()[0]
        print(f"{human_datetime(item.at, course.tz)}  {item.kind:<13} {item.audience:<13} {first}")
    return EXIT_OK


def cmd_gracedays(args: argparse.Namespace) -> int:
    """`gracedays report --csv FILE [--json]` (file only, no database) and `gracedays import FILE`."""
    from bot.grace.gradescope import GradescopeError, parse_export, read_export, report

    course = load(args)
    path = Path(args.csv if args.action == "report" else args.file)
    if not path.is_file():
        print(f"No such file: {path}", file=sys.stderr)
        return EXIT_ERROR
    try:
        if args.action == "report":
            result = report(course, path, assignment=args.assignment or path.name)
            if args.json:
                print(json.dumps(result, indent=2))
            else:
                pool = course.late.pool
                for student in result["students"]:
                    if pool is None:
                        late = [a for a in student["assignments"] if a["status"] not in ("on-time", "missing")]
                        print(f"{student['student']:<32} late on {len(late)} assignment(s) (no pool of late days)")
                    else:
                        print(
                            f"{student['student']:<32} {pool.plural} used {student['grace_days_used']}  "
                            f"left {student['grace_days_left']}"
                        )
                if result.get("unmapped_columns"):
                    print(f"Not matched to an assignment: {', '.join(result['unmapped_columns'])}")
            return EXIT_OK
        from bot.settings import Settings
        from bot.store.database import Store

        settings = Settings.from_env()
        raw = read_export(path)
        data = parse_export(course, raw, args.assignment or path.name)
        store = Store(args.db or settings.db_path, zone=course.tz)
        try:
            guild = args.guild if args.guild is not None else settings.server_id
            now = dt.datetime.now(dt.UTC)
            done = store.grace.import_export(guild, data, raw, user_id=0, filename=path.name, now=now)
        finally:
            store.close()
        state = "same file as before, nothing changed" if done.duplicate else f"{done.changed} records changed"
        print(f"Imported {done.students} students ({', '.join(done.assignments)}): {state}.")
        if done.unmapped:
            print(f"Not matched to an assignment (left out): {', '.join(done.unmapped)}")
        return EXIT_OK
    except GradescopeError as err:
        print(f"{path}: nothing imported; {len(err.problems)} problem(s):", file=sys.stderr)
        for problem in err.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_ERROR


def cmd_console(args: argparse.Namespace) -> int:
    return asyncio.run(_console(args))


def cmd_run(args: argparse.Namespace, *, sync_only: bool = False) -> int:
    from bot.cli.run import run_bot
    from bot.settings import Settings, SettingsError

    try:
        settings = Settings.from_env()
    except SettingsError as err:
        print(f"Configuration problem: {err}", file=sys.stderr)
        return EXIT_CONFIG
    if args.data:
        settings = dataclasses.replace(settings, data_dir=Path(args.data))
    if not settings.token:
        print(HOW_TO_CONNECT, file=sys.stderr)
        return EXIT_CONFIG
    return asyncio.run(run_bot(settings, sync_only=sync_only))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="coursebot", description="A Discord bot that knows your course.")
    parser.add_argument(
        "--data",
        help="course folder, or a folder of courses with --course (default: $COURSEBOT_DATA or the bundled one)",
    )
    parser.add_argument("--course", help="a course id from a folder of courses (--data or $COURSEBOT_COURSES)")
    sub = parser.add_subparsers(dest="command", required=True)

    sub.add_parser("run", help="connect to Discord and serve the course")
    sub.add_parser("sync", help="register the slash commands with Discord now, then exit")

    p = sub.add_parser(
        "console",
        help="try every command in the terminal (no Discord needed); :help inside it, :quit or Ctrl-D to leave",
    )
    p.add_argument("--now", help="pretend it is this time (ISO 8601; course time if no offset)")
    p.add_argument("--staff", action="store_true", help="act as course staff (staff-only commands)")
    p.add_argument("--db", help="SQLite file (default: $COURSEBOT_DB or ./coursebot.db)")

    p = sub.add_parser("ask", help="answer one question as plain text")
    p.add_argument("question", nargs="+")
    p.add_argument("--now", help="pretend it is this time (ISO 8601)")
    p.add_argument("--section", help="answer for one section (its id, any case)")
    p.add_argument(
        "--json", action="store_true", help="the reading (intent, slots, confidence, alternatives) and the answer"
    )

    p = sub.add_parser("deadlines", help="list deadlines")
    p.add_argument("--all", action="store_true", help="every deadline, past ones too")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--now", help="pretend it is this time (ISO 8601)")
    p.add_argument("--section", help="only this section's deadlines")

    p = sub.add_parser("plan", help="what the default configuration would post, and when")
    p.add_argument("--from", dest="start", help="start (ISO 8601; default: the first day of term)")
    p.add_argument("--to", dest="end", help="end (ISO 8601; default: the day after the last day of term)")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = sub.add_parser("gracedays", help="late-work tallies from grades exports (CSV)")
    actions = p.add_subparsers(dest="action", required=True)
    r = actions.add_parser("report", help="compute every student's late-work tally from an export (no database)")
    r.add_argument("--csv", required=True, help="the grades export (CSV)")
    r.add_argument("--json", action="store_true", help="machine-readable output")
    r.add_argument("--assignment", help="for a one-assignment export: which assignment (default: from the file name)")
    i = actions.add_parser("import", help="import an export into the database (same file twice changes nothing)")
    i.add_argument("file", help="the grades export (CSV)")
    i.add_argument("--assignment", help="for a one-assignment export: which assignment")
    i.add_argument(
        "--guild",
        type=int,
        help=f"server id the records belong to (default: COURSEBOT_GUILD_ID, else the local id {LOCAL_SERVER_ID}, "
        "which the console uses too)",
    )
    i.add_argument("--db", help="SQLite file (default: $COURSEBOT_DB or ./coursebot.db)")

    p = sub.add_parser("check", help="validate a course folder, or a folder of course folders")
    p.add_argument("dir", nargs="?", help="the folder (default: the configured course)")

    p = sub.add_parser("new-course", help="write a commented template of every course file into a new folder")
    p.add_argument("dir", help="the new course folder")
    from bot.cli import ops as cli_ops
    from bot.cli import qa as cli_qa

    cli_ops.add_parsers(sub)
    cli_qa.add_parsers(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command not in ("run", "sync"):  # `run` sets up discord.py's own log handler
        logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    handlers = {
        "check": cmd_check,
        "new-course": cmd_new_course,
        "ask": cmd_ask,
        "deadlines": cmd_deadlines,
        "plan": cmd_plan,
        "gracedays": cmd_gracedays,
        "console": cmd_console,
        "run": cmd_run,
        "sync": lambda a: cmd_run(a, sync_only=True),
    }
    from bot.cli import ops as cli_ops
    from bot.cli import qa as cli_qa

    handlers.update(cli_ops.HANDLERS)
    handlers.update(cli_qa.HANDLERS)
    try:
        return handlers[args.command](args)
    except CourseDataError as err:
        print(f"The course data has problems:\n{err}", file=sys.stderr)
        return EXIT_ERROR
    except DatabaseProblem as err:
        print(f"Database problem: {err}", file=sys.stderr)
        return EXIT_CONFIG
    except ValueError as err:  # a bad --now and the like
        print(f"Sorry: {err}", file=sys.stderr)
        return EXIT_CONFIG
    except KeyboardInterrupt:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
