"""How often a kind of class meeting is held ("are labs every week", "is the tutorial weekly", "are pracs every other
week", "how often are labs"): Yes or No from the kind's meetings when they all keep one cadence (weekly, every other
week, every few weeks), with that cadence said, then their times (which name the first week of a fortnightly one); a
"how often" gets the cadence without a Yes or No. Meetings of the kind that keep different cadences get their card
alone. Whether one must attend every week ("do i have to go to lab every week") is the attendance rule's question, not
this one."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.answer import Answer, text
from bot.course.model import Course
from bot.course.occurrences import meetings_of
from bot.understand.answering import replies
from bot.understand.question.reading import Reading

NEEDS = frozenset({"every", "each", "weekly", "fortnightly", "biweekly", "often", "fortnight"})
# "every week", "weekly"; "every other week", "fortnightly", "biweekly"; "how often": each one the question says
_CADENCE = re.compile(
    r"(?P<fortnightly>\bevery\s+(?:other|second|2nd|2|two)\s+weeks?\b|\bevery\s+fortnight\b|\bfortnightly\b"
    r"|\bbi-?weekly\b)|(?P<weekly>\b(?:every|each)\s+(?:single\s+)?week\b|\bweekly\b)|(?P<often>\bhow\s+often\b)"
)
# A duty or an absence asked of the weeks ("do i have to go to lab every week", "can i skip a lab every week"): the
# attendance rule's question
_DUTY = re.compile(
    r"\b(?:have|has|need|needs|got|supposed|required|require|must|mandatory|compulsory|attend\w*|go|come|skip\w*"
    r"|miss\w*|allowed)\b"
)
# Another thing the cadence may be asked of: a piece of work or a series of them ("is there a pre-lab every week", "is
# the lab report weekly", "a quiz in recitation every week"), an exam, a person, a period, a topic
# Before a kind of meeting, a word that makes it where another thing is ("a quiz in discussion", "homework from
# lecture")
_WITHIN = frozenset({"in", "from", "during", "at", "after", "before", "for"})
_OTHER_SUBJECTS = frozenset({"exam", "assignment", "series", "person", "role", "period", "topic"})


def cadence_asked(course: Course, reading: Reading, said: str) -> tuple[str, str | None, int] | None:
    """(kind, section, weeks asked: 1 weekly, 2 every other week, 0 how often) when the question asks how often one
    kind of meeting is held, else None."""
    lowered = said.lower()
    found = {m.lastgroup for m in _CADENCE.finditer(lowered)}
    if not found or _DUTY.search(lowered):
        return None
    named = [m for m in reading.mentions if m.kind == "kind"]
    kinds = {i for m in named for i in m.ids}
    if len(kinds) != 1 or any(m.kind in _OTHER_SUBJECTS for m in reading.mentions):
        return None
    if any(m.start and reading.tokens[m.start - 1] in _WITHIN for m in named):
        return None  # "do we get a quiz in discussion every week": asked of something in the meeting, not of it
    if any(t.kind != "range" or t.grain != "span" for t in reading.times):
        return None  # a day or a week read besides ("is there lab every week in june") asks of those
    # "how often", "every week or every other week": the cadence itself (0), no Yes or No
    either = "often" in found or not reading.yes_no or len(found) > 1
    asked = 0 if either else 2 if "fortnightly" in found else 1
    sections = {i for m in reading.mentions if m.kind == "section" for i in m.ids}
    return kinds.pop(), sections.pop() if len(sections) == 1 else None, asked


def cadence_verdict(course: Course, kind: str, section: str | None, weeks: int, card: Answer) -> Answer:
    """Yes or No on the cadence asked (`weeks` 1 or 2; 0 for how often: the cadence alone), when the kind's (or the
    section's) meetings all keep one; the card alone when they keep several."""
    found = [m for m in meetings_of(course, kind, section) if section is None or m.section in (None, section)]
    cadences = {m.every for m in found}
    if len(cadences) != 1:
        return card
    every = cadences.pop()
    found_kind = course.meeting_kind(kind)
    plural = found_kind.plural if found_kind is not None and found_kind.plural else kind
    often = "every week" if every == 1 else "every other week" if every == 2 else f"every {every} weeks"
    said = f"{plural} are held {often}" + (" (each section in its own weeks)." if every > 1 and len(found) > 1 else ".")
    if not weeks:
        return replace(card, lines=(text(said), *card.lines))
    return replies.verdict(card, every == weeks, said)
