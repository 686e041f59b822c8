"""Taking an exam some other way than the page sets it: remotely, early, late or on another day. Answered from the
exam's data (held in person, the rules it states), or said to be not on the page, with where to ask; never a bare
exam card and never a Yes or No the data does not decide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.answer import Answer, text
from bot.core.sentences import split_sentences
from bot.course.model import Course, Exam
from bot.understand.answering.replies import NOT_ON_PAGE, where_to_ask
from bot.understand.page_evidence.closest_policy import told_and_asked
from bot.understand.page_evidence.knowledge import stem
from bot.understand.words.normalize import phrase_key
from bot.understand.words.vocabulary import CUES
from bot.understand.yes_no.clause_stance import Stance, key_words, stance
from bot.understand.yes_no.folded import asks_yes_no
from bot.understand.yes_no.page_claims import claims_for

_REMOTE = re.compile(
    r"\b(?:remote(?:ly)?|online|virtual(?:ly)?|zoom|from\s+(?:home|abroad|the\s+airport|an?\s+airport|my\s+\w+))\b"
)
_EARLY = re.compile(r"\b(?:early|earlier|sooner|ahead\s+of\s+time|beforehand|a\s+day\s+before)\b")
_LATE = re.compile(r"\b(?:late|later|afterwards|make\s*-?\s*up|when\s+i(?:'m|\s+am|\s+get)?\s+back)\b")
_OTHER_DAY = re.compile(
    r"\b(?:different|another|other|separate)\s+(?:day|date|time)\b|\breschedul\w*|\bmove\s+(?:it|the)\b"
)
# The student asks to take the exam (not "is the exam late in the day"): a request, and the exam as what is taken.
_REQUEST = re.compile(
    r"\b(?:can|could|may)\s+(?:i|we|you\s+let\s+me)\b|\bis\s+(?:there\s+)?(?:any\s+)?(?:way|chance|option|possible)\b"
    r"|\b(?:allowed|possible)\s+to\b|\bam\s+i\s+able\b|\bany\s+(?:chance|way)\b|\b(?:i|we)\s+(?:could|can)\s+(?:take|write|sit)\b"
)
_TAKE = re.compile(r"\b(?:take|write|sit|do|have|move|switch|swap|change|reschedul\w*)\b")
_TRAVEL = re.compile(
    r"\b(?:travel\w*|fly|flying|flight\w*|trip|vacation|holiday|wedding|booked|leave|leaving|going\s+home)\b"
)
_NOT_ASKED = re.compile(r"\b(?:can|could|may)\s+(?:i|we)\s+not\b")
# A rule that no exam time is changed for anyone.
_FIXED = re.compile(r"\b(?:cannot|can't|can\s+not|will\s+not|won't|not)\s+be\s+(?:moved|changed|rescheduled)\b")


@dataclass(frozen=True)
class _Asks:
    remote: bool
    early: bool
    late: bool
    other_day: bool
    travel: bool

    @property
    def timing(self) -> bool:
        return self.early or self.late or self.other_day

    def how(self) -> str:
        ways = [w for w, on in (("early", self.early), ("late", self.late)) if on]
        if self.other_day and not ways:
            ways.append("on another day")
        return " or ".join(ways)


def _asks(question: str) -> _Asks | None:
    if _NOT_ASKED.search(question):
        return None  # "can i NOT take the exam early": no plain Yes or No is asked
    if not (_REQUEST.search(question) and _TAKE.search(question)):
        return None
    asks = _Asks(
        bool(_REMOTE.search(question)),
        bool(_EARLY.search(question)),
        bool(_LATE.search(question)),
        bool(_OTHER_DAY.search(question)),
        bool(_TRAVEL.search(question)),
    )
    return asks if asks.remote or asks.timing else None


def _timing_rule(exam: Exam, asks: _Asks) -> str | None:
    """The exam's rule that refuses the change asked: a fixed time for everyone, or no change for travel when the
    student travels."""
    for rule in exam.rules:
        low = rule.lower()
        if _FIXED.search(low) or (asks.travel and "travel" in low and re.search(r"\bnot\b", low)):
            return rule
    return None


def says_asked(question: str, clause: str, names: list[str]) -> bool:
    """Whether the clause holds a word the question asks beyond the exam's names (or the question asks none)."""
    named = {stem(w) for w in names}
    keys = [stems for stems in key_words(question).values() if not stems & named]
    have = {stem(w) for w in phrase_key(clause)}
    # "early", "another day": a rule that the exam cannot be moved speaks to any change of its time.
    moved = {stem(w) for phrase in CUES["changed"] for w in phrase_key(phrase)} | {"move", "moved", "resched"}
    return not keys or any(stems & have for stems in keys) or bool(have & moved)


def stated(question: str, exam: Exam) -> Stance | None:
    """What the exam's own rules say to the change asked, when they plainly say it."""
    if not exam.rules:
        return None
    names = [w for name in (exam.title, *exam.aliases) for w in phrase_key(name)]
    found = stance(question, [" ".join(f"{r.rstrip('.')}." for r in exam.rules)], names)
    return found if found is not None and says_asked(question, found.clause, names) else None


def _timing(exam: Exam, asks: _Asks, question: str) -> tuple[bool, str] | None:
    rule = _timing_rule(exam, asks)
    if rule is not None:
        return False, rule
    if asks.other_day and _moving_rule([exam]) is not None:
        return None  # "if you cannot make your group's day, email ... to be moved": its terms, quoted, not a No
    found = stated(question, exam)
    if found is not None and not _OF_TIMING.search(found.clause.lower()):
        return None  # "can i take the midterm on another day" is not answered by "one page of notes is allowed"
    return (found.yes, found.clause) if found is not None else None


# The page refusing any sitting after the set time: "There is no make-up test.", "Make-ups are not offered."
_NO_MAKE_UP = re.compile(
    r"\bno\s+(?:make[\s-]*ups?|makeups?|deferred|alternative|resits?|re-sits?|supplementary)\b"
    r"|\b(?:make[\s-]*ups?|makeups?)\s+(?:are|is|will\s+be)\s+not\s+(?:offered|given|available|possible)\b"
)
# A rule that speaks of when the exam is sat: only such a rule answers taking it early, late or another day.
_OF_TIMING = re.compile(
    r"\b(?:early|earlier|late|later|make[\s-]*ups?|makeups?|days?|dates?|times?|moved?|reschedul\w*|travel\w*"
    r"|alternative|another|different|sooner|before|after|deferr?\w*|resits?)\b"
)
_TAKING = re.compile(r"\b(?:write|sit|do)\b")


_MAKE_UP = re.compile(r"\b(?:make[\s-]*ups?|makeups?|resits?|re-sits?|supplementary|deferred)\b")
# Something about a make-up rather than whether there is one ("a makeup form", "when is the makeup").
_MAKE_UP_DETAIL = re.compile(r"\b(?:forms?|links?|deadline|request|sign\w*|apply|when|where|what\s+time|room)\b")


def asks_for_make_up(question: str) -> bool:
    """ "is there a make-up for the final", "i missed mt1 because i had covid, is there a makeup": whether there is
    one, not its form or its day."""
    low = question.lower()
    return bool(_MAKE_UP.search(low)) and not _MAKE_UP_DETAIL.search(low) and asks_yes_no(low)


def no_make_up(exam: Exam) -> str | None:
    """The sentence of the exam's data saying it has no make-up, or None."""
    for said in (*exam.rules, exam.if_missed or ""):
        for sentence in split_sentences(said):
            if _NO_MAKE_UP.search(sentence.lower()):
                return sentence.strip()
    return None


def _request(question: str) -> str | None:
    """The sentence asking ("... flight leaves thursday. can i take it early, like wednesday?"), when the question
    tells a story before it; None when the question is that one sentence."""
    sentences = split_sentences(question)
    asking = [s for s in sentences if _REQUEST.search(s)]
    return asking[-1] if asking and len(sentences) > 1 else None


def _claimed(course: Course, question: str, exams: list[Exam] | tuple[Exam, ...] = ()) -> tuple[bool, str] | None:
    """The course's claim the request itself asks ("can i take the second midterm early"), past the story (a
    sentence before it, or a clause before its comma: "i have a tournament apr 10, can i take midterm 2 early")."""
    asking = _request(question)
    if asking is None and "," in question:
        story, told = told_and_asked(question)
        asking = told if story and _REQUEST.search(told) else None
    # "could i write it early", "sit it early": taking the exam, in the words a claim is written in
    asking = _TAKING.sub("take", asking) if asking else None
    matched = claims_for(course).match(asking, "exams") if asking else None
    if matched is None and asking and exams:
        # "take midterm 2 early" of the page's "Exams cannot be taken early" ("take the exam early"): the exam named
        # is an exam
        names = sorted({n.lower() for e in exams for n in (e.title, *e.aliases)}, key=len, reverse=True)
        general = re.sub(r"\b(?:the\s+)?(?:" + "|".join(map(re.escape, names)) + r")\b", "the exam", asking)
        matched = claims_for(course).match(general, "exams") if general != asking else None
    return (matched.claim.yes, matched.claim.evidence) if matched else None


def _in_person_rules(exam: Exam) -> list[str]:
    return [r for r in exam.rules if re.search(r"\bin[\s-]+person\b|\battend\b", r.lower())]


# A rule on being moved to another sitting: "email Dr. X by Fri Jun 18 to be moved to another group's day"
_MOVING = re.compile(
    r"\b(?:moved?|reschedul\w*|switch\w*|transferr?\w*)\b[^.;]*\b(?:another|a\s+different|other)\s+"
    r"(?:[a-z]+(?:'s|s')?\s+)?(?:day|date|time|sitting|session)\b"
)


def _moving_rule(exams: list[Exam]) -> str | None:
    """The one rule the exams share on being moved to another day (each exam's own, in the same words), or None."""
    found = {next((r for r in e.rules if _MOVING.search(r.lower())), None) for e in exams}
    return found.pop() if len(found) == 1 else None


def exam_what_if(course: Course, exams: list[Exam], question: str, card: Answer) -> Answer | None:
    """The answer to taking the exams (one named, or every exam when they agree) another way, or None when the
    question asks no such thing."""
    question = " ".join(question.lower().replace("’", "'").split())
    asks = _asks(question)
    if asks is None or not exams:
        return None
    ask = where_to_ask(course)
    said: list[tuple] = []
    refused: list[str] = []
    unknown = False
    if asks.remote:
        modes = {e.in_person for e in exams}
        if modes == {True}:
            rules = dict.fromkeys(r for e in exams for r in _in_person_rules(e))
            quoted = " ".join(f"“{r}”" for r in rules)
            names = " and ".join(e.title for e in exams)
            refused.append(f"{names} {'is' if len(exams) == 1 else 'are'} held in person. {quoted}".strip())
        elif modes == {False}:
            said.append(text(f"**Yes**: {exams[0].title} is not held in person, as the course page gives it."))
    if asks.timing:
        rules = {_timing(e, asks, question) for e in exams}
        if len(rules) > 1:
            return None  # the exams' rules differ: which exam is meant decides
        rule = rules.pop()
        rule = rule or _claimed(course, question, exams)
        if rule is None and (asks.late or asks.other_day) and not asks.early:
            # "can i sit it on another day, like a make up": the page says there is none
            refusals = {no_make_up(e) for e in exams}
            rule = (False, refusals.pop()) if len(refusals) == 1 and None not in refusals else None
        if rule is not None and not rule[0]:
            refused.append(f"“{rule[1]}”")
        elif rule is not None:
            said.append(text(f"**Yes**: “{rule[1]}”"))
        elif (moving := _moving_rule(exams)) is not None and asks.other_day:
            # "can i switch to another day": the page's rule on being moved, which sets its own terms
            said.append(text(f"From the course page: “{moving}”"))
        else:
            names = " and ".join(e.title for e in exams)
            said.append(text(f"Whether you can take {names} {asks.how()} is {NOT_ON_PAGE}; {ask}."))
            unknown = not refused
    lines = [*([text(f"**No**: {' '.join(refused)}")] if refused else []), *said]
    if not lines:
        return None
    return Answer(title=card.title, lines=tuple(lines), fields=card.fields, kind="unknown" if unknown else card.kind)
