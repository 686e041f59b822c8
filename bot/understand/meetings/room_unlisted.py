"""Where a meeting is held, asked of one the page gives no room for ("what room is group 4's tutorial in"): said to be
not on the course page, with where to ask, before what the page does say of it (its day and time)."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.answer import Answer, text
from bot.course.meetings import Meeting
from bot.course.model import Course
from bot.course.occurrences import meetings_of
from bot.understand.answering.replies import NOT_ON_PAGE, where_to_ask
from bot.understand.words.normalize import holds_fragment, phrase_key

# Words that ask where a meeting is held.
_WHERE = re.compile(r"\b(?:where|wheres|what\s+room|which\s+room|room|rooms|venue|location|building)\b")
_WHERE_NEEDS = ("where", "room", "venue", "location", "building")  # a word every match of _WHERE holds


def asks_where(question: str) -> bool:
    """Whether the question asks where something is held."""
    said = question.lower().replace("'", "")
    return holds_fragment(said, _WHERE_NEEDS) and _WHERE.search(said) is not None


def _named_kinds(course: Course, question: str) -> set[str]:
    """The kinds of meeting the question names by the course's words for them ("tutorial", "lab")."""
    words = set(phrase_key(question))
    return {
        k.id
        for k in course.meeting_kinds
        if any(set(key) <= words for n in (k.id, k.name, k.plural, *k.aliases) if (key := phrase_key(n)))
    }


def unlisted_room(course: Course, question: str, answer: Answer, kind: str | None, section: str | None) -> Answer:
    """The answer, opening with "which room is not on the course page" when every meeting asked about (the section's
    own, of the kind asked or the kinds the question names) has neither a room nor a link; else unchanged."""
    if not asks_where(question) or answer.kind not in ("info", "unknown"):
        return answer
    kinds = {kind} if kind and kind != "class" else _named_kinds(course, question)
    asked: list[Meeting] = [
        m
        for m in meetings_of(course, None, section)
        if (not kinds or m.kind in kinds or _counts_as(course, m, kinds)) and (not section or m.section == section)
    ]
    if any(m.room or m.online for m in asked):
        return answer
    if asked:
        label = " and ".join(sorted({course.meeting_label(m.kind, section) for m in asked}))
    elif answer.kind == "unknown" and len(kinds) == 1:
        # "where is lecture" on a page that gives no lecture times or rooms at all: the room first, not the time
        kind_asked = next(iter(kinds))
        if any(d.kind == kind_asked and d.room for d in course.schedule):
            return answer  # "where is the poster session": a one-off of its own kind, held where its row says
        label = course.kind_name(kind_asked).lower()
    else:
        return answer
    said = text(f"Which room {label} meets in is {NOT_ON_PAGE}; {where_to_ask(course)}.")
    return replace(answer, lines=(said, *answer.lines), kind="unknown")


def _counts_as(course: Course, meeting: Meeting, kinds: set[str]) -> bool:
    own = next((k for k in course.meeting_kinds if k.id == meeting.kind), None)
    return own is not None and own.group in kinds
