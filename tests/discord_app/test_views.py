"""Buttons under answers: only the asker turns pages or picks a follow-up (others get a note only they see); the
buttons come off when the view times out; a follow-up is asked through /ask, as if typed."""

from __future__ import annotations

import pytest

from bot.core.answer import Answer, Option, text
from bot.core.clock import FixedClock
from bot.discord_app import views
from bot.discord_app.views import NOT_YOURS
from tests.conftest import at
from tests.discord_harness import OTHER_STUDENT, STUDENT, embed_text, fake_discord, running_bot

EPHEMERAL = 64


@pytest.fixture
def clock():
    return FixedClock(at("2024-02-12 10:00"))


def long_answer(*args, **kwargs) -> Answer:
    return Answer(title="Long", lines=tuple(text(f"line {i} " + "x" * 90) for i in range(120)))


def buttons(message: dict) -> list[dict]:
    return [b for row in message.get("components", []) for b in row["components"]]


async def test_only_the_asker_turns_pages(course, clock, tmp_path, monkeypatch):
    """Someone else clicking Next gets an ephemeral note and the page stays; the asker turns it."""
    import bot.answers.policies

    monkeypatch.setattr(bot.answers.policies, "policy_answer", long_answer)
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db"):
        result = await fake.send_slash_command("policy", {"topic": "x"}, user=STUDENT)
        next_button = next(b for b in buttons(result.data) if b["label"] == "Next")
        other = await fake.send_component(next_button["custom_id"], result, user=OTHER_STUDENT)
        assert other.callback_type == 4
        assert other.data["flags"] & EPHEMERAL
        assert other.data["content"] == NOT_YOURS
        assert "Page 1/" in embed_text(result.original)
        mine = await fake.send_component(next_button["custom_id"], result, user=STUDENT)
        assert mine.callback_type == 7
        assert "Page 2/" in embed_text(mine.data)
    assert fake.violations == []


async def test_buttons_come_off_when_the_view_times_out(course, clock, tmp_path, monkeypatch):
    """After the timeout the message is edited to have no buttons (nobody clicks a dead button)."""
    import bot.answers.policies

    monkeypatch.setattr(bot.answers.policies, "policy_answer", long_answer)
    monkeypatch.setattr(views, "VIEW_TIMEOUT", 0.3)
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db"):
        result = await fake.send_slash_command("policy", {"topic": "x"}, user=STUDENT)
        assert buttons(result.data)
        edits = await result.wait_for_edits(1, timeout=5)
        assert edits[-1]["components"] == []
        assert buttons(result.original) == []
    assert fake.violations == []


async def test_follow_up_options_are_buttons_that_ask_through_ask(course, clock, tmp_path, monkeypatch):
    """An answer's options are buttons; the asker's click asks the option's question the way /ask does; another
    member's click is refused with a note."""
    import bot.understand.engine

    asked: list[str] = []

    def answer_question(course, question, now, **kwargs) -> Answer:
        asked.append(question)
        if question == "hw?":
            options = (Option("HW3", "when is hw3 due"), Option("HW4 Part A", "when is hw4 part a due"))
            return Answer(title="Which homework?", lines=(text("Did you mean:"),), options=options, kind="unsure")
        return Answer(title=f"Answer to {question}")

    monkeypatch.setattr(bot.understand.engine, "answer_question", answer_question)
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db"):
        result = await fake.send_slash_command("ask", {"question": "hw?"}, user=STUDENT)
        choices = buttons(result.data)
        assert [b["label"] for b in choices] == ["HW3", "HW4 Part A"]
        other = await fake.send_component(choices[1]["custom_id"], result, user=OTHER_STUDENT)
        assert other.data["content"] == NOT_YOURS
        picked = await fake.send_component(choices[1]["custom_id"], result, user=STUDENT)
        assert picked.callback_type == 4
        assert "Answer to when is hw4 part a due" in embed_text(picked.data)
        assert picked.data["allowed_mentions"] == {"parse": []}
        assert asked == ["hw?", "when is hw4 part a due"]
    assert fake.violations == []
