"""The `coursebot` command line: run the bot, the terminal console, and the scriptable answers.

coursebot run                                   connect to Discord (DISCORD_TOKEN)
coursebot sync                                  register slash commands now, then exit
coursebot console [--now ISO] [--staff]         type slash commands or questions, no Discord needed (:quit, Ctrl-D)
coursebot ask "QUESTION" [--now ISO] [--json]   one answer as plain text (--json: with how it was read)
coursebot deadlines [--all] [--json] [--now ISO]
coursebot plan [--from ISO] [--to ISO] [--json] what would be announced, and when
coursebot gracedays report --csv FILE [--json]  every student's late-work tally from a grades export (no database)
coursebot gracedays import FILE                 import an export into the database
coursebot gracedays revoke STUDENT ASSIGNMENT   take back a student's grants (extension, permission, pool)
coursebot calendar --out FILE [--force]         the course calendar (.ics); never over the database
coursebot backup OUT.db [--force]               copy the database (safe while running)
coursebot qa import-faq|search|list|export      the course forum (see bot/cli/qa.py)
coursebot check [DIR] [--db FILE]               validate a course folder (or a folder of course folders), and
                                                the database's records against it
coursebot move-records OLD_ID NEW_ID|--delete   move records under an id the data lost, or delete them (--yes)
coursebot new-course DIR                        write a commented template of every course file

--data DIR picks a course folder; --course ID picks a course from a folder of courses (--data, COURSEBOT_COURSES).
Both may be typed before or after the subcommand.

Every subcommand runs through `main`: its output is pipe-safe (bot.cli.output), a mistake in how it was called is
one line naming the option with an example (bot.cli.usage, bot.cli.options), and anything else is one line too
(bot.cli.failures; --debug adds the traceback). Exit codes: see EXIT_CODES.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime as dt
import json
import logging
import sys
from pathlib import Path

from bot.cli.common import (
    EXIT_CONFIG,
    EXIT_ERROR,
    EXIT_OK,
    catalog_for,
    clock_for,
    courses_root,
    data_dir,
    guild_for,
    load,
)
from bot.cli.failures import report_failure
from bot.cli.options import (
    existing_folder,
    input_file,
    new_folder,
    read_assignment,
    read_section,
    read_time,
    read_window,
)
from bot.cli.output import ReaderGone, pipe_safe_output
from bot.cli.parser import CommandParser
from bot.cli.usage import UsageError
from bot.core.clock import FixedClock
from bot.core.plain_text import one_line_logs
from bot.core.timefmt import human_datetime
from bot.course.loader import CourseDataError, load_course
from bot.settings import LOCAL_SERVER_ID

log = logging.getLogger("coursebot")

HOW_TO_CONNECT = """No DISCORD_TOKEN is set, so the bot cannot connect to Discord.

Get a token: https://discord.com/developers/applications -> New Application -> Bot -> Reset Token, then
  export DISCORD_TOKEN=...   (and invite the bot with the applications.commands and bot scopes)

Without a token you can still try every command in the terminal:  coursebot console"""

EXIT_CODES = """exit codes (every subcommand):
  0  done; also when the reader of the output stops early (`coursebot plan | head`)
  1  problems found (in the course data, a grades export, the database), or the command could not finish
  2  usage or configuration error: a bad option value, a missing file or folder, a bad setting or environment
     variable, no DISCORD_TOKEN, Discord unreachable

A mistake is one line: "coursebot <command>: <option>: <what is wrong>; e.g. <example>". No subcommand prints a
traceback; --debug (anywhere on the line) prints an unexpected error's traceback on standard error."""


def cmd_check(args: argparse.Namespace) -> int:
    """Validate one course folder, or every course in a folder of courses (ids must be unique)."""
    from bot.course.catalog import is_course_folder, load_courses
    from bot.course.outside_term import outside_term_warnings
    from bot.course.repeated_times import repeated_time_warnings

    if args.dir is not None:
        folder = existing_folder("DIR", args.dir, "coursebot check data/my-course")
    elif args.course:
        folder = data_dir(args)
    else:
        folder = courses_root(args) or data_dir(args)  # a department's whole folder of courses, or the one course
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
        for warning in [*repeated_time_warnings(course), *outside_term_warnings(course)]:
            print(f"  warning: {warning}")
    from bot.cli.check_records import check_records

    return check_records(args, courses)


def cmd_new_course(args: argparse.Namespace) -> int:
    """Write a commented template of every file of a course folder (it passes `coursebot check` as written)."""
    from bot.course.template import write_template

    written = write_template(new_folder("DIR", args.dir, "coursebot new-course data/my-course-f25"))
    print(f"Wrote {len(written)} files to {args.dir}: {', '.join(p.name for p in written)}.")
    print(
        f"Replace the examples with the course page's facts (docs/course-format.md), then: coursebot check {args.dir}"
    )
    return EXIT_OK


def cmd_ask(args: argparse.Namespace) -> int:
    from bot.core.render_text import answer_text
    from bot.understand.engine import read_question

    question = " ".join(args.question)
    if not question.strip():
        raise UsageError("QUESTION", "the question is empty", 'coursebot ask "when is the next deadline?"')
    course = load(args)
    now = clock_for(args, course).now()
    result = read_question(course, question, now, section=read_section(course, args.section))
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
    items = [a for a in all_deadlines(course, read_section(course, args.section)) if args.all or a.due > now]
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
    from bot.cli.server_course import course_for_server
    from bot.console.app import console_session, run_lines
    from bot.settings import Settings
    from bot.store.database import Store

    courses = catalog_for(args)
    root = courses_root(args)
    # /admin reload in the console reads the folders the console started with.
    base = Settings.from_env()
    settings = dataclasses.replace(base, courses_dir=root, data_dir=base.data_dir if root else data_dir(args))
    store = Store(args.db or settings.db_path, zone=courses.default.tz)
    try:
        course = course_for_server(courses, args.course, store, settings.server_id)
        clock = FixedClock(read_time("--now", args.now, course) if args.now is not None else dt.datetime.now(dt.UTC))
        session = console_session(
            settings, courses, clock, store, staff=args.staff, emit=_emit, course_id=course.id if args.course else None
        )
        async with session as console:
            await run_lines(console, sys.stdin, sys.stdout, interactive=sys.stdin.isatty())
    finally:
        store.close()
    return EXIT_OK


def _emit(text: str) -> None:
    """Print an announcement as it falls due; once the reader has gone it is dropped, and the console stops at its
    own next write (an announcement job is not where the session should end)."""
    with contextlib.suppress(ReaderGone):
        print(text + "\n", flush=True)


def cmd_plan(args: argparse.Namespace) -> int:
    from bot.announce.planner import AnnounceConfig, plan
    from bot.core.render_text import answer_text

    course = load(args)
    term = (
        course.at(course.term_first, dt.time(0, 0)),
        course.at(course.term_last + dt.timedelta(days=1), dt.time(0, 0)),
    )
    start, end = read_window(args.start, args.end, course, term)
    items = plan(course, AnnounceConfig(), start, end)
    if args.json:
        print(json.dumps([item.record(course) for item in items], indent=2))
        return EXIT_OK
    if not items:
        print(f"Nothing would be posted from {human_datetime(start, course.tz)} to {human_datetime(end, course.tz)}.")
    for item in items:
        first = answer_text(item.answer, course.tz, item.at).splitlines()[0]
        print(f"{human_datetime(item.at, course.tz)}  {item.kind:<13} {item.audience:<13} {first}")
    return EXIT_OK


def cmd_gracedays(args: argparse.Namespace) -> int:
    """`gracedays report --csv FILE [--json]` (file only, no database) and `gracedays import FILE`."""
    from bot.grace.gradescope import GradescopeError, report

    if args.action == "import":
        return _import_grades(args, input_file("FILE", args.file, "coursebot gracedays import grades.csv"))
    if args.action == "revoke":
        return _revoke_grants(args)
    path = input_file("--csv", args.csv, "--csv grades.csv")
    course = load(args)
    assignment = read_assignment(course, args.assignment) or path.name
    try:
        result = report(course, path, assignment=assignment)
    except GradescopeError as err:
        return _refused_export(path, err, "coursebot gracedays report", "nothing reported")
    if args.json:
        print(json.dumps(result, indent=2))
        return EXIT_OK
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


def _revoke_grants(args: argparse.Namespace) -> int:
    """`gracedays revoke STUDENT ASSIGNMENT [--kind K]`: take back a student's grants, as /gracedays revoke does."""
    from bot.answers.deadlines import resolve_assignments
    from bot.cli.server_course import course_for_server
    from bot.core.errors import UserError
    from bot.settings import Settings
    from bot.store.database import Store

    settings = Settings.from_env()
    guild = guild_for(args, settings)
    courses = catalog_for(args)
    store = Store(args.db or settings.db_path, zone=courses.default.tz)
    try:
        course = course_for_server(courses, args.course, store, guild)
        items = resolve_assignments(course, args.assignment, sure=True)
        if len(items) != 1:
            ids = ", ".join(a.id for a in course.assignments)
            raise UsageError("ASSIGNMENT", f"{args.assignment!r} names {len(items)} assignments (ids: {ids})", "hw3")
        email = store.grace.student(guild, args.student).email
        now = dt.datetime.now(dt.UTC)
        revoked = store.grace.revoke_grants(guild, email, items[0].id, args.kind, by=0, now=now)
    except UserError as err:
        print(f"coursebot gracedays revoke: {err.message}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        store.close()
    for old in revoked:
        due = f" to {human_datetime(old.grant.new_due, course.tz)}" if old.grant.new_due else ""
        print(f"Revoked: {old.grant.kind} for {email} on {items[0].short}{due} (reason: {old.grant.reason or 'none'}).")
    return EXIT_OK


def _import_grades(args: argparse.Namespace, path: Path) -> int:
    """`gracedays import FILE`: read against the course of the server the records go to (--guild, else
    COURSEBOT_GUILD_ID, else the local server), so a tally is never computed from another course's export. A
    server of a bot serving several courses that has not picked its course follows the --course of its first
    import from then on, so two courses' records never mix in one server."""
    from bot.cli.server_course import course_for_server, pin_course
    from bot.grace.gradescope import GradescopeError, filename_disagrees, parse_export, read_export
    from bot.settings import Settings
    from bot.store.database import Store
    from bot.store.grace_records import ImportWouldMove, OlderExport

    settings = Settings.from_env()
    guild = guild_for(args, settings)
    courses = catalog_for(args)
    store = Store(args.db or settings.db_path, zone=courses.default.tz)
    pinned = False
    try:
        course = course_for_server(courses, args.course, store, guild, must_match=True)
        assignment = read_assignment(course, args.assignment) or path.name
        raw = read_export(path)
        data = parse_export(course, raw, assignment)
        now = dt.datetime.now(dt.UTC)
        with store.immediate():  # the course is pinned only with the records it is for
            pinned = courses.per_server and pin_course(store, guild, course, now)
            done = store.grace.import_export(
                guild,
                data,
                raw,
                user_id=0,
                filename=path.name,
                now=now,
                replace_newer=args.replace_newer,
                move=args.move,
            )
    except GradescopeError as err:
        return _refused_export(path, err, "coursebot gracedays import", "nothing imported")
    except OlderExport as err:
        summary = err.summary_in(course.tz)  # the server's course's zone, not the catalog default's
        print(f"coursebot gracedays import: {path}: {summary} {err.how('--replace-newer')}", file=sys.stderr)
        return EXIT_ERROR
    except ImportWouldMove as err:
        warning = filename_disagrees(course, path.name, data)
        print(
            f"coursebot gracedays import: {path}: {err.summary} {err.how('--move')} {warning}".rstrip(), file=sys.stderr
        )
        return EXIT_ERROR
    finally:
        store.close()
    if warning := filename_disagrees(course, path.name, data):
        print(warning)
    if pinned:
        print(
            f"Server {guild} had not picked its course: it follows {course.id} from now on (/setup course changes it)."
        )
    elif courses.per_server:
        print(f"Server {guild} follows {course.id}: read against its assignments.")
    for taken in done.taken_back:
        print(taken.words())
    state = "same file as before, nothing changed" if done.duplicate else f"{done.changed} records changed"
    print(f"Imported {done.students} students ({', '.join(done.assignments)}): {state}.")
    if done.unmapped:
        print(f"Not matched to an assignment (left out): {', '.join(done.unmapped)}")
    return EXIT_OK


def _refused_export(path: Path, err: Exception, command: str, outcome: str) -> int:
    """Exit 1 ("problems found") listing every problem of the export, one per line."""
    problems = getattr(err, "problems", [])
    print(f"{command}: {path}: {outcome}; {len(problems)} problem(s):", file=sys.stderr)
    for problem in problems:
        print(f"  {problem}", file=sys.stderr)
    return EXIT_ERROR


def cmd_console(args: argparse.Namespace) -> int:
    import asyncio  # here, not at the top: `coursebot ask` never needs the event loop

    return asyncio.run(_console(args))


def cmd_run(args: argparse.Namespace, *, sync_only: bool = False) -> int:
    from bot.cli.run import run_bot
    from bot.settings import Settings

    settings = Settings.from_env()
    if args.course is not None:
        raise UsageError(
            "--course",
            "`coursebot run` serves every course of the folder; each server picks its own with /setup course "
            "(--course is for the console and the scriptable commands)",
            "coursebot --data data run",
        )
    if args.data:  # a course folder (one course), or a folder of courses (each server picks its own)
        root = courses_root(args)
        data = settings.data_dir if root else existing_folder("--data", args.data, "--data data/my-course")
        settings = dataclasses.replace(settings, courses_dir=root, data_dir=data)
    if not settings.token:
        print(HOW_TO_CONNECT, file=sys.stderr)
        return EXIT_CONFIG
    import asyncio

    return asyncio.run(run_bot(settings, sync_only=sync_only))


def build_parser() -> argparse.ArgumentParser:
    parser = CommandParser(
        prog="coursebot",
        description="A Discord bot that knows your course.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--debug", action="store_true", help="on an unexpected error, print its traceback (stderr)")
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
    p.add_argument("--to", dest="end", help="end, not included, after --from (ISO 8601; default: the day after term)")
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
        "--replace-newer",
        action="store_true",
        help="import even where the file is older than the records (it would take submissions back)",
    )
    i.add_argument(
        "--move",
        action="store_true",
        help="the file was imported before as another assignment, wrongly: take that import back and move its "
        "records to this one",
    )
    i.add_argument(
        "--guild",
        type=int,
        help=f"server id the records belong to (default: COURSEBOT_GUILD_ID, else the local id {LOCAL_SERVER_ID}, "
        "which the console uses too)",
    )
    i.add_argument("--db", help="SQLite file (default: $COURSEBOT_DB or ./coursebot.db)")

    v = actions.add_parser("revoke", help="take back a student's grants on one assignment (the tally follows)")
    v.add_argument("student", help="the student's email or SID")
    v.add_argument("assignment", help="the assignment (id or name)")
    v.add_argument("--kind", choices=("extension", "permission", "pool"), help="only this kind (default: every one)")
    v.add_argument("--guild", type=int, help="server id the records belong to (as for import)")
    v.add_argument("--db", help="SQLite file (default: $COURSEBOT_DB or ./coursebot.db)")

    p = sub.add_parser("check", help="validate a course folder, or a folder of course folders")
    p.add_argument("dir", nargs="?", help="the folder (default: the configured course)")
    p.add_argument(
        "--db",
        help="also check this database's records against the data (default: $COURSEBOT_DB, when set)",
    )

    p = sub.add_parser("new-course", help="write a commented template of every course file into a new folder")
    p.add_argument("dir", help="the new course folder")
    from bot.cli import ops as cli_ops
    from bot.cli import qa as cli_qa
    from bot.cli import records as cli_records

    cli_ops.add_parsers(sub)
    cli_qa.add_parsers(sub)
    cli_records.add_parsers(sub)
    return parser


def dispatch(args: argparse.Namespace) -> int:
    """Run the parsed subcommand; its exit code."""
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
    from bot.cli import records as cli_records

    handlers.update(cli_ops.HANDLERS)
    handlers.update(cli_qa.HANDLERS)
    handlers.update(cli_records.HANDLERS)
    return handlers[args.command](args)


def take_debug_flag(words: list[str]) -> tuple[list[str], bool]:
    """The command line without --debug, and whether it was there (before any `--`): it counts anywhere on the
    line, and it must be known even when the rest of the line cannot be parsed."""
    end = words.index("--") if "--" in words else len(words)
    head = words[:end]
    return [w for w in head if w != "--debug"] + words[end:], "--debug" in head


# The options of the whole program (which course), read wherever they are typed: people write
# `coursebot ask --course stat-187-f24 "..."` as often as `coursebot --course stat-187-f24 ask "..."`.
PROGRAM_OPTIONS = ("--data", "--course")


def hoist_program_options(words: list[str]) -> list[str]:
    """The command line with --data and --course (and their values) moved in front of the subcommand, from
    anywhere before `--`; everything else keeps its order, and what follows `--` is the question's own words."""
    end = words.index("--") if "--" in words else len(words)
    front: list[str] = []
    rest: list[str] = []
    i = 0
    while i < end:
        word = words[i]
        if word in PROGRAM_OPTIONS and i + 1 < end:
            front += words[i : i + 2]
            i += 2
            continue
        (front if word.startswith(tuple(f"{o}=" for o in PROGRAM_OPTIONS)) else rest).append(word)
        i += 1
    return front + rest + words[end:]


def main(argv: list[str] | None = None) -> int:
    """`coursebot ...`: parse, run the subcommand, and turn every failure into one line and an exit code (0 done,
    1 problems found, 2 usage or configuration error). Never raises, never prints a traceback unless --debug."""
    words, debug = take_debug_flag(list(sys.argv[1:] if argv is None else argv))
    words = hoist_program_options(words)
    command = "coursebot"
    with pipe_safe_output():
        try:
            try:
                args = build_parser().parse_args(words)
            except SystemExit as done:  # --help has been printed
                return done.code if isinstance(done.code, int) else EXIT_OK
            command = args.cli_command
            if args.command not in ("run", "sync"):  # `run` sets up discord.py's own log handler
                logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s %(message)s")
                one_line_logs()
            code = dispatch(args)
            sys.stdout.flush()  # a reader that has gone is found here at the latest
            return code
        except (Exception, KeyboardInterrupt) as err:
            return report_failure(err, command, debug=debug)


if __name__ == "__main__":
    sys.exit(main())
