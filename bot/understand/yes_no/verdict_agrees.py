"""The last look at a Yes or No: the verdict word must agree with the very line it opens. "can i use R instead of
Python" answered 'Yes: “R or other tools are not accepted”', "is there a penalty if i hand it in a day late"
answered "Yes: late, no penalty", "can i use both tokens on lab 1" answered "Yes: at most 1 token on one lab": each
reason says the other word. Where the reason decides, the word is turned to what it says; where it disagrees and
cannot decide (the refusal is about other words than the ones asked), no Yes or No is given and the words are shown.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from bot.core.answer import Answer, text
from bot.core.sentences import split_clauses
from bot.understand.words.normalize import phrase_key
from bot.understand.yes_no.folded import fold
from bot.understand.yes_no.page_claims import content_words, near_stems
from bot.understand.yes_no.stated_range import cap_verdict


class Disagreement(NamedTuple):
    """A reason that says the other word than its verdict: the verdict it gives (None when it cannot decide which) and
    what the student is told about it."""

    yes: bool | None
    why: str


# A refusal: the page says the thing is not allowed ("are not accepted", "may not be used", "is prohibited").
_REFUSED = re.compile(
    r"\b(?:(?:is|are|be|will)\s+not|isn't|aren't|won't\s+be|never)\s+(?:be\s+)?"
    r"(?:accepted|allowed|permitted|acceptable|counted|graded|marked|considered)\b"
    r"|\b(?:may|can|must|should)\s*(?:not|n't)\s+(?:be\s+)?(?:use|used|submit|submitted|bring|brought|hand|handed)\b"
    r"|\bcannot\s+(?:be\s+)?(?:use|used|submit|submitted|bring|brought|hand|handed)\b"
    r"|\b(?:prohibited|forbidden|banned|not\s+an\s+option)\b"
)
# A refusal with a way around it or a reach of its own ("not accepted after 3 days", "unless approved", "only for
# the final"): a Yes beside it may be the way around, so it is no contradiction to read here.
_LEAVES_A_WAY = re.compile(
    r"\b(?:unless|except|without|only|but|if|after|until|before|beyond|past|more\s+than|longer\s+than|once|when)\b"
)
# Words of the question that set a thing aside ("R instead of Python", "rather than Excel"): what follows them is
# not what is asked to be allowed.
_SETTING_ASIDE = frozenset({"instead", "of", "rather", "than", "in", "place", "not", "the", "a", "an", "my"})
_SET_ASIDE = re.compile(r"\b(?:instead\s+of|rather\s+than|in\s+place\s+of|not)\b.*$")
# "no late penalty", "no penalty", "no extra credit": the thing the page says there is none of (one word may stand
# between: a kind of it).
_NONE_OF = re.compile(r"\bno\s+(?:([a-z][a-z-]*)\s+)?([a-z][a-z-]*)")
# A question whether there is (or will be, or the student gets or must have) a thing, and one asking of its absence
# ("is class cancelled", "a day where we don't have class"), whose Yes a "no class" agrees with.
_ASKS_THERE = re.compile(r"\b(?:(?:is|are)\s+there|will\s+there\s+be|any|get|gets|lose|need|required|charged)\b")
_ABSENCE = re.compile(
    r"\b(?:no|not|without|cancel\w*|off|free|skip\w*|closed|miss\w*|never|none|any\s+way)\b|n'?t\b|\b(?:dont|wont|cant)\b"
)
_NOT_A_THING = frozenset({"more", "less", "later", "earlier", "longer", "one", "change", "changes", "need"})


def disagreement(question: str, yes: bool, reason: str) -> Disagreement | None:
    """How the reason disagrees with the verdict it opens, or None when it does not (or nothing here can tell)."""
    q = fold(question)
    if not q.yes_no or q.negated or q.amount:
        return None
    said = " ".join(reason.lower().replace("’", "'").split())
    for check in (_refused_allowed, _none_there, _count_past_bound):
        found = check(q.lowered, " ".join(q.main), q.mode, yes, said)
        if found is not None:
            return found
    return None


def _refused_allowed(question: str, main: str, mode: str, yes: bool, said: str) -> Disagreement | None:
    """ "can i use R for the assignments" answered 'Yes: “R is not accepted for assignments”': a Yes to a may-I
    question on a plain refusal is a No when the refusal names what is asked; otherwise the refusal is about something
    else and settles nothing."""
    if not yes or mode != "permission" or not _REFUSED.search(said) or _LEAVES_A_WAY.search(said):
        return None
    asked = _SET_ASIDE.sub("", main)
    set_aside = main[len(asked) :]
    if any(_names(asked, c) and not _REFUSED.search(c) for c in split_clauses(said)):
        return None  # "bring a basic calculator; graphing calculators are not allowed": the one asked may be allowed
    have = _stems(said)
    if any(near_stems(w) & have for w in content_words(asked)):
        return Disagreement(False, "")
    if set_aside and any(near_stems(w) & have for w in phrase_key(set_aside) if w not in _SETTING_ASIDE):
        return None  # "can i use Python instead of R" of "R is not accepted": the refusal is of what is set aside
    return Disagreement(None, "the course page's sentence refuses something, but not clearly what you ask")


def _none_there(question: str, main: str, mode: str, yes: bool, said: str) -> Disagreement | None:
    """ "is there a penalty if i submit a day late" answered "Yes: late, no penalty": a Yes to whether there is
    (or must be) a thing, on a reason saying there is no such thing, is a No."""
    if not yes or mode == "permission" or not _ASKS_THERE.search(main) or _ABSENCE.search(question):
        return None
    asked = {s for w in content_words(main) for s in near_stems(w)}
    for match in _NONE_OF.finditer(said):
        named = [w for w in match.groups() if w and w not in _NOT_A_THING]
        if named and near_stems(named[-1]) & asked:
            return Disagreement(False, "")
    return None


def _count_past_bound(question: str, main: str, mode: str, yes: bool, said: str) -> Disagreement | None:
    """ "can i use both grace days on lab 1" answered "Yes: at most 1 grace day on one assignment": a count asked
    past the page's cap on the same thing is a No; a No to a count within the cap is not settled by it."""
    found = cap_verdict(question, said)
    if found is None or found == yes:
        return None
    if not yes:
        return Disagreement(None, "the course page's limit allows that count, so the No is not settled by it")
    return Disagreement(False, "")


def _names(asked: str, clause: str) -> bool:
    have = _stems(clause)
    return any(near_stems(w) & have for w in content_words(asked))


def _stems(said: str) -> set[str]:
    return {s for w in phrase_key(said) for s in near_stems(w)}


_YES, _NO = "**Yes**: ", "**No**: "


def agreeing(question: str, answer: Answer, where: str) -> Answer | None:
    """The answer whose opening Yes or No its own line contradicts, with the word the line gives, or without a Yes
    or No (and why, and where to ask) when the line cannot decide; None when the two agree."""
    first = answer.lines[0] if answer.lines and answer.lines[0] else None
    opens = first[0] if first else None
    word = next((w for w in (_YES, _NO) if isinstance(opens, str) and opens.startswith(w)), "")
    if first is None or not word:
        return None
    reason = " ".join(s if isinstance(s, str) else getattr(s, "text", "") for s in first)[len(word) :]
    found = disagreement(question, word == _YES, reason)
    if found is None:
        return None
    rest = opens[len(word) :]
    if found.yes is not None:
        line = text((_YES if found.yes else _NO) + rest, *first[1:])
        return replace(answer, lines=(line, *answer.lines[1:]))
    note = f"No plain Yes or No: {found.why}; {where}. What it says: "
    return replace(answer, lines=(text(note + rest, *first[1:]), *answer.lines[1:]), kind="unknown")
