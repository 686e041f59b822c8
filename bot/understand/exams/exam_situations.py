"""A student's situation around a named exam, answered from the exam's data: missing it (sick, in hospital, a
doctor's note), a clash with other exams, a room someone else stated ("my roommate says the final is in the
lecture room"), and one section's room with its end time.

Each returns None when the question is not such a situation, so the rest of the engine reads it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from bot.answers.exam_clashes import clashes_said
from bot.answers.exam_sittings import sitting_lines
from bot.answers.exams import conflict_form_status, conflict_form_url, exam_answer
from bot.core.answer import Answer, text
from bot.core.kept import Kept
from bot.course.model import Course, Exam
from bot.understand.answering.replies import NOT_ON_PAGE, exam_missed, verdict, where_to_ask
from bot.understand.exams.exam_what_if import asks_for_make_up, exam_what_if, no_make_up
from bot.understand.exams.sitting_by_order import exam_of_dates
from bot.understand.policies.policy_told import told_match
from bot.understand.words.name_patterns import any_name
from bot.understand.yes_no.page_claims import claims_for

# Being unwell anywhere in the question, or missing the exam itself (not "i missed a couple of lectures").
_UNWELL = re.compile(
    r"\b(?:sick|ill|hospitali[sz]ed|hospital|doctor'?s?|medical|emergency|covid|flu|funeral)\b"
    r"|\b(?:in|to|at)\s+the\s+er\b"
)
_MISSED = r"\b(?:missed|miss|missing|skipped|skip|sleep\s+through|slept\s+through)\s+(?:the\s+|my\s+|our\s+)?"
# Not turning up to it: missing it ("if i register and then just don't show up", "what happens to no-shows")
# (the student not turning up, never a thing: "my grade doesn't show up")
_NO_SHOW = re.compile(
    r"\b(?:i|we|you|u|they|just|then|and|simply|if|still)\s+(?:don'?t|do\s+not|didn'?t|did\s+not|won'?t|never)"
    r"\s+(?:\w+\s+)?(?:show(?:\s+up)?|turn\s+up|appear)\b|\bno[\s-]?shows?\b"
)
_CLASH = re.compile(
    r"\b(?:two|2|three|3|another|other)\s+(?:finals|exams|midterms|tests)\b|\bclash(?:es)?\b|\bconflicts?\b"
    r"|\bback\s+to\s+back\b"
)
_MOVE = re.compile(r"\b(?:moved?|reschedul\w*|different\s+(?:time|day|date)|another\s+(?:time|day|date)|change)\b")
# A rule of the exam about clashes ("Final exam conflicts follow the registrar's rules: ...").
_CONFLICT_RULE = re.compile(r"\b(?:conflicts?|clash(?:es)?|three\s+finals|two\s+exams|another\s+exam)\b")
_STATED = re.compile(
    r"\b(?:says?|said|told|heard|thinks?|claims?)\b|\b(?:is\s+)?(?:that|this|it)\s+(?:right|true|correct)\b"
)
# "the exam", "my groups exam", "our oral exam": an exam of the course, one word before its kind at most
_AN_EXAM = re.compile(r"\b(?:the|my|this|our)\s+(?:[a-z]+(?:'s|s')?\s+)?(?:exam|test|final|midterm)s?\b")
_WHERE = re.compile(r"\b(?:rooms?|where|place|hall|location)\b")
_END = re.compile(r"\b(?:end|ends|over|finish|finishes|until|till|long)\b")


# Per course, built once: every exam's (and every section's) names in lower case, and which one each name is.
_NAMES: Kept[_NameIndex] = Kept(size=64)
# A run of letters and digits (str.isalnum's characters): how a name starts, and the runs a question holds.
_RUN = re.compile(r"[^\W_]+")


class _NameIndex:
    """Names and whose each is, grouped by the run of letters and digits each starts with: a name standing in a
    question as a word of its own starts at a run of the question's, so only the names of the question's runs are
    looked for (a course with thousands of names costs what one with ten does)."""

    def __init__(self, named: dict[str, tuple[str, ...]]) -> None:
        self.owner = {n.lower(): ident for ident, names in named.items() for n in names if n}
        self.by_run: dict[str, list[tuple[str, frozenset[str]]]] = {}
        for name in self.owner:
            lead = _RUN.match(name)
            self.by_run.setdefault(lead.group(0) if lead else "", []).append((name, frozenset(_RUN.findall(name))))

    def candidates(self, question: str) -> list[str]:
        """The names that may stand in the question: those starting with one of its runs (or with no run), all of
        whose runs the question holds (a name standing as a word of its own is made of whole runs of the question's:
        "exam 1 v7" is not looked for in a question without "v7")."""
        runs = dict.fromkeys(("", *_RUN.findall(question)))
        return [name for run in runs for name, own in self.by_run.get(run, ()) if own.issubset(runs)]


def _one_named(index: _NameIndex, question: str) -> str | None:
    """The id of the one thing the question names, or None when it names none or several."""
    found = {index.owner[name] for name in index.candidates(question) if _inside(name, question)}
    return next(iter(found)) if len(found) == 1 else None


def _inside(name: str, question: str) -> bool:
    """Whether the name stands in the question as a word of its own (not inside "exam2b" or "pre-exam")."""
    start = question.find(name)
    while start != -1:
        end = start + len(name)
        before = question[start - 1] if start else " "
        after = question[end] if end < len(question) else " "
        if not (before.isalnum() or before in "_-") and not (after.isalnum() or after in "_-"):
            return True
        start = question.find(name, start + 1)
    return False


def _exam(course: Course, question: str) -> Exam | None:
    owner = _NAMES.get(course, "exams", lambda: _NameIndex({e.id: (e.id, e.title, *e.aliases) for e in course.exams}))
    ident = _one_named(owner, question)
    return course.exam(ident) if ident is not None else None


def _exam_of_plural(course: Course, question: str) -> Exam | None:
    """ "three finals on may 5 including chem": the one exam whose name the plural is."""

    def plurals(exam: Exam) -> tuple[str, ...]:
        return tuple(f"{n}s" for n in (exam.title, *exam.aliases) if n[-1:].isalpha())

    owner = _NAMES.get(course, "exam plurals", lambda: _NameIndex({e.id: plurals(e) for e in course.exams}))
    ident = _one_named(owner, question)
    return course.exam(ident) if ident is not None else None


def _may_miss(question: str) -> bool:
    """Whether the question holds a word _MISSED starts with: without one, no pattern built on it can match."""
    return "miss" in question or "skip" in question or "slep" in question or "sleep" in question


def _may_not_show(question: str) -> bool:
    """Whether the question holds a word _NO_SHOW needs: a cheap look before the pattern."""
    return "show" in question or "turn" in question or "appear" in question


def _missed_one(course: Course, question: str) -> Exam | None:
    """ "I missed the midterm ... how does that work with the final": of the exams named, the one missed."""
    if not _may_miss(question):
        return None  # a cheap look first: most questions miss nothing
    if not re.search(_MISSED, question):
        return None
    missed = [
        e
        for e in course.exams
        if any_name((n.lower() for n in (e.title, *e.aliases) if n), _MISSED, r"\b").search(question)
    ]
    return missed[0] if len(missed) == 1 else None


def _section(course: Course, question: str) -> str | None:
    owner = _NAMES.get(
        course, "sections", lambda: _NameIndex({s.id: (s.id, s.name, *s.aliases) for s in course.sections})
    )
    return _one_named(owner, question)


def exam_situation(
    course: Course, question: str, now: dt.datetime, form_urls: Mapping[str, str] | None = None
) -> Answer | None:
    """The answer to a situation around one named exam, or None."""
    plain = " ".join(question.lower().replace("’", "'").split())
    exam = _exam(course, plain) or _missed_one(course, plain)
    no_show = _may_not_show(plain) and _NO_SHOW.search(plain) is not None
    if exam is None and no_show and (dated := exam_of_dates(course, plain)):
        exam = course.exam(dated)  # "if i register for the first date and don't show up": of the exam of those dates
    if exam is None and _CLASH.search(plain):
        exam = _exam_of_plural(course, plain)
        if exam is None and len(course.exams) == 1 and re.search(r"\b(?:who|whom)\b", plain):
            exam = course.exams[0]  # "who do i talk to about the clash": the course's one exam
    if exam is None:
        # "we leave the morning of the exam, can i take it early": every exam, when their data agrees
        if _AN_EXAM.search(plain) and not _CLASH.search(plain) and not claims_for(course).match(plain, "exams"):
            today = now.astimezone(course.tz).date()
            exams = [e for e in course.exams if e.date >= today] or list(course.exams)
            card = exam_answer(course, now, exams[0].id if len(exams) == 1 else None, form_urls)
            return exam_what_if(course, exams, plain, card)
        return None
    if _CLASH.search(plain) and (_MOVE.search(plain) or re.search(r"\b(?:can|could|what|who)\b", plain)):
        return _clash(course, exam, plain, now, form_urls)
    missed = _may_miss(plain) and bool(
        any_name((n.lower() for n in (exam.title, *exam.aliases, "it", "exam")), _MISSED).search(plain)
    )
    if (missed or no_show or _UNWELL.search(plain)) and not _CLASH.search(plain) and not _MOVE.search(plain):
        answer = exam_missed(course, now, exam.id, form_urls)
        refused = no_make_up(exam) if asks_for_make_up(plain) else None
        # "i missed midterm 1 because i had covid, is there a makeup": No where the exam's own words refuse one
        return verdict(answer, False, f"“{refused}”") if refused else answer
    claimed = claims_for(course).match(plain, "exams") is not None  # the course's own claim answers it
    told = None if claimed else told_match(claims_for(course), plain)
    if told is not None:  # "can i write test 1 early? i fly out thursday": the claim asked once the story is apart
        card = exam_answer(course, now, exam.id, form_urls)
        return verdict(card, told.claim.yes, f"“{told.claim.evidence}”")
    what_if = None if claimed else exam_what_if(course, [exam], plain, exam_answer(course, now, exam.id, form_urls))
    if what_if is not None:  # "can i take exam 2 remotely", "can i take it a day early, we fly that morning"
        return what_if
    if _STATED.search(plain):
        return _stated_room(course, exam, plain, now, form_urls)
    section = _section(course, plain)
    if section is not None and _WHERE.search(plain) and _END.search(plain) and section in _room_sections(exam):
        return exam_answer(course, now, exam.id, form_urls, section)
    return None


def _room_sections(exam: Exam) -> set[str]:
    return {s for r in exam.rooms for s in r.sections}


# What a student with a clash needs of the exam's conflict sitting, in this order
_SITTING_ASKED = ("when", "where", "register")


def _clash(course: Course, exam: Exam, question: str, now: dt.datetime, form_urls: Mapping[str, str] | None) -> Answer:
    """Other exams at the same time: the course's decided claim, its rule, or its conflict form."""
    card = exam_answer(course, now, exam.id, form_urls)
    matched = claims_for(course).match(question, "exams") or told_match(claims_for(course), question)
    if matched:
        return verdict(card, matched.claim.yes, f"“{matched.claim.evidence}”")
    moved = [r for r in exam.rules if re.search(r"\b(?:cannot|can't|can not|not)\s+be\s+(?:moved|changed)", r.lower())]
    if moved:
        return verdict(card, False, f"“{moved[0]}”")
    form = conflict_form_status(course, exam, now, conflict_form_url(exam, form_urls))
    has_form = exam.conflict_form.status in ("link", "later") or bool(conflict_form_url(exam, form_urls))
    ruled = [r for r in exam.rules if _CONFLICT_RULE.search(r.lower())] or list(clashes_said(course, exam))
    # "my chem lab clashes with midterm 2": its one conflict sitting, when, where and how to register for it
    to_come = exam.date >= now.astimezone(course.tz).date()
    alternate = [s for s in exam.sittings if s.kind == "alternate" and to_come]
    sitting = tuple(sitting_lines(course, exam, alternate[0], _SITTING_ASKED)[:3]) if len(alternate) == 1 else ()
    if ruled:
        # "i have three finals on may 5, what do i do": what the page says to do, in its words
        said = text("From the course page: " + " ".join(f"“{r}”" for r in ruled))
        lines = (said, form, *sitting) if has_form else (said, *sitting)
        return Answer(title=card.title, lines=lines, fields=card.fields)
    if has_form or sitting:
        return Answer(title=card.title, lines=(form, *sitting), fields=card.fields)
    said = text(f"Whether {exam.title} can be moved for a clash is {NOT_ON_PAGE}; {where_to_ask(course)}.")
    return Answer(title=card.title, lines=(said,), fields=card.fields, kind="unknown")


def _places(course: Course) -> dict[str, str]:
    """Every room the data names, by its lowered name, and each meeting kind's room by the kind's words."""
    rooms: dict[str, str] = {}
    for m in course.meetings:
        if m.room:
            rooms.setdefault(m.room.lower(), m.room)
    for e in course.exams:
        for room in (e.location, *(r.room for r in e.rooms)):
            if room:
                rooms.setdefault(room.lower(), room)
    return rooms


def _kind_room(course: Course, question: str) -> str | None:
    """ "the lecture room", "the same room as lecture": the one room of the meetings of the kind named, when they
    share one."""
    for kind in course.meeting_kinds:
        words = (kind.id, kind.name, *kind.aliases)
        names = [re.escape(w.lower()) for w in words if w]
        said = [rf"\b{n}\s+(?:room|hall)\b" for n in names]
        said += [rf"\bsame\s+(?:room|hall|place)\s+as\s+(?:the\s+|our\s+)?{n}s?\b" for n in names]
        if any(re.search(pattern, question) for pattern in said):
            rooms = {m.room for m in course.meetings if m.kind == kind.id and m.room}
            return rooms.pop() if len(rooms) == 1 else None
    return None


def _stated_room(
    course: Course, exam: Exam, question: str, now: dt.datetime, form_urls: Mapping[str, str] | None
) -> Answer | None:
    stated = next((room for key, room in _places(course).items() if key in question), None)
    stated = stated or _kind_room(course, question)
    if stated is None:
        return None
    section = _section(course, question)
    card = exam_answer(course, now, exam.id, form_urls, section)
    if exam.location:
        real = {exam.location}
    elif section is not None and exam.room_for(section):
        real = {exam.room_for(section)}
    else:
        real = {r.room for r in exam.rooms}
    if not real:
        said = text(f"Where {exam.title} is held is {NOT_ON_PAGE}; {where_to_ask(course)}.")
        return Answer(title=card.title, lines=(said,), fields=card.fields, kind="unknown")
    if real == {stated}:
        return verdict(card, True, f"{exam.title} is in {stated}.")
    if stated not in real:
        return verdict(
            card,
            False,
            f"{exam.title} is in {' or '.join(sorted(real))} (by section), not {stated}."
            if len(real) > 1
            else f"{exam.title} is in {next(iter(real))}, not {stated}.",
        )
    whose = [", ".join(course.section_labels(r.sections)) for r in exam.rooms if r.room == stated]
    said = text(f"Only for {'; '.join(whose)}: {exam.title} is in {stated} for them; see the rooms below.")
    return Answer(title=card.title, lines=(said,), fields=card.fields)
