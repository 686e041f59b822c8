"""A session of a kind of meeting held for one exam ("when is the review session for the final", "where's the
midterm review"): the kind's sessions held once between the exam before it and that exam (or titled with the exam's
name), with their day, time and place, read from the meetings; never the kind's next session, which may be for
another exam. Where the page gives no room for them, the answer says so first. The schedule's days asked "for" an exam
("the review lecture for the written final") are read the same way: those titled with its name, else those after the
exam before it and up to its day, never a day titled with another exam's name."""

from __future__ import annotations

import datetime as dt

from bot.core.answer import Answer, Stamp, text
from bot.core.kept import Kept
from bot.course.meetings import ROOM_NOT_LISTED
from bot.course.model import Course, Exam
from bot.course.occurrences import Occurrence, occurrences_between
from bot.understand.answering.replies import NOT_ON_PAGE, where_to_ask
from bot.understand.meetings.room_unlisted import asks_where
from bot.understand.question.reading import Reading
from bot.understand.words.normalize import phrase_key
from bot.understand.words.vocabulary import STOPWORDS


def held_for_exam(r: Reading) -> str | None:
    """The exam a session may be held for: one named plainly or as what comes after ("the review for exam 1")."""
    found = next((m for m in r.mentions if m.kind == "exam" and m.relation in ("", "before")), None)
    return found.ids[-1] if found is not None else None


def named_kinds(course: Course, question: str) -> set[str]:
    """The kinds of meeting (besides plain class) the question names by the course's words for them."""
    words = set(phrase_key(question))
    return {
        k.id
        for k in course.meeting_kinds
        if k.id != "class"
        and any(set(key) <= words for n in (k.id, k.name, k.plural, *k.aliases) if (key := phrase_key(n)))
    }


# The word before an exam's name that asks for what is held for it ("the review for the final"); "before the final"
# dates a span, whose days need not be for it.
_FOR = frozenset({"for"})
_ARTICLES = frozenset({"the", "a", "an", "my", "our", "this", "that"})


def asked_for_exam(r: Reading) -> str | None:
    """The one exam a question asks something "for" ("the review lecture for the written final"), or None (an exam
    named for another reason: "is lsh on the final", "lectures before the final")."""
    found: set[str] = set()
    for m in r.mentions:
        if m.kind != "exam" or m.start < 0:
            continue
        before = [t for t in r.tokens[max(0, m.start - 3) : m.start] if t not in _ARTICLES]
        if m.relation in ("", "before") and before[-1:] and before[-1] in _FOR:  # "for" may be read as "before"
            found |= set(m.ids[-1:])
    return found.pop() if len(found) == 1 else None


def _holds(words: tuple[str, ...], name: tuple[str, ...]) -> bool:
    return bool(name) and any(words[i : i + len(name)] == name for i in range(len(words) - len(name) + 1))


def _row_names(course: Course, exam: Exam, row: int) -> bool:
    day = course.schedule[row]
    words = phrase_key(" ".join((day.title, *day.keywords)))
    return day.exam_id == exam.id or any(_holds(words, phrase_key(n)) for n in (exam.title, *exam.aliases))


_EXAM_WORDS: Kept[frozenset[str]] = Kept(size=64)


def _exam_words(course: Course) -> frozenset[str]:
    """The words the course's exams are named by ("exam", "midterm", "practical", "klausur"), numbers left out.
    Built once per course."""

    def build() -> frozenset[str]:
        names = (n for e in course.exams for n in (e.title, *e.aliases))
        return frozenset(w for n in names for w in phrase_key(n) if not w.isdigit() and w not in STOPWORDS)

    return _EXAM_WORDS.get(course, "exam_words", build)


def rows_for_exam(course: Course, rows: list[int], exam: Exam) -> list[int]:
    """Of the schedule's days a question's words found, those held for the exam: titled with its name, else the
    ones after the exam before it and up to its day that name an exam ("Course summary and exam review") but no other
    one; [] when none is ("Linear regression review" is no review for the midterm)."""
    days = [i for i in rows if course.schedule[i].exam_id is None]
    titled = [i for i in days if _row_names(course, exam, i)]
    if titled:
        return titled
    before = [e.date for e in course.exams if e.date < exam.date]
    since = max(before) if before else course.term_first - dt.timedelta(days=1)
    others = [e for e in course.exams if e.id != exam.id]
    words = _exam_words(course)
    return [
        i
        for i in days
        if since < course.schedule[i].date <= exam.date
        and words & set(phrase_key(course.schedule[i].title))
        and not any(_row_names(course, e, i) for e in others)
    ]


def listed_for_exam(course: Course, exam: Exam, words: str) -> tuple[list[int], list[int]]:
    """What the schedule lists when nothing the words name is held for the exam: its days titled with the exam's
    name ("Recitation 6: Practice Exam 1 Solutions" for exam 1), and the days the words name held for another exam
    ("Practice Exam 1", asked for exam 2)."""
    own = [i for i, day in enumerate(course.schedule) if day.exam_id is None and _row_names(course, exam, i)]
    asked = set(phrase_key(words))
    others = [e for e in course.exams if e.id != exam.id]
    return own, [
        i
        for i, day in enumerate(course.schedule)
        if day.exam_id is None
        and i not in own
        and asked <= set(phrase_key(" ".join((day.title, *day.keywords))))
        and any(_row_names(course, e, i) for e in others)
    ]


def of_other_exam(course: Course, said: str, exam_id: str) -> bool:
    """Whether a one-off session's words name another exam than the one asked for, and not it ("Midterm 1 review
    session", asked for midterm 2)."""
    words = phrase_key(said)
    named = [e.id for e in course.exams if any(_holds(words, phrase_key(n)) for n in (e.title, *e.aliases))]
    return bool(named) and exam_id not in named


def _once(o: Occurrence) -> bool:
    return (o.meeting.last - o.meeting.first).days < 7


def _names_exam(o: Occurrence, exam: Exam) -> bool:
    title = set(phrase_key(o.meeting.title))
    return any(set(key) <= title for n in (exam.title, *exam.aliases) if (key := phrase_key(n)))


def sessions_for_exam(course: Course, exam: Exam, kinds: set[str]) -> list[Occurrence]:
    """The kinds' sessions held once for the exam: those titled with its name, else those after the exam before it
    and up to its day."""
    held = [
        o
        for kind in sorted(kinds)
        for o in occurrences_between(course, course.term_first, max(exam.date, course.term_first), kind=kind)
        if _once(o)
    ]
    titled = [o for o in held if _names_exam(o, exam)]
    if titled:
        return sorted(titled, key=lambda o: o.start)
    before = [e.date for e in course.exams if e.date < exam.date]
    since = max(before) if before else course.term_first
    return sorted((o for o in held if since < o.start.astimezone(course.tz).date() <= exam.date), key=lambda o: o.start)


def session_for_exam_answer(
    course: Course, question: str, exam_id: str | None, kind: str | None = None
) -> Answer | None:
    """The answer for the session of a kind held for the exam the question names; None when no kind or exam is
    named, or the kind holds no session for it (the usual answer stands)."""
    exam = course.exam(exam_id) if exam_id else None
    if exam is None:
        return None
    kinds = {kind} if kind and kind != "class" else named_kinds(course, question)
    found = sessions_for_exam(course, exam, kinds) if kinds else []
    if not found:
        return None
    name = course.kind_name(found[0].kind)
    lines = [
        text(
            Stamp(o.start, "F"),
            " – ",
            Stamp(o.end, "t"),
            f" · {o.where}" + (f" · {o.meeting.title}" if o.meeting.title else ""),
        )
        for o in found
    ]
    unplaced = all(o.where == ROOM_NOT_LISTED for o in found)
    if unplaced and asks_where(question):
        said = text(f"Where the {name.lower()} for {exam.title} is held is {NOT_ON_PAGE}; {where_to_ask(course)}.")
        return Answer(title=f"{name} for {exam.title}", lines=(said, *lines), kind="unknown")
    return Answer(title=f"{name} for {exam.title}", lines=tuple(lines))
