"""How often one person may post to the course forum: a brake on floods, anonymous ones included, that never
stores who asked.

A student may post at most `limit` questions within `window` (and, counted apart, `limit` follow-ups). What is
counted is a key, not a person: an HMAC-SHA256 of (server, user) under a salt drawn when the bot starts,
kept only in this process's memory and never written anywhere. The counts live in memory too, each dropped as
soon as its window has passed. So nothing in the database, the logs or the audit trail can tie an "anonymous to
everyone" question to its asker; the bot itself forgets the count within `window`, and a restart (a new salt)
forgets everything. Staff are not limited. Pure: the caller gives `now`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass, field

QUESTIONS = "question"
FOLLOW_UPS = "follow-up"


@dataclass
class AskingPace:
    """Per-person counters over a sliding window, keyed by a salted hash (see the module's note)."""

    limit: int = 5
    window: dt.timedelta = dt.timedelta(minutes=15)
    salt: bytes = field(default_factory=lambda: secrets.token_bytes(32), repr=False)
    _times: dict[str, list[dt.datetime]] = field(default_factory=dict, repr=False)

    def _key(self, what: str, guild_id: int | None, user_id: int) -> str:
        return hmac.new(self.salt, f"{what}:{guild_id}:{user_id}".encode(), hashlib.sha256).hexdigest()

    def _forget_old(self, now: dt.datetime) -> None:
        """Drop every count older than the window (and every key left with none)."""
        start = now - self.window
        for key in list(self._times):
            kept = [t for t in self._times[key] if start < t <= now]
            if kept:
                self._times[key] = kept
            else:
                del self._times[key]

    def wait_until(self, what: str, guild_id: int | None, user_id: int, now: dt.datetime) -> dt.datetime | None:
        """When this person may post `what` again, or None if they may now (nothing is counted here)."""
        self._forget_old(now)
        times = self._times.get(self._key(what, guild_id, user_id), [])
        if len(times) < self.limit:
            return None
        return times[-self.limit] + self.window

    def count(self, what: str, guild_id: int | None, user_id: int, now: dt.datetime) -> None:
        """One post of `what` by this person, now."""
        self._forget_old(now)
        self._times.setdefault(self._key(what, guild_id, user_id), []).append(now)

    def reserve(self, what: str, guild_id: int | None, user_id: int, now: dt.datetime) -> dt.datetime | None:
        """Check and count in one step: None when this person may post `what` now (one post is counted at once,
        so forms sent together cannot all pass the check before any is counted), else when they may again."""
        until = self.wait_until(what, guild_id, user_id, now)
        if until is None:
            self.count(what, guild_id, user_id, now)
        return until

    def release(self, what: str, guild_id: int | None, user_id: int, at: dt.datetime) -> None:
        """Give back a post reserved at `at` that was not posted after all (it failed)."""
        key = self._key(what, guild_id, user_id)
        times = self._times.get(key, [])
        if at in times:
            times.reverse()  # the latest reservation made at that moment
            times.remove(at)
            times.reverse()
        if key in self._times and not times:
            del self._times[key]

    def refusal(self, what: str, until: str) -> str:
        """What a student is told when they have posted as much `what` as the window allows (`until`: when they
        may post again, as they should read it)."""
        noun = "questions" if what == QUESTIONS else "follow-ups"
        minutes = int(self.window.total_seconds() // 60)
        return (
            f"You have posted {self.limit} {noun} in the last {minutes} minutes, the most the forum takes from one "
            f"person in that time. You can post again at {until}; nothing was posted."
        )

    def held(self) -> int:
        """How many keys are held now (what a test or a health check may look at; never whose)."""
        return len(self._times)
