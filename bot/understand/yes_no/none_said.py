"""No on whether there is a thing ("is there internet during the final", "do we get a formula sheet", "are there
make-up labs") when a sentence the answer shows says there is none of it ("... with the exam software; no internet
access", "There are no make-up labs"): the student sees No and the page's sentence. Left alone: a question tied to a
time ("is there a lab this week": a none said of another week would not answer it), a sentence that bounds or
excepts its none ("no more than two pages", "no lab until week 3", "no calculators unless approved"), and a question
that asks of nothing the sentence names."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.core.sentences import split_clauses, split_sentences
from bot.understand.page_evidence.knowledge import stem
from bot.understand.words.normalize import phrase_key

# "is there (a) ...", "are there any ...", "will there be ...", "do we get/have ...", "does the exam have ...": the
# words after it name the thing asked of
_ASKS_THERE = re.compile(
    r"^\W*(?:(?:so|and|also|hey|ok|okay|um|quick\s+question)[\s,]+)*"
    r"(?:is\s+there|are\s+there|will\s+there\s+be|would\s+there\s+be|do\s+(?:we|i|you)\s+(?:get|have)|"
    r"does\s+(?:it|the\s+[a-z-]+)\s+have)\s+(?:(?:a|an|any|some)\s+)?(?P<rest>.+)$"
)
# Where the thing asked ends: a word placing it, a comma, the question's end.
_THING_ENDS = re.compile(
    r"\s+(?:during|in|on|at|for|with|to|of|from|after|before|by|if|when|while|or|and|like|that|this|next|"
    r"allowed|available|provided|given|offered)\b|[,?.!;]"
)
# A question tied to a time: a none said of other days does not settle it.
_TIMED = re.compile(
    r"\b(?:today|tonight|tomorrow|yesterday|week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"mon|tue|tues|wed|thu|thurs|fri|sat|sun|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|"
    r"march|april|june|july|august|september|october|november|december|\d+(?:st|nd|rd|th))\b"
)
# A none that is bounded, delayed, excepted or said of a span only ("No labs meet during midterm weeks", "Spring
# Break (No Classes)"): said of some cases, not of the thing as a whole.
_NOT_PLAIN = re.compile(
    r"\bno\s+(?:more|less|fewer|later|earlier|longer|sooner|other)\b|\b(?:unless|except|until|before|after|only|"
    r"without\s+(?:permission|approval)|other\s+than|apart\s+from|beyond|during|while|break|holiday|week|weeks|"
    r"if|when|once|first|as\s+long\s+as|provided\s+that)\b"
    r"|\(\s*no\b"
)
# A sentence the answer already quotes ("The page says: “...”"): its words, unquoted
_QUOTED = re.compile(r"^[^“”]*:\s*“(.*)”$")
# Words that say a thing's amount or kind, never the thing itself.
_MINOR = frozenset({"a", "an", "the", "any", "some", "kind", "sort", "type", "way", "thing", "things", "stuff"})


def asked_thing(question: str) -> tuple[str, ...]:
    """The words of the thing a question asks whether there is ("internet" of "is there internet during the final"),
    () when it asks no such thing or is tied to a time."""
    lowered = " ".join(question.lower().replace("’", "'").split())
    asked = _ASKS_THERE.match(lowered)
    if asked is None or _TIMED.search(lowered):
        return ()
    rest = _THING_ENDS.split(asked.group("rest"), maxsplit=1)[0]
    words = tuple(w for w in phrase_key(rest) if w not in _MINOR)
    return words if 0 < len(words) <= 3 else ()


def none_verdict(question: str, shown: Iterable[str]) -> tuple[bool, str] | None:
    """(No, the page's sentence) when the question asks whether there is a thing and a clause shown says plainly
    there is none of it ("no internet access"); None otherwise."""
    thing = asked_thing(question)
    if not thing:
        return None
    wanted = [stem(w) for w in thing]
    for line in shown:
        for sentence in split_sentences(line):
            if any(_says_none(clause, wanted) for clause in split_clauses(sentence)):
                said = _QUOTED.sub(r"\1", sentence.strip()).rstrip(".;")
                return False, f"“{said}.”"
    return None


def _says_none(clause: str, wanted: list[str]) -> bool:
    """Whether the clause says "no" right before the thing's words ("no internet", "no grace days", "no make-up
    lab"), with at most one word between, and nothing bounding or excepting it."""
    lowered = clause.lower()
    if _NOT_PLAIN.search(lowered) or _TIMED.search(lowered):
        return False
    tokens = phrase_key(lowered)
    stems = [stem(t) for t in tokens]
    nones = [i for i, word in enumerate(tokens) if word == "no"]
    return any(stems[i + 1 + gap : i + 1 + gap + len(wanted)] == wanted for i in nones for gap in (0, 1))
