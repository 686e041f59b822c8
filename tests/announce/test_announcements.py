"""The announcement plan: what is posted when, to whom; catch-up after downtime; the `plan` CLI contract."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

from bot.announce.planner import AnnounceConfig, catch_up, plan
from bot.announce.server_setup import GuildSetup, offsets_text, parse_offsets
from tests.conftest import NY as NY_TZ
from tests.conftest import at, plain

TERM = (at("2024-01-01 00:00"), at("2024-06-01 00:00"))


def keys(items):
    return [plain(i.key) for i in items]


def test_deadline_reminders_default_offsets_and_dst(course):
    """48 h, 24 h and 2 h before; the 24 h reminder for HW4 Part A fires at 23:59 EDT on March 12."""
    items = [i for i in plan(course, AnnounceConfig(), *TERM) if i.key.startswith("deadline:hw4a:")]
    assert [i.at for i in items] == [at("2024-03-11 23:59"), at("2024-03-12 23:59"), at("2024-03-13 21:59")]
    assert items[1].at.utcoffset() == dt.timedelta(hours=-4)
    hw3 = [i.at for i in plan(course, AnnounceConfig(), *TERM) if i.key.startswith("deadline:hw3:")]
    assert hw3[1] == at("2024-02-20 23:59")
    assert hw3[1].utcoffset() == dt.timedelta(hours=-5)


def test_reminder_across_the_dst_night_keeps_the_clock_time_for_days_and_elapsed_time_for_hours(course):
    """Two days before a deadline two days after DST starts is 11:59 PM EST (47 real hours); 36 h is elapsed."""
    from dataclasses import replace

    config = AnnounceConfig(deadline_offsets=(dt.timedelta(hours=48), dt.timedelta(hours=36)))
    moved = replace(course, assignments=(replace(course.assignment("hw4a"), due=at("2024-03-11 23:59")),))
    two_days, hours = [i for i in plan(moved, config, *TERM) if i.kind == "deadline"]
    assert two_days.at == at("2024-03-09 23:59")
    due = moved.assignments[0].due.astimezone(dt.UTC)
    assert due - two_days.at.astimezone(dt.UTC) == dt.timedelta(hours=47)
    assert due - hours.at.astimezone(dt.UTC) == dt.timedelta(hours=36)


def test_sections_only_items_go_to_their_role(course):
    """The mini-project and its survey are addressed to the 10-605 role only; homework to the channel."""
    items = plan(course, AnnounceConfig(), *TERM)
    mini = [i for i in items if "miniproject" in i.key]
    assert mini
    assert {i.audience for i in mini} == {"role:10-605"}
    assert {i.audience for i in items if i.key.startswith("deadline:hw5:")} == {"channel"}


def test_kinds_can_be_switched_off(course):
    """Only the enabled kinds are planned."""
    items = plan(course, AnnounceConfig(kinds=frozenset({"exam"})), *TERM)
    assert {i.kind for i in items} == {"exam"}
    assert keys(items)[:3] == ["exam:exam1:7d:channel", "exam:exam1:1d:channel", "exam:exam1:0d:channel"]
    assert items[0].at == at("2024-02-19 08:00")


def test_exam_conflict_form_opens_three_weeks_before_and_reminds(course):
    """The form notice goes out 21 days before (data default), with a closing reminder a week before."""
    items = plan(course, AnnounceConfig(kinds=frozenset({"conflict_form"})), *TERM)
    exam1 = [i for i in items if "exam1" in i.key]
    assert [i.at for i in exam1] == [at("2024-02-05 08:00"), at("2024-02-19 08:00")]
    from bot.core.render_text import answer_text

    assert "will be released on Piazza" in answer_text(exam1[0].answer, course.tz, exam1[0].at) or (
        "should be on Piazza" in answer_text(exam1[0].answer, course.tz, exam1[0].at)
    )
    with_link = plan(
        course, AnnounceConfig(kinds=frozenset({"conflict_form"})), *TERM, form_urls={"exam1": "https://f"}
    )
    assert "https://f" in answer_text_of(course, with_link[0])


def answer_text_of(course, item):
    from bot.core.render_text import answer_text

    return answer_text(item.answer, course.tz, item.at)


def test_digest_release_no_class_and_oh_cancellations(course):
    """The digest lists class, office hours and what is due within 48 h; breaks and OH cancellations are noticed."""
    items = plan(course, AnnounceConfig(), at("2024-02-12 00:00"), at("2024-02-14 00:00"))
    monday, tuesday = [answer_text_of(course, i) for i in items if i.kind == "digest"]
    assert "Hashing Theory, CMS" in monday
    assert "Jayesh Singla" in monday
    assert "HW2" not in monday  # due Wed 23:59: more than 48 h after Monday 08:00
    assert "Atharva Anand Joshi" in tuesday
    assert "HW2" in tuesday
    spring = [i for i in plan(course, AnnounceConfig(), *TERM) if i.kind in ("no_class", "oh_change")]
    assert ("no-class:2024-03-04", at("2024-03-03 08:00")) in [(i.key, i.at) for i in spring]
    assert any(i.kind == "oh_change" and "Spring Break" in answer_text_of(course, i) for i in spring)
    release = [i for i in plan(course, AnnounceConfig(), *TERM) if plain(i.key) == "release:hw3:out:channel"]
    assert release[0].at == at("2024-02-09 08:00")


def test_keys_are_stable_and_unique(course):
    """Planning twice gives the same keys; no key repeats."""
    first = keys(plan(course, AnnounceConfig(), *TERM))
    assert first == keys(plan(course, AnnounceConfig(), *TERM))
    assert len(first) == len(set(first))


def test_catch_up_posts_the_latest_relevant_and_skips_stale(course):
    """After downtime: one late post per deadline (the newest reminder), nothing whose deadline has passed."""
    items = plan(course, AnnounceConfig(kinds=frozenset({"deadline"})), *TERM)
    now = at("2024-03-13 22:30")  # all three HW4A reminders are in the past; HW3's deadline long gone
    post, skip = catch_up([i for i in items if i.at <= now], now)
    assert keys(post) == ["deadline:hw4a:120m:channel"]
    assert "deadline:hw4a:2880m:channel" in keys(skip)
    assert "deadline:hw3:120m:channel" in keys(skip)


def test_offsets_parsing():
    """Staff type offsets in plain units; nonsense and out-of-range values are refused."""
    assert offsets_text(parse_offsets("2h, 48h, 24h")) == "2d, 1d, 2h"
    assert parse_offsets("30m")[0] == dt.timedelta(minutes=30)
    import pytest

    from bot.core.errors import UserError

    for bad in ("", "soon", "1m", "30d"):
        with pytest.raises(UserError):
            parse_offsets(bad)


def test_guild_setup_round_trips():
    """The stored JSON reads back into the same setup."""
    setup = GuildSetup(channel_id=5, staff_role="7", section_roles={"10-605": 9}, since=at("2024-02-01 00:00"))
    assert GuildSetup.from_json(json.loads(json.dumps(setup.to_json()))) == setup


def test_plan_cli_json_contract():
    """`coursebot plan --json`: at (with offset), kind, key, audience, text, in time order."""
    result = subprocess.run(
        [sys.executable, "-m", "bot", "plan", "--from", "2024-03-11T00:00", "--to", "2024-03-19T00:00", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    items = json.loads(result.stdout)
    assert items
    for item in items:
        assert {"at", "kind", "key", "audience", "text"} <= set(item)
        assert item["at"].endswith("-04:00")
    assert [i["at"] for i in items] == sorted(i["at"] for i in items)
    mini = [i for i in items if i["key"].startswith("release:miniproject")]
    assert mini[0]["audience"] == "role:10-605"


def test_setup_answer_shows_every_setting_and_what_is_missing():
    """/setup show: channel and roles as mentions, offsets, each kind on/off; unset values say what to do."""
    from bot.announce.setup_answer import setup_answer
    from bot.core.render_text import answer_text

    empty = answer_text(setup_answer(GuildSetup()), NY_TZ, at("2024-02-01 00:00"))
    assert "not set: use /setup channel" in empty
    assert "48h" not in empty
    assert "2d, 1d, 2h before each due time" in empty
    done = GuildSetup(channel_id=5, section_roles={"10-605": 9}, kinds=frozenset({"exam"}))
    text = answer_text(setup_answer(done), NY_TZ, at("2024-02-01 00:00"))
    # Issue 10: as text (the console) a channel or role reads by id, never as Discord's raw <#5> markup.
    assert "Announcement channel: channel 5" in text
    assert "10-605: role 9" in text
    assert "<#" not in text
    assert "<@" not in text
    from bot.discord_app.render import embed_pages

    embed = embed_pages(setup_answer(done))[0].to_dict()
    assert "<#5>" in embed["description"]
    assert "10-605: <@&9>" in str(embed["fields"])
    assert "on  · exam reminders" in text
    assert "off · daily morning digest" in text
