"""One piece of work told apart in several items ("Field log (Nord)" and "Field log (Süd)", "Homework 4 Part A" and
"Homework 4 Part B", "Farm project: proposal" and "Farm project: report"): a day one of them is due is no No to a
student who asks of the work by its common name ("is the field log due may 13")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.course.model import Assignment

# A title's bracket ("(Nord)"), closing part ("Part B") or piece after a colon that tells one work's pieces apart
_TOLD_APART = re.compile(r"\s*\([^)]*\)|\s+part\s+\w+\s*$|\s*:.*$", re.IGNORECASE)


def one_work_told_apart(items: Sequence[Assignment]) -> bool:
    """Whether the items are one piece of work told apart by section or part: all of one title besides the
    bracket, the part or what follows its colon."""
    titles = {_TOLD_APART.sub("", a.title).strip().lower() for a in items}
    return len(items) > 1 and len(titles) == 1


def each_sections_own(items: Sequence[Assignment]) -> bool:
    """Whether each item is for sections of its own, none shared ("(Nord)" and "(Süd)"; never two parts that
    every section does)."""
    named = [s for a in items for s in a.sections]
    return all(a.sections for a in items) and len(set(named)) == len(named)
