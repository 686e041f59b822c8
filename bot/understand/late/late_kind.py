"""A kind of work named generically in a late question ("my lab report", "a pset", "quizzes"): which work it is, and
the next piece of it due, so that a late rule is shown on work of the kind asked about (its own rule, if it has one).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from bot.core.kept import Kept
from bot.core.matching import fold
from bot.core.word_forms import singular
from bot.course.model import Assignment, Course
from bot.understand.choosing.intents import Intent
from bot.understand.question.reading import Reading, told_missed

# Where each generic name is one of an assignment's (by the assignment's place in the course), per course.
_KEYS: Kept[dict[str, tuple[int, ...]]] = Kept(size=32)
_LONGEST_NAME = 3  # words in the longest generic name read ("lab report", "problem set", "mini project survey")


def work_of_kind_named(course: Course, question: str) -> tuple[Assignment, ...]:
    """The work a question names by its kind or by the name its pieces share ("lab report" for Lab Report 1 to 8,
    "quiz" for the quizzes), the most specific name winning ("lab report" over "lab"); () when it names none."""
    by_key = _KEYS.get(course, "by key", lambda: _by_key(course))
    matched: dict[int, int] = {}  # by assignment's place: the length of the longest of its names asked
    for gram in _grams(question):
        for place in by_key.get(gram, ()):
            matched[place] = max(matched.get(place, 0), len(gram))
    if not matched:
        return ()
    best = max(matched.values())
    return tuple(course.assignments[place] for place in sorted(matched) if matched[place] == best)


def work_of_kinds_listed(course: Course, sentence: str) -> tuple[Assignment, ...]:
    """Every kind of work a sentence lists ("a journal instalment, Reading Response, proposal or final paper"): each
    name read where no longer name read holds it ("lab report", not its "lab"); () when it names none."""
    by_key = _KEYS.get(course, "by key", lambda: _by_key(course))
    words = _words(sentence)
    spans = [
        (i, i + n)
        for n in range(1, _LONGEST_NAME + 1)
        for i in range(len(words) - n + 1)
        if "".join(words[i : i + n]) in by_key
    ]
    kept = [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]
    places = {place for i, j in kept for place in by_key["".join(words[i:j])]}
    return tuple(course.assignments[place] for place in sorted(places))


def _by_key(course: Course) -> dict[str, tuple[int, ...]]:
    """Each generic name with the places of the assignments it names: looked up, not scanned, on a large course."""
    places: dict[str, list[int]] = {}
    for place, item in enumerate(course.assignments):
        for key in _keys(item):
            places.setdefault(key, []).append(place)
    return {key: tuple(found) for key, found in places.items()}


def ids_of_kind_named(course: Course, question: str) -> tuple[str, ...]:
    """The ids of the work a question names by its kind ("the last lab", "which labs"), in due order; () for none.
    Read where the course's series of work leaves out a name its meetings use too ("lab" for labs and Lab 1-10)."""
    return tuple(a.id for a in sorted(work_of_kind_named(course, question), key=lambda a: a.due))


def late_of_kind(course: Course, reading: Reading, rivals: Sequence[tuple[float, Intent]]) -> bool:
    """Whether a question read as a policy or topic is about late work of a kind the course names ("can i turn in a
    lab report late", "a grace period for lab reports") or the pool's cap on one piece, with the late rules a close
    reading: the late rules answer it."""
    if not any(intent.name == "late_rules" for _, intent in rivals):
        return False
    if "pool" in reading.cues and pool_cap_asked(reading.text):
        return True  # "is there a limit on slip days per assignment": the pool's cap
    if "pool" in reading.cues and reading.yes_no and POOL_THERE.search(reading.text.lower()):
        return True  # "do we get grace days in this class": whether the course has a pool, which the late rules say
    # "can i turn in a lab report late", "is there a grace period for lab reports": that kind's late rules
    return bool({"late", "pool"} & reading.cues) and bool(work_of_kind_named(course, reading.text))


# "is there a grace period", "do we get slip days": whether the course has something at all
POOL_THERE = re.compile(r"^(?:is|are)\s+there\b|^(?:do|does|will)\s+(?:we|i|you|the\s+course)\s+(?:get|have)\b")
# "is there a limit on slip days per assignment", "max tokens on one essay": the pool's cap on one piece of work
_CAP = re.compile(r"\b(?:limit|limits|max|maximum|most|cap|capped)\b")
_ONE_PIECE = re.compile(r"\b(?:per|each|one|single|a\s+single|any\s+one)\s+(?:\w+\s+)?\w+")


def pool_cap_asked(question: str) -> bool:
    """Whether a question asks for the most of the pool one piece of work can take."""
    lowered = question.lower()
    return bool(_CAP.search(lowered) and _ONE_PIECE.search(lowered))


def next_of_kind(course: Course, question: str, now: dt.datetime) -> Assignment | None:
    """The next piece of the kind of work a question names that is still due (else its last one); None when the
    question names no kind of work, or work under different late rules ("my lab": pre-labs and lab reports)."""
    examples = examples_of_kind(course, question, now)
    return examples[0] if len(examples) == 1 else None


def examples_of_kind(course: Course, question: str, now: dt.datetime) -> tuple[Assignment, ...]:
    """For the kind of work a question names, the next piece still due (else the last) under each late rule that
    work has: one for "my lab report", one pre-lab and one lab report for "my lab"; () when it names none. Told of
    as forgotten or missed ("i forgot the prelab quiz"), the last piece already due (else the next)."""
    groups: dict[int, list[Assignment]] = {}
    for item in work_of_kind_named(course, question):
        groups.setdefault(id(course.late_for(item)), []).append(item)
    missed = told_missed(question)
    picks = []
    for named in groups.values():
        ordered = sorted(named, key=lambda a: a.due)
        gone = [a for a in ordered if a.due <= now] if missed else []
        upcoming = [a for a in ordered if a.due > now]
        picks.append(gone[-1] if gone else (upcoming or ordered[-1:])[0])
    return tuple(sorted(picks, key=lambda a: a.due))


def _keys(item: Assignment) -> set[str]:
    """An assignment's generic names: its kind, and its short name and aliases without their numbers."""
    keys = {singular(item.kind)}
    for name in (item.short, *item.aliases):
        words = _words(name)
        if words:
            keys.add("".join(words))
    return {key for key in keys if len(key) > 1}


def _grams(question: str) -> set[str]:
    """Runs of up to three words of the question joined and read as singular ("lab reports" -> "labreport")."""
    words = _words(question)
    return {"".join(words[i : i + n]) for n in range(1, _LONGEST_NAME + 1) for i in range(len(words) - n + 1)}


def _words(text: str) -> list[str]:
    """Folded words without digits, each read as singular: 'Pre-labs 6' -> ['pre', 'lab']."""
    return [singular(w) for w in (re.sub(r"\d+", "", w) for w in fold(text).split()) if w]
