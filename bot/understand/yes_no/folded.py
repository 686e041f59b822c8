"""A yes/no question's words, folded once and shared by every check of the decision: its words, what it asks (may
I, must I, is it so), its own "not", its condition, and whether it asks how many instead."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from bot.core.sentences import split_sentences
from bot.understand.words.normalize import holds_fragment, phrase_key
from bot.understand.words.vocabulary import words_of
from bot.understand.yes_no.story_told import clause_after_story

# A yes/no question, at the start or after a comma ("my roommate took it last year, can he help me").
_YES_NO_CLAUSE = re.compile(
    r"(?:^|[,;:]\s*)(?:is|are|am|was|were|can|could|do|does|did|has|have|had|may|must|will|would|shall|should|any)\b"
    # "for the final can the notes sheet be ...", "in lab do we ...": a short topic put first, with no comma
    r"|^(?:for|about|in|on|at|during|re)\s+(?:(?!(?:what|when|where|which|who|whom|whose|why|how)\b)[\w'-]+\s+){1,3}?"
    r"(?:is|are|can|could|do|does|will|would|should|must|may)\s+(?:i|we|u|you|the|a|an|my|our|it|they|there|this|that)\b"
)
# What a question asks: may I (permission), must I (obligation), or is it so (fact).
_OBLIGATION = frozenset(
    {"need", "needs", "required", "require", "requires", "mandatory", "compulsory", "must", "obligatory", "should"}
)
_OBLIGATION_PAIRS = (("have", "to"), ("has", "to"), ("supposed", "to"), ("expected", "to"))
_PERMISSION = frozenset({"can", "could", "may", "allowed", "permitted", "ok", "okay", "fine", "able", "acceptable"})
# The case a question asks about: "... if i'm sick", "... in case my flight is late".
# A decimal point ("an 89.5") does not end it.
CONDITION = re.compile(
    r"\b(?:if|in\s+case|when)\s+(.+?)(?=[,?!]|\.(?!\d)|\s+(?:can|could|may|do|does|will|would|should)\s|$)"
)
# Everything from the condition on, which is not what is asked: "can i submit late if i have no internet".
_CONDITION_TAIL = re.compile(r"\b(?:if|when|unless|because|since|in case)\b.*$")
# What every match of CONDITION and of _CONDITION_TAIL holds: a text holding none of them is not searched (their
# patterns start at every word).
_CONDITION_NEEDS = ("if", "when", "case")
_CONDITION_TAIL_NEEDS = ("if", "when", "unless", "because", "since", "case")
_NEGATIONS = frozenset({"not", "no", "never", "none", "nothing", "nobody", "neither", "nor"})
# Who a tag question's "isn't it", "aren't they", "don't we" is about.
_TAGGED = frozenset({"it", "they", "we", "i", "you", "he", "she", "there", "that"})
_AUXILIARIES = words_of("is are am was were can could do does did has have had may must will would shall should")
# "if i submit sheet 2 now how many flex hours does it use": a number is asked, not a Yes or No.
_HOW_MUCH = re.compile(r"\bhow\s+(?:many|much|long)\b")
_OWN_YES_NO = re.compile(r"(?:^|[,;:?]\s*)(?:is|are|am|was|were|can|could|do|does|did|will|would|should|may)\b")
# "if i hand in cr2 at 12:30 tuesday will it still be accepted, and how much do i lose": a case told, then its own
# yes/no clause before the amount is asked (the amount asked first, "how many flex hours does it use", is no such); the
# case may follow a story told first ("we'll be late on p2, if it goes in at 10 is it accepted and how much")
_CASE_YES_NO = re.compile(r"(?:^|[,;]\s*)if\b.*?\s(?:will|would|is|can|could|am)\s+(?:it|i|we|u|that|this|they|my)\b")


# "is there a resit or do i just fail", "can i use it on the report or is that not allowed": what follows the "or" is
# a question of its own (its verb, whom it asks of, then "not" or "just"), the student's guess at the No of the first,
# so the first is what is asked, and the guess's "not" is not the question's ("or is it online" names another
# alternative, and stays a choice)
NO_SIDE_ASKED = re.compile(
    r"\bor\s+(?:(?:do|does|is|are|will|would|can|could|should|must|am|have|has)\s+(?:i|we|you|u|it|that|this|they)"
    r"\s+(?:\w+\s+)?(?:not|just|simply)|(?:isn'?t|aren'?t|don'?t|doesn'?t|can'?t|won'?t)\s+(?:i|we|you|u|it|that|this|they))\b"
)


@dataclass(frozen=True)
class Folded:
    """A question as every yes/no check reads it."""

    text: str  # as typed
    lowered: str
    tokens: tuple[str, ...]  # its words, folded (bot.understand.words.normalize.phrase_key)
    yes_no: bool  # it asks yes or no, at its start or after the context before a comma
    mode: str  # "permission" (may I), "obligation" (must I) or "fact" (is it so)
    negated: bool  # its main clause holds its own "not" ("is there NO textbook")
    amount: bool  # it asks how many or how much, with no yes/no clause of its own
    condition: str  # the case it asks about ("i'm sick"), "" when none
    main: tuple[str, ...]  # the words before its condition: what is asked


# "is anything due over the break?? pls say no": the answer the student hopes for, not a "no" the question asks
_WISH = re.compile(r"\b(?:(?:please|pls|plz)\s+)?(?:say|tell\s+me)\s+(?:no|yes|not|it'?s\s+not|it\s+isn'?t)\b[^?]*")


# "can i do the project by myself, i dont really know anyone", "..., mine is old": what the student tells after the
# question is not what it asks (its "dont" does not turn the question)
_TOLD_AFTER = re.compile(
    r"^((?:is|are|am|can|could|do|does|may|will|would|should)\b[^,]*),\s*(?:i|im|i'm|my|mine|ours|we|cause|cuz|bc|because"
    r"|since|she|she's|he|he's|they|they're|theyre|it's|its)\b.*$"
)


# A statement run on after the question without a comma, its subject the student's own thing and a verb at once:
# "can i switch teams my group is not working" ("... if my group is ..." is the question's own case, not a story).
_RUN_ON_STATEMENT = re.compile(
    r"(?<=\w)\s+(?:my|our)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:is|are|was|were|isn'?t|aren'?t|wasn'?t|doesn'?t|don'?t|won'?t"
    r"|keeps?|never|has|have|hasn'?t|haven'?t)\b[^?,]*$"
)
_SUBORDINATE = frozenset({"if", "whether", "that", "when", "because", "since", "cause", "cuz", "bc", "unless", "and"})


def run_on_statement(lowered: str) -> re.Match[str] | None:
    """Where a statement run on after a may-I question starts ("my group is not working"), or None."""
    if "my" not in lowered and "our" not in lowered:
        return None  # what every statement run on opens with
    found = _RUN_ON_STATEMENT.search(lowered)
    if found is None or not _YES_NO_CLAUSE.search(lowered[: found.start()]):
        return None
    return None if lowered[: found.start()].split()[-1:][0] in _SUBORDINATE else found


def without_run_on(lowered: str) -> str:
    """The question without a statement run on after it ("do i have to bring my own helmet" of "... my old one is
    cracked")."""
    found = run_on_statement(lowered)
    return lowered[: found.start()] if found is not None else lowered


# "quiz 4 is over and i never took it, can i still do it": the story told before a may-I is not what it asks (its
# "never" does not turn the question)
_MAY_I_AFTER_STORY = re.compile(r"(?:[,;]\s*|\s(?:and|so|but)\s+|\s)((?:can|could|may)\s+(?:i|we)\s+still\b.*)$")


# "my laptop died, can i hand it in tomorrow": a may-I clause, the one after the story's comma
_MAY_I = re.compile(r"(?:can|could|may)\s+(?:i|we)\b|is\s+there\s+(?:any|a)\s+way\s+(?:i|we)\s+(?:can|could)\b")


def _asked_sentence(lowered: str) -> str:
    """The sentence holding the question's first yes/no clause; the whole text when none or only one sentence."""
    sentences = split_sentences(lowered)
    if len(sentences) < 2:
        after = _MAY_I_AFTER_STORY.search(lowered) if "still" in lowered else None  # what every match holds
        return after.group(1) if after is not None else lowered
    return next((s for s in sentences if _YES_NO_CLAUSE.search(s)), lowered)


def _after_story(asked: str) -> str:
    """The may-I question from its own clause on, when a story told before a comma opens it ("the bus won't run that
    day, can i join online"): the story's "won't" does not turn the question."""
    clause = clause_after_story(asked)
    return clause if _MAY_I.match(clause) else asked


def _lowered(question: str) -> str:
    return " ".join(question.strip().lower().replace("’", "'").split())


def asks_yes_no(question: str) -> bool:
    """Whether a question asks yes or no, at its start or after the context before a comma: fold's `yes_no`, read
    without folding the rest (the engine asks it of every part it reads, most of which no claim decides)."""
    return bool(_YES_NO_CLAUSE.search(_lowered(question)))


@lru_cache(maxsize=2048)
def fold(question: str) -> Folded:
    """The question folded once: every check of the decision reads this, not the text again."""
    lowered = _lowered(question)
    tokens = phrase_key(lowered)
    found = CONDITION.search(lowered) if holds_fragment(lowered, _CONDITION_NEEDS) else None
    asked = _asked_sentence(lowered)
    run_on = run_on_statement(asked)
    asked = asked[: run_on.start()] if run_on is not None else asked  # "... my group is not working": told, not asked
    no_side = NO_SIDE_ASKED.search(asked) if " or " in asked else None
    asked = asked[: no_side.start()] if no_side is not None else asked  # "... or is that not allowed": a guess
    asked = _after_story(asked)  # "i wont have wifi, can i ...": told before the comma, not asked
    main = _TOLD_AFTER.sub(r"\1", asked) if "," in asked else asked  # told after a comma, or nothing told
    main = _WISH.sub(" ", main) if "say" in main or "tell" in main else main
    main = phrase_key(_CONDITION_TAIL.sub("", main) if holds_fragment(main, _CONDITION_TAIL_NEEDS) else main)
    return Folded(
        text=question,
        lowered=lowered,
        tokens=tokens,
        yes_no=bool(_YES_NO_CLAUSE.search(lowered)),
        mode=_mode(tokens),
        negated=_negated(main),
        amount=_amount_only(lowered),
        condition=found.group(1).strip() if found else "",
        main=main,
    )


def _amount_only(lowered: str) -> bool:
    """Whether the question asks how many or how much with no yes/no clause of its own (at its start, after a comma,
    or after the case it tells, before the amount)."""
    how_much = _HOW_MUCH.search(lowered) if "how" in lowered else None
    if how_much is None or _OWN_YES_NO.search(lowered):
        return False
    return _CASE_YES_NO.search(lowered[: how_much.start()]) is None


def must_i_only(q: Folded) -> bool:
    """Whether the question asks only whether something is required, with no may-I beside it ("do i need the 8th
    edition or is the 7th ok" asks both)."""
    return q.mode == "obligation" and not _PERMISSION & set(q.tokens)


def _mode(tokens: tuple[str, ...]) -> str:
    pairs = set(pairwise(tokens))
    if _OBLIGATION & set(tokens) or any(p in pairs for p in _OBLIGATION_PAIRS):
        return "obligation"
    if _PERMISSION & {t for i, t in enumerate(tokens) if not month_may(tokens, i)}:
        return "permission"
    return "fact"


_DAY_NUMBER = re.compile(r"\d{1,2}(?:st|nd|rd|th)?")


def month_may(tokens: tuple[str, ...], i: int) -> bool:
    """Whether the word at i is the month beside a day of it ("is there lab on may 6", "6 may", "may 6th"), never
    the "may" of may-I."""
    if tokens[i] != "may":
        return False
    return any(0 <= j < len(tokens) and _DAY_NUMBER.fullmatch(tokens[j]) for j in (i - 1, i + 1))


# "due on the thursday NOT the friday": a "not" right after the day claimed, before the day it sets aside, is a
# correction, not a negated question (a clock time set aside is left as it was: which one is claimed is less clear)
_WEEKDAYS = words_of("monday tuesday wednesday thursday friday saturday sunday")
_SET_ASIDE = _WEEKDAYS | words_of("the on")


# "... right, not ...": the words that ask to confirm a statement, before what the student sets aside
_CONFIRMING = words_of("right correct rite ryt yeah")


def _sets_aside(tokens: list[str], i: int) -> bool:
    """Whether the "not" at i sets another day aside: right after the weekday claimed, before the one set aside."""
    before = tokens[i - 1] if i > 0 else ""
    after = tokens[i + 1] if i + 1 < len(tokens) else ""
    return before in _WEEKDAYS and after in _SET_ASIDE


def _negated(main: tuple[str, ...]) -> bool:
    """Whether the main clause holds its own negation (not a leading contraction, not the "or not" of "is it
    allowed or not", not a "no" inside its condition)."""
    tokens = list(main)
    if tokens[-2:] == ["or", "not"]:
        tokens = tokens[:-2]
    tag = tokens[-3:]
    if len(tokens) > 3 and tag[0] in _AUXILIARIES and "not" in tag[1:] and set(tag[1:]) - {"not"} <= _TAGGED:
        tokens = tokens[:-3]  # "it's due before anzac day, isn't it": a tag asks to confirm the statement
    told = next((i for i in range(1, len(tokens) - 1) if tokens[i] in _CONFIRMING and tokens[i + 1] == "not"), None)
    if told is not None:
        tokens = tokens[:told]  # "the quiz is online right, not in person": what it is not, set aside after the tag
    start = next((i for i, t in enumerate(tokens) if t in _AUXILIARIES), None)
    if start is None:
        return False
    rest = tokens[start + 1 :]
    if rest[:1] == ["not"]:
        rest = rest[1:]  # "isn't hw3 due friday": a contraction asks to confirm the plain question
    rest = [t for i, t in enumerate(rest) if t != "not" or not _sets_aside(rest, i)]
    return bool(_NEGATIONS & set(rest))
