"""Missing a kind of assessment that is none of the course's exams ("how many spot quizzes can i miss", "what if i
skip a quiz" where the exams are practicals and a written final): the course's rule on that kind, under its own
heading, never the exams' make-up rules under "Missing an exam"."""

from __future__ import annotations

from bot.core.kept import Kept
from bot.core.word_forms import fact_stem
from bot.course.model import Course
from bot.understand.question.reading import Reading
from bot.understand.words.normalize import phrase_key
from bot.understand.words.vocabulary import CUES


def stem(word: str) -> str:
    """The word's stem, a doubled last letter made one ("quizzes" and "quiz", "missed" and "miss" alike)."""
    found = fact_stem(word)
    return found[:-1] if len(found) > 3 and found[-1] == found[-2] else found


# The words a student names a kind of assessment by ("quiz", "test", "midterm"): the exam idea's own words.
_KIND_WORDS = frozenset(stem(w) for w in CUES["exam"])
# Words of missing something, as a rule's title or keywords say it ("Missed exams", "make-up", "absence").
_MISSING = frozenset(stem(w) for w in (*CUES["absent"], "makeup", "make", "drop", "dropped", "excused"))
_EXAM_WORDS: Kept[frozenset[str]] = Kept(size=64)
_RULE_WORDS: Kept[dict[str, frozenset[str]]] = Kept(size=64)


def _exam_words(course: Course) -> frozenset[str]:
    """The stems of the words the course's exams are named by. Built once per course."""

    def build() -> frozenset[str]:
        return frozenset(stem(w) for e in course.exams for n in (e.title, *e.aliases) for w in phrase_key(n))

    return _EXAM_WORDS.get(course, "exam_words", build)


def _rule_words(course: Course) -> dict[str, frozenset[str]]:
    """The stems of each policy's heading and keywords, by id. Built once per course."""

    def build() -> dict[str, frozenset[str]]:
        return {p.id: frozenset(stem(w) for w in phrase_key(" ".join((p.title, *p.keywords)))) for p in course.policies}

    return _RULE_WORDS.get(course, "rule_words", build)


def missed_kind_rule(course: Course, reading: Reading) -> str | None:
    """The policy whose heading or keywords name both the kind of assessment asked about and missing it, when that
    kind names none of the course's exams and no exam is named; None otherwise (or when several rules do)."""
    if any(m.kind == "exam" for m in reading.mentions):
        return None
    typed = {stem(t) for t in reading.tokens} & _KIND_WORDS
    if not typed or typed & _exam_words(course):
        return None  # "what if i miss an exam", "the midterm": the exams' own rules
    found = [pid for pid, words in _rule_words(course).items() if typed <= words and words & _MISSING]
    return found[0] if len(found) == 1 else None
