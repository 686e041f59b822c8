"""'whats the lecture after the guest talk', 'the studio after the playtest day': a kind of meeting named, then a day
of the schedule (or another meeting) it comes after. The first meeting of that kind after that day is asked, not
the day named (bot.understand.question.slots finds the day it counts from)."""

from __future__ import annotations

import re

from bot.understand.question.reading import Reading

# "are there any more practicals after ...", "is there another tutorial after ...": whether one is held at all
_ANY_MORE = re.compile(r"\b(?:(?:is|are)\s+there\s+(?:any\s+more|any|another|more|a|an|one)|any\s+more)\b")


def after_a_meeting(reading: Reading) -> bool:
    """Whether a kind of meeting is named before a day of the schedule or a meeting that it is asked after."""
    anchors = [m.start for m in reading.mentions if m.kind in ("topic", "kind") and m.relation == "after"]
    if not anchors:
        return False
    return any(m.kind == "kind" and not m.relation and m.start < min(anchors) for m in reading.mentions)


def asks_any_more(question: str) -> bool:
    """Whether a question about the meetings after a day asks if there is one at all (a Yes or No first)."""
    return _ANY_MORE.search(question.lower()) is not None
