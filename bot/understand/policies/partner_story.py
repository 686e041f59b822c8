"""A partner or group member who does not do their share ("my project partner has done literally nothing for m1, what
can i do"): the course's rule on work in pairs or groups, and what its words say about problems in one; the page's
silence said when they say nothing."""

from __future__ import annotations

import re

from bot.core.kept import Kept
from bot.core.sentences import split_sentences
from bot.course.model import Course

_MATE = (
    r"(?:(?:partner|teammate|team\s*mate|group\s*mate|group\s+member|team\s+member|lab\s+partner)s?"
    # "someone in our bridge team", "one person in my group", "a member of the team"
    r"|(?:someone|somebody|one\s+(?:person|guy|girl|member)|one\s+of\s+us|a\s+member)\s+(?:in|on|of|from)\s+"
    r"(?:our|my|the)\s+(?:[\w-]+\s+)?(?:team|group|pair))"
)
# Not doing their share, as students say it.
_SLACKING = re.compile(
    rf"\b{_MATE}\b.*?\b(?:(?:has|have)\s+done\s+(?:literally\s+|basically\s+|absolutely\s+)?nothing"
    r"|(?:done|doing|does|did)\s+(?:literally\s+|basically\s+)?nothing"
    r"|(?:is|are|isn'?t|aren'?t)\s+(?:not\s+)?(?:doing|helping|contributing|responding|replying|pulling)"
    r"|not\s+(?:doing|helping|contributing|responding|replying|pulling)"
    r"|(?:hasn'?t|haven'?t)\s+(?:done|helped|contributed|replied|responded)"
    r"|(?:won'?t|doesn'?t|don'?t)\s+(?:do|help|reply|respond|answer|contribute|work)"
    r"|never\s+(?:does|do|did|helps?|helped|contributes?|contributed|replies|responds|shows?\s+up|turns?\s+up)"
    r"|ghost\w*|disappeared|vanished|stopped\s+(?:replying|responding|showing|working)|slacking|free\s*-?\s*rid\w*)"
)
# What the page says about it: problems in a pair or group, contributions, peer assessment.
_TROUBLE = re.compile(
    r"\b(?:problems?(?!\s+sets?\b)|issues?|conflicts?|disputes?|free\s*-?\s*rid\w*|fair\s+share)\b", re.IGNORECASE
)  # not "problem sets": work, not trouble
# ... and, after those, what weighs each member's part
_SHARE = re.compile(r"\b(?:contribut\w*|peer\s+assess\w*|peer\s+evaluat\w*)\b", re.IGNORECASE)
_PEER = re.compile(r"\bpeer\s+(?:assess\w*|evaluat\w*|review\w*|marking)\b", re.IGNORECASE)
_WHEN_WHERE = re.compile(r"\bwhen\s+(?:is|are|does|do)\b|\bwhere\s+(?:is|are)\b|\bwhat\s+time\b")
_PAIRED = re.compile(r"^(?:partners?|pairs?|groups?|teams?|group work|pair work|team work)$", re.IGNORECASE)

_POLICY: Kept[str] = Kept(size=32)


def pair_policy(course: Course) -> str:
    """The course's one policy on work in pairs or groups (a keyword "partner", "pair", "group" or "team"), or ""."""

    def find() -> str:
        found = [p for p in course.policies if any(_PAIRED.match(k.strip()) for k in p.keywords)]
        if len(found) > 1:
            found = [p for p in found if _TROUBLE.search(p.quote) or _SHARE.search(p.quote)]
        if not any(_TROUBLE.search(p.quote) or _SHARE.search(p.quote) for p in found):
            # the group work's own rule is silent on shares; the one rule that weighs each member's part by a peer
            # evaluation ("marks may be adjusted for each team member using the peer evaluation") says it
            peer = [p for p in course.policies if _PEER.search(p.quote)]
            found = peer if len(peer) == 1 else found
        return found[0].id if len(found) == 1 else ""

    return _POLICY.get(course, "pair policy", find)


def partner_question(course: Course, question: str) -> str | None:
    """The pair policy's id when the question tells of a partner not doing their share; None otherwise."""
    said = " ".join(question.lower().split())
    if not _SLACKING.search(said) or _WHEN_WHERE.search(said):
        return None
    return pair_policy(course) or None


def share_unruled(course: Course, question: str) -> bool:
    """Whether the question tells of a team member not doing their share on a course with no rule on group work
    ("somebody in our group has done nothing, do they get the same grade"): the page says nothing of it."""
    said = " ".join(question.lower().split())
    return bool(_SLACKING.search(said)) and not _WHEN_WHERE.search(said) and not pair_policy(course)


def trouble_sentences(quote: str) -> list[str]:
    """The rule's sentences about problems in a pair or group, then about each member's share (at most two)."""
    sentences = split_sentences(quote)
    return ([s for s in sentences if _TROUBLE.search(s)] + [s for s in sentences if _SHARE.search(s)])[:2]
