"""The console runs every command Discord runs, through the same definitions and checks: a walk over the whole
catalog (as staff and as a student), its one server and its own delivery log, numbered follow-ups, mentions by
name, and refusals that say what is wrong."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from bot.announce.server_setup import GuildSetup
from bot.console.app import console_session
from bot.core.clock import FixedClock
from bot.course.catalog import CourseCatalog
from bot.discord_app.catalog import CommandSpec, load_catalog
from bot.discord_app.options import Opt
from bot.discord_app.running import SORRY
from bot.settings import LOCAL_SERVER_ID, Settings
from bot.store.database import Store
from tests.conftest import FIXTURES, at

EXPORT = FIXTURES / "gradescope" / "10-605_S24_grades.csv"
GOOD_TEXT = {
    "assignment": "hw3",
    "when": "tomorrow 9am",
    "question": "when is hw3 due",
    "message": "Exam review moved to Friday",
    "topic": "grace days",
    "email": "ben@andrew.cmu.edu",
    "url": "https://example.org/form",
    "reminders": "24h, 2h",
    "time": "08:00",
    "reason": "medical",
    "student": "ben@andrew.cmu.edu",
    "which": "exam1",
    "section": "10-605",
    "before": "24h",
    "new_due": "May 1 11:59pm",
    "within": "this week",
    "day": "wednesday",
    "person": "li-chen",
    "date": "friday",
    "week": "2",
    "kind": "lecture",  # /meetings kind (autocomplete: the course's meeting kinds)
    "show": "lecture",  # /schedule show (autocomplete since meeting kinds come from the data)
    "role": "ta",  # /staff role (autocomplete: the course's role ids)
}


def typed(option: Opt) -> str:
    if option.choices:
        return option.choices[0].name
    return {
        "text": GOOD_TEXT.get(option.name, "x"),
        "integer": str(option.min_value),
        "number": str(option.min_value),
        "flag": "true",
        "role": "<@&3605>",
        "channel": "here",
        "forum": "4000",
        "user": "me",
        "file": str(EXPORT),
    }[option.kind]


def line_for(spec: CommandSpec, *, everything: bool) -> str:
    options = [o for o in spec.options if everything or o.required]
    return " ".join([f"/{spec.qualified_name}", *(f'{o.name}:"{typed(o)}"' for o in options)])


def assert_specific(out: str, where: str) -> None:
    """No traceback, no apology; a refusal says what is wrong."""
    assert out.strip(), where
    assert "Traceback" not in out, where
    assert SORRY not in out, where
    if "Sorry\n=====" in out:
        reason = out.split("Sorry\n=====\n", 1)[1].strip()
        assert len(reason) > 15, where


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings.from_env({"COURSEBOT_DB": str(tmp_path / "bot.db")})


async def run_lines(settings: Settings, course, lines: list[str], *, staff: bool, now: str = "2024-02-12 10:00"):
    printed: list[str] = []
    store = Store(settings.db_path)
    outputs = []
    courses = CourseCatalog.single(course)
    async with console_session(settings, courses, FixedClock(at(now)), store, staff=staff, emit=printed.append) as c:
        for line in lines:
            outputs.append(await c.handle(line))
    store.close()
    return outputs, printed


@pytest.mark.parametrize("staff", [True, False], ids=["staff", "student"])
async def test_every_command_runs_in_the_console(course, settings, caplog, staff):
    """Each command and subcommand, bare and with every option: an answer or a specific refusal, never a
    traceback or the apology, nothing logged as an error; students are refused staff commands by name."""
    catalog = load_catalog()
    lines = []
    for spec in catalog:
        lines += [line_for(spec, everything=False), line_for(spec, everything=True), f"/{spec.qualified_name}"]
    with caplog.at_level(logging.ERROR):
        outputs, _ = await run_lines(settings, course, lines, staff=staff)
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == []
    for line, out in zip(lines, outputs, strict=True):
        assert_specific(out, line)
    for spec in catalog:
        full = outputs[lines.index(line_for(spec, everything=True))]
        if spec.staff_only and not staff:
            assert "That command is for course staff." in full, spec.qualified_name
        elif spec.qualified_name != "setup events":  # the Events tab exists only in Discord
            assert "Sorry\n=====" not in full or spec.qualified_name in REFUSED_WITH_GOOD_VALUES, (spec, full)


# What works before a server has picked its course (serving several): the server's own settings and records.
WITHOUT_A_COURSE = {
    *("help", "link", "admin status", "admin audit", "admin reload", "announce list", "announce cancel"),
    *("remind list", "remind stop", "gracedays requests", "gracedays approve", "gracedays deny", "gracedays roster"),
    *("gracedays student", "gracedays grant", "gracedays revoke"),  # refused first: no student imported here
    # The forum's own records (posts by number, saved replies, its counts); refused first: no such post here.
    *("qa author", "qa follow-up", "qa reply", "qa resolve", "qa save-reply", "qa stats", "qa unanswered"),
    *("qa withdraw", "question"),  # refused first: nothing endorsed here, no forum set up here
}


async def test_every_command_without_a_course_says_which_to_run(course, second_course, settings, caplog):
    """Serving several courses, on a server that has not picked one: every command either works without a course
    (setup, status, the audit trail) or says to run /setup course; none answers from any course, none apologises."""
    courses = CourseCatalog({c.id: c for c in (course, second_course)}, course.id, per_server=True)
    catalog = [spec for spec in load_catalog() if spec.qualified_name != "setup course"]  # nothing gets picked
    lines = [line_for(spec, everything=True) for spec in catalog]
    store = Store(settings.db_path)
    with caplog.at_level(logging.ERROR):
        async with console_session(
            settings, courses, FixedClock(at("2024-02-12 10:00")), store, staff=True, emit=print
        ) as c:
            outputs = [await c.handle(line) for line in lines]
    store.close()
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == []
    for spec, line, out in zip(catalog, lines, outputs, strict=True):
        assert_specific(out, line)
        name = spec.qualified_name
        if (name.startswith("setup ") and name != "setup section-role") or name in WITHOUT_A_COURSE:
            continue
        assert "has not picked its course yet" in out, (line, out)
        assert "Run /setup course" in out or "run /setup course" in out, (line, out)
        assert "HW" not in out, (line, out)
        assert "PS" not in out, (line, out)


# With the sample values these are still refused, for a reason the output names (checked by assert_specific).
REFUSED_WITH_GOOD_VALUES = {
    "admin move-records",  # a fresh session keeps no records under an id the data lost (tests/store/test_orphans.py)
    "gracedays approve",
    "gracedays grant",
    "gracedays me",
    "gracedays revoke",  # a fresh session has no grant to take back
    "gracedays roster",
    # No forum post, endorsed answer or forum setup exists in a fresh session (tests/console/test_qa_console.py).
    "qa author",
    "qa withdraw",
    "qa follow-up",
    "qa resolve",
    "qa reply",
    "question",
    # Every option at once names the staff channel and unsets it: refused as a contradiction, by name.
    "setup qa-forum",
}


async def test_issue_examples_no_longer_crash(course, settings):
    """/remind me, /link email:…, /setup offsets reminders:48h,24h,2h answer (the console is a server)."""
    outputs, _ = await run_lines(
        settings,
        course,
        ["/remind me", "/link email:ben@andrew.cmu.edu", "/setup offsets reminders:48h,24h,2h", "/remind list"],
        staff=True,
    )
    assert "Reminders on" in outputs[0]
    assert "Link requested" in outputs[1]
    assert "Reminder offsets set" in outputs[2]
    assert "2d, 1d, 2h" in outputs[2]
    assert "Your reminders" in outputs[3]


async def test_announcements_scheduled_in_the_console_are_listed_and_posted(course, settings):
    """/announce add, /announce list shows it, :advance posts it at its time, then the list is empty; the shared
    database never records a simulated post as sent, nor the announcement itself (it is the session's)."""
    outputs, printed = await run_lines(
        settings,
        course,
        ['/announce add message:"Quiz moved" when:"tomorrow 9am"', "/announce list", ":advance 1d", "/announce list"],
        staff=True,
    )
    assert "Announcement #1 scheduled" in outputs[0]
    assert "#1 · Tue Feb 13, 9:00 AM EST · Quiz moved" in outputs[1]
    staff_posts = [p for p in printed if "Announcement from course staff" in p]
    assert len(staff_posts) == 1
    assert "Quiz moved" in staff_posts[0]
    assert "Console time: Tue Feb 13, 10:00 AM EST" in outputs[2]
    assert "Nothing scheduled." in outputs[3]
    store = Store(settings.db_path)
    assert store.db["deliveries"].count == 0
    assert store.server_settings.get(LOCAL_SERVER_ID) is None
    assert [e.action for e in store.audit.latest(LOCAL_SERVER_ID)] == []  # the session's post, the session's row
    store.close()


async def test_setup_and_posts_tried_in_the_console_never_change_the_real_server(course, settings):
    """The real server's channel, staff posts and grade publications stay as they were after a console session
    set `channel:here`, scheduled an announcement and published grades; the session itself saw its changes."""
    store = Store(settings.db_path)
    real = GuildSetup(channel_id=4242, since=at("2024-02-01 09:00"))
    store.server_settings.save(LOCAL_SERVER_ID, real.to_json(), by=9, now=at("2024-02-01 09:00"), change={})
    audit_before = store.db["audit"].count
    store.close()
    outputs, _ = await run_lines(
        settings,
        course,
        [
            "/setup channel channel:here",
            '/announce add message:"Console test" when:"tomorrow 9am"',
            "/admin grades-published assignment:hw1",
            "/setup show",
            "/admin audit",
        ],
        staff=True,
    )
    assert "Announcement channel: #console" in outputs[3]
    assert "set the announcement channel to #console" in outputs[4]
    store = Store(settings.db_path)
    assert GuildSetup.from_json(store.server_settings.get(LOCAL_SERVER_ID)).channel_id == 4242
    assert store.staff_posts.scheduled(LOCAL_SERVER_ID) == []
    assert store.published.grades(LOCAL_SERVER_ID) == {}
    assert store.db["audit"].count == audit_before
    store.close()


async def test_picking_the_course_in_the_console_writes_only_the_course(course, second_course, settings):
    """/setup course is real (the server's course), but it carries none of the session's other settings: the real
    announcement channel stays, even after `channel:here` in the same session."""
    store = Store(settings.db_path)
    real = GuildSetup(channel_id=4242, since=at("2024-02-01 09:00"))
    store.server_settings.save(LOCAL_SERVER_ID, real.to_json(), by=9, now=at("2024-02-01 09:00"), change={})
    courses = CourseCatalog({c.id: c for c in (course, second_course)}, course.id, per_server=True)
    lines = ["/setup channel channel:here", f"/setup course course:{course.id}"]
    clock = FixedClock(at("2024-02-12 10:00"))
    async with console_session(settings, courses, clock, store, staff=True, emit=lambda _: None) as console:
        for line in lines:
            await console.handle(line)
    after = GuildSetup.from_json(store.server_settings.get(LOCAL_SERVER_ID))
    assert (after.channel_id, after.course_id) == (4242, course.id)
    store.close()


@pytest.mark.parametrize("simulated", ["2024-04-20 10:00", "2024-01-20 10:00"])
async def test_picking_the_course_in_the_console_stamps_the_real_time(course, second_course, settings, simulated):
    """The real server's switch of course (its `since` and its audit row) carries the wall clock's time, never the
    console's `--now`, earlier or later: the real bot then posts what falls after the real switch."""
    store = Store(settings.db_path)
    real = GuildSetup(channel_id=4242, course_id=course.id, since=at("2024-02-01 09:00"))
    store.server_settings.save(LOCAL_SERVER_ID, real.to_json(), by=9, now=at("2024-02-01 09:00"), change={})
    courses = CourseCatalog({c.id: c for c in (course, second_course)}, course.id, per_server=True)
    wall = FixedClock(at("2024-02-12 10:00"))
    line = f"/setup course course:{second_course.id} confirm:true"
    async with console_session(
        settings, courses, FixedClock(at(simulated)), store, staff=True, emit=lambda _: None, real_clock=wall
    ) as console:
        await console.handle(line)
        in_session = GuildSetup.from_json(console.host.store.server_settings.get(LOCAL_SERVER_ID))
    after = GuildSetup.from_json(store.server_settings.get(LOCAL_SERVER_ID))
    assert (after.course_id, after.since, after.channel_id) == (second_course.id, wall.now(), 4242)
    assert store.audit.latest(LOCAL_SERVER_ID, 1)[0].at == wall.now()
    assert in_session.since == at(simulated)  # the session keeps its own simulated switch
    store.close()


async def test_what_staff_publish_now_is_announced_at_once_not_late(course, settings):
    """Grades published in the console (seconds after /setup channel) are announced right away, on time: not at
    the next clock move with an "I was offline" note."""
    _, printed = await run_lines(
        settings,
        course,
        ["/setup channel channel:here", "/admin grades-published assignment:hw1", ":advance 1h"],
        staff=True,
        now="2024-02-05 10:00:30",
    )
    out = [p for p in printed if "HW1 grades are out" in p]
    assert len(out) == 1
    assert "Posted late" not in out[0]


async def test_starting_the_console_writes_nothing(course, settings):
    """No audit row, no server setup, just by starting (and moving the clock)."""
    await run_lines(settings, course, [":advance 2d", ":time"], staff=True)
    store = Store(settings.db_path)
    assert store.db["audit"].count == 0
    assert store.db["guild_config"].count == 0
    store.close()


async def test_weeks_by_number_and_by_name(course, settings):
    """/schedule week:2 is the course's second week (Mon Jan 22); next/last are weeks too."""
    outputs, _ = await run_lines(
        settings, course, ["/schedule week:2", "/schedule week:1", "/schedule week:next"], staff=False
    )
    assert outputs[0].startswith("Week of Mon Jan 22")
    assert outputs[1].startswith("Week of Mon Jan 15")
    assert outputs[2].startswith("Week of Mon Feb 19")


async def test_mentions_read_by_name_or_id(course, settings):
    """The audit trail and the setup name the console's user and channel; others by id, never <@1>."""
    outputs, _ = await run_lines(
        settings,
        course,
        ["/setup channel channel:here", "/setup section-role section:10-605 role:<@&3605>", "/admin audit"],
        staff=True,
    )
    assert "Announcement channel: #console" in outputs[0]
    assert "10-605: role 3605" in outputs[1]
    assert "@console set the announcement channel to #console." in outputs[2]
    assert "<@" not in "".join(outputs)
    assert "<#" not in "".join(outputs)


async def test_follow_ups_are_picked_by_number(course, settings, monkeypatch):
    """Numbered options; typing a number asks that option's question through /ask; a wrong number says so."""
    import bot.understand.engine
    from bot.core.answer import Answer, Option, text

    def answer_question(course: Any, question: str, now: Any, **kwargs: Any) -> Answer:
        if question == "hw?":
            return Answer(title="Which?", lines=(text("Did you mean:"),), options=(Option("HW3", "hw3 due?"),))
        return Answer(title=f"Answer to {question}")

    monkeypatch.setattr(bot.understand.engine, "answer_question", answer_question)
    import importlib

    import commands.ask

    importlib.reload(commands.ask)  # the catalog reads the module, which imported the function by name
    try:
        outputs, _ = await run_lines(settings, course, ["hw?", "7", "1", "1"], staff=False)
    finally:
        monkeypatch.undo()
        importlib.reload(commands.ask)
    assert "[1] HW3" in outputs[0]
    assert "Type a number to pick one." in outputs[0]
    assert outputs[1] == "Pick a number from 1 to 1, or type anything else."
    assert outputs[2].startswith("Answer to hw3 due?")
    assert outputs[3].startswith("Answer to 1")  # the options were used up: a bare number is a question again


async def test_quoted_values_may_contain_option_names(course, settings):
    """`message:"see when: tomorrow"` is one value: a name: inside double quotes is not a new option."""
    outputs, _ = await run_lines(
        settings, course, ['/announce add message:"Review: see when: tomorrow" when:"friday 5pm"'], staff=True
    )
    assert "Announcement #1 scheduled" in outputs[0]
    assert "Review: see when: tomorrow" in outputs[0]
    assert "Fri Feb 16, 5:00 PM EST" in outputs[0]


async def test_console_time_refuses_a_skipped_time_and_says_which_repeated_one(course, settings):
    outputs, _ = await run_lines(
        settings,
        course,
        ['/announce add message:x when:"Nov 3 1:30am"', ":time 2024-03-10T02:30", ":time", ":time 2024-11-03T01:30"],
        staff=True,
        now="2024-03-09 10:00",
    )
    assert "this is the first one (EDT)" in outputs[0]
    assert "does not exist in America/New_York" in outputs[1]
    assert "Console time: Sat Mar 9, 10:00 AM EST" in outputs[2]
    assert "1:30 AM EDT" in outputs[3]
    assert "happens twice" in outputs[3]


async def test_posts_show_the_channel_the_setup_names(course, settings):
    """The console prints each post with the channel /setup channel set (the terminal's own, or another one)."""
    _, printed = await run_lines(
        settings,
        course,
        [
            '/announce add message:"one" when:"tomorrow 9am"',
            ":advance 1d",
            "/setup channel channel:<#5551>",
            '/announce add message:"two" when:"tomorrow 9am"',
            ":advance 1d",
        ],
        staff=True,
    )
    first = next(p for p in printed if "one" in p and "staff" in p.split("]")[0])
    second = next(p for p in printed if "two" in p and "staff" in p.split("]")[0])
    assert first.startswith("[announcement → #console")
    assert second.startswith("[announcement → channel <#5551>")
    assert all("#announcements" not in p for p in printed)
