"""Either-or questions, read once: two alternatives of one thing ("is hw1 due friday or saturday", "is the final in
person or can we take it on zoom") are answered once, opening with the alternative that holds ("Friday: PS1 is due on
Fri Sep 13.") or with "Neither:" and the fact, never a Yes and a No side by side; an "or" that only asks the first half
the other way round ("is hw5 due tonight or did they push it") is dropped before the question is read.

Each alternative is asked as its own yes/no question, so the course's readers of a stated day, time, place or way of
taking an exam decide it; nothing here knows what the alternatives are."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.core.answer import Answer, Text, text
from bot.course.model import WEEKDAYS
from bot.understand.answering.replies import opening_verdict
from bot.understand.question.reading import Reading
from bot.understand.question.result import Part
from bot.understand.words.normalize import holds_fragment, holds_phrase, phrase_key
from bot.understand.words.vocabulary import FILLERS

# Slots that name an alternative of the same thing: how it is held.
_ALTERNATIVE_SLOTS = ("in_person",)


def _alternatives(first: Part, second: Part) -> bool:
    if first.intent != second.intent or set(first.slots) != set(second.slots):
        return False
    differ = {k for k in first.slots if first.slots[k] != second.slots[k]}
    return bool(differ) and differ <= set(_ALTERNATIVE_SLOTS) and all(first.slots[k] is not None for k in differ)


def one_of_either_or(
    decisions: list[tuple[Reading, Part | None, list[Part]]],
) -> list[tuple[Reading, Part | None, list[Part]]]:
    """The decided parts with each pair of alternatives of one thing kept as the one asked last."""
    kept: list[tuple[Reading, Part | None, list[Part]]] = []
    for decision in decisions:
        before = kept[-1][1] if kept else None
        part = decision[1]
        if before is not None and part is not None and _alternatives(before, part):
            kept[-1] = decision
            continue
        kept.append(decision)
    return kept


# "is hw5 due tonight or did they push it": the second alternative is the first's "no"; the first is what is asked
_MOVED_ALTERNATIVE = re.compile(
    r",?\s+or\s+(?:did|was|were|has|have|is|are|had)\s+(?:they|it|that|he|she|staff|the\s+\w+)?\s*(?:been\s+|get\s+|got\s+)?"
    r"(?:push|pushed|move|moved|extend|extended|delay|delayed|postpone|postponed|change|changed|cancel|cancell?ed|"
    r"shift|shifted|bump|bumped)\b[^?.!]*",
    re.IGNORECASE,
)


# "do i have to register myself or does that happen automatically", "or is it automatic": the second alternative is
# the first's "no" (nothing to do), so the first is what is asked
_AUTOMATIC_ALTERNATIVE = re.compile(
    r",?\s+or\s+(?:does|do|is|will|would|can)\s+(?:that|it|this|they)\s+(?:just\s+)?(?:happen\s+|get\s+done\s+|be\s+done\s+"
    r"|be\s+|get\s+)?automatic(?:ally)?\b[^?.!]*",
    re.IGNORECASE,
)


# "is there lecture on nov 10 or is that the design review thing": whether the class meets that day is asked, and
# the day's own rows say what happens instead; the second half only guesses it
_HELD_INSTEAD_ALTERNATIVE = re.compile(
    r"^(?P<asked>\s*(?:is\s+there|are\s+there|do\s+we\s+(?:have|get)|will\s+there\s+be)\b[^?.!,]*?)"
    r",?\s+or\s+is\s+that\s+(?:the|a|when|for)\b[^?.!,]*(?P<end>[?.!]*)\s*$",
    re.IGNORECASE,
)


# "do we submit one report per team or does everyone hand in their own": the second alternative is the first's "no"
# (each on their own instead of one together), so the first is what is asked
_EACH_OWN_ALTERNATIVE = re.compile(
    r",?\s+or\s+(?:(?:does|do|should|must|will|would|can|is)\s+)?(?:everyone|everybody|each\s+(?:person|student|member|"
    r"one|of\s+us)|every\s+(?:one|student|member)|we\s+each|do\s+we\s+each)\s+(?:\w+\s+){0,3}?(?:their|his|her|our)\s+"
    r"own\b[^?.!]*",
    re.IGNORECASE,
)


# "do i still have to hand in the essay if i have an A, or can i just skip it": the second alternative is the first's
# "no" (not doing it), so the first is what is asked
_SKIPPED_ALTERNATIVE = re.compile(
    r",?\s+or\s+(?:can|could|may|should|do|is\s+it\s+(?:ok|okay|fine)\s+(?:if|to))\s+(?:i|we|you)?\s*(?:just\s+)?"
    r"(?:skip|ignore|not\s+(?:do|submit|hand|turn|bother))\b[^?.!]*",
    re.IGNORECASE,
)


def without_moved_alternative(question: str) -> str:
    """The question without an "or did they push it" (or an "or does that happen automatically", or an "or is that
    the design review", or an "or does everyone hand in their own", or an "or can i just skip it") that only asks its
    first half the other way round."""
    low = question.lower()
    if " own" in low:
        question = _EACH_OWN_ALTERNATIVE.sub("", question)
    if " or " in low and ("skip" in low or "ignore" in low or " not " in low):
        question = _SKIPPED_ALTERNATIVE.sub("", question)
    if "automatic" in low:
        question = _AUTOMATIC_ALTERNATIVE.sub("", question)
    if " or is that " in low and (instead := _HELD_INSTEAD_ALTERNATIVE.match(question)) is not None:
        question = instead.group("asked") + instead.group("end")
    if question.isascii() and not holds_fragment(low, _MOVED_VERBS):
        return question  # most questions hold none of the verbs (the case-blind pattern is left to other letters)
    return _MOVED_ALTERNATIVE.sub("", question)


# What every verb of the pattern starts with: a question holding none of them has nothing to drop.
_MOVED_VERBS = ("push", "move", "extend", "delay", "postpone", "chang", "cancel", "shift", "bump")


# "... or is it just online", "... or are they actually on zoom": the second alternative asks of the first's thing
_REFERS_BACK = re.compile(
    r"\s*(?:is|are|was|were|will|would|does|do|can)\s+(?:it|that|they|this|those)\b", re.IGNORECASE
)


def settled_by_alternative(question: str, asked: list[tuple[str, str, bool | None]]) -> set[int]:
    """The parts (by index) an either-or question settles through the other alternative's Yes or No: "is the exam in
    the lecture hall or is it just online" answered "No: it is in person" needs no "I can't tell you that for sure"
    over the lecture-hall half. `asked`: each part's text, intent and Yes or No (None when it opened with neither).
    Two parts are alternatives when the question joins them with "or" and both ask of the same thing (one intent, or
    the second refers back to the first: "or is it", "or are they"); only a pair where exactly one has a Yes or No
    settles the other."""
    key = phrase_key(question)
    settled: set[int] = set()
    for i in range(len(asked) - 1):
        (first, first_intent, first_verdict), (second, second_intent, second_verdict) = asked[i], asked[i + 1]
        if (first_verdict is None) == (second_verdict is None):
            continue
        if first_intent != second_intent and not _REFERS_BACK.match(second):
            continue
        if not holds_phrase(key, (*phrase_key(first), "or", *phrase_key(second))):
            continue
        settled.add(i if first_verdict is None else i + 1)
    return settled


# A yes/no question whose last words are two alternatives joined by "or": "is hw1 due friday or saturday?"
_EITHER_OR = re.compile(
    r"^(?P<first>(?:is|are|was|will|does|do)\s+[^?,;]+?)\s+or\s+(?P<second>(?:[a-z0-9:'-]+\s*){1,3})\s*\??$"
)
# Words that open an alternative placing it ("in person", "at 11:59", "on zoom"): after one, the first alternative is
# the one word before "or" (or the same word and the one after it: "at 5 or at 6")
_PLACING = frozenset({"in", "on", "at", "by", "during", "over", "via"})
# "or not", "or what", "or something": no second alternative
_NO_ALTERNATIVE = frozenset({"not", "no", "what", "something", "anything", "so", "smth", "nah", "nope"})
_MAX_WORDS = 3  # alternatives longer than this are clauses of their own, read as parts
# "before the break or after", "worth more than the quiz or less": the second alternative is the first's opposite
_SIDES = {
    "after": "before",
    "before": "after",
    "less": "more",
    "more": "less",
    "later": "earlier",
    "earlier": "later",
    "longer": "shorter",
    "shorter": "longer",
}


def alternatives_asked(question: str) -> tuple[str, str, str, str] | None:
    """(the first alternative asked, the second asked, the first's words, the second's words) of an either-or
    question ending on two short alternatives ("is hw1 due friday", "is hw1 due saturday", "friday", "saturday");
    None for any other question."""
    said = question.lower().replace("’", "'").split()
    while said and said[0].strip(",") in FILLERS:  # "wait is hw1 due friday or saturday"
        said = said[1:]
    found = _EITHER_OR.match(" ".join(said))
    if found is None:
        return None
    first, second = found.group("first").split(), found.group("second").split()
    if not second or second[0] in _NO_ALTERNATIVE or " or " in f" {found.group('first')} ":
        return None
    if second[0] in _SIDES and first[-1:] == [_SIDES[second[0]]] and len(first) > 2 and second[1:]:
        # "is the midterm before or after thanksgiving": the day named once, after both sides
        day = second[1:]
        return " ".join((*first, *day)), " ".join((*first[:-1], *second)), first[-1], second[0]
    if second[0] in _SIDES and second[1:] in ([], ["it"], ["that"], ["then"]):
        if _SIDES[second[0]] not in first:
            return None  # "is it an early morning thing or later": no side of the first to turn
        # "is hw1 due before the break or after": the same question on the other side of the same day
        at = len(first) - 1 - first[::-1].index(_SIDES[second[0]])
        return " ".join(first), " ".join((*first[:at], second[0], *first[at + 1 :])), first[at], second[0]
    placed = second[0] in _PLACING
    taken = (2 if len(first) > 3 and first[-2] == second[0] else 1) if placed else len(second)
    if taken > _MAX_WORDS or len(first) - taken < 2:
        return None
    head = first[:-taken]
    # "in person or online": the first is named with the word placing it ("In person"), though only its last word is
    # the alternative
    named = first[-taken - 1 :] if not placed and taken == 1 and first[-2] in _PLACING else first[-taken:]
    if taken == 1 and first[-1] in WEEKDAYS and second[-1] in WEEKDAYS:
        # "is exam 1 on monday or tuesday": which weekday it falls on, not whether it is this coming one
        base = head[:-1] if head[-1:] == ["on"] else head
        return (*(" ".join((*base, "on", "a", day)) for day in (first[-1], second[-1])), first[-1], second[-1])
    return " ".join(first), " ".join((*head, *second)), " ".join(named), " ".join(second)


def either_or_opening(question: str, answer: Answer, ask: Callable[[str], Answer]) -> Answer:
    """The answer opening with the alternative that holds, or with "Neither" and the one reason both are No, in place
    of an empty first line or of a Yes or No that answers only one alternative ("is hw1 due before the break or after"
    opened "No"); the answer as it was when it opens with another line of its own, or the alternatives do not settle
    it (both Yes, either unsettled, or No for different reasons). `ask`: the whole engine's answer to one yes/no
    question."""
    if answer.kind != "info" or not (answer.fields or answer.lines):
        return answer
    if answer.lines and opening_verdict(answer) is None:
        return answer
    asked = alternatives_asked(question)
    if asked is None:
        return answer
    first_q, second_q, first, second = asked
    answers = [ask(first_q), ask(second_q)]
    if any(a.title not in (answer.title, *answer.title.split(" · ")) for a in answers):
        return answer  # an alternative read as another thing than the question as a whole (not one of its days)
    verdicts = [opening_verdict(a) for a in answers]
    reasons = [_reason(a) for a in answers]
    if verdicts == [True, False]:
        said, reason = first, reasons[0]
    elif verdicts == [False, True]:
        said, reason = second, reasons[1]
    elif verdicts == [False, False] and reasons[0] == reasons[1] and not answer.lines:
        # (an answer already opening with No says it of both: "are there slip days or late tokens", No)
        said, reason = "neither", reasons[0]
    else:
        return answer
    opens, *rest = reason
    return replace(answer, lines=(text(f"{said[:1].upper()}{said[1:]}: {opens}", *rest), *answer.lines[1:]))


def _reason(answer: Answer) -> Text:
    """The line an answer opens with, without its Yes or No ("PS1 is due on Fri Sep 13.")."""
    opens, *rest = answer.lines[0]
    return (str(opens).split(": ", 1)[-1], *rest)
