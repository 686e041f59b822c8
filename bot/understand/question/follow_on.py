"""A follow-on part about the answer of the part before it: "what's due after hw3, and is it before or after spring
break" asks about the work due after HW3, not HW3. The follow-on is re-read as a due-date question about that work."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from bot.course.model import Course
from bot.understand.exams.exam_sitting_asked import aspects_asked
from bot.understand.question.reading import Mention, Reading
from bot.understand.question.result import Part
from bot.understand.question.slots import class_kind

# "is it before or after spring break", "is that before the midterm", "is it during reading week"
_ABOUT_IT = re.compile(r"^(?:and\s+)?(?:is|was|will)\s+(?:it|that|this|that one|this one)\s+(?:be\s+)?(?:due\s+)?")


@dataclass(frozen=True)
class FollowOn:
    """What the follow-on asks, in words the reader knows ("is it due before or after spring break"), and the
    assignment its "it" stands for."""

    text: str
    assignment: str | None = None  # the work "it" stands for, when it is one


def follow_on(course: Course, previous: Part, reading: Reading) -> FollowOn | None:
    """The follow-on part about the work the previous part answered, or None when the part is not one."""
    found = _ABOUT_IT.match(reading.text)
    work = answered_work(course, previous)
    if found is not None and work is not None:
        return FollowOn(f"is it due {reading.text[found.end() :]}", work)
    if (bare := _bare_relation(previous, reading)) is not None:
        # "when is corpus christi and do we have studio the friday after": the friday after that day
        said = reading.text
        return FollowOn(f"{said[: bare.end()]} {previous.slots['label'].lower()}{said[bare.end() :]}")
    if back_after_stretch(previous, reading):
        # "when does xmas break start and when r lectures back": back after the stretch the part before named
        return FollowOn(f"{reading.text} after {previous.slots['label'].lower()}")
    exam = course.exam(previous.slots.get("exam") or "") if previous.intent == "exam" else None
    related = _RELATED_TO_IT.search(reading.text)
    if exam is not None and related is not None:
        # "when is exam 2 and how many lectures are left before it": before Exam 2
        named = f"{related.group(1)} {exam.title.lower()}"
        return FollowOn(f"{reading.text[: related.start()]}{named}{reading.text[related.end() :]}")
    return None


# "... before it", "... after that", "... until then": related to what the part before named
_RELATED_TO_IT = re.compile(r"\b(before|after|until|till|since)\s+(?:it|that|then|this)\b")


# "when r lectures back", "when do we start again", "when do classes resume": the return after a stretch
_BACK = re.compile(r"\b(?:back|again|resumes?|resumed|resuming|restarts?)\b")


# "the friday after", "the week before?": a relation with nothing after it but the end of the clause
_BARE_RELATION = re.compile(r"\b(?:after|before)(?=\s*(?:[?.!,;]|$|(?:i'?m|i\s+am)\b))")


def _bare_relation(previous: Part, reading: Reading) -> re.Match[str] | None:
    """The bare "after" or "before" of a part asked of the stretch or day the part before answered, or None."""
    if previous.intent != "schedule_range" or not previous.slots.get("label"):
        return None
    if any(m.kind in ("period", "exam", "assignment") for m in reading.mentions):
        return None
    return _BARE_RELATION.search(reading.text)


def back_after_stretch(previous: Part, reading: Reading) -> bool:
    """Whether a part asks when classes are back, of no stretch of its own, after the part before it answered a
    stretch of the schedule (a break, a block, a week): then it asks of the return after that stretch."""
    return (
        previous.intent == "schedule_range"
        and bool(previous.slots.get("label"))
        and _BACK.search(reading.text) is not None
        and not reading.times
        and not any(m.kind in ("period", "exam", "assignment") for m in reading.mentions)
    )


def answered_work(course: Course, previous: Part) -> str | None:
    """The one piece of work the previous part's answer is about: the work it named ("when is hw5 due"), or the
    work due after the one it named ("what's due after hw3")."""
    if previous.intent == "assignment_due" and not previous.slots.get("unknown"):
        named = [a for i in previous.slots.get("assignments") or () if (a := course.assignment(i)) is not None]
        if len(named) == 1:
            return named[0].id
        # "hw4" read as its parts A and B: "that" is the later deadline, the parts being one piece of work
        groups = {a.group for a in named}
        if len(groups) == 1 and None not in groups:
            return max(named, key=lambda a: (a.due, a.id)).id
        return None
    if previous.intent == "next_due" and previous.slots.get("which") in ("first", "last"):
        return _first_or_last(course, previous.slots)  # "when is the last quiz due and what does it cover"
    if previous.intent != "next_due" or not previous.slots.get("after") or previous.slots.get("which"):
        return None
    after = course.assignment(previous.slots["after"])
    if after is None:
        return None
    kinds = previous.slots.get("kinds") or ()
    section = previous.slots.get("section")
    later = sorted(
        (a for a in course.assignments if a.due > after.due and a.is_for(section) and (not kinds or a.kind in kinds)),
        key=lambda a: (a.due, a.id),
    )
    return later[0].id if later else None


def _first_or_last(course: Course, slots: dict) -> str | None:
    """The one first or last item of the series or kinds asked of ("the last quiz"), when no other shares its due."""
    series, kinds, section = slots.get("series") or (), slots.get("kinds") or (), slots.get("section")
    if not series and not kinds:
        return None  # "the last deadline of the term": of no one kind of work
    items = sorted(
        (a for a in course.assignments if a.is_for(section) and (a.id in series if series else a.kind in kinds)),
        key=lambda a: a.due,
    )
    if not items:
        return None
    pick = items[0] if slots["which"] == "first" else items[-1]
    return pick.id if sum(a.due == pick.due for a in items) == 1 else None


# "what's the lecture after that", "and the next class after it", "which section comes after that one"
_MEETING_AFTER_IT = re.compile(
    r"^(?:and\s+)?(?:(?:what|when|which|where)\s+)?(?:[a-z]+\s+){0,4}?(?:after|following)\s+(?:that|it|this|then)"
    r"(?:\s+one)?(?:\s+day)?\W*$"
)
# "what's next", "what's after that", "and what comes after it", "what is due next"
_WHATS_NEXT = re.compile(
    r"^(?:and\s+)?(?:what|which)(?:\s+(?:is|s|was|comes|came))?(?:\s+due)?\s+"
    r"(?:next|after\s+(?:that|it|this)(?:\s+one)?)(?:\s+due)?\W*$"
    # "when's the one after that", "when is the next one due": the work due after it, asked by its date
    r"|^(?:and\s+)?when(?:\s+(?:is|s))?\s+the\s+(?:one\s+after\s+(?:that|it|this|those|them)|next\s+one)(?:\s+due)?\W*$"
)


def referring(course: Course, previous: Part, reading: Reading, section: str | None) -> Part | None:
    """A part whose "that" or "next" is the previous part's answer: "when did we cover X and what's the lecture
    after that" (the day X was taught), "when is hw5 due and what's next" (the work due after HW5)."""
    text = reading.text.strip()
    day = answered_day(course, previous)
    if day is not None and _WHATS_NEXT.match(text) and "due" in text.split():
        # "when did we cover X and what was due after that": the work due after that day, not a meeting
        return Part(text, "next_due", {"after": None, "after_day": day, "_named": (), "section": section}, 3.0, 0.6)
    if day is not None and _MEETING_AFTER_IT.match(text) and (class_kind(reading) or _WHATS_NEXT.match(text)):
        kind = class_kind(reading) or _kind_of_rows(course, previous) or "class"
        return Part(text, "next_class", {"kind": kind, "section": section, "after": day}, 3.0, 0.6)
    if day is not None and _WHATS_NEXT.match(text) and previous.intent != "assignment_due":
        # "when was the encomienda seminar and what came after it": the next meeting of that day's kind
        kind = _kind_of_rows(course, previous) or "class"
        return Part(text, "next_class", {"kind": kind, "section": section, "after": day}, 3.0, 0.6)
    sitting = _one_sitting(previous)
    if sitting is not None and reading.pronoun and (aspects := aspects_asked(text)):
        # "is there a makeup for cat 1 and when is it": "it" is the make-up the part before found, not the exam
        slots = {"sittings": (sitting,), "aspects": aspects, "yes_no": False, "exam_said": True}
        return Part(text, "exam_sitting", slots, 3.0, 0.6)
    work = answered_work(course, previous)
    if work is not None and _WHATS_NEXT.match(text):
        slots = {"after": work, "_named": (), "section": section}
        if _ONE_AFTER.search(text) and (done := course.assignment(work)) is not None:
            slots["kinds"] = (done.kind,)  # "the one after that": the next of the same kind (HW5 after HW4)
        return Part(text, "next_due", slots, 3.0, 0.6)
    return None


def _one_sitting(previous: Part) -> tuple[str, int] | None:
    """The one other sitting of an exam (a make-up, an alternate time) the previous part asked of, or None."""
    if previous.intent != "exam_sitting":
        return None
    sittings = [tuple(s) for s in previous.slots.get("sittings") or ()]
    return sittings[0] if len(sittings) == 1 else None


_ONE_AFTER = re.compile(r"\b(?:one\s+after|next\s+one)\b")


_NEXT_WORDS = frozenset(
    {"what", "whats", "which", "is", "s", "comes", "next", "after", "due", "up", "then", "the", "one"}
)


def _kind_of_rows(course: Course, previous: Part) -> str | None:
    """The one kind of meeting of the schedule days a topic part found ("seminar"), or None."""
    if previous.intent != "topic":
        return None
    kinds = {course.schedule[i].kind for i in previous.slots.get("rows", ())}
    kind = kinds.pop() if len(kinds) == 1 else None
    return kind if kind is not None and any(k.id == kind for k in course.meeting_kinds) else None


def next_after(course: Course, reading: Reading, section: str | None) -> Part | None:
    """ "after ps7 whats next", "what's after hw3": the work due after the one named, when nothing else is asked."""
    named = [m for m in reading.mentions if m.kind == "assignment" and m.start >= 0]
    if len(named) != 1 or named[0].relation != "after" or reading.times:
        return None
    works = [a for i in named[0].ids if (a := course.assignment(i)) is not None]
    if not works:
        return None
    rest = set(reading.tokens[: named[0].start] + reading.tokens[named[0].end :])
    if not rest <= _NEXT_WORDS or not {"what", "whats", "which"} & rest:
        return None
    last = max(works, key=lambda a: (a.due, a.id))  # "after hw4": after its last part
    return Part(reading.text, "next_due", {"after": last.id, "_named": (), "section": section}, 3.0, 0.6)


def answered_day(course: Course, previous: Part) -> dt.date | None:
    """The one day the previous part's answer is about: the day a topic was taught, a day asked about."""
    if previous.intent == "topic":
        # a topic on several days: the first, the day it was taught (the answer names the day it counts from)
        days = sorted({course.schedule[r].date for r in previous.slots.get("rows") or ()})
        return days[0] if days else None
    if previous.intent == "schedule_day":
        return previous.slots.get("date")
    if previous.intent == "exam" and (exam := course.exam(previous.slots.get("exam") or "")) is not None:
        return exam.date  # "when is the midterm and what lecture comes after it"
    return None


# "what lecture is after the one on boosting", "which class comes after the kernels lecture"
_AFTER_THE_ONE = re.compile(
    r"\b(?:after|following)\s+(?:the\s+(?:one|lecture|class|session|day)\s+)?(?:on|about|covering)\b"
)


def meeting_after_topic(reading: Reading, part: Part | None, section: str | None) -> Part | None:
    """ "what lecture is after the one on boosting": the meeting after the day the topic was taught."""
    if part is None or part.intent != "topic" or not _AFTER_THE_ONE.search(reading.text):
        return None
    dates = sorted(set(part.slots.get("dates") or ()))
    if len(dates) != 1:
        return None
    kind = class_kind(reading) or "class"
    return Part(reading.text, "next_class", {"kind": kind, "section": section, "after": dates[0]}, 3.0, 0.6)


def about(reading: Reading, assignment: str) -> Reading:
    """The reading with the assignment it is about put in place of any it named or took from before."""
    reading.mentions = [m for m in reading.mentions if m.kind != "assignment"]
    reading.mentions.append(Mention("assignment", (assignment,), -1, -1))
    reading.unknown_assignments = []
    return reading


# A part that is only a question word ("... and where", "and at what time?"), and the question word a part opens with.
_BARE_ASK = re.compile(r"^(?:and\s+|also\s+|but\s+)?(where|when|what time|at what time|who|how long)\W*$")
_OPENING_ASK = re.compile(r"^(?:and\s+)?(?:where|when|what time|at what time|who|how long)(?:'s|s)?\b\s*")


def asked_of_before(piece: str, before: str) -> str | None:
    """A bare question word asked of the part before it, in full ("when is lecture next week and where": "where is
    lecture next week"), or None when the part says more than a question word."""
    bare = _BARE_ASK.match(piece.strip().lower())
    if bare is None:
        return None
    rest = _OPENING_ASK.sub("", before.strip().lower(), count=1)
    if not rest or rest == before.strip().lower():
        return None  # the part before opens with no question word to swap ("ps6 due date and where")
    return f"{bare.group(1)} {rest}"
