"""A session of a kind of meeting held for one exam ("when is the review session for the final", "where's the
midterm review"): the kind's sessions held once between the exam before it and that exam (or titled with the exam's
name), with their day, time and place, read from the meetings; never the kind's next session, which may be for
another exam. Where the page gives no room for them, the answer says so first."""

from __future__ import annotations

from bot.core.answer import Answer, Stamp, text
from bot.course.meetings import ROOM_NOT_LISTED
from bot.course.model import Course, Exam
from bot.course.occurrences import Occurrence, occurrences_between
from bot.understand.answering.replies import NOT_ON_PAGE, where_to_ask
from bot.understand.meetings.room_unlisted import asks_where
from bot.understand.question.reading import Reading
from bot.understand.words.normalize import phrase_key


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
