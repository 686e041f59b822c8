"""Whether the student passes with the marks they state ("say i get 55 overall but only 35% on the final, do i
pass?"): the course's rule for passing, read for its thresholds ("a total of at least 50 and at least 40% on the
final exam"), and each mark the student gives checked against the threshold for the same thing. Yes only when every
threshold is met by a stated mark; No when a stated mark falls short of one; nothing when the page states no
threshold for what the student gives."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.kept import Kept
from bot.core.sentences import split_sentences
from bot.course.model import Course

# "at least 50", "a minimum of 40%", "50 or more": a threshold in the rule.
_AT_LEAST = re.compile(
    r"\b(?:at\s+least|a\s+minimum\s+of|minimum\s+of|no\s+less\s+than)\s+(\d+(?:\.\d+)?)\s*(%|percent|marks?)?"
)
# What a number is of: "on the final exam", "in the final", "overall", "in total", "total of".
_ON_THING = re.compile(r"^\s*(?:%|percent|marks?)?\s*(?:on|in|for)\s+(?:the\s+|your\s+)?([a-z][a-z-]*)")
_TOTAL_BEFORE = re.compile(
    r"\b(?:total|overall|aggregate|final\s+mark|course\s+mark)(?:\s+(?:mark|grade|score|result))?\s+(?:of\s+|is\s+|was\s+|will\s+be\s+)?"
    r"(?:at\s+least\s+|a\s+minimum\s+of\s+)?$"
)
_TOTAL_AFTER = re.compile(r"^\s*(?:%|percent|marks?)?\s*(?:overall|in\s+total|total|aggregate)\b")
# The student's marks: "55 overall", "35% on the final", "a 45 on the exam", "got 60 total".
_STATED = re.compile(r"\b(\d+(?:\.\d+)?)\s*(%|percent)?")
# "do i pass", "will i fail", "can i still pass", "is that a pass": a yes/no question on passing
_ASKS_PASS = re.compile(
    r"\b(?:do|will|would|can|could|am|does|did|is)\s+(?:i|that|it|this)\s+(?:still\s+)?(?:be\s+|get\s+|a\s+)?"
    r"(?:pass|passing|fail|failing)\b"
)
_TOTAL = "total"


@dataclass(frozen=True)
class Threshold:
    """At least `least` of `of` (a word naming what: "final", or "total"), as the rule's sentence says it."""

    of: str
    least: float
    sentence: str
    percent: bool = False
    named: tuple[str, ...] = ()  # every word naming what ("written", "lab", "exam")


def _of(text: str, start: int, end: int) -> str | None:
    """What the number at text[start:end] is of: the word after "on/in the", or the total; None when unsaid."""
    after = text[end:]
    if found := _ON_THING.match(after):
        return found.group(1)
    if _TOTAL_AFTER.match(after) or _TOTAL_BEFORE.search(text[:start]):
        return _TOTAL
    return None


# What a mark is on, in full: "the written lab exam" up to the next "and", "to", "but" or punctuation.
_THING = re.compile(r"^\s*(?:%|percent|marks?)?\s*(?:on|in|for)\s+(?:the\s+|your\s+|my\s+)?((?:[a-z][a-z-]*\s*){1,4})")
_THING_ENDS = frozenset(
    {"and", "to", "but", "or", "then", "do", "does", "will", "would", "can", "if", "so", "is", "am"}
)
# Words naming any exam: "the lab exam" names the written lab exam, not the final exam.
_ANY_EXAM = frozenset({"exam", "exams", "examination", "test", "paper", "the"})


def _named(after: str) -> tuple[str, ...]:
    """The words naming what a number is on ("45% on the lab exam but ..." -> ("lab", "exam"))."""
    found = _THING.match(after)
    if not found:
        return ()
    words = []
    for word in found.group(1).split():
        if word in _THING_ENDS:
            break
        words.append(word)
    return tuple(words)


def _same_thing(mark: tuple[str, ...], threshold: tuple[str, ...]) -> bool:
    """Whether the words a mark is on name the threshold's thing: each word that names more than "an exam" is one
    of the threshold's ("lab exam" of "the written lab exam"; "final" is not "written lab exam")."""
    own = set(mark) - _ANY_EXAM
    return bool(own) and own <= set(threshold)


def thresholds(rule: str) -> tuple[Threshold, ...]:
    """The thresholds the rule's sentences about passing state."""
    found = []
    for sentence in split_sentences(rule):
        low = sentence.lower()
        if not re.search(r"\bpass", low):
            continue
        for m in _AT_LEAST.finditer(low):
            of = _of(low, m.start(), m.end(2) if m.group(2) else m.end(1))
            if of is not None:
                end = m.end(2) if m.group(2) else m.end(1)
                percent = m.group(2) in ("%", "percent")
                found.append(Threshold(of, float(m.group(1)), sentence.strip(), percent, _named(low[end:])))
    return tuple(found)


_RULES: Kept[tuple[tuple[str, tuple[Threshold, ...]], ...]] = Kept(size=32)


def pass_rules(course: Course) -> tuple[tuple[str, tuple[Threshold, ...]], ...]:
    """Each policy stating thresholds for passing, with them: read once per course."""

    def read() -> tuple[tuple[str, tuple[Threshold, ...]], ...]:
        return tuple((p.id, found) for p in course.policies if (found := thresholds(f"{p.summary} {p.quote}")))

    return _RULES.get(course, "pass rules", read)


def stated_marks(question: str) -> dict[str, float]:
    """The marks the student states, by what each is of ("55 overall", "35% on the final")."""
    return {of: value for of, (value, _) in _marks_named(question).items()}


def _marks_named(question: str) -> dict[str, tuple[float, tuple[str, ...]]]:
    """The marks the student states, by what each is of, with every word naming it."""
    low = " ".join(question.lower().split())
    marks: dict[str, tuple[float, tuple[str, ...]]] = {}
    for m in _STATED.finditer(low):
        of = _of(low, m.start(), m.end())
        if of is not None and of not in marks:
            marks[of] = (float(m.group(1)), _named(low[m.end() :]))
    return marks


def pass_question(course: Course, question: str) -> str | None:
    """The id of the policy on passing when the question asks whether stated marks pass; None otherwise."""
    if not _ASKS_PASS.search(question.lower()) or not any(ch.isdigit() for ch in question):
        return None
    rules = pass_rules(course)
    if len(rules) != 1 or not stated_marks(question):
        return None
    return rules[0][0]


def _missed(course: Course, threshold: Threshold) -> str:
    """What the grade scale says happens when this threshold is missed (", and then you receive 00 ..."), where one
    of its hurdles is on the same thing; "" otherwise."""
    scale = course.grade_scale
    for hurdle in (scale.hurdles or ()) if scale else ():
        named = tuple(re.findall(r"[a-z]+", hurdle.name.lower()))
        if (
            hurdle.missed
            and hurdle.minimum == threshold.least
            and _same_thing(named, threshold.named or (threshold.of,))
        ):
            return f" (if not, {hurdle.missed})"
    return ""


@dataclass(frozen=True)
class PassVerdict:
    """The answer to the question as asked (to "will i fail", Yes is failing), and why."""

    yes: bool
    reason: str


def pass_verdict(course: Course, policy_id: str, question: str) -> PassVerdict | None:
    """Yes when every threshold of the rule is met by a stated mark, No when a stated mark falls short of one."""
    rule = dict(pass_rules(course)).get(policy_id)
    marks = _marks_named(question)
    if not rule or not marks:
        return None
    # "will i fail": Yes is failing; "do i pass", "can i still pass": Yes is passing
    fails = bool(re.search(r"\bfail", question.lower())) and not re.search(r"\bpass", question.lower())
    met = []
    for t in rule:
        mark = next(
            (
                v
                for of, (v, named) in marks.items()
                if of == t.of or of.startswith(t.of) or t.of.startswith(of) or _same_thing(named, t.named)
            ),
            None,
        )
        if mark is not None and mark < t.least:
            unit = "%" if t.percent else ""
            said = f"{mark:g}{unit} is under the {t.least:g}{unit} needed to pass{_missed(course, t)}"
            return PassVerdict(fails, f"{said}: “{t.sentence}”")
        met.append(mark is not None)
    if all(met):
        return PassVerdict(not fails, f"every mark you give meets what is needed to pass: “{rule[0].sentence}”")
    return None
