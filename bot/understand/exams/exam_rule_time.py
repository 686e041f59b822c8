"""A time an exam's own rules set for something ("by when do the boards have to be pinned up on jury day" against
"Boards must be pinned up by 9:15.", "what time does the model have to be in the room for the final jury"): the rule
quoted with its exam and day, never the exam's start time or a schedule topic that shares a word. Only a rule that
holds every word asked and a clock time answers; several exams' rules holding them are all quoted."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.core.answer import Answer, text
from bot.core.kept import Kept
from bot.core.sentences import split_sentences
from bot.core.timefmt import human_date
from bot.course.model import Course, Exam
from bot.understand.question.reading import Reading
from bot.understand.words.normalize import phrase_key
from bot.understand.words.stems import word_stems
from bot.understand.words.vocabulary import STOPWORDS

NEEDS = frozenset({"when", "time"})
# "by when ... have to", "what time ... need to", "when must ...": a time something must be done by
_ASKS = re.compile(
    r"\b(?:by\s+when|by\s+what\s+time|what\s+time|when)\b.*\b(?:have\s+to|has\s+to|need\s+to|needs\s+to|must"
    r"|supposed\s+to|should)\b"
)
# A clock time, or a time counted from the exam ("at least 7 days before the exam", "30 minutes before it starts")
_CLOCK = re.compile(
    r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)"
    r"|\b\d+\s+(?:minutes?|mins?|hours?|days?|weeks?)\s+(?:before|after|prior)\b",
    re.IGNORECASE,
)
# Words of asking for a time by which something is done: none of them is what the rule must hold.
_ASKING = frozenset({"when", "time", "what", "by", "have", "has", "need", "needs", "must", "supposed", "should", "day"})
# Per course: every exam's title and alias words, and each exam's timed rule sentences as (rule index, stems)
_KEPT: Kept[tuple[frozenset[str], dict[str, tuple[tuple[int, frozenset[str]], ...]]]] = Kept(size=32)


def _course_rules(course: Course) -> tuple[frozenset[str], dict[str, tuple[tuple[int, frozenset[str]], ...]]]:
    def build() -> tuple[frozenset[str], dict[str, tuple[tuple[int, frozenset[str]], ...]]]:
        exam_words = frozenset(w for e in course.exams for n in (e.title, *e.aliases) for w in phrase_key(n))
        timed = {
            e.id: tuple(
                (i, frozenset(word_stems(s, STOPWORDS)))
                for i, rule in enumerate(e.rules)
                for s in split_sentences(rule)
                if _CLOCK.search(s)
            )
            for e in course.exams
        }
        return exam_words, timed

    return _KEPT.get(course, "exam rule times", build)


def rule_time_asked(course: Course, reading: Reading) -> tuple[tuple[str, int], ...] | None:
    """(exam id, rule index) of each exam rule that sets the time asked for, or None."""
    if not course.exams or not _ASKS.search(reading.text):
        return None
    spans = [(m.start, m.end) for m in reading.mentions if m.kind == "exam"]
    named = named_exams(reading)
    exams = [e for e in course.exams if e.id in named] if named else list(course.exams)
    exam_words, timed = _course_rules(course)
    words = [
        t
        for i, t in enumerate(reading.tokens)
        if not any(a <= i < b for a, b in spans) and t not in _ASKING and t not in exam_words
    ]
    asked = word_stems(" ".join(words), STOPWORDS)
    if not asked:
        return None
    found = _rules_setting(exams, asked, timed)
    if not found and named and not any(asked & word_stems(rule, STOPWORDS) for e in exams for rule in e.rules):
        # "by when do the boards need to be up for the final jury", where the final's rules never speak of boards
        # and only the mid-term jury's say: that rule, said to be the other exam's
        found = _rules_setting(course.exams, asked, timed)
    return found or None


def _rules_setting(
    exams: Iterable[Exam], asked: set[str], timed: dict[str, tuple[tuple[int, frozenset[str]], ...]]
) -> tuple[tuple[str, int], ...]:
    """(exam id, rule index) of each rule of these exams with a time and every word asked."""
    return tuple(dict.fromkeys((exam.id, i) for exam in exams for i, stems in timed[exam.id] if asked <= stems))


def named_exams(reading: Reading) -> tuple[str, ...]:
    """The exams the question names, in order."""
    return tuple(dict.fromkeys(i for m in reading.mentions if m.kind == "exam" for i in m.ids))


def rule_time_answer(course: Course, found: tuple[tuple[str, int], ...], named: tuple[str, ...] = ()) -> Answer:
    """Each rule quoted under its exam and day; when the exam asked of has no such rule, said first, and the rule
    given as the other exam's only."""
    exams: list[Exam] = [e for e in (course.exam(i) for i, _ in found) if e is not None]
    lines = [
        text(f"{exam.title} ({human_date(exam.date)}): “{exam.rules[i]}”")
        for exam, (_, i) in zip(exams, found, strict=True)
    ]
    asked = [e for e in (course.exam(i) for i in named) if e is not None]
    if asked and not {e.id for e in exams} & {e.id for e in asked}:
        owners = ", ".join(dict.fromkeys(e.title for e in exams))
        said = ", ".join(e.title for e in asked)
        note = text(f"The page sets that time only for {owners}: it says nothing of it for {said}.")
        return Answer(title=said, lines=(note, *lines))
    return Answer(title=" · ".join(dict.fromkeys(e.title for e in exams)), lines=tuple(lines))
