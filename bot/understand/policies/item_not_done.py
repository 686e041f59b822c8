"""What follows from not doing a piece of work ("what if i dont do the peer eval", "what happens if we skip the
reflection"): the sentence of the course's rules that names that work and what not doing it costs, quoted first in
its rule; None when no rule's words say so, and the question is read as it always was."""

from __future__ import annotations

import re

from bot.core.kept import Kept
from bot.core.sentences import split_sentences
from bot.course.model import Course

# words every question this reader answers holds one of (the reader row's gate; "don't" splits to "don", "t")
NEEDS = frozenset({"dont", "don", "not", "never", "skip", "skipped", "forget", "forgot", "didnt", "didn"})
# A consequence asked ("what if", "what happens if") of not doing something.
_WHAT_IF = re.compile(r"\bwhat\s+(?:if|happens|would\s+happen|will\s+happen|happen)\b")
_NOT_DONE = re.compile(
    r"\b(?:don'?t|do\s+not|didn'?t|did\s+not|never|skip(?:ped)?|forg[eo]t(?:\s+to)?|can'?t|cannot)"
    r"(?:\s+(?:do|submit|hand\s+in|turn\s+in|complete|fill\s+(?:in|out)|upload|take|write|finish|get\s+to))?\b"
)
# A rule's sentence on leaving work undone: "Not submitting the Peer Evaluation costs 2 marks".
_SAID_UNDONE = re.compile(
    r"\b(?:not\s+(?:submitting|doing|completing|handing|taking|sitting|filling)|without|fail(?:ing|s|ure)?\s+to"
    r"|missing|missed|non-?submission|zero|no\s+marks?)\b",
    re.IGNORECASE,
)

_SAID: Kept[tuple[tuple[tuple[str, ...], tuple[tuple[str, str], ...]], ...]] = Kept(size=32)


def _names(name: str) -> str:
    return r"\b" + r"\s+".join(re.escape(w) for w in name.lower().split()) + r"\b"


def _undone_sentences(course: Course) -> tuple[tuple[tuple[str, ...], tuple[tuple[str, str], ...]], ...]:
    """Each piece of work's names (patterns), with the rules' sentences naming it and what not doing it costs, as
    (policy id, sentence): once per course."""
    sentences = [(p.id, s) for p in course.policies for s in split_sentences(p.quote) if _SAID_UNDONE.search(s)]
    found = []
    for item in course.assignments:
        names = tuple(_names(n) for n in {item.title, item.short, *item.aliases} if n and len(n) >= 4)
        said = tuple((pid, s) for pid, s in sentences if any(re.search(n, s.lower()) for n in names))
        if said:
            found.append((names, said))
    return tuple(found)


def not_done_rule(course: Course, question: str) -> tuple[str, str] | None:
    """The rule (its id) and its sentence on not doing the work the question names, when it asks what follows from
    not doing it and one rule's words say; None otherwise."""
    low = " ".join(question.lower().replace("’", "'").split())
    if not _WHAT_IF.search(low) or not _NOT_DONE.search(low):
        return None
    said = [
        s
        for names, s in _SAID.get(course, "undone", lambda: _undone_sentences(course))
        if any(re.search(n, low) for n in names)
    ]
    if len(said) != 1 or len({pid for pid, _ in said[0]}) != 1:
        return None  # no work named with such a rule, or several: not settled here
    return said[0][0]


# --- missing a thing the rules name: "what if i miss the bus" of "missing the bus counts as an absence" ----------
MISS_NEEDS = frozenset({"miss", "missed", "missing"})
_MISS_ASKED = re.compile(r"\b(?:miss|missed|missing)\s+(?:the|my|a|an|our)\s+(?P<thing>[a-z]+)")
_MISS_SAID = re.compile(r"\b(?:miss|missed|missing|misses)\s+(?:the|your|a|an)\s+(?P<thing>[a-z]+)", re.IGNORECASE)
_MISSED: Kept[dict[str, tuple[tuple[str, str], ...]]] = Kept(size=32)


def _missed_sentences(course: Course) -> dict[str, tuple[tuple[str, str], ...]]:
    """Each thing the rules' sentences speak of missing ("the bus"), with those (policy id, sentence): once per
    course. Kinds of meeting and pieces of work are left to their own readers."""
    found: dict[str, list[tuple[str, str]]] = {}
    for p in course.policies:
        for sentence in split_sentences(p.quote):
            for m in _MISS_SAID.finditer(sentence):
                found.setdefault(m.group("thing").lower(), []).append((p.id, sentence))
    return {thing: tuple(said) for thing, said in found.items()}


def missed_thing_rule(course: Course, question: str) -> tuple[str, str] | None:
    """The rule (its id) and its sentence on missing the thing the question asks about ("what if i miss the bus on
    saturday": "missing the bus counts as an absence"), when one rule's sentence speaks of missing that very thing;
    None otherwise, and the question is read as it always was."""
    low = " ".join(question.lower().replace("’", "'").split())
    asked = _MISS_ASKED.search(low)
    if not _WHAT_IF.search(low) or asked is None:
        return None
    said = _MISSED.get(course, "missed", lambda: _missed_sentences(course)).get(asked.group("thing"), ())
    if len({pid for pid, _ in said}) != 1:
        return None
    return said[0]


def warm_tables(course: Course) -> None:
    """Build this reader's per-course tables now (the rules' sentences on work not done and on things missed):
    engine.warm calls it at load, so the first student to ask does not pay for them."""
    _SAID.get(course, "undone", lambda: _undone_sentences(course))
    _MISSED.get(course, "missed", lambda: _missed_sentences(course))
