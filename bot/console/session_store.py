"""The database as a console session sees it: everything is shared with the bot and the command line (the same
file, the same server), except the delivery log, which is the session's own.

Why: the console's clock is simulated (`--now`, `:advance`). Posts it "sends" at a simulated time must never be
recorded as sent in the shared log, or the real bot (sharing the file and, with COURSEBOT_GUILD_ID, the server)
would believe they went out and never post them. The session also posts only for its own server and user, and
its announcements go to the terminal from the moment it starts, without writing that into the server's setup.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.announce.server_setup import GuildSetup
from bot.store.database import Store

# Store methods that read or write the delivery log and the DM status (what "sending" touches).
SESSION_ONLY = frozenset(
    {
        "claim",
        "confirm",
        "mark",
        "delivery",
        "finished_keys",
        "stale_claims",
        "last_sent",
        "dms_closed",
        "mark_dms_closed",
        "take_dm_closed_notice",
        "clear_dms_closed",
    }
)


class SessionStore:
    """The shared Store, with the delivery log kept in memory for this session (what the commands use)."""

    def __init__(self, shared: Store) -> None:
        self.shared, self.session = shared, Store(":memory:")

    def __getattr__(self, name: str) -> Any:
        return getattr(self.session if name in SESSION_ONLY else self.shared, name)

    def close(self) -> None:
        self.session.close()


class AnnouncerStore:
    """What the console's announcer reads: the session's store, seen from the console's server only."""

    def __init__(
        self, store: SessionStore, *, server_id: int, user_id: int, channel_id: int, since: dt.datetime
    ) -> None:
        self.store = store
        self.server_id, self.user_id, self.channel_id, self.since = server_id, user_id, channel_id, since

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)

    def guild_ids(self) -> list[int]:
        """The console posts for its own server only."""
        return [self.server_id]

    def guild_config(self, guild_id: int) -> dict | None:
        """The server's setup; announcements go to the terminal from the session's start unless /setup set one."""
        raw = self.store.guild_config(guild_id)
        if guild_id != self.server_id:
            return raw
        setup = GuildSetup.from_json(raw)
        return setup.with_changes(channel_id=setup.channel_id or self.channel_id, since=self.since).to_json()

    def subscriptions(self, guild_id: int | None = None) -> list[dict]:
        """A server's reminder subscriptions; asked for all of them (the announcer's DM sweep), only the console
        user's in the console's server: nobody else reads this terminal."""
        if guild_id is not None:
            return self.store.subscriptions(guild_id)
        return [s for s in self.store.subscriptions(self.server_id) if s["user_id"] == self.user_id]
