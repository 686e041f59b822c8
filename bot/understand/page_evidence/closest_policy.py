"""A may-I question the intent table could not place, read as the course policy its words plainly name: "found a
github repo that does the hw, can i use it if i cite it" is the found-code rule, not "I don't know that one". The
policy's own words (or a claim of the data) may then decide it; when they do not, the answer says the page does
not decide it before showing the rule."""

from __future__ import annotations

import re

from bot.understand.page_evidence.evidence import Evidence
from bot.understand.question.reading import Reading
from bot.understand.question.result import Part
from bot.understand.yes_no.clause_stance import asks
from bot.understand.yes_no.folded import run_on_statement
from bot.understand.yes_no.page_claims import ClaimIndex

# The strength of policy evidence (bm25 and keywords, at most 5) that names one policy plainly: a keyword of it and
# most of the question's other words.
STRONG_POLICY = 3.5
# "my roommate took it last year can she help me": a yes/no question inside a statement, with no comma before it.
# (The word boundary first: tried at every position, it turns down the inside of words before the look-behinds run.)
_INVERTED = re.compile(
    r"\b(?<!\bwhat )(?<!\bhow )(?<!\bwhen )(?<!\bwhere )(?<!\bwho )(?<!\bwhy )(?<!\bwhich )"
    r"(?:can|could|may|must|should|do|does|is|are|am)\s+(?:i|we|she|he|they|you|it|my|our|someone|anyone)\b"
    # "... compared answers before submitting, is that allowed": asking whether what was told is all right
    r"|\b(?:is|was|would|will)\s+(?:that|this)\s+(?:be\s+|gonna\s+be\s+)?(?:allowed|ok|okay|fine|alright|a\s+problem"
    r"|an\s+issue|cheating|against)\b"
    # "i have an immigration appointment tuesday, is that an excused absence", "... does that count as a valid reason":
    # whether the case told is one the rule names
    r"|\b(?:is|was|would|will|does|do|could|can)\s+(?:that|this|it)\s+(?:be\s+|gonna\s+be\s+)?"
    r"(?:count(?:s|ed)?\s+as\s+|considered\s+|seen\s+as\s+)?(?:an?\s+)?(?:excused|valid|acceptable|accepted"
    r"|legit\w*|approved|official)\b"
    # "... did quiz 6 together over discord, thats fine right": a statement asked as a question by its tag
    r"|\b(?:that\s+is|that'?s|thats|it\s+is|it'?s|its)\s+(?:allowed|ok|okay|fine|alright)"
    r"(?:\s+(?:right|yeah|yes|too|then|though))?\s*\?*\s*$"
)


# A purpose or reason told after the question ("... so recruiters can see it", "... because i'm behind"): story.
# ("as" only before its subject: "as i work weekends" is a reason, "as a team" is how)
_TRAILING_STORY = re.compile(
    r"\s+(?:so\s+that|so|because|since|as(?=\s+(?:i|im|i'm|we|my|our|it|it's|he|she|they)\b))\s+"
    r"(?!(?:i|we)\s+(?:can|could)\b[^,]*$)[^,]*$"
)
# A clause after the question's comma that states the student's case instead of asking: "she got north shore",
# "they're really short", "i have a clash", "mine is old" (the subject first: a clause that asks puts "can", "is"
# first).
_STATEMENT = re.compile(
    r",\s+(?:i|i'm|im|i've|ive|she|she's|he|he's|they|they're|theyre|it|it's|its|we|we're|my|our|mine|ours|there's"
    r"|theres)\s+"
    r"[^?,]*(?:,[^?]*)?$"
)


def told_and_asked(question: str) -> tuple[str, str]:
    """The story told around a yes/no question and the question itself: "found a github repo that does hw5 part 2,
    can i use it if i cite it" is the story "found a github repo that does hw5 part 2" and the question "can i use
    it if i cite it". ("", question) when nothing is told around it."""
    said = " ".join(question.split())
    # the last may-I is the question; what comes before its sentence or clause is the story
    found = next(reversed(list(_INVERTED.finditer(said.lower()))), None)
    if found is None:
        return "", said
    cut = max(said.rfind(mark, 0, found.start()) for mark in (". ", "? ", "! ", ", ", "... ", ": "))
    story, asked = (said[: cut + 1], said[cut + 2 :].strip()) if cut >= 0 else ("", said)
    if (end := asked.find("? ")) > 0:
        # "can i write test 1 early? i fly out thursday": what is told after the question mark (the last question)
        story, asked = f"{story} {asked[end + 2 :].strip()}".strip(), asked[: end + 1]
    if tail := _TRAILING_STORY.search(asked):
        story, asked = f"{story} {tail.group(0).strip()}".strip(), asked[: tail.start()]
    if (tail := _STATEMENT.search(asked.lower())) and tail.start() > 0:
        story, asked = f"{story} {asked[tail.start() + 1 :].strip()}".strip(), asked[: tail.start()]
    elif tail := run_on_statement(asked.lower()):
        story, asked = f"{story} {asked[tail.start() :].strip()}".strip(), asked[: tail.start()]
    return story, asked


def yes_no_inside(question: str) -> bool:
    """Whether a yes/no question is asked after a statement, without a comma ("... last year can she help me")."""
    return _INVERTED.search(question.lower()) is not None


def closest_policy(
    reading: Reading, evidence: Evidence, confidence: float = 0.4, claims: ClaimIndex | None = None
) -> Part | None:
    """The policy a may-I or must-I question plainly names, when nothing in the intent table fits; None when the
    question is not such a question, names no one policy plainly, or holds words no part of the course explains.
    A question told in a story ("found a github repo that does hw5, can i use it if i cite it") is the policy of
    the data's claim it asks, the story's words saying what its "it" is."""
    if claims is not None and not reading.other_course and not reading.about_bot:
        story, asked = told_and_asked(reading.text)
        matched = claims.match(asked, story=story) if story else None
        if matched is not None:
            return Part(reading.text, "policy", {"policy": matched.policy}, STRONG_POLICY, confidence, (), 0)
    if evidence.policy is None or evidence.policy_strength < STRONG_POLICY or evidence.policy_rival is not None:
        return None
    if reading.other_course or reading.about_bot or evidence.unknown_subject or evidence.unexplained > 2:
        return None
    if {"task", "opinion", "enrollment"} & reading.cues:
        return None
    if not (reading.yes_no or yes_no_inside(reading.text)) or asks(reading.text) == "fact":
        return None
    slots = {"policy": evidence.policy, "_closest": True}
    return Part(reading.text, "policy", slots, evidence.policy_strength, confidence, (), evidence.unexplained)
