"""Yes or No on a count the student states against the count a rule gives for the same thing: "is the formula sheet
both sides too?" against "one formula sheet, one side only" is No; "can i bring two formula sheets" against "one
formula sheet" is No; "one page of notes right?" against "one page of notes" is Yes. Only things both name count;
a question naming none of the rule's counted things gets no verdict here."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.core.sentences import split_clauses
from bot.understand.page_evidence.knowledge import stem
from bot.understand.words.vocabulary import STOPWORDS

_AMOUNTS = {
    "one": 1, "single": 1, "a single": 1, "two": 2, "both": 2, "double": 2, "three": 3, "four": 4, "five": 5,
    "six": 6,
}  # fmt: skip
# a count, then up to four words it counts ("one handwritten A4 formula sheet", "both sides", "double-sided")
_COUNT = re.compile(
    r"\b(\d{1,2}|a\s+single|one|single|two|both|double|three|four|five|six)\b[\s-]+((?:[a-z][\w-]*\s*){1,4})",
    re.IGNORECASE,
)
# words a count is not of ("one of", "both of them", "two or three")
_ONLY = re.compile(r"\bonly\b|\bat\s+most\b|\bno\s+more\s+than\b|\bmaximum\b|\bsingle\b")
_NOT_COUNTED = frozenset({"of", "or", "and", "to", "more", "less", "fewer", "only", "too", "also", "each", "per"})


def _counts(said: str) -> dict[str, int]:
    """Each thing the text counts (its stem) and how many, as typed ("sided" counts the side: "double-sided")."""
    found: dict[str, int] = {}
    for match in _COUNT.finditer(said.lower()):
        amount, after = match.group(1), match.group(2)
        n = int(amount) if amount.isdigit() else _AMOUNTS[re.sub(r"\s+", " ", amount)]
        for word in re.findall(r"[a-z][\w]*", after.replace("-sided", " side").replace("sided", "side")):
            if word in _NOT_COUNTED:
                break
            if word not in STOPWORDS:
                found.setdefault(stem(word), n)
    return found


def count_verdict(question: str, rules: Iterable[str], *, exact: bool = False) -> tuple[bool, str] | None:
    """(Yes or No, the rule's clause) when the question counts a thing a rule's clause counts; None otherwise or
    when clauses disagree. `exact`: the count is a duty asked ("do i need 50 placement hours" of "completes 60
    hours"), where any other count than the rule's is a No, not only against a rule that allows its count alone."""
    asked = _counts(question)
    if not asked:
        return None
    found: list[tuple[bool, str]] = []
    for clause in (c for rule in rules for c in split_clauses(rule)):
        given = _counts(clause)
        shared = [w for w in asked if w in given]
        same = all(asked[w] == given[w] for w in shared)
        if shared and (same or exact or _ONLY.search(clause.lower())):
            # another count than the rule's is a No only where the rule allows its count alone ("one side only")
            found.append((same, clause.strip()))
    if not found:
        return None
    if any(not yes for yes, _ in found):
        return False, next(clause for yes, clause in found if not yes)
    return True, found[0][1]
