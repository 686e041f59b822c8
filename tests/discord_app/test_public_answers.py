"""Public answers kept for the minute: everyone asking the same public command in the same minute, on the same course
and database, gets the first asker's answer; a new minute, a database change, a reloaded course, another server or
other options get a fresh one; nothing private, failed or given in several replies is kept; a course with a time
off the whole minute keeps nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.core.answer import Answer, text
from bot.core.errors import UserError
from bot.discord_app.catalog import CommandSet, load_catalog
from bot.discord_app.invocation import Invocation
from bot.discord_app.options import Opt, UserRef
from bot.discord_app.public_answers import PUBLIC_ANSWERS, minute_aligned
from bot.discord_app.running import run_command
from bot.store.database import Store
from tests.conftest import at
from tests.discord_app.test_running import Recorded, _Host

COMMANDS = CommandSet()
RUNS: list[str] = []


@COMMANDS.command("card", public=True, what=Opt.text("What", max_length=20))
async def card(inv: Invocation, what: str) -> None:
    """A public card."""
    RUNS.append(what)
    if what == "bad":
        raise UserError("No such card.")
    if what == "twice":
        await inv.reply.answer(Answer(title="One", lines=(text(what),)))
        await inv.reply.answer(Answer(title="Two", lines=(text(what),)))
        return
    if what == "hidden":
        await inv.reply.answer(Answer(title="Only you", lines=(text(what),), ephemeral=True))
        return
    await inv.reply.answer(Answer(title=f"Card at {inv.now:%H:%M}", lines=(text(what),)))


SPEC = {s.qualified_name: s for s in COMMANDS.specs}["card"]


@pytest.fixture(autouse=True)
def fresh():
    PUBLIC_ANSWERS.clear()
    RUNS.clear()
    yield
    PUBLIC_ANSWERS.clear()


def ask(course, store, *, now=None, user=5, staff=False, server=7, what="hw1") -> tuple[Invocation, Recorded]:
    reply = Recorded()
    inv = Invocation(
        served=course,
        now=now or at("2024-02-12 10:00"),
        store=store,
        server_id=server,
        user=UserRef(user, f"user{user}"),
        is_staff=staff,
        reply=reply,
        host=_Host(),
    )
    return inv, reply


async def answered(course, store, **kwargs) -> Answer:
    inv, reply = ask(course, store, **kwargs)
    assert await run_command(SPEC, inv, {"what": kwargs.get("what", "hw1")}) in ("ok", "refused")
    (answer, _private), *more = reply.sent
    assert not more
    return answer


async def test_everyone_asking_in_the_same_minute_gets_the_first_answer(course):
    store = Store(":memory:")
    first = await answered(course, store, user=1, now=at("2024-02-12 10:00:05"))
    again = await answered(course, store, user=2, staff=True, now=at("2024-02-12 10:00:59"))
    assert again is first
    assert RUNS == ["hw1"]


async def test_a_new_minute_a_new_answer(course):
    store = Store(":memory:")
    first = await answered(course, store, now=at("2024-02-12 10:00:59"))
    later = await answered(course, store, now=at("2024-02-12 10:01:00"))
    assert later is not first
    assert later.title == "Card at 10:01"
    assert RUNS == ["hw1", "hw1"]


async def test_the_repeated_hour_when_clocks_go_back_is_two_minutes(course):
    """1:30 EDT and 1:30 EST an hour later are the same wall time but different minutes."""
    ny = ZoneInfo("America/New_York")
    store = Store(":memory:")
    await answered(course, store, now=dt.datetime(2024, 11, 3, 1, 30, tzinfo=ny, fold=0))
    await answered(course, store, now=dt.datetime(2024, 11, 3, 1, 30, tzinfo=ny, fold=1))
    assert RUNS == ["hw1", "hw1"]


async def test_a_database_change_a_reloaded_course_another_server_or_store_each_start_afresh(course, second_course):
    store = Store(":memory:")
    await answered(course, store)
    store.meta.set("anything", "changed")  # e.g. staff published a grade
    await answered(course, store)
    reloaded = dataclasses.replace(course)  # what a reload makes: a new course object
    await answered(reloaded, store)
    await answered(reloaded, store, server=8)
    await answered(reloaded, Store(":memory:"), server=8)
    await answered(second_course, store)
    assert len(RUNS) == 6
    await answered(reloaded, store, server=8)
    assert len(RUNS) == 6


async def test_other_options_get_their_own_answer(course):
    store = Store(":memory:")
    one = await answered(course, store, what="hw1")
    two = await answered(course, store, what="hw2")
    assert one.lines != two.lines
    assert RUNS == ["hw1", "hw2"]


async def test_an_option_value_that_cannot_be_a_key_is_answered_afresh_each_time(course):
    """A value no key can hold (a list) keeps nothing: each asker's own run answers them, once."""
    store = Store(":memory:")

    async def body(inv: Invocation) -> None:
        RUNS.append("run")
        await inv.reply.answer(Answer(title="Card", lines=(text("any"),)))

    replies = []
    for user in (1, 2):
        inv, reply = ask(course, store, user=user)
        await PUBLIC_ANSWERS.run("card", inv, {"what": ["hw1", "hw2"]}, body)
        replies.append(reply)
    assert RUNS == ["run", "run"]
    assert [len(r.sent) for r in replies] == [1, 1]
    assert len(PUBLIC_ANSWERS) == 0


async def test_refusals_private_answers_and_several_replies_are_never_kept(course):
    store = Store(":memory:")
    for what in ("bad", "hidden", "twice"):
        for user in (1, 2):
            inv, reply = ask(course, store, user=user, what=what)
            await run_command(SPEC, inv, {"what": what})
            assert reply.sent
    assert RUNS == ["bad", "bad", "hidden", "hidden", "twice", "twice"]
    assert len(PUBLIC_ANSWERS) == 0


async def test_a_course_with_a_time_off_the_whole_minute_keeps_nothing(course):
    first, *rest = course.assignments
    odd = dataclasses.replace(course, assignments=(dataclasses.replace(first, due=first.due.replace(second=30)), *rest))
    assert minute_aligned(course)
    assert not minute_aligned(odd)
    store = Store(":memory:")
    await answered(odd, store)
    await answered(odd, store)
    assert RUNS == ["hw1", "hw1"]


def test_the_bundled_courses_are_on_whole_minutes(any_course):
    assert minute_aligned(any_course)


def test_a_staff_command_cannot_be_public():
    staff_set = CommandSet()
    with pytest.raises(TypeError, match="not public"):

        @staff_set.command("secret", staff_only=True, public=True)
        async def secret(inv: Invocation) -> None:
            """Staff only."""


PUBLIC_CASES = {
    "due": [{}, {"within": "next week"}, {"within": "14", "section": "10-605"}],
    "deadline": [{"assignment": "hw3"}, {"assignment": "miniproject"}],
    "schedule": [{}, {"date": "friday"}, {"topic": "LSH"}, {"show": "no_class"}],
    "oh": [{}, {"day": "now"}, {"day": "wednesday"}],
    "exam info": [{}, {"which": "exam1"}],
}


async def test_every_public_command_answers_a_student_and_staff_alike(course):
    """What `public` promises, for each command declaring it: the body's answer does not depend on who asks."""
    public = sorted(s.qualified_name for s in load_catalog() if s.public)
    assert public == sorted(PUBLIC_CASES)
    specs = {s.qualified_name: s for s in load_catalog()}
    store = Store(":memory:")
    for name, cases in PUBLIC_CASES.items():
        for values in cases:
            got = []
            for user, staff in ((1, False), (2, True)):
                inv, reply = ask(course, store, user=user, staff=staff, now=at("2024-02-14 14:30"))
                await specs[name].body(inv, **values)
                got.append(reply.sent)
            assert got[0] == got[1], (name, values)
            assert len(got[0]) == 1
            assert not got[0][0][1]


async def test_a_time_staff_recorded_with_seconds_never_makes_a_kept_answer_stale(course, tmp_path):
    """Grades published at 10:00:30 (the default, `now`): the regrade window is kept closing on a whole minute, so
    the answer kept from 10:00:10 of its closing minute is what a fresh answer at 10:00:50 says."""
    course = dataclasses.replace(course, regrades=dataclasses.replace(course.regrades, window_days=7))
    store = Store(tmp_path / "b.db", zone=course.tz)
    published = at("2024-02-12 10:00") + dt.timedelta(seconds=30)
    store.published.set_grades(7, "hw1", published, by=1, now=published)
    deadline = {s.qualified_name: s for s in load_catalog()}["deadline"]
    closing_minute = at("2024-02-19 10:00")

    async def regrade_lines(now: dt.datetime) -> list[str]:
        inv, reply = ask(course, store, now=now, user=now.second)
        await run_command(deadline, inv, {"assignment": "hw1"})
        return [str(line) for f in reply.sent[0][0].fields for line in f.lines if "Regrade" in str(line)]

    early = await regrade_lines(closing_minute + dt.timedelta(seconds=10))
    kept = await regrade_lines(closing_minute + dt.timedelta(seconds=50))
    PUBLIC_ANSWERS.clear()
    uncached = await regrade_lines(closing_minute + dt.timedelta(seconds=50))
    assert early
    assert kept == uncached == early
    store.close()
