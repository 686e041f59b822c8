"""An exam's other sitting asked by its kind's usual words ("the retake", "resit", "the makeup", "conflict exam",
"alternate sitting", "the second sitting"), by its own name or aliases, or by its time ("the 3pm sitting"): when,
where, who may sit it, how to register and what its result does, from the exam's `[[exam.sitting]]` tables, never
from its main sitting. A course whose exams list no such sitting is not read here (its answers stay as they were).

The words of every sitting are built once per course (`_index`); a question costs a scan of its own words.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace

from bot.answers.exam_sittings import KIND_WORDS, said_of, sitting_answer, sittings_answer
from bot.core.answer import Answer, text
from bot.core.errors import UserError
from bot.core.kept import Kept
from bot.core.matching import fold
from bot.core.timefmt import human_date
from bot.course.model import Course, Exam, ExamSitting
from bot.understand.answering.asked import Asked
from bot.understand.answering.replies import verdict
from bot.understand.exams.sitting_by_order import order_spans, sitting_by_order
from bot.understand.question.reading import Reading
from bot.understand.question.result import Slots
from bot.understand.words.vocabulary import YES_NO_STARTERS

_WORD = re.compile(r"[a-z0-9]+")

# A kind's usual words, as runs of words (a word's plural "s" dropped: "retakes", "resits", "makeups").
_KIND_PHRASES: dict[str, tuple[tuple[str, ...], ...]] = {
    "alternate": (
        ("alternate",),
        ("alternative",),
        ("alt", "sitting"),
        ("conflict", "exam"),
        ("conflict", "sitting"),
        ("conflict", "session"),
        ("conflict", "midterm"),
        ("conflict", "final"),
        ("early", "sitting"),
        ("earlier", "sitting"),
        ("later", "sitting"),
    ),
    "make_up": (("make", "up"), ("makeup",), ("deferred",), ("deferral",), ("deferred", "exam")),
    "retake": (
        ("retake",),
        ("re", "take"),
        ("resit",),
        ("re", "sit"),
        ("reexam",),
        ("re", "exam"),
        ("rewrite",),
        ("repeat", "exam"),
        ("repeat", "sitting"),
        ("second", "attempt"),
        ("another", "attempt"),
    ),
    "supplementary": (("supplementary",), ("supplemental",), ("supp",), ("supp", "exam")),
}
# Words naming "another sitting" of whatever kind: the exam's other sitting when it has one.
_ANY_SITTING = (
    ("other", "sitting"),
    ("another", "sitting"),
    ("second", "sitting"),
    ("2nd", "sitting"),
    ("other", "session"),
    ("second", "session"),
)
# Words that say an exam is meant on any course; the course's own exam names add theirs ("klausur", "map test"),
# while "quiz", "paper" or "test" say an exam only where an exam of the course is called so.
_EXAM_WORDS = frozenset({"exam", "examination", "sitting"})
# Words of another thing a sitting's word may qualify ("an alternate TA", "a makeup lecture", "a retake option for
# the field trip", "a makeup for missed quizzes"): with the course's meeting kinds, roles, office hours and assignment
# kinds, unless an exam of the course is called so.
_OTHER_THINGS = frozenset(
    {
        "ta", "gsi", "tutor", "instructor", "professor", "prof", "lecturer", "staff", "grader",
        "lecture", "class", "section", "discussion", "lab", "tutorial", "seminar", "workshop",
        "office", "oh", "review", "meeting", "trip", "excursion", "field", "practical",
        "homework", "hw", "assignment", "pset", "problem", "project", "quiz", "paper", "essay", "report",
        "presentation", "deadline", "submission",
    }
)  # fmt: skip
_NAME_STOP = frozenset({"the", "a", "an", "of", "and", "for", "in", "on", "s", "hour"})
# The words after a sitting's word that may tell what it is of ("a makeup for the midterm", "a makeup lecture").
_THING_REACH = 4
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Words of an exam's name that may stand inside a sitting's words ("the early midterm sitting", "the klausur resit")
_EXAM_NAMES = frozenset({"exam", "examination", "test", "midterm", "midsem", "mt", "final", "paper", "quiz"})
_VERBS = frozenset({"retake", "resit", "rewrite"})
_PRONOUNS = frozenset({"it", "that", "this", "them"})
_DETERMINERS = frozenset({"the", "a", "an", "any", "this", "that", "my", "its", "their"})
# Words of a sitting's name that say only when it is ("the monday final", "the 3pm midterm"): never its name alone
_PLAIN_WHEN = frozenset(
    {*_WEEKDAYS, *(d[:3] for d in _WEEKDAYS), "am", "pm", "morning", "afternoon", "evening", "early", "late", "later"}
) | frozenset(str(n) for n in range(25))
_SITTING_NOUNS = frozenset({"sitting", "session", "one", "exam", "slot", "test", "midterm", "final", "time"})

# What is asked of the sitting.
_ASPECT_WORDS: dict[str, frozenset[str]] = {
    "when": frozenset({"when", "whens", "date", "day", "time", "what", "start", "starts", "end", "ends", "schedule"}),
    "where": frozenset({"where", "wheres", "room", "hall", "building", "location", "venue", "place"}),
    "who": frozenset({"who", "eligible", "eligibility", "allowed", "qualify", "whom", "can", "may"}),
    "register": frozenset(
        {"register", "registration", "registered", "sign", "signup", "enrol", "enroll", "apply", "book", "request"}
    ),
    "counts": frozenset(
        {"count", "counts", "counted", "better", "improve", "raise", "replace", "replaces", "result", "grade", "mark"}
    ),
}
# "what" alone asks when only next to a time word ("what time", "what day"); "can" asks who only as "can i take".
_WHEN_AFTER_WHAT = frozenset({"time", "day", "date", "hour"})
_TAKE = frozenset({"take", "sit", "do", "write", "attend", "go", "use", "join"})
_EXISTS = re.compile(
    r"\b(?:is|are)\s+there\b|\bdo(?:es)?\s+(?:we|it|they|the\s+\w+)\s+(?:have|get|offer)\b|\boffered\b"
)
_IMPROVE = frozenset({"improve", "raise", "better", "higher", "boost", "passed", "pass", "upgrade"})
_IMPROVE_SAID = re.compile(r"\b(?:improv\w*|rais\w*|better|higher|passed\s+grade|already\s+passed)\b")
# The page refusing a better grade ("a passed exam cannot be retaken to improve the grade"): a modal No a few words
# before the improving, in one clause ("students who did not pass or want to improve" refuses nothing)
_NO_IMPROVING = re.compile(
    r"\b(?:cannot|can ?not|can't|may not|must not|not (?:allowed|permitted|possible)|never)\b(?:[^.;\w]+\w+){0,5}?"
    r"[^.;\w]+(?:improv\w*|rais\w*|better|higher|upgrad\w*)",
    re.IGNORECASE,
)
# "just to get a higher mark", "only for a better grade": the student's one reason, stated
_ONLY_TO = re.compile(r"\b(?:just|only|simply|merely|purely)\s+(?:to|for|so)\b")
# The student telling they pass ("if i pass the course", "i already passed"), and a sitting's "who" naming only those
# who did not ("students whose average is below 10/20", "those who failed"): a pass is none of its cases.
_PASS_TOLD = re.compile(r"\b(?:i|we)\s+(?:already\s+|have\s+|'ve\s+|did\s+)?pass(?:ed)?\b")
_NOT_PASSED_ONLY = re.compile(r"\b(?:below|under|fail\w*|did\s+not\s+pass|not\s+pass\w*)\b")
_ANYONE = re.compile(r"\b(?:any|all|every)\s*(?:one|body|students?)\b|\bpass(?:ed|ing)\s+students\b")
# A clause's start and its first word ("..., is there", ". do they")
_CLAUSE_START = re.compile(r"(?:^|[,;:.?!]\s+)(?=(?P<opener>[a-z']+))")
_NO_NEED = re.compile(r"^\s*(?:no\b|not\b|none\b|nothing\b|there\s+is\s+no\b|you\s+don'?t\b|automatic)")
# A span named by its month alone, no year typed ("in April")
_MONTH_ONLY = re.compile(r"in [A-Z][a-z]+")
_TIME = re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)\b|\b(\d{1,2})[:.](\d{2})\b")


@dataclass(frozen=True)
class _Entry:
    exam: str
    index: int
    names: tuple[tuple[str, ...], ...]  # its own name and aliases, as runs of words
    kind: str
    # its names without its exam's own words ("repeat" of "repeat jury"): the sitting only where that exam is named
    bare: tuple[tuple[str, ...], ...]
    start: dt.time | None
    date: dt.date | None


@dataclass(frozen=True)
class _Words:
    """A course's words that say an exam is meant, and those of its other things (meetings, staff, work)."""

    exam: frozenset[str]
    other: frozenset[str]


_KEPT: Kept[tuple[_Entry, ...]] = Kept(size=32)
_KEPT_WORDS: Kept[_Words] = Kept(size=32)


def _one(word: str) -> str:
    if len(word) > 5 and word.endswith("zzes"):
        return word[:-3]  # "quizzes"
    if len(word) > 4 and word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]  # "classes", "lunches"
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _words(said: str) -> tuple[str, ...]:
    return tuple(_one(w) for w in _WORD.findall(fold(said).replace("-", " ")))


def _spaced_at(words: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    """Whether the run of words stands in the question spaced another way ("mid term make up" for "midterm makeup",
    "makeup test" for "make up test"): the same letters over whole words, however they are split."""
    target = "".join(phrase)
    for i in range(len(words)):
        run = ""
        for word in words[i:]:
            run += word
            if run == target:
                return True
            if not target.startswith(run):
                break
    return False


def _index(course: Course) -> tuple[_Entry, ...]:
    """Every sitting of every exam with the words that name it: once per course."""

    def build() -> tuple[_Entry, ...]:
        out = []
        for exam in course.exams:
            own = _EXAM_WORDS | {w for n in (exam.id, exam.title, *exam.aliases) for w in _words(n)}
            for i, sitting in enumerate(exam.sittings):
                names = tuple(w for w in (_words(n) for n in sitting.names) if w)
                bare = tuple(
                    left
                    for name in names
                    if (left := tuple(w for w in name if w not in own))
                    and left != name
                    and not set(left) <= _PLAIN_WHEN
                )
                out.append(_Entry(exam.id, i, names, sitting.kind, bare, sitting.start, sitting.date))
        return tuple(out)

    return _KEPT.get(course, "exam sittings", build)


def _course_words(course: Course) -> _Words:
    """The course's exam words (its exams' names) and its other things' words, once per course."""

    def build() -> _Words:
        def of(names: list[str]) -> set[str]:
            return {w for n in names for w in _words(n) if w not in _NAME_STOP and not w.isdigit()}

        exam = _EXAM_WORDS | of([n for e in course.exams for n in (e.id, e.title, *e.aliases)])
        other = of([n for k in course.meeting_kinds for n in (k.id, k.name, k.plural, *k.aliases)])
        other |= of([n for r in course.roles for n in (r.title, r.plural)])
        other |= of([course.help_hours.name, course.help_hours.plural, *course.help_hours.aliases])
        other |= of([a.kind for a in course.assignments])
        return _Words(frozenset(exam), frozenset((other | _OTHER_THINGS) - exam))

    return _KEPT_WORDS.get(course, "exam sitting words", build)


def _at(words: tuple[str, ...], phrase: tuple[str, ...]) -> int:
    """Where the run of words starts in the question, or -1; an exam's word may stand inside it ("the early
    midterm sitting" for "early sitting")."""
    if phrase and phrase[0] not in words:
        return -1  # every way of finding the run starts at its first word: one look in C before the scans below
    n = len(phrase)
    found = next((i for i in range(len(words) - n + 1) if words[i : i + n] == phrase), -1)
    if found >= 0 or n < 2:
        return found
    for i in range(len(words) - n):
        if words[i] == phrase[0] and words[i + 1] in _EXAM_NAMES and words[i + 2 : i + n + 1] == phrase[1:]:
            return i
    return -1


def _times(said: str) -> list[tuple[dt.time, int, int]]:
    """Clock times the question names ("3pm", "15:00"), each with where it starts and ends in the text."""
    out = []
    for found in _TIME.finditer(said.lower()):
        if found.group(3):
            hour, minute = int(found.group(1)) % 12 + (12 if found.group(3) == "pm" else 0), int(found.group(2) or 0)
        else:
            hour, minute = int(found.group(4)), int(found.group(5))
        if hour < 24 and minute < 60:
            out.append((dt.time(hour, minute), found.start(), found.end()))
    return out


def _weekdays_asked(words: tuple[str, ...]) -> set[int]:
    return {i for i, day in enumerate(_WEEKDAYS) if day in words or day[:3] in words}


def _meets_then(course: Course, moment: dt.time, weekdays: set[int]) -> bool:
    """Whether a class meeting or office hour of the course starts at `moment` on a weekday asked."""
    starts = [(m.start, set(m.weekdays)) for m in course.meetings]
    starts += [(h.start, {h.weekday}) for p in course.people for h in p.office_hours]
    return any(start == moment and days & weekdays for start, days in starts)


def _by_time(course: Course, said: str, entries: tuple[_Entry, ...], loose: bool) -> list[_Entry]:
    """Sittings named by their start: a time right before a word for one ("the 3pm sitting", "the 3 pm one"), or
    (`loose`: not a yes/no question, which may be stating the exam's own time) anywhere ("write it at 3pm instead"),
    when no exam starts then. Only where an exam is spoken of (the caller's part): a time next to another thing's
    word ("the midterm review session at 3pm"), on a weekday a meeting or office hour of the course starts then, or
    on a weekday the sitting is not, names no sitting."""
    out = []
    starts = {e.time for e in course.exams}
    low = said.lower()
    other = _course_words(course).other
    weekdays = _weekdays_asked(_words(said))
    for moment, begin, end in _times(said):
        after = [_one(w) for w in _WORD.findall(low[end:])[:2]]
        near = {_one(w) for w in _WORD.findall(low[:begin])[-3:]} | set(after)
        if near & other or (weekdays and _meets_then(course, moment, weekdays)):
            continue
        if (after and after[0] in _SITTING_NOUNS) or (loose and moment not in starts):
            out += [
                e
                for e in entries
                if e.start == moment and (not weekdays or e.date is None or e.date.weekday() in weekdays)
            ]
    return out


def _exam_spoken(course: Course, words: tuple[str, ...], reading: Reading) -> bool:
    """Whether the question names an exam of the course or speaks of one by the course's exam words."""
    return bool(reading.ids("exam")) or bool(set(words) & _course_words(course).exam)


def _exam_meant(course: Course, words: tuple[str, ...], at: int, size: int, reading: Reading, bare: bool) -> bool:
    """Whether a sitting's word at `at` (`size` words long) speaks of an exam: what follows it says what it is of
    ("a makeup for the midterm", not "a makeup lecture" or "an alternate TA"); failing that, an exam of the course
    named or spoken of by its words, and no other thing of the course; or "retake it" of an exam told before; or
    (`bare`) the word as a noun in a question of nothing else ("when is the retake")."""
    known = _course_words(course)
    for word in words[at + size : at + size + _THING_REACH]:
        if word in known.exam:
            return True
        if word in known.other:
            return False
    if _exam_spoken(course, words, reading):
        return True
    if set(words) & known.other:
        return False
    if at + 1 < len(words) and words[at] in _VERBS and words[at + 1] in _PRONOUNS:
        return True  # "failed the klausur, when can i retake it": the exam told before
    return bare and at > 0 and words[at - 1] in _DETERMINERS


def sittings_asked(course: Course, said: str, reading: Reading) -> list[tuple[str, int]]:
    """The sittings (exam id, index) the question names, the surest naming first; [] when it names none."""
    entries = _index(course)
    if not entries or reading.ids("assignment"):
        return []
    words = _words(said)
    named_exams = set(reading.ids("exam"))
    # "where's the conflict finel held": a sitting's name as typed, or as respelled ("conflict final")
    respelled = _words(reading.text) if reading.text else words
    found = [e for e in entries if any(_at(words, n) >= 0 or _at(respelled, n) >= 0 for n in e.names)]
    if not found:
        # "the mid term make up" for "midterm makeup": the name with its words run together or split apart
        found = [e for e in entries if any(_spaced_at(respelled, n) or _spaced_at(words, n) for n in e.names)]
    # a time counts only where an exam is spoken of ("the 3pm sitting", "write the midterm at 3pm instead", not "office
    # hours at 3pm" or "the 3pm slot on monday"); anywhere in the question only where it does not state the exam's
    # time to confirm it ("is the midterm at 3pm")
    of_exam = bool(named_exams) or bool(set(words) & _course_words(course).exam)
    loose = of_exam and (not reading.yes_no or bool(set(aspects_asked(said)) & {"who", "register"}))
    if not found and of_exam:
        found = _by_time(course, said, entries, loose)
    if not found and (by_order := sitting_by_order(course, said)) is not None:
        # "the second exam date", "the 3rd attempt": the exam's sitting at that place (its own sitting first)
        found = [e for e in entries if (e.exam, e.index) == (by_order.exam, by_order.index)]
    if not found:
        kinds = set()
        for kind, phrases in _KIND_PHRASES.items():
            for phrase in phrases:
                at = _at(words, phrase)
                if at >= 0 and _exam_meant(course, words, at, len(phrase), reading, bare=True):
                    kinds.add(kind)
        found = [e for e in entries if e.kind in kinds]
    if not found and named_exams:
        # "if i fail the jury is there a repeat": the "repeat jury"'s own word, with the jury named
        found = [e for e in entries if e.exam in named_exams and any(_bare_at(words, n) for n in e.bare)]
    if not found:
        at, size = next(((_at(words, p), len(p)) for p in _ANY_SITTING if _at(words, p) >= 0), (-1, 0))
        if at >= 0 and _exam_meant(course, words, at, size, reading, bare=False):
            found = list(entries)
    # the exam named decides among them ("the midterm retake"); a sitting of an exam not named is not this one
    if named_exams:
        own = [e for e in found if e.exam in named_exams]
        if (
            not own
            and not _named_by_own_name(course, words, named_exams)
            and any(e.names and any(_at(words, n) >= 0 for n in e.names) for e in found)
        ):
            own = found  # its own name said: "the conflict exam" reads an exam word as the midterm's
        found = own
    return [(e.exam, e.index) for e in found]


# Words that also tell the student's own clash ("i have a conflict with the midterm"): a sitting named by them alone
# ("conflict" of "conflict midterm") is not asked for by them without its exam's word
_CLASH_WORDS = frozenset({"conflict", "clash", "overlap"})


# Words that may follow a sitting's name ("a repeat in august", "a repeat for it", "a repeat if i fail")
_AFTER_A_NAME = frozenset(
    {"in", "for", "of", "on", "at", "and", "or", "if", "when", "after", "before", "then", "too", "also", "later"}
)


def _bare_at(words: tuple[str, ...], bare: tuple[str, ...]) -> bool:
    """Whether a sitting's name without its exam's words stands in the question as a name of its own: at the end of
    the question or before a word that ends a noun ("is there a repeat", "the repeat in august"), not qualifying
    another thing ("the conflict form", "a repeat lecture") nor as a verb ("repeat the date")."""
    n = len(bare)
    if set(bare) & _CLASH_WORDS:
        return False
    return any(
        words[i : i + n] == bare and (i + n == len(words) or words[i + n] in _AFTER_A_NAME)
        for i in range(len(words) - n + 1)
    )


def _named_by_own_name(course: Course, words: tuple[str, ...], exam_ids: set[str]) -> bool:
    """Whether the question names one of these exams by a name of its own ("the map test", "the kartentest", "the
    midterm"), not only by an exam word ("the conflict exam"): then a sitting of another exam is never the one asked."""
    for exam in course.exams:
        if exam.id not in exam_ids:
            continue
        for name in (exam.id, exam.title, *exam.aliases):
            phrase = tuple(w for w in _words(name) if w not in _NAME_STOP)
            if set(phrase) - _EXAM_WORDS and not all(w.isdigit() for w in phrase) and _at(words, phrase) >= 0:
                return True
    return False


def aspects_asked(said: str) -> tuple[str, ...]:
    """What is asked of the sitting: when, where, who may, how to register, what counts (none: all of it)."""
    words = _WORD.findall(said.lower())
    plain = set(words)
    asked = []
    for aspect, cues in _ASPECT_WORDS.items():
        hit = plain & cues
        if aspect == "when" and "what" in hit:
            hit.discard("what")
            if any(w == "what" and words[i + 1] in _WHEN_AFTER_WHAT for i, w in enumerate(words[:-1])):
                hit.add("what")
        if aspect == "who" and hit and not hit - {"can", "may"}:
            hit = {w for i, w in enumerate(words[:-2]) if w in ("can", "may") and {words[i + 2], words[i + 1]} & _TAKE}
        if aspect == "counts" and not hit - {"grade", "mark", "result"} and not plain & _IMPROVE:
            hit = set()  # "what grade do i need": a grade asked, not what the sitting's result does
        if hit:
            asked.append(aspect)
    if "who" in asked and plain & _IMPROVE:
        asked.append("counts")
    return tuple(dict.fromkeys(asked))


def _asked_from(said: str) -> int:
    """Where the question asked begins: after the last sentence or clause that states something before a yes/no
    question ("i missed cat 1, i have a note. is there a makeup"), else 0."""
    starts = [m.end() for m in _CLAUSE_START.finditer(said) if m.group("opener") in YES_NO_STARTERS]
    return starts[-1] if starts else 0


def _without_names(course: Course, said: str, found: list[tuple[str, int]]) -> str:
    """The question without the words that name the sittings found ("the 3rd exam date", "the 3pm sitting"), so
    that a name's own word ("date", "time") asks nothing of it: "what room is the 3rd exam date in" asks a room."""
    raw = _WORD.findall(fold(said).replace("-", " "))
    words = tuple(_one(w) for w in raw)
    names = [n for e in _index(course) if (e.exam, e.index) in found for n in e.names]
    spans = order_spans(course, words)
    for name in names:
        n = len(name)
        spans += [(i, i + n) for i in range(len(words) - n + 1) if words[i : i + n] == name]
    if not spans:
        return said
    dropped = {i for start, end in spans for i in range(start, end)}
    return " ".join(w for i, w in enumerate(raw) if i not in dropped)


def exam_sitting_asked(course: Course, said: str, reading: Reading) -> Slots | None:
    """The recognizer's slots: the sittings named, what is asked of them, and whether a Yes or No is asked."""
    found = sittings_asked(course, said, reading)
    if not found:
        return None
    # "is there a makeup" of no exam named gets the sitting's facts, not a Yes: it may be a makeup of something else
    words = _words(said)
    exam_said = _exam_spoken(course, words, reading) or any(_at(words, n) >= 0 for e in _index(course) for n in e.names)
    # "is there a make-up midterm next week": whether it falls in that span, not whether there is one
    by_order = sitting_by_order(course, said)
    # "is the 2nd klausur in march": the sitting's place is not the 2nd of a month
    place = by_order.phrase.split()[0] if by_order is not None else ""
    times = [
        t
        for t in reading.times
        if t.kind in ("range", "day") and not (place and place in _words((reading.text or said)[t.start : t.end]))
    ]
    when = times[0] if reading.yes_no and times else None
    if when is not None and when.start < _asked_from(said):
        when = None  # "i was in hospital for 3 days. is there a makeup": the story's span, not the one asked of
    span = (when.first, when.last, when.label) if when is not None and when.first and when.last else None
    read_as = by_order.note(course) if by_order is not None and by_order.bare and len(found) == 1 else ""
    return {
        "_read_as": read_as,
        "sittings": tuple(found),
        "aspects": aspects_asked(_without_names(course, said, found)),
        "yes_no": reading.yes_no,
        "exam_said": exam_said,
        "_question": said,
        "_span": span,
    }


def _in_span(exam: Exam, sitting: ExamSitting, span: tuple[dt.date, dt.date, str] | None) -> tuple[bool, str] | None:
    """Yes or No on a dated sitting asked of a span ("is the make-up midterm next week"): whether its day is in it."""
    if span is None:
        return None
    first, last, label = span
    if sitting.date is None:
        return _month_said(exam, sitting, span)
    inside = first <= sitting.date <= last
    if _MONTH_ONLY.fullmatch(label) and first.month == last.month:
        # "is the third exam date in april": a month typed without its year holds a sitting of that month, which may
        # lie beyond the term (the time reading takes the term's year, or this one's, for it)
        inside = sitting.date.month == first.month
    return inside, f"the {sitting.name.removeprefix('the ')} is on {human_date(sitting.date)}."


def _month_said(exam: Exam, sitting: ExamSitting, span: tuple[dt.date, dt.date, str]) -> tuple[bool, str] | None:
    """ "is the reeksamen in august" of a sitting without a date: Yes or No from the month the page's own words on it
    name ("the re-exam in August"); None when a month is not what is asked or the words name none."""
    first, last, label = span
    said = said_of(exam, sitting)
    if not said or not _MONTH_ONLY.fullmatch(label) or first.month != last.month:
        return None
    named = {i for i, month in enumerate(calendar.month_name) if month and re.search(rf"\b{month}\b", said)}
    if not named:
        return None
    months = " or ".join(calendar.month_name[i] for i in sorted(named))
    if first.month in named:
        return True, f"the page puts {sitting.name} in {months}, without an exact date."
    return False, f"the page puts {sitting.name} in {months}, not {calendar.month_name[first.month]}."


def _opening(
    exam: Exam,
    sitting: ExamSitting,
    said: str,
    aspects: tuple[str, ...],
    yes_no: bool,
    exam_said: bool,
    span: tuple[dt.date, dt.date, str] | None = None,
) -> tuple[bool, str] | None:
    """A Yes or No where the data settles what is asked: that the sitting falls in the span asked, that it exists,
    that it needs registering, that it may be taken to improve a grade (only where the page's words on it say so)."""
    low = said.lower()
    if "register" in aspects and sitting.register and yes_no:
        needless = _NO_NEED.search(sitting.register.lower()) is not None
        name = sitting.name if sitting.name.lower().startswith("the ") else f"the {sitting.name}"
        return not needless, f"to register for {name}: {sitting.register}"
    if "counts" in aspects and set(_WORD.findall(low)) & _IMPROVE:
        said_of_it = " ".join(p for p in (sitting.who, sitting.counts) if p)
        if refused := _NO_IMPROVING.search(said_of_it):
            # "a passed exam cannot be retaken to improve the grade": the page's No, in its words
            clause = said_of_it[: refused.end()].rsplit(";", 1)[-1].rsplit(".", 1)[-1].strip()
            rest = said_of_it[refused.end() :].split(";", 1)[0].split(".", 1)[0]
            return False, f"the page says of {sitting.name}: “{clause}{rest}”."
        if _IMPROVE_SAID.search(said_of_it.lower()):
            return True, f"the page says of {sitting.name}: {said_of_it}."
        if sitting.who and (_ONLY_TO.search(low) or passed_none_of(low, sitting.who)):
            # "can i do the re-evaluation jury just to get a higher mark": the page names who may sit it, and a
            # better mark alone is none of its cases (asked without "just", the case may be one: no verdict)
            name = sitting.name if sitting.name.lower().startswith("the ") else f"the {sitting.name}"
            return False, f"only {sitting.who} may sit {name}."
        return None
    if yes_no and span is not None and not set(aspects) & {"who", "counts"}:
        # undated: whether it falls then is not settled, so no Yes that it exists
        return _in_span(exam, sitting, span)
    if yes_no and exam_said and _EXISTS.search(low) and not set(aspects) & {"who", "counts"}:
        kind = KIND_WORDS[sitting.kind]
        named = "" if _words(kind)[-1] in _words(sitting.name) else f" (the page calls it {sitting.name!r})"
        return True, f"{exam.title} has {kind}{named}."
    return None


def passed_none_of(low: str, who: str) -> bool:
    """Whether the student tells they pass and the sitting is only for those who do not ("if i pass the course can
    i still take the resit" against "students whose average is below 10/20")."""
    said = who.lower()
    return bool(_PASS_TOLD.search(low)) and bool(_NOT_PASSED_ONLY.search(said)) and not _ANYONE.search(said)


# The time of day asked, not the day: "what time", "at what time", "how early"
_CLOCK_ASKED = re.compile(r"\bwhat\s+time\b|\bwhat\s+hour\b|\bhow\s+early\b")


def exam_sitting(asked: Asked, slots: Slots) -> Answer:
    """The sitting asked about, the parts asked first (a Yes or No before them where the data settles it)."""
    course = asked.course
    found = []
    for exam_id, index in slots.get("sittings") or ():
        exam = course.exam(exam_id)
        if exam is not None and 0 <= index < len(exam.sittings):
            found.append((exam, exam.sittings[index]))
    if not found:
        raise UserError("Which exam's other sitting do you mean? Name the exam (the midterm, the final).")
    aspects = tuple(slots.get("aspects") or ())
    today = asked.now.astimezone(course.tz).date()
    # of several, those still to come ("when is the alternate sitting" in March: not February's)
    coming = [(e, s) for e, s in found if s.date is None or s.date >= today]
    found = coming or found
    said = slots.get("_question") or asked.question
    exam_said = slots.get("exam_said", True) is True
    if aspects == ("when",) and _CLOCK_ASKED.search(said.lower()) and all(s.start is None for _, s in found):
        # "what time does the retake on sep 28 start": its day is on the page, its time is not
        answer = sittings_answer(course, found, aspects)
        return replace(answer, kind="unknown")
    if len(found) > 1:
        answer = sittings_answer(course, found, aspects)
        # "do i have to register for the retake", each exam's retake registered alike: the one Yes or No they share
        openings = {
            _opening(e, s, said, aspects, bool(slots.get("yes_no")), exam_said, slots.get("_span")) for e, s in found
        }
        shared = openings.pop() if len(openings) == 1 else None
        if shared is None:
            return answer
        if aspects == ("register",) and shared[1].startswith("to register") and not answer.fields:
            answer = replace(answer, lines=())  # the Yes quotes how to register: its own line is not repeated
        return verdict(answer, shared[0], shared[1])
    exam, sitting = found[0]
    opening = _opening(exam, sitting, said, aspects, bool(slots.get("yes_no")), exam_said, slots.get("_span"))
    if opening is None:
        return _read_as(sitting_answer(course, exam, sitting, aspects), slots)
    # the Yes or No on registering quotes how: its own line is not repeated
    told = ("register",) if "register" in aspects and sitting.register and opening[1].startswith("to register") else ()
    return verdict(_read_as(sitting_answer(course, exam, sitting, aspects, told), slots), opening[0], opening[1])


def _read_as(answer: Answer, slots: Slots) -> Answer:
    """The answer with how the question was read first ("the second exam" of a course with one exam)."""
    note = slots.get("_read_as")
    return replace(answer, lines=(text(note), *answer.lines)) if isinstance(note, str) and note else answer
