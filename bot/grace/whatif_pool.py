"""What a late what-if starts from: the pool units the asker has for the assignments it is about."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bot.course.model import Assignment, Course
from bot.grace.engine import Tally


@dataclass(frozen=True)
class WhatIfPool:
    """Units a what-if may spend, and whether they come from the asker's own record (else all are assumed left)."""

    left: float
    known: bool


def whatif_pool(course: Course, tally: Tally | None, items: Iterable[Assignment]) -> WhatIfPool:
    """The pool for a what-if on `items` (each assignment or part the answer shows): the record's units left plus
    what those items already used (the what-if decides them again); without a record or a pool, the whole pool.
    /late and /ask both start here, so the same items give the same units."""
    if tally is None or course.late.pool is None:
        return WhatIfPool(course.grace.total, known=False)
    return WhatIfPool(tally.left_before(item.id for item in items), known=True)
