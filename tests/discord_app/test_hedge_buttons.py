"""The engine's hedge in Discord: "I'm not sure", the closest card, and the other offers as buttons; the asker's
pick asks the offered question through /ask and gets that answer."""

from __future__ import annotations

import pytest

from bot.core.clock import FixedClock
from tests.conftest import at
from tests.discord_harness import STUDENT, embed_text, fake_discord, running_bot


@pytest.fixture
def clock():
    return FixedClock(at("2024-02-12 10:00"))


async def test_a_hedge_offers_buttons_that_answer_the_pick(course, clock, tmp_path):
    who = next(p for p in course.people if p.office_hours and p.aliases)
    alias = min(who.aliases, key=len)
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db"):
        result = await fake.send_slash_command("ask", {"question": f"when {alias}"}, user=STUDENT)
        said = embed_text(result.data)
        assert "I'm not sure" in said
        choices = [b for row in result.data.get("components", []) for b in row["components"]]
        labels = [b["label"] for b in choices]
        assert "The closest I found:" in said
        assert labels == [f"Who is {who.name}?"]
        picked = await fake.send_component(choices[0]["custom_id"], result, user=STUDENT)
        assert picked.callback_type == 4
        assert "not sure" not in embed_text(picked.data)
        assert who.name.split()[0] in embed_text(picked.data)
    assert fake.violations == []
