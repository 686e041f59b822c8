"""A late penalty the student asks about: a rate they state to be checked ("is the late penalty 5% a day", "is it 10
percent per day", "2% an hour right?") or whether there is one at all ("is there a late penalty for lab reports"):
Yes or No against the course's own penalty schedule, which the answer says, never a what-if on the next piece of work
due (where "a day" would read as one day late)."""

from __future__ import annotations

import re

from bot.answers.late_terms import penalty_sentences
from bot.course.late_policy import Penalty
from bot.course.model import Course

# "5% a day", "10 percent per day", "2% off each hour", "5%/day"
_RATE = re.compile(
    r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:%|percent\b|pc\b)\s*(?:off\s+|penalty\s+|deduction\s+)?"
    r"(?:a|an|per|each|every|for\s+each|for\s+every|/)\s*(day|hour|hr|week)s?\b"
)
_UNITS = {"day": "day", "hour": "hour", "hr": "hour", "week": "week"}
# "is there a late penalty", "are there any penalties for late lab reports", "is there any deduction for late work"
_PENALTY_THERE = re.compile(
    r"\b(?:is|are)\s+there\s+(?:a|an|any)?\s*(?:\w+\s+){0,2}?(?:late\s+)?(penalty|penalties|deduction|deductions)\b"
)
# "is late work docked", "do late labs get penalized", "do they dock late work": the same question, asked with a verb
# of late work itself (a late word before the verb, or after it as its object)
# (not "is late work penalized daily": its unit, which the schedule's rate answers)
_PENALIZED = r"(?:penali[sz]ed|docked|marked\s+down)(?!\s+(?:daily|hourly|per|by|each|every|a\s+day|an\s+hour|\d))"
_PENALIZE = r"(?:penali[sz]e|dock|mark\s+down)"
_LATE_PENALIZED = re.compile(
    rf"\b(?:is|are|does|do|will|would)\s+(?:\w+\s+){{0,2}}?late\s+(?:\w+\s+){{0,2}}?(?:get\s+|be\s+)?{_PENALIZED}\b"
    rf"|\b(?:do|does|will|would)\s+(?:they|you|u|profs?|staff)\s+{_PENALIZE}\s+(?:\w+\s+){{0,3}}?late\b"
)


def stated_rate(question: str) -> tuple[float, str] | None:
    """The penalty rate a question states, as a fraction and its unit ("5% a day": (0.05, "day")), if any."""
    found = _RATE.search(question.lower())
    if found is None:
        return None
    return float(found.group(1)) / 100, _UNITS[found.group(2)]


def rate_verdict(course: Course, rate: float, per: str) -> tuple[bool | None, str]:
    """Whether the course's penalty schedule is that rate per that unit, and its schedule in words: Yes when every
    step charges it, No when none does, None (no verdict) when only some do or the page gives no rate."""
    late = course.late
    if late.status == "none" and late.own_rule:
        # "is the late penalty for pre-labs 10% a day" where pre-labs are not accepted late at all
        return False, f"it is not accepted late: “{late.quote}”"
    if late.status != "rules" or not isinstance(late.penalty, Penalty):
        return None, ""
    steps = late.penalty.steps
    same = [s.rate is not None and abs(s.rate - rate) < 1e-9 and s.per == per for s in steps]
    said = " ".join(penalty_sentences(course))
    said = said[:1].lower() + said[1:]
    if all(same):
        return True, said
    if not any(same):
        return False, said
    return None, said


def asks_penalty_exists(question: str) -> str | None:
    """The student's word for a penalty when the question asks if late work is penalised at all ("is there a late
    penalty for lab reports": "penalty"; "are there deductions ...": "deduction"; "is late work docked": "penalty"),
    else None."""
    low = question.lower()
    found = _PENALTY_THERE.search(low)
    if found is None:
        return "penalty" if _LATE_PENALIZED.search(low) else None
    return {"penalties": "penalty", "deductions": "deduction"}.get(found[1], found[1])


def penalty_exists_verdict(course: Course, word: str = "penalty") -> tuple[bool | None, str]:
    """Yes when the (work's) late rule charges for lateness, No when late work costs nothing, None (the rule alone)
    when the work is not accepted late or the page does not say; `word` is the student's ("deduction")."""
    late = course.late
    if late.status != "rules" or (late.penalty is not None and not isinstance(late.penalty, Penalty)):
        return None, ""
    said = " ".join(penalty_sentences(course))
    said = said[:1].lower() + said[1:]
    charged = late.penalty is not None and any((s.rate or 0) > 0 or (s.penalty or 0) > 0 for s in late.penalty.steps)
    return charged, f"there is {'a' if charged else 'no'} late {word}: {said}"


# "10 marks off per day", "5 points a day", "2 pts each hour": a late penalty stated in marks or points
_SCORE_WORD = r"(marks?|points?|pts?)"
_SCORE_RATE = re.compile(
    rf"(?<![\d.])(\d+(?:\.\d+)?)\s*{_SCORE_WORD}\s+(?:off\s+|penalty\s+|deducted\s+|docked\s+|lost\s+)?"
    r"(?:a|an|per|each|every|for\s+each|for\s+every|/)\s*(day|hour|hr|week)s?\b"
)


def _score_rates(words: str) -> list[tuple[float, str, str, str]]:
    """Each rate in marks or points the words state: (number, 'mark' or 'point', unit, the words as said)."""
    return [
        (float(m[1]), "mark" if m[2].startswith("m") else "point", _UNITS[m[3]], m[0])
        for m in _SCORE_RATE.finditer(words.lower())
    ]


def score_rate_verdict(question: str, page_words: str) -> tuple[bool | None, str]:
    """ "is it 10 marks off per day late" against the late policy's own words: Yes or No when the page states a rate
    in the same word (marks or points) per the same unit, with the page's figure; None (no verdict) when the question
    states no such rate or the page gives none in that word and unit (a percentage is not a number of marks)."""
    stated = _score_rates(question)
    if len(stated) != 1:
        return None, ""
    number, word, unit, _ = stated[0]
    page = [r for r in _score_rates(page_words) if r[1] == word and r[2] == unit]
    if not page or len({r[0] for r in page}) != 1:
        return None, ""
    return number == page[0][0], f"the late penalty is {page[0][3]}."
