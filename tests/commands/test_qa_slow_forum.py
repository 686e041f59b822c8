"""A slow forum post (Discord's webhook rate limit past the 3 s an interaction has) through the real discord.py
client: the form and "Post my question" are answered in time, the asker reads the posted question (with the key
when anonymous to everyone), and the same question sent again is not posted twice."""

from __future__ import annotations

import pytest

from bot.core.clock import FixedClock
from bot.qa.faq_file import read_faq
from bot.qa.knowledge import import_faq
from tests.commands.test_qa_discord import ENV, FAQ, button, setup_forum
from tests.conftest import at
from tests.discord_harness import (
    FORUM_ID,
    GUILD_ID,
    OTHER_STUDENT,
    STAFF_ROLE_ID,
    STUDENT,
    TA,
    course_guild,
    embed_text,
    read,
    running_bot,
)
from tests.discord_harness import fake_discord as harness_fake
from tests.fake_discord import FakeMember

WEBHOOK = "POST /webhooks/{webhook_id}/{webhook_token}"


def slow_discord():
    """The tests' server, with Discord's 3 s limit on answering an interaction enforced."""
    members = [FakeMember(user=TA, roles=[STAFF_ROLE_ID]), FakeMember(user=STUDENT), FakeMember(user=OTHER_STUDENT)]
    return harness_fake(guilds=[course_guild(members=members, owner_id=5999)], callback_deadline=3.0)


@pytest.mark.parametrize("visibility", ["hidden", "public"])
async def test_a_slow_forum_post_is_answered_in_time_and_a_second_send_posts_nothing(course, tmp_path, visibility):
    """The forum webhook is rate limited for 3.5 s: the form is still answered in time, the asker reads "Question
    posted" (and the key, anonymous to everyone); the same form sent again is told it was posted, and one thread
    exists."""
    clock = FixedClock(at("2024-02-12 10:00"))
    async with slow_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db", **ENV) as bot:
        await setup_forum(fake)
        opened = await fake.send_slash_command("question", {"topic": "hw2", "visibility": visibility}, user=STUDENT)
        values = {"title": "HW2: my spark job hangs at the reduce step", "details": "after ten minutes"}
        fake.inject_429(WEBHOOK, count=1, retry_after=3.5)
        first = await fake.send_modal_submit(opened, values, user=STUDENT, timeout=10)
        shown = embed_text((await read(first)).data)
        assert "Question posted" in shown, shown
        assert ("Your key for this question" in shown) is (visibility == "hidden")
        again = embed_text((await read(await fake.send_modal_submit(opened, values, user=STUDENT))).data)
        assert "nothing was posted twice" in again, again
        assert len(bot.store.qa_posts.listed(GUILD_ID)) == 1
        assert [t.name for t in fake.forum_threads(FORUM_ID)].count(values["title"]) == 1
    assert fake.violations == []


async def test_post_my_question_on_a_slow_forum_still_gives_the_key(course, tmp_path):
    """ "Post my question" with the forum webhook rate limited past 3 s: the anonymous asker still reads the key;
    a second draft of the same question posted at once is refused, nothing posted twice."""
    clock = FixedClock(at("2024-02-12 10:00"))
    async with slow_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db", **ENV) as bot:
        await setup_forum(fake)
        import_faq(bot.store, course, GUILD_ID, read_faq(FAQ.name, FAQ.read_bytes()), by=0, now=clock.now())
        drafts = []
        for _ in range(2):
            opened = await fake.send_slash_command("question", {"topic": "exams", "visibility": "hidden"}, user=STUDENT)
            values = {"title": "is a crib sheet allowed for exam 1", "details": ""}
            drafts.append(await read(await fake.send_modal_submit(opened, values, user=STUDENT)))
            assert "Maybe already answered" in embed_text(drafts[-1].data)
        fake.inject_429(WEBHOOK, count=1, retry_after=3.5)
        first = drafts[0].original
        posted = await read(await fake.send_component(button(first, "Post my question"), first, user=STUDENT))
        assert "Your key for this question" in embed_text(posted.data), embed_text(posted.data)
        second = drafts[1].original
        again = await read(await fake.send_component(button(second, "Post my question"), second, user=STUDENT))
        assert "nothing was posted twice" in embed_text(again.data), embed_text(again.data)
        assert len(bot.store.qa_posts.listed(GUILD_ID)) == 1
    assert fake.violations == []
