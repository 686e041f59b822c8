"""The section a student says they are in ("so i'm in tutorial group t3 and ..."), read as their own section for
the rest of the question ("what time is my tutorial"), as if they had chosen it."""

from __future__ import annotations

import re

from bot.core.kept import Kept
from bot.course.model import Course
from bot.understand.words.name_patterns import alone

# Words for a group of students on any course; the course's own kinds of meeting ("tutorial", "studio") are added.
_GROUP_WORDS = ("section", "sec", "group", "stream")
_WINDOW = 40  # characters after the words: "i'm in tutorial group t3"
_SAYS_IN: Kept[re.Pattern[str]] = Kept(size=64)


def _says_in(course: Course) -> re.Pattern[str]:
    """ "i'm in", "i am in", "my group is", "i'm section a", "im td6" (a group word, or a section's own name of
    letters and digits, straight after, never "i'm a bit lost"): what follows names the student's own section. Built
    once per course."""

    def build() -> re.Pattern[str]:
        kinds = {w.lower() for k in course.meeting_kinds for w in (k.id, k.name, k.plural, *k.aliases) if w}
        words = "|".join(sorted({re.escape(w) for w in (*_GROUP_WORDS, *kinds)}, key=lambda w: (-len(w), w)))
        named = {n.lower() for s in course.sections for n in (s.id, s.name, *s.aliases) if _letters_and_digits(n)}
        names = "|".join(sorted(map(re.escape, named), key=lambda w: (-len(w), w))) or "(?!)"
        return re.compile(
            rf"\b(?:i'?m|i\s+am|im)\s+(?:also\s+|now\s+)?(?:in\b|(?=(?:{words})\s+\w|(?:{names})\b))"
            rf"|\bmy\s+(?:{words})\s+is\b"
        )

    return _SAYS_IN.get(course, "says_in", build)


def _letters_and_digits(name: str) -> bool:
    """A section name a student can say bare after "i'm" ("td6", "t2"), never a word ("a") or a number ("101")."""
    return any(c.isdigit() for c in name) and any(c.isalpha() for c in name)


def stated_section(course: Course, question: str) -> str | None:
    """The one section the student says they are in, or None."""
    plain = " ".join(question.lower().replace("’", "'").split())
    saying = list(_says_in(course).finditer(plain))
    if not saying:  # most questions say no section: the course's section names are not gathered for them
        return None
    names = {n.lower(): s.id for s in course.sections for n in (s.id, s.name, *s.aliases) if n}
    found: set[str] = set()
    for said in saying:
        window = plain[said.end() : said.end() + _WINDOW]
        window = re.split(r"[.,;:!?]|\band\b", window, maxsplit=1)[0]
        found |= {ident for name, ident in names.items() if alone((name,)).search(window)}
        if (day := SECTION_DAY.match(window)) is not None:
            found |= _meeting_on(course, WEEKDAY_STEMS.index(day.group(1)))
    return found.pop() if len(found) == 1 else None


# "my group is on tuesdays", "i'm in the thursday one": the weekday the student's section meets
WEEKDAY_STEMS = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")
SECTION_DAY = re.compile(rf"^\s*on\s+({'|'.join(WEEKDAY_STEMS)})days?\b")


def _meeting_on(course: Course, weekday: int) -> set[str]:
    """The section whose meetings are on that weekday, when only one section's are."""
    found = {m.section for m in course.meetings if m.section is not None and weekday in m.weekdays}
    return found if len(found) == 1 else set()
