"""A yes/no question that states what a part of the grade is worth ("is the final worth 30 percent", "does the
project count for 25%"): Yes or No from the course's grading breakdown, only when one part of it is plainly the one
named."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.core.kept import Kept
from bot.core.word_forms import singular
from bot.course.model import Course
from bot.understand.page_evidence.knowledge import stem
from bot.understand.words.clipped_words import CLIPPED
from bot.understand.words.normalize import phrase_key
from bot.understand.words.vocabulary import words_of
from bot.understand.yes_no.page_claims import near_stems

# "30%", "30 percent", "30 per cent", "30pc"
_STATED = re.compile(r"(\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|per\s*cent\b|pct\b|pc\b)")
# "is the final worth more than 30%", "do the midterms add up to 30%": not one part's own share
_NOT_ONE_SHARE = re.compile(
    r"\b(?:more|less|fewer|over|under|least|most|than|above|below|together|combined|total|altogether|both|add)\b"
)
# A percent of something else: a late penalty, a score, a curve, a cutoff ("is the late penalty on the final 10%")
_OTHER = re.compile(
    r"\b(?:late|penalt\w*|deduct\w*|off|bonus|extra|curve\w*|drop\w*|lowest|need|needed|score\w*|got|get|"
    r"pass|passing|cutoff|cut|minimum|average|avg|mean|median|percentile|chance|likely|probability)\b"
)
# One part of a breakdown: its name (perhaps with what it holds in parentheses) and its share.
_PART = re.compile(r"((?:[^,;%()]|\([^)]*\))+?)[\s:=\-–]*(\d{1,3}(?:\.\d+)?)\s*%")
_PARENS = re.compile(r"\(([^)]*)\)")
_SHARE_IN_PARENS = re.compile(r"\(\s*(\d{1,3}(?:\.\d+)?\s*%)\s*\)")  # "Problem sets (30%)"
# Where a sentence ends inside a label, and words that make a percent a mark to reach rather than a part's share
_SENTENCE_END = re.compile(r"[.!?]\s+")
_THRESHOLD = re.compile(r"\b(?:at\s+least|must|minimum|min|score|pass|passes|passing|need|needs|below|above)\b")
# Words a question about a share uses that name no part of the grade.
_SHARE_WORDS = words_of(
    """a an the of to in on at for is are was does do did it its my our course class module grade grades final's
    worth count counts counted weigh weighs weighted weight percent per cent pc pct overall total mark marks
    points score and or be really actually still right correct true so just only"""
)


# Words asking what a part is worth, without stating a share ("how much is the midterm worth", "what % is it").
_ASKING_WORDS = words_of("how much what whats many value percentage weighting tell me please pls")
# Words for an exam that name no part by themselves ("is the final exam worth 30%": the final)
_EXAM_WORDS = frozenset({"exam", "exams", "examin", "examination", "test", "tests"})


@dataclass(frozen=True)
class Share:
    """One part of the grade as the breakdown names it."""

    name: str  # as written, without what it holds ("Lab")
    holds: str  # what it holds, in parentheses ("pre-labs, lab reports, lab practical")
    percent: float


def shares(breakdown: str) -> list[Share]:
    """The parts of a breakdown like "Essays 40%, dissertation proposal 20%, final examination 40%."."""
    return list(_shares(breakdown))


@lru_cache(maxsize=32)  # a course's breakdown, read by each question on what a part is worth
def _shares(breakdown: str) -> tuple[Share, ...]:
    found = []
    for m in _PART.finditer(_SHARE_IN_PARENS.sub(r" \1", breakdown)):
        label = m.group(1).strip()
        label = _SENTENCE_END.split(label)[-1]  # "Grades on the 7-point scale. You must score at least": its last
        label = re.sub(r"^(?:and|&|plus)\s+", "", label, flags=re.IGNORECASE).strip(" .:-")
        holds = " ".join(_PARENS.findall(label))
        name = _PARENS.sub(" ", label).strip()
        if name and not _THRESHOLD.search(name.lower()):  # "at least 50% in the final": a mark to reach, no part
            found.append(Share(" ".join(name.split()), holds, float(m.group(2))))
    return tuple(found)


@lru_cache(maxsize=32)
def _named_forms(breakdown: str) -> tuple[tuple[Share, list[set[str]]], ...]:
    """Each part of the breakdown with the forms of its name's words (_forms_per_word, clipped), read once per
    breakdown."""
    return tuple((share, _forms_per_word(share.name, clipped=True)) for share in _shares(breakdown))


def _forms_per_word(words: str, *, clipped: bool = False) -> list[set[str]]:
    """Per word (share words left out), the stems that count as it: its own and its near words' (near_stems); a word
    written with a hyphen ("Pre-Lab") counts as its halves and as one word ("prelab"); with `clipped` (a part's own
    name), a full word as its clipped forms too ("lab" of "Laboratory"), never the other way round."""
    joined = [w.replace("-", "").lower() for w in words.split() if "-" in w.strip("-")]
    kept = [w for w in (*phrase_key(words), *joined) if w not in _SHARE_WORDS]
    # "Laboratory" is also what a student calls "the lab" (bot.understand.words.clipped_words)
    return [set(near_stems(w)) | {stem(w)} | {stem(c) for c in CLIPPED.get(w, ()) if clipped} for w in kept]


def _same(a: set[str], b: set[str]) -> bool:
    """Two words alike, by stem or as one the start of the other ("exam", "examination")."""
    return bool(a & b) or any(
        len(x) >= 4 and len(y) >= 4 and (x.startswith(y) or y.startswith(x)) for x in a for y in b
    )


def stated_weight(breakdown: str, question: str) -> tuple[bool, str] | None:
    """Yes or No, with why, to a question stating a share of the grade; None when the question states none, or the
    breakdown has no one part the question plainly names (two alike, a part inside a part, a sum asked)."""
    lowered = question.lower()
    said = _STATED.search(lowered)
    if said is None or len(_STATED.findall(lowered)) != 1 or _NOT_ONE_SHARE.search(lowered) or _OTHER.search(lowered):
        return None
    stated = float(said.group(1))
    rest = lowered[: said.start()] + " " + lowered[said.end() :]
    share = one_named(breakdown, rest)
    if share is None or one_of_many(rest, share):
        return None
    worth, name = f"{share.percent:g}%", share.name[:1].upper() + share.name[1:]
    if share.percent == stated:
        return True, f"{name}: {worth} of the grade."
    return False, f"{name}: {worth} of the grade, not {stated:g}%."


def named_share(breakdown: str, question: str) -> Share | None:
    """The one part of the grade a question plainly names ("how much is the mid sem worth"), or None."""
    lowered = question.lower()
    if _STATED.search(lowered) or _NOT_ONE_SHARE.search(lowered) or _OTHER.search(lowered):
        return None
    return one_named(breakdown, " ".join(w for w in phrase_key(lowered) if w not in _ASKING_WORDS))


def one_named(breakdown: str, rest: str) -> Share | None:
    """The one part of the breakdown the words name: no other as well, no part inside it, no more asked."""
    asked = _forms_per_word(rest)
    parts = _named_forms(breakdown)
    scored = [(sum(1 for w in asked if any(_same(w, o) for o in own)), share, own) for share, own in parts]
    best = max((hits for hits, _, _ in scored), default=0)
    named = [(share, own) for hits, share, own in scored if hits == best]
    if best == 0 or len(named) != 1:
        return None
    share, own = named[0]
    names = [forms for _, forms in parts]
    if phrase_key(rest) and _bare_final(rest) and not _is_exam(share.name) and any(_is_exam(s.name) for s, _ in parts):
        return None  # "is the final worth 50%" of "final report 7%, end-of-semester examination 50%": which final?
    left = [w for w in asked if not any(_same(w, o) for n in names for o in n) and not w & _EXAM_WORDS]
    if left:
        return None  # "is the final 30% multiple choice": more is asked than what it is worth
    numbered = {w for w in phrase_key(rest) if any(c.isdigit() for c in w)}
    if numbered - set(phrase_key(share.name)):
        return None  # "is ps3 worth 30%" of "Problem sets 30%": one of them is not the whole share
    inside = _forms_per_word(share.holds)
    if any(any(_same(w, i) for i in inside) and not any(_same(w, o) for o in own) for w in asked):
        return None  # "is the lab report worth 20%" of "Lab (pre-labs, lab reports) 20%": a part of that part
    return share


# "each problem set", "one of the essays", "a single quiz": one of the things a part of the grade is made of
_ONE_OF_THEM = re.compile(r"\b(?:each|every|one|single|individual)\b")
# "a problem set", "an essay": one of them when said in the singular
_ONE = re.compile(r"\b(?:a|an|any)\b")


def one_of_many(words: str, share: Share) -> bool:
    """Whether the words name one of the things a part of the grade named in the plural is made of ("is a problem
    set worth 30%", "is an essay worth more than the proposal" of "Problem sets 30%", "Essays 40%"): the part's share
    is all of them together, so it settles nothing of one."""
    last = share.name.lower().split()[-1:]
    if not last or singular(last[0]) == last[0]:
        return False
    said = phrase_key(words)
    return bool(_ONE_OF_THEM.search(words)) or (bool(_ONE.search(words)) and last[0] not in said)


def _bare_final(words: str) -> bool:
    """Whether the only word naming a part is "final" ("is the final worth 50%"), which students say of the final
    exam."""
    return [w for w in phrase_key(words) if w not in _SHARE_WORDS] == ["final"]


def _is_exam(name: str) -> bool:
    """Whether a part's name is an exam's ("end-of-semester examination", "Final exam")."""
    return any(stem(w) in _EXAM_STEMS for w in phrase_key(name.replace("-", " ")))


_EXAM_STEMS = frozenset(stem(w) for w in _EXAM_WORDS)


# "how much is X worth", "how many points is each X", "what percent is X": a share asked, not stated
_WORTH_ASKED = re.compile(
    r"\b(?:how\s+(?:much|many\s+(?:points|marks|percent))|what\s+(?:percent(?:age)?|%|share|weight(?:ing)?))\b"
    r"[^?.!]*\b(?:worth|count|counts|weigh|weighs|weighted|of\s+the\s+(?:\w+\s+)?grade)\b"
)
# "each milestone ... individually": one of several a share holds together
_EACH = re.compile(r"\b(?:each|individually|apiece|per|every\s+single)\b")
_NOT_THINGS = words_of("each individually apiece per single every one how much many what which worth gonna")


def page_words(course: Course) -> str:
    """The course page's prose (its description, parts and policies) as lowercase words, one space apart: what
    `unstated_share` finds a thing of the course in. Read once per course."""

    def build() -> str:
        texts = [course.description, course.components, *(t for p in course.policies for t in (p.summary, p.quote))]
        return f" {' '.join(phrase_key(' '.join(texts)))} "

    return _PAGE.get(course, "page words", build)


_PAGE: Kept[str] = Kept(32)


def warm_tables(course: Course) -> None:
    """Build this reader's per-course table now (the page's prose as words): engine.warm calls it at load, so the
    first student to ask a part's worth does not pay for it."""
    page_words(course)


def unstated_share(breakdown: str, question: str, page: str = "") -> str | None:
    """What a question asks the worth of when the breakdown does not give it: a thing no part of the breakdown
    names ("the progress report" of "group project 25%"), a thing only the page's prose names ("the peer evaluation"
    of "All members receive the group's grade, adjusted by a peer evaluation": `page` is page_words), or each one of
    a part given only as a whole ("each milestone" of "milestones 10%"); None when the breakdown gives it or no worth
    is asked."""
    lowered = question.lower()
    if not breakdown or not _WORTH_ASKED.search(lowered) or _STATED.search(lowered) or _OTHER.search(lowered):
        return None
    words = [w for w in phrase_key(lowered) if w.isalpha() and len(w) > 2 and w not in _SHARE_WORDS | _ASKING_WORDS]
    words = [w for w in words if w not in _NOT_THINGS]
    if not words:
        return None
    given = _forms_per_word(breakdown)
    unnamed = [w for w in words if not any(_same(near, g) for near in _forms_per_word(w) for g in given)]
    if unnamed and len(unnamed) < len(words):
        return " ".join(words)  # a thing of the course (its other words are the breakdown's) it gives no worth for
    if unnamed and f" {' '.join(words)} " in page:
        return " ".join(words)  # a thing the page's prose names, and the breakdown gives no worth for
    if not unnamed and _EACH.search(lowered):
        share = one_named(breakdown, " ".join(words))
        at = breakdown.find(share.name) if share is not None else -1
        # "Programming assignments 40% (8% each)": each one's share is given with the part's
        found = re.match(r"[^%]*%[^,;(]*(?:\([^)]*\))?", breakdown[at:]) if at >= 0 else None
        part = found.group(0) if found else ""
        if share is not None and not re.search(r"\b(?:each|per)\b", part, re.IGNORECASE):
            return " ".join(words)
    return None
