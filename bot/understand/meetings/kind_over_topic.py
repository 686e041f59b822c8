"""A kind of meeting named by all the words a schedule topic was found by ("mid term review when and where", "what
time are the exam review sessions"): the kind's own meetings say when and where, which a schedule row's date alone
does not, so the meeting reading is taken over the topic one instead of asking which was meant."""

from __future__ import annotations

from bot.course.model import Course
from bot.course.occurrences import meetings_of
from bot.understand.words.normalize import phrase_key


def kind_over_topic(course: Course, topic_slots: dict, fact_slots: dict) -> bool:
    """True when the meeting-time or -place reading's kind has meetings and its names hold every word the topic
    reading matched."""
    kind = fact_slots.get("kind")
    if fact_slots.get("fact") not in ("meeting_time", "meeting_place") or kind in (None, "class"):
        return False
    found = course.meeting_kind(kind)
    words = set(phrase_key(topic_slots.get("words") or ""))
    if found is None or not words or not meetings_of(course, kind):
        return False
    named = {w for n in (found.id, found.name, found.plural, *found.aliases) for w in phrase_key(n)}
    return words <= named
