"""A student's hardship told with a plea for what to do ("i've been sick all week and won't make hand-in 2
tomorrow, what should i do", "my grandmother passed away and i couldn't do the lista, what do i do"): the course's
own rule on illness when one policy speaks of it, otherwise what its extension rules say about emergencies. A case
about a kind of class meeting or an exam is read by its own reader (policy_situation, exam_situations)."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answers.policies import policy_answer
from bot.core.answer import Answer, text
from bot.core.kept import Kept
from bot.course.model import Course
from bot.course.unknown import is_known
from bot.understand.answering.asked import Asked
from bot.understand.answering.replies import NOT_ON_PAGE
from bot.understand.page_evidence.knowledge import stem
from bot.understand.question.result import Slots
from bot.understand.words.normalize import phrase_key

# Words by which a student tells of illness or a loss (the recognizer's row needs one of them).
NEEDS = frozenset(
    [
        "sick",
        "ill",
        "unwell",
        "illness",
        "covid",
        "flu",
        "fever",
        "hospital",
        "hospitalized",
        "hospitalised",
        "poisoning",
        "vomiting",
        "migraine",
        "concussion",
        "infection",
        "pneumonia",
        "appendicitis",
        "surgery",
        "operation",
        "injured",
        "injury",
        "accident",
        "died",
        "passed",
        "death",
        "funeral",
        "bereavement",
        "emergency",
        # illnesses named: a student tells the one they have ("got dengue since last night")
        *("dengue", "malaria", "typhoid", "cholera", "chickenpox", "measles", "mumps", "strep", "bronchitis"),
        *("tonsillitis", "gastroenteritis", "gastro", "diarrhea", "diarrhoea", "jaundice", "hepatitis"),
        *("tuberculosis", "fracture", "fractured"),
    ]
)
# "passed" tells a loss only as "passed away" ("i passed p1" is a grade).
_LOSS = re.compile(r"\bpassed\s+away\b")
# What the student asks of it: what to do, whom to tell, what happens now.
_ASKS = re.compile(
    r"\b(?:what\s+(?:do|should|can|shall)\s+i\s+do|what\s+(?:now|happens|are\s+my\s+options|can\s+i\s+do)"
    r"|who\s+(?:do|should)\s+i\s+(?:tell|contact|email|write|talk|inform|notify|ask)|what(?:'s|\s+is)\s+the\s+process"
    r"|how\s+do\s+i\s+(?:handle|deal)"
    # "is there anything i can do", "idk what to do", "what are my options"
    r"|\banything\s+i\s+(?:can|could)\s+do|\bwhat\s+to\s+do\b|\bwhat\s+are\s+my\s+options)"
)
# The words a course's rule on illness is keyed or titled by.
_ILLNESS = frozenset(stem(w) for w in ("sick", "ill", "illness", "sickness", "medical", "covid"))


def hardship_policy(course: Course, question: str) -> str | None:
    """The policy id answering a hardship told in the question, "" for the course's extension rules (its words on
    emergencies, or whom to ask for more time), or None when the question tells no hardship, asks nothing of it, or
    the course says nothing of either."""
    lowered = question.lower()
    words = set(phrase_key(lowered))
    told = words & NEEDS - {"passed"} or _LOSS.search(lowered)
    if not told or not _ASKS.search(lowered):
        return None
    found = _illness_rule(course)
    if found is not None:
        return found
    rules = course.extensions
    return "" if _said(rules.emergency) or _said(rules.contact) else None


def illness_procedure(course: Course, question: str, shown: str) -> str:
    """The course's words on what to do when ill or in an emergency, when the question tells of one ("i had covid
    and missed section") and the answer (`shown`) does not already say them; "" otherwise."""
    lowered = question.lower()
    told = set(phrase_key(lowered)) & NEEDS - {"passed"} or _LOSS.search(lowered)
    emergency = course.extensions.emergency
    return emergency if told and _said(emergency) and emergency not in shown else ""


def _said(value: object) -> bool:
    return is_known(value) and bool(value) and value != "unknown"


def _illness_rule(course: Course) -> str | None:
    return _RULES.get(course, "illness", lambda: _only_illness_rule(course))


def _only_illness_rule(course: Course) -> str | None:
    """The one policy titled or keyed by illness, or None when none or several are."""
    found = [
        p.id for p in course.policies if {stem(w) for n in (p.title, *p.keywords) for w in phrase_key(n)} & _ILLNESS
    ]
    return found[0] if len(found) == 1 else None


def hardship_answer(asked: Asked, slots: Slots) -> Answer:
    """The course's rule on illness, or its words on emergencies, with whom to ask for more time, in the page's
    words; no Yes or No: what the case gets is for the staff the rule names."""
    course = asked.course
    rules = course.extensions
    policy = slots.get("policy")
    if policy:
        answer = policy_answer(course, policy, asked.question)
    else:
        said = (
            [rules.emergency]
            if _said(rules.emergency)
            else [f"What to do when ill or in an emergency is {NOT_ON_PAGE}."]
        )
        if _said(rules.summary):
            said.append(rules.summary)
        answer = Answer(title="Illness and emergencies", lines=tuple(text(s) for s in said))
    shown = str(answer)
    if _said(rules.emergency) and rules.emergency not in shown:
        answer = replace(answer, lines=(*answer.lines, text(rules.emergency)))
    if _said(rules.contact) and _said(rules.contact_email) and rules.contact_email not in shown:
        # whom to ask for more time, with the address the data has
        answer = replace(
            answer, lines=(*answer.lines, text(f"For more time, ask {rules.contact} ({rules.contact_email})."))
        )
    elif _said(rules.contact) and rules.contact not in shown:
        answer = replace(answer, lines=(*answer.lines, text(f"For more time, ask {rules.contact}.")))
    return answer


_RULES: Kept[str | None] = Kept(size=32)
