"""/qa stats: questions asked, answered by the bot before posting, share answered by staff, median time to the
first staff answer. From posts and counted events only (never who)."""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bot.store.qa_posts import Post


@dataclass(frozen=True)
class Stats:
    asked: int
    answered_before_posting: int
    posts: int
    answered_by_staff: int
    median_first_staff: dt.timedelta | None

    @property
    def staff_share(self) -> float | None:
        return self.answered_by_staff / self.posts if self.posts else None


def forum_stats(posts: Sequence[Post], counts: Mapping[str, int]) -> Stats:
    live = [p for p in posts if p.status != "deleted"]
    waits = [p.first_staff_at - p.created_at for p in live if p.first_staff_at is not None]
    staff = [p for p in live if p.first_staff_at is not None or p.answer_by_staff]
    # Questions asked: through /question (counted when written) and straight in the forum (each is a post).
    asked = counts.get("asked", 0) + sum(1 for p in posts if p.via == "forum")
    median = dt.timedelta(seconds=statistics.median(w.total_seconds() for w in waits)) if waits else None
    return Stats(asked, counts.get("answered_before_posting", 0), len(live), len(staff), median)
