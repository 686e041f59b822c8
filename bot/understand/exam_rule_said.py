"""Something about an exam that its own rules state, asked in the rule's words ("is a periodic table provided for
midterm 2" against "A periodic table and a constants sheet are provided"): the rule quoted, never "not on the page".
A Yes comes only when one clause holds every word asked (what is said of the thing too) and says no "not" or "no"."""

from __future__ import annotations

import re

from bot.course.model import Exam
from bot.understand.knowledge import stem
from bot.understand.normalize import phrase_key
from bot.understand.vocabulary import STOPWORDS

_BREAK = re.compile(r";|\.\s+|:\s+|,?\s+but\s+")
_NEEDED = re.compile(r"\b(?:need|needed|have\s+to|supposed\s+to|must|required|bring)\b")
_BRING = re.compile(r"\s*(?:please\s+)?bring\b")
_NEGATED = re.compile(r"\b(?:no|not|never|cannot|can't|without|none)\b")


def _stems(text: str) -> set[str]:
    return {stem(w) for w in phrase_key(text) if w not in STOPWORDS}


def rules_saying(exam: Exam, words: str, question: str = "") -> tuple[list[str], str | None]:
    """The exam's rules holding every word asked, and the one clause that says it plainly, if any: one holding what
    is said of the thing too ("provided"), or, to "do i need a pencil", one telling students to bring it."""
    asked = _stems(words)
    if not asked:
        return [], None
    held = [r for r in exam.rules if asked <= _stems(r)]
    clauses = [c.strip() for r in held for c in _BREAK.split(r) if asked <= _stems(c)]
    plain = [c for c in clauses if not _NEGATED.search(c.lower())]
    if len(plain) != 1 or len(clauses) != 1:
        return held, None
    if _NEEDED.search(question.lower()) and _BRING.match(plain[0].lower()):
        return held, plain[0]
    # Two words may name a thing only ("periodic table"): a Yes needs what is said of it too ("provided").
    return held, plain[0] if len(asked) >= 3 else None


def rules_saying_any(exams: list[Exam], words: str, question: str = "") -> tuple[list[str], str | None]:
    """ "is there an external examiner at the final exam", no one exam named: the rules of every exam holding the
    words asked (each once), and the plain clause when every exam whose rules hold them says the same one."""
    held: dict[str, None] = {}
    plains: set[str | None] = set()
    for exam in exams:
        found, plain = rules_saying(exam, words, question)
        if found:
            held.update(dict.fromkeys(found))
            plains.add(plain)
    return list(held), next(iter(plains)) if len(plains) == 1 else None
