"""A deadline asked for a section or group the student names ("im in group 2, when is check-off 3 due, and is it the
same for group 1"): the student sees first whether the item is for that section at all, and, when they ask whether
it is the same for another one, that the page gives one deadline for everyone who does it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.core.answer import Text, text
from bot.core.timefmt import human_date, human_time
from bot.course.model import Assignment, Course

# "is it the same deadline for group 1", "same due date for the other section", "does group 1 have the same"
# How the line that the deadline is the same for the sections named opens.
SAME_FOR = "The same for"
_SAME_ASKED = re.compile(r"\bsame\b|\bdifferent\b|\btoo\b|\bas\s+well\b")
# "is lab report 6 due later for us then", "is our deadline earlier": whether the section's own deadline differs
_SHIFT_ASKED = re.compile(r"\b(?:due|deadline)\s+(?:\w+\s+)?(?:later|earlier)\b(?!\s+than)")


def section_lines(course: Course, question: str, items: Sequence[Assignment], named: Sequence[str]) -> list[Text]:
    """Lines to put first: an item not for a named section says whom it is for; asked whether it is the same for
    the sections named, an item with one deadline says so with that deadline. Nothing when no section is named."""
    if not named:
        return []
    lines = []
    same = _SAME_ASKED.search(question) is not None or _SHIFT_ASKED.search(question.lower()) is not None
    for item in items:
        outside = [s for s in named if item.sections and s not in item.sections]
        if outside:
            who = ", ".join(course.section_labels(item.sections))
            lines.append(text(f"{item.short} is for {who} only, not {course.section_label(outside[0])}."))
        elif same and not _own_piece(course, item, named):
            due = item.due.astimezone(course.tz)
            groups = " and ".join(course.section_label(s) for s in named)
            lines.append(
                text(
                    f"{SAME_FOR} {groups}: the course page gives {item.short} one deadline, "
                    f"{human_date(due.date())}, {human_time(due.time())}, for everyone who does it."
                )
            )
    return lines


def _own_piece(course: Course, item: Assignment, named: Sequence[str]) -> bool:
    """Work only the named sections do, of a course with others ("Field log N" for Nord): no other section's deadline
    to be the same as, or later than."""
    every = {s.id for s in course.sections}
    return bool(item.sections) and set(item.sections) <= set(named) and set(item.sections) != every


def same_verdict(question: str, lines: Sequence[Text]) -> bool | None:
    """The Yes or No when the section lines say only that each item's deadline is the same for the sections named:
    Yes to "is it the same deadline for group 1", No to "is it different for group 1" or "is it due later for us"
    (the section's lab moved, the deadline did not); None when they say more."""
    if not lines or not all(isinstance(line[0], str) and line[0].startswith(SAME_FOR) for line in lines):
        return None
    lowered = question.lower()
    return _DIFFERENT_ASKED.search(lowered) is None and _SHIFT_ASKED.search(lowered) is None


_DIFFERENT_ASKED = re.compile(r"\bdiff[ea]rent\b|\bdiffer\b")
