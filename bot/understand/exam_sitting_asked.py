"""An exam's other sitting asked by its kind's usual words ("the retake", "resit", "the makeup", "conflict exam",
"alternate sitting", "the second sitting"), by its own name or aliases, or by its time ("the 3pm sitting"): when,
where, who may sit it, how to register and what its result does, from the exam's `[[exam.sitting]]` tables, never
from its main sitting. A course whose exams list no such sitting is not read here (its answers stay as they were).

The words of every sitting are built once per course (`_index`); a question costs a scan of its own words.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from bot.answers.exam_sittings import KIND_WORDS, sitting_answer, sittings_answer
from bot.core.answer import Answer
from bot.core.errors import UserError
from bot.core.kept import Kept
from bot.core.matching import fold
from bot.course.model import Course, Exam, ExamSitting
from bot.understand.asked import Asked
from bot.understand.reading import Reading
from bot.understand.replies import verdict
from bot.understand.result import Slots

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
# Words that say an exam is meant (a "make up" of a missed lab is not the midterm's make-up).
_EXAM_WORDS = frozenset(
    {"exam", "examination", "test", "midterm", "midsem", "final", "sitting", "paper", "quiz", "session"}
)
# Words of an exam's name that may stand inside a sitting's words ("the early midterm sitting", "the klausur resit")
_EXAM_NAMES = frozenset({"exam", "examination", "test", "midterm", "midsem", "mt", "final", "paper", "quiz"})
_VERBS = frozenset({"retake", "resit", "rewrite"})
_PRONOUNS = frozenset({"it", "that", "this", "them"})
_DETERMINERS = frozenset({"the", "a", "an", "any", "this", "that", "my", "its", "their"})
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
_NO_NEED = re.compile(r"^\s*(?:no\b|not\b|none\b|nothing\b|there\s+is\s+no\b|you\s+don'?t\b|automatic)")
_TIME = re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)\b|\b(\d{1,2})[:.](\d{2})\b")


@dataclass(frozen=True)
class _Entry:
    exam: str
    index: int
    names: tuple[tuple[str, ...], ...]  # its own name and aliases, as runs of words
    kind: str
    start: dt.time | None


_KEPT: Kept[tuple[_Entry, ...]] = Kept(size=32)


def _one(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _words(said: str) -> tuple[str, ...]:
    return tuple(_one(w) for w in _WORD.findall(fold(said).replace("-", " ")))


def _index(course: Course) -> tuple[_Entry, ...]:
    """Every sitting of every exam with the words that name it: once per course."""

    def build() -> tuple[_Entry, ...]:
        out = []
        for exam in course.exams:
            for i, sitting in enumerate(exam.sittings):
                names = tuple(w for w in (_words(n) for n in sitting.names) if w)
                out.append(_Entry(exam.id, i, names, sitting.kind, sitting.start))
        return tuple(out)

    return _KEPT.get(course, "exam sittings", build)


def _at(words: tuple[str, ...], phrase: tuple[str, ...]) -> int:
    """Where the run of words starts in the question, or -1; an exam's word may stand inside it ("the early
    midterm sitting" for "early sitting")."""
    n = len(phrase)
    found = next((i for i in range(len(words) - n + 1) if words[i : i + n] == phrase), -1)
    if found >= 0 or n < 2:
        return found
    for i in range(len(words) - n):
        if words[i] == phrase[0] and words[i + 1] in _EXAM_NAMES and words[i + 2 : i + n + 1] == phrase[1:]:
            return i
    return -1


def _times(said: str) -> list[tuple[dt.time, int]]:
    """Clock times the question names ("3pm", "15:00"), each with where it ends in the text."""
    out = []
    for found in _TIME.finditer(said.lower()):
        if found.group(3):
            hour, minute = int(found.group(1)) % 12 + (12 if found.group(3) == "pm" else 0), int(found.group(2) or 0)
        else:
            hour, minute = int(found.group(4)), int(found.group(5))
        if hour < 24 and minute < 60:
            out.append((dt.time(hour, minute), found.end()))
    return out


def _by_time(course: Course, said: str, entries: tuple[_Entry, ...], loose: bool) -> list[_Entry]:
    """Sittings named by their start: a time right before a word for one ("the 3pm sitting", "the 3 pm one"), or
    (`loose`: not a yes/no question, which may be stating the exam's own time) anywhere ("write it at 3pm instead"),
    when no exam starts then."""
    out = []
    starts = {e.time for e in course.exams}
    for moment, end in _times(said):
        after = _WORD.findall(said.lower()[end:])[:1]
        if (after and _one(after[0]) in _SITTING_NOUNS) or (loose and moment not in starts):
            out += [e for e in entries if e.start == moment]
    return out


def _exam_meant(words: tuple[str, ...], at: int, reading: Reading) -> bool:
    """Whether a kind's word at `at` speaks of an exam: an exam named or an exam word, or "the resit" as a noun."""
    if reading.ids("exam") or set(words) & _EXAM_WORDS:
        return True
    if at + 1 < len(words) and words[at] in _VERBS and words[at + 1] in _PRONOUNS:
        return True  # "failed the klausur, when can i retake it": the exam told before
    return at > 0 and words[at - 1] in _DETERMINERS


def sittings_asked(course: Course, said: str, reading: Reading) -> list[tuple[str, int]]:
    """The sittings (exam id, index) the question names, the surest naming first; [] when it names none."""
    entries = _index(course)
    if not entries or reading.ids("assignment"):
        return []
    words = _words(said)
    named_exams = set(reading.ids("exam"))
    found = [e for e in entries if any(_at(words, n) >= 0 for n in e.names)]
    # a time anywhere counts only where an exam is spoken of ("write the midterm at 3pm instead", not "office hours
    # at 3pm") and the question does not state the exam's time to confirm it ("is the midterm at 3pm")
    of_exam = bool(named_exams) or bool(set(words) & _EXAM_NAMES)
    loose = of_exam and (not reading.yes_no or bool(set(aspects_asked(said)) & {"who", "register"}))
    found = found or _by_time(course, said, entries, loose)
    if not found:
        kinds = set()
        for kind, phrases in _KIND_PHRASES.items():
            for phrase in phrases:
                at = _at(words, phrase)
                if at >= 0 and _exam_meant(words, at, reading):
                    kinds.add(kind)
        found = [e for e in entries if e.kind in kinds]
    if not found and any(_at(words, p) >= 0 for p in _ANY_SITTING):
        found = list(entries)
    # the exam named decides among them ("the midterm retake"); a sitting of an exam not named is not this one
    if named_exams:
        own = [e for e in found if e.exam in named_exams]
        if not own and any(e.names and any(_at(words, n) >= 0 for n in e.names) for e in found):
            own = found  # its own name said: "the conflict exam" reads an exam word as the midterm's
        found = own
    return [(e.exam, e.index) for e in found]


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


def exam_sitting_asked(course: Course, said: str, reading: Reading) -> Slots | None:
    """The recognizer's slots: the sittings named, what is asked of them, and whether a Yes or No is asked."""
    found = sittings_asked(course, said, reading)
    if not found:
        return None
    return {"sittings": tuple(found), "aspects": aspects_asked(said), "yes_no": reading.yes_no, "_question": said}


def _opening(
    exam: Exam, sitting: ExamSitting, said: str, aspects: tuple[str, ...], yes_no: bool
) -> tuple[bool, str] | None:
    """A Yes or No where the data settles what is asked: that the sitting exists, that it needs registering,
    that it may be taken to improve a grade (only where the page's words on it say so)."""
    low = said.lower()
    if "register" in aspects and sitting.register:
        needless = _NO_NEED.search(sitting.register.lower()) is not None
        name = sitting.name if sitting.name.lower().startswith("the ") else f"the {sitting.name}"
        return not needless, f"to register for {name}: {sitting.register}"
    if "counts" in aspects and set(_WORD.findall(low)) & _IMPROVE:
        said_of_it = " ".join(p for p in (sitting.who, sitting.counts) if p)
        if _IMPROVE_SAID.search(said_of_it.lower()):
            return True, f"the page says of {sitting.name}: {said_of_it}."
        return None
    if yes_no and _EXISTS.search(low) and not set(aspects) & {"who", "counts"}:
        kind = KIND_WORDS[sitting.kind]
        named = "" if _words(kind)[-1] in _words(sitting.name) else f" (the page calls it {sitting.name!r})"
        return True, f"{exam.title} has {kind}{named}."
    return None


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
    if len(found) > 1:
        return sittings_answer(course, found, aspects)
    exam, sitting = found[0]
    said = slots.get("_question") or asked.question
    opening = _opening(exam, sitting, said, aspects, bool(slots.get("yes_no")))
    if opening is None:
        return sitting_answer(course, exam, sitting, aspects)
    # the Yes or No on registering quotes how: its own line is not repeated
    told = ("register",) if "register" in aspects and sitting.register else ()
    return verdict(sitting_answer(course, exam, sitting, aspects, told), opening[0], opening[1])
