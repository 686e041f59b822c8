"""The database as a console session sees it: everything is shared with the bot and the command line (the same
file, the same server), except the delivery log, the course forum and what the server posts (its setup, staff
announcements, publications), which are the session's own.

Why: the console's clock is simulated (`--now`, `:advance`). Posts it "sends" at a simulated time must never be
recorded as sent in the shared log, or the real bot (sharing the file and, with COURSEBOT_GUILD_ID, the server)
would believe they went out and never post them. The session also posts only for its own server and user, and
its announcements go to the terminal from the moment it starts, without writing that into the server's setup.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.announce.server_setup import GuildSetup
from bot.store.audit import AuditEntry
from bot.store.database import Store
from bot.store.reminders import Reminders, Subscription
from bot.store.server_settings import ServerSettings


class _SessionReminders:
    """Reminder settings are shared (they are the user's choice); whether DMs were found closed is the session's,
    like the delivery log it goes with."""

    SESSION_ONLY = frozenset({"mark_dms_closed", "dms_closed", "take_dm_closed_notice", "clear_dms_closed"})

    def __init__(self, shared: Reminders, session: Reminders) -> None:
        self.shared, self.session = shared, session

    def __getattr__(self, name: str) -> Any:
        return getattr(self.session if name in self.SESSION_ONLY else self.shared, name)


class _SessionAudit:
    """The audit trail as the session shows it: the shared file's rows and the session's own (its setup and
    announcement changes), newest first. Each action records where its records are kept."""

    def __init__(self, shared: Store, session: Store) -> None:
        self.shared, self.session = shared.audit, session.audit

    def latest(self, guild_id: int | None, limit: int = 20) -> list[AuditEntry]:
        both = self.shared.latest(guild_id, limit) + self.session.latest(guild_id, limit)
        return sorted(both, key=lambda e: e.at, reverse=True)[:limit]

    def __getattr__(self, name: str) -> Any:
        return getattr(self.shared, name)


QA_TABLES = ("qa_forums", "qa_posts", "qa_entries", "qa_drafts", "qa_events")  # saved replies stay shared
# What the server posts and where: its setup, staff announcements, grade and conflict-form publications.
SERVER_TABLES = ("guild_config", "staff_posts", "grades_published", "exam_forms")


class SessionStore:
    """The shared Store, with the delivery log (and DM status) kept in memory for this session: what the
    commands use.

    The course forum is the session's too, copied from the shared file when the session starts: the console's
    forum is simulated, and a post "made" in it must never reach the real bot's records (it would ping staff about
    a thread that does not exist in Discord). The console sees the imported FAQ and every earlier post.

    So is what the server posts: its setup (`/setup channel channel:here` names a channel only the console has),
    staff announcements and grade or conflict-form publications, copied at the start and changed only in the
    session, so trying /setup, /announce or /admin grades-published in the console never changes what the real
    server posts (nor its audit trail: those rows are the session's too, shown with the shared ones)."""

    def __init__(self, shared: Store) -> None:
        self.shared, self.session = shared, Store(":memory:", zone=shared.zone)
        self.deliveries = self.session.deliveries
        self.reminders = _SessionReminders(shared.reminders, self.session.reminders)
        _copy_tables(shared, self.session, (*QA_TABLES, *SERVER_TABLES))
        self.server_settings = self.session.server_settings
        self.staff_posts = self.session.staff_posts
        self.published = self.session.published
        self.audit = _SessionAudit(shared, self.session)
        self.qa_forums = self.session.qa_forums
        self.qa_posts = self.session.qa_posts
        self.qa_entries = self.session.qa_entries
        self.qa_drafts = self.session.qa_drafts
        self.qa_events = self.session.qa_events

    def __getattr__(self, name: str) -> Any:
        return getattr(self.shared, name)

    def close(self) -> None:
        self.session.close()


def _copy_tables(shared: Store, session: Store, tables: tuple[str, ...]) -> None:
    with session.immediate() as db:
        for table in tables:
            rows = list(shared.db[table].rows)
            if rows:
                db[table].insert_all(rows)
        db.execute(
            "INSERT INTO qa_index (rowid, question, answer) "
            "SELECT id, question_terms, answer_terms FROM qa_entries WHERE withdrawn_at IS NULL"
        )


class _ConsoleServerSettings:
    """The console's server only; its announcements go to the terminal from the session's start, unless /setup
    set a channel (nothing of this is written to the server's setup)."""

    def __init__(self, settings: ServerSettings, *, server_id: int, channel_id: int, since: dt.datetime) -> None:
        self.settings, self.server_id, self.channel_id, self.since = settings, server_id, channel_id, since

    def __getattr__(self, name: str) -> Any:
        return getattr(self.settings, name)

    def guild_ids(self) -> list[int]:
        return [self.server_id]

    def get(self, guild_id: int | None) -> dict | None:
        raw = self.settings.get(guild_id)
        if guild_id != self.server_id:
            return raw
        setup = GuildSetup.from_json(raw)
        return setup.with_changes(channel_id=setup.channel_id or self.channel_id, since=self.since).to_json()


class _ConsoleReminders:
    """Only the console user's reminders in the console's server: nobody else reads this terminal."""

    def __init__(self, reminders: Any, *, server_id: int, user_id: int) -> None:
        self.reminders, self.server_id, self.user_id = reminders, server_id, user_id

    def __getattr__(self, name: str) -> Any:
        return getattr(self.reminders, name)

    def subscriptions(self) -> list[Subscription]:
        return [s for s in self.reminders.subscriptions() if s.guild_id == self.server_id and s.user_id == self.user_id]


class AnnouncerStore:
    """What the console's announcer reads: the session's store, seen from the console's server and user only."""

    def __init__(
        self, store: SessionStore, *, server_id: int, user_id: int, channel_id: int, since: dt.datetime
    ) -> None:
        self.store = store
        self.server_settings = _ConsoleServerSettings(
            store.server_settings, server_id=server_id, channel_id=channel_id, since=since
        )
        self.reminders = _ConsoleReminders(store.reminders, server_id=server_id, user_id=user_id)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)
