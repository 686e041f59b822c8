"""A question about the student's accommodations ("i have DRC accomodations for extended time, how do i set that up
for midterm 2", "i never sent my DSP letter, is it too late, who do i contact"): the course's rule on accommodations,
whatever exam or work it is for, with whom to contact when asked."""

from __future__ import annotations

import re

from bot.core.kept import Kept
from bot.course.model import Course
from bot.understand.words.english import ordinary
from bot.understand.words.vocabulary import STOPWORDS

# "accommodations", typed with one "m" or one "d" too
_ACCOMMODATION = re.compile(r"\bac+om+odat\w*|\bdisabilit\w*", re.IGNORECASE)
# A part asking when or where something is: the question table reads it, with its other parts.
# A condition the student tells they have ("i have adhd and need extra time", "i'm dyslexic", "diagnosed with
# anxiety"): what accommodations are for, though the word is not said. Told, never merely named ("is ocd on the exam").
_CONDITION = re.compile(
    r"\b(?:i\s+(?:have|'ve\s+got|ve\s+got|got|suffer\s+from|live\s+with|am|'m|m)|i'm|im|diagnosed\s+with)\s+"
    r"(?:(?:an?|severe|mild|diagnosed|chronic|a\s+diagnosed)\s+)?"
    r"(?:adhd|dyslexi\w*|dyspraxi\w*|dyscalculi\w*|autis\w*|asd|anxiety|ocd|ptsd|epilep\w*|a\s+disability"
    r"|learning\s+(?:disabilit\w*|difference|difficult\w*)|(?:a\s+)?(?:chronic|mental\s+health)\s+(?:illness|condition)"
    r"|hearing\s+(?:loss|impair\w*)|vision\s+impair\w*|visually\s+impaired|deaf|blind|neurodivergent)\b"
)
_WHEN_WHERE = re.compile(r"\bwhen\s+(?:is|are|does|do|will)\b|\bwhere\s+(?:is|are|do)\b|\bwhat\s+time\b")
_WHO = re.compile(r"\bwho\b|\bcontact\b|\bemail\b|\bsend\b|\bhow\s+(?:do|can|should)\s+i\b")

_POLICY: Kept[tuple[str, frozenset[str]]] = Kept(size=32)


def accommodation_rule(course: Course) -> tuple[str, frozenset[str]]:
    """The course's one policy on accommodations (named so, or else the one whose words speak of them) and its
    short one-word keywords ("drc", "dsp"): ("", {}) when none or several."""

    def find() -> tuple[str, frozenset[str]]:
        named = [p for p in course.policies if _ACCOMMODATION.search(f"{p.id} {p.title}")]
        speaks = [p for p in course.policies if _ACCOMMODATION.search(f"{p.summary} {p.quote} {' '.join(p.keywords)}")]
        found = named if named else speaks
        if len(found) != 1:
            return "", frozenset()
        short = frozenset(k.lower() for k in found[0].keywords if " " not in k and len(k) <= 4 and k.isalpha())
        return found[0].id, short

    return _POLICY.get(course, "accommodation rule", find)


def _short_named(short: frozenset[str], question: str) -> bool:
    """Whether the question names the rule by a short name: "drc" as typed, but one that is also an everyday word
    ("AS" for Accessibility Services) only in capitals ("same time as usual" is not about AS)."""
    for typed in re.findall(r"[A-Za-z]+", question):
        word = typed.lower()
        if word in short and (typed.isupper() or not (word in STOPWORDS or ordinary(word))):
            return True
    return False


def told_condition(question: str) -> bool:
    """Whether the student tells a condition accommodations are for ("i have adhd", "i'm dyslexic")."""
    return bool(_CONDITION.search(" ".join(question.lower().replace("\u2019", "'").split())))


def accommodation_question(course: Course, question: str) -> dict | None:
    """The accommodation policy's slots when the question speaks of the student's accommodations (by the word or
    by the rule's own short names, "DRC"); None otherwise."""
    said = " ".join(question.lower().split())
    rule, short = accommodation_rule(course)
    if not rule:
        return None
    if not _ACCOMMODATION.search(said) and not _short_named(short, question) and not _CONDITION.search(said):
        return None  # the cheap look first: most questions speak of no accommodation
    if _WHEN_WHERE.search(said):
        return None
    # the extension rule's contact is whom to ask only when the rule found is the course's rule on extensions
    extensions = any("extension" in k.lower() for k in (course.policy(rule).keywords if course.policy(rule) else ()))
    return {"policy": rule, "_contact": extensions and bool(_WHO.search(said))}
