"""A server that switches course and back (issue 13), in the console (the same command code as Discord): the forum's
lists, search, stats, pings and digest take the course it follows now; the old course's posts, counts and
suggestions are kept and come back with it."""

from __future__ import annotations

from bot.console.app import console_session
from bot.core.clock import FixedClock
from bot.course.catalog import CourseCatalog
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
