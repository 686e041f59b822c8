"""An extension the course's page refuses for the work named ("can i get an extension on quiz 2" where the page says
"Extensions are not available for the MCQ quizzes"): its No comes before any card offering whom to ask by when.
Where no claim says it, a sentence of the page that refuses extensions and names what is asked decides it ("can i
get an extension on a pre-lecture quiz" where the page says "Pre-lecture quizzes are never extended")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.core.kept import Kept
from bot.core.sentences import split_clauses
from bot.course.model import Assignment, Course
from bot.understand.words.lexicon import plural
from bot.understand.words.normalize import phrase_key
from bot.understand.yes_no.page_claims import Matched, claims_for, content_words

# A claim about extensions, in the words its phrasings are written in ("extension on the quiz", "extend the lab").
_EXTENSION = re.compile(r"\bexten(?:sion|sions|d|ded)\b")


def extension_refused(course: Course, question: str, items: Sequence[Assignment] = ()) -> Matched | None:
    """The course's claim saying No to the extension the question asks for, or None (none does, or it says Yes).
    `items`: the work the question names, whose kind ("quiz" of "q6") a claim's words may name."""
    matched = claims_for(course).match(question) or claims_for(course).match(as_kinds(question, items))
    if matched is None or matched.claim.yes:
        return None
    return matched if any(_EXTENSION.search(ask.lower()) for ask in matched.claim.asks) else None


def as_kinds(question: str, items: Sequence[Assignment]) -> str:
    """The question with each work's short name put as its kind ("an extension on q6": "an extension on the quiz"),
    the words a claim is written in."""
    said = question.lower()
    for item in items:
        kind = f"the {item.kind.replace('_', ' ')}"
        for name in _name_patterns(item):
            said = name.sub(kind, said)
    return said


_NAMES: Kept[tuple[re.Pattern[str], ...]] = Kept(size=1024)


def _name_patterns(item: Assignment) -> tuple[re.Pattern[str], ...]:
    """The work's names as whole words, longest first: compiled once per item, not looked up in re's cache (which a
    large course's names would overflow) on every question."""

    def build() -> tuple[re.Pattern[str], ...]:
        names = sorted({item.id, item.short, item.title, *item.aliases}, key=len, reverse=True)
        return tuple(re.compile(rf"\b{re.escape(name.lower())}\b") for name in names if name)

    return _NAMES.get(item, "names", build)


def warm_tables(course: Course) -> None:
    """Compile every work's name patterns now: engine.warm calls it at load, so the first student to ask for an
    extension on one piece of work does not pay for compiling its names."""
    for item in course.assignments:
        _name_patterns(item)


# A sentence refusing extensions: "are never extended", "Extensions are not available for ...", "no extensions on ...";
# one with an exception ("not extended unless ...", "only for illness") leaves the case to staff.
_REFUSES = re.compile(
    r"\b(?:never|not|no|cannot|can't)\b(?:\s+\w+){0,3}?\s+exten(?:sion|sions|ded|d)\b"
    r"|\bexten(?:sion|sions|ded)\b(?:\s+\w+){0,3}?\s+(?:never|not)\b"
)
_EXCEPTION = re.compile(r"\b(?:unless|except|only|without|but|general|generally|usually|normally|typically)\b")
_EXTENSION_WORDS = frozenset({"extension", "extensions", "extend", "extended", "extra", "time", "more", "days"})
_REFUSALS = Kept[tuple[tuple[str, frozenset[str]], ...]](16)


def _refusals(course: Course) -> tuple[tuple[str, frozenset[str]], ...]:
    """Every sentence of the course's policies refusing extensions outright, with its words (and their plurals)."""
    found = []
    for policy in course.policies:
        for sentence in split_clauses(policy.quote or ""):
            lowered = sentence.lower()
            if _REFUSES.search(lowered) and not _EXCEPTION.search(lowered):
                words = phrase_key(sentence)
                found.append((sentence.strip(), frozenset(words) | {plural(w) for w in words}))
    return tuple(found)


def refusing_sentence(course: Course, question: str) -> str | None:
    """The page's sentence refusing an extension for what the question names ("an extension on a pre-lecture quiz":
    "Pre-lecture quizzes are never extended"), every word naming it in the sentence; None when none does."""
    refusals = _REFUSALS.get(course, "refusals", lambda: _refusals(course))
    if not refusals:
        return None
    named = [w for w in content_words(question) if w not in _EXTENSION_WORDS and w != "get"]
    if not named:
        return None
    for sentence, words in refusals:
        if all(w in words or plural(w) in words for w in named):
            return sentence
    return None
