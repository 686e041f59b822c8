"""/admin move-records delete:True in the console (issue 13): the same question and Delete button as in Discord, the
button a numbered line; nothing is deleted until it is picked."""

from __future__ import annotations

from bot.console.app import console_session
from bot.core.clock import FixedClock
from bot.course.catalog import CourseCatalog
from bot.settings import Settings
from bot.store.database import Store
from tests.conftest import at


async def test_the_console_asks_before_deleting_and_deletes_when_the_button_is_picked(course, tmp_path):
    settings = Settings.from_env({"COURSEBOT_DB": str(tmp_path / "bot.db")})
    store = Store(settings.db_path, zone=course.tz)
    store.published.set_grades(settings.server_id, "hw99", at("2024-02-01 10:00"), by=7, now=at("2024-02-01 10:00"))
    async with console_session(
        settings, CourseCatalog.single(course), FixedClock(at("2024-02-12 10:00")), store, staff=True, emit=print
    ) as console:
        asked = await console.handle("/admin move-records old_id:hw99 delete:True")
        assert "Delete the records under 'hw99'?" in asked
        assert "• 1 grade-publication dates" in asked
        assert "[1] Delete them" in asked
        assert set(store.published.grades(settings.server_id)) == {"hw99"}
        done = await console.handle("1")
        assert "Deleted: assignment id 'hw99': 1 grade-publication dates." in done
    assert store.published.grades(settings.server_id) == {}
    store.close()
