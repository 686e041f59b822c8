"""A sitting of one exam asked by its place among the exam's dates ("the second exam date", "the 3rd attempt", "the
second sitting of the final"): the exam's own sitting is the first, its other sittings from that day on (a retake, a
make-up) follow by date, so the student gets that sitting's date, room and registration, never "no second exam".

A place word ("attempt", "sitting") always counts sittings; a date word ("the second exam date") only where the
course has fewer exams than the place asked (where it has more, "the second exam date" is its second exam's date);
and on a course with one exam whose other sittings are listed, "the second exam" alone is read so too (the answer
says how it was read). A course's own words for them (a synonym "termin" = "exam date") count as the words they stand
for. Which exam: the one the question names by a name of its own, else the one exam with that many sittings.

Per course, the exams' words and sittings in order are built once; a question costs a scan of its words.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from bot.core.kept import Kept
from bot.core.matching import fold
from bot.course.model import Course, Exam

_ORDINALS = {"second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5}
# Words that count an exam's sittings wherever they stand ("the 2nd attempt", "the third sitting of the final")
_PLACE_WORDS = frozenset({"sitting", "attempt", "try", "round"})
# Words that count dates: an exam's sittings only where the course's exams are fewer than the place asked
_DATE_WORDS = frozenset({"date", "day", "term"})
# Words any exam answers to; the course's exam names add theirs ("klausur", "midterm")
_EXAM_WORDS = frozenset({"exam", "examination", "test"})
# Words of a name that say nothing of which exam it is ("the", "1st", "exam")
_NAME_STOP = frozenset({"the", "a", "an", "of", "and", "for", "in", "on", "s", "exam", "examination", "test", "date"})
# Words that speak of sitting an exam again ("can i retake it on the second date")
_RETAKING = frozenset({"retake", "resit", "rewrite", "retry", "reexam"})
# Words between the place and the exam word that still count its sittings ("the second exam date", "2nd klausur try")
_REACH = 2
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class SittingByOrder:
    """The sitting taken for the place asked: its exam, its index in the exam's sittings, the place, the phrase as
    typed, and whether it was read from "the second exam" alone (the answer then says how it was read)."""

    exam: str
    index: int
    number: int
    phrase: str
    bare: bool

    def note(self, course: Course) -> str:
        """How "the second exam" was read, for the answer's first line."""
        exam = course.exam(self.exam)
        if exam is None or not 0 <= self.index < len(exam.sittings):
            return ""
        return (
            f"The course page lists one exam, {exam.title}, with several dates: “{self.phrase}” read as its "
            f"{self.phrase.split()[0]} date, {exam.sittings[self.index].name}."
        )


@dataclass(frozen=True)
class _Index:
    exam_words: frozenset[str]
    own_names: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]  # each exam's id and its names' own words
    in_order: dict[str, tuple[int, ...]]  # each exam's sittings from its own day on, by date (indexes)
    synonyms: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]  # the course's words, and those they stand for
    exams: int


_KEPT: Kept[_Index] = Kept(size=32)


def _one(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _words(said: str) -> tuple[str, ...]:
    return tuple(_one(w) for w in _WORD.findall(fold(said).replace("-", " ")))


def _later_sittings(exam: Exam) -> tuple[int, ...]:
    """The exam's other sittings from its own day on, dated first by date, then those the page gives no date."""
    later = [(i, s) for i, s in enumerate(exam.sittings) if s.date is None or s.date >= exam.date]
    later.sort(key=lambda pair: (pair[1].date is None, pair[1].date or exam.date, pair[1].start or dt.time(0)))
    return tuple(i for i, _ in later)


def _index(course: Course) -> _Index:
    def build() -> _Index:
        names = [n for e in course.exams for n in (e.id, e.title, *e.aliases)]
        exam_words = _EXAM_WORDS | {w for n in names for w in _words(n) if w not in _NAME_STOP and not w.isdigit()}
        own = tuple(
            (
                e.id,
                tuple(
                    p
                    for n in (e.title, *e.aliases)
                    if (p := tuple(w for w in _words(n) if w not in _NAME_STOP))
                    and not all(w.isdigit() or w in _ORDINALS or w in ("first", "1st") for w in p)
                ),
            )
            for e in course.exams
        )
        synonyms = tuple(
            (key, _words(meaning)) for phrase, meaning in course.synonyms.items() if (key := _words(phrase))
        )
        return _Index(
            exam_words=frozenset(exam_words),
            own_names=own,
            in_order={e.id: _later_sittings(e) for e in course.exams},
            synonyms=synonyms,
            exams=len(course.exams),
        )

    return _KEPT.get(course, "sittings by order", build)


def _respelled(words: tuple[str, ...], synonyms: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]) -> list[str]:
    """The question's words with the course's own words replaced by those they stand for ("termin": "exam date")."""
    out: list[str] = []
    i = 0
    while i < len(words):
        for key, meaning in synonyms:
            if words[i : i + len(key)] == key:
                out += meaning
                i += len(key)
                break
        else:
            out.append(words[i])
            i += 1
    return out


def _has(words: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(words[i : i + n]) == phrase for i in range(len(words) - n + 1))


def sitting_by_order(course: Course, question: str) -> SittingByOrder | None:
    """The sitting a place among an exam's dates names ("the 2nd exam date"), or None when none is asked so, the
    course's exams themselves hold that place, or no one exam has that many sittings."""
    if not course.exams or not any(e.sittings for e in course.exams):
        return None
    index = _index(course)
    raw = _words(question)
    if not set(raw) & _ORDINALS.keys():
        return None
    words = _respelled(raw, index.synonyms)
    for i, word in enumerate(words):
        number = _ORDINALS.get(word)
        if number is None:
            continue
        j = i + 1
        while j < len(words) and j - i <= _REACH and words[j] in index.exam_words:
            j += 1
        said_exam = j > i + 1
        after = words[j] if j < len(words) else ""
        if after in _PLACE_WORDS or (after in _DATE_WORDS and index.exams < number):
            bare = False
        elif said_exam and index.exams == 1 and after not in _DATE_WORDS:
            bare = True  # "the second exam" on a course with one exam: read as its second date, and said so
        else:
            continue
        if not (said_exam or set(words) & (index.exam_words | _RETAKING)):
            continue  # "the second attempt" of no exam ("my second attempt at the essay")
        found = _sitting_at(index, words, number)
        if found is not None:
            exam_id, sitting = found
            phrase = " ".join(words[i : j + (0 if bare else 1)])
            return SittingByOrder(exam_id, sitting, number, phrase, bare)
    return None


def _sitting_at(index: _Index, words: list[str], number: int) -> tuple[str, int] | None:
    """The exam's sitting at that place (its own sitting first): of the exam named by a name of its own, else of the
    one exam with that many."""
    named = [exam for exam, names in index.own_names if any(_has(words, n) for n in names)]
    exams = named or [exam for exam, order in index.in_order.items() if len(order) >= number - 1]
    if len(exams) != 1:
        return None
    order = index.in_order[exams[0]]
    return (exams[0], order[number - 2]) if len(order) >= number - 1 else None


def order_spans(course: Course, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where the question's words (singular, as `_words` makes them) name a sitting by its place ("2nd exam date",
    "third attempt"): those words name it and ask nothing of it (a "date" there asks no date)."""
    if not set(words) & _ORDINALS.keys():
        return []
    exam_words = _index(course).exam_words
    out = []
    for i, word in enumerate(words):
        if word not in _ORDINALS:
            continue
        j = i + 1
        while j < len(words) and j - i <= _REACH and words[j] in exam_words:
            j += 1
        if j < len(words) and words[j] in _PLACE_WORDS | _DATE_WORDS:
            out.append((i, j + 1))
        elif j > i + 1:
            out.append((i, j))
    return out


def exam_of_dates(course: Course, question: str) -> str | None:
    """The exam a date counted among its dates speaks of ("register for the first date and don't show up", "the 2nd
    exam date"): the one named by a name of its own, else the one exam whose other sittings are listed; None when the
    question counts no date, or several exams could be meant."""
    if not course.exams or not any(e.sittings for e in course.exams):
        return None
    index = _index(course)
    words = _respelled(_words(question), index.synonyms)
    counted = False
    for i, word in enumerate(words):
        if word not in _ORDINALS and word not in ("first", "1st"):
            continue
        j = i + 1
        while j < len(words) and j - i <= _REACH and words[j] in index.exam_words:
            j += 1
        counted = counted or (j < len(words) and words[j] in _PLACE_WORDS | _DATE_WORDS)
    if not counted:
        return None
    named = [exam for exam, names in index.own_names if any(_has(words, n) for n in names)]
    exams = named or [exam for exam, order in index.in_order.items() if order]
    return exams[0] if len(exams) == 1 else None
