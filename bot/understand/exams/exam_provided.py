"""Whether a student must bring a thing to an exam that the exam's rules say is handed out ("do i need to bring my
own manuscript paper to test 2" against "Bring a pencil; manuscript paper is provided."): No, with the rule quoted,
for any thing the rule names, not only the things students usually ask about (calculators, notes, cards)."""

from __future__ import annotations

import re

from bot.course.model import Exam
from bot.understand.words.stems import word_stems
from bot.understand.words.vocabulary import STOPWORDS

# "do i need to bring (my own) X (to the test)", "do we have to bring X", "am i supposed to bring X"
_MUST_BRING = re.compile(
    r"\b(?:need|needs|have|has|got|supposed|required|must)\s+(?:to\s+)?(?:bring|take|carry)\s+"
    r"(?:(?:my|our|your|their|a|an|the|any|some)\s+)?(?:own\s+)?(?P<thing>[\w\s-]+?)"
    r"(?=\s+(?:to|for|in|into|on|at|with)\b|\s*[,.;?!]|\s*$)"
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
    if found is None or not exams:
        return None
    names = {w for e in exams for n in (e.id, e.title, *e.aliases) for w in word_stems(n, STOPWORDS)}
    asked = word_stems(found.group("thing"), STOPWORDS) - names
    if not asked:
        return None
    quoted = set()
    for exam in exams:
        said = [
            rule
            for rule in exam.rules
            for clause in CLAUSE_BREAK.split(rule)
            if asked <= word_stems(clause, STOPWORDS)
            and PROVIDED.search(clause.lower())
            and not _NEGATED.search(clause.lower())
        ]
        if len(set(said)) != 1:
            return None
        quoted.add(said[0])
    rule = sorted(quoted)[0]
    return False, f"“{rule.rstrip('.')}.”"
