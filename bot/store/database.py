"""The bot's database: one SQLite file through sqlite-utils, checked when opened, upgraded one step at a time.

`Store` opens the file and owns the connection, the schema version and the write transaction (`immediate()`); each
concern is a small class reached as an attribute (`store.deliveries.claim(...)`, `store.reminders.subscribe(...)`)
that returns frozen dataclass rows. Instants go in and out through bot.store.encoding (UTC in the file, aware
datetimes in `zone` outside), server ids through `server_key`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

from bot.store.audit import AuditTrail
from bot.store.deliveries import DeliveryLog
from bot.store.grace_records import GraceRecords
from bot.store.links import Links
from bot.store.meta import Meta
from bot.store.notices import Notices
from bot.store.opening import Contents, check_contents, check_file, is_read_only, problem_from
from bot.store.orphans import Orphans
from bot.store.problems import NOT_WRITABLE, DatabaseProblem
from bot.store.published import Published
from bot.store.qa_drafts import QADrafts
from bot.store.qa_entries import QAEntries
from bot.store.qa_events import QAEvents
from bot.store.qa_forums import QAForums
from bot.store.qa_posts import QAPosts
from bot.store.qa_replies import QAReplies
from bot.store.read_cache import ReadCache
from bot.store.reminders import Reminders
from bot.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, MigrationError
from bot.store.server_settings import ServerSettings
from bot.store.staff_messages import StaffMessages
from bot.store.staff_posts import StaffPosts

log = logging.getLogger(__name__)
MEMORY = ":memory:"


class Store:
    """The bot's database. Opened once at start (DatabaseProblem if the file cannot be used); every write is one
    immediate transaction."""

    def __init__(self, path: str | Path, *, zone: dt.tzinfo = dt.UTC, read_only: bool = False) -> None:
        self.path = str(path)
        self.zone = zone  # the zone instants are handed out in (the course's)
        self.warnings: tuple[str, ...] = ()
        self.db = self._open_read_only() if read_only else self._open()
        self.cache = ReadCache(self)
        self.meta = Meta(self)
        self.server_settings = ServerSettings(self)
        self.published = Published(self)
        self.deliveries = DeliveryLog(self)
        self.staff_posts = StaffPosts(self)
        self.reminders = Reminders(self)
        self.audit = AuditTrail(self)
        self.grace = GraceRecords(self)
        self.orphans = Orphans(self)
        self.links = Links(self)
        self.notices = Notices(self)
        self.qa_forums = QAForums(self)
        self.qa_posts = QAPosts(self)
        self.qa_entries = QAEntries(self)
        self.qa_drafts = QADrafts(self)
        self.qa_events = QAEvents(self)
        self.qa_replies = QAReplies(self)
        self.staff_messages = StaffMessages(self)

    def _open(self) -> sqlite_utils.Database:
        file = None
        if self.path != MEMORY:
            file = check_file(Path(self.path), writable=True)
            self.warnings = file.warnings
            if not file.exists:
                try:
                    Path(self.path).parent.mkdir(parents=True, exist_ok=True)
                except OSError as err:
                    raise DatabaseProblem(self.path, f"cannot be created ({err.strerror})", NOT_WRITABLE) from None
        try:
            db = sqlite_utils.Database(self.path)
        except sqlite3.Error as err:
            raise problem_from(self.path, err) from None
        try:
            db.execute("PRAGMA busy_timeout=5000")
            contents = check_contents(db.conn, self.path)
            if file is not None:
                db.execute("PRAGMA journal_mode=WAL")
            self._migrate(db, contents)
        except sqlite3.Error as err:
            db.close()
            raise problem_from(self.path, err) from None
        except BaseException:
            db.close()
            raise
        for warning in self.warnings:
            log.warning("event=database_empty_file path=%s note=%s", self.path, warning)
        return db

    def _open_read_only(self) -> sqlite_utils.Database:
        """An existing file, opened so that nothing can change it (a check before deploying must never upgrade the
        database the running, older bot uses): no migration, no journal change. OldSchema when it is not of this
        code's schema yet."""
        if not Path(self.path).is_file():
            raise DatabaseProblem(self.path, "does not exist", NOT_WRITABLE)
        try:
            conn = sqlite3.connect(f"{Path(self.path).resolve().as_uri()}?mode=ro", uri=True)
        except sqlite3.Error as err:
            raise problem_from(self.path, err) from None
        try:
            conn.execute("PRAGMA busy_timeout=5000")
            check_contents(conn, self.path)
            version = _version_of(conn)
        except BaseException:
            conn.close()
            raise
        if version != SCHEMA_VERSION:
            conn.close()
            raise OldSchema(self.path, version)
        return sqlite_utils.Database(conn)

    def _migrate(self, db: sqlite_utils.Database, contents: Contents) -> None:
        start = _version(db)
        if contents is Contents.NEW and self.path != MEMORY:
            log.info(
                "event=database_created path=%s schema=v%d note=%s",
                self.path,
                SCHEMA_VERSION,
                "a new, empty database; if the bot ran before with this setting, its database was lost "
                "(a disk wiped on restart?): restore a `coursebot backup` copy",
            )
        for number, step in enumerate(MIGRATIONS, 1):
            if _version(db) >= number:
                continue
            try:
                with _immediate(db):
                    if _version(db) >= number:  # another process upgraded it while this one waited for the lock
                        continue
                    step(db)
                    db.execute(f"PRAGMA user_version = {number}")
                    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            except MigrationError as err:
                raise self._upgrade_failed(db, number, err) from None
            except sqlite3.Error as err:
                if is_read_only(err):
                    raise  # said as "read-only" by _open
                raise self._upgrade_failed(db, number, err) from None
        if _version(db) > start:
            log.info("event=database_upgraded path=%s from=v%d to=v%d", self.path, start, _version(db))
        # A write on every open: a file SQLite can only read is found now, not at the first command.
        with _immediate(db):
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")

    def _upgrade_failed(self, db: sqlite_utils.Database, number: int, err: Exception) -> DatabaseProblem:
        return DatabaseProblem(
            self.path,
            f"could not be upgraded from schema v{_version(db)} to v{number} ({err}); nothing was changed",
        )

    @property
    def shared(self) -> Store:
        """The store whose records every process reads (this one; a console session's is the file behind it):
        where a change that must outlive the session, such as a course switch, is written."""
        return self

    @contextlib.contextmanager
    def immediate(self) -> Iterator[sqlite_utils.Database]:
        """A write transaction that takes the database lock at once (BEGIN IMMEDIATE): read-then-write steps in it
        cannot interleave with another process's. Commits on success, rolls back on any exception. Inside another
        one it is a savepoint of the outer transaction."""
        with _immediate(self.db):
            yield self.db

    @property
    def version(self) -> int:
        return _version(self.db)

    def close(self) -> None:
        self.cache.close()
        self.db.close()

    def ping(self) -> bool:
        try:
            self.db.execute("SELECT 1").fetchone()
        except Exception:
            return False
        return True


@contextlib.contextmanager
def _immediate(db: sqlite_utils.Database) -> Iterator[None]:
    conn = db.conn
    if conn.in_transaction:
        with db.atomic():  # a savepoint inside the caller's transaction
            yield
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _version_of(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


class OldSchema(Exception):
    """A database opened read-only whose schema this code would upgrade (it is left as it is)."""

    def __init__(self, path: str, version: int) -> None:
        self.path, self.version = path, version
        super().__init__(
            f"The database {path} has schema v{version}, older than this CourseBot's v{SCHEMA_VERSION}; it was not "
            "changed. Start the bot of this version once to upgrade it."
        )


def _version(db: sqlite_utils.Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]
