"""Privacy of the course forum. Anonymous to everyone: the author's id and name appear in no request the bot sends,
no log line (at DEBUG), no table; the author follows up and resolves with the key they were shown. Anonymous to
classmates: the post shows no author; only staff look the author up, and each look-up is audited."""

from __future__ import annotations

import json
import logging
import sqlite3

import pytest

from bot.core.clock import FixedClock
from tests.conftest import at
from tests.discord_harness import (
    CHANNEL_ID,
    FORUM_ID,
    GUILD_ID,
    SECTION_CHANNEL_ID,
    STAFF_ROLE_ID,
    TA,
    course_guild,
    embed_text,
    read,
    running_bot,
)
from tests.discord_harness import fake_discord as harness_fake
from tests.fake_discord import ADMINISTRATOR, FakeMember, FakeUser

ASKER = FakeUser(id=424242424242, username="zebra_unicorn", global_name="Zebra Unicorn")
CLASSMATE = FakeUser(id=515151515151, username="quiet_classmate")
SECRETS = (str(ASKER.id), ASKER.username, "Zebra Unicorn")
ENV = {"COURSEBOT_STAFF_ROLE": str(STAFF_ROLE_ID)}


def fake_discord():
    members = [FakeMember(user=TA, roles=[STAFF_ROLE_ID]), FakeMember(user=ASKER), FakeMember(user=CLASSMATE)]
    return harness_fake(guilds=[course_guild(members=members)], users=[TA, ASKER, CLASSMATE])


def leaks(text: str) -> list[str]:
    return [s for s in SECRETS if s in text]


def database_text(path) -> str:
    with sqlite3.connect(path) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return "\n".join(repr(conn.execute(f'SELECT * FROM "{n}"').fetchall()) for n in names)  # noqa: S608


async def test_anonymous_to_everyone_leaves_the_author_nowhere(course, tmp_path, caplog):
    clock = FixedClock(at("2024-02-12 10:00"))
    db = tmp_path / "bot.db"
    caplog.set_level(logging.DEBUG)
    async with fake_discord() as fake, running_bot(fake, course, clock, db, **ENV) as bot:
        setup = await fake.send_slash_command(
            "setup qa-forum",
            {"forum": FORUM_ID, "private_channel": SECTION_CHANNEL_ID, "staff_channel": CHANNEL_ID},
            user=TA,
            permissions=ADMINISTRATOR,
        )
        assert "Course forum set up" in embed_text(setup.data)
        fake.reset_records()
        caplog.clear()
        opened = await fake.send_slash_command("question", {"topic": "hw2", "visibility": "hidden"}, user=ASKER)
        posted = await fake.send_modal_submit(
            opened, {"title": "HW2: is my approach to Q4 allowed?", "details": "I use a hash map."}, user=ASKER
        )
        text = embed_text((await read(posted)).data)
        assert "Question posted" in text, text
        key = text.split("Your key for this question: `")[1].split("`")[0]
        (post,) = bot.store.qa_posts.listed(GUILD_ID)
        assert post.author_id is None
        starter = fake.channel_messages(post.thread_id)[0]
        assert starter["author"]["username"] == "Anonymous student"
        # Staff cannot find out either.
        looked = await fake.send_slash_command("qa author", {"post": str(post.id)}, user=TA)
        assert "stored nowhere" in embed_text(looked.data)
        # The button on the post cannot tell who the author is: it sends them to their key.
        no_key = await fake.send_component("cb:qa-resolve:" + str(post.id), starter, user=ASKER)
        assert "key you were given" in embed_text(no_key.data)
        wrong = await fake.send_slash_command(
            "qa resolve", {"post": str(post.id), "key": "not-the-key"}, user=CLASSMATE
        )
        assert "not this question's" in embed_text(wrong.data)
        follow = await fake.send_slash_command("qa follow-up", {"post": str(post.id), "key": key}, user=ASKER)
        assert follow.callback_type == 9
        done = await fake.send_modal_submit(follow, {"text": "I meant Q4(b)."}, user=ASKER)
        assert "Follow-up posted" in embed_text(done.data)
        assert fake.channel_messages(post.thread_id)[-1]["author"]["username"] == "Anonymous student"
        resolved = await fake.send_slash_command("qa resolve", {"post": str(post.id), "key": key}, user=ASKER)
        assert "Marked resolved" in embed_text(resolved.data)
        sent = [json.dumps(r.json) for r in fake.requests if r.json is not None] + [r.path for r in fake.requests]
        assert [leaks(body) for body in sent if leaks(body)] == []
        logged = [r.getMessage() for r in caplog.records if not r.name.startswith("fake_discord")]
        assert [line for line in logged if leaks(line)] == []
    assert leaks(database_text(db)) == []
    assert fake.violations == []


async def test_anonymous_to_classmates_shows_no_author_and_audits_each_look_up(course, tmp_path):
    clock = FixedClock(at("2024-02-12 10:00"))
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db", **ENV) as bot:
        await fake.send_slash_command("setup qa-forum", {"forum": FORUM_ID}, user=TA, permissions=ADMINISTRATOR)
        opened = await fake.send_slash_command("question", {"topic": "hw2", "visibility": "anonymous"}, user=ASKER)
        await fake.send_modal_submit(opened, {"title": "HW2 Q4 question about hash maps", "details": ""}, user=ASKER)
        (post,) = bot.store.qa_posts.listed(GUILD_ID)
        assert leaks(json.dumps(fake.channel_messages(post.thread_id))) == []
        refused = await fake.send_slash_command("qa author", {"post": str(post.id)}, user=CLASSMATE)
        assert "for course staff" in embed_text(refused.data)
        assert not [e for e in bot.store.audit.latest(GUILD_ID) if e.action == "qa.author_lookup"]
        for _ in range(2):
            shown = await fake.send_slash_command("qa author", {"post": str(post.id)}, user=TA)
            assert f"<@{ASKER.id}>" in embed_text(shown.data)
            assert shown.ephemeral
        lookups = [e for e in bot.store.audit.latest(GUILD_ID) if e.action == "qa.author_lookup"]
        assert [(e.user_id, e.details) for e in lookups] == [(TA.id, {"post": post.id})] * 2
    assert fake.violations == []


@pytest.mark.parametrize("level", ["DEBUG"])
def test_discord_payload_loggers_never_go_below_info(level):
    """Even with COURSEBOT_LOG_LEVEL=DEBUG, discord.py's payload logs stay off."""
    from bot.discord_app.privacy import PAYLOAD_LOGGERS, quiet_payload_logs

    for name in PAYLOAD_LOGGERS:
        logging.getLogger(name).setLevel(getattr(logging, level))
    quiet_payload_logs()
    assert all(logging.getLogger(n).getEffectiveLevel() >= logging.INFO for n in PAYLOAD_LOGGERS)
