"""Editing the course data never re-posts or swallows an announcement: a moved date gets its reminders again, a
renamed id or an edited title does not, a reordered file changes nothing, and rows written before keys named their
moment still count (bot.announce.identity, through the Announcer)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.announce.delivery import Announcer, dm_key
from bot.announce.identity import Delivered, Identity, Row, fingerprint
from bot.announce.planner import AnnounceConfig, plan
from bot.announce.server_setup import GuildSetup
from bot.core.clock import FixedClock
from bot.core.render_text import answer_text
from bot.course.model import OfficeHoursChange
from bot.store.database import Store
from tests.announce.test_delivery import RecordingPoster
from tests.conftest import plain

GUILD = 7
STUDENT = 500


class TextPoster(RecordingPoster):
    """Also keeps what each post said."""

    def __init__(self) -> None:
        super().__init__()
        self.said: dict[str, str] = {}

    async def post(self, guild_id, setup, item, answer):
        self.said[item.key] = answer_text(answer, dt.UTC, dt.datetime(2000, 1, 1, tzinfo=dt.UTC))
        return await super().post(guild_id, setup, item, answer)


def _target(course):
    """An assignment for everyone (its reminders go to the channel), with a week of term before it."""
    everyone = set(course.section_ids())
    return [a for a in course.assignments if everyone <= set(a.sections)][2]


class Bot:
    """One server with reminders for deadlines, a student subscribed to them, and the course data swappable."""

    def __init__(self, store: Store, course, since: dt.datetime) -> None:
        self.course = course
        self.clock = FixedClock(since)
        self.poster = TextPoster()
        setup = GuildSetup(channel_id=70, kinds=frozenset({"deadline", "oh_change"}), since=since)
        store.server_settings.save(GUILD, setup.to_json(), by=1, now=since, change={})
        store.reminders.subscribe(GUILD, STUDENT, ["deadline"], [], None, since)
        self.announcer = Announcer(
            store=store, clock=self.clock, course_for=lambda g: self.course, poster=self.poster, owner="me", dm_rate=0
        )

    async def run_until(self, end: dt.datetime, step: dt.timedelta = dt.timedelta(hours=1)) -> None:
        while self.clock.now() < end:
            self.clock.set(min(self.clock.now() + step, end))
            await self.announcer.run_due()

    def about(self, assignment_id: str) -> list[str]:
        return [plain(k) for k in self.poster.sent if f":{assignment_id}:" in k]


@pytest.fixture
def store(tmp_path):
    store = Store(tmp_path / "bot.db")
    yield store
    store.close()


def _with_assignment(course, old, new):
    return replace(course, assignments=tuple(new if a.id == old.id else a for a in course.assignments))


async def test_a_moved_deadline_gets_its_reminders_again(store, any_course):
    """Reminders went out for the old due time; the deadline moves a week later: the channel and the student's DMs
    get the 48 h, 24 h and 2 h reminders for the new time, each once."""
    item = _target(any_course)
    bot = Bot(store, any_course, item.due - dt.timedelta(days=3))
    await bot.run_until(item.due - dt.timedelta(hours=12))
    assert sorted(bot.about(item.id)) == [
        f"deadline:{item.id}:1440m:channel",
        f"deadline:{item.id}:2880m:channel",
        dm_key(STUDENT, f"deadline:{item.id}:1440m:channel"),
        dm_key(STUDENT, f"deadline:{item.id}:2880m:channel"),
    ]
    bot.course = _with_assignment(any_course, item, replace(item, due=item.due + dt.timedelta(days=7)))
    await bot.run_until(item.due + dt.timedelta(days=7, hours=-1), step=dt.timedelta(hours=6))
    after = bot.about(item.id)[4:]
    for minutes in (2880, 1440, 120):
        assert after.count(f"deadline:{item.id}:{minutes}m:channel") == 1
        assert after.count(dm_key(STUDENT, f"deadline:{item.id}:{minutes}m:channel")) == 1
    assert len(after) == 6


async def test_a_deadline_moved_past_a_reminder_says_it_was_updated(store, course):
    """Moved by a day after its 24 h reminder: the new 48 h reminder's time has passed, so it goes out at once,
    said as true now and marked as an update (not as "I was offline")."""
    item = _target(course)
    bot = Bot(store, course, item.due - dt.timedelta(days=3))
    await bot.run_until(item.due - dt.timedelta(hours=12))
    bot.course = _with_assignment(course, item, replace(item, due=item.due + dt.timedelta(days=1)))
    await bot.run_until(item.due - dt.timedelta(hours=11))
    first, moved = [t for k, t in bot.poster.said.items() if plain(k) == f"deadline:{item.id}:2880m:channel"]
    assert "changed" not in first
    assert "the date changed in the course data" in moved
    assert "I was offline" not in moved
    assert f"{item.short} is due in 1 day" in moved


@pytest.mark.parametrize(
    ("change", "reposted"),
    [
        ("id", False),  # renamed: same title, same due time
        ("title", False),  # the title fixed: same id, same due time
        ("nothing", False),
    ],
)
async def test_renaming_or_retitling_never_reposts(store, any_course, change, reposted):
    """After /admin reload (or a restart) with a renamed id or a fixed title, nothing already posted goes again."""
    item = _target(any_course)
    bot = Bot(store, any_course, item.due - dt.timedelta(days=3))
    await bot.run_until(item.due - dt.timedelta(hours=12))
    sent = len(bot.poster.sent)
    edited = {
        "id": replace(item, id=f"{item.id}-renamed"),
        "title": replace(item, title=f"{item.title} (revised)"),
        "nothing": item,
    }[change]
    bot.course = _with_assignment(any_course, item, edited)
    await bot.run_until(item.due - dt.timedelta(hours=11))
    assert (len(bot.poster.sent) > sent) == reposted
    await bot.run_until(item.due - dt.timedelta(hours=1))
    assert [plain(k).split(":")[-2] for k in bot.poster.sent[sent:]] == ["120m", "120m"]  # channel and DM, once


async def test_rows_from_before_keys_named_their_moment_still_count(store, course):
    """A delivery log written by the previous version (`deadline:hw3:2880m:channel`) keeps standing for the posts
    it recorded; it does not stand for a later moment of the same reminder."""
    item = _target(course)
    start = item.due - dt.timedelta(days=3)
    bot = Bot(store, course, start)
    for minutes in (2880, 1440):
        at = item.due - dt.timedelta(minutes=minutes)
        store.deliveries.claim(GUILD, f"deadline:{item.id}:{minutes}m:channel", "old", at, dt.timedelta(seconds=90))
        store.deliveries.confirm(
            GUILD, f"deadline:{item.id}:{minutes}m:channel", at, message_id=1, channel_id=70, late=False
        )
    bot.clock.set(item.due - dt.timedelta(hours=12))
    await bot.announcer.run_due()
    assert [k for k in bot.poster.sent if k.startswith("deadline:")] == []
    bot.course = _with_assignment(course, item, replace(item, due=item.due + dt.timedelta(days=7)))
    await bot.run_until(item.due + dt.timedelta(days=6), step=dt.timedelta(hours=6))
    assert [plain(k) for k in bot.poster.sent if k.startswith("deadline:")] == [
        f"deadline:{item.id}:2880m:channel",
        f"deadline:{item.id}:1440m:channel",
    ]


def _cancel(person: str, first: dt.date, last: dt.date, reason: str) -> OfficeHoursChange:
    return OfficeHoursChange(person=person, kind="cancel", first=first, last=last, reason=reason)


def test_an_office_hours_cancellation_is_keyed_by_what_it_is(any_course):
    """Adding a cancellation above the others, or reordering them, keeps every other cancellation's key."""
    config = AnnounceConfig(kinds=frozenset({"oh_change"}))
    span = (any_course.at(any_course.term_first, dt.time(0)), any_course.at(any_course.term_last, dt.time(23)))
    before = {i.key for i in plan(any_course, config, *span)}
    person = any_course.people[-1].id
    day = any_course.term_first + dt.timedelta(days=20)
    added = replace(any_course, oh_changes=(_cancel(person, day, day, "sick"), *reversed(any_course.oh_changes)))
    after = {i.key for i in plan(added, config, *span)}
    assert before < after
    assert len(after - before) == 1


async def test_an_added_office_hours_change_never_reposts_an_announced_one(store, course):
    """The Spring Break cancellation went out; staff add a sick day above it: nothing is posted again. A log
    from before (its key ending with the position) counts too."""
    spring = next(c for c in course.oh_changes if c.kind == "cancel" and c.person == "*")
    announced = course.at(spring.first, dt.time(9)) - dt.timedelta(days=1)
    bot = Bot(store, course, announced - dt.timedelta(hours=2))
    await bot.run_until(announced)
    assert len([k for k in bot.poster.sent if k.startswith("oh-cancel:*:")]) == 1
    later = spring.first + dt.timedelta(days=8)
    bot.course = replace(course, oh_changes=(_cancel(course.people[0].id, later, later, "sick"), *course.oh_changes))
    await bot.run_until(announced + dt.timedelta(hours=2))
    assert len([k for k in bot.poster.sent if k.startswith("oh-cancel:")]) == 1


async def test_an_office_hours_notice_logged_by_position_is_not_posted_again(store, course):
    """A notice the previous version logged as `oh-cancel:*:<first>:<position>` stands for the same cancellation."""
    spring = next(c for c in course.oh_changes if c.kind == "cancel" and c.person == "*")
    announced = course.at(spring.first, dt.time(8)) - dt.timedelta(days=1)
    store.deliveries.mark(GUILD, f"oh-cancel:*:{spring.first.isoformat()}:3", "sent", announced)
    bot = Bot(store, course, announced - dt.timedelta(hours=2))
    await bot.run_until(announced + dt.timedelta(hours=2))
    assert [k for k in bot.poster.sent if k.startswith("oh-cancel:")] == []


AT = dt.datetime(2024, 2, 19, 23, 59, tzinfo=dt.UTC)
HW3 = Identity(
    "deadline", "hw3", "2880m", "20240222T0459Z", fingerprint("Homework 3"), legacy="deadline:hw3:2880m"
).for_audience("channel")


def _row(key: str, claimed: dt.datetime = AT) -> dict[str, Row]:
    return {key: Row(claimed_at=claimed, sent=True)}


@pytest.mark.parametrize(
    ("rows", "key", "held", "moved"),
    [
        (_row(HW3.key()), HW3.key(), True, False),
        (_row(replace(HW3, print=fingerprint("Homework three")).key()), HW3.key(), True, False),  # title edited
        (_row(replace(HW3, subject="hw-old").key()), HW3.key(), True, False),  # renamed: hw-old is gone
        (_row(replace(HW3, subject="hw4").key()), HW3.key(), False, False),  # hw4 still exists: another item
        (_row(replace(HW3, moment="20240215T0459Z").key()), HW3.key(), False, True),  # the deadline moved
        (_row("deadline:hw3:2880m:channel"), HW3.key(), True, False),  # logged before keys named the moment
        (_row("deadline:hw3:2880m:channel", AT - dt.timedelta(days=3)), HW3.key(), False, True),  # for an older time
        (_row(dm_key(5, HW3.key())), dm_key(6, HW3.key()), False, False),  # another student's DM
        (_row(dm_key(5, "deadline:hw3:2880m:channel")), dm_key(5, HW3.key()), True, False),
        (_row(f"10-605-s24/{HW3.key()}"), f"10-605-f24/{HW3.key()}", False, False),  # another course's post
    ],
)
def test_which_delivered_rows_stand_for_an_item(rows, key, held, moved):
    """A row stands for a planned item under its own key, its edited title, its renamed id, or its pre-moment key
    claimed at or after its time; a row for another moment of the same post means the data moved it."""
    delivered = Delivered(rows)
    assert delivered.holds(key, HW3, AT, {"hw3", "hw4", "*"}) == held
    assert delivered.moved(key, HW3, AT) == moved


SPRING = Identity("oh-cancel", "*", "cancel", "20240311-20240315", fingerprint("*"), audience="channel")


@pytest.mark.parametrize(
    ("sent", "moved"),
    [
        ("20240311-20240315", False),  # this very cancellation
        ("20240311-20240312", True),  # the same cancellation, its last day changed
        ("20240226-20240226", False),  # another cancellation for everyone, earlier
        ("20240318-20240318", False),  # another one later
    ],
)
def test_only_the_same_cancellation_moved_is_an_update(sent, moved):
    """An office-hours cancellation is "moved" only when the same one (same first day) went out with other days;
    another cancellation for the same person is a post of its own."""
    delivered = Delivered(_row(replace(SPRING, moment=sent).key()))
    assert delivered.moved(SPRING.key(), SPRING, AT) == moved


async def test_a_new_cancellation_posted_late_is_not_said_as_updated(store, any_course):
    """A cancellation went out; later staff add another for the same person (everyone, here) for tomorrow, after
    its notice time: it goes out late as a new notice, never as "the date changed"."""
    first = next(c for c in any_course.oh_changes if c.kind == "cancel")
    announced = any_course.at(first.first, dt.time(9)) - dt.timedelta(days=1)
    bot = Bot(store, any_course, announced - dt.timedelta(hours=2))
    await bot.run_until(announced)
    later = first.last + dt.timedelta(days=10)
    bot.clock.set(any_course.at(later, dt.time(15)) - dt.timedelta(days=1))
    added = _cancel(first.person, later, later, "staff meeting")
    bot.course = replace(any_course, oh_changes=(*any_course.oh_changes, added))
    await bot.announcer.run_due()
    new = [t for k, t in bot.poster.said.items() if later.strftime("%Y%m%d") in k]
    assert len(new) == 1
    assert "staff meeting" in new[0]
    assert "changed" not in new[0]


# Keys a server's log holds for HW3's 48 h reminder and its neighbours: its own key, an edited title, a renamed id,
# another moment, a DM copy, an old-format key (exact and positioned), another kind of post.
POOL = (
    HW3.key(),
    replace(HW3, print=fingerprint("Homework three")).key(),
    replace(HW3, subject="hw-old").key(),
    replace(HW3, subject="hw4").key(),
    replace(HW3, moment="20240215T0459Z").key(),
    dm_key(5, HW3.key()),
    dm_key(5, replace(HW3, moment="20240215T0459Z").key()),
    "deadline:hw3:2880m:channel",
    dm_key(5, "deadline:hw3:2880m:channel"),
    "oh-cancel:*:2024-03-11:0",
    "oh-cancel:*:2024-03-11:1",
    replace(SPRING, moment="20240311-20240312").key(),
    "staff:12",
)
ROWS = st.builds(Row, st.sampled_from((AT - dt.timedelta(days=3), AT, AT + dt.timedelta(days=1))), st.booleans())
PROBES = (
    (HW3.key(), HW3),
    (dm_key(5, HW3.key()), HW3),
    (dm_key(6, HW3.key()), HW3),
    (SPRING.key(), replace(SPRING, legacy="oh-cancel:*:2024-03-11", legacy_stem=True)),
    ("staff:12", None),
)


def _answers(delivered: Delivered, keys) -> tuple:
    """Everything a sweep asks of the index, for each probe at three times, and which pool keys are done."""
    asked = tuple(
        (delivered.holds(key, i, at, {"hw3", "hw4", "*"}), delivered.moved(key, i, at))
        for key, i in PROBES
        for at in (AT - dt.timedelta(days=1), AT, AT + dt.timedelta(days=2))
    )
    return asked, tuple(k in delivered for k in keys), len(delivered)


@given(st.lists(st.tuples(st.sampled_from(POOL), st.none() | ROWS), max_size=30))
def test_an_index_changed_row_by_row_answers_as_one_read_at_once(changes):
    """Rows written, rewritten (sent, then failed) and removed one at a time, in any order: the kept index answers
    every question as an index built from the rows left, and one emptied again answers as an empty one."""
    kept, rows = Delivered(), {}
    for key, row in changes:
        if row is None:
            kept.drop(key)
            rows.pop(key, None)
        else:
            kept.put(key, row)
            rows[key] = row
    assert _answers(kept, POOL) == _answers(Delivered(rows), POOL)
    for key in POOL:
        kept.drop(key)
    assert _answers(kept, POOL) == _answers(Delivered(), POOL)
    assert (kept._at_moment, kept._sent_moments, kept._stems, kept._claims) == ({}, {}, {}, {})
