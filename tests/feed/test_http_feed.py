"""The calendar feed and /healthz over HTTP: stable ETag and Last-Modified, 304s, section and kind variants,
healthy (200) and unhealthy (503) states, and the real server on a loopback port next to the running bot."""

from __future__ import annotations

import dataclasses
import datetime as dt
import email.utils
import json
import re
from types import SimpleNamespace

import aiohttp
import pytest
from aiohttp.test_utils import TestClient, TestServer
from icalendar import Calendar

from bot.calendar.include import data_stamp, feed_path, feed_url, parse_include
from bot.core.clock import FixedClock
from bot.course.loader import BUNDLED_DATA
from bot.feed.http import make_app, start_http, stop_http
from bot.store.database import Store
from tests.conftest import at
from tests.discord_harness import fake_discord, running_bot


class StandInBot:
    """Just what the feed and /healthz read from CourseBot (same names, same meanings)."""

    def __init__(self, course, store, *, ready=True, closed=False, latency=0.042, scheduler=True, expected=True):
        self.course = course
        self.store = store
        self.settings = SimpleNamespace(data_dir=BUNDLED_DATA)
        self.clock = FixedClock(at("2024-02-12 10:00"))
        self.latency = latency
        self.run_scheduler = expected
        self.schedule = SimpleNamespace(running=scheduler) if expected else None
        self._ready, self._closed = ready, closed

    def now(self):
        return self.clock.now()

    def is_ready(self):
        return self._ready

    def is_closed(self):
        return self._closed


@pytest.fixture
def store():
    db = Store(":memory:")
    yield db
    db.close()


@pytest.fixture
async def serve():
    """serve(bot) -> an aiohttp test client for the bot's feed app."""
    clients = []

    async def start(bot):
        client = TestClient(TestServer(make_app(bot)))
        await client.start_server()
        clients.append(client)
        return client

    yield start
    for client in clients:
        await client.close()


async def test_feed_is_stable_and_answers_conditional_requests(course, store, serve):
    """Same bytes and ETag on every request; If-None-Match and If-Modified-Since give 304 without a body."""
    client = await serve(StandInBot(course, store))
    first = await client.get("/calendar.ics")
    assert first.status == 200
    assert first.headers["Content-Type"] == "text/calendar; charset=utf-8"
    body = await first.read()
    etag, modified = first.headers["ETag"], first.headers["Last-Modified"]
    assert re.fullmatch(r'"[0-9a-f]{32}"', etag)  # strong and quoted
    assert email.utils.parsedate_to_datetime(modified) == data_stamp(BUNDLED_DATA)
    assert "10-605-s24.ics" in first.headers["Content-Disposition"]
    second = await client.get("/calendar.ics")
    assert (await second.read(), second.headers["ETag"]) == (body, etag)
    assert len(Calendar.from_ical(body).walk("VEVENT")) > 20

    cases = [
        ({"If-None-Match": etag}, 304),
        ({"If-None-Match": f'"other", {etag}'}, 304),
        ({"If-None-Match": f"W/{etag}"}, 304),  # weak comparison, as RFC 9110 asks for If-None-Match
        ({"If-None-Match": '"other"'}, 200),
        ({"If-Modified-Since": modified}, 304),
        ({"If-Modified-Since": "Mon, 01 Jan 2024 00:00:00 GMT"}, 200),
        ({"If-None-Match": '"other"', "If-Modified-Since": modified}, 200),  # If-None-Match decides
    ]
    for headers, status in cases:
        response = await client.get("/calendar.ics", headers=headers)
        assert response.status == status, headers
        if status == 304:
            assert await response.read() == b""
            assert response.headers["ETag"] == etag
            assert response.headers["Last-Modified"] == modified
        else:
            assert await response.read() == body
    head = await client.head("/calendar.ics")
    assert head.status == 200
    assert head.headers["ETag"] == etag


async def test_section_and_kind_variants(course, store, serve):
    """/calendar-10-605.ics == ?section=10-605; sections differ; ?include filters; bad input is 404/400."""
    client = await serve(StandInBot(course, store))
    by_path = await client.get("/calendar-10-605.ics")
    by_query = await client.get("/calendar.ics", params={"section": "10-605"})
    other = await client.get("/calendar-10-405.ics")
    assert by_path.status == by_query.status == other.status == 200
    assert await by_path.read() == await by_query.read()
    assert by_path.headers["ETag"] == by_query.headers["ETag"] != other.headers["ETag"]
    names = [str(e["summary"]) for e in Calendar.from_ical(await other.read()).walk("VEVENT")]
    assert all(n.startswith("10-405 ") for n in names)

    exams = await client.get(feed_path("10-605", parse_include("exams")))
    exam_names = [str(e["summary"]) for e in Calendar.from_ical(await exams.read()).walk("VEVENT")]
    assert exam_names == ["10-605 Exam 1", "10-605 Exam 2"]
    preset = await client.get("/calendar.ics?include=deadlines-exams")
    listed = await client.get("/calendar.ics?include=deadlines,exams")
    assert await preset.read() == await listed.read()

    missing = await client.get("/calendar-10-999.ics")
    assert missing.status == 404
    assert "no section '10-999'" in await missing.text()
    bad = await client.get("/calendar.ics?include=parties")
    assert bad.status == 400
    assert "unknown calendar kinds parties" in await bad.text()


@pytest.mark.parametrize(
    ("query", "status", "shown"),
    [
        ("section=x%0Aevent%3Dready%20user%3Dforged", 404, r"no section 'x\nevent=ready user=forged'"),
        ("include=%00", 400, r"unknown calendar kinds \x00;"),
        ("include=lectures,%1B%5B2J", 400, r"unknown calendar kinds \x1b[2j;"),
    ],
)
async def test_a_refused_request_is_one_log_line_and_an_escaped_answer(
    course, store, serve, caplog, query, status, shown
):
    """Anyone's query: the refusal's body and its log line show control characters escaped, never raw."""
    client = await serve(StandInBot(course, store))
    with caplog.at_level("INFO", logger="bot.feed.http"):
        refused = await client.get(f"/calendar.ics?{query}")
    body = await refused.text()
    assert refused.status == status
    assert shown in body
    assert body.count("\n") == 1
    assert body.endswith("\n")
    assert "\x00" not in body
    assert "\x1b" not in body
    logged = [r.getMessage() for r in caplog.records if "feed_refused" in r.getMessage()]
    assert len(logged) == 1
    assert logged[0].isprintable()


async def test_a_data_reload_changes_the_etag_and_nothing_else_does(course, store, serve):
    """The ETag follows the data version: a new course (after /admin reload) gives new bytes and a new ETag."""
    bot = StandInBot(course, store)
    client = await serve(bot)
    before = await client.get("/calendar.ics")
    exam1, exam2 = course.exams
    bot.clock.advance(dt.timedelta(days=3))  # time passing alone changes nothing
    assert (await client.get("/calendar.ics")).headers["ETag"] == before.headers["ETag"]
    bot.course = dataclasses.replace(
        course, exams=(dataclasses.replace(exam1, date=dt.date(2024, 2, 28)), exam2), version="reloaded"
    )
    after = await client.get("/calendar.ics", headers={"If-None-Match": before.headers["ETag"]})
    assert after.status == 200
    assert after.headers["ETag"] != before.headers["ETag"]
    assert b"20240228" in await after.read()


def test_feed_urls():
    """What students are shown: the path form for a section, ?include only when not everything."""
    assert feed_url(None, "10-605") is None
    assert feed_url("https://bot.example.org/", None) == "https://bot.example.org/calendar.ics"
    assert feed_url("https://bot.example.org", "10-605", parse_include("office-hours")) == (
        "https://bot.example.org/calendar-10-605.ics?include=office-hours"
    )
    assert feed_path(None, frozenset({"lectures", "deadlines"})) == "/calendar.ics?include=lectures,deadlines"


@pytest.mark.parametrize(
    ("state", "status", "fields"),
    [
        ({}, 200, {"status": "ok"}),
        ({"ready": False}, 503, {"status": "unhealthy", "gateway": {"connected": False, "latency_ms": 42.0}}),
        ({"closed": True}, 503, {"status": "unhealthy"}),
        ({"scheduler": False}, 503, {"scheduler": {"running": False, "enabled": True}}),
        ({"expected": False}, 200, {"scheduler": {"running": False, "enabled": False}}),
        ({"latency": float("inf")}, 200, {"gateway": {"connected": True, "latency_ms": None}}),
        ({"latency": float("nan")}, 200, {"gateway": {"connected": True, "latency_ms": None}}),
    ],
)
async def test_healthz_states(course, store, serve, state, status, fields):
    """200 only with the gateway up, the database reachable and the scheduler running (when this bot runs one)."""
    client = await serve(StandInBot(course, store, **state))
    response = await client.get("/healthz")
    assert response.status == status
    report = await response.json()
    for key, value in fields.items():
        assert report[key] == value
    assert report["data_version"] == course.version
    assert report["database"] == {"reachable": True}
    assert response.headers["Cache-Control"] == "no-store"


async def test_healthz_reports_the_database_and_the_last_announcement(course, tmp_path, serve):
    """The last sent announcement is reported; a closed database makes the bot unhealthy."""
    db = Store(tmp_path / "bot.db")
    db.deliveries.claim(1, "deadline:hw1", "me", at("2024-02-12 09:00"), dt.timedelta(seconds=90))
    db.deliveries.confirm(1, "deadline:hw1", at("2024-02-12 09:00"), message_id=1, channel_id=2, late=False)
    client = await serve(StandInBot(course, db))
    report = await (await client.get("/healthz")).json()
    assert report["last_announcement_sent"] == at("2024-02-12 09:00").isoformat()
    db.close()
    broken = await client.get("/healthz")
    assert broken.status == 503
    assert (await broken.json())["database"] == {"reachable": False}


async def test_real_server_next_to_the_running_bot(course, tmp_path):
    """start_http on a loopback port: /healthz of the real bot says healthy, no secrets; stop_http frees it."""
    clock = FixedClock(at("2024-02-12 10:00"))
    async with fake_discord() as fake:
        async with running_bot(fake, course, clock, tmp_path / "bot.db") as bot:
            runner = await start_http(bot, 0, host="127.0.0.1")
            try:
                (host, port) = runner.addresses[0][:2]
                async with aiohttp.ClientSession() as session:
                    async with session.get(f"http://{host}:{port}/healthz") as response:
                        assert response.status == 200
                        raw = await response.text()
                    async with session.get(f"http://{host}:{port}/calendar-10-605.ics") as response:
                        assert response.status == 200
                        assert b"BEGIN:VCALENDAR" in await response.read()
            finally:
                await stop_http(runner)
            report = json.loads(raw)
            assert report["gateway"]["connected"] is True
            assert report["scheduler"]["enabled"] is False  # a simulated clock: the test drives the announcer
            assert report["data_version"] == course.version
            assert fake.token not in raw
            assert str(tmp_path) not in raw
            async with aiohttp.ClientSession() as session:
                with pytest.raises(aiohttp.ClientConnectionError):
                    await session.get(f"http://{host}:{port}/healthz")
        assert fake.violations == []
