"""The database schema, one numbered step per version (PRAGMA user_version), and the mark that says "CourseBot's".

A step is never edited once released: a database made by older code upgrades by running the steps after its
version, each in its own transaction (bot.store.database.Store.migrate). Steps 1-3 are the schema as first
released, before databases were marked with PRAGMA application_id; every later step also sets the mark.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable

import sqlite_utils

from bot.store.encoding import to_db

# PRAGMA application_id of every CourseBot database: "CrsB" in ASCII. A file with another id is someone else's.
APPLICATION_ID = 0x43727342
# Databases made before the mark existed end at this version and have application_id 0.
LAST_UNMARKED_VERSION = 3


class MigrationError(Exception):
    """A step cannot upgrade this database (its data is not what the step expects); nothing was changed."""


def _v1(db: sqlite_utils.Database) -> None:
    db["meta"].create({"key": str, "value": str}, pk="key")
    db["exam_forms"].create(
        {"guild_id": int, "exam_id": str, "url": str, "set_by": int, "set_at": str}, pk=("guild_id", "exam_id")
    )
    db["grades_published"].create(
        {"guild_id": int, "assignment_id": str, "published_at": str, "set_by": int},
        pk=("guild_id", "assignment_id"),
    )
    db["audit"].create({"id": int, "at": str, "guild_id": int, "user_id": int, "action": str, "detail": str}, pk="id")


def _v2(db: sqlite_utils.Database) -> None:
    """Announcements: per-server settings, the delivery log, staff posts, personal DM reminders."""
    db["guild_config"].create({"guild_id": int, "config": str, "updated_at": str}, pk="guild_id")
    db["deliveries"].create(
        {
            "guild_id": int,
            "key": str,
            "status": str,  # claimed | sent | skipped | failed
            "owner": str,
            "claimed_at": str,
            "lease_until": str,
            "done_at": str,
            "message_id": int,
            "channel_id": int,
            "late": int,
            "note": str,
        },
        pk=("guild_id", "key"),
    )
    db["staff_posts"].create(
        {"id": int, "guild_id": int, "at": str, "message": str, "author_id": int, "created_at": str, "cancelled": int},
        pk="id",
    )
    db["subscriptions"].create(
        {"guild_id": int, "user_id": int, "kinds": str, "offsets": str, "section": str, "created_at": str},
        pk=("guild_id", "user_id"),
    )
    db["dm_status"].create({"user_id": int, "closed_at": str, "told": int}, pk="user_id")


def _v3(db: sqlite_utils.Database) -> None:
    """Grace days: students (and their Discord links), imported submissions, staff grants, link requests."""
    db["students"].create(
        {"guild_id": int, "email": str, "sid": str, "name": str, "sections": str, "user_id": int, "username": str},
        pk=("guild_id", "email"),
    )
    db["submissions"].create(
        {
            "guild_id": int,
            "email": str,
            "assignment_id": str,
            "submitted_at": str,
            "lateness_s": float,
            "import_id": int,
        },
        pk=("guild_id", "email", "assignment_id"),
    )
    db["imports"].create(
        {
            "id": int,
            "guild_id": int,
            "at": str,
            "user_id": int,
            "filename": str,
            "digest": str,
            "students": int,
            "assignments": str,
            "changed": int,
        },
        pk="id",
    )
    db["grants"].create(
        {
            "id": int,
            "guild_id": int,
            "email": str,
            "assignment_id": str,
            "kind": str,
            "new_due": str,
            "reason": str,
            "granted_by": int,
            "at": str,
        },
        pk="id",
    )
    db["link_requests"].create(
        {"guild_id": int, "user_id": int, "email": str, "username": str, "at": str, "status": str},
        pk=("guild_id", "user_id"),
    )


# Every column of the v3 schema that holds an instant (ISO 8601 with the offset it was written with).
_V3_TIME_COLUMNS = {
    "exam_forms": ("set_at",),
    "grades_published": ("published_at",),
    "audit": ("at",),
    "guild_config": ("updated_at",),
    "deliveries": ("claimed_at", "lease_until", "done_at"),
    "staff_posts": ("at", "created_at"),
    "subscriptions": ("created_at",),
    "dm_status": ("closed_at",),
    "submissions": ("submitted_at",),
    "imports": ("at",),
    "grants": ("new_due", "at"),
    "link_requests": ("at",),
}


def _utc_text(value: str | None) -> str | None:
    return None if value is None else to_db(dt.datetime.fromisoformat(value))


def _v4(db: sqlite_utils.Database) -> None:
    """Instants in UTC (bot.store.encoding.to_db), so SQL orders and compares them as time."""
    for table, columns in _V3_TIME_COLUMNS.items():
        # Check every value first: a bad one stops the step with its place named (the transaction rolls back).
        for row in db[table].rows_where(select=", ".join(["rowid AS row_number", *columns])):
            for column in columns:
                if row[column] is None:
                    continue
                try:
                    _utc_text(row[column])
                except ValueError as err:
                    where = f"{table}.{column}, row {row['row_number']}"
                    raise MigrationError(f"{where}: {row[column]!r} ({err})") from None
        db[table].convert(list(columns), _utc_text)


def _v5(db: sqlite_utils.Database) -> None:
    """Notices: what a user is told the next time they use the bot (e.g. their account link was moved)."""
    db["notices"].create(
        {
            "id": int,
            "guild_id": int,
            "user_id": int,
            "kind": str,
            "details": str,
            "created_at": str,
            "shown_at": str,
        },
        pk="id",
        not_null={"guild_id", "user_id", "kind", "details", "created_at"},
    )
    db["notices"].create_index(["guild_id", "user_id"])


def _v6(db: sqlite_utils.Database) -> None:
    """The course forum (issue 13): each server's forum, its posts, what the bot can suggest (with a full-text
    index), question drafts waiting for "Post my question", the counts /qa stats reports, staff's saved replies.

    A post asked "anonymous to everyone" has no author_id: the author is stored nowhere."""
    db["qa_forums"].create(
        {
            "guild_id": int,
            "forum_id": int,
            "private_channel_id": int,
            "staff_channel_id": int,
            "webhook_id": int,
            "webhook_token": str,
            "tags": str,  # JSON: tag name -> Discord tag id
            "ping_hours": float,
            "guidelines_thread_id": int,
            "set_by": int,
            "set_at": str,
        },
        pk="guild_id",
        not_null={"forum_id", "tags", "ping_hours", "set_at"},
    )
    db["qa_posts"].create(
        {
            "id": int,
            "guild_id": int,
            "thread_id": int,
            "channel_id": int,
            "starter_id": int,
            "starter_ours": int,  # the starter message is the bot's (its webhook's): it can be edited
            "title": str,
            "body": str,
            "topic": str,
            "visibility": str,  # public | anonymous | hidden | private
            "author_id": int,  # NULL when hidden
            "key_digest": str,  # hidden posts: the digest of the author's key
            "via": str,  # question | forum
            "status": str,  # unanswered | answered | resolved | duplicate | deleted
            "created_at": str,
            "updated_at": str,
            "first_staff_at": str,
            "answered_at": str,
            "answer_id": int,
            "answer_text": str,
            "answer_by_staff": int,
            "endorsed": int,
            "duplicate_of": int,
            "resolved_at": str,
            "archived": int,
            "edited_at": str,
            "deleted_at": str,
        },
        pk="id",
        not_null={"guild_id", "title", "visibility", "via", "status", "created_at", "updated_at"},
        defaults={"body": "", "topic": "", "starter_ours": 0, "answer_by_staff": 0, "endorsed": 0, "archived": 0},
    )
    db["qa_posts"].create_index(["guild_id", "status"])
    db["qa_posts"].create_index(["thread_id"])
    db["qa_entries"].create(
        {
            "id": int,
            "guild_id": int,
            "source": str,  # faq | forum
            "post_id": int,
            "question": str,
            "answer": str,
            "tags": str,
            "link": str,
            "endorsed": int,  # 0: an answered post offered as a link only (its words are not the bot's to repeat)
            "message_id": int,
            "origin": str,  # what an import keys the entry by, so the same file twice changes nothing
            "question_terms": str,
            "answer_terms": str,
            "created_at": str,
            "endorsed_by": int,
            "endorsed_at": str,
            "withdrawn_at": str,
            "withdrawn_by": int,
        },
        pk="id",
        not_null={"guild_id", "source", "question", "answer", "question_terms", "answer_terms", "created_at"},
        defaults={"tags": "", "link": "", "endorsed": 0},
    )
    db["qa_entries"].create_index(["guild_id", "origin"])
    db["qa_entries"].create_index(["post_id"])
    # The words of what can be suggested, as bot.qa.terms makes them (already stemmed and folded): the index only
    # splits on spaces. rowid = qa_entries.id; withdrawn entries are taken out.
    db.execute("CREATE VIRTUAL TABLE qa_index USING fts5(question, answer, tokenize = 'unicode61 remove_diacritics 0')")
    db.execute("CREATE VIRTUAL TABLE qa_index_vocab USING fts5vocab(qa_index, 'row')")
    db["qa_drafts"].create(
        {
            "id": int,
            "guild_id": int,
            "author_id": int,  # NULL when hidden
            "token": str,
            "title": str,
            "body": str,
            "topic": str,
            "visibility": str,
            "created_at": str,
        },
        pk="id",
        not_null={"guild_id", "token", "title", "visibility", "created_at"},
    )
    db["qa_events"].create(
        {"id": int, "guild_id": int, "kind": str, "post_id": int, "at": str},
        pk="id",
        not_null={"guild_id", "kind", "at"},
    )
    db["qa_events"].create_index(["guild_id", "kind"])
    db["qa_replies"].create(
        {"guild_id": int, "name": str, "text": str, "saved_by": int, "saved_at": str},
        pk=("guild_id", "name"),
        not_null={"text", "saved_at"},
    )


def _v7(db: sqlite_utils.Database) -> None:
    """Staff answers the bot posted for staff (a follow-up through the webhook, a saved reply): who wrote them and
    their words, so they can be marked or endorsed like any reply (Discord shows the bot as their author)."""
    db["qa_staff_messages"].create(
        {"message_id": int, "guild_id": int, "post_id": int, "author_id": int, "text": str, "at": str},
        pk="message_id",
        not_null={"guild_id", "post_id", "author_id", "text", "at"},
    )


def _v8(db: sqlite_utils.Database) -> None:
    """Submissions per assignment PART (hostile5 1, 2): the key gains the part label, so a course that counts
    parts separately keeps every part, and a one-part export updates that part only. Rows kept from before have
    the part "" (the assignment as a whole, as it was stored); grace_records replaces them once an export holds
    the whole assignment again."""
    db.execute(
        "CREATE TABLE submissions_v8 (guild_id INTEGER, email TEXT, assignment_id TEXT, part TEXT NOT NULL "
        "DEFAULT '', submitted_at TEXT, lateness_s FLOAT, import_id INTEGER, "
        "PRIMARY KEY (guild_id, email, assignment_id, part))"
    )
    db.execute(
        "INSERT INTO submissions_v8 (guild_id, email, assignment_id, part, submitted_at, lateness_s, import_id) "
        "SELECT guild_id, email, assignment_id, '', submitted_at, lateness_s, import_id FROM submissions"
    )
    db.execute("DROP TABLE submissions")
    db.execute("ALTER TABLE submissions_v8 RENAME TO submissions")


def _v9(db: sqlite_utils.Database) -> None:
    """One post per forum thread (hostile6 1): a thread seen twice (a live event and a restart's catch-up, or two
    processes on one database) is recorded once, by a unique key rather than a check first. A thread recorded twice
    before keeps its first post; the later copies lose the thread and are marked deleted."""
    db.execute(
        "UPDATE qa_posts SET thread_id = NULL, status = 'deleted', deleted_at = updated_at "
        "WHERE thread_id IS NOT NULL AND id NOT IN (SELECT MIN(id) FROM qa_posts WHERE thread_id IS NOT NULL "
        "GROUP BY thread_id)"
    )
    db.execute("DROP INDEX IF EXISTS idx_qa_posts_thread_id")
    db.execute(
        "CREATE UNIQUE INDEX IF NOT EXISTS qa_posts_one_per_thread ON qa_posts (thread_id) WHERE thread_id IS NOT NULL"
    )


def _v10(db: sqlite_utils.Database) -> None:
    """One live FAQ entry per question of a server's FAQ (review6 4): two imports at once (the bot and the command
    line) cannot both add a row, by a unique key rather than a check first. A question live twice before keeps its
    first entry; the later copies are retired (withdrawn by the bot, -1, as of their making) and leave the index."""
    duplicates = (
        "SELECT id FROM qa_entries WHERE origin IS NOT NULL AND withdrawn_at IS NULL AND id NOT IN "
        "(SELECT MIN(id) FROM qa_entries WHERE origin IS NOT NULL AND withdrawn_at IS NULL GROUP BY guild_id, origin)"
    )
    db.execute(f"DELETE FROM qa_index WHERE rowid IN ({duplicates})")  # noqa: S608 (a constant)
    db.execute(
        f"UPDATE qa_entries SET withdrawn_at = created_at, withdrawn_by = -1 WHERE id IN ({duplicates})"  # noqa: S608
    )
    db.execute(
        "CREATE UNIQUE INDEX IF NOT EXISTS qa_entries_one_live_per_origin ON qa_entries (guild_id, origin) "
        "WHERE origin IS NOT NULL AND withdrawn_at IS NULL"
    )


# The course switches the audit trail holds (/setup course writes {"course": new, "from": old} at the switch's instant).
_SWITCHES = (
    "FROM audit a WHERE a.guild_id = {0}.guild_id AND a.action = 'setup' AND json_valid(a.detail) "
    "AND json_extract(a.detail, '$.course') IS NOT NULL"
)


def _v11(db: sqlite_utils.Database) -> None:
    """The course a forum's posts, its counted events and its retired suggestions belong to (issue 13): a server
    that switches course lists, searches, counts and pings about its current course's posts only, and switching
    back brings the old ones back. NULL: made for the course the server follows now (a switch stamps them with the
    course it leaves). Rows kept from before take the course their server followed when they were made, by the
    switches in the audit trail (before its first recorded switch: the course that switch left), else the course it
    picked last, when it picked one; a suggestion a switch retired takes the course that switch left."""
    # a setting that is not JSON (hand-edited) picked nothing, rather than stopping the upgrade
    picked = (
        "(SELECT CASE WHEN json_valid(g.config) THEN json_extract(g.config, '$.course_id') END "
        "FROM guild_config g WHERE g.guild_id = {0}.guild_id)"
    )
    followed = (
        "COALESCE((SELECT json_extract(a.detail, '$.course') " + _SWITCHES + " AND a.at <= {0}.{1} "
        "ORDER BY a.at DESC, a.id DESC LIMIT 1), (SELECT json_extract(a.detail, '$.from') " + _SWITCHES + " AND "
        "a.at > {0}.{1} ORDER BY a.at, a.id LIMIT 1), " + picked + ")"
    )
    # an entry live now is the current course's; one a switch retired (withdrawn by the bot at the switch's instant)
    # is the course it left; any other withdrawn one stays without a course (never brought back by a switch)
    left = (
        "(SELECT json_extract(a.detail, '$.from') " + _SWITCHES + " AND a.at = {0}.withdrawn_at "
        "ORDER BY a.id DESC LIMIT 1) WHERE withdrawn_by = -1 AND withdrawn_at IS NOT NULL"
    )
    stamps = {"qa_posts": followed.format("qa_posts", "created_at"), "qa_events": followed.format("qa_events", "at")}
    stamps["qa_entries"] = left.format("qa_entries")
    for table, course in stamps.items():
        if "course" in db[table].columns_dict:
            continue  # as IF NOT EXISTS does for the other steps' indexes: a step run again changes nothing
        db.execute(f"ALTER TABLE {table} ADD COLUMN course TEXT")
        db.execute(f"UPDATE {table} SET course = {course}")  # noqa: S608 (constants)
    db.execute("CREATE INDEX IF NOT EXISTS qa_posts_by_course ON qa_posts (guild_id, course, status)")


# A post v9 retired: a second record of a forum thread, its thread taken away (nothing else takes a forum post's
# thread). Its kept row is the one of the same server that holds the thread it was a copy of: the thread's starter
# has the thread's id, or, with no starter recorded, the only post of that channel, title and author with a thread.
_V9_RETIRED = "r.via = 'forum' AND r.status = 'deleted' AND r.thread_id IS NULL"
_V9_KEPT = (
    "SELECT k.id FROM qa_posts k WHERE k.guild_id = r.guild_id AND k.thread_id IS NOT NULL AND k.id < r.id AND "
    "(k.thread_id = r.starter_id OR k.starter_id = r.starter_id)"
)
_V9_KEPT_BY_TITLE = (
    "SELECT MIN(k.id) FROM qa_posts k WHERE k.guild_id = r.guild_id AND k.thread_id IS NOT NULL AND k.id < r.id AND "
    "k.via = 'forum' AND k.channel_id IS r.channel_id AND k.title = r.title AND k.author_id IS r.author_id "
    "HAVING COUNT(*) = 1"
)


def _v12(db: sqlite_utils.Database) -> None:
    """What pointed at a post v9 retired points at the post it kept (issue 13): a post closed as a duplicate of it, a
    suggestion (an endorsement) made from it, a staff answer the bot posted in it, a counted event. A suggestion of
    the retired post whose kept post has a live one of its own is retired (by the bot, -1) and leaves the index. A
    post that was closed as a duplicate of its own copy is open again."""
    db.execute("CREATE TEMP TABLE v12_kept (retired INTEGER PRIMARY KEY, kept INTEGER NOT NULL)")
    try:
        db.execute(
            "INSERT INTO v12_kept (retired, kept) SELECT retired, kept FROM (SELECT r.id AS retired, "  # noqa: S608
            f"COALESCE(({_V9_KEPT} ORDER BY k.id LIMIT 1), CASE WHEN r.starter_id IS NULL THEN ({_V9_KEPT_BY_TITLE}) "
            f"END) AS kept FROM qa_posts r WHERE {_V9_RETIRED}) WHERE kept IS NOT NULL"
        )
        kept_of = "(SELECT kept FROM v12_kept WHERE retired = {0})"
        db.execute(
            f"UPDATE qa_posts SET duplicate_of = {kept_of.format('duplicate_of')} "  # noqa: S608 (constants)
            "WHERE duplicate_of IN (SELECT retired FROM v12_kept)"
        )
        # A kept post closed as a duplicate of its own retired copy would now be a duplicate of itself (which the bot
        # refuses): it is open again instead, answered when it has an answer.
        db.execute(
            "UPDATE qa_posts SET duplicate_of = NULL, status = CASE WHEN answer_id IS NULL THEN 'unanswered' "
            "ELSE 'answered' END WHERE duplicate_of = id"
        )
        doubled = (
            "SELECT e.id FROM qa_entries e JOIN v12_kept m ON e.post_id = m.retired WHERE e.withdrawn_at IS NULL AND "
            "EXISTS (SELECT 1 FROM qa_entries o WHERE o.post_id = m.kept AND o.withdrawn_at IS NULL)"
        )
        db.execute(f"DELETE FROM qa_index WHERE rowid IN ({doubled})")  # noqa: S608 (constants)
        db.execute(
            f"UPDATE qa_entries SET withdrawn_at = created_at, withdrawn_by = -1 WHERE id IN ({doubled})"  # noqa: S608
        )
        for table in ("qa_entries", "qa_staff_messages", "qa_events"):
            db.execute(
                f"UPDATE {table} SET post_id = {kept_of.format('post_id')} "  # noqa: S608 (constants)
                "WHERE post_id IN (SELECT retired FROM v12_kept)"
            )
    finally:
        db.execute("DROP TABLE v12_kept")


# The delivery log's changes, numbered (v13): each write to a row gives it the next number of one counter, and a row
# deleted or renamed leaves its old key behind under a number of its own, so a process that read the log up to some
# number reads only what changed since (bot.announce.finished_log). Triggers, not the code's writes, give the numbers:
# every writer is counted, a previous version running on the same file (an overlapping deploy) included.
_DELIVERY_TRIGGERS = (
    "CREATE TRIGGER IF NOT EXISTS deliveries_numbered_on_insert AFTER INSERT ON deliveries BEGIN "
    "UPDATE delivery_changes SET seq = seq + 1; "
    "UPDATE deliveries SET seq = (SELECT seq FROM delivery_changes) WHERE rowid = NEW.rowid; END",
    # A changed owner or lease (a claim taken over) changes nothing the log's readers keep: not counted.
    "CREATE TRIGGER IF NOT EXISTS deliveries_numbered_on_update "
    "AFTER UPDATE OF guild_id, key, status, claimed_at, note ON deliveries BEGIN "
    "UPDATE delivery_changes SET seq = seq + 1 WHERE OLD.guild_id IS NOT NEW.guild_id OR OLD.key IS NOT NEW.key; "
    "INSERT INTO deliveries_removed (seq, guild_id, key) SELECT seq, OLD.guild_id, OLD.key FROM delivery_changes "
    "WHERE OLD.guild_id IS NOT NEW.guild_id OR OLD.key IS NOT NEW.key; "
    "UPDATE delivery_changes SET seq = seq + 1; "
    "UPDATE deliveries SET seq = (SELECT seq FROM delivery_changes) WHERE rowid = NEW.rowid; END",
    "CREATE TRIGGER IF NOT EXISTS deliveries_numbered_on_delete AFTER DELETE ON deliveries BEGIN "
    "UPDATE delivery_changes SET seq = seq + 1; "
    "INSERT INTO deliveries_removed (seq, guild_id, key) SELECT seq, OLD.guild_id, OLD.key FROM delivery_changes; END",
)


def _v13(db: sqlite_utils.Database) -> None:
    """The delivery log's changes are numbered (fix-deliveries): an announcement sweep reads what changed since its
    last read, not the whole log of a server. Rows kept from before are number 0 (read once, by a process's first
    sweep); the counter starts at 0, so every later write is numbered after them."""
    if "seq" not in db["deliveries"].columns_dict:
        db.execute("ALTER TABLE deliveries ADD COLUMN seq INTEGER NOT NULL DEFAULT 0")
    db.execute("CREATE INDEX IF NOT EXISTS deliveries_by_change ON deliveries (guild_id, seq)")
    db.execute(
        "CREATE TABLE IF NOT EXISTS delivery_changes (id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER NOT NULL)"
    )
    db.execute("INSERT OR IGNORE INTO delivery_changes (id, seq) VALUES (1, 0)")
    db.execute(
        "CREATE TABLE IF NOT EXISTS deliveries_removed "
        "(seq INTEGER PRIMARY KEY, guild_id INTEGER NOT NULL, key TEXT NOT NULL)"
    )
    db.execute("CREATE INDEX IF NOT EXISTS deliveries_removed_by_server ON deliveries_removed (guild_id, seq)")
    for trigger in _DELIVERY_TRIGGERS:
        db.execute(trigger)


def _v14(db: sqlite_utils.Database) -> None:
    """An import is its file AND what the file was read as (hostile12 1): `read_as` holds the (assignment, part)
    pairs it was read as (NULL for imports kept from before: their `assignments` stand in), `named` marks a
    one-assignment export read as the assignment staff named (the only reading that can be wrong), and an import can be
    taken back: `import_prior` keeps each record it wrote or removed as it was before, and `taken_back_by` names the
    import that took it back."""
    if "read_as" not in db["imports"].columns_dict:
        db.execute("ALTER TABLE imports ADD COLUMN read_as TEXT")
    if "taken_back_by" not in db["imports"].columns_dict:
        db.execute("ALTER TABLE imports ADD COLUMN taken_back_by INTEGER")
    if "named" not in db["imports"].columns_dict:
        db.execute("ALTER TABLE imports ADD COLUMN named INTEGER NOT NULL DEFAULT 0")
    db.execute(
        "CREATE TABLE IF NOT EXISTS import_prior (import_id INTEGER NOT NULL, guild_id INTEGER NOT NULL, "
        "email TEXT NOT NULL, assignment_id TEXT NOT NULL, part TEXT NOT NULL, wrote INTEGER NOT NULL, "
        "had INTEGER NOT NULL, submitted_at TEXT, lateness_s FLOAT, prior_import_id INTEGER)"
    )
    db.execute("CREATE INDEX IF NOT EXISTS import_prior_by_import ON import_prior (import_id)")
    db.execute("CREATE INDEX IF NOT EXISTS imports_by_digest ON imports (guild_id, digest)")


MIGRATIONS: tuple[Callable[[sqlite_utils.Database], None], ...] = (
    *(_v1, _v2, _v3, _v4, _v5, _v6, _v7, _v8, _v9, _v10, _v11, _v12, _v13, _v14),
)
SCHEMA_VERSION = len(MIGRATIONS)


@functools.cache
def tables_at(version: int) -> frozenset[str]:
    """The tables a database of this schema version has (built in memory from the steps themselves)."""
    db = sqlite_utils.Database(memory=True)
    try:
        for step in MIGRATIONS[:version]:
            step(db)
        return frozenset(db.table_names())
    finally:
        db.close()
