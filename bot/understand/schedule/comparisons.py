"""Two dated things of the course compared: "is hw4 part b due the same day hw5 comes out" (Yes or No, with both
dates), "final exam and proposal deadline, which comes first and how many days apart", "is the proposal due
before the exam". Each side is an assignment's deadline (or its release, when the question says it comes out) or
an exam's day, from the data; when a side's date is not on the page, the answer says so and gives no verdict."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.core.answer import Answer, Stamp, Text, text
from bot.core.timefmt import human_date
from bot.course.model import EXAM_KIND, Course
from bot.understand.answering import replies
from bot.understand.exams.exam_sitting_asked import sittings_asked
from bot.understand.meetings.class_days import kind_label, of_kind
from bot.understand.question.reading import Mention, Reading
from bot.understand.question.slots import class_kind
from bot.understand.words.normalize import holds_fragment

# How the two are compared: on the same day, which is first, how far apart, or whether one is before the other.
_SAME = re.compile(r"\bsame\s+(?:due\s+)?(?:day|date)\b|\bsame\s+deadline\b|\bon\s+the\s+same\s+day\b")
_FIRST = re.compile(
    r"\bwhich\s+(?:one\s+)?(?:comes?|is|happens?|falls?)\s+(?:first|earlier|sooner|later|last|second)\b"
    r"|\bwhich\s+(?:one\s+)?(?:first|earlier|sooner)\b|\bwhat\s+order\b"
    r"|\b(?:what|which)(?:\s+is|s)?\s+(?:one\s+)?(?:due|happens|comes|is)\s+(?:first|earlier|sooner)\b"
)
_APART = re.compile(
    # "how many days between", "how long is it between", "how many days do we get between"
    r"\bhow\s+(?:many\s+days|many\s+weeks|much\s+time|long|far)\s+(?:\w+\s+){0,4}?(?:apart|between)\b"
    r"|\bhow\s+(?:many\s+days|many\s+weeks|far)\s+apart\b|\bdays?\s+apart\b|\bgap\s+between\b"
)
_ORDER = re.compile(r"^(?:is|are|does|do|will|was)\b.*\b(before|after|earlier than|later than)\b")
# The course's material on one side of an exam ("stuff after the midterm", "the topics before week 6"), or what an exam
# covers ("does the final cover everything or just after the midterm"): a span of what is covered, never an order of
# two dated things
_MATERIAL_SPAN = re.compile(
    r"\b(?:stuff|material|materials|content|topics|lectures|chapters|things|everything|units|modules|readings)\s+"
    r"(?:from\s+|since\s+)?(?:before|after)\b|\b(?:cover|covers|covered|covering|cumulative)\b"
)
# "is there a review session before ...", "are there lectures on it before ...": whether one is held, no two days
_THERE_IS = re.compile(r"^(?:is|are)\s+there\b")
# Words after an assignment that say its release is meant, not its deadline.
_RELEASE_WORDS = frozenset({"out", "released", "release", "releases", "comes", "come", "posted", "opens", "open"})
_DUE_WORDS = frozenset({"due", "deadline", "deadlines", "submitted", "submit"})
# Words that name a class day after "last" or "first" ("the last lecture", "the first day of class")
_CLASS_WORDS = frozenset({"class", "classes", "lecture", "lectures"})
# A word one of the patterns above needs: a question with none of them compares nothing and is not read again.
_CUES = (
    "same",
    "first",
    "earlier",
    "sooner",
    "later",
    "last",
    "second",
    "order",
    "apart",
    "between",
    "before",
    "after",
    "gap",
    "long",
    "far",
)


@dataclass(frozen=True)
class _Side:
    name: str  # "HW5", "Final examination"
    verb: str  # "comes out", "is due", "is on"
    day: dt.date | None  # None: not on the page
    at: dt.datetime | None = None  # the moment itself, when the page gives its time (a deadline's, an exam's start)

    def said(self) -> Text:
        """ "Case slides is due Tue Nov 24, 12:00 PM": the moment when the page gives its time, else the day."""
        if self.day is None:
            return text(f"{self.name}: {replies.NOT_ON_PAGE}")
        if self.at is not None:
            return text(f"{self.name} {self.verb} ", Stamp(self.at, "F"))
        return text(f"{self.name} {self.verb} {human_date(self.day)}")


@dataclass(frozen=True)
class Comparison:
    """What a question compares: the two things named (each one side, or several when its name fits several) and
    how they are compared."""

    things: tuple[str, str]  # the ids named, as the question names them ("hw4b", "hw5")
    groups: tuple[tuple[_Side, ...], tuple[_Side, ...]]
    same: bool  # "on the same day"
    first: bool  # "which comes first"
    apart: bool  # "how many days apart"
    order: bool  # "is X before Y": a Yes or No
    after: bool  # ... asked as "after" ("is X after Y")
    choice: bool  # "before or after": which of the two, no Yes or No

    @property
    def how(self) -> str:
        """How they are compared, in one word (for `coursebot ask --json`)."""
        flags = ("same", self.same), ("first", self.first), ("apart", self.apart), ("choice", self.choice)
        return next((name for name, on in flags if on), "after" if self.after else "before")


def may_compare(text_: str) -> bool:
    """Whether the text (as read, respelled) holds a word any comparison needs: a cheap look before reading it."""
    return could_compare(text_.lower())


def comparison(course: Course, question: str, read: Callable[[str], Reading]) -> Comparison | None:
    """What the question compares, or None when it compares nothing (or names other than exactly two assignments
    or exams). `read` reads a text of the question."""
    reading = read(question)
    said = " ".join(reading.tokens)
    same, first, apart = _SAME.search(said), _FIRST.search(said), _APART.search(said)
    if first:
        # "which is first, essay 2 or the proposal": "first" asks the order; it is not "the first essay"
        blanked = _FIRST.sub(" , ", question.lower())
        reading = read(blanked) if blanked != question.lower() else reading
    # "is the midterm before or after ps5 is due": which of the two, said without a Yes or No
    choice = re.search(r"\b(?:before or after|after or before)\b", said)
    order = said_order = _ORDER.search(said) if not (same or first or apart or choice) else None
    if order and _MATERIAL_SPAN.search(said):
        order = None  # "is the final cumulative or just stuff after the midterm": what it covers, no two days
    if not (same or first or apart or said_order or choice):
        return None
    named = sorted((m for m in reading.mentions if m.kind in ("assignment", "exam")), key=_at)
    named = [m for i, m in enumerate(named) if all(m.ids != n.ids for n in named[:i])]
    # "the final story": the assignment named by both words, not also the final exam read from "final"
    named = [m for m in named if not any(_inside(m, n) for n in named)]
    if (
        len(named) == 1
        and named[0].kind == "assignment"
        and not _THERE_IS.match(said)
        and (topic := _topic_side(course, reading, named[0])) is not None
    ):
        # "are IPOs discussed before or after the case report deadline": the topic's day against the deadline ("is
        # pca covered after hw2 is due" compares two days: no exam's coverage is asked); not "is there a review
        # session before hw3", which asks whether one is held
        at, sides = topic
        order = said_order
        own = tuple(_side(course, reading, named[0], len(reading.tokens), id_) for id_ in named[0].ids)
        if order and not (at < named[0].start and named[0].relation in ("before", "after")):
            return None  # "is the report due before the ipo lecture": only the order the topic is named in is read
        after = order is not None and (named[0].relation == "after" or order.group(1) in ("after", "later than"))
        flags = (bool(same), bool(first), bool(apart), order is not None, after, bool(choice))
        groups = (sides, own) if at < named[0].start else (own, sides)
        things = tuple(g[0].name if g is sides else named[0].ids[0] for g in groups)
        return Comparison(things, groups, *flags)
    if not (same or first or apart or order or choice):
        return None
    if len(named) == 1 and (same or first or apart):
        # "how many days between the last lecture and the final", "the final and the resit": a thing of the course
        # named otherwise than as an assignment or exam; only where the order asked does not hang on which is named
        # first
        other = _class_side(course, reading) or _sitting_side(course, question, reading, named[0])
        if other is None:
            return None
        own = tuple(_side(course, reading, named[0], len(reading.tokens), id_) for id_ in named[0].ids)
        flags = (bool(same), bool(first), bool(apart), False, False, False)
        return Comparison((named[0].ids[0], other.name.lower()), (own, (other,)), *flags)
    if len(named) != 2:
        return None
    if order and not any(m.relation in ("before", "after") for m in named[1:]):
        return None  # "is hw4 before hw5 due" reads its relation off the second thing named
    ends = (named[1].start, len(reading.tokens))
    # Each side is one thing, or several when its name fits several ("the field log": N and S).
    one, other = (tuple(_side(course, reading, m, ends[i], id_) for id_ in m.ids) for i, m in enumerate(named))
    after = order is not None and (named[1].relation == "after" or order.group(1) in ("after", "later than"))
    things = (named[0].ids[0], named[1].ids[0])
    flags = (bool(same), bool(first), bool(apart), order is not None, after, bool(choice))
    return Comparison(things, (one, other), *flags)


def comparison_answer(course: Course, asked: Comparison) -> Answer:
    """The two things' dates, with the Yes or No, the order or the gap asked for; no verdict when a date is not on
    the page or the answer depends on which of several things is meant."""
    same, first, apart, order, choice = asked.same, asked.first, asked.apart, asked.order, asked.choice
    groups = asked.groups
    sides = [s for g in groups for s in g]
    lines = tuple(text(*s.said(), ".") for s in sides)
    title = " and ".join(" / ".join(s.name for s in g) for g in groups)
    if any(s.day is None for s in sides):
        said_not = text(f"I can't compare them: a date is {replies.NOT_ON_PAGE}; {replies.where_to_ask(course)}.")
        return Answer(title=title, lines=(said_not, *lines), kind="unknown")
    pairs = [(a, b) for a in groups[0] for b in groups[1]]
    several = len(pairs) > 1
    which = text(f"Which one do you mean? {' or '.join(s.name for g in groups if len(g) > 1 for s in g)}.")
    if choice and not (same or first or apart) and not several:
        a, b = pairs[0]
        how = "the same day as" if a.day == b.day else "before" if a.day < b.day else "after"
        lead = text(f"{a.name} {a.verb} {human_date(a.day)}: {how} {b.name}, which {b.verb} {human_date(b.day)}.")
        return Answer(title=title, lines=(lead, _apart_line(a, b)))
    if order and all(a.day == b.day for a, b in pairs):
        # "does hw5 come out before hw4 part b is due": the same day, and the page gives no hours to order them by
        return Answer(title=title, lines=(text(f"They fall on the same day, {human_date(pairs[0][0].day)}."), *lines))
    if same or order:
        after = asked.after
        verdicts = {(a.day == b.day) if same else (a.day > b.day if after else a.day < b.day) for a, b in pairs}
        if len(verdicts) > 1:
            return Answer(title=title, lines=(which, *lines))  # it depends on which one is meant
        a, b = pairs[0]
        reason = text(*sides[0].said(), *(p for s in sides[1:] for p in ("; ", *s.said())), ".")
        extra = () if several else (_apart_line(a, b),)
        return replies.verdict(Answer(title=title, lines=(*lines, *extra)), verdicts.pop(), reason)
    if several:
        # "which comes first, the map test or the field log": either way, when one side is before every other
        ordered = sorted(sides, key=_day)
        lead = which
        for mine, other in (groups, groups[::-1]):
            if first and max(map(_day, mine)) < min(map(_day, other)):
                lead = text(
                    f"Either way, {' and '.join(s.name for s in mine)} come{'s' if len(mine) == 1 else ''} first."
                )
        return Answer(title=title, lines=(lead, *(text(*s.said(), ".") for s in ordered)))
    a, b = pairs[0]
    if apart and not first:
        return Answer(title=title, lines=(_apart_line(a, b), *lines))
    gap = abs((b.day - a.day).days)
    if a.day == b.day:
        lead_line = text(f"Neither comes first: both are on {human_date(a.day)}.")
    else:
        early, later = (a, b) if a.day < b.day else (b, a)
        lead_line = text(f"{early.name} comes first, {gap} day{'s' if gap != 1 else ''} before {later.name}.")
    return Answer(title=title, lines=(lead_line, *lines))


def compared(course: Course, question: str, read: Callable[[str], Reading]) -> Answer | None:
    """The comparison of the two dated things the question names, or None when it compares nothing."""
    asked = comparison(course, question, read)
    return comparison_answer(course, asked) if asked is not None else None


def could_compare(respelled: str) -> bool:
    """Whether the respelled question holds a word a comparison needs (the words read are a part of it)."""
    return holds_fragment(respelled, _CUES)


def _day(side: _Side) -> dt.date:
    return side.day or dt.date.max


def _apart_line(a: _Side, b: _Side) -> object:
    gap = abs((b.day - a.day).days)
    return text(f"They are {gap} day{'s' if gap != 1 else ''} apart." if gap else "They fall on the same day.")


def _inside(part: Mention, whole: Mention) -> bool:
    """Whether `part` shares words with `whole`, the name read more surely (its weight, then its length)."""
    if part is whole or part.end <= whole.start or whole.end <= part.start:
        return False
    return (whole.weight, whole.end - whole.start) > (part.weight, part.end - part.start)


def _at(mention: Mention) -> int:
    return mention.start


def _class_side(course: Course, reading: Reading) -> _Side | None:
    """ "the last lecture", "the first day of class": the term's last (or first) class day of that kind, from the
    schedule (an exam's row is no class)."""
    tokens = reading.tokens
    kinds = {m.start for m in reading.mentions if m.kind == "kind"}
    at = next(
        (
            i
            for i, w in enumerate(tokens)
            if w in ("last", "first")
            and any(j in kinds or tokens[j] in _CLASS_WORDS for j in range(i + 1, min(i + 4, len(tokens))))
        ),
        None,
    )
    if at is None:
        return None
    kind = class_kind(reading) or "class"
    rows = [r for r in course.schedule if of_kind(course, r, kind) and r.kind != EXAM_KIND]
    if not rows:
        return None
    row = rows[-1] if tokens[at] == "last" else rows[0]
    return _Side(f"{tokens[at].capitalize()} {kind_label(course, kind)}", "is on", row.date)


def _topic_side(course: Course, reading: Reading, other: Mention) -> tuple[int, tuple[_Side, ...]] | None:
    """ "are IPOs discussed before ...": where the question names a schedule topic (apart from the other thing
    named), and the day of each row it names; None when it names none."""
    topics = [m for m in reading.mentions if m.kind == "topic" and m.start >= 0 and not _overlaps(m, other)]
    if not topics:
        return None
    at = min(m.start for m in topics)
    rows = sorted({int(i) for m in topics if m.start == at for i in m.ids}, key=lambda i: course.schedule[i].date)
    return at, tuple(_Side(course.schedule[i].title, "is on", course.schedule[i].date) for i in rows)


def _overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def _sitting_side(course: Course, question: str, reading: Reading, exam: Mention) -> _Side | None:
    """ "the final and the resit": the one other sitting of the exam named (its day, or not on the page)."""
    if exam.kind != "exam":
        return None
    found = [(e, i) for e, i in sittings_asked(course, question.lower(), reading) if e in exam.ids]
    if len(found) != 1:
        return None
    exam_id, index = found[0]
    main = course.exam(exam_id)
    sitting = main.sittings[index]
    name = sitting.name.removeprefix("the ")
    return _Side(f"{name[:1].upper()}{name[1:]} of {main.title}", "is on", sitting.date)


def _side(course: Course, reading: Reading, mention: Mention, until: int, one: str) -> _Side:
    """One side: an exam's day, or an assignment's deadline (its release when the words after it say it comes out)."""
    if mention.kind == "exam":
        exam = course.exam(one)
        if exam is None:
            return _Side(one, "is on", None)
        start = dt.datetime.combine(exam.date, exam.time, course.tz) if exam.time else None
        return _Side(exam.title, "is on", exam.date, start)
    item = course.assignment(one)
    if item is None:
        return _Side(one, "is due", None)
    after = set(reading.tokens[mention.end : min(until, mention.end + 3)])
    if after & _RELEASE_WORDS and not after & _DUE_WORDS:
        return _Side(item.short, "comes out", item.release)
    due = item.due.astimezone(course.tz)
    return _Side(item.short, "is due", due.date(), None if item.due_time_assumed else due)
