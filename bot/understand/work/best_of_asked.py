"""'how many webwork sets count', 'does my worst quiz get dropped': the course's `[[best_of]]` rule for the work
asked about, with a Yes or No only where the rule settles it (something is dropped; not all of them count)."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.answers.best_of import best_of_answer, best_of_line
from bot.core.answer import Answer, text
from bot.core.errors import UserError
from bot.core.kept import Kept
from bot.core.matching import fold
from bot.course.model import Assignment, BestOf, Course
from bot.understand.answering.asked import Asked
from bot.understand.answering.replies import where_to_ask
from bot.understand.question.asked_in_story import only_told
from bot.understand.question.reading import Reading
from bot.understand.question.result import Slots

_DROPPED = frozenset({"drop", "drops", "dropped", "dropping", "lowest", "worst"})
_COUNTS = frozenset({"count", "counts", "counted", "counting", "best"})
_DROP_VERBS = frozenset({"drop", "drops", "dropped", "dropping"})
_COUNTED = frozenset({"count", "counts", "counted"})
# every question this reader answers holds one of these words (the recognizer row's gate)
NEEDS = _DROPPED | _COUNTS
# "how much does webwork count": its weight, not which ones count
_WEIGHT = frozenset({"much", "percent", "percentage", "worth", "weight", "weighted", "weighting"})
_ALL = frozenset({"all", "every", "each"})
# "will those count as absences", "does it count for attendance": another sense of counting
# ("count as one of my drops" is the rule's own counting)
_COUNT_AS = re.compile(
    r"\bcount(?:s|ed)?\s+(?:as|for)\b(?!\s+(?:one\s+of\s+)?(?:my\s+|the\s+|a\s+|an\s+)?(?:drop|dropped|lowest|worst)\b|"
    r"\s+(?:one\s+of\s+)?(?:my\s+|the\s+)?drops\b)"
)
_SAID_DROPPED = ("lowest", "dropped", "worst")
# "if i submit quiz 3 at 5:10pm does it still count": whether work handed in then is taken, not which ones count
_STILL_COUNTS = re.compile(r"\bstill\s+(?:count|counts|be\s+counted)\b")
# "if i do quiz 7 on monday instead of sunday does it count": the what-if's one hand-in, taken or not
_IT_COUNTS = re.compile(r"\b(?:does|will|would)\s+(?:it|that|this)\s+(?:still\s+)?(?:count|be\s+counted)\b")
# "is my lowest lab report dropped", "how many psets count", "do all the quizzes count", "which ones count"
_ASKS_DROP = re.compile(r"\b(?:lowest|worst)\b.*\bdrop(?:s|ped|ping)?\b|\bdrop(?:s|ped|ping)?\b.*\b(?:lowest|worst)\b")
_ASKS_COUNT = re.compile(r"\b(?:how\s+many|all|every|which)\b.*\bcount(?:s|ed)?\b")
_WORD = re.compile(r"[a-z0-9]+")
_PLAIN = frozenset({"the", "and", "for", "with", "from", "your", "due", "part", "one", "two"})
_KEPT: Kept[frozenset[str]] = Kept(64)
_KEPT_WORDS: Kept[tuple[frozenset[str], ...]] = Kept(64)


def _stem(word: str) -> str:
    if word.endswith("zzes"):
        return word[:-3]  # "quizzes" is "quiz"
    return word[:-2] if word.endswith("es") and len(word) > 4 else word[:-1] if word.endswith("s") else word


def _rule_words(course: Course) -> tuple[frozenset[str], ...]:
    """Per rule, the stems of its own name and of the names of the work it covers ("webwork", "set", "ww3")."""

    def build() -> tuple[frozenset[str], ...]:
        by_id = {a.id: a for a in course.assignments}
        out = []
        for rule in course.best_of:
            words = {_stem(w) for w in _WORD.findall(fold(rule.name))}
            words |= {_stem(w) for i in rule.ids for w in _short_names(by_id[i])}
            out.append(frozenset(words - _PLAIN))
        return tuple(out)

    return _KEPT_WORDS.get(course, "rule_words", build)


def _other_work(course: Course) -> frozenset[str]:
    """Stems of the words naming work no rule covers (its titles, names and kind): "quiz" for a readiness quiz."""

    def build() -> frozenset[str]:
        covered = {i for r in course.best_of for i in r.ids}
        own = {w for words in _rule_words(course) for w in words}
        other = {_stem(w) for a in course.assignments if a.id not in covered for w in _names(a)}
        return frozenset(w for w in other - own - _PLAIN if len(w) > 2 and not w.isdigit())

    return _KEPT.get(course, "other_work", build)


def _short_names(a: Assignment) -> list[str]:
    """The work's short name, kind and aliases: not its title, whose topic words ("Thursday") name no work."""
    return _WORD.findall(fold(" ".join((a.short, a.kind, *a.aliases))))


def _names(a: Assignment) -> list[str]:
    return _WORD.findall(fold(" ".join((a.title, a.short, a.kind, *a.aliases))))


# "last day to drop", "deadline to drop the class", "until when can i drop": a date to drop the course by
_DROP_BY_DATE = re.compile(
    r"\b(?:last\s+(?:day|date)|deadline|until\s+when|till\s+when|untill\s+when|by\s+when|when)\b[^?.!]*?\bdrop\b"
)


def best_of_asked(
    course: Course, said: str, reading: Reading, holds: Callable[[str], bool]
) -> tuple[int | None, bool | None] | None:
    """Which rule the question asks about (its index) and the Yes or No it settles; (None, None) when it asks of
    work no rule covers and the page says nothing of dropping marks; None when it is not asked."""
    folded = fold(said)
    words = set(_WORD.findall(folded))
    if not words & NEEDS or words & _WEIGHT or _COUNT_AS.search(folded):
        return None
    if _DROP_BY_DATE.search(folded) and not words & {"lowest", "worst"} and not reading.ids("assignment"):
        return None  # "last day to drop?": dropping the course by a date, not a mark dropped
    if only_told(said, lambda piece: not NEEDS.isdisjoint(_WORD.findall(fold(piece)))):
        return None  # "how do i appeal my exam, they didnt count my graph question": counting told, not asked
    if _STILL_COUNTS.search(folded) and any(t.kind in ("moment", "time", "lateness") for t in reading.times):
        return None
    handed_in = folded.startswith("if ") and _IT_COUNTS.search(folded) and not words & _DROPPED
    if handed_in and any(t.kind in ("moment", "time", "lateness", "day") for t in reading.times):
        return None
    found = _rule_asked(course, words, reading) if course.best_of else None
    if found is not None:
        return found
    asks = _ASKS_DROP.search(folded) or _ASKS_COUNT.search(folded)
    of_work = reading.ids("assignment") or reading.ids("series") or reading.ids("exam")
    if not asks or not of_work or "enrollment" in reading.cues:
        return None
    # a course with no rule whose texts speak of dropping marks answers as it always did (its policy's words)
    if course.best_of or not any(holds(w) for w in _SAID_DROPPED):
        return None, None
    return None


def _rule_asked(course: Course, words: set[str], reading: Reading) -> tuple[int, bool | None] | None:
    rules = course.best_of
    named = set(reading.ids("assignment"))
    series = [{_stem(w) for w in _WORD.findall(fold(name))} for name in reading.ids("series")]
    stems = {_stem(w) for w in words if not w.isdigit()}  # "quiz 7": the 7 names no rule ("hw 7" is another's)
    scores = []
    for i, (rule, own) in enumerate(zip(rules, _rule_words(course), strict=True)):
        score = 2 * len(named & set(rule.ids)) + any(s and s <= own for s in series) + bool(stems & own)
        scores.append((score, i))
    scores.sort(reverse=True)
    best_score, best = scores[0]
    rule = rules[best] if best_score > 0 and (len(scores) == 1 or scores[1][0] < best_score) else None
    if rule is not None and named - set(rule.ids):
        return None  # "does quiz 3 or the project count": work the rule does not cover is asked too
    if rule is None and len(rules) == 1 and words & {"lowest", "worst"}:
        # "is my lowest one dropped": the course's one rule, unless the question names other work or an exam
        # ("do they drop the lowest midterm" asks of exams, which no rule of the course's work covers)
        exam = bool(reading.ids("exam")) or "exam" in reading.cues
        rule = rules[0] if not named and not stems & _other_work(course) and not exam else None
    if rule is None:
        return None
    return rules.index(rule), _verdict(reading, words, rule)


# "do my 2 worst quizzes get dropped", "are the lowest two dropped", "do my best 6 count": how many the student says
# "can i drop two quizzes", "do 2 quizzes get dropped" too (a number right after "quiz" names one: "quiz 3 dropped")
_DROPPED_COUNT = re.compile(
    r"\b(\d{1,2}|two|three|four|five)\s+(?:worst|lowest)\b|\b(?:worst|lowest)\s+(\d{1,2}|two|three|four|five)\b"
    r"|\bdrop(?:s|ped)?\s+(?:my\s+|the\s+|our\s+)?(\d{1,2}|two|three|four|five)\b"
    r"|\b(\d{1,2}|two|three|four|five)\s+(?:[a-z]+\s+)?[a-z]+\s+(?:get\s+|are\s+|be\s+)?dropped\b"
)
_COUNTED_COUNT = re.compile(r"\bbest\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\b")
_NUMBER = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _stated_count(pattern: re.Pattern[str], folded: str) -> int | None:
    """The number the student gives in the pattern's place, or None."""
    found = pattern.search(folded)
    said = next((g for g in found.groups() if g), None) if found is not None else None
    return None if said is None else int(said) if said.isdigit() else _NUMBER[said]


def _count_verdict(folded: str, words: set[str], rule: BestOf) -> bool | None:
    """Yes or No to a number of dropped or counted work the student states, where the rule gives that number:
    "do my 2 worst quizzes get dropped" of "the best 6 of 8" (2 dropped) is a Yes, "... 3 worst ..." a No."""
    dropped = _stated_count(_DROPPED_COUNT, folded) if words & _DROPPED else None
    if dropped is not None and rule.drop is not None:
        return dropped == rule.drop
    counted = _stated_count(_COUNTED_COUNT, folded) if words & {"count", "counts", "counted"} else None
    if counted is not None and rule.best is not None:
        return counted == rule.best
    return None


def _verdict(reading: Reading, words: set[str], rule: BestOf) -> bool | None:
    """Yes to "is the lowest dropped", No to "do all of them count" ("do all 8 count" of "the best 6 of the 8");
    none where the rule's numbers would decide otherwise."""
    if not reading.yes_no:
        return None
    stated = _count_verdict(fold(reading.text), words, rule)
    if stated is not None:
        return stated
    numbers = {int(w) for w in words if w.isdigit()}
    if numbers:
        # "do all 8 count": all of as many as the rule counts them from, of which some are dropped
        every = numbers == {rule.of} and bool(rule.drop) and words & _ALL
        return False if every and words & {"count", "counts", "counted"} else None
    if words & {"lowest", "worst"} and words & _COUNTED and not words & _DROP_VERBS and not words & _ALL:
        return False  # "does my worst quiz count": it is the one dropped
    if words & _DROPPED and not words & _ALL:
        return True
    if words & _ALL and words & {"count", "counts", "counted"}:
        return False
    return None


def best_of(asked: Asked, slots: Slots) -> Answer:
    """The rule of the work asked about, in a sentence and in the page's words; or that the page has none for it."""
    rules = asked.course.best_of
    index = slots.get("rule")
    if index is None:
        return _unsaid(asked.course)
    if not isinstance(index, int) or not 0 <= index < len(rules):
        raise UserError("Name the work (the quizzes, the homework sets), and I'll say how many of them count.")
    return best_of_answer(asked.course, rules[index], slots.get("verdict"))


def _unsaid(course: Course) -> Answer:
    """No rule drops marks of the work asked about: the rules there are, or that the page has none, and the
    grading breakdown as the page gives it."""
    where = where_to_ask(course)
    if course.best_of:
        rules = " ".join(best_of_line(r) for r in course.best_of)
        said = f"The course page drops marks only here: {rules} It says nothing like that of what you asked; {where}."
    else:
        said = f"The course page doesn't say that any marks are dropped or that only some count; {where}."
    lines = [text(said)]
    if course.grading_breakdown:
        lines.append(text(f"What each part is worth: {course.grading_breakdown}"))
    return Answer(title="Which work counts", lines=tuple(lines), kind="unknown")
