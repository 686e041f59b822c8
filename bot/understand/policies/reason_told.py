"""A may-I question with a reason after "if" that the rule never speaks of ("can i use my partner's data if my gel
failed", "can we borrow another pair's graphs if ours came out bad"): the rule's decided claim on the thing asked
answers it, since the page's general rule holds whatever the reason. A hardship ("if im sick") is not such a reason:
rules on illness and emergencies are where a course makes exceptions, so the page's silence on it stays said."""

from __future__ import annotations

import re

from bot.course.model import Course
from bot.understand.policies.hardship_told import NEEDS
from bot.understand.words.normalize import phrase_key
from bot.understand.yes_no.clause_stance import unaddressed_condition
from bot.understand.yes_no.folded import fold
from bot.understand.yes_no.page_claims import Matched, claims_for

# A condition of something not done or missed ("if i haven't done the prelab", "if i miss the first week")
_UNDONE = frozenset({"not", "no", "never", "without", "miss", "missed", "skip", "skipped", "forgot", "forget", "late"})
_UNDONE_SAID = re.compile(r"n't\b|\b(?:dont|didnt|havent|hasnt|cant|wont|isnt|wasnt)\b")


def claim_despite_reason(course: Course, question: str) -> Matched | None:
    """The claim deciding the main clause of a may-I question whose "if" reason its policy's words never name (the
    reason read as a story around it); None when there is no such reason, it tells a hardship, or no one claim
    decides the main clause."""
    folded = fold(question)
    if not folded.yes_no or folded.mode != "permission" or not folded.condition or len(folded.main) < 3:
        return None
    said = set(phrase_key(folded.condition))
    if folded.lowered.startswith("if ") or NEEDS & said or _UNDONE & said or _UNDONE_SAID.search(folded.condition):
        return None  # "if i haven't done the prelab": a requirement not met is a case rules speak of, not a reason
    matched = claims_for(course).match(" ".join(folded.main), story=folded.condition)
    chosen = course.policy(matched.policy) if matched is not None else None
    if chosen is None or not unaddressed_condition(question, (chosen.summary, chosen.quote)):
        return None
    return matched
