"""Whether a student must bring a thing to an exam that the exam's rules say is handed out ("do i need to bring my
own manuscript paper to test 2" against "Bring a pencil; manuscript paper is provided."): No, with the rule quoted,
for any thing the rule names, not only the things students usually ask about (calculators, notes, cards)."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.course.model import Exam
from bot.understand.words.stems import word_stems
from bot.understand.words.vocabulary import STOPWORDS

# "do i need to bring (my own) X (to the test)", "do we have to bring X", "am i supposed to bring X", "should i have
# my X with me"
_MUST_BRING = re.compile(
    r"(?:\b(?:need|needs|have|has|got|supposed|required|must)\s+(?:to\s+)?(?:bring|take|carry)"
    r"|\bshould\s+(?:i|we)\s+(?:bring|take|carry|have))\s+"
    r"(?:(?:my|our|your|their|a|an|the|any|some)\s+)?(?:own\s+)?(?P<thing>[\w\s-]+?)"
    r"(?=\s+(?:to|for|in|into|on|at|with)\b|\s*[,.;?!]|\s*$)"
)
# "do i need my student id for the exam": the thing needed, named after "need" and a determiner
_NEED_THING = re.compile(
    r"\b(?:need|needs)\s+(?:my|our|your|their|a|an|the|any)\s+(?:own\s+)?(?P<thing>[\w\s-]+?)"
    r"(?=\s+(?:to|for|in|into|on|at|with)\b|\s*[,.;?!]|\s*$)"
)
# A rule telling students to bring a thing ("Bring your student ID card.", "You must bring photo ID")
_BRING_RULE = re.compile(
    r"^\s*(?:please\s+)?bring\b|\b(?:must|need\s+to|have\s+to|are\s+required\s+to)\s+(?:bring|show|carry)\b"
)
# Clause breaks inside one rule (never a comma: "graphing calculators, phones and smartwatches are not allowed")
CLAUSE_BREAK = re.compile(r";|\.\s+|:\s+|,?\s+but\s+")
# Handed out by the course ("a formula sheet is provided", "manuscript paper is supplied")
PROVIDED = re.compile(r"\b(?:provided|supplied|given\s+out|handed\s+out|will\s+be\s+given)\b")
_NEGATED = re.compile(r"\b(?:no|not|never|cannot|without)\b")


def provided_verdict(exams: list[Exam], question: str) -> tuple[bool, str] | None:
    """No, with the rule quoted, when every exam asked has a rule saying the thing asked to be brought is provided;
    None when the question asks no such thing or a rule does not plainly say so."""
    found = _MUST_BRING.search(" ".join(question.lower().replace("’", "'").split()))
    rule = _rule_of_every_exam(exams, found, lambda clause: PROVIDED.search(clause) is not None)
    return (False, f"“{rule.rstrip('.')}.”") if rule else None


def required_verdict(exams: list[Exam], question: str) -> tuple[bool, str] | None:
    """Yes, with the rule quoted, when every exam asked has a rule telling students to bring the thing the question
    asks whether they need ("do i need my student id" against "Bring your student ID card."); None otherwise (a rule
    that only allows a thing says nothing of needing it)."""
    low = " ".join(question.lower().replace("’", "'").split())
    found = _MUST_BRING.search(low) or _NEED_THING.search(low)
    rule = _rule_of_every_exam(
        exams, found, lambda clause: _BRING_RULE.search(clause) is not None and not PROVIDED.search(clause)
    )
    return (True, f"“{rule.rstrip('.')}.”") if rule else None


def _rule_of_every_exam(exams: list[Exam], found: re.Match[str] | None, says: Callable[[str], bool]) -> str:
    """The rule that, for every exam asked, names the thing asked in one plain (not negated) clause that `says` so
    (given the clause in lower case); "" when the question names no thing, or an exam has no such rule or several."""
    if found is None or not exams:
        return ""
    names = {w for e in exams for n in (e.id, e.title, *e.aliases) for w in word_stems(n, STOPWORDS)}
    asked = word_stems(found.group("thing"), STOPWORDS) - names
    if not asked:
        return ""
    quoted = set()
    for exam in exams:
        said = [
            rule
            for rule in exam.rules
            for clause in CLAUSE_BREAK.split(rule)
            if asked <= word_stems(clause, STOPWORDS) and says(clause.lower()) and not _NEGATED.search(clause.lower())
        ]
        if len(set(said)) != 1:
            return ""
        quoted.add(said[0])
    return sorted(quoted)[0]
