"""The real bot, serving the second (invented) course through the loopback Discord: every command answers in
that course's words and times, the new /meetings works, role and kind choices come from its data, and every
request is valid against Discord's OpenAPI spec."""

from __future__ import annotations

import re

from bot.core.clock import FixedClock
from tests.conftest import local
from tests.discord_harness import STUDENT, embed_text, fake_discord, running_bot

STAMP = re.compile(r"<t:\d+:[FRtf]>")
TEN_605 = ("Piazza", "Gradescope", "grace day", "Head TA", "ecitation", "10-605")


async def test_every_command_on_the_second_course(second_course, tmp_path):
    """Slash commands answer from the second course: sections 1A-1H, its rooms, its role names, its late rule."""
    clock = FixedClock(local(second_course, "2024-10-16 08:00"))
    cases = [
        ("due", {"within": "this week", "section": "1c"}, ["PS4"]),
        ("deadline", {"assignment": "ps5"}, ["PS5 is due <t:", "2% per hour late", "permission from the instructor"]),
        ("meetings", {}, ["Lectures", "Halvorsen Hall 100", "Discussion sections", "1H"]),
        ("meetings", {"section": "1c"}, ["Marco Bellini", "Quarry Hall 79"]),
        ("meetings", {"kind": "discussion", "section": "1G"}, ["zoom.example"]),
        ("schedule", {"show": "lecture"}, ["Next lecture", "Halvorsen Hall 100"]),
        ("schedule", {"show": "discussion"}, ["Next discussion section"]),
        ("staff", {"role": "gsi"}, ["GSIs", "Priya Raman"]),
        ("exam info", {"which": "midterm"}, ["Bayview Auditorium", "forms.example"]),
        ("exam info", {"which": "final"}, ["Redwood Hall 1", "no conflict form"]),
        ("late", {"assignment": "ps5", "when": "Nov 1 6:30pm"}, ["1.5 h late", "4% penalty", "96% credit"]),
        ("ask", {"question": "who runs section 1C"}, ["Marco Bellini"]),
    ]
    async with fake_discord() as fake:
        async with running_bot(fake, second_course, clock, tmp_path / "bot.db"):
            for name, options, expected in cases:
                result = await fake.send_slash_command(name, options, user=STUDENT)
                assert result.callback_type == 4, (name, result.callback)
                text = embed_text(result.data)
                for fragment in expected:
                    assert fragment in text, f"/{name} {options}: {fragment!r} not in\n{text}"
                for word in TEN_605:
                    assert word.lower() not in text.lower(), f"/{name}: {word!r} in\n{text}"
                if name in ("due", "deadline", "meetings", "exam info"):
                    assert STAMP.search(text), text
            kinds = await fake.send_autocomplete("meetings", {"kind": "dis"}, focused="kind")
            assert [c["value"] for c in kinds] == ["discussion"]
            roles = await fake.send_autocomplete("staff", {"role": ""}, focused="role")
            assert [c["name"] for c in roles] == ["Professors", "Course Coordinators", "GSIs", "Readers"]
            shows = await fake.send_autocomplete("schedule", {"show": ""}, focused="show")
            assert [c["value"] for c in shows] == ["lecture", "discussion", "class", "no_class"]
            sections = await fake.send_autocomplete("meetings", {"section": "1"}, focused="section")
            assert len(sections) == 8
            unknown = await fake.send_slash_command("staff", {"role": "head ta"}, user=STUDENT)
            assert "There is no staff role 'head ta'" in embed_text(unknown.data)
        assert fake.violations == []
        assert fake.unhandled == []
