"""A yes/no question whose answer shows the rule but does not decide it, decided by the course's own claim: "if i
ask for a remark can my mark go down" answered with the remark rule alone, while the course's data holds the claim
"remark go down": Yes. The claim's page words are quoted; the decision's checks then judge it like any other Yes or
No (a case or a second half the claim does not speak to still withholds it)."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.answer import Answer, text
from bot.understand.about_course.asked_price import asks_price, gives_price
from bot.understand.answering import replies
from bot.understand.answering.replies import without_verdict
from bot.understand.policies.policy_told import told_match
from bot.understand.yes_no.page_claims import ClaimIndex, outcome_unnamed

_DAY_WORD = (
    r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}/\d{1,2})"
)
# "is group c's field day on sat may 15", "are labs on fridays": whether a thing falls on a day, asked with no leave
# or duty ("can i", "do we have to")
_IS_ON_A_DAY = re.compile(
    rf"^(?:is|are|was|were|will)\b(?!.*\b(?:can|could|may(?!\s+\d)|must|allowed|permitted|have\s+to|need\s+to)\b)"
    rf".*\b(?:on|for)\s+(?:the\s+)?{_DAY_WORD}\b"
)
_SAYS_A_DAY = re.compile(rf"\b{_DAY_WORD}\b|\d", re.IGNORECASE)


def asks_a_day_unsaid(question: str, evidence: str) -> bool:
    """Whether the question asks if something falls on a day ("is group c's cruise on sat may 15") while the claim's
    page words name no day or number at all ("You may not join another group's cruise day"): the claim is about
    something else, so it decides nothing."""
    return _IS_ON_A_DAY.search(question.lower()) is not None and _SAYS_A_DAY.search(evidence) is None


# Answers whose own words already settle what is asked, or that say the question is not the course's.
_NOT_CLAIMED = frozenset({"out_of_scope", "refused", "error", "unsure"})


def claim_verdict(question: str, answer: Answer, claims: ClaimIndex, *, yes_no: bool) -> Answer:
    """The answer opening with the Yes or No of the one claim the whole question asks, when it opens with neither;
    otherwise the answer as it is."""
    if not yes_no or answer.kind in _NOT_CLAIMED or _has_verdict(answer) or not claims.keys:
        return answer
    matched = claims.match(question) or told_match(claims, question)  # its story set apart
    if matched is None:
        return both_claims_shown(question, answer, claims)
    if matched.keys < 2:
        return answer  # a phrasing of one key word ("have to go to lab") is too little to decide a rule shown
    if asks_price(question) and not gives_price(matched.claim.evidence):
        return answer  # "is the lab manual free": a claim that names no amount of money does not decide a price
    if asks_a_day_unsaid(question, matched.claim.evidence):
        return answer  # "is group c's cruise on sat may 15": a day asked, which the claim's words do not name
    if outcome_unnamed(question, matched.claim):
        return answer  # the rule is shown with the page's words, which say what follows if anything does
    return replies.verdict(answer, matched.claim.yes, f"“{matched.claim.evidence.rstrip('.')}.”")


# Answers a rule each way is shown above: a card (or the hedge that offers the closest one), never a list of readings
# to pick from, a refusal or an answer that says the question is not the course's.
_NOT_SHOWN_BOTH = frozenset({"out_of_scope", "refused", "error"})


def both_claims_shown(question: str, answer: Answer, claims: ClaimIndex) -> Answer:
    """The answer opening with the course's two rules the question asks equally well, one Yes and one No ("you may
    bring one cheat sheet" but "printed sheets are not allowed"), and no verdict of its own: the student sees both
    and that the page does not settle which applies (hedged). Otherwise the answer as it is."""
    if answer.kind in _NOT_SHOWN_BOTH or answer.options or _has_verdict(answer):
        return answer
    pair = claims.disagreeing(question)
    if pair is None:
        return answer
    yes, no = (f"“{c.evidence.rstrip('.')}”" for c in pair)
    lead = text(f"No plain Yes or No: the course page has a rule each way here, {yes} (Yes) but {no} (No).")
    return replace(answer, lines=(lead, *without_verdict(answer.lines)), kind="unsure")


def _has_verdict(answer: Answer) -> bool:
    """Whether any line of the answer opens with a Yes or No."""
    return any(isinstance(line[0], str) and line[0].startswith(("**Yes**", "**No**")) for line in answer.lines if line)
