"""'im in L02, is that the same room as L01', 'does 1C meet in the same place as 1D': whether two sections' own
meetings are held in the same place; Yes or No with each one's room, read from the course's weekly meetings."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.course.model import Course
from bot.course.occurrences import kind_matches

_SAME = re.compile(r"\bsame\s+(?:room|rooms|place|building|location|hall|classroom|venue|lab|labs|laboratory|spot)\b")


def asks_same_room(question: str, sections: Sequence[str]) -> bool:
    """Whether the question asks if two sections it names meet in the same place."""
    return len(set(sections)) == 2 and _SAME.search(question.lower()) is not None


def same_room_verdict(
    course: Course, question: str, sections: Sequence[str], kind: str | None
) -> tuple[bool, str] | None:
    """Yes when the two sections' own meetings (of the kind asked, if one is) are in the same place, No when not,
    with each one's place; None when not asked, or either section has no meeting of its own."""
    if not asks_same_room(question, sections):
        return None
    kind = None if kind == "class" else kind
    places: dict[str, str] = {}
    for section in dict.fromkeys(sections):
        own = [
            m for m in course.meetings if m.section == section and (kind is None or kind_matches(course, m.kind, kind))
        ]
        if not own:
            return None
        places[section] = " / ".join(dict.fromkeys(m.where for m in own))
    (first, here), (second, there) = places.items()
    said = f"{course.section_label(first)} meets in {here}; {course.section_label(second)} in {there}."
    return here == there, said
