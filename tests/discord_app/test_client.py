"""The client's process-wide settings: what setup loads is kept out of the cyclic collector's walks."""

from __future__ import annotations

import gc

from bot.discord_app.client import settle_heap


def test_settle_heap_freezes_what_is_loaded():
    try:
        settle_heap()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()  # the rest of the test session collects as usual


async def test_the_staff_role_given_by_name_or_id_is_one_role_id(course, tmp_path):
    """Review 3 finding 12: the pings and the private channel's check read the staff role through one lookup."""
    from bot.announce.server_setup import GuildSetup
    from bot.core.clock import FixedClock
    from tests.conftest import at
    from tests.discord_harness import GUILD_ID, STAFF_ROLE_ID, fake_discord, running_bot

    clock = FixedClock(at("2024-02-12 10:00"))
    async with fake_discord() as fake:
        async with running_bot(fake, course, clock, tmp_path / "bot.db", COURSEBOT_STAFF_ROLE="Course Staff") as bot:
            assert bot.staff_role_id(GUILD_ID) == STAFF_ROLE_ID
            bot.store.server_settings.save(
                GUILD_ID, GuildSetup(staff_role="4242").to_json(), by=1, now=clock.now(), change={}
            )
            assert bot.staff_role_id(GUILD_ID) == 4242  # the server's own setting first
        async with running_bot(fake, course, clock, tmp_path / "other.db", COURSEBOT_STAFF_ROLE="No such role") as bot:
            assert bot.staff_role_id(GUILD_ID) is None
