"""A block of one kind of meeting on consecutive days ("a one-week lab practical block", "the field week"): the
schedule's rows of that kind, held day after day, make a stretch a student names by the kind and a word for a stretch
("the lab week", "the practical block", "the week after the field days"). The student then gets that stretch's first
and last day, what is due the week after it, and whether another kind of meeting is held during it, as for a break.

Read once per course from its schedule: a kind's rows (for every student, not one section's) that fall on weekdays
one after another, at least three and within two weeks, and that hold most of that kind's rows. A kind meeting weekly
or twice a week, or every day of the term, makes no block.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from bot.course.model import NO_CLASS_KINDS, Course

# Words that make a kind's name a stretch's name: "the practical week", "the lab block", "the field days".
SPAN_WORDS = ("week", "block", "days")
_MIN_DAYS = 3
_MAX_LENGTH = dt.timedelta(days=13)


class KindBlock(NamedTuple):
    """A kind's run of meetings on consecutive weekdays: the kind, its first and last day."""

    kind: str
    first: dt.date
    last: dt.date


def kind_blocks(course: Course) -> list[KindBlock]:
    """Each meeting kind's block, where its rows make exactly one."""
    out = []
    kinds = {r.kind for r in course.schedule if r.kind not in NO_CLASS_KINDS and not r.exam_id}
    for kind in sorted(kinds):
        days = sorted({r.date for r in course.schedule if r.kind == kind and not r.sections})
        runs: list[list[dt.date]] = []
        for day in days:
            if runs and _next_weekday(runs[-1][-1]) == day:
                runs[-1].append(day)
            else:
                runs.append([day])
        blocks = [run for run in runs if len(run) >= _MIN_DAYS and run[-1] - run[0] <= _MAX_LENGTH]
        # one block holding most of the kind's days: not a weekly kind with one busy week
        if len(blocks) == 1 and 2 * len(blocks[0]) > len(days):
            out.append(KindBlock(kind, blocks[0][0], blocks[0][-1]))
    return out


def _next_weekday(day: dt.date) -> dt.date:
    """The weekday after a day (a Friday's is the Monday)."""
    step = {4: 3, 5: 2}.get(day.weekday(), 1)
    return day + dt.timedelta(days=step)
