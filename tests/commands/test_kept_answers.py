"""Answers kept per course object (/staff, /policy, /help): asked again, the same answer; after the course data is
reloaded, the new data answers at once (a reloaded course is a new object, with nothing kept from the old one)."""

from __future__ import annotations

from bot.core.clock import FixedClock
from bot.course.loader import load_course
from commands._kept import ANSWERS
from tests.conftest import at
from tests.discord_harness import STUDENT, TA, embed_text, fake_discord, running_bot
from tests.fake_discord import ADMINISTRATOR


async def test_kept_answers_follow_a_reload(data_copy, tmp_path):
    course = load_course(data_copy)
    staff, policies = data_copy / "staff.toml", data_copy / "policies.toml"
    async with (
        fake_discord() as fake,
        running_bot(
            fake, course, FixedClock(at("2024-02-12 10:00")), tmp_path / "bot.db", COURSEBOT_DATA=str(data_copy)
        ),
    ):
        asked = [("staff", {}), ("policy", {"topic": "extensions"}), ("help", {})]
        before = [embed_text((await fake.send_slash_command(n, o, user=STUDENT)).data) for n, o in asked]
        again = [embed_text((await fake.send_slash_command(n, o, user=STUDENT)).data) for n, o in asked]
        assert again == before
        assert "Ameet Talwalkar" in before[0]
        assert "Extensions are generally not granted" in before[1]

        staff.write_text(staff.read_text().replace("Ameet Talwalkar", "Ameet Newname"))
        policies.write_text(policies.read_text().replace("Extensions are generally not granted", "Extensions are rare"))
        done = await fake.send_slash_command("admin reload", {}, user=TA, permissions=ADMINISTRATOR)
        assert "Course data reloaded" in embed_text(done.data)

        after = [embed_text((await fake.send_slash_command(n, o, user=STUDENT)).data) for n, o in asked]
        assert "Ameet Newname" in after[0]
        assert "Ameet Talwalkar" not in after[0]
        assert "Extensions are rare" in after[1]
        assert after[2] == before[2]
    assert fake.violations == []


async def test_a_topic_that_matches_no_policy_is_refused_every_time(course, tmp_path):
    async with fake_discord() as fake, running_bot(fake, course, FixedClock(at("2024-02-12 10:00")), tmp_path / "b.db"):
        kept = len(ANSWERS)
        for _ in range(2):
            refused = await fake.send_slash_command("policy", {"topic": "parking"}, user=STUDENT)
            assert "couldn't find a policy about 'parking'" in embed_text(refused.data)
        assert len(ANSWERS) == kept  # a refusal is not kept
    assert fake.violations == []
