"""Policy questions read whole, before the question table splits or places their words: a story about using an AI
tool, marks stated to ask whether they pass, work or attendance one may miss, a partner not doing their share, going
to another section's meeting, or the student's accommodations. Each is the one rule that decides it, answered by its
handler.

Each reader is a row of READERS with the words it needs, as bot.understand.choosing.recognizers' rows: a question
holding none of a row's `needs` (words as `question_words` splits them) skips it without running its patterns."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.course.model import Course
from bot.understand.about_course.asked_figure import headcount_policy
from bot.understand.choosing.gates import Gate, Scan, scanned
from bot.understand.choosing.reader_gates import ACCOMMODATION, SWITCH
from bot.understand.choosing.recognizers import question_words
from bot.understand.late.allowance import allowance_question
from bot.understand.meetings.attendance_rule import names_meetings_in_general
from bot.understand.meetings.switch_section import switch_claim, switch_question
from bot.understand.policies.accommodation_story import accommodation_question
from bot.understand.policies.ai_story import ai_question
from bot.understand.policies.item_not_done import MISS_NEEDS, missed_thing_rule, not_done_rule
from bot.understand.policies.item_not_done import NEEDS as NOT_DONE_NEEDS
from bot.understand.policies.joint_work import joint_work_policy
from bot.understand.policies.partner_story import partner_question
from bot.understand.policies.reason_told import claim_despite_reason
from bot.understand.words.normalize import holds_fragment
from bot.understand.work.pass_marks import pass_question

# "... and when is lab 5 due": a part asking when or where, which the question table reads with the rest
_WHEN_WHERE = re.compile(r"\b(?:when|where)(?:'?s|\s+(?:is|are|does|do|will))\b|\bwhat\s+time\b")


@dataclass(frozen=True)
class WholeReader:
    """One row: the words it needs (None: it always runs), and what reads the policy's slots (None: not it)."""

    needs: frozenset[str] | None
    read: Callable[[Course, str], dict | None]
    gate: Gate | None = None  # bot.understand.choosing.gates: checked like `needs`, before the row runs


def _ai(course: Course, question: str) -> dict | None:
    ruled = ai_question(course, question)
    return {"policy": ruled[0], "_ai": True, "_decided": ruled[1]} if ruled else None


def _pass(course: Course, question: str) -> dict | None:
    rule = pass_question(course, question)
    return {"policy": rule, "_pass": True, "_decided": True} if rule else None


def _allowance(course: Course, question: str) -> dict | None:
    if names_meetings_in_general(course, question):
        # "how many classes can i miss": the course's [[attendance]] rules (bot.understand.meetings.attendance_rule)
        return None
    allowed = allowance_question(course, question)
    return {"policy": allowed.policy, "_allowance": True, "_decided": True} if allowed else None


def _partner(course: Course, question: str) -> dict | None:
    rule = partner_question(course, question)
    return {"policy": rule, "_partner": True, "_decided": True} if rule else None


def _switch(course: Course, question: str) -> dict | None:
    rule = switch_question(course, question)
    if not rule:
        return None
    # the rule's own claim on going to another group decides it; without one, the claims' usual reading does
    return {"policy": rule, "_switch": True, "_decided": switch_claim(course, rule) is not None}


def _missed_thing(course: Course, question: str) -> dict | None:
    found = missed_thing_rule(course, question)  # "what if i miss the bus": the sentence on missing the bus
    return {"policy": found[0], "_rule_sentence": found[1]} if found else None


def _headcount(course: Course, question: str) -> dict | None:
    rule = headcount_policy(course, question)  # "how big can project groups be": the rule giving that size
    return {"policy": rule} if rule else None


def _not_done(course: Course, question: str) -> dict | None:
    found = not_done_rule(course, question)  # "what if i dont do the peer eval": the sentence on leaving it undone
    return {"policy": found[0], "_rule_sentence": found[1]} if found else None


def _despite_reason(course: Course, question: str) -> dict | None:
    # "can i use my partner's data if my gel failed": the rule's claim on the thing asked, whatever the reason
    matched = claim_despite_reason(course, question)
    return {"policy": matched.policy, "_reason_claim": True, "_decided": True} if matched else None


def _joint(course: Course, question: str) -> dict | None:
    # "can i do the quizzes with my roommate": the clause keeping that work to each student says No
    found = joint_work_policy(course, question)
    return {"policy": found[0], "_joint": True, "_decided": True} if found else None


# In the order they were always tried: the first that reads the question answers it.
READERS: tuple[WholeReader, ...] = (
    # bot.understand.policies.ai_story._ALLOWED: "can/could/may i", "allowed", "ok", "in trouble", "count as", "is it
    # legal"
    WholeReader(
        frozenset({"can", "could", "may", "allowed", "permitted", "ok", "okay", "fine", "alright", "acceptable"})
        | frozenset({"against", "cheating", "misconduct", "plagiarism", "trouble", "problem", "issue", "count"})
        | frozenset({"legal"}),
        _ai,
    ),
    # bot.understand.work.pass_marks._ASKS_PASS: "do i pass", "will i fail"
    WholeReader(frozenset({"pass", "passing", "fail", "failing"}), _pass),
    # bot.understand.late.allowance: _HOW_MANY ("how many"), _ALL_COUNT ("do all ... count"), or _NEEDS beside a miss
    WholeReader(
        frozenset({"many", "all", "every", "each", "need", "have", "required", "supposed", "apply"}), _allowance
    ),
    # bot.understand.policies.partner_story._MATE: "partner", "teammate", "team mate", "groupmate", "group member"
    WholeReader(
        frozenset({"partner", "partners", "teammate", "teammates", "team", "groupmate", "groupmates", "group"}),
        _partner,
    ),
    WholeReader(None, _switch, SWITCH),  # the course's own names of its meetings
    WholeReader(None, accommodation_question, ACCOMMODATION),  # the rule's own short names ("DRC")
    # bot.understand.policies.item_not_done: "don't"/"not"/"never"/"skip"/"forget" beside a "what if"
    WholeReader(NOT_DONE_NEEDS, _not_done),
    # bot.understand.policies.item_not_done._MISS_ASKED: "miss the ...", beside a "what if"
    WholeReader(MISS_NEEDS, _missed_thing),
    # bot.understand.about_course.asked_figure._HEADCOUNT_ASKED: "how many people", "how big", "group size", "size of"
    WholeReader(frozenset({"many", "big", "large", "size", "sizes"}), _headcount),
    # bot.understand.policies.joint_work._JOINT: the work done together, or with another student
    WholeReader(
        frozenset({"together", "jointly", "same", "compared", "comparing", "share", "sharing", "copy", "copied"})
        | frozenset({"and", "both", "with", "all", "whole"})
        | frozenset({"us", "group", "team"}),  # "for us all", "for my study group"
        _joint,
    ),
    # bot.understand.policies.reason_told: a may-I with an "if" reason
    WholeReader(frozenset({"if"}), _despite_reason),
)


def policy_read_whole(course: Course, question: str) -> dict | None:
    """The policy slots of a question one rule answers whole ("_decided": its handler settles the Yes or No
    itself), or None when the question is not such a question."""
    lowered = question.lower()
    if holds_fragment(lowered, ("when", "where", "time")) and _WHEN_WHERE.search(lowered):  # what every match holds
        return None
    words = question_words(question)
    gated: Scan | None = None  # the question scanned once for every row's gate, when a row has one
    for row in READERS:
        if row.needs is not None and row.needs.isdisjoint(words):
            continue
        if row.gate is not None and not row.gate.opens(gated := gated or scanned(question), course):
            continue
        if slots := row.read(course, question):
            return slots
    return None
