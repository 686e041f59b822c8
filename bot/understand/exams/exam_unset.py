"""An exam the course keeps only as a policy whose page leaves out its date ("the final exam is in the April exam
period; the date is not yet announced"): asked when, where or how long, the student hears that the page does not
give it, with what the page does say; asked anything else, the policy's own answer (its Yes or No where it has one).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.answers.policies import policy_answer
from bot.core.answer import Answer, text
from bot.understand.answering import replies
from bot.understand.answering.asked import Asked
from bot.understand.answering.handle_policies import policy
from bot.understand.exams.unset_exams import unset_exam, unset_exams
from bot.understand.question.result import Slots
from bot.understand.words.normalize import phrase_key
from bot.understand.yes_no.folded import asks_yes_no
from bot.understand.yes_no.page_claims import claims_for

# The exam facts that ask when, where or how long: what a date-less exam's page leaves out.
_SCHEDULE_FACTS = frozenset({"exam_time", "exam_place"})

# Asked when, where or how long, whatever the reading ("what day is the final exam on" read as what is on it).
_ASKS_WHEN = re.compile(
    r"\b(?:when|whens|what\s+(?:day|date|time)|which\s+(?:day|date|room|hall|building)|where|wheres|how\s+long"
    r"|how\s+many\s+hours|(?:start|end|finish)s?)\b"
)


def _not_given(asked: Asked, policy_id: str, answer: Answer) -> Answer:
    chosen = asked.course.policy(policy_id)
    note = chosen.missing if chosen else ""
    said = text(f"The course page doesn't give {note} yet; {replies.where_to_ask(asked.course)}. What it says:")
    return replace(answer, lines=(said, *answer.lines), kind="unknown")


def _by_title(asked: Asked, policy_id: str) -> Asked:
    """The question with the exam's short name ("the final") read as the policy's title ("the final exam"), so the
    policy's claims, worded with its title, are matched."""
    chosen = asked.course.policy(policy_id)
    if chosen is None or set(phrase_key(chosen.title)) <= set(phrase_key(asked.question)):
        return asked
    names = dict(unset_exams(asked.course))[policy_id]
    pattern = r"\b(?:" + "|".join(sorted(names, key=len, reverse=True)) + r")\b"
    return replace(asked, question=re.sub(pattern, chosen.title.lower(), asked.question, count=1, flags=re.I))


def answered_as_unset(handler: Callable[[Asked, Slots], Answer], intent: str) -> Callable[[Asked, Slots], Answer]:
    """The handler, but a question about a date-less exam ("when is the final", "is the final cumulative") that
    names no exam of the course's list is answered from that exam's policy."""

    def handle(asked: Asked, slots: Slots) -> Answer:
        fact = slots.get("fact")
        if slots.get("exam") or slots.get("_exams") or (intent == "course_fact" and not str(fact).startswith("exam_")):
            return handler(asked, slots)
        found = unset_exam(asked.course, asked.question)
        if found is None:
            return handler(asked, slots)
        by_title = _by_title(asked, found)
        if intent != "exam" and fact not in _SCHEDULE_FACTS and not _ASKS_WHEN.search(asked.question.lower()):
            return policy(by_title, {"policy": found})  # "is the final cumulative": the policy's own answer
        # When, where, how long: only a claim of the page decides a Yes or No ("is the final before the 20th" is
        # not a Yes because the page names an exam period).
        answer = policy_answer(asked.course, found, asked.question)
        matched = (
            claims_for(asked.course).match(by_title.question, within=found) if asks_yes_no(asked.question) else None
        )
        if matched is not None:
            return replies.verdict(answer, matched.claim.yes, f"“{matched.claim.evidence}”")
        return _not_given(asked, found, answer)

    return handle
