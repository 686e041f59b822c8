"""Brakes on forum floods: one student's questions are limited per window (anonymous to everyone included, with
nothing stored about who asked), and staff can switch any way of asking off with /setup qa-forum."""

from __future__ import annotations

import asyncio
import datetime as dt

from bot.core.clock import FixedClock
from tests.conftest import at
from tests.discord_harness import (
    CHANNEL_ID,
    FORUM_ID,
    GUILD_ID,
    STUDENT,
    TA,
    embed_text,
    fake_discord,
    read,
    running_bot,
)
from tests.fake_discord import ADMINISTRATOR

STAFF = {"user": TA, "permissions": ADMINISTRATOR}


async def _ask(fake, n: int, visibility: str = "hidden", user=STUDENT) -> str:
    opened = await fake.send_slash_command("question", {"topic": "other", "visibility": visibility}, user=user)
    if opened.data and "embeds" in opened.data:  # refused before the form
        return embed_text(opened.data)
    values = {"title": f"Flood number {n} about qwzx{n} zzqy", "details": f"text {n}"}
    return embed_text((await read(await fake.send_modal_submit(opened, values, user=user))).data)


async def test_one_student_cannot_flood_the_forum(course, tmp_path):
    """Five anonymous questions go out; the sixth in the same quarter hour is refused and says when; staff are not
    limited; fifteen minutes later the student may post again. No author is stored for any of them."""
    clock = FixedClock(at("2024-02-12 10:00"))
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db") as bot:
        await fake.send_slash_command("setup qa-forum", {"forum": FORUM_ID, "staff_channel": CHANNEL_ID}, **STAFF)
        answers = [await _ask(fake, n) for n in range(6)]
        assert ["Question posted" in a for a in answers] == [True] * 5 + [False]
        assert "posted 5 questions in the last 15 minutes" in answers[5]
        assert "Mon Feb 12, 10:15 AM" in answers[5]
        assert len(bot.store.qa_posts.listed(GUILD_ID)) == 5
        assert {p.author_id for p in bot.store.qa_posts.listed(GUILD_ID)} == {None}
        assert "Question posted" in await _ask(fake, 7, "public", user=TA)
        clock.set(at("2024-02-12 10:15"))
        assert "Question posted" in await _ask(fake, 8)
    assert fake.violations == []


async def test_forms_sent_together_cannot_pass_the_limit(course, tmp_path):
    """Twelve question forms opened one by one (each allowed: nothing posted yet) and sent at the same moment, as
    Discord delivers concurrent interactions: five go out, the others are refused, none posted."""
    clock = FixedClock(at("2024-02-12 10:00"))
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db") as bot:
        await fake.send_slash_command("setup qa-forum", {"forum": FORUM_ID, "staff_channel": CHANNEL_ID}, **STAFF)
        forms = [
            await fake.send_slash_command("question", {"topic": "other", "visibility": "hidden"}, user=STUDENT)
            for _ in range(12)
        ]
        sent = await asyncio.gather(
            *[
                fake.send_modal_submit(
                    form, {"title": f"Burst {n} about vbnq{n} kkrw", "details": f"t {n}"}, user=STUDENT
                )
                for n, form in enumerate(forms)
            ]
        )
        said = [embed_text((await read(r)).data) for r in sent]
        assert sum("Question posted" in t for t in said) == 5
        assert sum("posted 5 questions in the last 15 minutes" in t for t in said) == 7
        assert len(bot.store.qa_posts.listed(GUILD_ID)) == 5
    assert fake.violations == []


async def test_staff_switch_a_way_of_asking_off_and_on(course, tmp_path):
    """switch_off:hidden refuses anonymous-to-everyone questions (naming what is still offered); the others still
    go out; switch_on:hidden brings it back. /setup qa-forum's answer and /setup show say what is offered."""
    clock = FixedClock(at("2024-02-12 10:00"))
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db"):
        await fake.send_slash_command("setup qa-forum", {"forum": FORUM_ID, "staff_channel": CHANNEL_ID}, **STAFF)
        off = await fake.send_slash_command("setup qa-forum", {"switch_off": "hidden"}, **STAFF)
        assert "Switched off: anonymous to everyone" in embed_text(off.data)
        shown = await fake.send_slash_command("setup show", {}, **STAFF)
        assert "Switched off: anonymous to everyone" in embed_text(shown.data)
        refused = await _ask(fake, 1)
        assert "switched off 'anonymous to everyone' questions" in refused
        assert "public, with my name" in refused
        assert "Question posted" in await _ask(fake, 2, "anonymous")
        on = await fake.send_slash_command("setup qa-forum", {"switch_on": "hidden"}, **STAFF)
        assert "Switched off" not in embed_text(on.data)
        clock.advance(dt.timedelta(minutes=1))
        assert "Question posted" in await _ask(fake, 3)
    assert fake.violations == []
