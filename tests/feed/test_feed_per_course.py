"""One bot, many courses: the feed has one path per course, and nothing crosses over between courses."""

from __future__ import annotations

import dataclasses

import pytest
from icalendar import Calendar

from bot.calendar.include import feed_path, feed_url
from bot.course.catalog import CourseCatalog
from tests.feed.test_http_feed import StandInBot, serve, store  # noqa: F401 (fixtures)


@pytest.fixture
def two_course_bot(course, second_course, store):  # noqa: F811
    bot = StandInBot(course, store)
    bot.courses = CourseCatalog({c.id: c for c in (course, second_course)}, course.id)
    return bot


async def test_each_course_has_its_own_feed(two_course_bot, serve, course, second_course):  # noqa: F811
    """/<course id>/calendar.ics serves that course, in its own time zone, with only its own events."""
    client = await serve(two_course_bot)
    first = await client.get(f"/{course.id}/calendar.ics")
    second = await client.get(f"/{second_course.id}/calendar.ics")
    assert (first.status, second.status) == (200, 200)
    one, two = Calendar.from_ical(await first.read()), Calendar.from_ical(await second.read())
    assert str(one["X-WR-TIMEZONE"]) == "America/New_York"
    assert str(two["X-WR-TIMEZONE"]) == "America/Los_Angeles"
    one_uids = {str(e["UID"]) for e in one.walk("VEVENT")}
    two_uids = {str(e["UID"]) for e in two.walk("VEVENT")}
    assert all(u.startswith(course.id) for u in one_uids)
    assert all(u.startswith(second_course.id) for u in two_uids)
    default = await client.get("/calendar.ics")
    assert await default.read() == await first.read()  # the bare path is the default course, as before


async def test_sections_and_unknown_courses(two_course_bot, serve, second_course):  # noqa: F811
    """A section of the second course (any case) adds its discussion; an unknown course or section is 404."""
    client = await serve(two_course_bot)
    section = await client.get(f"/{second_course.id}/calendar-1c.ics")
    assert section.status == 200
    events = Calendar.from_ical(await section.read()).walk("VEVENT")
    summaries = [str(e["SUMMARY"]) for e in events]
    assert any("Discussion section 1C" in s for s in summaries)
    assert not any("Discussion section 1A" in s for s in summaries)
    assert (await client.get("/no-such-course/calendar.ics")).status == 404
    assert (await client.get(f"/{second_course.id}/calendar-9Z.ics")).status == 404


def test_feed_paths_name_the_course():
    """Feed links for a bot serving several courses carry the course id."""
    assert feed_path("1C", None, "stat-187-f24") == "/stat-187-f24/calendar-1C.ics"
    assert (
        feed_url("https://bot.example", None, None, "stat-187-f24") == "https://bot.example/stat-187-f24/calendar.ics"
    )
    assert feed_path() == "/calendar.ics"


async def test_a_bot_whose_servers_pick_has_no_bare_feed(two_course_bot, serve, course, second_course):  # noqa: F811
    """Serving a folder of courses (each server picks), /calendar.ics names each course's path rather than serving
    one course to another's students; /healthz lists every course's data version."""
    two_course_bot.courses = dataclasses.replace(two_course_bot.courses, per_server=True)
    client = await serve(two_course_bot)
    bare = await client.get("/calendar.ics")
    assert bare.status == 404
    said = await bare.text()
    assert f"/{course.id}/calendar.ics" in said
    assert f"/{second_course.id}/calendar.ics" in said
    assert (await client.get("/calendar-1C.ics")).status == 404
    assert (await client.get(f"/{second_course.id}/calendar.ics")).status == 200
    health = await (await client.get("/healthz")).json()
    assert health["courses"] == {course.id: course.version, second_course.id: second_course.version}
