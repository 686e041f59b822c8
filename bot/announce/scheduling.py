"""APScheduler inside the bot: one job per instant something is due, rebuilt from the data and the store.

Jobs only say "look now"; the Announcer decides what is due and posts it exactly once. So a job that fires
twice, late or after a restart never doubles a post, and a sweep every minute catches anything missed.
"""

from __future__ import annotations

import datetime as dt
import logging

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger

from bot.announce.delivery import Announcer

log = logging.getLogger(__name__)

SWEEP_ID = "sweep"
HORIZON = dt.timedelta(days=400)


class AnnouncementScheduler:
    def __init__(self, announcer: Announcer, *, sweep_seconds: float = 60) -> None:
        self.announcer = announcer
        self.scheduler = AsyncIOScheduler(timezone=dt.UTC)
        self.sweep_seconds = sweep_seconds
        self._stopped = False

    @property
    def running(self) -> bool:
        return self.scheduler.running and not self._stopped

    def start(self) -> None:
        """Start inside the running event loop (setup_hook), catch up on anything missed, plan the rest."""
        self.scheduler.start()
        self.scheduler.add_job(
            self.announcer.run_due,
            IntervalTrigger(seconds=self.sweep_seconds),
            id=SWEEP_ID,
            replace_existing=True,
            coalesce=True,
            max_instances=1,
            next_run_time=dt.datetime.now(dt.UTC),  # the first sweep is the catch-up after a restart
        )
        self.rebuild()

    def rebuild(self) -> int:
        """Replace every instant job with the current plan (after setup changes, reloads, new posts)."""
        if not self.scheduler.running:
            return 0
        for job in self.scheduler.get_jobs():
            if job.id != SWEEP_ID:
                job.remove()
        now = self.announcer.clock.now()
        instants: set[dt.datetime] = set()
        for guild_id in self.announcer.store.server_settings.guild_ids():
            instants.update(item.at.astimezone(dt.UTC) for item in self.announcer.upcoming(guild_id, HORIZON))
        shapes = {}
        for sub in self.announcer.store.reminders.subscriptions():
            shapes.setdefault((sub.kinds, sub.offsets, sub.section), sub)
        for sub in shapes.values():  # subscribers with the same settings share their instants
            instants.update(i.at.astimezone(dt.UTC) for i in self.announcer.dm_items(sub, now, now + HORIZON))
        for at in sorted(instants):
            self.scheduler.add_job(
                self.announcer.run_due,
                DateTrigger(run_date=at),
                id=f"at:{at.isoformat()}",
                replace_existing=True,
                misfire_grace_time=None,
                coalesce=True,
            )
        log.info("event=schedule_rebuilt jobs=%d", len(instants))
        return len(instants)

    def shutdown(self) -> None:
        """Stop once; later calls do nothing (APScheduler finishes stopping in a loop callback)."""
        if self.scheduler.running and not self._stopped:
            self._stopped = True
            self.scheduler.shutdown(wait=False)
