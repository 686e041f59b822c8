"""What may be brought to an exam, asked as Yes or No ("is the midsem open book", "can i bring a calculator to the
final", "are graphing calculators allowed"), decided by the exam's own rules: a rule that names the thing asked
and allows it ("A university-approved calculator is allowed.") or refuses it ("No calculators.", "Closed book.").

A rule that allows only some kinds ("a non-graphing scientific calculator; graphing calculators ... are not
allowed") answers the kind the student names, or Yes quoting the whole rule when they name none. No Yes or No when
no rule names the thing, when rules disagree, or for "open notes" against a rule allowing one sheet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.course.model import Exam
from bot.understand.exams.exam_provided import CLAUSE_BREAK, PROVIDED, provided_verdict, required_verdict
from bot.understand.exams.sheet_sides import sides_of, sides_verdict
from bot.understand.page_evidence.knowledge import stem
from bot.understand.words.normalize import phrase_key
from bot.understand.words.things import THING
from bot.understand.words.vocabulary import words_of

_OPEN = re.compile(r"\bopen[\s-]*(book|notes?)\b")
_CLOSED = re.compile(r"\bclosed[\s-]*(book|notes?)\b")
# A clause refusing what it names: "No calculators.", "... are not allowed", "may not be brought".
_REFUSES = re.compile(
    r"\bno\b|\bnot\b|\bnever\b|\bcannot\b|\bcan't\b|\bprohibited\b|\bforbidden\b|\bbanned\b|\bwithout\b"
)
_ALLOWS = re.compile(
    r"\b(?:allowed|permitted|may\s+(?:bring|use|have|be\s+brought|be\s+used)|can\s+(?:bring|use|have)|bring|provided|open[\s-]*(?:book|notes?))\b"
)
# Said not to be needed, which is not refused ("Calculators are not needed.")
_NOT_NEEDED = re.compile(r"\bnot\s+(?:be\s+)?(?:needed|required|necessary|compulsory|mandatory)\b|\bno\s+need\b")
# Handed out by the course, in a question ("is there a formula sheet", "do we get one").
_HANDED_OUT = re.compile(
    r"\b(?:is|are)\s+there\b|\bwill\s+there\s+be\b|\bdo\s+(?:we|i|you)\s+get\b|\bprovided\b|\bsupplied\b"
    r"|\b(?:give|given|hand)\s+(?:us|out)\b"
)
# A student's own one of a thing ("bring our own formula sheet", "you may not bring your own").
_OWN = re.compile(r"\b(?:my|our|your|their)\s+own\b")
# The question asks whether the thing is needed rather than allowed.
_NEEDED = re.compile(r"\b(?:need|needs|required|have\s+to|must|supposed\s+to)\b")
# A limit on what is allowed: "open notes" is not answered by "one A4 sheet of notes".
_LIMITED = re.compile(r"\b(?:one|two|three|a|an|single|\d+)\s+(?:[\w-]+\s+){0,3}(?:sheets?|pages?|cards?)\b")
# Words before a thing's name that say no kind of it ("can i bring my", "are we allowed a").
_PLAIN = words_of(
    """a an the my our your their any some no of own one two is are was be can could may might i we you it to in on
    at for into bring use using have having take taking carry carrying allowed permitted ok okay fine need needs needed
    do does get also even still just not never cannot must should will shall"""
)
# Where the words qualifying a thing stop: a list ("graphing calculators, phones") or another clause.
_LIST_BREAK = re.compile(r".*(?:[,;(]|\band\b|\bor\b)")


@dataclass(frozen=True)
class _Said:
    allows: bool
    rule: str
    kinds: frozenset[str]  # the qualifying words before the thing ("non-graphing", "scientific")
    provided: bool  # the clause says the thing is handed out ("a formula sheet is provided")
    mode: bool = False  # the clause names the exam's mode ("closed-book", "open notes"), not one thing allowed
    own: bool = False  # the clause speaks of a student's own one ("... is provided; you may not bring your own")


def _kinds(before: str) -> frozenset[str]:
    """The qualifying words right before a thing's name, without articles and verbs."""
    before = _LIST_BREAK.sub("", before.lower())
    words = re.findall(r"[\w-]+", before)[-2:]
    return frozenset(w for w in words if w not in _PLAIN and not w.isdigit())


# Kinds that rule each other out: a rule allowing only "non-programmable" or "handwritten" ones refuses the other kind.
_CONTRARY = (
    frozenset({"handwritten", "hand-written"}),
    frozenset({"typed", "type", "printed", "print", "typewritten", "photocopied", "computer-generated"}),
)


def _contrary(asked: str, said: str) -> bool:
    """Whether a kind asked is ruled out by a kind a rule allows ("programmable" against "non-programmable")."""
    if said.removeprefix("non-").removeprefix("non") == asked and said != asked:
        return True
    return any(asked in group for group in _CONTRARY) and any(
        said in group and asked not in group for group in _CONTRARY
    )


# A thing a rule may speak of only in broader words: a sheet of notes is notes ("one A4 sheet of handwritten notes").
_BROADER = {"sheet": "notes"}


def _asked_thing(question: str) -> tuple[str, re.Match[str]] | None:
    found = [(kind, m) for kind, pattern in THING.items() if (m := pattern.search(question))]
    if {kind for kind, _ in found} == {"sheet", "notes"}:
        found = [(kind, m) for kind, m in found if kind == "sheet"]  # "a cheat sheet of notes": the sheet
    return found[0] if len(found) == 1 else None


def _said_of(rule: str, kind: str) -> list[_Said]:
    """What each clause of one rule says of the thing: allowed or refused, and of which kinds."""
    said = []
    handed = False  # the clause before named the thing as handed out
    for clause in CLAUSE_BREAK.split(rule):
        low = clause.lower()
        m = THING[kind].search(low)
        if m is None:
            if handed and _OWN.search(low):
                # "a formula sheet is provided; you may not bring your own": the student's own one is what is ruled
                if _REFUSES.search(low):
                    said.append(_Said(False, rule, frozenset(), False, own=True))
                elif _ALLOWS.search(low):
                    said.append(_Said(True, rule, frozenset(), False, own=True))
            handed = False
            continue
        handed = PROVIDED.search(low) is not None
        # "Closed book and closed notes.": each mode the clause names, not only its first
        if any(THING[kind].fullmatch(closed.group(1)) for closed in _CLOSED.finditer(low)):
            said.append(_Said(False, rule, frozenset(), False, mode=True))
            continue
        if any(THING[kind].fullmatch(o.group(1)) for o in _OPEN.finditer(low)) and not _REFUSES.search(low):
            said.append(_Said(True, rule, frozenset(), False, mode=True))
            continue
        if _NOT_NEEDED.search(low):
            continue
        provided = PROVIDED.search(low) is not None
        # "a sheet of handwritten notes": what follows "of" qualifies the thing as much as what comes before
        after = re.match(r"\s+of\s+((?:[\w-]+\s+){0,2})", low[m.end() :])
        inner = re.search(r"\bof\s+(.*)", m.group(0))
        kinds = _kinds(low[: m.start()]) | _kinds(after.group(1) if after else "")
        kinds |= _kinds(inner.group(1) if inner else "")
        ruling = _without_condition(low)
        if _REFUSES.search(ruling):
            said.append(_Said(False, rule, kinds, provided))
        elif _ALLOWS.search(ruling):
            said.append(_Said(True, rule, kinds, provided))
    return said


# The condition a clause puts on what it rules: "... is allowed if it contains no notes"
_CONDITION = re.compile(r"\b(?:if|unless|as\s+long\s+as|so\s+long\s+as|provided\s+that|providing)\b.*")


def _without_condition(clause: str) -> str:
    """The clause without its condition, so that a "no" inside the condition ("a dictionary is allowed if it contains
    no notes") does not read as refusing the thing; the whole clause when the rest rules nothing."""
    ruling = _CONDITION.sub("", clause)
    return ruling if _REFUSES.search(ruling) or _ALLOWS.search(ruling) else clause


def _one_exam(
    exam: Exam, kind: str, asked_kinds: frozenset[str], handed_out: bool, mode: bool = False, own: bool = False
) -> _Said | None:
    said = [s for rule in exam.rules for s in _said_of(rule, kind) if s.provided or not handed_out]
    # "can i bring my own formula sheet": that one is handed out says nothing of bringing one's own
    said = [s for s in said if not s.provided] if own else [s for s in said if not s.own]
    if mode and any(s.mode for s in said):
        # "is the exam open book" against "closed-book" and "you may bring a clean Statute Book": the mode decides;
        # the one book allowed is an exception to it, not an open-book exam
        said = [s for s in said if s.mode]
    if not said and kind in _BROADER:
        said = [s for rule in exam.rules for s in _said_of(rule, _BROADER[kind]) if s.provided or not handed_out]
    if not said:
        return None
    if asked_kinds:
        # "are graphing calculators allowed": the clause of that kind ("non-graphing" is another kind)
        own = [s for s in said if asked_kinds <= s.kinds]
        plain = [s for s in said if not s.kinds]
        ruled_out = [s for s in said if s.allows and any(_contrary(a, k) for a in asked_kinds for k in s.kinds)]
        if not own and ruled_out and len({s.rule for s in ruled_out}) == 1:
            # "a programmable calculator" against "Non-programmable calculators are allowed": only the other kind is
            return _Said(False, ruled_out[0].rule, ruled_out[0].kinds, False)
        chosen = own or plain
        if not chosen or len({s.allows for s in chosen}) != 1:
            return None
        return chosen[0]
    if len({s.allows for s in said}) == 1:
        return said[0]
    allowed = [s for s in said if s.allows]
    if all(s.kinds for s in said if not s.allows) and len({s.rule for s in allowed}) == 1:
        return allowed[0]  # only some kinds refused: some are allowed, and the rule says which
    return None


def brought_verdict(exams: list[Exam], question: str) -> tuple[bool, str] | None:
    """Yes or No, with the rule quoted, to whether the thing asked may be brought to these exams (they must agree);
    None when their rules do not plainly say."""
    low = " ".join(question.lower().replace("’", "'").split())
    if not exams or re.search(r"\b(?:can|could|may)\s+(?:i|we)\s+not\b", low):
        return None
    found = _asked_thing(low)
    if found is None:
        # "must i bring my own manuscript paper": any thing a rule hands out; "do i need my student id": one a rule
        # tells students to bring
        return provided_verdict(exams, low) or required_verdict(exams, low)
    kind, mention = found
    closed = _CLOSED.search(low)
    opened = _OPEN.search(low)
    asked_kinds = frozenset() if (closed or opened) else _kinds(low[: mention.start()])
    verdicts = set()
    for exam in exams:
        handed_out = _HANDED_OUT.search(low) is not None
        own = not handed_out and _OWN.search(low[: mention.start()]) is not None
        said = _one_exam(exam, kind, asked_kinds, handed_out, bool(closed or opened), own)
        if said is None:
            return None
        if opened and said.allows and _LIMITED.search(said.rule.lower()):
            return None  # "is it open notes" against "one sheet of notes": neither a plain Yes nor No
        if _NEEDED.search(low) and said.allows and not re.match(r"\s*bring\b", said.rule.lower()):
            return None  # allowed is not needed
        verdicts.add((said.allows, said.rule))
    if len({allows for allows, _ in verdicts}) != 1:
        return None
    allows, rule = sorted(verdicts)[0]
    if allows and not closed and sides_of(low) is not None:
        # "can the notes sheet be double sided" against "(one side only)": the sides decide, or nothing does
        within = sides_verdict(low, rule)
        return None if within is None else (within, f"“{rule.rstrip('.')}.”")
    yes = not allows if closed else allows
    return yes, f"“{rule.rstrip('.')}.”"


def kind_left_open(exams: list[Exam], question: str) -> bool:
    """Whether the question names a kind of a thing ("a typed formula sheet") that the exams' rules speak of without
    saying whether that kind is allowed: their rules are the answer, not a Yes or No matched on the thing alone."""
    low = " ".join(question.lower().replace("’", "'").split())
    found = _asked_thing(low)
    if found is None or _CLOSED.search(low) or _OPEN.search(low):
        return False
    kind, mention = found
    if not _kinds(low[: mention.start()]):
        return False
    kinds = [kind, _BROADER[kind]] if kind in _BROADER else [kind]
    return any(_said_of(rule, k) for exam in exams for rule in exam.rules for k in kinds)


# Words of exams' names that name no exam apart: "the exam(s)" is what students call any of them.
_NOT_NAMES = words_of(
    "the a an of and or in on for to at my our your this that first second one two exam exams examination"
)


def exams_of_word(exams: list[Exam], question: str) -> list[Exam]:
    """The exams a question names by a word of their names that not all of them share ("notes to the test" of
    "Test 1", "Test 2" and a "Final exam": the two tests, whose rules may differ from the final's); all of them when
    it names none that way."""
    asked = {stem(w) for w in phrase_key(question)}
    named = [
        {stem(w) for n in (e.title, *e.aliases) for w in phrase_key(n) if w.isalpha() and w not in _NOT_NAMES}
        for e in exams
    ]
    shared = set.intersection(*named) if named else set()
    kept = [e for e, words in zip(exams, named, strict=True) if (words - shared) & asked]
    return kept or exams
