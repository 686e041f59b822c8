"""A may-I or must-I question the course's words do not decide: "can i switch from section 1a to 1b" answered by
section 1A's card, with nothing on the page about switching. The student sees first that the page does not say,
and where to ask, then what it does say; the answer is not given as if it settled the question."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace

from rapidfuzz.distance import OSA

from bot.core.answer import Answer, text
from bot.understand.answering.replies import opening_verdict
from bot.understand.page_evidence.knowledge import stem
from bot.understand.words.normalize import phrase_key
from bot.understand.words.things import names_same_thing
from bot.understand.words.vocabulary import THESAURUS
from bot.understand.yes_no.folded import Folded, fold, without_run_on

# Cards of one thing (a section, a person, an exam...): what they show does not speak to doing something new with
# it. A policy's card is the course's own rule, read by the student: it is said to be silent only on a thing asked to
# be needed that it never names ("do we need lab coats" of a rule on safety glasses).
_CARDS = frozenset(
    {"section", "office_hours", "exam", "assignment_due", "schedule_day", "schedule_range", "course_fact", "staff"}
    | {"next_class", "release"}
)


# Slots that carry what a yes/no asks of a card (online or not, a day, a time): the card's data speaks to them.
_ASKED_OF_CARD = ("in_person", "when", "date", "dates", "time", "range", "moment")


def asked_of_card(slots: Mapping[str, object]) -> bool:
    """Whether the reading names what it asks of the card ("online", a day): then the card's data speaks to it."""
    return any(slots.get(key) not in (None, (), "") for key in _ASKED_OF_CARD)


def _said(answer: Answer) -> frozenset[str]:
    lines = (*answer.lines, *(x for f in answer.fields for x in f.lines))
    return frozenset(stem(w) for line in lines for s in line if isinstance(s, str) for w in phrase_key(s))


def page_is_silent(
    question: str | Folded, intent: str, yes_no: bool, unexplained: Iterable[str], answer: Answer
) -> bool:
    """Whether a yes/no question asks may I or must I about something the course does not explain (a word none of
    the answer holds) of a card that gives no Yes or No; or, of a rule's card, asks whether a thing is needed that
    the rule never names ("do we need lab coats" of a rule on goggles and a notebook). A question given as typed is
    folded only when its words are read (most answers are no card this asks of)."""
    if answer.kind != "info" or opening_verdict(answer) is not None:
        return False
    if intent == "policy":
        return _needed_thing_unnamed(_folded(question), answer)
    if intent not in _CARDS or not yes_no:
        return False
    said = _said(answer)
    return any(stem(w) not in said for w in unexplained) and _folded(question).mode != "fact"


def _folded(question: str | Folded) -> Folded:
    return question if isinstance(question, Folded) else fold(question)


# "do we need lab coats for the lab", "do i have to bring a calculator": the thing asked to be needed, up to what
# follows it ("for the lab", "to the exam") or the end
_NEEDED = re.compile(
    r"^(?:do|does|will|would)\s+(?:i|we|you|students|they)\s+(?:need(?!\s+to\b)|have\s+to\s+(?:bring|wear|buy|have|get)"
    r"|need\s+to\s+(?:bring|wear|buy|have|get))\s+(?:(?:a|an|the|our|my|any|some|own)\s+)*"
    r"(?P<thing>[a-z][a-z' -]*?)\s*(?:\b(?:for|to|in|at|on|during|before|if|when|or)\b.*)?\W*$"
)


# "are seasickness tablets provided on the boat", "will towels be supplied", "do they provide wetsuits": the thing
# asked to be handed out, up to what follows it
_PROVIDED = re.compile(
    r"^(?:is|are|will|would)\s+(?:there\s+)?(?:(?:a|an|the|any|some|our)\s+)*(?P<thing>[a-z][a-z' -]*?)\s+(?:be\s+)?"
    r"(?:provided|supplied|given\s+out|handed\s+out|lent)\b"
    r"|^(?:do|does|will|would)\s+(?:they|you|u|the\s+\w+|staff)\s+(?:provide|supply|give\s+out|hand\s+out|lend)\s+"
    r"(?:(?:a|an|the|any|some|us|our)\s+)*(?P<given>[a-z][a-z' -]*?)\s*"
    r"(?:\b(?:for|to|in|at|on|during|before|if|when|or)\b.*)?\W*$"
)


def provided_thing(question: Folded) -> str | None:
    """The thing a yes/no question asks to be handed out ("seasickness tablets" of "are seasickness tablets provided
    on the boat"), or None."""
    found = _PROVIDED.match(without_run_on(question.lowered))
    return None if found is None else found.group("thing") or found.group("given") or ""


def provided_thing_unnamed(question: Folded, said: frozenset[str], shown: str = "") -> bool:
    """Whether a yes/no question asks whether a thing is handed out ("are seasickness tablets provided on the boat")
    whose last word, or a near one, is none of the stems `said` (a rule on "life jackets are provided")."""
    thing = provided_thing(question)
    return thing is not None and thing_unnamed(thing, said, shown)


def thing_unnamed(asked: str, said: frozenset[str], shown: str) -> bool:
    """Whether the thing asked is named neither by its last word (or a near one) among the stems `said`, nor by
    another of its names in the text `shown`. Things asked together ("goggles and a soldering kit") are each looked
    for; one named by a long word of its own ("soldering" of "soldering irons") is named."""
    things = [t for t in re.split(r"\s*(?:,|\band\b|&)\s*", asked) if t.strip()]
    if len(things) > 1:
        return any(_one_unnamed(t, said, shown) and not _named_by_word(t, said) for t in things)
    return _one_unnamed(asked, said, shown)


def _named_by_word(thing: str, said: frozenset[str]) -> bool:
    """Whether a long word of one of several things asked together is among the stems `said`."""
    return any(len(w) > 4 and stem(w) in said for w in phrase_key(thing))


def _one_unnamed(asked: str, said: frozenset[str], shown: str) -> bool:
    if shown and names_same_thing(asked, shown):
        return False
    thing = phrase_key(asked)
    if not thing:
        return False
    head = thing[-1]
    near = {stem(head), *(stem(n) for n in THESAURUS.get(head, ()))}
    if len(head) > 4 and any(len(s) > 4 and OSA.distance(stem(head), s) <= 1 for s in said):
        return False  # "do i need the textbok": a slip in a long word still names the "textbook" said
    return not near & said


def _needed_thing_unnamed(question: Folded, answer: Answer) -> bool:
    """Whether a must-I question asks whether a thing is needed (or to be brought, worn) whose last word, or a near
    one, the rule's card never holds. The card is read only when the question asks for a thing."""
    needed, provided = needed_thing(question), provided_thing(question)
    if needed is None and provided is None:
        return False
    lines = (*answer.lines, *(x for f in answer.fields for x in f.lines))
    shown = " ".join(s for line in lines for s in line if isinstance(s, str))
    said = _said(answer)
    return any(thing is not None and thing_unnamed(thing, said, shown) for thing in (needed, provided))


def needed_thing(question: Folded) -> str | None:
    """The thing a must-I question asks to be needed ("a hairnet" of "do we need a hairnet in lab"), or None."""
    found = _NEEDED.match(without_run_on(question.lowered))
    return None if found is None or question.mode != "obligation" else found.group("thing")


def needed_thing_unnamed(question: Folded, said: frozenset[str], shown: str = "") -> bool:
    """Whether a must-I question asks whether a thing is needed whose last word, or a near one, is none of the stems
    `said`, nor the thing by another of its names in the text `shown`: "do we need a hairnet in lab" of "lab
    attendance is required" (but "our student card" of "Bring your student ID")."""
    thing = needed_thing(question)
    return thing is not None and thing_unnamed(thing, said, shown)


def said_silent(question: Folded, answer: Answer, where: str) -> Answer:
    """The card after a plain "the course page doesn't say" (kind unknown)."""
    what = "you can do that" if question.mode == "permission" else "you have to"
    if _PROVIDED.match(question.lowered) and question.mode != "permission":
        what = "that is provided"
    said = text(f"The course page doesn't say whether {what}; {where}. What it does say:")
    return replace(answer, lines=(said, *answer.lines), kind="unknown")


def undecided(
    question: str, intent: str, yes_no: bool, unexplained: Iterable[str], answer: Answer, where: str
) -> Answer:
    """The answer, or when the page is silent on what a may-I or must-I question asks of a card (see
    `page_is_silent`), that card after a plain "the course page doesn't say" (kind unknown)."""
    folded = fold(question)
    if not page_is_silent(folded, intent, yes_no, unexplained, answer):
        return answer
    return said_silent(folded, answer, where)
