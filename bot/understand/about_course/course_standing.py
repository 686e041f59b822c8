"""How the course stands in a program: its credits (units, weight) and what must be taken before it.

The answer is the course's own sentences about it (its description and components); where the page is silent,
the answer says so and where to ask, rather than leaving the question to the university's records office.
"""

from __future__ import annotations

import re

from bot.core.answer import Answer, text
from bot.core.sentences import split_sentences
from bot.course.model import Course
from bot.understand.answering.replies import NOT_ON_PAGE, where_to_ask

# "how many credits is it", "is this a 3 unit course", "whats the prereq", "do i need lin101 before this".
_CREDITS_ASKED = re.compile(
    r"\bhow\s+many\s+(?:credits?|credit\s+(?:points|hours|units)|units|ects|ecs?|cp)\b"
    r"|\b(?:credits?|units|ects)\s+(?:is|for|of|does)\s+(?:this|the|it\b|[a-z]{2,5}\s*-?\d{3,4})"
    r"|\b(?:is|it'?s)\s+(?:this|it)?\s*(?:a\s+)?\d+(?:\.\d+)?\s*[- ]?(?:credits?|units?)\s+(?:course|class)\b"
    r"|\bcredit\s+(?:weight|value|hours)\b"
)
_PREREQ_ASKED = re.compile(
    r"\bpre-?\s*req(?:uisite)?s?\b|\bco-?\s*req(?:uisite)?s?\b"
    r"|\b(?:need|have)\s+to\s+(?:have\s+)?(?:taken|done|passed|completed)\b.*\b(?:before|first|for\s+this)\b"
    r"|\bneed\s+(?:to\s+(?:have\s+)?(?:take|taken|do|done|pass|passed)\s+)?[a-z]{2,5}\s*-?\s*\d{2,4}\w*\s+(?:first|before)\b"
    r"|\b(?:what|which)\s+(?:courses?|classes)\s+(?:do\s+i\s+need|should\s+i\s+(?:have\s+)?take)"
)
STANDING_ASKED = re.compile(f"{_CREDITS_ASKED.pattern}|{_PREREQ_ASKED.pattern}")
# a credit weight is a number of credits ("5 credits", "0.5-credit"), not "no credit" for late work
_CREDIT_WORDS = re.compile(
    # "6 EC": European credits as Dutch and Belgian pages write them
    r"\b\d+(?:\.\d+)?\s*-?\s*(?:credits?|units?|ects|ec|credit\s+points?|credit\s+hours?|cp)\b"
    r"|\bcredit\s+(?:weight|value)\b"
    # "a first-year, 6-point unit": points that weigh the course itself, not marks
    r"|\b\d+(?:\.\d+)?\s*-?\s*points?\s+(?:unit|course|module|subject|paper)\b",
    re.IGNORECASE,
)
_PREREQ_WORDS = re.compile(
    r"\bpre-?\s*requisites?\b|\bco-?\s*requisites?\b|\brecommended\b|\bexclusions?\b|\bbefore\s+taking\b",
    re.IGNORECASE,
)
_NONE_REQUIRED = re.compile(r"\bno\s+(?:pre-?\s*requisites?|prior\s+\w+)\b|\bnot\s+required\b", re.IGNORECASE)
_YES_NO = re.compile(r"^(?:is|are|do|does|did|will|would|can|should|must|have|has)\b")


def course_standing(course: Course, question: str) -> Answer | None:
    """The course's credits or prerequisites as its page states them, or that the page does not say; None when
    the question asks neither."""
    credits = bool(_CREDITS_ASKED.search(question))
    prereq = bool(_PREREQ_ASKED.search(question))
    if not credits and not prereq:
        return None
    wanted = [w for w, asked in ((_CREDIT_WORDS, credits), (_PREREQ_WORDS, prereq)) if asked]
    found = [
        s.strip()
        for t in (course.description, course.components)
        for s in split_sentences(t or "")
        if any(w.search(s) for w in wanted)
    ]
    policies = [t for p in course.policies for t in (p.title, p.summary)]
    if not found and prereq and any(_PREREQ_WORDS.search(t) for t in policies):
        return None  # a policy of the course speaks of it: the policy answers
    title = "Prerequisites" if prereq and not credits else "Credits" if not prereq else "Credits and prerequisites"
    if not found:
        what = "The course's credit weight" if credits and not prereq else "Its prerequisites"
        if credits and prereq:
            what = "Its credits and prerequisites"
        said = f"{what}: {NOT_ON_PAGE}; {where_to_ask(course)} or check the university's course calendar."
        return Answer(title=title, lines=(text(said),), kind="unknown")
    lines = [text(s) for s in dict.fromkeys(found)]
    # A yes/no about a prerequisite is decided only when the page says none is required.
    if prereq and _YES_NO.search(question.strip()) and any(_NONE_REQUIRED.search(s) for s in found):
        lines.insert(0, text("**No**: the course page says no prerequisite is required."))
    elif prereq and (named := named_course_verdict(question, found)) is not None:
        lines.insert(0, text(named))  # "is fina 2100 a prereq for this": the code against the page's list
    return Answer(title=title, lines=tuple(lines))


# A course code as typed ("fina 2100", "ECON2010", "cs-61a"): letters, then a number
_CODE = re.compile(r"\b([a-z]{2,5})\s*-?\s*(\d{2,4}[a-z]?)\b", re.IGNORECASE)


# the sentences that list what must come before (not what is recommended or excluded)
_REQUISITE = re.compile(r"\bpre-?\s*requisites?\b|\bbefore\s+taking\b", re.IGNORECASE)
_NOT_REQUISITE = re.compile(r"\brecommended\b|\bexclusions?\b|\bco-?\s*requisites?\b", re.IGNORECASE)


def _codes(said: str) -> list[str]:
    return [f"{letters.lower()}{number.lower()}" for letters, number in _CODE.findall(said)]


def named_course_verdict(question: str, found: list[str]) -> str | None:
    """ "is fina 2100 a prereq", "do i need econ 2010 first": Yes when the page's sentences on prerequisites name the
    course asked about, No when they name other courses but not it; None when the question names no course or the
    sentences name none (they may say it in words)."""
    if not _YES_NO.search(question.strip().lower()):
        return None
    asked = _codes(question)
    listed = [c for s in found if _REQUISITE.search(s) and not _NOT_REQUISITE.search(s) for c in _codes(s)]
    if not asked or not listed:
        return None
    code = _CODE.search(question)
    shown = code.group(0).upper() if code else asked[0].upper()
    if all(c in listed for c in asked):
        return f"**Yes**: the course page lists {shown} as a prerequisite."
    return f"**No**: {shown} is not among the prerequisites the course page lists."


def stated_standing(course: Course, question: str) -> bool:
    """Whether the question asks the course's credits or prerequisites and its own page states them."""
    answer = course_standing(course, question)
    return answer is not None and answer.kind != "unknown"
