"""Sent late after downtime, a reminder says what is true when it is sent, and says it is late: in the channel and
in a student's DMs alike (bot.announce.delivery, bot.announce.planner.late_note)."""

from __future__ import annotations

import datetime as dt

from bot.announce.planner import AnnounceConfig, late_note, planned
from bot.core.clock import FixedClock
from tests.conftest import at
from tests.discord_app.test_announcements_discord import posted, set_up
from tests.discord_harness import STUDENT, embed_text, fake_discord, running_bot


async def test_a_reminder_dm_caught_up_late_says_the_true_time_left_and_that_it_is_late(course, tmp_path):
    clock = FixedClock(at("2024-02-19 12:00"))
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db") as bot:
        await set_up(fake)
        await fake.send_slash_command("remind me", {"before": "2d"}, user=STUDENT)
        await bot.announcer.run_due()
        sent_before = len(fake.dm_messages(STUDENT.id))
        channel_before = len(posted(fake))
        clock.set(at("2024-02-21 00:30"))  # offline through HW3's 48 h reminder; HW3 is due in 23.5 h
        await bot.announcer.run_due()
        dms = [embed_text(m) for m in fake.dm_messages(STUDENT.id)[sent_before:]]
        hw3 = [m for m in dms if "HW3" in m]
        assert len(hw3) == 1
        assert "due in 23 hours" in hw3[0]
        assert "in 2 days" not in hw3[0]
        assert "Posted late" in hw3[0]
        channel = [embed_text(m) for m in posted(fake)[channel_before:] if "HW3" in embed_text(m)]
        assert all("in 2 days" not in m for m in channel)
    assert fake.violations == []


def test_a_late_exam_reminder_counts_the_days_from_when_it_is_sent(course):
    exam = course.exams[0]
    items = planned(course, AnnounceConfig(), at("2024-01-01 00:00"), at("2024-12-31 00:00")).items
    day_before = next(i for i in items if i.key.startswith(f"exam:{exam.id}:1d"))
    late = late_note(day_before, course.at(exam.date, dt.time(7, 0)))  # offline from the day before until 7 am
    assert late.title == f"{exam.title} today"
    assert "tomorrow" not in " ".join(str(line) for line in late.lines)
