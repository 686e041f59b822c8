"""How much work or attendance a student may miss without it counting ("how many practicals can i skip", "i missed
lab 2, do i need to apply for special consideration or is it fine because only some labs count", "do all 10 labs
count"): the sentence of the course's rules that allows it ("the best 8 of your 10 labs count", "up to two absences
are excused without a medical note", "the lowest quiz score is dropped"), and a Yes or No only where its words say
it: whether all count, and whether a note is needed for as many misses as the sentence excuses without one."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.kept import Kept
from bot.core.sentences import split_sentences
from bot.course.model import Course
from bot.understand.page_evidence.knowledge import stem
from bot.understand.times.time_phrases import NUMBER_WORDS

_N = r"(\d+|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
# "the best 8 of your 10 labs", "best eight out of ten"
_BEST = re.compile(rf"\bbest\s+{_N}\s+(?:of|out\s+of)\s+(?:your\s+|the\s+)?{_N}\b", re.IGNORECASE)
# "the lowest quiz score is dropped", "we drop your lowest two quizzes"
_DROPPED = re.compile(
    rf"\blowest\s+(?:{_N}\s+)?(?:[a-z-]+\s+){{0,2}}?(?:scores?|marks?|grades?)\s+(?:is|are|will\s+be|gets?)\s+dropped"
    rf"|\bdrop(?:s|ped)?\s+(?:the\s+|your\s+)?lowest(?:\s+{_N})?\b",
    re.IGNORECASE,
)
# "up to two absences are excused", "two unexcused absences are allowed", "you may miss up to three tutorials"
_EXCUSED = re.compile(
    rf"\bup\s+to\s+{_N}\s+absences?\s+(?:are|is|will\s+be)\s+excused|\b{_N}\s+(?:free|excused)\s+absences?"
    rf"|\b(?:may|can)\s+(?:miss|skip)\s+(?:up\s+to|at\s+most)\s+{_N}\b",
    re.IGNORECASE,
)
# Asking how much may be missed, whether all count, or whether a miss needs something.
_HOW_MANY = re.compile(
    r"\bhow\s+many\b[^?.]*?\b(?:(?:can|could|may)\s+(?:i|we)|am\s+i\s+allowed|are\s+we\s+allowed)\b[^?.]*?"
    r"\b(?:miss|skip|drop)"
)
_ALL_COUNT = re.compile(r"\b(?:do|does|will)\s+(?:all|every|each)\b[^?.]*\bcount")
# "miss", "skip", "be away for", "can't make": not being there
_MISS = (
    r"(?:miss|missed|missing|skip|skipped|skipping|(?:be\s+)?away\s+(?:for|from)|absent\s+(?:for|from)|can'?t\s+make)"
)
_MISSED = re.compile(rf"\b{_MISS}\b")
_NEEDS = re.compile(
    r"\b(?:need|have\s+to|required|supposed\s+to|apply)\b[^?.]*?\b(?:note|doctor'?s?|medical|documentation|spec\s+con"
    r"|special\s+consideration|form|excuse)"
)
# "without a medical note", "without explanation", "no reason needed": a miss needs nothing
_NO_NEED = re.compile(
    r"\b(?:without\s+(?:a\s+|an\s+|any\s+)?(?:medical\s+|doctor'?s?\s+)?(?:note|documentation|explanation|reason"
    r"|excuse|certificate)|(?:does|do)\s+not\s+need)\b"
)
_COUNT_MISSED = re.compile(rf"\b{_MISS}\s+{_N}\s+[a-z]")


@dataclass(frozen=True)
class Allowance:
    """One sentence of the rules that lets some work or attendance be missed: how many, and its words."""

    policy: str
    sentence: str
    misses: int  # how many may be missed (dropped, or not among the best that count)
    words: frozenset[str]  # the sentence's word stems: what it is about
    names: frozenset[str] = frozenset()  # the stems of its rule's title and keywords


def _number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower(), 1)


def _letter_stems(text: str) -> frozenset[str]:
    """The stems of the words made of letters, numbers left out and hyphens dropped ("in-class" is "inclass")."""
    return frozenset(stem(w) for w in re.findall(r"[a-z]+", text.lower().replace("-", "")))


def allowances_in(policy: str, quote: str, names: str = "") -> list[Allowance]:
    """The sentences of a rule that allow misses, with how many; `names`: the rule's title and keywords, which say
    what its sentences are about ("Attendance at practicals")."""
    found = []
    for sentence in split_sentences(quote):
        if m := _BEST.search(sentence):
            misses = _number(m.group(2)) - _number(m.group(1))
        elif m := _DROPPED.search(sentence):
            misses = _number(next((g for g in m.groups() if g), "1"))
        elif (m := _EXCUSED.search(sentence)) and next(g for g in m.groups() if g) not in ("a", "an"):
            misses = _number(next(g for g in m.groups() if g))
        else:
            continue
        if misses > 0:
            # what is allowed is said in its own clause: "Quizzes 10% (best 3 of 4); Seminar participation 5%"
            # allows missed quizzes, never seminars
            own = _clause_at(sentence, m.start())
            found.append(Allowance(policy, own, misses, _letter_stems(f"{own} {names}"), _letter_stems(names)))
    return found


def _clause_at(sentence: str, at: int) -> str:
    """The part of a sentence listing several things (between semicolons) that holds position `at`."""
    start = sentence.rfind(";", 0, at) + 1
    end = sentence.find(";", at)
    return sentence[start : end if end >= 0 else len(sentence)].strip()


_KEPT: Kept[tuple[Allowance, ...]] = Kept(size=32)


def allowances(course: Course) -> tuple[Allowance, ...]:
    """Every allowance the course's rules state: read once per course."""
    return _KEPT.get(
        course,
        "allowances",
        lambda: tuple(
            a for p in course.policies for a in allowances_in(p.id, p.quote, " ".join((p.title, *p.keywords)))
        ),
    )


def _about(allowance: Allowance, question: str) -> bool:
    """Whether the question names what the sentence allows to be missed ("labs", "practicals", "quiz")."""
    asked = _letter_stems(question)
    return any(
        a in allowance.words or any(_alike(a, w) for w in allowance.words) for a in asked - _COMMON if len(a) >= 3
    )


def _alike(a: str, w: str) -> bool:
    return len(w) >= 3 and (w.startswith(a) or a.startswith(w))


_COMMON = _letter_stems(
    """the a an of to in on at for and or but is are was were be i my me we you your it that this do does did can could
    may need have has had how many much all every each count counts counted skip miss missed missing drop without
    with will would if so because only some one two lose marks mark score scores apply note fine ok okay get trouble
    want dont don't know think just really also still sure"""
)


def allowance_question(course: Course, question: str) -> Allowance | None:
    """The allowance the question asks about (how many may be missed, whether all count, or a miss told with a
    question about it); None when it asks none, or names nothing an allowance speaks of."""
    said = " ".join(question.lower().split())
    if not (_HOW_MANY.search(said) or _ALL_COUNT.search(said) or (_MISSED.search(said) and _NEEDS.search(said))):
        return None
    found = [a for a in allowances(course) if _about(a, said)]
    if not found:
        return None
    asked = _letter_stems(said) - _COMMON
    # the one whose own words name what is asked ("miss a quiz": "the lowest quiz is dropped", never a sentence on
    # seminars); then the sentence that says no note is needed, when that is asked; then the rule named for it ("labs")
    found.sort(
        key=lambda a: (
            -len(asked & _letter_stems(a.sentence)),
            _NEEDS.search(said) is not None and _NO_NEED.search(a.sentence) is None,
            not asked & a.names,
        )
    )
    return found[0]


def allowance_verdict(allowance: Allowance, question: str) -> bool | None:
    """No to "do all 10 labs count" when some may be missed; No to "do i need a note if i miss one" when the
    sentence excuses that many without one; None otherwise."""
    said = " ".join(question.lower().split())
    if _ALL_COUNT.search(said):
        return False
    if _NEEDS.search(said) and _NO_NEED.search(allowance.sentence):
        # "miss one practical", "missed 3 labs" (a number before the work); "missed lab 2" is one lab
        counted = _COUNT_MISSED.search(said)
        missed = _number(counted.group(1)) if counted else 1
        return False if missed <= allowance.misses else None
    return None
