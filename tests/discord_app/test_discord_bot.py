"""The real discord.py bot against a loopback Discord: every command, autocomplete, errors, staff checks,
command registration, and every request validated against Discord's OpenAPI spec."""

from __future__ import annotations

import re

import pytest

from bot.cli.run import run_bot
from bot.core.clock import FixedClock
from tests.conftest import at
from tests.discord_harness import (
    GUILD_ID,
    STAFF_ROLE_ID,
    STUDENT,
    TA,
    embed_text,
    fake_discord,
    running_bot,
    settings_for,
)
from tests.fake_discord import ADMINISTRATOR

EPHEMERAL = 64
STAMP = re.compile(r"<t:\d+:[FR]>")


@pytest.fixture
def clock():
    return FixedClock(at("2024-02-12 10:00"))


async def test_every_command_answers_with_valid_embeds(course, clock, tmp_path):
    """Each slash command gets one callback with an embed; times are Discord timestamps; all requests valid."""
    cases = [
        ("due", {"within": "this week"}, ["HW2", "<t:1707973140:F>"]),
        ("due", {"within": "60", "section": "10-605"}, ["Mini-project survey"]),
        ("deadline", {"assignment": "hw3"}, ["HW3 is due <t:1708577940:F>", "Extensions: ask the Head TAs by"]),
        ("schedule", {"topic": "LSH"}, ["Wed Feb 14", "LSH"]),
        ("schedule", {"date": "friday"}, ["Recitation 5"]),
        ("schedule", {"show": "no_class"}, ["Spring Break"]),
        ("oh", {"day": "wednesday"}, ["Li Chen", "Siyuan Lin"]),
        ("oh", {"person": "katie-zhang"}, ["Katie Zhang", "Remote"]),
        ("staff", {}, ["Ameet Talwalkar", "Jacob Rast", "Yiwen Zhao"]),
        ("exam info", {"which": "exam2"}, ["Exam 2", "Piazza"]),
        ("policy", {"topic": "generative-ai"}, ["Generative AI", "ChatGPT"]),
        ("ask", {"question": "when is hw4 part b due?"}, ["HW4 Part B is due <t:1710820740:F>"]),
        ("help", {}, ["/due", "/deadline", "/oh"]),
    ]
    async with fake_discord() as fake:
        async with running_bot(fake, course, clock, tmp_path / "bot.db"):
            for name, options, expected in cases:
                result = await fake.send_slash_command(name, options, user=STUDENT)
                assert result.callback_type == 4, (name, result.callback)
                (message,) = [result.data]
                text = embed_text(message)
                for fragment in expected:
                    assert fragment in text, f"/{name} {options}: {fragment!r} not in\n{text}"
                assert message["allowed_mentions"] == {"parse": []}
                if name in ("due", "deadline"):
                    assert STAMP.search(text)
        assert fake.violations == []
        assert fake.unhandled == []


async def test_autocomplete(course, clock, tmp_path):
    """Autocomplete filters by what is typed and never returns more than 25 choices."""
    async with fake_discord() as fake:
        async with running_bot(fake, course, clock, tmp_path / "bot.db"):
            hw4 = await fake.send_autocomplete("deadline", {"assignment": "hw4"}, focused="assignment")
            assert [c["value"] for c in hw4] == ["hw4a", "hw4b"]
            everything = await fake.send_autocomplete("deadline", {"assignment": ""}, focused="assignment")
            assert 1 <= len(everything) <= 25
            topics = await fake.send_autocomplete("policy", {"topic": "gra"}, focused="topic")
            assert "grace-days" in [c["value"] for c in topics]
            people = await fake.send_autocomplete("oh", {"person": "ka"}, focused="person")
            assert [c["value"] for c in people] == ["katie-zhang"]
            days = await fake.send_autocomplete("oh", {"day": "we"}, focused="day")
            assert [c["value"] for c in days] == ["wednesday"]
        assert fake.violations == []


async def test_user_mistakes_get_friendly_ephemeral_messages(course, clock, tmp_path):
    """Bad options and unknown names: one ephemeral, friendly reply; never a traceback."""
    async with fake_discord() as fake:
        async with running_bot(fake, course, clock, tmp_path / "bot.db"):
            cases = [
                ("oh", {"day": "blursday"}, "couldn't read 'blursday' as a date"),
                ("deadline", {"assignment": "hw9"}, "don't know an assignment called 'hw9'"),
                ("due", {"within": "soon-ish"}, "couldn't read 'soon-ish' as a time window"),
                ("due", {"section": "10-999"}, "no section '10-999'"),
                ("policy", {"topic": "parking"}, "couldn't find a policy about 'parking'"),
                ("exam info", {"which": "exam 7"}, "don't know an exam called 'exam 7'"),
            ]
            for name, options, expected in cases:
                result = await fake.send_slash_command(name, options, user=STUDENT)
                text = embed_text(result.data)
                assert result.data["flags"] & EPHEMERAL, name
                assert expected in text, text
                assert "Traceback" not in text
                assert result.followups == []
        assert fake.violations == []


async def test_staff_commands_are_refused_to_students_on_our_side(course, clock, tmp_path):
    """A student calling a staff command gets an ephemeral refusal; the staff role and Manage Server pass."""
    async with fake_discord() as fake:
        async with running_bot(fake, course, clock, tmp_path / "bot.db", COURSEBOT_STAFF_ROLE=str(STAFF_ROLE_ID)):
            refused = await fake.send_slash_command(
                "exam set-form", {"which": "exam1", "url": "https://example.org/f"}, user=STUDENT
            )
            assert refused.data["flags"] & EPHEMERAL
            assert "for course staff" in embed_text(refused.data)
            by_role = await fake.send_slash_command(
                "exam set-form", {"which": "exam1", "url": "https://example.org/f"}, user=TA, roles=[STAFF_ROLE_ID]
            )
            assert "Conflict form saved" in embed_text(by_role.data)
            shown = await fake.send_slash_command("exam info", {"which": "exam1"}, user=STUDENT)
            assert "https://example.org/f" in embed_text(shown.data)
            admin = await fake.send_slash_command("admin status", {}, user=TA, permissions=ADMINISTRATOR)
            assert "Data version" in embed_text(admin.data)
            student_admin = await fake.send_slash_command("admin status", {}, user=STUDENT)
            assert "for course staff" in embed_text(student_admin.data)
        registered = {c["name"]: c for c in fake.guild_commands[GUILD_ID]}
        assert registered["admin"]["default_member_permissions"] == "32"  # Manage Server
        assert registered["due"].get("default_member_permissions") is None
        assert fake.violations == []


async def test_a_command_that_raises_gets_an_apology_and_a_log_line(course, clock, tmp_path, monkeypatch, caplog):
    """An unexpected exception: an ephemeral apology in chat, the traceback only in the log."""
    import bot.answers.deadlines

    def broken(*args, **kwargs):
        raise RuntimeError("database on fire")

    # Patched at the source: extensions are (re)imported when the bot loads them.
    monkeypatch.setattr(bot.answers.deadlines, "upcoming_deadlines", broken)
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db"):
        result = await fake.send_slash_command("due", {}, user=STUDENT)
        text = embed_text(result.data)
        assert result.data["flags"] & EPHEMERAL
        assert "something went wrong on my side" in text
        assert "database on fire" not in text
    assert "database on fire" in caplog.text


async def test_long_answers_paginate_with_buttons(course, clock, tmp_path, monkeypatch):
    """An answer longer than one embed gets Previous/Next buttons that show the other pages."""
    import bot.answers.policies
    from bot.core.answer import Answer, text

    long = Answer(title="Long", lines=tuple(text(f"line {i} " + "x" * 90) for i in range(120)))
    monkeypatch.setattr(bot.answers.policies, "policy_answer", lambda *a, **k: long)
    async with fake_discord() as fake:
        async with running_bot(fake, course, clock, tmp_path / "bot.db"):
            result = await fake.send_slash_command("policy", {"topic": "x"}, user=STUDENT)
            assert "Page 1/" in embed_text(result.data)
            buttons = result.data["components"][0]["components"]
            assert [b["label"] for b in buttons] == ["Previous", "Next"]
            clicked = await fake.send_component(buttons[1]["custom_id"], result, user=STUDENT)
            assert clicked.callback_type == 7
            assert "Page 2/" in embed_text(clicked.data)
        assert fake.violations == []


async def test_commands_are_registered_only_when_they_change(course, clock, tmp_path):
    """First start registers the commands; a restart with the same command set does not re-register."""
    db = tmp_path / "bot.db"
    async with fake_discord() as fake:
        async with running_bot(fake, course, clock, db):
            pass
        puts = fake.requests_for("PUT", "/applications/{application_id}/guilds/{guild_id}/commands")
        assert len(puts) == 1
        names = {c["name"] for c in puts[0].json}
        assert {"due", "deadline", "schedule", "oh", "staff", "exam", "policy", "ask", "help", "admin"} <= names
        async with running_bot(fake, course, clock, db):
            pass
        assert len(fake.requests_for("PUT", "/applications/{application_id}/guilds/{guild_id}/commands")) == 1
        assert fake.violations == []


async def test_gateway_intents_are_minimal(course, clock, tmp_path):
    """The bot identifies with the guilds and guild messages intents only (the course forum's replies, edits and
    deletions; no members, no message content: nothing privileged)."""
    async with fake_discord() as fake:
        async with running_bot(fake, course, clock, tmp_path / "bot.db"):
            pass
        assert fake.identify_payloads[0]["intents"] == 1 | 1 << 9


async def test_rejected_token_is_a_clear_message_and_exit_2(course, tmp_path, capsys):
    """A token Discord rejects: exit code 2 and a message saying what to do, no traceback."""
    from dataclasses import replace

    from bot.discord_app.endpoints import endpoints_restored

    async with fake_discord() as fake:
        settings = replace(settings_for(fake, tmp_path / "bot.db"), token="not-the-token")
        with endpoints_restored():
            code = await run_bot(settings)
    assert code == 2
    err = capsys.readouterr().err
    assert "rejected DISCORD_TOKEN" in err
    assert "coursebot console" in err
