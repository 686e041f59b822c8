"""Unanswered questions reach staff through the announcer: a ping after `ping_hours`, a morning digest, each
exactly once across restarts; nothing for answered questions; a server with no announcement channel still pinged
in its staff channel."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.announce.delivery import Announcer
from bot.announce.server_setup import GuildSetup
from bot.core.clock import FixedClock
from bot.qa.escalation import ForumPlans
from bot.store.database import Store
from bot.store.qa_forums import ForumConfig
from tests.announce.test_delivery import RecordingPoster
from tests.conftest import NY, at

GUILD = 1000
STAFF_CHANNEL = 71
ASKED = at("2024-03-12 09:30")


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "bot.db", zone=NY)
    s.server_settings.save(GUILD, GuildSetup(staff_role="3000").to_json(), by=1, now=ASKED, change={})
    s.qa_forums.save(ForumConfig(GUILD, forum_id=2002, staff_channel_id=STAFF_CHANNEL, ping_hours=4), by=1, now=ASKED)
    yield s
    s.close()


def announcer(store, course, poster, now) -> Announcer:
    return Announcer(
        store=store,
        clock=FixedClock(now),
        course_for=lambda _guild: course,
        poster=poster,
        owner="me",
        dm_rate=0,
        sources=(ForumPlans(store, lambda _guild: course),),
    )


def ask(store, title: str):
    threads = [p.thread_id for p in store.qa_posts.listed(GUILD)]
    return store.qa_posts.add(
        GUILD,
        title=title,
        body="",
        topic="hw3",
        visibility="hidden",
        author_id=None,
        via="question",
        now=ASKED,
        thread_id=max([555, *(t + 1 for t in threads if t)]),  # one post per thread, as Discord makes them
    )


async def test_a_waiting_question_pings_staff_once_and_then_makes_the_digest(store, course):
    waiting, answered = ask(store, "one"), ask(store, "two")
    store.qa_posts.update(answered.id, ASKED, status="answered")
    poster = RecordingPoster()
    assert await announcer(store, course, poster, at("2024-03-12 13:00")).run_due() == []  # 3.5 h: not yet
    outcomes = await announcer(store, course, poster, at("2024-03-12 13:31")).run_due()
    assert [(key, outcome) for _, key, outcome in outcomes] == [(f"qa-unanswered:{waiting.id}", "sent")]
    again = announcer(store, course, poster, at("2024-03-12 13:45"))  # a restart: nothing twice
    assert await again.run_due() == []
    morning = await announcer(store, course, poster, at("2024-03-13 08:00")).run_due()
    assert [key for _, key, _ in morning] == ["qa-digest:2024-03-13"]
    assert poster.sent == [f"qa-unanswered:{waiting.id}", "qa-digest:2024-03-13"]


async def test_the_ping_goes_to_the_staff_channel_and_mentions_the_staff_role(store, course):
    post = ask(store, "one")
    plan = ForumPlans(store, lambda _guild: course).plan(GUILD, ASKED, at("2024-03-14 00:00"))
    ping = next(i for i in plan.items if i.kind == "qa_unanswered")
    assert ping.audience == f"channel:{STAFF_CHANNEL}:ping:3000"
    assert ping.at == ASKED + dt.timedelta(hours=4)
    assert f"#{post.id} has had no staff answer for 4 hours" in "".join(str(s) for s in ping.answer.lines[0])


async def test_no_ping_when_pings_are_off_or_nothing_waits(store, course):
    assert ForumPlans(store, lambda _guild: course).plan(GUILD, ASKED, at("2024-04-01 00:00")).items == []
    ask(store, "one")
    store.qa_forums.save(
        ForumConfig(GUILD, forum_id=2002, staff_channel_id=STAFF_CHANNEL, ping_hours=0), by=1, now=ASKED
    )
    # ping_hours 0 turns the pings off, not the morning digest (hostile6 minor)
    kinds = {i.kind for i in ForumPlans(store, lambda _guild: course).plan(GUILD, ASKED, at("2024-04-01 00:00")).items}
    assert kinds == {"qa_digest"}


async def test_without_a_staff_channel_the_problem_is_recorded_once(store, course):
    ask(store, "one")
    store.qa_forums.save(ForumConfig(GUILD, forum_id=2002, ping_hours=4), by=1, now=ASKED)
    outcomes = await announcer(store, course, RecordingPoster(), at("2024-03-12 14:00")).run_due()
    assert [(key, outcome) for _, key, outcome in outcomes] == [("qa-unanswered", "failed")]
    assert await announcer(store, course, RecordingPoster(), at("2024-03-12 15:00")).run_due() == []


async def test_each_server_digest_is_at_its_own_course_morning(store, course, second_course):
    """Serving several courses: a server's digest comes at 08:00 in its own course's zone (Pittsburgh or Berkeley);
    a server following no course still has its pings, but no course morning to send a digest at."""
    other, lost = 2000, 3000
    for guild in (other, lost):
        store.server_settings.save(guild, GuildSetup(staff_role="3000").to_json(), by=1, now=ASKED, change={})
        store.qa_forums.save(ForumConfig(guild, forum_id=guild + 2, staff_channel_id=71, ping_hours=4), by=1, now=ASKED)
    for guild in (GUILD, other, lost):
        store.qa_posts.add(
            guild,
            title="one",
            body="",
            topic="",
            visibility="public",
            author_id=5,
            via="forum",
            now=ASKED,
            thread_id=guild + 5,
        )
    courses = {GUILD: course, other: second_course, lost: None}
    plans = ForumPlans(store, courses.get)
    digests = {
        guild: [i.at for i in plans.plan(guild, ASKED, at("2024-03-14 00:00")).items if i.kind == "qa_digest"]
        for guild in courses
    }
    assert digests[GUILD] == [at("2024-03-13 08:00")]
    # Asked at 06:30 in Berkeley: that morning's digest lists it already.
    berkeley = second_course.tz
    assert digests[other] == [dt.datetime(2024, 3, d, 8, 0, tzinfo=berkeley) for d in (12, 13)]
    assert digests[lost] == []
    assert [i.kind for i in plans.plan(lost, ASKED, at("2024-03-14 00:00")).items] == ["qa_unanswered"]


async def test_without_a_staff_channel_nothing_goes_to_the_public_announcement_channel(store, course):
    """A digest lists waiting questions, private ones too: the announcement channel is never its fallback."""
    store.server_settings.save(
        GUILD, GuildSetup(channel_id=2000, staff_role="3000").to_json(), by=1, now=ASKED, change={}
    )
    store.qa_forums.save(ForumConfig(GUILD, forum_id=2002, ping_hours=4), by=1, now=ASKED)
    private = store.qa_posts.add(
        GUILD,
        title="my grade",
        body="",
        topic="",
        visibility="private",
        author_id=5,
        via="question",
        now=ASKED,
        thread_id=556,
    )
    plan = ForumPlans(store, lambda _guild: course).plan(GUILD, ASKED, at("2024-03-20 00:00"))
    assert plan.items == []
    assert private.id
    assert "staff_channel" in plan.problems[0].reason


def test_the_ping_mentions_the_staff_role_the_permission_checks_use(store, course):
    """A role set only in the bot's settings (by id, or by name) is pinged too (hostile-qa finding 6)."""
    store.server_settings.save(GUILD, GuildSetup().to_json(), by=1, now=ASKED, change={})
    ask(store, "one")
    end = at("2024-03-14 00:00")

    def ping_audience(plans):
        return next(i for i in plans.plan(GUILD, ASKED, end).items if i.kind == "qa_unanswered").audience

    assert ping_audience(ForumPlans(store, lambda _guild: course)) == f"channel:{STAFF_CHANNEL}"
    by_bot = ForumPlans(store, lambda _guild: course, staff_role_id=lambda _guild: 3002)
    assert ping_audience(by_bot) == f"channel:{STAFF_CHANNEL}:ping:3002"
    store.server_settings.save(GUILD, GuildSetup(staff_role="3001").to_json(), by=1, now=ASKED, change={})
    assert ping_audience(ForumPlans(store, lambda _guild: course)) == f"channel:{STAFF_CHANNEL}:ping:3001"


@pytest.mark.parametrize("days", [29, 30, 31, 60])
def test_a_question_waiting_for_weeks_stays_in_every_morning_digest(store, course, days):
    """No cut-off: a question still unanswered after `days` days is in that morning's digest, as /qa unanswered
    still lists it (hostile13 3)."""
    post = ask(store, "one")
    morning = at("2024-03-13 08:00") + dt.timedelta(days=days)
    plan = ForumPlans(store, lambda _guild: course).plan(GUILD, morning - dt.timedelta(hours=1), morning)
    assert plan.items == []  # nothing is due before the morning: the window ends at it
    plan = ForumPlans(store, lambda _guild: course).plan(GUILD, morning, morning + dt.timedelta(hours=1))
    (digest,) = [i for i in plan.items if i.kind == "qa_digest"]
    assert f"#{post.id}" in "".join(str(s) for line in digest.answer.lines for s in line)


def test_a_question_a_ta_replied_to_is_neither_pinged_nor_in_the_digest(store, course):
    """A staff reply in the thread is an answer, as /qa stats counts it, even when nobody marked it (finding 7);
    a post never made in Discord is not linked as <#0>."""
    replied, waiting = ask(store, "one"), ask(store, "two")
    store.qa_posts.staff_replied(replied.id, ASKED + dt.timedelta(minutes=30))
    store.qa_posts.add(
        GUILD,
        title="never posted",
        body="",
        topic="hw3",
        visibility="hidden",
        author_id=None,
        via="question",
        now=ASKED,
    )
    plan = ForumPlans(store, lambda _guild: course).plan(GUILD, ASKED, at("2024-03-14 00:00"))
    assert [i.key for i in plan.items if i.kind == "qa_unanswered"] == [f"qa-unanswered:{waiting.id}"]
    digest = next(i for i in plan.items if i.kind == "qa_digest")
    assert "(1)" in digest.answer.title


def test_a_forum_jobs_key_is_said_as_what_it_is():
    """Review 3 finding 16: the console names the job, never its internal key."""
    from bot.qa.escalation import digest_key, job_label, ping_key

    assert job_label(ping_key(12)) == "The unanswered-question ping for #12"
    assert job_label("qa-unanswered") == "The unanswered-question ping"
    assert job_label(digest_key(dt.date(2024, 3, 14))).startswith("The unanswered-questions digest of ")
    assert "2024-03-14" not in job_label(digest_key(dt.date(2024, 3, 14)))
    assert job_label("deadline:hw1:24h") is None
