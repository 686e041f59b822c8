"""Walks every command and option of the catalog against the real discord.py client and the loopback Discord:
staff-only autocomplete is refused to students (issue 9.6); hostile values sent as crafted interactions get a
specific refusal, never an apology or a traceback, and every reply stays inside Discord's limits with no mention
that pings (issue 9.8, 9.9); @everyone cannot be the staff role (issue 9.7)."""

from __future__ import annotations

from typing import Any

from bot.core.clock import FixedClock
from bot.discord_app.catalog import CommandSpec
from bot.discord_app.options import Opt
from bot.discord_app.running import SORRY
from tests.conftest import FIXTURES, at
from tests.discord_harness import (
    CHANNEL_ID,
    FORUM_ID,
    GUILD_ID,
    OTHER_STUDENT,
    ROLE_605,
    SECTION_CHANNEL_ID,
    STAFF_ROLE_ID,
    STUDENT,
    TA,
    embed_text,
    fake_discord,
    running_bot,
)
from tests.fake_discord import ADMINISTRATOR, FakeAttachment

EXPORT = FIXTURES / "gradescope" / "10-605_S24_grades.csv"
EPHEMERAL = 64
# A sensible value per option name, so each hostile value is tried with everything else in order.
GOOD_TEXT = {
    "assignment": "hw3",
    "when": "tomorrow 9am",
    "question": "when is hw3 due",
    "message": "Exam review moved to Friday",
    "topic": "grace days",
    "email": "ben@andrew.cmu.edu",
    "url": "https://example.org/form",
    "reminders": "24h, 2h",
    "time": "08:00",
    "reason": "medical",
    "student": "ben@andrew.cmu.edu",
    "which": "exam1",
    "section": "10-605",
    "before": "24h",
    "new_due": "May 1 11:59pm",
    "within": "this week",
    "day": "wednesday",
    "person": "li-chen",
    "date": "friday",
    "week": "2",
    "topic_id": "hw3",
}
HOSTILE_TEXT = [
    "",
    "   ",
    "x" * 6000,
    "Ünïcödé 🎓 \u202e 中文 \u200b ﷽",
    "@everyone @here <@5001> <@&3000> <#2000> **bold** [link](https://evil.example)",
    "definitely-not-a-choice",
    "dec 31 9999",
    "Jan 1 0001",
    12345,
]
HOSTILE = {
    "text": HOSTILE_TEXT,
    "integer": [0, -1, 2**53 + 1, "12", 1.5],
    "number": [-(2**60), "1"],
    "flag": ["yes", 2],
    "role": [GUILD_ID, ROLE_605],
    "channel": [SECTION_CHANNEL_ID],
    "forum": [CHANNEL_ID],  # a text channel where a forum is expected
    "user": [OTHER_STUDENT.id, 987654321],
    "file": [
        FakeAttachment("évil 🎓 @everyone.csv", b""),
        FakeAttachment("grades.csv", b"\xff\xfe\x00 not text"),
        FakeAttachment("grades.exe", b"MZ\x90\x00"),
    ],
}


def good_value(option: Opt) -> Any:
    if option.choices:
        return option.choices[0].value
    return {
        "text": GOOD_TEXT.get(option.name, "x"),
        "integer": option.min_value,
        "number": option.min_value,
        "flag": True,
        "role": ROLE_605,
        "channel": CHANNEL_ID,
        "forum": FORUM_ID,
        "user": STUDENT.id,
        "file": FakeAttachment("grades.csv", EXPORT.read_bytes()),
    }[option.kind]


def baseline(spec: CommandSpec) -> dict[str, Any]:
    return {o.name: good_value(o) for o in spec.options if o.required}


def breaks_a_limit(option: Opt, value: Any) -> bool:
    """Whether a value is outside what the option declares (Discord's app would never send it)."""
    if option.kind == "text":
        if not isinstance(value, str):
            return True
        if option.choices and value not in [c.value for c in option.choices]:
            return bool(value.strip()) or option.required
        return len(value) > option.max_length or (option.required and not value.strip())
    if option.kind in ("integer", "number"):
        if isinstance(value, bool) or not isinstance(value, int | float):
            return True
        return (option.kind == "integer" and not isinstance(value, int)) or not (
            option.min_value <= value <= option.max_value
        )
    if option.kind == "flag":
        return not isinstance(value, bool)
    return False


def within_discord_limits(message: dict) -> list[str]:
    """What in a message Discord would refuse or a reader would be pinged by."""
    problems = []
    if len(message.get("content") or "") > 2000:
        problems.append("content over 2000")
    embeds = message.get("embeds") or []
    if len(embeds) > 10:
        problems.append("more than 10 embeds")
    for embed in embeds:
        total = len(embed.get("title", "")) + len(embed.get("description", "") or "")
        total += len((embed.get("footer") or {}).get("text", ""))
        if len(embed.get("title", "")) > 256 or len(embed.get("description", "") or "") > 4096:
            problems.append("title or description too long")
        if len(embed.get("fields", [])) > 25:
            problems.append("more than 25 fields")
        for field in embed.get("fields", []):
            total += len(field["name"]) + len(field["value"])
            if len(field["name"]) > 256 or len(field["value"]) > 1024:
                problems.append("field too long")
        if total > 6000:
            problems.append("embed over 6000")
    if message.get("allowed_mentions", {"parse": []}) != {"parse": []}:
        problems.append(f"mentions allowed: {message.get('allowed_mentions')}")
    return problems


async def replies_to(result) -> list[dict]:
    if result.callback_type == 9:  # a form (a modal): nothing is said until it is sent
        return []
    if result.callback_type == 5:
        await result.wait_for_followups(1)
        return list(result.followups)
    return [result.data]


async def test_staff_autocomplete_is_refused_to_students_for_every_command(course, tmp_path):
    """Every autocomplete of a staff command answers a student with nothing, staff with the real choices; the
    others answer everyone (so the empty answers are the gate, not a broken autocomplete)."""
    clock = FixedClock(at("2024-02-12 10:00"))
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db") as bot:
        staff = {"user": TA, "permissions": ADMINISTRATOR}
        await fake.send_slash_command("announce add", {"message": "Secret plan", "when": "tomorrow 9am"}, **staff)
        imported = await fake.send_slash_command("gracedays import", {"file": good_value(Opt.file("f"))}, **staff)
        await imported.wait_for_followups(1)
        await fake.send_slash_command("link", {"email": "ben@andrew.cmu.edu"}, user=STUDENT)  # a request to review
        # The course forum: a post and an endorsed answer to offer (/qa search, /qa author, /qa withdraw).
        post = bot.store.qa_posts.add(
            GUILD_ID,
            title="Is HW3 Q2 graded?",
            body="",
            topic="hw3",
            visibility="anonymous",
            author_id=STUDENT.id,
            via="question",
            now=clock.now(),
        )
        bot.store.qa_entries.add(
            GUILD_ID,
            clock.now(),
            source="forum",
            post_id=post.id,
            question=post.title,
            answer="Yes.",
            question_terms="hw3 q2 grade",
            answer_terms="",
            endorsed=True,
        )
        bot.store.qa_replies.save(GUILD_ID, "code", "Please post the error, not your code.", by=TA.id, now=clock.now())
        walked = 0
        for spec in bot.catalog:
            for option in spec.options:
                if option.autocomplete is None:
                    continue
                typed = {o.name: "" for o in spec.options if o.name == option.name}
                name, focus = spec.qualified_name, option.name
                as_student = await fake.send_autocomplete(name, typed, focused=focus, user=STUDENT)
                as_staff = await fake.send_autocomplete(name, typed, focused=focus, **staff)
                where = f"/{name} {focus}"
                assert as_staff, where  # there is something to offer (a pending post, imported students, ...)
                assert len(as_staff) <= 25
                if spec.staff_only:
                    assert as_student == [], where
                else:
                    assert as_student == as_staff, where
                walked += 1
        assert walked >= 12
        # The configured staff role counts too, and only once it is configured.
        cancel = await fake.send_autocomplete(
            "announce cancel", {"announcement": ""}, focused="announcement", user=TA, roles=[STAFF_ROLE_ID]
        )
        assert cancel == []  # no staff role configured yet: the role alone is not staff
        await fake.send_slash_command("setup staff-role", {"role": STAFF_ROLE_ID}, **staff)
        cancel = await fake.send_autocomplete(
            "announce cancel", {"announcement": ""}, focused="announcement", user=TA, roles=[STAFF_ROLE_ID]
        )
        assert "Secret plan" in cancel[0]["name"]
        students = await fake.send_autocomplete(
            "gracedays student", {"student": "ben"}, focused="student", user=TA, roles=[STAFF_ROLE_ID]
        )
        assert [c["value"] for c in students] == ["ben@andrew.cmu.edu"]
    assert fake.violations == []


async def test_hostile_values_to_every_option_of_every_command(course, tmp_path):
    """Oversized, empty, unicode, mention-laden, out-of-range and wrongly typed values, one option at a time, as
    crafted interactions: a specific refusal or a proper answer, never the apology, never a traceback; every
    reply inside Discord's limits and with no mention allowed to ping."""
    clock = FixedClock(at("2024-02-12 10:00"))
    sent = 0
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db") as bot:
        for spec in bot.catalog:
            cases = [(baseline(spec), False)]
            for option in spec.options:
                for value in HOSTILE[option.kind]:
                    cases.append(({**baseline(spec), option.name: value}, breaks_a_limit(option, value)))
            for values, must_refuse in cases:
                result = await fake.send_slash_command(
                    spec.qualified_name, values, user=TA, permissions=ADMINISTRATOR, crafted=True
                )
                sent += 1
                where = f"/{spec.qualified_name} {str(values)[:120]}"
                assert result.callback_type in (4, 5, 9), where
                for message in await replies_to(result):
                    text = embed_text(message)
                    assert SORRY not in text, where
                    assert "something went wrong" not in text, where
                    assert "Traceback" not in text, where
                    assert within_discord_limits(message) == [], where
                    refused = (message.get("embeds") or [{}])[0].get("title") == "Sorry"
                    if refused:
                        assert message["flags"] & EPHEMERAL, where
                        assert len(text) > len("Sorry") + 10, where  # says what is wrong
                    if must_refuse:  # never echoed back, in public or not: refused before the command runs
                        assert refused, where
        assert sent > 300
    assert fake.violations == []
    assert fake.unhandled == []


async def test_everyone_cannot_be_the_staff_role(course, tmp_path):
    """/setup staff-role @everyone would make every member staff: refused, and nothing is saved."""
    clock = FixedClock(at("2024-02-12 10:00"))
    async with fake_discord() as fake, running_bot(fake, course, clock, tmp_path / "bot.db") as bot:
        refused = await fake.send_slash_command(
            "setup staff-role", {"role": GUILD_ID}, user=TA, permissions=ADMINISTRATOR
        )
        assert "cannot be the staff role" in embed_text(refused.data)
        assert refused.data["flags"] & EPHEMERAL
        assert bot.store.server_settings.get(GUILD_ID) is None
        # Even configured by name from the environment, @everyone grants nothing.
        peek = await fake.send_slash_command("admin status", {}, user=STUDENT)
        assert "for course staff" in embed_text(peek.data)
    async with (
        fake_discord() as fake,
        running_bot(fake, course, clock, tmp_path / "env.db", COURSEBOT_STAFF_ROLE="@everyone") as bot,
    ):
        peek = await fake.send_slash_command("admin status", {}, user=STUDENT)
        assert "for course staff" in embed_text(peek.data)
