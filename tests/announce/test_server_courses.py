"""Each server's course, in the plain logic: which course a server follows (or why none), announcements and DM
reminders planned from the server's own course, delivery keys that never mistake a new course's items for an old
one's, and what /setup course says follows a change."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from bot.announce.course_change import ServerRecords, renew_subscriptions, server_records, what_follows
from bot.announce.delivery import Announcer
from bot.announce.server_course import NoCourse, server_course
from bot.announce.server_setup import GuildSetup
from bot.core.answer import Answer
from bot.core.clock import FixedClock
from bot.core.render_text import answer_text
from bot.course.catalog import CourseCatalog
from bot.store.database import Store
from tests.announce.test_delivery import RecordingPoster
from tests.conftest import at, local, plain

A, B, NONE = 7, 8, 9  # servers: one follows 10-605, one STAT 187, one has not picked


def many(*courses) -> CourseCatalog:
    return CourseCatalog({c.id: c for c in courses}, courses[0].id, per_server=True)


def test_which_course_a_server_follows(course, second_course):
    """One course: every server's, even in DMs. Several: the picked one (any case); none picked, a course no
    longer served, or a DM: a message saying what to do, never a course."""
    one = CourseCatalog.single(course)
    assert server_course(one, None, None) is course
    assert server_course(one, A, GuildSetup(course_id="stat-187-f24")) is course
    both = many(course, second_course)
    assert server_course(both, B, GuildSetup(course_id="STAT-187-F24")) is second_course
    for server, setup, says in (
        (A, GuildSetup(), "has not picked its course yet"),
        (A, None, "has not picked its course yet"),
        (A, GuildSetup(course_id="math-101"), "'math-101', which this bot no longer serves"),
        (None, None, "in a direct message I can't tell which one"),
    ):
        found = server_course(both, server, setup)
        assert isinstance(found, NoCourse)
        assert says in found.message
        if server is not None:
            assert "/setup course" in found.message
            assert "10-605-s24, stat-187-f24" in found.message


@pytest.fixture
def store(tmp_path):
    store = Store(tmp_path / "bot.db")
    yield store
    store.close()


def _serve(store, guild: int, since: dt.datetime, kinds: frozenset[str] = frozenset({"deadline", "staff"})) -> None:
    setup = GuildSetup(channel_id=guild * 10, kinds=kinds, since=since)
    store.server_settings.save(guild, setup.to_json(), by=1, now=since, change={})


async def test_each_server_is_planned_from_its_own_course(store, course, second_course):
    """Two servers, two courses, one announcer: each server's posts and each subscriber's DMs come from its
    server's course, keyed by that course; a server without a course gets nothing."""
    chosen = {A: course, B: second_course}
    clock = FixedClock(at("2024-02-20 00:00"))
    since = at("2024-02-19 23:00")
    for guild in (A, B, NONE):
        _serve(store, guild, since)
        store.reminders.subscribe(guild, guild * 100, ["deadline"], [], None, since)
    poster = RecordingPoster()
    announcer = Announcer(
        store=store, clock=clock, course_for=chosen.get, poster=poster, owner="me", dm_rate=0, keys_by_course=True
    )
    await announcer.run_due()
    assert "10-605-s24/deadline:hw3:2880m:channel" in map(plain, poster.sent)
    assert "dm:700:10-605-s24/deadline:hw3:2880m:channel" in map(plain, poster.sent)
    assert not [k for k in poster.sent if "stat-187" in k or "dm:900" in k]  # STAT 187's term has not begun

    clock.set(local(second_course, "2024-10-17 00:00"))
    _serve(store, B, local(second_course, "2024-10-16 16:00"))
    store.reminders.subscribe(B, 800, ["deadline"], [], None, local(second_course, "2024-10-16 16:00"))
    poster.sent.clear()
    await announcer.run_due()
    assert "stat-187-f24/deadline:ps4:2880m:channel" in map(plain, poster.sent)
    assert "dm:800:stat-187-f24/deadline:ps4:2880m:channel" in map(plain, poster.sent)
    assert not [k for k in poster.sent if "10-605" in k]
    assert announcer.plan_for(NONE, since, clock.now()).items == []


async def test_a_new_course_is_never_taken_for_the_old_courses_posts(store, course):
    """A server moving to next term's course meets the same ids (hw3) again: its items are keyed by the new
    course, so the delivery log does not count them as sent. Staff posts keep their keys (they are the server's)."""
    next_term = replace(course, id="10-605-f24")
    chosen = {A: course}
    clock = FixedClock(at("2024-02-20 00:00"))
    _serve(store, A, at("2024-02-19 23:00"))
    store.staff_posts.add(A, at("2024-02-19 23:30"), "Hello", by=1, now=at("2024-02-19 23:00"))
    poster = RecordingPoster()
    announcer = Announcer(
        store=store, clock=clock, course_for=chosen.get, poster=poster, owner="me", dm_rate=0, keys_by_course=True
    )
    await announcer.run_due()
    assert sorted(map(plain, poster.sent)) == ["10-605-s24/deadline:hw3:2880m:channel", "staff:1"]
    chosen[A] = next_term
    await announcer.run_due()
    assert [plain(k) for k in poster.sent[2:]] == ["10-605-f24/deadline:hw3:2880m:channel"]


async def test_one_course_keeps_its_keys(store, course):
    """A bot serving one course keys items as it always did: a database from before keeps its record of what
    was sent."""
    _serve(store, A, at("2024-02-19 23:00"))
    poster = RecordingPoster()
    announcer = Announcer(
        store=store, clock=FixedClock(at("2024-02-20 00:00")), course_for=lambda g: course, poster=poster, owner="me"
    )
    await announcer.run_due()
    assert [plain(k) for k in poster.sent] == ["deadline:hw3:2880m:channel"]


def test_what_follows_a_change_names_each_record(store, course, second_course):
    """Counts and ids from the store, said in plain words: shared ids are named, sections the new course lacks
    are counted, the old course's upcoming posts are counted."""
    now = at("2024-02-12 10:00")
    _serve(store, A, now, kinds=frozenset({"deadline"}))
    store.reminders.subscribe(A, 1, ["deadline"], [], "10-605", now)
    store.reminders.subscribe(A, 2, ["deadline"], [], None, now)
    store.published.set_exam_form(A, "midterm", "https://example.org/f", by=1, now=now)
    setup = GuildSetup.from_json(store.server_settings.get(A))
    records = server_records(store, A, course, setup, now)
    assert records.any
    assert records.upcoming > 0
    lines = "\n".join(answer_text_of(what_follows(records, course, second_course, setup)))
    assert "DM reminders of 2 students now come from stat-187-f24" in lines
    assert "1 student chose a section stat-187-f24 does not have" in lines
    assert "Conflict-form links set for midterm apply to stat-187-f24's exams" in lines
    assert f"{records.upcoming} announcements still planned for 10-605-s24 will not be posted" in lines
    assert "America/Los_Angeles" in lines
    shared = ServerRecords(2, frozenset({"ps5", "hw9"}), frozenset(), frozenset(), 0, (), 0)
    lines = "\n".join(answer_text_of(what_follows(shared, course, second_course, GuildSetup())))
    assert "records for ps5 (ids stat-187-f24 also uses) count for its assignments of those ids" in lines
    assert not ServerRecords(0, frozenset(), frozenset(), frozenset(), 0, (), 0).any
    assert ServerRecords(0, frozenset(), frozenset(), frozenset(), 0, (), 0, forum_posts=1).any  # questions count


def test_renewed_subscriptions_start_now_and_drop_unknown_sections(store, second_course):
    """After a change, reminders restart from now; a section the new course has is kept, any other dropped."""
    before, now = at("2024-02-01 10:00"), at("2024-02-12 10:00")
    store.reminders.subscribe(A, 1, ["deadline"], [60], "10-605", before)
    store.reminders.subscribe(A, 2, ["exam"], [], "1C", before)
    store.reminders.subscribe(B, 3, ["exam"], [], None, before)
    assert renew_subscriptions(store, A, second_course, now) == 2
    subs = {s.user_id: s for s in store.reminders.subscriptions()}
    assert (subs[1].section, subs[1].offsets, subs[1].created_at) == (None, (60,), now)
    assert (subs[2].section, subs[2].created_at) == ("1C", now)
    assert subs[3].created_at == before


def answer_text_of(lines) -> list[str]:
    return answer_text(Answer(title="t", lines=tuple(lines)), dt.UTC, at("2024-02-12 10:00")).splitlines()
