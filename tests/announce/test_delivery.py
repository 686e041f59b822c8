"""The delivery engine on its own (a recording poster, a real SQLite store): one bad item never stops the others,
DMs are claimed and checked before a resend, recovery looks in the dead attempt's whole claim window."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from bot.announce import planner
from bot.announce.delivery import LEASE, Announcer, ClaimWindow, Posted, PostFailed, dm_key
from bot.announce.scheduling import AnnouncementScheduler
from bot.announce.server_setup import GuildSetup
from bot.core.clock import FixedClock
from bot.store.database import Store
from tests.conftest import NY, at, plain, planned_key

GUILD = 7
CHANNEL = 70
NOW = at("2024-03-12 12:00")


class RecordingPoster:
    """Keeps what was sent per key, like a channel would; `broken` keys raise, `unreadable` history fails."""

    def __init__(self) -> None:
        self.sent: list[str] = []
        self.windows: list[tuple[str, ClaimWindow]] = []
        self.broken: dict[str, Exception] = {}
        self.unreadable = False

    def _send(self, key: str) -> Posted:
        if key in self.broken:
            raise self.broken[key]
        self.sent.append(key)
        return Posted(message_id=len(self.sent), channel_id=CHANNEL)

    def _find(self, key: str, window: ClaimWindow) -> Posted | None:
        self.windows.append((key, window))
        if self.unreadable:
            raise PostFailed("cannot read the channel's history (403 Missing Access)", permanent=True)
        return Posted(message_id=self.sent.index(key) + 1, channel_id=CHANNEL) if key in self.sent else None

    async def post(self, guild_id, setup, item, answer) -> Posted:
        return self._send(item.key)

    async def find_posted(self, guild_id, setup, item, window) -> Posted | None:
        return self._find(item.key, window)

    async def send_dm(self, user_id, key, answer) -> Posted:
        return self._send(key)

    async def find_dm(self, user_id, key, window) -> Posted | None:
        return self._find(key, window)


@pytest.fixture
def store(tmp_path):
    store = Store(tmp_path / "bot.db")
    setup = GuildSetup(channel_id=CHANNEL, kinds=frozenset({"staff"}), since=at("2024-03-12 00:00"))
    store.server_settings.save(GUILD, setup.to_json(), by=1, now=NOW, change={})
    yield store
    store.close()


def announcer(store, course, poster, clock=None) -> Announcer:
    return Announcer(
        store=store,
        clock=clock or FixedClock(NOW),
        course_for=lambda guild: course,
        poster=poster,
        owner="me",
        dm_rate=0,
    )


async def test_a_post_for_the_year_9999_never_stops_the_others(store, course):
    """Posts and grades stored for 9999-12-31 (the issue's `dec 31 9999`): every run still delivers the rest."""
    store.staff_posts.add(GUILD, dt.datetime(9999, 12, 31, tzinfo=NY), "far", by=1, now=NOW)
    store.staff_posts.add(GUILD, dt.datetime(9999, 12, 31, 18, 30, tzinfo=NY), "edge", by=1, now=NOW)
    due = store.staff_posts.add(GUILD, at("2024-03-12 11:59"), "due now", by=1, now=NOW)
    store.published.set_grades(GUILD, "hw2", dt.datetime(9999, 12, 31, tzinfo=NY), by=1, now=NOW)
    poster = RecordingPoster()
    bot = announcer(store, course, poster)
    outcomes = {key: outcome for _, key, outcome in await bot.run_due()}
    assert outcomes[f"staff:{due}"] == "sent"
    assert poster.sent == [f"staff:{due}"]
    assert await bot.run_due() == []  # nothing twice, nothing raised
    end = dt.datetime(9999, 12, 31, 12, tzinfo=dt.UTC)
    assert bot.instants_between(NOW, end) == [dt.datetime(9999, 12, 31, tzinfo=NY)]


async def test_the_scheduler_rebuilds_around_far_future_items(store, course):
    """APScheduler's jobs are planned from the store even with edge items in it (near year 9999 or not)."""
    store.staff_posts.add(GUILD, dt.datetime(9999, 12, 31, 18, 30, tzinfo=NY), "edge", by=1, now=NOW)
    store.staff_posts.add(GUILD, at("2024-03-13 09:00"), "tomorrow", by=1, now=NOW)
    schedule = AnnouncementScheduler(announcer(store, course, RecordingPoster()))
    schedule.start()
    try:
        assert schedule.rebuild() >= 1
        assert any(
            job.id == "at:" + at("2024-03-13 09:00").astimezone(dt.UTC).isoformat()
            for job in schedule.scheduler.get_jobs()
        )
        late = AnnouncementScheduler(announcer(store, course, RecordingPoster(), FixedClock(at("9999-06-01 00:00"))))
        late.start()
        late.rebuild()  # the horizon and the edge post lie past what UTC can hold: planned anyway, no error
        late.shutdown()
    finally:
        schedule.shutdown()


async def test_unplannable_unbuildable_and_unsendable_items_are_isolated(store, course, monkeypatch):
    """One regrade that cannot be planned, one post whose text fails, one whose send blows up: each is recorded
    (failed with a reason, or left claimed for a checked retry) and every other post goes out."""
    store.published.set_grades(GUILD, "hw2", dt.datetime(9999, 12, 31, tzinfo=NY), by=1, now=NOW)
    first = store.staff_posts.add(GUILD, at("2024-03-12 11:58"), "one", by=1, now=NOW)
    second = store.staff_posts.add(GUILD, at("2024-03-12 11:59"), "two", by=1, now=NOW)
    third = store.staff_posts.add(GUILD, at("2024-03-12 11:59"), "three", by=1, now=NOW)
    config = GuildSetup.from_json(store.server_settings.get(GUILD)).with_changes(kinds=frozenset({"staff", "regrade"}))
    store.server_settings.save(GUILD, config.to_json(), by=1, now=NOW, change={})
    poster = RecordingPoster()
    poster.broken[f"staff:{second}"] = RuntimeError("boom")
    real_const = planner._const

    def failing_for_three(answer):
        if "three" in str(answer.lines):
            return lambda: (_ for _ in ()).throw(ValueError("bad text"))
        return real_const(answer)

    monkeypatch.setattr(planner, "_const", failing_for_three)
    outcomes = {key: outcome for _, key, outcome in await announcer(store, course, poster).run_due()}
    # the post that failed is told to staff in the announcement channel (the server has no forum staff channel); the
    # regrade that could not be planned is left to /admin status
    assert poster.sent == [f"staff:{first}", f"notice:failed:staff:{third}"]
    assert outcomes[f"staff:{second}"] == "error"
    assert store.deliveries.get(GUILD, f"staff:{second}").status == "claimed"  # retried after its lease, checked first
    assert store.deliveries.get(GUILD, f"staff:{third}").status == "failed"
    assert "its text could not be built (ValueError: bad text)" in store.deliveries.get(GUILD, f"staff:{third}").note
    assert store.deliveries.get(GUILD, "regrade:hw2").status == "failed"
    assert "outside the years 1-9999" in store.deliveries.get(GUILD, "regrade:hw2").note
    assert {r.key for r in store.deliveries.with_status(GUILD, "failed")} == {f"staff:{third}", "regrade:hw2"}


def subscribe(store, user_id: int, minutes: int) -> None:
    store.reminders.subscribe(GUILD, user_id, ["deadline"], [minutes], None, at("2024-03-10 00:00"))


async def test_a_dm_sent_before_a_crash_is_found_not_sent_again(store, course):
    """The bot died between sending a reminder DM and confirming it: the next owner finds it and confirms."""
    subscribe(store, 501, 24 * 60)
    key = dm_key(501, planned_key(course, "deadline:hw4a:1440m:channel"))
    clock = FixedClock(at("2024-03-12 23:59"))
    dead_claim = at("2024-03-12 23:59")
    store.deliveries.claim(GUILD, key, "dead-process", dead_claim, LEASE)
    poster = RecordingPoster()
    poster.sent.append(key)  # it reached Discord before the crash
    clock.set(dead_claim + LEASE + dt.timedelta(seconds=1))
    outcomes = {k: o for _, k, o in await announcer(store, course, poster, clock).run_due()}
    assert outcomes[key] == "recovered"
    assert poster.sent == [key]
    assert poster.windows == [(key, ClaimWindow(start=dead_claim, end=dead_claim + LEASE))]
    assert store.deliveries.get(GUILD, key).status == "sent"


async def test_a_dm_claimed_but_never_sent_goes_out_once_and_waits_for_the_lease(store, course):
    """Claimed by a process that died before sending: nothing while its lease runs, then sent exactly once."""
    subscribe(store, 502, 24 * 60)
    key = dm_key(502, planned_key(course, "deadline:hw4a:1440m:channel"))
    clock = FixedClock(at("2024-03-13 00:00"))
    store.deliveries.claim(GUILD, key, "dead-process", clock.now(), LEASE)
    poster = RecordingPoster()
    bot = announcer(store, course, poster, clock)
    assert {k: o for _, k, o in await bot.run_due()}[key] == "taken"
    clock.advance(LEASE)
    assert {k: o for _, k, o in await bot.run_due()}[key] == "sent"
    assert await bot.run_due() == []
    assert poster.sent == [key]


async def test_history_that_cannot_be_read_fails_visibly_instead_of_posting_blind(store, course):
    """If Discord will not show the channel's history, a taken-over claim is recorded as failed, not re-sent."""
    post_id = store.staff_posts.add(GUILD, at("2024-03-12 11:59"), "check me", by=1, now=NOW)
    store.deliveries.claim(GUILD, f"staff:{post_id}", "dead-process", at("2024-03-12 11:59"), dt.timedelta(0))
    poster = RecordingPoster()
    poster.unreadable = True
    outcomes = {k: o for _, k, o in await announcer(store, course, poster).run_due()}
    assert outcomes[f"staff:{post_id}"] == "failed"
    assert poster.sent == []
    assert "cannot read the channel's history" in store.deliveries.get(GUILD, f"staff:{post_id}").note


async def test_a_broken_subscription_never_stops_the_other_subscribers(store, course, monkeypatch):
    """One subscriber whose delivery blows up: the other subscribers with the same settings still get theirs."""
    for user_id in (601, 602, 603):
        subscribe(store, user_id, 24 * 60)
    poster = RecordingPoster()
    poster.broken[dm_key(602, planned_key(course, "deadline:hw4a:1440m:channel"))] = KeyError("boom")
    clock = FixedClock(at("2024-03-12 23:59"))
    await announcer(store, course, poster, clock).run_due()
    assert sorted(map(plain, poster.sent)) == [dm_key(u, "deadline:hw4a:1440m:channel") for u in (601, 603)]


async def test_a_reminder_that_cannot_be_planned_is_recorded_once_and_the_rest_go_out(store, course):
    """A deadline at the very end of 9999 (data typo) cannot have reminders: recorded failed once, with why;
    the subscribers' other reminders still arrive."""
    hw1 = replace(course.assignments[0], due=dt.datetime(9999, 12, 31, 23, 0, tzinfo=NY))
    edge = replace(course, assignments=(hw1, *course.assignments[1:]))
    subscribe(store, 701, 24 * 60)
    subscribe(store, 702, 24 * 60)
    poster = RecordingPoster()
    bot = announcer(store, edge, poster, FixedClock(at("2024-03-12 23:59")))
    outcomes = await bot.run_due()
    assert [o for o in outcomes if o[2] == "failed"] == [(GUILD, "deadline:hw1:1440m", "failed")]
    assert "outside the years 1-9999" in store.deliveries.get(GUILD, "deadline:hw1:1440m").note
    assert sorted(map(plain, poster.sent)) == [dm_key(u, "deadline:hw4a:1440m:channel") for u in (701, 702)]
    assert await bot.run_due() == []
