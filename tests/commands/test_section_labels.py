"""Commands confirm a section by the label students know (GEO's 'Sued' as 'Practical group Süd'); a value to
type (the CLI's --section) keeps the data's id. Run through the console, which runs the very same command code."""

from __future__ import annotations

import pytest

from bot.console.app import console_session
from bot.core.clock import FixedClock
from bot.course.catalog import CourseCatalog
from bot.course.loader import load_course
from bot.settings import Settings
from bot.store.database import Store
from tests.conftest import FIXTURES, local

SUED = "Practical group Süd"


@pytest.fixture(scope="module")
def geo():
    return load_course(FIXTURES / "courses" / "geo-2210-s25")


async def run_lines(tmp_path, course, lines: list[str]) -> list[str]:
    settings = Settings.from_env({"COURSEBOT_DB": str(tmp_path / "bot.db")})
    store = Store(settings.db_path)
    clock = FixedClock(local(course, "2025-05-05 10:00"))
    try:
        async with console_session(settings, CourseCatalog.single(course), clock, store, staff=True, emit=print) as c:
            return [await c.handle(line) for line in lines]
    finally:
        store.close()


async def test_setup_reminders_and_the_audit_name_the_section_by_its_label(geo, tmp_path):
    """/setup section-role, /remind list and /admin audit say 'Practical group Süd', never 'Sued'."""
    outputs = await run_lines(
        tmp_path,
        geo,
        [
            "/setup section-role section:süd role:<@&3605>",
            "/setup channel channel:here",
            "/remind me section:south",
            "/remind list",
            "/admin audit",
        ],
    )
    assert f"Section {SUED} set" in outputs[0]
    assert f"{SUED}: role 3605" in outputs[0]
    assert f"{SUED}: role 3605" in outputs[1]  # every later /setup answer lists it the same way
    assert f"for {SUED};" in outputs[3]
    assert f"set section {SUED}'s role" in outputs[4]
    assert "Sued" not in "".join(outputs)


async def test_calendar_names_the_section_and_keeps_the_id_to_type(geo, tmp_path):
    """/calendar section:south: 'for section Practical group Süd'; the terminal command to type says --section Sued."""
    [out] = await run_lines(tmp_path, geo, ["/calendar section:south"])
    assert f"for section {SUED}." in out
    assert f"{SUED} calendar" in out
    assert "--section Sued" in out
