"""`coursebot qa ...`: the course forum from the command line (staff tooling, and the contract tests rely on).

coursebot qa import-faq FILE [--guild ID]            question-and-answer pairs (CSV or Markdown) as endorsed answers
coursebot qa search TEXT [--json] [--guild ID]        exactly what the bot would suggest, best first ([] when nothing)
coursebot qa list [--status S] [--json] [--guild ID]  the forum's posts (of the course the server follows)
coursebot qa export --json [--guild ID]               posts (every course's) and suggestions, for a backup or a tool

The server is --guild, else COURSEBOT_GUILD_ID, else the local id 1 (the console's), as `gracedays import`; the
course is the one that server follows (/setup course), else the only course; --course may name that same course. As
with `gracedays import`, a server of a bot serving several courses that has not picked its course follows the
--course of its first FAQ import from then on, so its FAQ is never quoted for another course. `list` and `export`
for a server the database holds nothing of (no forum, post or FAQ) say so, naming the servers that have one, and
exit 1: a mistyped --guild never looks like an empty forum.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from bot.cli.common import EXIT_ERROR, EXIT_OK, catalog_for, clock_for, guild_for
from bot.cli.options import input_file
from bot.cli.usage import UsageError
from bot.settings import LOCAL_SERVER_ID
from bot.store.encoding import server_key
from bot.store.qa_posts import STATUSES


def add_parsers(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("qa", help="the course forum: import an FAQ, search what the bot would suggest, list")
    actions = p.add_subparsers(dest="action", required=True)

    def common(q: argparse.ArgumentParser) -> None:
        q.add_argument(
            "--guild", type=int, help=f"server id (default: COURSEBOT_GUILD_ID, else the local id {LOCAL_SERVER_ID})"
        )
        q.add_argument("--db", help="SQLite file (default: $COURSEBOT_DB or ./coursebot.db)")

    q = actions.add_parser("import-faq", help="store question-and-answer pairs (CSV or Markdown) as endorsed answers")
    q.add_argument("file", help="a .csv (columns question, answer, optional tags) or a .md file (## question, answer)")
    common(q)
    q = actions.add_parser("search", help="what the bot would suggest for a question, best first")
    q.add_argument("text", nargs="+")
    q.add_argument("--json", action="store_true", help="a JSON list of {id, question, answer, score, source, ...}")
    q.add_argument("--now", help="pretend it is this time (ISO 8601), for the course's own answer")
    common(q)
    q = actions.add_parser("list", help="the forum's posts")
    q.add_argument("--status", choices=STATUSES)
    q.add_argument("--json", action="store_true")
    common(q)
    q = actions.add_parser("export", help="every post and suggestion as JSON")
    q.add_argument("--json", action="store_true", required=True, help="JSON (the only format)")
    common(q)


def cmd_qa(args: argparse.Namespace) -> int:
    """Every `qa` action acts as one server (--guild), with the course that server follows (or --course, when it is
    the same one): the forum's terms, topics and the course's own answer come from its course, never another's."""
    from bot.cli.server_course import course_for_server
    from bot.settings import Settings
    from bot.store.database import Store

    # Bad input is refused before the database is opened.
    path = input_file("FILE", args.file, "coursebot qa import-faq faq.csv") if args.action == "import-faq" else Path()
    text = " ".join(args.text) if args.action == "search" else ""
    if args.action == "search" and not text.strip():
        raise UsageError("TEXT", "the question is empty", 'coursebot qa search "is a cheat sheet allowed?"')
    settings = Settings.from_env()
    guild = guild_for(args, settings)
    courses = catalog_for(args)
    store = Store(args.db or settings.db_path, zone=courses.default.tz)
    try:
        course = course_for_server(courses, args.course, store, guild, must_match=True)
        if args.action == "import-faq":
            return _import(args, path, course, store, guild)
        if args.action == "search":
            return _search(args, text, course, store, guild)
        if not _holds_forum(store, guild):
            return _no_forum(args, store, guild, args.db or settings.db_path)
        return {"list": _list, "export": _export}[args.action](args, course, store, guild)
    finally:
        store.close()


def _import(args: argparse.Namespace, path: Path, course: Any, store: Any, guild: int) -> int:
    from bot.cli.server_course import pin_course
    from bot.core.errors import UserError
    from bot.qa.faq_file import read_faq_file
    from bot.qa.knowledge import import_faq

    try:
        read = read_faq_file(path.name, path.read_bytes())
    except UserError as err:  # the file's own problems, every one named: exit 1, like a refused grades export
        print(f"{args.cli_command}: {err.message}", file=sys.stderr)
        return EXIT_ERROR
    now = clock_for(args, course).now()
    with store.immediate():  # the course is pinned only with the entries it is for, as `gracedays import` does
        pinned = catalog_for(args).per_server and pin_course(store, guild, course, now, by="the first FAQ import")
        done = import_faq(store, course, guild, read.pairs, by=0, now=now)
    state = "nothing changed"
    if done.changed:
        state = f"{done.added} added, {done.updated} updated, {len(done.retired)} withdrawn"
    if done.reworded:
        state += f" ({done.reworded} reworded question{'s' if done.reworded > 1 else ''} matched by its answer)"
    if done.withdrawn:
        state += f"; {done.withdrawn} skipped (withdrawn by staff; change its text to bring it back)"
    questions = "1 question" if len(read.pairs) == 1 else f"{len(read.pairs)} questions"
    print(f"Imported {questions} from {path.name} into server {guild} ({course.id}): {state}.")
    if pinned:
        print(
            f"Server {guild} had not picked its course: it follows {course.id} from now on (/setup course changes it)."
        )
    if read.left_out:
        print(f"Left out of {path.name} (under no ## question, or a comment):")
        for what in read.left_out:
            print(f"  - {what}")
    if done.retired:
        print(f"Withdrawn (no longer in {path.name}; the bot stops quoting them):")
        for question in done.retired:
            print(f"  - {question}")
    return EXIT_OK


def _search(args: argparse.Namespace, text: str, course: Any, store: Any, guild: int) -> int:
    from bot.qa.suggest import suggestions

    found = suggestions(store, course, guild, text, clock_for(args, course).now())
    if args.json:
        print(json.dumps([s.record() for s in found], indent=2))
        return EXIT_OK
    if not found:
        print("Nothing close enough to suggest.")
    for s in found:
        print(f"[{s.source} {s.id}] {s.score:.2f}  {s.question}")
        print("    " + (s.answer.replace("\n", "\n    ") if s.answer else f"(a link only: {s.link or 'no link'})"))
    return EXIT_OK


def _post_record(post: Any) -> dict[str, Any]:
    return {
        "id": post.id,
        "title": post.title,
        "topic": post.topic,
        "visibility": post.visibility,
        "status": post.status,
        "via": post.via,
        "thread_id": post.thread_id,
        "created_at": post.created_at.isoformat(),
        "answered_at": post.answered_at.isoformat() if post.answered_at else None,
        "first_staff_at": post.first_staff_at.isoformat() if post.first_staff_at else None,
        "answer_by_staff": post.answer_by_staff,
        "endorsed": post.endorsed,
        "duplicate_of": post.duplicate_of,
        "course": post.course,
    }


def _holds_forum(store: Any, guild: int) -> bool:
    """Whether this database holds anything of the server's forum: its setup, posts, or FAQ entries."""
    key = server_key(guild)
    return any(
        key in ids for ids in (store.qa_forums.guild_ids(), store.qa_posts.guild_ids(), store.qa_entries.guild_ids())
    )


def _no_forum(args: argparse.Namespace, store: Any, guild: int, db: Any) -> int:
    """A server with nothing stored is said so, never shown as an empty forum (a mistyped --guild looks like one):
    the servers that have one are named, and the exit code is 1."""
    held = sorted({*store.qa_forums.guild_ids(), *store.qa_posts.guild_ids(), *store.qa_entries.guild_ids()})
    where = db
    if held:
        others = ", ".join(str(g) for g in held)
        hint = f" Servers with a course forum or FAQ here: {others} (give one with --guild)."
    else:
        hint = " No server has a course forum or FAQ here yet (coursebot qa import-faq, or /setup qa-forum)."
    print(f"Server {guild} has no course forum and no FAQ in {where}: nothing to {args.action}.{hint}", file=sys.stderr)
    return EXIT_ERROR


def _list(args: argparse.Namespace, course: Any, store: Any, guild: int) -> int:
    posts = store.qa_posts.listed(guild, (args.status,) if args.status else (), course=course.id)
    if args.json:
        print(json.dumps([_post_record(p) for p in posts], indent=2))
        return EXIT_OK
    if not posts:
        print("No posts." if not args.status else f"No {args.status} posts.")
    for post in posts:
        when = post.created_at.astimezone(course.tz).strftime("%Y-%m-%d %H:%M")
        print(f"#{post.id:<5} {post.status:<11} {when}  [{post.topic or '-'}] {post.title}")
    return EXIT_OK


def _export(args: argparse.Namespace, course: Any, store: Any, guild: int) -> int:
    entries = [
        {
            "id": e.id,
            "source": e.source,
            "question": e.question,
            "answer": e.answer,
            "tags": e.tags,
            "link": e.link,
            "endorsed": e.endorsed,
            "post": e.post_id,
        }
        for e in store.qa_entries.active(guild)
    ]
    posts = [_post_record(p) for p in store.qa_posts.listed(guild)]
    print(json.dumps({"server": guild, "posts": posts, "entries": entries}, indent=2))
    return EXIT_OK


HANDLERS = {"qa": cmd_qa}
