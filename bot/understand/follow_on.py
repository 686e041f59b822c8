"""A follow-on part about the answer of the part before it: "what's due after hw3, and is it before or after spring
break" asks about the work due after HW3, not HW3. The follow-on is re-read as a due-date question about that work."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.course.model import Course
from bot.understand.reading import Mention, Reading
from bot.understand.result import Part

# "is it before or after spring break", "is that before the midterm", "is it during reading week"
_ABOUT_IT = re.compile(r"^(?:and\s+)?(?:is|was|will)\s+(?:it|that|this|that one|this one)\s+(?:be\s+)?(?:due\s+)?")


@dataclass(frozen=True)
class FollowOn:
    """What the follow-on asks, in words the reader knows ("is it due before or after spring break"), and the
    assignment its "it" stands for."""

    text: str
    assignment: str


def follow_on(course: Course, previous: Part, reading: Reading) -> FollowOn | None:
    """The follow-on part about the work the previous part answered, or None when the part is not one."""
    if previous.intent != "next_due" or not previous.slots.get("after") or previous.slots.get("which"):
        return None
    found = _ABOUT_IT.match(reading.text)
    after = course.assignment(previous.slots["after"])
    if found is None or after is None:
        return None
    kinds = previous.slots.get("kinds") or ()
    section = previous.slots.get("section")
    later = sorted(
        (a for a in course.assignments if a.due > after.due and a.is_for(section) and (not kinds or a.kind in kinds)),
        key=lambda a: (a.due, a.id),
    )
    if not later:
        return None
    return FollowOn(f"is it due {reading.text[found.end() :]}", later[0].id)


def about(reading: Reading, assignment: str) -> Reading:
    """The reading with the assignment it is about put in place of any it named or took from before."""
    reading.mentions = [m for m in reading.mentions if m.kind != "assignment"]
    reading.mentions.append(Mention("assignment", (assignment,), -1, -1))
    reading.unknown_assignments = []
    return reading
