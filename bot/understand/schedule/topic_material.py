"""A topic's material asked for ("whats the reading for apv", "slides for the herpes lecture"): the schedule rows the
topic names list that material, so the topic's reading is taken over a policy whose words hold "reading" or
"slides" (the course's textbook rule) instead of asking which was meant."""

from __future__ import annotations

from bot.course.model import Course


def material_of_topic(course: Course, topic_slots: dict) -> bool:
    """True when the topic reading asks for one kind of material and a row it found lists that material."""
    kind = topic_slots.get("_resource")
    if not kind or not topic_slots.get("words"):
        return False
    kinds = ("recording", "video") if kind == "recording" else (kind,)
    rows = [course.schedule[i] for i in topic_slots.get("rows", ())]
    return any(r.kind in kinds for row in rows for r in row.resources)
