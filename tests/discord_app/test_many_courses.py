"""One bot, many courses (COURSEBOT_COURSES): one process, one loopback Discord, two servers, each following its own
course. Commands, autocomplete, announcements, DM reminders and grace imports run on each, and nothing of one
course ever appears on the other server."""

from __future__ import annotations

import datetime as dt
import re
import shutil

import pytest

from bot.core.clock import FixedClock
from bot.course.catalog import load_courses
from bot.qa.forum_rules import forum_tags
from tests.commands.test_qa_discord import eventually
from tests.conftest import BUNDLED_COURSES, FIXTURES, LA, NY
from tests.discord_harness import (
    CHANNEL_ID,
    FORUM_ID,
    GUILD_ID,
    OTHER_STUDENT,
    STUDENT,
    TA,
    advance,
    course_guild,
    embed_text,
    fake_discord,
    running_bot,
)
from tests.fake_discord import ADMINISTRATOR, FakeAttachment, FakeChannel, FakeGuild, FakeRole

STAT_GUILD, STAT_CHANNEL, STAT_STAFF = 1100, 2100, 3100
BARE_GUILD, BARE_CHANNEL = 1200, 2200  # a third server that never picks a course
GRADES = FIXTURES / "gradescope"

# What only one course says: a server of the other course must never show any of it.
TEN_605 = re.compile(r"10-605|10-405|Large Datasets|Piazza|Gradescope|grace day|Head TA|ecitation|\bHW ?\d", re.I)
STAT_187 = re.compile(r"STAT 187|stat-187|Statistical Learning|Halvorsen|Bayview|PrairieLearn|\bGSI|\bPS ?\d", re.I)


def stat_guild() -> FakeGuild:
    return FakeGuild(
        id=STAT_GUILD,
        name="STAT 187 F24",
        channels=[FakeChannel(id=STAT_CHANNEL, name="announcements")],
        roles=[FakeRole(id=STAT_STAFF, name="GSIs")],
    )


def bare_guild() -> FakeGuild:
    return FakeGuild(id=BARE_GUILD, name="Department lounge", channels=[FakeChannel(id=BARE_CHANNEL, name="general")])


@pytest.fixture
def courses_dir(tmp_path):
    root = tmp_path / "courses"
    root.mkdir()
    for name, folder in BUNDLED_COURSES.items():
        shutil.copytree(folder, root / name)
    return root


def staff(fake, guild: int, name: str, options: dict):
    return fake.send_slash_command(name, options, user=TA, permissions=ADMINISTRATOR, guild_id=guild)


def texts(messages: list[dict]) -> str:
    return "\n\n".join(embed_text(m) for m in messages)


async def test_two_servers_two_courses_nothing_crosses_over(courses_dir, tmp_path):
    """Each server answers, completes, announces, reminds and keeps grace records from its own course only."""
    catalog = load_courses(courses_dir)
    clock = FixedClock(dt.datetime(2024, 2, 19, 10, 0, tzinfo=NY))
    guilds = [course_guild(), stat_guild(), bare_guild()]
    env = {"COURSEBOT_GUILD_ID": "", "COURSEBOT_COURSES": str(courses_dir)}
    seen: dict[int, list[str]] = {GUILD_ID: [], STAT_GUILD: []}

    async def ask(guild: int, name: str, options: dict, expected: tuple[str, ...], user=STUDENT) -> str:
        result = await fake.send_slash_command(name, options, user=user, guild_id=guild)
        text = embed_text(result.data)
        for fragment in expected:
            assert fragment in text, f"/{name} {options} in {guild}: {fragment!r} not in\n{text}"
        seen[guild].append(text)
        return text

    async with (
        fake_discord(guilds=guilds) as fake,
        running_bot(fake, catalog, clock, tmp_path / "bot.db", **env) as bot,
    ):
        # Before a server picks its course, every command that needs one says which to run; none answers.
        for guild in (GUILD_ID, STAT_GUILD, BARE_GUILD):
            result = await fake.send_slash_command("deadline", {"assignment": "hw3"}, user=STUDENT, guild_id=guild)
            text = embed_text(result.data)
            assert "has not picked its course yet" in text
            assert "/setup course" in text
            assert not TEN_605.search(text.replace("10-605-s24", "")), text
            done = await fake.send_autocomplete("deadline", {"assignment": ""}, focused="assignment", guild_id=guild)
            assert done == []
        offered = await fake.send_autocomplete(
            "setup course", {"course": ""}, focused="course", user=TA, permissions=ADMINISTRATOR, guild_id=GUILD_ID
        )
        assert sorted(c["value"] for c in offered) == ["10-605-s24", "stat-187-f24"]
        assert await fake.send_autocomplete("setup course", {"course": ""}, focused="course", guild_id=GUILD_ID) == []
        refused = await fake.send_slash_command("setup course", {"course": "stat-187-f24"}, user=STUDENT)
        assert "for course staff" in embed_text(refused.data)

        picked = await staff(fake, GUILD_ID, "setup course", {"course": "10-605-s24"})
        assert "This server follows 10-605-s24" in embed_text(picked.data)
        picked = await staff(fake, STAT_GUILD, "setup course", {"course": "STAT-187-F24"})  # any case
        assert "This server follows stat-187-f24" in embed_text(picked.data)
        unknown = await staff(fake, BARE_GUILD, "setup course", {"course": "math-101"})
        assert "There is no course 'math-101'" in embed_text(unknown.data)

        # Commands: each server in its own course's words and times.
        await ask(GUILD_ID, "deadline", {"assignment": "hw3"}, ("HW3 is due <t:",))
        await ask(GUILD_ID, "exam info", {}, ("Exam 1",))
        await ask(GUILD_ID, "ask", {"question": "when is hw4 part b due"}, ("HW4 Part B",))
        await ask(GUILD_ID, "help", {}, ("Machine Learning with Large Datasets",))
        await ask(STAT_GUILD, "deadline", {"assignment": "ps5"}, ("PS5 is due <t:", "2% per hour late"))
        await ask(STAT_GUILD, "meetings", {"section": "1c"}, ("Marco Bellini", "Quarry Hall 79"))
        await ask(STAT_GUILD, "staff", {"role": "gsi"}, ("GSIs", "Priya Raman"))
        await ask(STAT_GUILD, "exam info", {"which": "midterm"}, ("Bayview Auditorium",))
        await ask(STAT_GUILD, "ask", {"question": "who runs section 1C"}, ("Marco Bellini",))
        await ask(STAT_GUILD, "help", {}, ("Applied Statistical Learning",))
        other = await fake.send_slash_command("deadline", {"assignment": "hw3"}, user=STUDENT, guild_id=STAT_GUILD)
        assert "I don't know an assignment called 'hw3'. The course has: PS1" in embed_text(other.data)

        # Autocomplete: each server's own assignments and sections.
        a_done = await fake.send_autocomplete("deadline", {"assignment": ""}, focused="assignment", guild_id=GUILD_ID)
        b_done = await fake.send_autocomplete("deadline", {"assignment": ""}, focused="assignment", guild_id=STAT_GUILD)
        assert a_done
        assert all(not STAT_187.search(c["name"]) for c in a_done)
        assert b_done
        assert all(not TEN_605.search(c["name"]) for c in b_done)
        assert any(c["value"] == "ps5" for c in b_done)
        sections = await fake.send_autocomplete("meetings", {"section": ""}, focused="section", guild_id=STAT_GUILD)
        assert len(sections) == 8
        sections = await fake.send_autocomplete("meetings", {"section": ""}, focused="section", guild_id=GUILD_ID)
        assert sorted(c["value"] for c in sections) == ["10-405", "10-605"]

        # Grace imports: each export is read against its own server's course; records never cross.
        for guild, export, count in (
            (GUILD_ID, "10-605_S24_grades.csv", "6 students"),
            (STAT_GUILD, "stat187_grades.csv", "students"),
        ):
            imported = await staff(
                fake, guild, "gracedays import", {"file": FakeAttachment(export, (GRADES / export).read_bytes())}
            )
            await imported.wait_for_followups(1)
            assert count in embed_text(imported.followups[0])
            seen[guild].append(embed_text(imported.followups[0]))
        ben = await staff(fake, GUILD_ID, "gracedays student", {"student": "ben@andrew.cmu.edu"})
        assert "grace days used" in embed_text(ben.data)
        rosa = await staff(fake, STAT_GUILD, "gracedays student", {"student": "rosa@pcsu.example.edu"})
        assert "Problem Set 6" in embed_text(rosa.data)
        seen[STAT_GUILD].append(embed_text(rosa.data))
        assert "No student" in embed_text(
            (await staff(fake, STAT_GUILD, "gracedays student", {"student": "ben@andrew.cmu.edu"})).data
        )
        assert "No student" in embed_text(
            (await staff(fake, GUILD_ID, "gracedays student", {"student": "rosa@pcsu.example.edu"})).data
        )
        wrong = await staff(
            fake,
            STAT_GUILD,
            "gracedays import",
            {"file": FakeAttachment("g.csv", (GRADES / "10-605_S24_grades.csv").read_bytes())},
        )
        await wrong.wait_for_followups(1)
        assert "10-605 students" not in embed_text(wrong.followups[0])

        # Announcements and DM reminders: 10-605's week of HW3 on its server, in New York time.
        await staff(fake, GUILD_ID, "setup channel", {"channel": CHANNEL_ID})
        await fake.send_slash_command("remind me", {}, user=STUDENT, guild_id=GUILD_ID)
        await advance(bot, clock, dt.datetime(2024, 2, 22, 10, 0, tzinfo=NY))
        assert "HW3 is due in 2 days" in texts(fake.channel_messages(CHANNEL_ID))
        assert fake.dm_messages(STUDENT.id)

        # Months later, STAT 187's server sets its channel; its students subscribe there.
        clock.set(dt.datetime(2024, 10, 14, 9, 0, tzinfo=LA))
        await bot.announcer.run_due()  # 10-605's term is over: everything it missed is stale, so nothing is posted
        before = len(fake.channel_messages(CHANNEL_ID))
        await staff(fake, STAT_GUILD, "setup channel", {"channel": STAT_CHANNEL})
        await fake.send_slash_command("remind me", {"section": "1c"}, user=OTHER_STUDENT, guild_id=STAT_GUILD)
        await advance(bot, clock, dt.datetime(2024, 10, 19, 9, 0, tzinfo=LA))
        stat_posts = texts(fake.channel_messages(STAT_CHANNEL))
        assert re.search(r"PS\d is due in 2 days", stat_posts), stat_posts
        assert fake.dm_messages(OTHER_STUDENT.id)
        assert len(fake.channel_messages(CHANNEL_ID)) == before
        assert fake.channel_messages(BARE_CHANNEL) == []

        # Nothing of one course on the other's server, in answers, posts or DMs.
        a_all = (
            "\n".join(seen[GUILD_ID]) + texts(fake.channel_messages(CHANNEL_ID)) + texts(fake.dm_messages(STUDENT.id))
        )
        b_all = "\n".join(seen[STAT_GUILD]) + stat_posts + texts(fake.dm_messages(OTHER_STUDENT.id))
        assert not STAT_187.search(a_all), STAT_187.search(a_all)
        assert not TEN_605.search(b_all), TEN_605.search(b_all)
        assert bot.course_for_announcements(BARE_GUILD) is None
    assert fake.violations == []
    assert fake.unhandled == []


STAT_FORUM = 2102


async def test_each_server_forum_follows_its_own_course(courses_dir, tmp_path, second_course, course):
    """The course forum on a bot serving two courses: each server's forum gets its own course's topic tags and
    guidelines, /question offers its own topics, a post straight in the forum is tagged from its own course, and
    a server that has not picked its course is told to before any forum is made."""
    catalog = load_courses(courses_dir)
    clock = FixedClock(dt.datetime(2024, 10, 14, 9, 0, tzinfo=LA))
    stat = stat_guild()
    stat.channels.append(FakeChannel(id=STAT_FORUM, name="questions", type=15))
    env = {"COURSEBOT_GUILD_ID": "", "COURSEBOT_COURSES": str(courses_dir)}
    forum_options = {GUILD_ID: {"forum": FORUM_ID, "staff_channel": CHANNEL_ID}}
    forum_options[STAT_GUILD] = {"forum": STAT_FORUM, "staff_channel": STAT_CHANNEL}
    async with (
        fake_discord(guilds=[course_guild(), stat]) as fake,
        running_bot(fake, catalog, clock, tmp_path / "bot.db", **env) as bot,
    ):
        early = await staff(fake, STAT_GUILD, "setup qa-forum", forum_options[STAT_GUILD])
        assert "has not picked its course yet" in embed_text(early.data)
        assert fake.thread(STAT_FORUM).available_tags == []
        await staff(fake, GUILD_ID, "setup course", {"course": "10-605-s24"})
        await staff(fake, STAT_GUILD, "setup course", {"course": "stat-187-f24"})
        for guild, options in forum_options.items():
            done = await staff(fake, guild, "setup qa-forum", options)
            assert "Course forum set up" in embed_text(done.data), embed_text(done.data)

        ten, stat_forum = fake.thread(FORUM_ID), fake.thread(STAT_FORUM)
        assert [t["name"] for t in ten.available_tags] == list(forum_tags(course))
        assert [t["name"] for t in stat_forum.available_tags] == list(forum_tags(second_course))
        assert "Do not post R or Python code" in stat_forum.topic
        assert not TEN_605.search(stat_forum.topic + " ".join(t["name"] for t in stat_forum.available_tags))
        assert not STAT_187.search(ten.topic + " ".join(t["name"] for t in ten.available_tags))

        offered = await fake.send_autocomplete(
            "question", {"topic": ""}, focused="topic", user=STUDENT, guild_id=STAT_GUILD
        )
        assert offered
        assert not any(TEN_605.search(c["name"]) for c in offered), offered

        thread, _ = await fake.user_forum_post(STAT_FORUM, OTHER_STUDENT, "When is PS5 due?", "Thanks")
        await fake.send_slash_command("qa stats", {}, user=OTHER_STUDENT, guild_id=STAT_GUILD)  # after the events
        (post,) = bot.store.qa_posts.listed(STAT_GUILD)
        assert post.thread_id == thread.id
        config = bot.store.qa_forums.get(STAT_GUILD)
        assert config.tags["Unanswered"] in fake.thread(thread.id).applied_tags
        assert set(fake.thread(thread.id).applied_tags) <= {int(t["id"]) for t in stat_forum.available_tags}
        # the bot's own answer, from this server's course (sent once it has looked the poster up: staff's own
        # threads are no questions)
        await eventually(lambda: "PS5" in texts(fake.channel_messages(thread.id)[1:]))
        replies = texts(fake.channel_messages(thread.id)[1:])
        assert not TEN_605.search(replies), replies
        assert bot.store.qa_posts.listed(GUILD_ID) == []
    assert fake.violations == []
    assert fake.unhandled == []
