"""Whose work the course's regrade window covers: the page may state it for one kind of work only ("Exam regrade
requests ... within 7 days"; "For each homework, regrade requests will be open for only 1 week"), and then a student
asking about another kind ("can i get a regrade on my lab report after 2 weeks") is told the window is the other
kind's and that the page gives none for theirs, never a Yes or No from a window that is not theirs."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bot.core.kept import Kept
from bot.core.sentences import split_sentences
from bot.course.model import Assignment, Course, Policy
from bot.understand.late.late_kind import work_of_kind_named, work_of_kinds_listed
from bot.understand.times.time_phrases import NUMBER_WORDS

# exams named without saying which ("graded exams", "the midterm"): an exam, not an assignment
_EXAM_WORDS = re.compile(r"\b(?:exams?|midterms?|finals?|tests?|klausur(?:en)?)\b")


# a time to ask within, in any unit ("within 72 hours of the marks", "in three working days")
_SPAN = re.compile(
    rf"\b(?:within|in|by)\s+(?:\d+|{'|'.join(NUMBER_WORDS)})\s+(?:working\s+|calendar\s+|business\s+)?"
    r"(?:hours?|days?|weeks?)\b"
)


def _window_phrase(days: int) -> re.Pattern[str]:
    """The window's length as a page writes it: "7 days", "seven days", "1 week", "a week", "two weeks"."""
    said = [str(days), *(w for w, n in NUMBER_WORDS.items() if n == days)]
    spans = [rf"(?:{'|'.join(map(re.escape, said))})[\s-]+days?"]
    if days % 7 == 0:
        weeks = days // 7
        counted = [str(weeks), *(w for w, n in NUMBER_WORDS.items() if n == weeks)]
        if weeks == 1:
            counted += ["a", "an"]
        spans.append(rf"(?:{'|'.join(map(re.escape, counted))})[\s-]+weeks?")
    return re.compile(rf"\b(?:{'|'.join(spans)})\b")


def regrade_policy(course: Course) -> Policy | None:
    """The course's policy on regrades (the one its keywords name so), or None."""
    return next((p for p in course.policies if any("regrade" in k.lower() for k in p.keywords)), None)


@dataclass(frozen=True)
class _Scope:
    """What the course's window is stated for, read once per course: its sentence, whether it names exams, the
    work it names by kind, and that work's name ("lab reports")."""

    sentence: str
    exam_names: re.Pattern[str] | None  # the course's own exam names and aliases ("map test", "klausur")
    covers_exams: bool
    covered: frozenset[Assignment]
    covered_name: str = ""
    exams_own: str = ""  # another sentence giving exams a time of their own ("within 72 hours of the marks")


_KEPT: Kept[_Scope] = Kept(32)


def window_sentence(course: Course) -> str:
    """The sentence of the course's regrade policy that states the window's length, or "" when none states it."""
    return _scope(course).sentence


def _scope(course: Course) -> _Scope:
    def build() -> _Scope:
        days = course.regrades.window_days
        policy = regrade_policy(course)
        sentence = ""
        if isinstance(days, int) and policy is not None:
            phrase = _window_phrase(days)
            quote = " ".join(policy.quote.split())
            sentence = next((s for s in split_sentences(quote) if phrase.search(s.lower())), "")
        names = sorted({n.lower() for e in course.exams for n in (e.title, *e.aliases) if len(n) > 2}, key=len)
        pattern = re.compile(rf"\b(?:{'|'.join(map(re.escape, reversed(names)))})\b") if names else None
        scope = _Scope(sentence, pattern, False, frozenset())
        if not sentence:
            return scope
        stating = _stating_part(sentence, _window_phrase(days))
        covered = work_of_kinds_listed(course, stating)
        name = _kinds_name(sorted(covered, key=lambda a: a.due)) if covered else ""
        covers_exams = _exam_named(scope, stating)
        said = " ".join(f"{policy.quote if policy else ''} {course.regrades.where or ''}".split())
        exams_own = next(
            (s for s in split_sentences(said) if s != sentence and _exam_named(scope, s) and _SPAN.search(s.lower())),
            "",
        )
        return _Scope(sentence, pattern, covers_exams, frozenset(covered), name, exams_own)

    return _KEPT.get(course, "regrade scope", build)


def exams_own_window(course: Course) -> str:
    """The sentence giving exams a time of their own beside a window stated for other work ("For the oral exam,
    appeal within 72 hours of the marks being released"), or "" when the page gives none."""
    scope = _scope(course)
    return "" if scope.covers_exams else scope.exams_own


def _stating_part(sentence: str, phrase: re.Pattern[str]) -> str:
    """The sentence up to the end of the clause that states the window: "... within 7 days after the grade is posted:
    for quizzes and project stages, email your monitor; for the parciales, write to the professor" holds the window
    for every graded item, and the work named after the colon only says where each one's request goes."""
    found = phrase.search(sentence.lower())
    if found is None:
        return sentence
    cut = re.search(r"[:;]", sentence[found.end() :])
    return sentence if cut is None else sentence[: found.end() + cut.start()]


def _exam_named(scope: _Scope, text: str) -> bool:
    lowered = text.lower()
    if _EXAM_WORDS.search(lowered):
        return True
    return scope.exam_names is not None and scope.exam_names.search(lowered) is not None


def _kinds_name(items: Sequence[Assignment]) -> str:
    """ "lab reports" for one kind of work; for several of one kind, the kind ("homework"); for several kinds,
    the work the page's sentence lists (its words are shown with it)."""
    name = _kind_name(items)
    return "the work its sentence lists" if name == _SOME_WORK else name


def _base_name(item: Assignment) -> str:
    """An assignment's title without its number or subtitle: "lab report" for "Lab Report 3: Spectra"."""
    return re.sub(r"[\s-]*\d+\w*$", "", item.title.split(":")[0]).strip().lower()


def _kind_name(items: Sequence[Assignment]) -> str:
    """ "lab reports" for Lab Report 1-8: the name the pieces' titles share without their numbers, in the plural; else
    their kind ("homework")."""
    names = {_base_name(a) for a in items}
    if len(names) == 1 and "" not in names:
        name = next(iter(names))
        return name if name.endswith("s") or name == "homework" else f"{name}s"
    kinds = {a.kind.replace("_", " ") for a in items}
    return next(iter(kinds)) if len(kinds) == 1 else _SOME_WORK


_SOME_WORK = "some work"


def uncovered(
    course: Course, question: str, items: Sequence[Assignment], slots: Mapping[str, object]
) -> tuple[str, str] | None:
    """(the work asked of, the work the window is stated for) when the page states its window for some work only and
    the question asks of other work; None when the window covers what is asked (or the page does not limit it)."""
    scope = _scope(course)
    if not scope.sentence:
        return None
    covers_exams = scope.covers_exams
    covered = scope.covered
    if not covers_exams and not covered:
        return None  # the window is the course's, for all work
    asked = list(items) or list(work_of_kind_named(course, question))
    asks_exam = not asked and (bool(slots.get("exam")) or _exam_named(scope, question))
    if asks_exam and not covers_exams:
        return "exams", scope.covered_name
    outside = [a for a in asked if a not in covered]
    if not outside:
        return None
    stated_for = "exams" if covers_exams and not covered else scope.covered_name
    return (", ".join(a.short for a in outside) if items else _kind_name(outside)), stated_for
