"""/calendar against the loopback Discord (an .ics attachment that parses, section and kind filters, the feed URL),
in the console, and `coursebot calendar --out`."""

from __future__ import annotations

import argparse

import pytest
from icalendar import Calendar

from bot.calendar.include import data_stamp
from bot.cli.main import main
from bot.cli.ops import add_parsers, cmd_calendar
from bot.core.clock import FixedClock
from bot.course.loader import BUNDLED_DATA
from bot.settings import Settings
from bot.store.database import Store
from tests.conftest import at
from tests.discord_harness import STUDENT, embed_text, fake_discord, running_bot

EPHEMERAL = 64


@pytest.fixture
def clock():
    return FixedClock(at("2024-02-12 10:00"))


def summaries(ics: bytes) -> list[str]:
    return [str(e["summary"]) for e in Calendar.from_ical(ics).walk("VEVENT")]


async def test_calendar_sends_an_ics_file_that_parses(course, clock, tmp_path):
    """One ephemeral reply: an embed saying how to import, and the .ics file, filtered by section and kinds."""
    async with fake_discord() as fake:
        async with running_bot(fake, course, clock, tmp_path / "bot.db"):
            result = await fake.send_slash_command("calendar", {}, user=STUDENT)
            assert result.callback_type == 4
            assert result.data["flags"] & EPHEMERAL
            text = embed_text(result.data)
            assert "Import it once" in text
            assert "run /calendar again" in text  # no public URL configured: no feed to offer
            (upload,) = result.callback_files
            assert upload.filename == "10-605-s24.ics"
            everything = summaries(upload.data)
            assert any("Exam 1" in s for s in everything)
            assert any("Office hours" in s for s in everything)
            assert any("Mini-project" in s for s in everything)
            assert result.data["attachments"][0]["filename"] == "10-605-s24.ics"

            only_405 = await fake.send_slash_command("calendar", {"section": "10-405"}, user=STUDENT)
            (upload,) = only_405.callback_files
            assert upload.filename == "10-605-s24-10-405.ics"
            names = summaries(upload.data)
            assert names
            assert all(s.startswith("10-405 ") for s in names)
            assert not any("Mini-project" in s for s in names)  # 10-605 only
            assert any(
                "Mini-project" in s
                for s in summaries(
                    (await fake.send_slash_command("calendar", {"section": "10-605"}, user=STUDENT))
                    .callback_files[0]
                    .data
                )
            )

            picked = await fake.send_slash_command("calendar", {"include": "deadlines-exams"}, user=STUDENT)
            names = summaries(picked.callback_files[0].data)
            assert names
            assert all(" due" in s or "Exam" in s for s in names)
            assert "deadlines and exams" in embed_text(picked.data)
        assert fake.violations == []
        assert fake.unhandled == []


async def test_calendar_shows_the_feed_url_when_configured(course, clock, tmp_path):
    """With COURSEBOT_PUBLIC_URL set, the reply names the section's subscribable feed."""
    async with fake_discord() as fake:
        async with running_bot(fake, course, clock, tmp_path / "bot.db") as running:
            # Set on the running settings directly, so this works whether or not Settings reads the variable yet.
            object.__setattr__(running.settings, "public_url", "https://coursebot.example.org/")
            result = await fake.send_slash_command(
                "calendar", {"section": "10-605", "include": "deadlines-exams"}, user=STUDENT
            )
            text = embed_text(result.data)
            assert "https://coursebot.example.org/calendar-10-605.ics?include=deadlines-exams" in text
            assert "subscribe" in text
        assert fake.violations == []


async def test_calendar_section_autocomplete_and_bad_section(course, clock, tmp_path):
    """Sections autocomplete; an unknown one gets a friendly ephemeral message and no file."""
    async with fake_discord() as fake:
        async with running_bot(fake, course, clock, tmp_path / "bot.db"):
            choices = await fake.send_autocomplete("calendar", {"section": "605"}, focused="section")
            assert [c["value"] for c in choices] == ["10-605"]
            bad = await fake.send_slash_command("calendar", {"section": "10-999"}, user=STUDENT)
            assert bad.data["flags"] & EPHEMERAL
            assert "no section '10-999'" in embed_text(bad.data)
            assert bad.callback_files == []
        assert fake.violations == []


async def test_calendar_in_the_console_points_to_the_cli(course, clock):
    """The console has no attachments: it prints the answer and the coursebot command that writes the file."""
    from bot.console.app import console_session
    from bot.course.catalog import CourseCatalog

    store = Store(":memory:")
    async with console_session(
        Settings.from_env({}), CourseCatalog.single(course), clock, store, staff=False, emit=print
    ) as console:
        out = await console.handle("/calendar section:10-605")
    assert "coursebot calendar --out 10-605-s24-10-605.ics --section 10-605" in out
    assert "Import it once" in out
    store.close()


def _calendar_args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data")
    add_parsers(parser.add_subparsers(dest="command"))
    return parser.parse_args(["calendar", *argv])


def test_cli_calendar_writes_the_same_bytes_every_time(tmp_path, capsys):
    """`coursebot calendar --out` is deterministic (DTSTAMP is the data's modification time), and filters."""
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    assert cmd_calendar(_calendar_args("--out", str(first), "--section", "10-405", "--include", "exams,deadlines")) == 0
    assert (
        cmd_calendar(_calendar_args("--out", str(second), "--section", "10-405", "--include", "deadlines-exams")) == 0
    )
    assert first.read_bytes() == second.read_bytes()
    names = summaries(first.read_bytes())
    assert names
    assert all(s.startswith("10-405 ") and (" due" in s or "Exam" in s) for s in names)
    stamp = Calendar.from_ical(first.read_bytes()).walk("VEVENT")[0].decoded("dtstamp")
    assert stamp == data_stamp(BUNDLED_DATA)
    assert "Wrote" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("--include", "lectures,parties"), "unknown calendar kinds parties"),
        (("--section", "10-999"), "no section '10-999'"),
    ],
)
def test_cli_calendar_refuses_bad_options(tmp_path, capsys, argv, message):
    """Unknown kinds or sections: exit 2 with a message, no file (the command line's dispatch says it)."""
    out = tmp_path / "x.ics"
    assert main(["calendar", "--out", str(out), *argv]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


async def test_calendar_links_each_servers_own_feed(course, second_course, tmp_path):
    """/calendar on a server of a bot serving several courses links that course's feed path and CLI line."""
    from bot.console.app import console_session
    from bot.course.catalog import CourseCatalog
    from tests.conftest import local

    catalog = CourseCatalog({c.id: c for c in (course, second_course)}, course.id, per_server=True)
    settings = Settings.from_env({"COURSEBOT_PUBLIC_URL": "https://bot.example"})
    db = Store(":memory:")
    clock = FixedClock(local(second_course, "2024-10-14 09:00"))
    session = console_session(settings, catalog, clock, db, staff=False, emit=print, course_id=second_course.id)
    async with session as console:
        out = await console.handle("/calendar section:1c")
    db.close()
    assert "https://bot.example/stat-187-f24/calendar-1C.ics" in out
    assert "coursebot --course stat-187-f24 calendar --out stat-187-f24-1C.ics --section 1C" in out
