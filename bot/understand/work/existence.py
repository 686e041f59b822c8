"""Whether an item exists: "is there a hw6" is No with the series the course has ("It has HW1, ... HW5"); "is
there a hw5" is Yes."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.core.answer import Answer, text
from bot.core.timefmt import human_date
from bot.course.model import Assignment, Course
from bot.understand.answering.asked import Asked
from bot.understand.answering.replies import verdict, where_to_ask
from bot.understand.policies.accommodation_story import told_condition
from bot.understand.question.result import Slots
from bot.understand.words.lexicon import NUMBERED, canon_key
from bot.understand.words.normalize import phrase_key
from bot.understand.words.vocabulary import STOPWORDS

# "is there a hw6", "do we have a sheet 5", "does ps9 exist", "is hw4 part c a thing", "is ps9 real": whether an item
# exists.
_EXISTS = re.compile(
    r"\b(?:is there|are there|will there be|do we (?:have|get)|does \S+(?: \S+){0,3} exist|exists?"
    r"|(?:is|are) \S+(?: \S+){0,3} (?:a thing|a real thing|real))\b",
    re.I,
)


def asks_existence(question: str) -> bool:
    """ "is there a hw6", "do we have a sheet 5", "does ps9 exist", "is hw4 part c a thing"."""
    return _EXISTS.search(question) is not None


def exists_asked(asked: Asked, slots: Slots) -> bool:
    """ "is there a hw5", not "is there a hw5 due friday" nor "is hw5 out"."""
    if not asked.yes_no or not asks_existence(asked.question) or slots.get("date") or slots.get("time") is not None:
        return False
    return not {"due", "released", "out", "late", "graded"} & set(phrase_key(asked.question))


def not_in_course(course: Course, unknown: str) -> Answer:
    """ "is there a hw6": No, with the items of that series the course has (or every item when none is)."""
    found = NUMBERED.match(unknown)
    prefix = found.group(1) if found else unknown
    series = [
        a
        for a in course.assignments
        if any(
            (m := NUMBERED.match(canon_key(phrase_key(name)))) is not None and m.group(1) == prefix
            for name in (a.id, a.title, a.short, *a.aliases)
        )
    ]
    shown = series or list(course.assignments)
    names = ", ".join(a.short for a in shown)
    # Named the way the course names the series ("Sheet 5" beside "Sheet 1"), not as typed.
    like = re.fullmatch(r"(.*?)\d+", series[0].short) if series and found else None
    asked_for = f"{like.group(1)}{found.group(2)}" if like and found else unknown.upper()
    lines = [text(f"It has {names}." if series else f"The course has: {names}.")]
    # "hw5 part b" where HW5 has no parts: the page lists HW5, only not that part of it.
    part = found.group(3).upper() if found and like else ""
    whole = [a for a in series if a.short.casefold() == asked_for.casefold()] if part else []
    if part:
        asked_for = f"{asked_for} Part {part}"
    if whole:
        lines.insert(0, text(f"{whole[0].short} is one assignment, with no Part {part}."))
    return verdict(
        Answer(title="No such assignment", lines=tuple(lines)), False, f"the course page lists no {asked_for}."
    )


# "part b of hw3", "problem set 4 part 2": a part named by a letter or a number.
_PART = re.compile(r"\bpart\s+([a-d]|[1-9])\b")


def part_not_had(question: str, items: list[Assignment], answer: Answer) -> Answer | None:
    """ "is there a part b for homework 3", "do we have a ps4 part 2", asked yes or no of one assignment that has no
    parts: No, the page lists no such part, and the assignment itself is one (its card below); None otherwise."""
    found = _PART.search(question.lower())
    if found is None or len(items) != 1 or items[0].group or "part" in items[0].short.lower():
        return None
    item, part = items[0], found.group(1).upper()
    lines = (text(f"{item.short} is one assignment, with no Part {part}."), *answer.lines)
    return verdict(replace(answer, lines=lines), False, f"the course page lists no {item.short} Part {part}.")


# A kind of session or material named by what makes it special ("mock exam", "revision session", "practice
# paper"): when no text of the course holds that word, the page has no such thing. (Help and drop-in sessions are
# what office hours are: not listed here.)
_SPECIAL = (
    r"mock|revision|review|practice|extra|bonus|make[- ]?up|catch[- ]?up|recap|cram|prep|preparation"
    r"|sample|optional|q ?& ?a|study|crash"
)
_THING = (
    r"exams?|tests?|finals?|midterms?|papers?|sessions?|class(?:es)?|lectures?|seminars?|tutorials?|workshops?|labs?|quiz(?:zes)?"
    r"|questions|guides?|sheets?|problems|meetings?"
)
# Words for the same kind of session: "revision" is what a page may call a "review" ("Course Summary and Exam Review").
# "makeup" as typed is the page's "make-up" (held as "make" and "up").
_ALIKE_GROUPS = (
    ("review", "revision", "recap", "summary"),
    ("mock", "practice", "sample"),
    ("prep", "preparation"),
    ("makeup", "make"),
)
_ALIKE = {w: group for group in _ALIKE_GROUPS for w in group}
# "extra doubt sessions", "extra help sessions": help sessions by another name are office hours, asked as such
_HELP_KIND = r"(?:doubts?|doubt[- ]clearing|help|drop[- ]?in|consultation|tutoring|office)\s+"
_SPECIAL_THING = re.compile(rf"\b({_SPECIAL})\s+(?!{_HELP_KIND})(?:\w+\s+)?({_THING})\b")
# Asking whether it is held or when: "is there", "will there be", "there'd be", "when is the".
_HELD = re.compile(
    r"\b(?:is there|are there|will there be|there(?:'d| would| will|'ll) be|do we (?:have|get)|any|when(?:'s| is| are)"
    r"|is it|what time|where(?:'s| is))\b"
)


def missing_sessions(holds: Callable[[str], bool], question: str) -> tuple[str, ...]:
    """ "is there a mock exam or revision session before december": the sessions or materials asked about (as typed)
    that no text of the course names; none when the page has such a thing, or the question does not ask whether or
    when one is held."""
    said = question.lower()
    if not _HELD.search(said):
        return ()
    found = [(m.group(0), m.group(1)) for m in _SPECIAL_THING.finditer(said)]
    words = {w for _, special in found for w in phrase_key(special) if w not in STOPWORDS}
    if not found or any(holds(w) for w in words | {a for w in words for a in _ALIKE.get(w, ())}):
        return ()
    return tuple(dict.fromkeys(phrase for phrase, _ in found))


def sessions_not_on_page(course: Course, sessions: tuple[str, ...]) -> Answer:
    """That the page lists no such session or material (kind unknown), where to ask, and the exams it does list
    when an exam-like thing was asked about."""
    names = " or ".join(f"“{phrase}”" for phrase in sessions)
    lines = [text(f"The course page lists no {names}; {where_to_ask(course)}.")]
    exams = [f"{e.title} ({human_date(e.date)})" for e in course.exams]
    if exams and any(re.search(r"\b(?:exam|test|paper|final|midterm)", phrase) for phrase in sessions):
        lines.append(text(f"What it does list: {', '.join(exams)}."))
    return Answer(title="Not on the course page", lines=tuple(lines), kind="unknown")


def missing_session(course: Course, holds: Callable[[str], bool], question: str) -> Answer | None:
    """ "is there a mock exam or revision session before december": when no text of the course names such a
    session or material, that it is not on the page (kind unknown) and where to ask; None when the page has it,
    or the question does not ask whether or when one is held."""
    sessions = missing_sessions(holds, question)
    return sessions_not_on_page(course, sessions) if sessions else None


# Subjects of a rule students ask about by name; when no text of the course holds any of a subject's words, the
# page has no rule on it ("i have a disability letter for extra time", on a course whose page says nothing of it).
_RULE_SUBJECTS = {
    "disability accommodations": ("disability", "disabilities", "disabled", "accommodation", "accommodations", "dsp"),
    "religious observances": ("religious", "religion", "observance", "observances"),
}


def missing_rule_subject(holds: Callable[[str], bool], question: str) -> str | None:
    """ "who do i talk to about my disability accommodations": the subject of a rule asked about that no text of the
    course names; None when the course does, or nothing such is asked."""
    said = set(phrase_key(question))
    for subject, names in _RULE_SUBJECTS.items():
        if not said.isdisjoint(names) and not any(holds(w) for w in names):
            return subject
    accommodations = _RULE_SUBJECTS["disability accommodations"]
    if told_condition(question) and not any(holds(w) for w in accommodations):
        return "disability accommodations"  # "i have adhd and need extra time": what accommodations are for
    return None


def rule_not_on_page(course: Course, subject: str) -> Answer:
    """That the page says nothing about the subject (kind unknown), and where to ask."""
    line = text(f"The course page says nothing about {subject}; {where_to_ask(course)}.")
    return Answer(title="Not on the course page", lines=(line,), kind="unknown")


def missing_rule(course: Course, holds: Callable[[str], bool], question: str) -> Answer | None:
    """ "who do i talk to about my disability accommodations": when the course's data names no rule on that subject,
    that the page does not say (kind unknown) and where to ask; None when it does, or nothing such is asked."""
    subject = missing_rule_subject(holds, question)
    return rule_not_on_page(course, subject) if subject else None
