"""A small web server next to the bot: the course calendar as a feed students subscribe to, and /healthz.

Routes (all GET, HEAD too):
  /calendar.ics                       the course, everything (a bot serving several: 404 naming each one's path)
  /calendar-1A.ics                    one section's calendar (same as /calendar.ics?section=1A)
  /<course id>/calendar.ics           one course of a bot that serves several (and /<course id>/calendar-1A.ics)
  ...?include=deadlines-exams         a preset (see INCLUDE_PRESETS) or kinds, comma-separated:
                                      ?include=deadlines,exams (kinds from bot.calendar_ics.CALENDAR_KINDS)
  /healthz                            JSON: 200 when healthy, 503 otherwise

The path form is the one shown to students (some calendar clients drop query strings); both forms work.

The feed is the same bytes every time for a given data version, so its ETag (a hash of the bytes) only changes
when the calendar does: DTSTAMP is the time the data files were last modified (`data_stamp`), not the time of
the request. Last-Modified is that time too. Conditional requests get 304: If-None-Match first, then
If-Modified-Since (RFC 9110 §13.2.2). The feed and /healthz are public and contain nothing secret: the course
data is the public course page, and /healthz reports states, never tokens, paths or settings.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiohttp import web

from bot.calendar.ics import build_calendar, calendar_filename
from bot.calendar.include import BadFeedRequest, UnknownSection, data_stamp, feed_path, include_param, parse_include
from bot.course.model import Course

log = logging.getLogger(__name__)


class UnknownCourse(BadFeedRequest):
    """A feed request names a course this bot does not serve."""


CACHE_CONTROL = "public, max-age=300"
CALENDAR_TYPE = "text/calendar"


# --- the feed ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RenderedCalendar:
    body: bytes
    etag: str  # the value, without quotes
    last_modified: dt.datetime
    filename: str


class CalendarFeed:
    """Builds calendars from the bot's current course, once per (data version, section, kinds)."""

    def __init__(self, bot: Any) -> None:
        self.bot = bot
        self._cache: dict[tuple[str, str, str | None, frozenset[str]], RenderedCalendar] = {}
        self._stamps: dict[str, dt.datetime] = {}

    def stamp(self, course: Course) -> dt.datetime:
        """This data version's fixed `now`: its files' mtime, else the first time this process served it."""
        if course.version not in self._stamps:
            found = data_stamp(Path(course.folder) if course.folder else self.bot.settings.data_dir)
            self._stamps[course.version] = found or self.bot.now().astimezone(dt.UTC).replace(microsecond=0)
        return self._stamps[course.version]

    def course(self, course_id: str | None) -> Course:
        """The bot's course, or (a bot serving several) the one with this id; UnknownCourse if it has none.

        A bot whose servers each pick their course has no course of its own: the bare path names the course
        paths instead of serving one course's calendar to another course's students."""
        default: Course = self.bot.course
        courses = getattr(self.bot, "courses", None)
        if course_id is None:
            if courses is not None and getattr(courses, "per_server", False):
                paths = ", ".join(feed_path(course_id=c.id) for c in courses)
                raise UnknownCourse(f"this calendar serves several courses, each at its own path: {paths}")
            return default
        for course in [*(courses or ()), default]:
            if course.id.lower() == course_id.lower():
                return course
        raise UnknownCourse(f"no course {course_id!r}")

    def render(self, section: str | None, kinds: frozenset[str], course_id: str | None = None) -> RenderedCalendar:
        course = self.course(course_id)
        if section is not None:
            found = course.find_section(section)
            if found is None:
                raise UnknownSection(f"no section {section!r}; sections: {', '.join(course.section_ids())}")
            section = found.id
        key = (course.id, course.version, section, kinds)
        cached = self._cache.get(key)
        if cached is None:
            if any(k[0] == course.id and k[1] != course.version for k in self._cache):
                # the data was reloaded: old versions of this course are never served again
                self._cache = {k: v for k, v in self._cache.items() if k[0] != course.id}
            stamp = self.stamp(course)
            body = build_calendar(course, section=section, include=set(kinds), now=stamp)
            cached = RenderedCalendar(
                body=body,
                etag=hashlib.sha256(body).hexdigest()[:32],
                last_modified=stamp,
                filename=calendar_filename(course, section),
            )
            self._cache[key] = cached
        return cached


# The application's state: the bot it reports on, its calendar cache, the last health state logged.
BOT_KEY = web.AppKey("bot", object)
FEED_KEY = web.AppKey("feed", CalendarFeed)
HEALTH_KEY = web.AppKey("health", dict)


def _not_modified(request: web.Request, rendered: RenderedCalendar) -> bool:
    """RFC 9110: If-None-Match decides when present (weak comparison); otherwise If-Modified-Since."""
    tags = request.if_none_match
    if tags is not None:
        return any(tag.value in ("*", rendered.etag) for tag in tags)
    since = request.if_modified_since
    return since is not None and rendered.last_modified <= since


async def _calendar(request: web.Request) -> web.StreamResponse:
    feed: CalendarFeed = request.app[FEED_KEY]
    section = request.match_info.get("section") or request.query.get("section") or None
    course_id = request.match_info.get("course")
    try:
        kinds = parse_include(request.query.get("include"))
        rendered = feed.render(section, kinds, course_id)
    except BadFeedRequest as err:
        # %r: the values come from anyone's request; quoted and escaped, they cannot end the line or fake a field
        log.info("event=feed_refused course=%r section=%r reason=%r", course_id, section, str(err))
        missing = isinstance(err, UnknownSection | UnknownCourse)
        return web.Response(status=404 if missing else 400, text=f"{err}\n")
    headers = {"Cache-Control": CACHE_CONTROL}
    if _not_modified(request, rendered):
        response = web.Response(status=304, headers=headers)
    else:
        headers["Content-Disposition"] = f'inline; filename="{rendered.filename}"'
        response = web.Response(body=rendered.body, content_type=CALENDAR_TYPE, charset="utf-8", headers=headers)
    response.etag = rendered.etag
    response.last_modified = rendered.last_modified
    log.info(
        "event=feed_served section=%s include=%s status=%d bytes=%d etag=%s",
        section or "all",
        include_param(kinds),
        response.status,
        0 if response.status == 304 else len(rendered.body),
        rendered.etag[:12],
    )
    return response


# --- health -----------------------------------------------------------------------------------------------------


def health_report(bot: Any) -> tuple[bool, dict[str, Any]]:
    """(healthy, report): gateway connected, scheduler running (if this bot runs one), database reachable."""
    latency = bot.latency
    connected = bool(bot.is_ready() and not bot.is_closed())
    expected = bool(getattr(bot, "run_scheduler", True))
    schedule = getattr(bot, "schedule", None)
    running = bool(schedule is not None and schedule.running)
    reachable = bot.store.ping()
    last_sent = None
    if reachable:
        try:
            last_sent = bot.store.deliveries.last_sent()
        except Exception:
            reachable = False
    healthy = connected and reachable and (running or not expected)
    report = {
        "status": "ok" if healthy else "unhealthy",
        "gateway": {
            "connected": connected,
            "latency_ms": round(latency * 1000, 1) if isinstance(latency, float) and math.isfinite(latency) else None,
        },
        "scheduler": {"running": running, "enabled": expected},
        "database": {"reachable": reachable},
        "last_announcement_sent": last_sent.astimezone(bot.course.tz).isoformat() if last_sent else None,
        "data_version": bot.course.version,
        "courses": {c.id: c.version for c in getattr(bot, "courses", None) or (bot.course,)},
        "checked_at": bot.now().astimezone(dt.UTC).isoformat(timespec="seconds"),
    }
    return healthy, report


async def _healthz(request: web.Request) -> web.Response:
    bot = request.app[BOT_KEY]
    healthy, report = health_report(bot)
    if request.app[HEALTH_KEY].get("healthy") != healthy:  # log changes, not every probe
        request.app[HEALTH_KEY]["healthy"] = healthy
        log.log(
            logging.INFO if healthy else logging.WARNING,
            "event=health_changed healthy=%s gateway=%s scheduler=%s database=%s",
            healthy,
            report["gateway"]["connected"],
            report["scheduler"]["running"],
            report["database"]["reachable"],
        )
    return web.json_response(report, status=200 if healthy else 503, headers={"Cache-Control": "no-store"})


# --- the server -------------------------------------------------------------------------------------------------


def make_app(bot: Any) -> web.Application:
    """The aiohttp application for a bot (tests serve it with aiohttp's test client)."""
    app = web.Application()
    app[BOT_KEY] = bot
    app[FEED_KEY] = CalendarFeed(bot)
    app[HEALTH_KEY] = {}
    app.router.add_get("/calendar.ics", _calendar)
    app.router.add_get(r"/calendar-{section:[A-Za-z0-9_.-]+?}.ics", _calendar)
    app.router.add_get(r"/{course:[A-Za-z0-9_.-]+}/calendar.ics", _calendar)
    app.router.add_get(r"/{course:[A-Za-z0-9_.-]+}/calendar-{section:[A-Za-z0-9_.-]+?}.ics", _calendar)
    app.router.add_get("/healthz", _healthz)
    return app


async def start_http(bot: Any, port: int, host: str = "0.0.0.0") -> web.AppRunner:  # noqa: S104 (a PaaS routes to it)
    """Serve the feed and /healthz on host:port until stop_http. Raises OSError if the port is taken."""
    # No access log (health probes every few seconds would drown the bot's own lines; the feed logs itself),
    # and a short shutdown so SIGTERM is not held up by a calendar client's open connection.
    runner = web.AppRunner(make_app(bot), access_log=None, handle_signals=False, shutdown_timeout=3.0)
    await runner.setup()
    try:
        await web.TCPSite(runner, host, port).start()
    except BaseException:
        await runner.cleanup()
        raise
    log.info("event=http_started port=%d routes=/calendar.ics,/healthz", port)
    return runner


async def stop_http(runner: web.AppRunner | None) -> None:
    if runner is None:
        return
    await runner.cleanup()
    log.info("event=http_stopped")
