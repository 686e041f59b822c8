"""Words that name a class day's materials (its slides, recording, notebook, code), not a topic: "are lectures
recorded" and "where are the slides" name no day, and ask of the materials the schedule lists over the term."""

from __future__ import annotations

MATERIAL_WORDS = frozenset(
    {"slides", "slide", "deck", "recording", "recordings", "recorded", "record", "video", "videos"}
    | {"notebook", "notebooks", "code", "posted"}
)
