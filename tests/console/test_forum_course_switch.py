"""A server that switches course and back (issue 13), in the console (the same command code as Discord): the forum's
lists, search, stats, pings and digest take the course it follows now; the old course's posts, counts and
suggestions are kept and come back with it."""

from __future__ import annotations

import pytest

from bot.console.app import console_session
from bot.core.clock import FixedClock
from bot.course.catalog import CourseCatalog
from bot.discord_app.interactions import ForumEvent, MessageRef, UserRef
from bot.qa.faq_file import read_faq
from bot.qa.knowledge import import_faq
from bot.settings import Settings
from bot.store.database import Store
from tests.conftest import REPO, at

FAQ = REPO / "tests" / "qa" / "search_quality" / "faq-10-605.csv"


async def test_the_old_courses_posts_leave_every_list_and_come_back_with_it(course, second_course, tmp_path):
    """Posts asked for the first course leave /qa unanswered, /qa stats, search and the pings after a switch (those of
    the second course are there instead); switching back brings back its posts and its FAQ, and hides the other's."""
    settings = Settings.from_env({"COURSEBOT_DB": str(tmp_path / "bot.db")})
    store = Store(settings.db_path, zone=course.tz)
    server = settings.server_id
    import_faq(store, course, server, read_faq(FAQ.name, FAQ.read_bytes()), by=0, now=at("2024-02-12 09:00"))
    faq = len(store.qa_entries.active(server))
    courses = CourseCatalog({c.id: c for c in (course, second_course)}, course.id, per_server=True)
    printed: list[str] = []
    clock = FixedClock(at("2024-02-12 10:00"))
    async with console_session(settings, courses, clock, store, staff=True, emit=printed.append) as console:
        await console.handle(f"/setup course course:{course.id}")
        assert "Course forum set up" in await console.handle("/setup qa-forum staff_channel:2000")
        await console.handle(":post Zygote spark cluster will not start")
        assert "Zygote spark cluster" in await console.handle("/qa unanswered")
        assert "Answered by staff: 0% of 1 posts" in await console.handle("/qa stats")
        switched = await console.handle(f"/setup course course:{second_course.id} confirm:True")
        assert "1 forum post asked for" in switched, switched
        assert "brings them back" in switched
        assert "Zygote" not in await console.handle("/qa unanswered")
        assert "Answered by staff: no posts yet" in await console.handle("/qa stats")
        assert console.host.store.qa_entries.active(server) == []
        await console.handle(":post Quokka midterm room question")
        waiting = await console.handle("/qa unanswered")
        assert ("Quokka" in waiting, "Zygote" in waiting) == (True, False)
        printed.clear()
        await console.handle(":advance 1d")  # the pings and the morning digest: the current course's post only
        pinged = "\n".join(printed)
        assert ("Quokka" in pinged, "Zygote" in pinged) == (True, False), pinged
        back = await console.handle(f"/setup course course:{course.id} confirm:True")
        assert f"This server follows {course.id}" in back
        waiting = await console.handle("/qa unanswered")
        assert ("Zygote" in waiting, "Quokka" in waiting) == (True, False)
        assert "Answered by staff: 0% of 1 posts" in await console.handle("/qa stats")
        assert len(console.host.store.qa_entries.active(server)) == faq  # the FAQ is suggested again
        assert {p.course for p in console.host.store.qa_posts.listed(server)} == {course.id, second_course.id}
    store.close()
    reopened = Store(settings.db_path, zone=course.tz)
    assert len(reopened.qa_entries.active(server)) == faq  # in the file every process reads
    reopened.close()


async def _answered_then_switched(console, course, second_course, *, endorse: bool = True):
    """A 10-605-style question answered (and endorsed) in the first course, then the server switches to the second:
    returns the thread and its answer's message id."""
    await console.handle(f"/setup course course:{course.id}")
    await console.handle("/setup qa-forum staff_channel:2000")
    await console.handle(":post Zygote spark cluster will not start")
    thread = next(t for t in console.host.forum.threads.values() if t.title.startswith("Zygote"))
    out = await console.handle(f":reply {thread.id} Install the zygote driver version 3 first.")
    answer_id = int(out.split("[message ")[1].split(" ")[0])
    await console.handle(f":menu {answer_id} Mark as answer")
    if endorse:
        await console.handle(f":menu {answer_id} Endorse")
    await console.handle(f"/setup course course:{second_course.id} confirm:True")
    assert console.host.store.qa_entries.active(console.server.server_id) == []
    return thread, answer_id


def _session(settings, course, second_course, store):
    courses = CourseCatalog({c.id: c for c in (course, second_course)}, course.id, per_server=True)
    return console_session(
        settings, courses, FixedClock(at("2024-02-12 10:00")), store, staff=True, emit=lambda s: None
    )


CHANGED_WHILE_AWAY = [
    # (what happens to the old course's post while the server follows the other course, quoted after switching back)
    ("answer deleted", lambda t, a: ForumEvent("message_deleted", t.id, message_id=a), None),
    ("question deleted", lambda t, a: ForumEvent("message_deleted", t.id, message_id=t.messages[0].id), None),
    ("thread deleted", lambda t, a: ForumEvent("thread_deleted", t.id), None),
    (
        "answer edited (its endorsement lapses)",
        lambda t, a: ForumEvent("message_edited", t.id, message=MessageRef(a, t.id, UserRef(0, ""), "Use driver 4.")),
        False,
    ),
]


@pytest.mark.parametrize(("what", "event", "quoted"), CHANGED_WHILE_AWAY, ids=[c[0] for c in CHANGED_WHILE_AWAY])
async def test_switching_back_never_brings_back_an_answer_changed_meanwhile(
    course, second_course, tmp_path, what, event, quoted
):
    """A post whose question, thread or answer was deleted (or whose endorsed answer was edited) while the server
    followed another course is not quoted as endorsed when it switches back: a deletion is final, an edit is a link."""
    settings = Settings.from_env({"COURSEBOT_DB": str(tmp_path / "bot.db")})
    store = Store(settings.db_path, zone=course.tz)
    async with _session(settings, course, second_course, store) as console:
        thread, answer_id = await _answered_then_switched(console, course, second_course)
        await console.forum_event(event(thread, answer_id), console.server.user)
        await console.handle(f"/setup course course:{course.id} confirm:True")
        live = console.host.store.qa_entries.active(console.server.server_id)
        asked = await console.handle("/ask zygote spark cluster will not start")
        assert "Install the zygote driver" not in asked, asked
        assert "Endorsed by course staff" not in asked
        if quoted is None:
            assert live == []
        else:
            assert [(e.endorsed, e.answer) for e in live] == [(False, "")]  # offered as a link only
        await console.handle(f"/setup course course:{second_course.id} confirm:True")
        await console.handle(f"/setup course course:{course.id} confirm:True")  # and on every later switch back
        assert len(console.host.store.qa_entries.active(console.server.server_id)) == len(live)
    store.close()


CHANGES_TO_AN_OLD_POST = ["renamed", "question edited", "answered and endorsed again"]


@pytest.mark.parametrize("how", CHANGES_TO_AN_OLD_POST)
async def test_an_old_courses_post_never_enters_the_new_courses_suggestions(course, second_course, tmp_path, how):
    """A rename, an edited question or a newly marked and endorsed answer in a thread of the course the server left
    changes nothing it suggests now, nor after later switches; switching back offers that post as it reads then."""
    settings = Settings.from_env({"COURSEBOT_DB": str(tmp_path / "bot.db")})
    store = Store(settings.db_path, zone=course.tz)
    async with _session(settings, course, second_course, store) as console:
        thread, _ = await _answered_then_switched(console, course, second_course, endorse=False)
        later = None
        if how == "renamed":
            event = ForumEvent("thread_renamed", thread.id, title="Zygote spark cluster will not start (help)")
            await console.forum_event(event, console.server.user)
        elif how == "question edited":
            words = "zygote spark cluster still fails to start"
            event = ForumEvent(
                "message_edited", thread.id, message=MessageRef(thread.messages[0].id, thread.id, UserRef(0, ""), words)
            )
            await console.forum_event(event, console.server.user)
        else:
            out = await console.handle(f":reply {thread.id} Zygote spark needs the cluster flag too.")
            later = int(out.split("[message ")[1].split(" ")[0])
            await console.handle(f":menu {later} Mark as answer")
            endorsed = await console.handle(f":menu {later} Endorse")
            assert f"once the server follows {course.id} again" in endorsed, endorsed
        assert console.host.store.qa_entries.active(console.server.server_id) == []
        assert "Zygote" not in await console.handle("/qa search query:zygote spark cluster")
        await console.handle(f"/setup course course:{course.id} confirm:True")
        live = console.host.store.qa_entries.active(console.server.server_id)
        assert len(live) == 1
        assert live[0].message_id == (later or live[0].message_id)
        if later is not None:  # endorsed while away: quoted once the server follows its course again
            assert "cluster flag" in await console.handle("/ask zygote spark cluster will not start")
        await console.handle(f"/setup course course:{second_course.id} confirm:True")
        assert console.host.store.qa_entries.active(console.server.server_id) == []
    store.close()


async def test_a_server_whose_only_records_are_forum_questions_is_asked_before_switching(
    course, second_course, tmp_path
):
    """Open forum questions are records of the course: without confirm the switch is refused, and they stay listed."""
    settings = Settings.from_env({"COURSEBOT_DB": str(tmp_path / "bot.db")})
    store = Store(settings.db_path, zone=course.tz)
    async with _session(settings, course, second_course, store) as console:
        await console.handle(f"/setup course course:{course.id}")
        await console.handle("/setup qa-forum staff_channel:2000")
        for title in ("Quokka lecture recording missing", "Okapi homework two typo"):
            await console.handle(f":post {title}")
        refused = await console.handle(f"/setup course course:{second_course.id}")
        assert "Nothing changed yet" in refused, refused
        assert "confirm:True" in refused
        assert "2 forum posts" in refused
        waiting = await console.handle("/qa unanswered")
        assert "Quokka" in waiting
        assert "Okapi" in waiting
    store.close()
