"""No on whether there is a thing ("is there internet during the final", "do we get a formula sheet", "are there
make-up labs") when a sentence the answer shows says there is none of it ("... with the exam software; no internet
access", "There are no make-up labs"): the student sees No and the page's sentence. Left alone: a question tied to a
time ("is there a lab this week": a none said of another week would not answer it), a sentence that bounds or
excepts its none ("no more than two pages", "no lab until week 3", "no calculators unless approved"), a none said of
one kind of student the question does not tell ("auditors get no access"), and a question that asks of nothing the
sentence names."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.core.sentences import split_clauses, split_sentences
from bot.understand.page_evidence.knowledge import stem
from bot.understand.times.calendar_words import DAY_NAMES, MONTH_NAMES, alternation
from bot.understand.words.normalize import phrase_key
from bot.understand.words.vocabulary import words_of
from bot.understand.yes_no.kind_of_student import said_of_other_kind

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
    rf"\b(?:today|tonight|tomorrow|yesterday|week|weekend|{alternation(DAY_NAMES)}|{alternation(MONTH_NAMES)}"
    r"|\d+(?:st|nd|rd|th))\b"
)
# A none that is bounded, delayed, excepted or said of a span only ("No labs meet during midterm weeks", "Spring
# Break (No Classes)"): said of some cases, not of the thing as a whole.
_NOT_PLAIN = re.compile(
    r"\bno\s+(?:more|less|fewer|later|earlier|longer|sooner|other)\b|\b(?:unless|except|until|before|after|only|"
    r"without\s+(?:permission|approval)|other\s+than|apart\s+from|beyond|during|while|break|holiday|week|weeks|"
    r"if|when|once|first|as\s+long\s+as|provided\s+that)\b"
    r"|\(\s*no\b"
)
# Where a phrase ends inside a clause ("There is no midterm, just weekly quizzes")
_PHRASE_ENDS = re.compile(r"[,;:()\[\]–—]|\s-\s")
# Words between "no" and the thing that do not narrow it ("no such exam"); any other narrows ("no required textbook")
_INTENSIFIERS = frozenset({"such", "real", "actual"})
# What may follow the thing's words when the none is said of the thing as a whole: nothing, a word naming its use
# ("no internet access"), another thing it is listed with ("no notes or books"), that it is not there ("no calculators
# are allowed", "no notes may be brought into the exam"), and the place or owner it is not there for ("of your own")
_THERE_ONLY = re.compile(
    r"(?:(?:access|use)\b\s*)?(?:(?:or|and|nor)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\b\s*)?"
    r"(?:(?:(?:is|are|will\s+be|shall\s+be|can\s+be|may\s+be|be)\s+)?(?:offered|given|provided|allowed|permitted|"
    r"available|held|scheduled|brought|used)\b\s*)?"
    r"(?:(?:in|into|to|at|for)\s+(?:the\s+|an?\s+|any\s+)?(?:exam|examination|test|quiz|midterm|final|class|lab|"
    r"lecture|room)s?\b\s*|of\s+your\s+own\s*)?(?:at\s+all|whatsoever)?"
)
# A sentence the answer already quotes ("The page says: “...”"): its words, unquoted
_QUOTED = re.compile(r"^[^“”]*:\s*“(.*)”$")
# Words that say a thing's amount or kind, never the thing itself.
_MINOR = frozenset({"a", "an", "the", "any", "some", "kind", "sort", "type", "way", "thing", "things", "stuff"})
# The words around a narrowing that name nothing ("on the problem sets we do", "for it", "allowed at all")
_FRAME = words_of(
    """i we you me us my our your it its this that these those is are be do does did will can could would should
    allowed available provided given offered at all or and to of for on in with during from by if when"""
)


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


def none_verdict(question: str, shown: Iterable[str], subject: str = "") -> tuple[bool, str] | None:
    """(No, the page's sentence) when the question asks whether there is a thing and a clause shown says plainly
    there is none of it ("no internet access"), or none of it for the answer's own `subject` ("There is no make-up
    quiz" on the card "Missing Quiz 2", asked "is there a make up if i miss q2"); None otherwise."""
    thing = asked_thing(question)
    if not thing:
        return None
    wanted = [stem(w) for w in thing]
    asked = phrase_key(question)
    own = frozenset(stem(w) for w in phrase_key(subject))
    narrowed = _narrowed_to(question)
    for line in shown:
        for sentence in split_sentences(line):
            if narrowed and narrowed.isdisjoint(own) and _said_of_others(sentence, narrowed):
                continue  # "is there collaboration on problem sets" of "Quizzes are individual: no collaboration"
            clauses = [c for c in split_clauses(sentence) if not said_of_other_kind(c, asked)]
            if any(_says_none(clause, wanted, own) for clause in clauses):
                said = _QUOTED.sub(r"\1", sentence.strip()).rstrip(".;")
                return False, f"“{said}.”"
    return None


def _narrowed_to(question: str) -> frozenset[str]:
    """The stems of the words that narrow the thing asked to the work it is for ("problem", "set" of "is there
    collaboration on problem sets"), none when nothing does (a time or place, "during the final", is no narrowing)."""
    lowered = " ".join(question.lower().replace("’", "'").split())
    asked = _ASKS_THERE.match(lowered)
    if asked is None:
        return frozenset()
    rest = asked.group("rest")
    end = _THING_ENDS.search(rest)
    # "on"/"for" name the work the thing is for; "during the final", "in the exam" say when or where it is asked of
    if end is None or end.group().strip() not in ("on", "for"):
        return frozenset()
    return frozenset(stem(w) for w in phrase_key(rest[end.end() :]) if w not in _MINOR and w not in _FRAME)


def narrowed_elsewhere(question: str, sentence: str) -> bool:
    """Whether the question narrows the thing it asks of by words the sentence never says ("is there collaboration on
    problem sets" of "Quizzes and exams are individual: no collaboration")."""
    narrowed = _narrowed_to(question)
    return bool(narrowed) and narrowed.isdisjoint(stem(w) for w in phrase_key(sentence))


def _said_of_others(sentence: str, asked: frozenset[str]) -> bool:
    """Whether the sentence tells whom its none is said of, in a phrase before it ("Pre-labs, quizzes and exams are
    individual: no collaboration"), and none of the question's narrowing words (or the answer's subject) is among
    them: the none is said of other things than those asked of."""
    pieces = [p for p in _PHRASE_ENDS.split(sentence.lower()) if p.strip()]
    none_at = next((i for i, p in enumerate(pieces) if "no" in phrase_key(p)), None)
    if not none_at:
        return False  # the none opens the sentence ("No calculators are allowed"): said of the thing as a whole
    said = frozenset(stem(w) for p in pieces for w in phrase_key(p))
    return not asked & said


def _says_none(clause: str, wanted: list[str], own: frozenset[str] = frozenset()) -> bool:
    """Whether the clause says "no" right before the thing's words ("no internet", "no grace days", "no make-up
    lab"), at most an intensifier between ("no such"), with nothing bounding or excepting it, and the thing's words
    ending the clause's phrase or followed only by words saying it is there ("no calculators are allowed"): "no lab
    coats", "no required textbook" or "no quiz is dropped" say nothing of whether there is a lab, a textbook or a
    quiz."""
    lowered = clause.lower()
    if _NOT_PLAIN.search(lowered) or _TIMED.search(lowered):
        return False
    return any(_none_of(phrase_key(piece), wanted, own) for piece in _PHRASE_ENDS.split(lowered))


def _none_of(tokens: tuple[str, ...], wanted: list[str], own: frozenset[str] = frozenset()) -> bool:
    """Whether a phrase's tokens say "no" and then the thing's stems, nothing narrowing them after but the words of
    the answer's own subject (`own`, stems: "no make-up quiz" on the card of a quiz)."""
    stems = [stem(t) for t in tokens]
    for i, word in enumerate(tokens):
        if word != "no":
            continue
        for gap in (0, 1):
            if gap and tokens[i + 1 : i + 2] and tokens[i + 1] not in _INTENSIFIERS:
                continue
            start = i + 1 + gap
            # the thing's words as typed or run together ("makeup" of "no make-up test", "make up" of "no makeup")
            ends = [e for e in range(start + 1, len(tokens) + 1) if "".join(stems[start:e]) == "".join(wanted)]
            for end in ends:
                rest = tokens[end:]
                if _THERE_ONLY.fullmatch(" ".join(rest)) or (rest and all(stem(w) in own for w in rest)):
                    return True
    return False
