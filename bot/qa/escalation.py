"""Unanswered questions reach staff through the announcement machinery (planned, claimed, posted exactly once
across restarts): a ping to the staff role once a question has waited `ping_hours`, and a morning digest of what
is still unanswered, however long it has waited (the same questions /qa unanswered lists). A plan source for
bot.announce.delivery.Announcer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import Any

from bot.announce.audience import staff_audience
from bot.announce.edges import bound_after, order_key
from bot.announce.planner import Plan, Planned, PlanProblem
from bot.announce.server_setup import GuildSetup
from bot.core.ids import role_id
from bot.core.timefmt import human_date
from bot.course.model import Course
from bot.qa.replies import digest, ping
from bot.store.qa_posts import Post

PING_RELEVANT = dt.timedelta(days=1)  # a ping the bot missed by more than this is skipped: the digest lists it
PING_KEY = "qa-unanswered"
DIGEST_KEY = "qa-digest"


def ping_key(post_id: int) -> str:
    return f"{PING_KEY}:{post_id}"


def digest_key(day: dt.date) -> str:
    return f"{DIGEST_KEY}:{day.isoformat()}"


def job_label(key: str) -> str | None:
    """What a forum job's key stands for, as a reader would say it ("The unanswered-question ping for #12"); None
    for a key that is not the forum's."""
    kind, _, rest = key.partition(":")
    if kind == PING_KEY:
        return f"The unanswered-question ping for #{rest}" if rest else "The unanswered-question ping"
    if kind == DIGEST_KEY:
        try:
            return f"The unanswered-questions digest of {human_date(dt.date.fromisoformat(rest))}"
        except ValueError:
            return "The unanswered-questions digest"
    return None


def waits_for_staff(post: Post) -> bool:
    """A question staff have not answered: no staff reply in its thread yet (a TA who replies without marking the
    answer has answered, as /qa stats counts it), and in Discord (a post never made there links nowhere)."""
    return post.status == "unanswered" and post.first_staff_at is None and post.thread_id is not None


class ForumPlans:
    """What the course forum asks the announcer to post, per server. `course_for` is the server's own course (None
    when it has none: its pings still go, but there is no course day for a morning digest). `staff_role_for` is the
    server's staff role id as the permission checks see it (the server's setting, else the bot's; a ping mentions the
    role by id); without it, the server's setting when it is an id."""

    def __init__(
        self,
        store: Any,
        course_for: Callable[[int], Course | None],
        *,
        only: int | None = None,
        staff_role_id: Callable[[int], int | None] | None = None,
    ) -> None:
        self.store, self.course_for, self.only = store, course_for, only
        self.staff_role_id = staff_role_id

    def ping_role(self, guild_id: int, setup: GuildSetup) -> int | None:
        """The role an unanswered-question ping mentions: the same staff role the permission checks use."""
        if self.staff_role_id is not None:
            return self.staff_role_id(guild_id)
        return role_id(setup.staff_role, lambda _name: None)  # no server to look a name up in

    def guild_ids(self) -> list[int]:
        """Servers with a forum (`only`: the console's one server)."""
        return [g for g in self.store.qa_forums.guild_ids() if self.only is None or g == self.only]

    def plan(self, guild_id: int, start: dt.datetime, end: dt.datetime) -> Plan:
        config = self.store.qa_forums.get(guild_id)
        if config is None:
            return Plan(items=[], problems=[])
        setup = GuildSetup.from_json(self.store.server_settings.get(guild_id))
        # Only the staff channel: a digest lists questions (private ones too) that students must never see, so the
        # public announcement channel is no fallback.
        channel = config.staff_channel_id
        # the course the server follows now: a course it left keeps its posts, unpinged, until it switches back
        course = self.course_for(guild_id)
        posts = self.store.qa_posts.listed(guild_id, ("unanswered",), course=course.id if course else None)
        waiting = [p for p in posts if waits_for_staff(p)]
        if channel is None:
            if not waiting:
                return Plan(items=[], problems=[])
            problem = PlanProblem(
                key=PING_KEY,
                reason="no staff channel to ping about unanswered questions (/setup qa-forum staff_channel:)",
                error=LookupError("no staff channel"),
            )
            return Plan(items=[], problems=[problem])
        role = self.ping_role(guild_id, setup)
        audience = staff_audience(channel, role)
        hours = config.ping_hours
        items = []
        for post in waiting if hours else ():  # ping_hours 0: no pings; the morning digest still lists them
            at = bound_after(post.created_at, dt.timedelta(hours=hours))
            key = ping_key(post.id)
            items.append(
                Planned(
                    at=at,
                    kind="qa_unanswered",
                    key=key,
                    audience=audience,
                    build=partial(ping, post, hours, role),
                    relevant_until=bound_after(at, PING_RELEVANT),
                    group=key,
                )
            )
        items += self._digests(guild_id, setup, waiting, audience, start, end)
        chosen = sorted((i for i in items if start <= i.at < end), key=lambda i: (order_key(i.at), i.key))
        return Plan(items=chosen, problems=[])

    def _digests(
        self, guild_id: int, setup: GuildSetup, waiting: list, audience: str, start: dt.datetime, end: dt.datetime
    ) -> list[Planned]:
        course = self.course_for(guild_id) if waiting else None
        if course is None:
            return []
        first = max(start, min(p.created_at for p in waiting)).astimezone(course.tz).date()
        # no cut-off: a question waiting a month is still waiting, and /qa unanswered still lists it
        out = []
        day = first
        while course.at(day, setup.morning) < end:
            morning = course.at(day, setup.morning)
            listed = [p for p in waiting if p.created_at < morning]
            if listed:
                key = digest_key(day)
                out.append(
                    Planned(
                        at=morning,
                        kind="qa_digest",
                        key=key,
                        audience=audience,
                        build=partial(digest, listed, day),
                        relevant_until=course.at(day + dt.timedelta(days=1), dt.time(0, 0)),
                        group=key,
                    )
                )
            day += dt.timedelta(days=1)
        return out
