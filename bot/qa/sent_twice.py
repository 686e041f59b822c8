"""A question sent twice is posted once: the same person sending the same title and details again within a short
window (a form re-sent after "This interaction failed", a second "Post my question" on another draft of it) is told
it was already posted, or is being posted, and nothing is posted again.

Like bot.qa.asking_pace, what is remembered is a key, not a person or a text: an HMAC-SHA256 of (server, user,
title, details) under a salt drawn when the bot starts, kept only in this process's memory, each dropped once its
window has passed; no post id is kept with it, so nothing ties an anonymous question to its asker. Pure: the caller
gives `now`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass, field

POSTING = "posting"
POSTED = "posted"


@dataclass
class SentTwice:
    """The questions each person sent in the last `window`, by salted key (see the module's note)."""

    window: dt.timedelta = dt.timedelta(minutes=10)
    salt: bytes = field(default_factory=lambda: secrets.token_bytes(32), repr=False)
    _seen: dict[str, tuple[str, dt.datetime]] = field(default_factory=dict, repr=False)

    def key(self, guild_id: int | None, user_id: int, title: str, body: str) -> str:
        """The key of this question by this person: case and spacing do not make it another question."""
        words = " ".join(f"{title}\n{body}".lower().split())
        return hmac.new(self.salt, f"{guild_id}:{user_id}:{words}".encode(), hashlib.sha256).hexdigest()

    def _forget_old(self, now: dt.datetime) -> None:
        start = now - self.window
        for key, (_, at) in list(self._seen.items()):
            if not start < at <= now:
                del self._seen[key]

    def state(self, key: str, now: dt.datetime) -> str | None:
        """POSTING while it is being posted, POSTED once it was within the window, else None."""
        self._forget_old(now)
        seen = self._seen.get(key)
        return seen[0] if seen else None

    def claim(self, key: str, now: dt.datetime) -> str | None:
        """Check and mark in one step: None when it may be posted now (it is then POSTING), else its state."""
        found = self.state(key, now)
        if found is None:
            self._seen[key] = (POSTING, now)
        return found

    def posted(self, key: str, now: dt.datetime) -> None:
        self._seen[key] = (POSTED, now)

    def release(self, key: str) -> None:
        """It was not posted after all (it failed or was refused): it may be sent again."""
        self._seen.pop(key, None)

    def held(self) -> int:
        """How many keys are held now (never whose)."""
        return len(self._seen)
