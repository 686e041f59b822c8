"""Going to another section's meeting instead of one's own ("can i go to the thursday afternoon lab instead of my
wednesday one just for one week", "can i swap tutorials this week"): the course's rule on switching, not that day's
schedule."""

from __future__ import annotations

import re

from bot.core.kept import Kept
from bot.course.model import Course

# Another meeting in place of one's own.
_INSTEAD = re.compile(
    r"\b(?:go\s+to|attend|join|sit\s+in\s+on|come\s+to)\b[^?.]{0,60}\binstead\s+of\s+(?:my|our|the\s+one\s+i'?m\s+in)\b"
)
# Words for one's group of a kind of meeting, beside the course's own kinds of meeting ("lab", "tute").
_GROUPS = ("section", "class", "group")
_KINDS: Kept[re.Pattern[str]] = Kept(size=32)


def _switch_asked(course: Course) -> re.Pattern[str]:
    """ "switch labs", "swap to another tutorial", "a different section for one week", in the course's own words for
    its kinds of meeting: built once per course."""

    def build() -> re.Pattern[str]:
        names = {n.lower() for k in course.meeting_kinds for n in (k.id, k.name, k.plural, *k.aliases) if n}
        kinds = "|".join(sorted((re.escape(n) for n in names | set(_GROUPS)), key=len, reverse=True))
        return re.compile(
            rf"\b(?:switch|swap|change|move)\s+(?:to\s+)?(?:(?:my|a|another|the|other|different)\s+)?(?:{kinds})s?\b"
            rf"|\b(?:different|another|other)\s+(?:{kinds})\b[^?.]{{0,40}}"
            r"\b(?:for\s+(?:one|a|this|that|next)\s+week|this\s+week|next\s+week|once)\b"
        )

    return _KINDS.get(course, "switch asked", build)


_SWITCH_WORDS = re.compile(r"\b(?:switch\w*|swap\w*|change\s+(?:class|section|lab|tutorial)\w*)\b", re.IGNORECASE)

_POLICY: Kept[str] = Kept(size=32)


def switch_policy(course: Course) -> str:
    """The course's one policy whose keywords speak of switching section or class, or ""."""

    def find() -> str:
        found = [p.id for p in course.policies if any(_SWITCH_WORDS.search(k) for k in p.keywords)]
        return found[0] if len(found) == 1 else ""

    return _POLICY.get(course, "switch policy", find)


def switch_question(course: Course, question: str) -> str | None:
    """The switching rule's id when the question asks to go to another section's meeting; None otherwise."""
    said = " ".join(question.lower().split())
    if not _INSTEAD.search(said) and not _switch_asked(course).search(said):
        return None
    return switch_policy(course) or None
