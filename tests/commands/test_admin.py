"""/admin reload keeps the old data in service when the new files are broken, and applies good ones live."""

from __future__ import annotations

from bot.core.clock import FixedClock
from bot.course.loader import load_course
from tests.conftest import at
from tests.discord_harness import STUDENT, TA, embed_text, fake_discord, running_bot
from tests.fake_discord import ADMINISTRATOR


async def test_reload_refuses_broken_data_and_applies_good_data(data_copy, tmp_path):
    """A broken file: the loader's message, old data stays. A fixed file: new data answers at once."""
    course = load_course(data_copy)
    clock = FixedClock(at("2024-02-12 10:00"))
    assignments = data_copy / "assignments.toml"
    original = assignments.read_text()
    async with (
        fake_discord() as fake,
        running_bot(fake, course, clock, tmp_path / "bot.db", COURSEBOT_DATA=str(data_copy)) as bot,
    ):
        assignments.write_text(original.replace("due = 2024-02-21", 'due = "Feb 30"'))
        refused = await fake.send_slash_command("admin reload", {}, user=TA, permissions=ADMINISTRATOR)
        text = embed_text(refused.data)
        assert "Reload refused" in text
        assert "assignments.toml: assignment 'hw3', field 'due'" in text
        assert bot.course.version == course.version
        still = await fake.send_slash_command("deadline", {"assignment": "hw3"}, user=STUDENT)
        assert "HW3 is due" in embed_text(still.data)

        assignments.write_text(original.replace("due = 2024-02-21", "due = 2024-02-23"))
        done = await fake.send_slash_command("admin reload", {}, user=TA, permissions=ADMINISTRATOR)
        assert "Course data reloaded" in embed_text(done.data)
        moved = await fake.send_slash_command("ask", {"question": "when is hw3 due"}, user=STUDENT)
        assert "Fri Feb 23" in embed_text(moved.data) or "<t:1708750740:F>" in embed_text(moved.data)
        student = await fake.send_slash_command("admin reload", {}, user=STUDENT)
        assert "for course staff" in embed_text(student.data)
    assert fake.violations == []
