"""Upgrades: every earlier schema version (as the released code wrote it) upgrades with its data intact and its
times in UTC; a step that fails halfway, DDL included, leaves the database as it was."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

import bot.store.database as database
from bot.store.database import Store
from bot.store.encoding import from_db
from bot.store.problems import DatabaseProblem
from bot.store.schema import (
    _V3_TIME_COLUMNS,
    APPLICATION_ID,
    LAST_UNMARKED_VERSION,
    MIGRATIONS,
    SCHEMA_VERSION,
    MigrationError,
    tables_at,
)
from tests.conftest import FIXTURES, NY

# Every released version before the current one (a fixture each): the course forum's step (v6) runs on all of them.
VERSIONS = tuple(range(1, SCHEMA_VERSION))
UTC = dt.UTC


# The course forum's rows every version from v6 holds (added to each fixture by the generic tests below): a post of
# each status, an anonymous one, counted events, and live, staff-withdrawn and retired suggestions, in the fixtures'
# server (which never picked a course) and in server 4000, which picked stat-187-f24 (audited) before its posts.
FORUM_SINCE = 6
FORUM_ROWS = (
    "INSERT INTO guild_config VALUES (4000, '{\"course_id\": \"stat-187-f24\"}', '2024-02-01T14:00:00.000000Z');"
    "INSERT INTO audit (at, guild_id, user_id, action, detail) VALUES ('2024-02-01T14:00:00.000000Z', 4000, 7, "
    '\'setup\', \'{"course": "stat-187-f24", "from": null}\');'
    "INSERT INTO qa_posts (id, guild_id, thread_id, channel_id, starter_id, starter_ours, title, body, topic, "
    "visibility, author_id, key_digest, via, status, created_at, updated_at, answered_at, answer_id, answer_text, "
    "answer_by_staff, endorsed, duplicate_of, resolved_at, deleted_at) VALUES "
    "(901, 4000, 9901, 500, 9901, 0, 'waiting', 'b', 'hw1', 'public', 5, NULL, 'forum', 'unanswered', "
    "'2024-03-01T15:00:00.000000Z', '2024-03-01T15:00:00.000000Z', NULL, NULL, NULL, 0, 0, NULL, NULL, NULL),"
    "(902, 4000, 9902, 500, 9912, 1, 'answered', 'b', 'hw1', 'public', 5, NULL, 'question', 'answered', "
    "'2024-03-01T16:00:00.000000Z', '2024-03-02T16:00:00.000000Z', '2024-03-02T16:00:00.000000Z', 99021, "
    "'Use driver 3.', 1, 1, NULL, NULL, NULL),"
    "(903, 4000, 9903, 500, 9903, 0, 'resolved', 'b', 'hw2', 'public', 6, NULL, 'forum', 'resolved', "
    "'2024-03-01T17:00:00.000000Z', '2024-03-03T17:00:00.000000Z', '2024-03-02T17:00:00.000000Z', 99031, 'Yes.', 0, "
    "0, NULL, '2024-03-03T17:00:00.000000Z', NULL),"
    "(904, 4000, 9904, 500, 9904, 0, 'duplicate', 'b', 'hw1', 'public', 6, NULL, 'forum', 'duplicate', "
    "'2024-03-01T18:00:00.000000Z', '2024-03-01T19:00:00.000000Z', NULL, NULL, NULL, 0, 0, 902, NULL, NULL),"
    "(905, 4000, 9905, 500, 9905, 0, 'deleted', 'b', 'hw1', 'public', 6, NULL, 'forum', 'deleted', "
    "'2024-03-01T20:00:00.000000Z', '2024-03-01T21:00:00.000000Z', NULL, NULL, NULL, 0, 0, NULL, NULL, "
    "'2024-03-01T21:00:00.000000Z'),"
    "(906, 1000, 9906, 500, 9916, 1, 'anonymous', 'b', 'other', 'hidden', NULL, 'k3y', 'question', 'unanswered', "
    "'2024-03-04T15:00:00.000000Z', '2024-03-04T15:00:00.000000Z', NULL, NULL, NULL, 0, 0, NULL, NULL, NULL);"
    "INSERT INTO qa_events (guild_id, kind, post_id, at) VALUES (4000, 'posted', 901, '2024-03-01T15:00:00.000000Z'),"
    "(4000, 'answered', 902, '2024-03-02T16:00:00.000000Z'), (1000, 'posted', 906, '2024-03-04T15:00:00.000000Z');"
    "INSERT INTO qa_entries (id, guild_id, source, post_id, question, answer, endorsed, message_id, origin, "
    "question_terms, answer_terms, created_at, endorsed_by, endorsed_at, withdrawn_at, withdrawn_by) VALUES "
    "(901, 4000, 'forum', 902, 'answered', 'Use driver 3.', 1, 99021, NULL, 'answered', 'use driver', "
    "'2024-03-02T16:00:00.000000Z', 7, '2024-03-02T16:00:00.000000Z', NULL, NULL),"
    "(902, 4000, 'forum', 903, 'resolved', '', 0, 99031, NULL, 'resolved', '', '2024-03-02T17:00:00.000000Z', NULL, "
    "NULL, '2024-03-03T17:00:00.000000Z', 7),"
    "(903, 4000, 'faq', NULL, 'old faq', 'gone', 1, NULL, 'old faq', 'old faq', 'gone', "
    "'2024-02-02T10:00:00.000000Z', 7, '2024-02-02T10:00:00.000000Z', '2024-02-03T10:00:00.000000Z', -1);"
)
# Each forum row's course after the upgrade: its server's pick when made (server 4000's), none for the fixtures'
# server, none for a suggestion no switch retired.
COURSE_OF_SERVER = {4000: "stat-187-f24"}

# Columns later steps added to existing tables, with the value rows kept from before get (a function: of the row).
ADDED_COLUMNS = {
    ("submissions", "part"): "",
    ("qa_posts", "course"): lambda row: COURSE_OF_SERVER.get(row["guild_id"]),
    ("qa_events", "course"): lambda row: COURSE_OF_SERVER.get(row["guild_id"]),
    ("qa_entries", "course"): None,
    ("deliveries", "seq"): 0,  # rows kept from before are read once, by a process's first sweep
    ("imports", "read_as"): None,  # imports kept from before: their `assignments` say what they were read as
    ("imports", "taken_back_by"): None,
    ("imports", "named"): 0,
}


def _forum_rows(version: int) -> str:
    return FORUM_ROWS if version >= FORUM_SINCE else ""


def old_database(tmp_path: Path, version: int, *, tweak: str = "") -> Path:
    """A database file as the code of that version left it (tests/fixtures/store/v<N>.sql), plus `tweak` SQL."""
    path = tmp_path / f"v{version}.db"
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.executescript((FIXTURES / "store" / f"v{version}.sql").read_text() + tweak)
    return path


def dump(path: Path) -> dict[str, list[tuple]]:
    """Every table's rows, in rowid order (tables without one, like a full-text index's own, in value order), read
    with plain sqlite3."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {n: _rows(conn, n) for n in names}


def _rows(conn: sqlite3.Connection, table: str) -> list[tuple]:
    try:
        return conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()  # noqa: S608
    except sqlite3.OperationalError:  # WITHOUT ROWID, or a virtual table that has none
        return sorted(conn.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)  # noqa: S608


def columns(path: Path, table: str) -> list[str]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]


def header(path: Path) -> tuple[int, int]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return conn.execute("PRAGMA user_version").fetchone()[0], conn.execute("PRAGMA application_id").fetchone()[0]


@pytest.mark.parametrize("version", VERSIONS)
def test_every_earlier_version_upgrades_with_its_data_intact(tmp_path, version):
    """Every row survives; every time column holds the same instant, now as fixed-width UTC; nothing else moves."""
    path = old_database(tmp_path, version, tweak=_forum_rows(version))
    before = dump(path)
    old_names = {table: columns(path, table) for table in before}
    # Databases of the first versions carry no mark; later ones do.
    assert header(path) == (version, 0 if version <= LAST_UNMARKED_VERSION else APPLICATION_ID)
    Store(path).close()
    after = dump(path)
    assert header(path) == (SCHEMA_VERSION, APPLICATION_ID)
    assert set(after) == tables_at(SCHEMA_VERSION)
    for table, rows in before.items():
        assert len(after[table]) == len(rows), table
        times = _V3_TIME_COLUMNS.get(table, ())
        names = columns(path, table)
        for old, new in zip(rows, after[table], strict=True):
            was_by_name = dict(zip(old_names[table], old, strict=True))
            for name, now in zip(names, new, strict=True):
                if (table, name) in ADDED_COLUMNS and name not in was_by_name:
                    added = ADDED_COLUMNS[table, name]
                    assert now == (added(was_by_name) if callable(added) else added), (table, name, old)
                    continue
                was = was_by_name[name]
                if name in times and was is not None:
                    assert now.endswith("Z")
                    assert len(now) == len("2024-01-01T00:00:00.000000Z")
                    assert from_db(now) == dt.datetime.fromisoformat(was), (table, name)
                else:
                    assert now == was, (table, name)


@pytest.mark.parametrize("version", VERSIONS)
def test_upgraded_data_reads_back_through_the_store(tmp_path, version):
    """After the upgrade the typed rows hold the instants that were written, in the store's zone."""
    store = Store(old_database(tmp_path, version, tweak=_forum_rows(version)), zone=NY)
    try:
        assert store.published.exam_forms(1000) == {"exam1": "https://forms.example/exam1"}
        assert store.published.exam_forms(None) == {"exam2": "https://forms.example/exam2"}  # outside a server
        published = store.published.grades(1000)["hw1"]
        assert published == dt.datetime(2024, 3, 10, 10, 0, tzinfo=NY)
        assert published.tzinfo is NY
        assert store.meta.get("commands_hash:global") == "abc123"
        assert [e.action for e in store.audit.latest(1000)][-1] == "exam.set_form"
        if version >= 2:
            posts = store.staff_posts.scheduled(1000)
            # 13:30 UTC comes before 10:00 EDT (14:00 UTC), although its old text sorted after it.
            assert [p.message for p in posts] == ["UTC post, first in time", "EDT post, second in time"]
            assert store.deliveries.last_sent() == dt.datetime(2024, 2, 12, 9, 0, tzinfo=NY)
            (sub,) = store.reminders.subscriptions()
            assert (sub.kinds, sub.offsets, sub.section) == (("deadline", "exam"), (1440, 120), "10-605")
            assert sub.created_at == dt.datetime(2024, 2, 5, 12, 0, tzinfo=NY)
            assert store.reminders.dms_closed(43)
        if version >= 3:
            (grant,) = store.grace.grants(1000, "ben@andrew.cmu.edu")
            assert grant.new_due == dt.datetime(2024, 3, 12, 23, 59, tzinfo=NY)
            (submission,) = store.grace.submissions(1000, "ben@andrew.cmu.edu")
            assert submission.submitted_at == dt.datetime(2024, 1, 25, 1, 30, tzinfo=NY)
            assert store.links.request_for(1000, 88).email == "cy@andrew.cmu.edu"
        if version >= 5:
            (notice,) = store.notices.take(1000, 77, dt.datetime(2024, 3, 7, tzinfo=NY))
            assert (notice.kind, notice.created_at) == ("link.moved_away", dt.datetime(2024, 3, 6, 10, 0, tzinfo=NY))
        if version < FORUM_SINCE:
            assert store.qa_posts.listed(1000) == []  # the forum's tables are there, empty
            return
        course = "stat-187-f24"
        stamped = course if version < 11 else None  # v11's own rows were made for the course followed now
        posts = store.qa_posts.listed(4000, course=course)
        assert [(p.id, p.status, p.course) for p in posts] == [
            (901, "unanswered", stamped),
            (902, "answered", stamped),
            (903, "resolved", stamped),
            (904, "duplicate", stamped),
            (905, "deleted", stamped),
        ]
        answered = store.qa_posts.get(902)
        assert (answered.answer_text, answered.endorsed, answered.answered_at) == (
            "Use driver 3.",
            True,
            dt.datetime(2024, 3, 2, 11, 0, tzinfo=NY),
        )
        assert store.qa_posts.get(904).duplicate_of == 902
        if version < 11:
            assert store.qa_posts.listed(4000, course="10-605-s24") == []  # another course's list leaves them out
        (anonymous,) = store.qa_posts.listed(1000, ("unanswered",))
        assert (anonymous.author_id, anonymous.key_digest, anonymous.course) == (None, "k3y", None)
        assert store.qa_events.counts(4000, course=course) == store.qa_events.counts(4000)
        assert [(e.id, e.endorsed, e.answer) for e in store.qa_entries.active(4000)] == [(901, True, "Use driver 3.")]
        assert store.qa_entries.restore_course(4000, course) == 0  # what no switch retired never comes back
    finally:
        store.close()


def test_an_upgraded_lease_compares_as_time(tmp_path):
    """A claim held until 10:01 EST is still held at 15:00:30 UTC and taken over at 15:01 UTC (in SQL)."""
    store = Store(old_database(tmp_path, 2))
    key, lease = "deadline:hw3:2880m:channel", dt.timedelta(seconds=90)
    try:
        assert not store.deliveries.claim(1000, key, "me", dt.datetime(2024, 2, 12, 15, 0, 30, tzinfo=UTC), lease)
        assert store.deliveries.claim(1000, key, "me", dt.datetime(2024, 2, 12, 15, 1, tzinfo=UTC), lease)
        assert store.deliveries.get(1000, key).owner == "me"
    finally:
        store.close()


def test_an_upgraded_database_has_the_schema_of_a_new_one(tmp_path):
    """Same tables, same columns: old databases do not drift from new ones."""
    old = old_database(tmp_path, 1)
    Store(old).close()
    new = tmp_path / "new.db"
    Store(new).close()
    for table in tables_at(SCHEMA_VERSION):
        assert columns(old, table) == columns(new, table), table


def test_a_bad_stored_time_stops_the_upgrade_and_changes_nothing(tmp_path):
    """One unreadable time: the step is refused with its place named; the database stays v3, every value as it was."""
    path = old_database(tmp_path, 3, tweak="UPDATE staff_posts SET at = 'next tuesday' WHERE id = 2;")
    before = dump(path)
    with pytest.raises(DatabaseProblem, match=r"from schema v3 to v4 \(staff_posts.at, row 2: 'next tuesday'"):
        Store(path)
    assert dump(path) == before
    assert header(path) == (3, 0)


def _failing_step(db) -> None:
    """Creates a table, writes to it, then fails: what a bug halfway through a real step looks like."""
    db["half_done"].create({"id": int}, pk="id")
    db["half_done"].insert({"id": 1})
    db.execute("INSERT INTO no_such_table VALUES (1)")


@pytest.mark.parametrize("start", [0, 3, SCHEMA_VERSION])
def test_a_step_that_fails_halfway_leaves_the_schema_as_it_was(tmp_path, monkeypatch, start):
    """DDL included: no table is left behind, the version does not move, and the next start (fixed code) works."""
    path = tmp_path / "bot.db" if start in (0, SCHEMA_VERSION) else old_database(tmp_path, start)
    if start == SCHEMA_VERSION:
        Store(path).close()
    before = dump(path) if path.exists() else {}
    monkeypatch.setattr(database, "MIGRATIONS", (*MIGRATIONS[: max(start, 0)], _failing_step))
    with pytest.raises(DatabaseProblem, match=rf"could not be upgraded from schema v{start} to v{start + 1}"):
        Store(path)
    assert "half_done" not in dump(path)
    assert dump(path) == before
    assert header(path)[0] == start
    monkeypatch.undo()
    store = Store(path)  # never "table already exists"
    assert store.version == SCHEMA_VERSION
    store.close()


def test_a_step_raising_its_own_error_is_reported_with_it(tmp_path, monkeypatch):
    """A MigrationError's message reaches the operator."""

    def refuse(db):
        db["half_done"].create({"id": int}, pk="id")
        raise MigrationError("the data is not what this step expects")

    monkeypatch.setattr(database, "MIGRATIONS", (refuse,))
    with pytest.raises(DatabaseProblem, match="the data is not what this step expects"):
        Store(tmp_path / "bot.db")
    assert "half_done" not in dump(tmp_path / "bot.db")


def test_an_upgrade_another_process_finished_first_is_not_run_twice(tmp_path, monkeypatch):
    """Two processes start on an old database at once: the one that waited for the lock finds the step done."""
    path = old_database(tmp_path, 3)
    real = database._immediate
    raced = []

    @contextlib.contextmanager
    def other_process_first(db):
        if not raced:
            raced.append(True)
            Store(path).close()  # another process upgrades everything while this one waits for the lock
        with real(db):
            yield

    monkeypatch.setattr(database, "_immediate", other_process_first)
    store = Store(path)
    assert raced
    assert store.version == SCHEMA_VERSION
    assert store.staff_posts.scheduled(1000)[0].message == "UTC post, first in time"
    store.close()


def test_history_is_the_released_schema(tmp_path):
    """The steps for v1-v3 still build exactly the tables the released code made (never edit a released step)."""
    for version in VERSIONS:
        assert tables_at(version) == set(dump(old_database(tmp_path, version))), version


def test_v9_keeps_one_post_per_thread_and_refuses_a_second(tmp_path):
    """A thread recorded twice before v9 (two processes, or a live event and a catch-up) keeps its first post; the
    copy is marked deleted, and from then on a second record of one thread is refused by the key itself."""
    tweak = (
        "INSERT INTO qa_posts (id, guild_id, thread_id, title, visibility, via, status, created_at, updated_at) VALUES "
        "(1, 1000, 777, 'same thread', 'public', 'forum', 'unanswered', '2024-03-01T15:00Z', '2024-03-01T15:00Z'), "
        "(2, 1000, 777, 'same thread', 'public', 'forum', 'unanswered', '2024-03-01T15:00Z', '2024-03-01T15:00Z');"
    )
    store = Store(old_database(tmp_path, 8, tweak=tweak), zone=NY)
    try:
        assert store.qa_posts.by_thread(777).id == 1
        copy = store.qa_posts.get(2)
        assert (copy.thread_id, copy.status) == (None, "deleted")
        again = store.qa_posts.add_for_thread(
            1000,
            777,
            title="same thread",
            body="",
            author_id=5,
            now=dt.datetime(2024, 3, 2, tzinfo=NY),
            channel_id=2002,
            starter_id=777,
        )
        assert again is None
        assert [p.id for p in store.qa_posts.listed(1000) if p.thread_id == 777] == [1]
    finally:
        store.close()


def test_v10_keeps_one_live_faq_entry_per_question_and_refuses_a_second(tmp_path):
    """An FAQ question live twice before v10 (two imports at once) keeps its first entry; the copy is retired and
    leaves the index, and from then on a second live entry of one question is refused by the key itself."""
    columns_ = "guild_id, source, question, answer, origin, question_terms, answer_terms, created_at"
    tweak = (
        f"INSERT INTO qa_entries (id, {columns_}) VALUES "  # noqa: S608 (constants)
        "(1, 1000, 'faq', 'Can I use R?', 'No.', 'can i use r', 'can use r', 'no', '2024-03-01T15:00:00.000000Z'), "
        "(2, 1000, 'faq', 'Can I use R?', 'No.', 'can i use r', 'can use r', 'no', '2024-03-01T15:00:00.000000Z'), "
        "(3, 2000, 'faq', 'Can I use R?', 'No.', 'can i use r', 'can use r', 'no', '2024-03-01T15:00:00.000000Z');"
    )
    path = old_database(tmp_path, 9, tweak=tweak)
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:  # the index is read afresh by a new connection
        conn.execute(
            "INSERT INTO qa_index (rowid, question, answer) SELECT id, question_terms, answer_terms FROM qa_entries"
        )
    store = Store(path, zone=NY)
    try:
        assert [e.id for e in store.qa_entries.active(1000)] == [1]
        assert [e.id for e in store.qa_entries.active(2000)] == [3]  # another server's same question is its own
        assert [e.id for e in store.qa_entries.candidates(1000, ["r"])] == [1]
        with pytest.raises(sqlite3.IntegrityError):
            store.db.execute(
                f"INSERT INTO qa_entries ({columns_}) VALUES "  # noqa: S608
                "(1000, 'faq', 'Can I use R?', 'No.', 'can i use r', 'q', 'a', '2024-03-02T15:00:00.000000Z')"
            )
    finally:
        store.close()


_POST_COLUMNS = "id, guild_id, thread_id, starter_id, channel_id, title, author_id, visibility, via, status"


def _post(pid, guild, thread, starter, title, status="unanswered", channel=2002, author=5):
    """A qa_posts row (a forum post) as SQL values."""
    thread_sql = "NULL" if thread is None else thread
    starter_sql = "NULL" if starter is None else starter
    return (
        f"({pid}, {guild}, {thread_sql}, {starter_sql}, {channel}, '{title}', {author}, 'public', 'forum', "
        f"'{status}', '2024-03-01T15:00:00.000000Z', '2024-03-01T15:00:00.000000Z')"
    )


def test_v11_gives_old_posts_and_events_the_course_their_server_picked(tmp_path):
    """Posts and counted events kept from before take the course their server picked (none when it never picked, or
    when its setting is not JSON: the upgrade goes on)."""
    tweak = (
        "INSERT INTO guild_config VALUES (2000, '{\"course_id\": \"10-605-s24\"}', '2024-02-01T14:00:00.000000Z');"
        "INSERT INTO guild_config VALUES (3000, 'not json', '2024-02-01T14:00:00.000000Z');"
        "INSERT INTO qa_posts (id, guild_id, thread_id, title, visibility, via, status, created_at, updated_at) VALUES "
        "(1, 1000, 701, 'a', 'public', 'forum', 'unanswered', '2024-03-01T15:00Z', '2024-03-01T15:00Z'), "
        "(2, 2000, 702, 'b', 'public', 'forum', 'unanswered', '2024-03-01T15:00Z', '2024-03-01T15:00Z'), "
        "(3, 3000, 703, 'c', 'public', 'forum', 'unanswered', '2024-03-01T15:00Z', '2024-03-01T15:00Z');"
        "INSERT INTO qa_events (guild_id, kind, at) VALUES (2000, 'asked', '2024-03-01T15:00Z');"
    )
    path = old_database(tmp_path, 10, tweak=tweak)
    Store(path).close()
    with contextlib.closing(sqlite3.connect(path)) as conn:
        posts = conn.execute("SELECT id, course FROM qa_posts ORDER BY id").fetchall()
        assert posts == [(1, None), (2, "10-605-s24"), (3, None)]
        assert conn.execute("SELECT course FROM qa_events").fetchall() == [("10-605-s24",)]


def test_v12_points_what_pointed_at_a_post_v9_retired_at_the_post_it_kept(tmp_path):
    """A thread recorded twice before v9 kept its first post: a post closed as a duplicate of the copy, the copy's
    endorsement, a staff answer and an event in it now point at the kept post; a second live suggestion of the same
    post is retired and leaves the index; a post deleted for another reason, and another server's, are left alone."""
    v8_posts = [
        _post(1, 1000, 777, 777, "same thread"),
        _post(2, 1000, 777, 777, "same thread"),  # v9 retires it
        _post(3, 1000, 888, None, "no starter"),
        _post(4, 1000, 888, None, "no starter"),  # v9 retires it
        _post(5, 1000, 999, 999, "closed", status="duplicate"),
        _post(6, 1000, 901, 901, "also closed", status="duplicate"),
        _post(7, 1000, None, None, "never posted", status="deleted"),
        _post(8, 2000, 555, 555, "other server"),
        _post(9, 2000, 555, 555, "other server"),  # v9 retires it
        _post(10, 1000, 902, 902, "dup of an unrelated deleted post", status="duplicate"),
    ]
    times = ", created_at, updated_at"
    entry = "'faq', 'q', 'a', 'q', 'a', '2024-03-01T15:00:00.000000Z'"
    tweak = (
        f"INSERT INTO qa_posts ({_POST_COLUMNS}{times}) VALUES {', '.join(v8_posts)};"  # noqa: S608 (constants)
        "UPDATE qa_posts SET duplicate_of = 2 WHERE id = 5; UPDATE qa_posts SET duplicate_of = 4 WHERE id = 6;"
        "UPDATE qa_posts SET duplicate_of = 7 WHERE id = 10;"
        "INSERT INTO qa_entries (id, guild_id, post_id, source, question, answer, question_terms, answer_terms, "
        f"created_at) VALUES (1, 1000, 2, {entry}), (2, 1000, 1, {entry}), (3, 1000, 4, {entry}), "
        f"(4, 2000, 9, {entry});"
        "INSERT INTO qa_staff_messages VALUES (9100, 1000, 4, 7, 'Answered.', '2024-03-02T15:00:00.000000Z');"
        "INSERT INTO qa_events (guild_id, kind, post_id, at) VALUES (1000, 'posted', 2, '2024-03-01T15:00Z');"
    )
    path = old_database(tmp_path, 8, tweak=tweak)
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        conn.execute(
            "INSERT INTO qa_index (rowid, question, answer) SELECT id, question_terms, answer_terms FROM qa_entries"
        )
    Store(path).close()
    with contextlib.closing(sqlite3.connect(path)) as conn:
        posts = dict(conn.execute("SELECT id, duplicate_of FROM qa_posts WHERE duplicate_of IS NOT NULL"))
        assert posts == {5: 1, 6: 3, 10: 7}
        entries = conn.execute("SELECT id, post_id, withdrawn_by FROM qa_entries ORDER BY id").fetchall()
        assert entries == [(1, 1, -1), (2, 1, None), (3, 3, None), (4, 8, None)]
        assert sorted(r for (r,) in conn.execute("SELECT rowid FROM qa_index")) == [2, 3, 4]
        assert conn.execute("SELECT post_id FROM qa_staff_messages WHERE message_id = 9100").fetchone() == (3,)
        assert conn.execute("SELECT post_id FROM qa_staff_messages WHERE message_id = 9001").fetchone() == (1,)
        assert conn.execute("SELECT post_id FROM qa_events WHERE kind = 'posted'").fetchall() == [(1,)]


@pytest.mark.parametrize(("answer", "status"), [(None, "unanswered"), (4321, "answered")])
def test_v12_never_closes_a_post_as_a_duplicate_of_itself(tmp_path, answer, status):
    """A kept post closed as a duplicate of its own v9-retired copy is open again (answered when it has an answer),
    never a duplicate of itself; a post closed as a duplicate of another's copy is left pointing at the kept one."""
    rows = [
        _post(1, 1000, 777, 777, "same thread", status="duplicate"),
        _post(2, 1000, 777, 777, "same thread"),  # v9 retires it: post 1 is kept
        _post(3, 1000, 888, 888, "another", status="duplicate"),
    ]
    tweak = (
        f"INSERT INTO qa_posts ({_POST_COLUMNS}, created_at, updated_at) VALUES {', '.join(rows)};"  # noqa: S608
        "UPDATE qa_posts SET duplicate_of = 2 WHERE id IN (1, 3);"
        f"UPDATE qa_posts SET answer_id = {answer or 'NULL'} WHERE id = 1;"
    )
    path = old_database(tmp_path, 8, tweak=tweak)
    Store(path).close()
    with contextlib.closing(sqlite3.connect(path)) as conn:
        got = conn.execute("SELECT id, status, duplicate_of FROM qa_posts WHERE id IN (1, 3) ORDER BY id").fetchall()
    assert got == [(1, status, None), (3, "duplicate", 1)]


def test_v11_gives_each_old_row_the_course_its_server_followed_then_by_the_audited_switches(tmp_path):
    """A server that followed 10-605 and switched to stat-187 (audited): a post and an event made before the switch
    are 10-605's, those after stat-187's; a suggestion the switch retired (withdrawn by the bot at its instant) is
    10-605's, so switching back brings it back; one an FAQ import retired at another time keeps no course."""
    tweak = (
        "INSERT INTO guild_config VALUES (2000, '{\"course_id\": \"stat-187-f24\"}', '2024-03-05T14:00:00.000000Z');"
        "INSERT INTO audit (at, guild_id, user_id, action, detail) VALUES "
        "('2024-02-20T14:00:00.000000Z', 2000, 7, 'setup', '{\"course\": \"10-605-s24\", \"from\": null}'),"
        "('2024-02-21T14:00:00.000000Z', 2000, 7, 'setup', '{\"channel_id\": 555}'),"
        '(\'2024-03-05T14:00:00.000000Z\', 2000, 7, \'setup\', \'{"course": "stat-187-f24", "from": "10-605-s24"}\');'
        "INSERT INTO qa_posts (id, guild_id, thread_id, title, visibility, via, status, created_at, updated_at) VALUES "
        "(1, 2000, 700, 'before any pick', 'public', 'forum', 'unanswered', '2024-02-01T15:00:00.000000Z', "
        "'2024-02-01T15:00:00.000000Z'),"
        "(2, 2000, 701, 'asked in 10-605', 'public', 'forum', 'unanswered', '2024-03-01T15:00:00.000000Z', "
        "'2024-03-01T15:00:00.000000Z'),"
        "(3, 2000, 702, 'asked in stat-187', 'public', 'forum', 'unanswered', '2024-03-06T15:00:00.000000Z', "
        "'2024-03-06T15:00:00.000000Z');"
        "INSERT INTO qa_events (guild_id, kind, post_id, at) VALUES (2000, 'posted', 2, '2024-03-01T15:00:00.000000Z'),"
        "(2000, 'posted', 3, '2024-03-06T15:00:00.000000Z');"
        "INSERT INTO qa_entries (id, guild_id, source, question, answer, question_terms, answer_terms, created_at, "
        "withdrawn_at, withdrawn_by, origin) VALUES "
        "(1, 2000, 'faq', 'q1', 'a1', 'q1', 'a1', '2024-02-25T15:00:00.000000Z', '2024-03-05T14:00:00.000000Z', -1, "
        "'q1'),"
        "(2, 2000, 'faq', 'q2', 'a2', 'q2', 'a2', '2024-02-25T15:00:00.000000Z', '2024-02-26T15:00:00.000000Z', -1, "
        "'q2'), (3, 2000, 'faq', 'q3', 'a3', 'q3', 'a3', '2024-03-06T15:00:00.000000Z', NULL, NULL, 'q3');"
    )
    path = old_database(tmp_path, 10, tweak=tweak)
    Store(path).close()
    with contextlib.closing(sqlite3.connect(path)) as conn:
        posts = conn.execute("SELECT id, course FROM qa_posts WHERE guild_id = 2000 ORDER BY id").fetchall()
        events = conn.execute("SELECT post_id, course FROM qa_events WHERE guild_id = 2000 ORDER BY id").fetchall()
        entries = conn.execute("SELECT id, course FROM qa_entries WHERE guild_id = 2000 ORDER BY id").fetchall()
    assert posts == [(1, "stat-187-f24"), (2, "10-605-s24"), (3, "stat-187-f24")]
    assert events == [(2, "10-605-s24"), (3, "stat-187-f24")]
    assert entries == [(1, "10-605-s24"), (2, None), (3, None)]


def test_v13_numbers_the_delivery_log_s_changes_whoever_writes_them(tmp_path):
    """After the upgrade the rows kept from before are read once (number 0), and every later write is numbered,
    including one by a previous version still running on the file, which names no number (plain SQL of v12's)."""
    path = old_database(tmp_path, 12)
    before = {row[1] for row in dump(path)["deliveries"] if row[0] == 1000 and row[2] != "claimed"}
    store = Store(path)
    try:
        kept = store.deliveries.changed_since(1000, -1)
        assert {c.seq for c in kept} == {0}
        assert {c.key for c in kept if c.status is not None} == before
        with contextlib.closing(sqlite3.connect(path)) as previous:  # v12's own insert
            previous.execute(
                "INSERT INTO deliveries (guild_id, key, status, owner, claimed_at, lease_until, late) "
                "VALUES (1000, 'staff:77', 'claimed', 'previous', '2024-03-01T12:00:00.000000Z', "
                "'2024-03-01T12:01:30.000000Z', 0)"
            )
            previous.execute("UPDATE deliveries SET status = 'sent' WHERE key = 'staff:77'")
            previous.commit()
        (written,) = store.deliveries.changed_since(1000, 0)
        assert (written.key, written.status, written.seq) == ("staff:77", "sent", 2)
    finally:
        store.close()
    MIGRATIONS[12](sqlite_utils.Database(path))  # run again (as another process that waited for the lock): no error
    assert columns(path, "deliveries")[-1] == "seq"
