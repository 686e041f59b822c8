"""'is there a culture report for practical 6 too', 'do we have a lab report for lab 3': whether the course's work of a
kind is set on a numbered meeting. The work list decides: Yes with the item whose title or notes name that meeting,
No when none does (with the page's own sentence where a note says so, and which meeting each item is for)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.answer import Answer, Stamp, text
from bot.core.matching import fold
from bot.core.sentences import split_sentences
from bot.course.model import Assignment, Course
from bot.understand.answering import replies
from bot.understand.answering.asked import Asked
from bot.understand.question.reading import Reading
from bot.understand.question.result import Slots
from bot.understand.words.normalize import holds_phrase, phrase_key

# every question read here holds one of these words (the recognizer row's gate)
NEEDS = frozenset({"for"})
# "for practical 6", "for the 3rd lab": a numbered thing the work is asked to be set on
_FOR_NUMBERED = re.compile(
    r"\bfor\s+(?:the\s+)?(?:(?P<thing>[a-z]+)\s+(?P<n>\d+)|(?P<nth>\d+)(?:st|nd|rd|th)\s+(?P<t2>[a-z]+))\b"
)
# a note's sentence that says the meeting has none ("Practical 6 has no culture report")
_NONE_SAID = re.compile(r"\b(?:no|not|none|without)\b")
# the numbered thing named in an item's note or title: "On Practical 3 (...)"
_NUMBERED = r"\b{thing}\s+(\d+)\b"


@dataclass(frozen=True)
class WorkForMeeting:
    """The kind of work named, its items, and the numbered meeting asked ("practical", 6)."""

    kind: str  # the series' name as the course words it ("culture report")
    items: tuple[str, ...]
    thing: str
    number: int


def work_for_meeting_asked(course: Course, said: str, reading: Reading) -> Slots | None:
    """A yes/no question whether a kind of work the course names is set on a numbered meeting; None when it asks
    something else, or no item of that kind names a meeting of that word (the work is not set on meetings)."""
    if not reading.yes_no:
        return None
    found = _FOR_NUMBERED.search(said.lower())
    series = [m for m in reading.mentions if m.kind == "series"]
    if found is None or len(series) != 1:
        return None
    thing = found.group("thing") or found.group("t2")
    if not _meeting_word(course, thing):
        return None  # "the regrade window for homework 2 weeks": no meeting of the course
    number = int(found.group("n") or found.group("nth"))
    name = series[0].ids[0]
    key = phrase_key(name)
    items = tuple(a for a in course.assignments if any(holds_phrase(phrase_key(n), key) for n in (a.title, *a.aliases)))
    if not items or not any(_numbers_named(a, thing) for a in items):
        return None
    asked = WorkForMeeting(name, tuple(a.id for a in items), thing, number)
    return {"work_for_meeting": asked, "assignments": asked.items}


def _meeting_word(course: Course, word: str) -> bool:
    """Whether the word names a kind of the course's meetings ("practical", "lab"), by its id or one-word names."""
    names = {
        fold(n) for k in course.meeting_kinds for n in (k.id, k.name, k.plural, *k.aliases) if " " not in n.strip()
    }
    return fold(word) in names or fold(word).removesuffix("s") in names


def _numbers_named(item: Assignment, thing: str) -> list[int]:
    """The numbers of the meetings of that word the item is set on (its title, and its notes' sentences that do not
    say a meeting has none)."""
    pattern = re.compile(_NUMBERED.format(thing=re.escape(thing)), re.IGNORECASE)
    said = [item.title, *(s for s in split_sentences(item.notes) if not _NONE_SAID.search(s.lower()))]
    return list(dict.fromkeys(int(n) for s in said for n in pattern.findall(s)))


def _none_said(course: Course, thing: str, number: int) -> str:
    """A note's own sentence saying that meeting has none of the work ("Practical 6 has no culture report")."""
    pattern = re.compile(rf"\b{re.escape(thing)}\s+{number}\b", re.IGNORECASE)
    for item in course.assignments:
        for sentence in split_sentences(item.notes):
            if pattern.search(sentence) and _NONE_SAID.search(sentence.lower()):
                return sentence.strip()
    return ""


def work_for_meeting(asked: Asked, slots: Slots) -> Answer:
    """Yes with the item set on the meeting asked (and its due moment), else No with what the page says."""
    course = asked.course
    found: WorkForMeeting = slots["work_for_meeting"]
    items = [a for i in found.items if (a := course.assignment(i)) is not None]
    meeting = f"{found.thing.capitalize()} {found.number}"
    title = f"{found.kind.capitalize()} for {meeting}"
    each = [(a, _numbers_named(a, found.thing)) for a in items]
    listed = tuple(
        text(f"{a.short}: {', '.join(f'{found.thing.capitalize()} {n}' for n in numbers)}")
        for a, numbers in each
        if numbers
    )
    on_it = [a for a, numbers in each if found.number in numbers]
    if on_it:
        item = on_it[0]
        said = text(f"{item.short} is for {meeting}; it is due ", Stamp(item.due, "F"), ".")
        return replies.verdict(Answer(title=title, lines=listed), True, said)
    quoted = _none_said(course, found.thing, found.number)
    reason = f"the course page says “{quoted}”" if quoted else f"no {found.kind} is set on {meeting} in the work list."
    lines = (text(f"The {found.kind}s and what each is for:"), *listed)
    return replies.verdict(Answer(title=title, lines=lines), False, reason)
