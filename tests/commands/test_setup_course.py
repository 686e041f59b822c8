"""/setup course and the staff views of a server's course: one-course mode says there is nothing to pick; with a
folder of courses a change on a server with records says what follows and waits for confirm; /setup show,
/admin status and /admin audit name the course; /admin reload reloads every course, refusing a broken folder."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from bot.announce.server_setup import GuildSetup
from bot.core.clock import FixedClock
from bot.course.catalog import load_courses
from tests.conftest import BUNDLED_COURSES, FIXTURES, NY
from tests.discord_harness import CHANNEL_ID, GUILD_ID, STUDENT, TA, embed_text, fake_discord, running_bot
from tests.fake_discord import ADMINISTRATOR, FakeAttachment

EXPORT = FIXTURES / "gradescope" / "10-605_S24_grades.csv"


@pytest.fixture
def courses_dir(tmp_path):
    root = tmp_path / "courses"
    root.mkdir()
    for name, folder in BUNDLED_COURSES.items():
        shutil.copytree(folder, root / name)
    return root


def staff(fake, name: str, options: dict):
    return fake.send_slash_command(name, options, user=TA, permissions=ADMINISTRATOR)


async def test_one_course_mode_says_every_server_follows_it(course, tmp_path):
    """With COURSEBOT_DATA only, /setup course changes nothing and says why; /setup show names the course."""
    clock = FixedClock(dt.datetime(2024, 2, 12, 10, 0, tzinfo=NY))
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db"):
        result = await staff(fake, "setup course", {"course": "stat-187-f24"})
        text = embed_text(result.data)
        assert "This bot serves one course" in text
        assert "every server follows it" in text
        assert "COURSEBOT_COURSES" in text
        shown = await staff(fake, "setup show", {})
        assert f"Course: {course.title}" in embed_text(shown.data)
        still = await fake.send_slash_command("deadline", {"assignment": "hw3"}, user=STUDENT)
        assert "HW3 is due" in embed_text(still.data)
    assert fake.violations == []


async def test_changing_a_course_with_records_says_what_follows_and_waits_for_confirm(courses_dir, tmp_path):
    """Records, a channel, a subscriber and a staff post: the change is described, then made only with confirm;
    afterwards everything follows the new course from now on, and the audit trail says so."""
    clock = FixedClock(dt.datetime(2024, 2, 12, 10, 0, tzinfo=NY))
    env = {"COURSEBOT_COURSES": str(courses_dir)}
    async with (
        fake_discord() as fake,
        running_bot(fake, load_courses(courses_dir), clock, tmp_path / "b.db", **env) as bot,
    ):
        unpicked = await staff(fake, "admin status", {})
        assert "Course: none picked yet: run /setup course" in embed_text(unpicked.data)
        await staff(fake, "setup course", {"course": "10-605-s24"})
        again = await staff(fake, "setup course", {"course": "10-605-s24"})
        assert "This server already follows 10-605-s24" in embed_text(again.data)
        await staff(fake, "setup channel", {"channel": CHANNEL_ID})
        await fake.send_slash_command("remind me", {"section": "10-605"}, user=STUDENT)
        imported = await staff(fake, "gracedays import", {"file": FakeAttachment("g.csv", EXPORT.read_bytes())})
        await imported.wait_for_followups(1)
        await staff(fake, "announce add", {"message": "Pizza in the lounge", "when": "tomorrow 9am"})

        asked = await staff(fake, "setup course", {"course": "stat-187-f24"})
        text = embed_text(asked.data)
        assert "Nothing changed yet: this server has records of 10-605-s24" in text
        assert "late-work records of 6 students" in text
        assert "none of their assignments is one of stat-187-f24's" in text
        assert "1 staff announcement still scheduled goes out at its time" in text
        assert "DM reminders of 1 student now come from stat-187-f24" in text
        assert "1 student chose a section stat-187-f24 does not have" in text
        assert "announcements still planned for 10-605-s24 will not be posted" in text
        assert "/setup course course:stat-187-f24 confirm:True" in text
        assert GuildSetup.from_json(bot.store.server_settings.get(GUILD_ID)).course_id == "10-605-s24"
        same = await fake.send_slash_command("deadline", {"assignment": "hw3"}, user=STUDENT)
        assert "HW3 is due" in embed_text(same.data)

        clock.set(dt.datetime(2024, 2, 12, 11, 0, tzinfo=NY))
        done = await staff(fake, "setup course", {"course": "stat-187-f24", "confirm": True})
        assert "This server follows stat-187-f24" in embed_text(done.data)
        setup = GuildSetup.from_json(bot.store.server_settings.get(GUILD_ID))
        assert (setup.course_id, setup.since) == ("stat-187-f24", clock.now())
        (sub,) = bot.store.reminders.subscriptions()
        assert (sub.section, sub.created_at) == (None, clock.now())  # 10-605 is not a section of STAT 187
        answer = await fake.send_slash_command("deadline", {"assignment": "ps5"}, user=STUDENT)
        assert "PS5 is due" in embed_text(answer.data)
        shown = await staff(fake, "setup show", {})
        assert "Course: STAT 187 Applied Statistical Learning (Fall 2024) (stat-187-f24)" in embed_text(shown.data)
        status = await staff(fake, "admin status", {})
        assert "Course: STAT 187 Applied Statistical Learning (Fall 2024) (stat-187-f24)" in embed_text(status.data)
        audit = await staff(fake, "admin audit", {})
        assert "set this server's course to stat-187-f24 (was 10-605-s24)" in embed_text(audit.data)

        await bot.announcer.run_due()  # nothing of STAT 187 from before the change is posted late
        assert [m for m in fake.channel_messages(CHANNEL_ID) if "Posted late" in embed_text(m)] == []
    assert fake.violations == []


async def test_reload_reloads_every_course_and_refuses_a_broken_folder(courses_dir, tmp_path):
    """A broken folder is refused by name and its course keeps its old data; the others reload; fixed, it reloads;
    a new folder becomes a course servers can pick."""
    clock = FixedClock(dt.datetime(2024, 2, 12, 10, 0, tzinfo=NY))
    env = {"COURSEBOT_COURSES": str(courses_dir)}
    catalog = load_courses(courses_dir)
    assignments = courses_dir / "stat-187-f24" / "assignments.toml"
    original = assignments.read_text()
    async with fake_discord() as fake, running_bot(fake, catalog, clock, tmp_path / "b.db", **env) as bot:
        await staff(fake, "setup course", {"course": "stat-187-f24"})
        assignments.write_text(original.replace("due = 2024-11-01", 'due = "Nov 31"'))
        (courses_dir / "10-605-s24" / "course.toml").touch()
        refused = await staff(fake, "admin reload", {})
        text = embed_text(refused.data)
        assert "Course data reloaded, except stat-187-f24/ (refused)" in text
        assert "stat-187-f24/assignments.toml: assignment 'ps5', field 'due'" in text
        assert "stat-187-f24 (this server's course): refused (stat-187-f24/)" in text
        assert "10-605-s24: unchanged" in text
        assert bot.courses.get("stat-187-f24") is catalog.get("stat-187-f24")
        still = await fake.send_slash_command("deadline", {"assignment": "ps5"}, user=STUDENT)
        assert "PS5 is due <t:1730505600:F>" in embed_text(still.data)

        assignments.write_text(original.replace("due = 2024-11-01", "due = 2024-11-04"))
        shutil.copytree(courses_dir / "10-605-s24", courses_dir / "copy")
        course_toml = courses_dir / "copy" / "course.toml"
        course_toml.write_text(course_toml.read_text().replace('id = "10-605-s24"', 'id = "10-605-f24"'))
        done = await staff(fake, "admin reload", {})
        text = embed_text(done.data)
        assert "Course data reloaded" in text
        assert "stat-187-f24 (this server's course): version" in text
        assert "10-605-f24: new" in text
        moved = await fake.send_slash_command("deadline", {"assignment": "ps5"}, user=STUDENT)
        assert "PS5 is due <t:1730505600:F>" not in embed_text(moved.data)
        offered = await fake.send_autocomplete(
            "setup course", {"course": "10-605"}, focused="course", user=TA, permissions=ADMINISTRATOR
        )
        assert sorted(c["value"] for c in offered) == ["10-605-f24", "10-605-s24"]
    assert fake.violations == []


async def test_a_course_change_withdraws_the_forum_knowledge_of_the_old_course(courses_dir, tmp_path):
    """hostile6 2: an imported FAQ counts as a record, so the change waits for confirm and says what it withdraws;
    afterwards the new course's students never get the old course's FAQ quoted, and a re-import brings it back."""
    from bot.qa.faq_file import read_faq
    from bot.qa.knowledge import import_faq

    faq = [*read_faq("faq.csv", b'question,answer\n"What Python version does the autograder use?","Python 3.11."\n')]
    clock = FixedClock(dt.datetime(2024, 2, 12, 10, 0, tzinfo=NY))
    courses = load_courses(courses_dir)
    env = {"COURSEBOT_COURSES": str(courses_dir)}
    async with fake_discord() as fake, running_bot(fake, courses, clock, tmp_path / "b.db", **env) as bot:
        await staff(fake, "setup course", {"course": "10-605-s24"})
        import_faq(bot.store, courses.get("10-605-s24"), GUILD_ID, faq, by=0, now=clock.now())
        quoted = await fake.send_slash_command("ask", {"question": "what python version does the autograder use"})
        assert "Python 3.11." in embed_text(quoted.data)
        asked = await staff(fake, "setup course", {"course": "stat-187-f24"})
        text = embed_text(asked.data)
        assert "Nothing changed yet: this server has records of 10-605-s24" in text
        assert "1 FAQ entry learned for 10-605-s24 is withdrawn" in text
        await staff(fake, "setup course", {"course": "stat-187-f24", "confirm": True})
        assert bot.store.qa_entries.active(GUILD_ID) == []
        now = await fake.send_slash_command("ask", {"question": "what python version does the autograder use"})
        assert "Python 3.11." not in embed_text(now.data)
        back = import_faq(bot.store, courses.get("stat-187-f24"), GUILD_ID, faq, by=0, now=clock.now())
        assert (back.added, back.withdrawn) == (1, 0)  # retired by the bot, not by staff: a re-import restores it
    assert fake.violations == []


async def test_the_first_pick_of_the_course_served_before_keeps_what_was_learned(courses_dir, tmp_path):
    """A server that ran with one course (no pick) picks that course: its FAQ stays, nothing is asked; picking
    another course first asks, since what it learned would be withdrawn."""
    from bot.qa.faq_file import read_faq
    from bot.qa.knowledge import import_faq

    faq = read_faq("faq.csv", b'question,answer\n"What Python version does the autograder use?","Python 3.11."\n')
    clock = FixedClock(dt.datetime(2024, 2, 12, 10, 0, tzinfo=NY))
    courses = load_courses(courses_dir, default="10-605-s24")
    env = {"COURSEBOT_COURSES": str(courses_dir)}
    async with fake_discord() as fake, running_bot(fake, courses, clock, tmp_path / "b.db", **env) as bot:
        import_faq(bot.store, courses.get("10-605-s24"), GUILD_ID, [*faq], by=0, now=clock.now())
        other = await staff(fake, "setup course", {"course": "stat-187-f24"})
        assert "Nothing changed yet" in embed_text(other.data)
        assert len(bot.store.qa_entries.active(GUILD_ID)) == 1
        picked = await staff(fake, "setup course", {"course": "10-605-s24"})
        text = embed_text(picked.data)
        assert "This server follows 10-605-s24" in text
        assert "withdrawn" not in text
        assert len(bot.store.qa_entries.active(GUILD_ID)) == 1
    assert fake.violations == []
