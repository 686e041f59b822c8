"""/admin move-records delete:True in the console (issue 13): the same question and Delete button as in Discord, the
button a numbered line; nothing is deleted until it is picked."""

from __future__ import annotations

from tests.conftest import at


async def test_the_console_asks_before_deleting_and_deletes_when_the_button_is_picked(console_setup):
    settings, store = console_setup.settings, console_setup.store
    store.published.set_grades(settings.server_id, "hw99", at("2024-02-01 10:00"), by=7, now=at("2024-02-01 10:00"))
    async with console_setup.session() as console:
        asked = await console.handle("/admin move-records old_id:hw99 delete:True")
        assert "Delete the records under 'hw99'?" in asked
        assert "• 1 grade-publication dates" in asked
        assert "[1] Delete them" in asked
        assert set(store.published.grades(settings.server_id)) == {"hw99"}
        done = await console.handle("1")
        assert "Deleted: assignment id 'hw99': 1 grade-publication dates." in done
    assert store.published.grades(settings.server_id) == {}
