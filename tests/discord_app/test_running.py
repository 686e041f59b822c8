"""The one run path both front ends take: staff and server checks, limits, a refusal's own message, an apology
(with the traceback only in the log) for anything unexpected, and autocomplete behind the same gate."""

from __future__ import annotations

import logging
from dataclasses import replace

from bot.announce.server_course import NoCourse
from bot.core.answer import Answer, Text, text
from bot.core.errors import UserError
from bot.discord_app.catalog import CommandSet
from bot.discord_app.interactions import ForumEvent, ListenerSpec
from bot.discord_app.invocation import Invocation
from bot.discord_app.options import Opt, UserRef
from bot.discord_app.running import SERVER_ONLY, SORRY, STAFF_ONLY, complete, run_command, run_listener
from bot.qa.asking_pace import AskingPace
from bot.qa.sent_twice import SentTwice
from bot.settings import Settings
from bot.store.database import Store
from tests.conftest import at


class Recorded:
    """A Reply that keeps what was sent (both front ends implement the same four methods)."""

    def __init__(self) -> None:
        self.sent: list[tuple[Answer, bool]] = []

    async def answer(self, answer: Answer) -> None:
        self.sent.append((answer, answer.ephemeral))

    async def private(self, answer: Answer) -> None:
        self.sent.append((answer, True))

    async def file(self, answer: Answer, filename: str, data: bytes, *, without_file: Text = ()) -> None:
        self.sent.append((answer, answer.ephemeral))

    async def defer(self, *, private: bool = True) -> None:
        pass


COMMANDS = CommandSet()
STAFF = COMMANDS.group("staffonly", "Staff things", staff_only=True, server_only=True)


async def secrets_choices(inv: Invocation, typed: str) -> list[tuple[str, str]]:
    return [("a staff secret", "secret")]


@STAFF.command("peek", what=Opt.text("What", max_length=20, autocomplete=secrets_choices))
async def peek(inv: Invocation, what: str) -> None:
    """Staff: peek."""
    await inv.reply.answer(Answer(title="Peeked", lines=(text(what),)))


@COMMANDS.command("boom", kind=Opt.text("How", max_length=10))
async def boom(inv: Invocation, kind: str) -> None:
    """Fails."""
    if kind == "user":
        raise UserError("You asked for it.")
    raise RuntimeError("database on fire")


def invocation(course, *, staff: bool, server: int | None = 7) -> tuple[Invocation, Recorded]:
    reply = Recorded()
    inv = Invocation(
        served=course,
        now=at("2024-02-12 10:00"),
        store=Store(":memory:"),
        server_id=server,
        user=UserRef(5, "student"),
        is_staff=staff,
        reply=reply,
        host=_Host(),
    )
    return inv, reply


class _Host:
    settings = Settings.from_env({})
    catalog = None
    asking_pace = AskingPace()
    sent_twice = SentTwice()

    def reschedule(self) -> None:
        pass

    async def replace_courses(self, courses) -> None:
        pass


async def test_staff_and_server_checks_come_before_the_body(course):
    """A student is refused a staff command; anyone is refused a server command in a DM; staff in a server run it."""
    inv, reply = invocation(course, staff=False)
    assert await run_command(SPECS["staffonly peek"], inv, {"what": "x"}) == "refused"
    assert reply.sent[0][0].lines == (text(STAFF_ONLY),)
    assert reply.sent[0][1] is True
    inv, reply = invocation(course, staff=True, server=None)
    assert await run_command(SPECS["staffonly peek"], inv, {"what": "x"}) == "refused"
    assert reply.sent[0][0].lines == (text(SERVER_ONLY),)
    inv, reply = invocation(course, staff=True)
    assert await run_command(SPECS["staffonly peek"], inv, {"what": "x"}) == "ok"
    assert reply.sent[0][0].title == "Peeked"


async def test_limits_are_checked_before_the_body(course):
    """A value over its limit never reaches the body; the refusal is private and names the limit."""
    inv, reply = invocation(course, staff=True)
    assert await run_command(SPECS["staffonly peek"], inv, {"what": "x" * 21}) == "refused"
    (answer, private), *_ = reply.sent
    assert private
    assert "at most 20 characters" in answer.lines[0][0]


async def test_refusals_are_specific_and_surprises_are_logged(course, caplog):
    """A UserError is shown as written; anything else is an apology, with the traceback in the log only."""
    inv, reply = invocation(course, staff=False)
    assert await run_command(SPECS["boom"], inv, {"kind": "user"}) == "refused"
    assert reply.sent[-1][0].lines == (text("You asked for it."),)
    with caplog.at_level(logging.ERROR):
        assert await run_command(SPECS["boom"], inv, {"kind": "other"}) == "error"
    assert reply.sent[-1][0].lines == (text(SORRY),)
    assert "database on fire" in caplog.text
    assert all("database on fire" not in str(a) for a, _ in reply.sent)


async def test_autocomplete_of_a_staff_command_is_staff_only(course):
    """Discord runs autocomplete without command checks: the gate answers nothing to a student."""
    spec = SPECS["staffonly peek"]
    (option,) = spec.options
    inv, _ = invocation(course, staff=False)
    assert await complete(spec, option, inv, "") == []
    inv, _ = invocation(course, staff=True)
    assert await complete(spec, option, inv, "") == [("a staff secret", "secret")]


@COMMANDS.command("mine", what=Opt.text("What", max_length=20, autocomplete=secrets_choices))
async def mine(inv: Invocation, what: str) -> None:
    """Needs the course."""
    await inv.reply.answer(Answer(title=inv.course.title, lines=(text(what),)))


async def course_choices(inv: Invocation, typed: str) -> list[tuple[str, str]]:
    return [(inv.course.title, "x")]


async def test_a_server_without_its_course_is_told_what_to_run(course):
    """Serving several courses, a server that has not picked one: a command that needs the course is refused with
    the message saying what to run (never another course's answer), and its autocomplete offers nothing."""
    inv, reply = invocation(course, staff=False)
    inv = replace(inv, served=NoCourse("This server has not picked its course yet. Run /setup course."))
    assert not inv.has_course
    assert await run_command(SPECS["mine"], inv, {"what": "x"}) == "refused"
    ((answer, private),) = reply.sent
    assert private
    assert "has not picked its course yet" in answer.lines[0][0]
    option = Opt.text("What", max_length=20, autocomplete=course_choices)
    assert await complete(SPECS["mine"], option, inv, "") == []


async def test_a_forum_event_on_a_server_without_its_course_is_a_warning_not_a_traceback(course, caplog):
    """A forum listener that needs the course, on a server that follows none: refused with one warning line (the
    server's known state), no traceback; a listener that breaks is still logged with its traceback."""

    async def needs_the_course(inv: Invocation, event: ForumEvent) -> None:
        assert inv.course.title

    async def breaks(inv: Invocation, event: ForumEvent) -> None:
        raise RuntimeError("database on fire")

    inv, _ = invocation(course, staff=False)
    inv = replace(inv, served=NoCourse("This server has not picked its course yet. Run /setup course."))
    event = ForumEvent("message", 99)
    with caplog.at_level(logging.WARNING):
        assert await run_listener(ListenerSpec("message", needs_the_course, "qa"), inv, event) == "refused"
    (record,) = [r for r in caplog.records if r.name == "bot.discord_app.running"]
    assert (record.levelno, record.exc_info) == (logging.WARNING, None)
    assert "has not picked its course yet" in record.getMessage()
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        assert await run_listener(ListenerSpec("message", breaks, "qa"), inv, event) == "error"
    (record,) = [r for r in caplog.records if r.name == "bot.discord_app.running"]
    assert record.exc_info is not None


SPECS = {s.qualified_name: s for s in COMMANDS.specs}
