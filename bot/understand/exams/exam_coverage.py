"""What an exam covers, from its own rules ("Covers redox reactions through atomic orbitals (lectures February 20
through March 30)", "Cumulative: covers the whole course except the April 15 guest lecture"): the coverage in the
page's words, or that the page does not give it; whether a day of the schedule is on the exam, from the span a rule
names (a rule that names no span leaves it undecided: the answer then quotes the rules with no Yes or No)."""

from __future__ import annotations

import datetime as dt
import re

from bot.core.answer import Answer, text
from bot.core.kept import Kept
from bot.core.sentences import split_sentences
from bot.core.timefmt import human_date
from bot.course.model import Course, Exam, ScheduleDay
from bot.understand.answering import replies
from bot.understand.answering.asked import Asked
from bot.understand.times.time_phrases import MONTHS

_MONTH = r"(?:" + "|".join(m[:3] + r"[a-z]*\.?" for m in MONTHS) + r")"
_DATE = rf"{_MONTH}\s+\d{{1,2}}"
_EXCEPT = re.compile(r"\b(?:except|excluding|but\s+not|not\s+including)\b(?P<rest>[^.;]*)", re.IGNORECASE)
_SPAN = re.compile(rf"(?P<a>{_DATE})\s*(?:through|thru|to|until|-|–)\s*(?P<b>{_DATE})", re.IGNORECASE)
_THROUGH = re.compile(rf"\b(?:through|thru|up\s+to|until)\s+(?P<b>{_DATE})", re.IGNORECASE)
_WHOLE = re.compile(
    r"\b(?:cumulative|whole\s+course|entire\s+course|everything|all\s+(?:of\s+the\s+)?material)\b", re.IGNORECASE
)
_COVERS = re.compile(r"\b(?:cover(?:s|ed)?|cumulative)\b", re.IGNORECASE)


def _date(text: str, year: int) -> dt.date | None:
    month, day = text.replace(".", "").split()
    number = next((i for i, m in enumerate(MONTHS, 1) if m.startswith(month.lower()[:3])), None)
    try:
        return dt.date(year, number, int(day)) if number else None
    except ValueError:
        return None


def on_exam(exam: Exam, rows: list[ScheduleDay]) -> tuple[bool, str] | None:
    """(whether the days asked about are on the exam, the rule that says so); None when its rules do not say, or
    say some are and some are not."""
    year = exam.date.year
    for rule in (r for r in exam.rules if _COVERS.search(r)):
        found = [
            _numbered(rule, row) if _numbered(rule, row) is not None else _covered(rule, row.date, exam, year)
            for row in rows
        ]
        if None in found:
            continue
        return (found[0], rule) if len(set(found)) == 1 else None
    return None


# "Lectures 1-14", "practicals 1 to 3": a span of the meetings of one kind by their numbers
_NUMBERED_SPAN = re.compile(
    r"\b(?P<kind>[a-z]+?)s?\s+(?P<a>\d+)\s*(?:-|–|to|through|thru)\s*(?P<b>\d+)\b", re.IGNORECASE
)


def numbered_covered(rule: str, kind: str, number: int | None) -> bool | None:
    """Whether a rule's span of numbered meetings of that kind ("Lectures 1-14") holds the meeting numbered so; None
    when the meeting has no number or the rule names no span of its kind."""
    if number is None:
        return None
    # "Practicals 1-7" of a "Lab practical": the kind by its own name or by its last word
    kinds = {kind.lower(), *kind.lower().split()[-1:]}
    spans = [
        (int(m["a"]), int(m["b"])) for m in _NUMBERED_SPAN.finditer(_EXCEPT.sub("", rule)) if m["kind"].lower() in kinds
    ]
    return any(a <= number <= b for a, b in spans) if spans else None


def _numbered_name(row: ScheduleDay) -> str:
    """ "Lecture 15, " for a numbered meeting, "" for another row."""
    return f"{(row.kind_name or row.kind).capitalize()} {row.number}, " if row.number is not None else ""


def _numbered(rule: str, row: ScheduleDay) -> bool | None:
    return numbered_covered(rule, row.kind_name or row.kind, row.number) if row.number is not None else None


def _covered(rule: str, day: dt.date, exam: Exam, year: int) -> bool | None:
    """Whether one rule puts a day on the exam: left out by date ("except the April 15 guest lecture"), inside or
    outside its span of lectures, or before a cumulative exam; None when the rule names no span."""
    named = [t for m in _EXCEPT.finditer(rule) for t in re.findall(_DATE, m["rest"], re.IGNORECASE)]
    if day in {d for t in named if (d := _date(t, year)) is not None}:
        return False
    kept = _EXCEPT.sub("", rule)
    span = _SPAN.search(kept)
    first = _date(span["a"], year) if span else None
    last = _date(span["b"], year) if span else None
    if span is None and (through := _THROUGH.search(kept)):
        last = _date(through["b"], year)  # "lectures through February 16"
    if last is not None:
        return (first is None or first <= day) and day <= last
    if _WHOLE.search(kept):
        return day <= exam.date
    return None


def on_the_exam(asked: Asked, exam: Exam | None, rows: list[ScheduleDay]) -> Answer:
    """ "is the battery guest lecture on the final": Yes or No from the rule saying what the exam covers, with the
    day asked about (No when every day of it comes after the exam); the exam's coverage alone (no Yes or No) when no
    rule decides it."""
    course = asked.course
    answer = replies.course_fact(course, "exam_content", exam=exam)
    if exam is not None and rows and all(r.date > exam.date for r in rows):
        # "is sn1 on midterm 1" where SN1 is first taught after it: not yet taught, so not on it
        first = min(rows, key=lambda r: r.date)
        said = f"{first.title} is on {human_date(first.date)}, after {exam.title} ({human_date(exam.date)})."
        return replies.verdict(answer, False, said)
    found = on_exam(exam, rows) if exam is not None else None
    if found is None:
        return answer
    yes, rule = found
    days = ", ".join(f"{r.title} ({_numbered_name(r)}{human_date(r.date)})" for r in rows)
    verb = ("is" if yes else "is not") if len(rows) == 1 else ("are" if yes else "are not")
    said = f"{days} {verb} on {exam.title}: “{rule}”"
    return replies.verdict(answer, yes, said)


# The coverage in the page's words, and "is it cumulative".
_COVERAGE = re.compile(
    r"\b(?:covers?|covered|covering|cumulative|syllabus\s+for|chapters?|material\s+from|topics?\s+from|units?\s+\d)\b",
    re.IGNORECASE,
)
_CUMULATIVE = re.compile(r"\bcumulative\b|\bcovers?\s+the\s+whole\s+(?:course|module|term|semester)\b", re.IGNORECASE)
_NOT = re.compile(r"\bnot\b|\bonly\b", re.IGNORECASE)


def coverage(exam: Exam, course: Course | None = None) -> list[str]:
    """What the exam covers in the page's words: its own rules that say, else (given the course) the sentences of
    a policy about that exam that say ("It covers all lectures from Weeks 1 to 12" in a "Final exam" policy)."""
    said = [r for r in exam.rules if _COVERAGE.search(r)]
    if said or course is None:
        return said
    return list(_KEPT.get(course, "exam coverage", lambda: _policy_coverage(course)).get(exam.id, ()))


_KEPT: Kept[dict[str, tuple[str, ...]]] = Kept(size=32)
# a policy sentence that says what is examined ("covers all lectures", "is cumulative"), not "covered by UniAccess"
_SAYS_COVERED = re.compile(
    r"\bcumulative\b|\bcover(?:s|ed|ing)?\b.*\b(?:lectures?|weeks?|chapters?|units?|topics?|material|modules?"
    r"|readings?|everything|whole)\b",
    re.IGNORECASE,
)


def _names(exam: Exam) -> set[str]:
    return {n.lower() for n in (exam.title, *exam.aliases) if n.strip()}


def _names_in(names: set[str], words: str) -> bool:
    return any(re.search(rf"\b{re.escape(n)}\b", words) for n in names)


def _policy_coverage(course: Course) -> dict[str, tuple[str, ...]]:
    """For each exam whose rules say nothing of what it covers, the coverage sentences of the policies about it: a
    policy whose title or keywords name that exam, or a sentence that names it; never a sentence that names only
    another exam ("the midterm covers weeks 1-6" is not the final's coverage)."""
    found: dict[str, tuple[str, ...]] = {}
    for exam in course.exams:
        own = _names(exam)
        others = {n for e in course.exams if e.id != exam.id for n in _names(e)} - own
        said: list[str] = []
        for policy in course.policies:
            about = _names_in(own, " ".join((policy.title, *policy.keywords)).lower())
            for sentence in split_sentences(" ".join(policy.quote.split())):
                low = sentence.lower()
                if not _SAYS_COVERED.search(sentence) or sentence in said:
                    continue
                if _names_in(own, low) or (about and not _names_in(others, low)):
                    said.append(sentence)
        if said:
            found[exam.id] = tuple(said)
    return found


def coverage_answer(course: Course, exams: list[Exam]) -> Answer:
    """Each exam's coverage in the page's words; unknown when the page gives none for one of them."""
    ask = replies.where_to_ask(course)
    lines, missing = [], False
    for e in exams:
        said = coverage(e, course)
        if said:
            lines.append(text(f"**{e.title}** ({human_date(e.date)}): {' '.join(said)}"))
        else:
            missing = True
            lines.append(text(f"**{e.title}** ({human_date(e.date)}): what it covers is {replies.NOT_ON_PAGE}."))
    if missing:
        lines.append(text(f"{ask[0].upper()}{ask[1:]}."))
    title = exams[0].title if len(exams) == 1 else "Exams"
    return Answer(title=title, lines=tuple(lines), kind="unknown" if missing else "info")


def cumulative_verdict(exam: Exam, question: str) -> tuple[bool, str] | None:
    """ "is the final cumulative": Yes when its rules say it covers the whole course; None otherwise."""
    if not re.search(r"\bcumulative\b|\bwhole\s+(?:course|module|semester|term)\b|\beverything\b", question.lower()):
        return None
    # "Midterm 2 is not cumulative: it covers the lectures from February 23 to April 6": No, in its words
    denied = [r for r in coverage(exam) if _NOT_CUMULATIVE.search(r)]
    said = [r for r in coverage(exam) if _CUMULATIVE.search(r) and not _NOT.search(r.split(":")[0]) and r not in denied]
    if said or len(denied) != 1:
        return (True, f"“{said[0]}”") if said and not denied else None
    return False, f"“{denied[0]}”"


# A rule that denies it covers the course so far ("is not cumulative", "non-cumulative", "isn't cumulative")
_NOT_CUMULATIVE = re.compile(r"\b(?:not|isn'?t|non-?)\s*cumulative\b", re.IGNORECASE)


def kind_verdict(course: Course, exam: Exam, kind: str) -> tuple[bool, str] | None:
    """ "does the exam cover the seminar stuff": Yes when the exam's coverage names that kind of meeting ("covers all
    lectures and seminars"), No when it names it only as left out ("except the labs"); None when it does not name it
    (a coverage of lectures says nothing of the seminars either way)."""
    meeting = next((k for k in course.meeting_kinds if k.id == kind), None)
    if meeting is None:
        return None
    names = {n.lower() for n in (meeting.name, meeting.plural, *meeting.aliases) if n.strip()}
    named = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")s?\b")
    for rule in coverage(exam, course):
        low = rule.lower()
        found = named.search(low)
        if found is None:
            continue
        left_out = _EXCEPT.search(low)
        if left_out is not None and left_out.start() < found.start() <= left_out.end():
            # "except the labs": all of them left out; "except the April 15 guest lecture": one, not the kind
            whole_kind = found.group(0).endswith("s") and not re.search(r"\d", left_out.group("rest"))
            return (False, f"“{rule.rstrip('.')}.”") if whole_kind else None
        if _NOT.search(low[: found.start()].rsplit(",", 1)[-1]):
            return None  # "does not cover the labs or the seminars": read by no Yes
        return True, f"“{rule.rstrip('.')}.”"
    return None
