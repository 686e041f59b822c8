"""A rule of an exam's own, asked of it: its length or format ("how long does the monologue have to be"), what it
requires ("do we have to be off book for the showing", "does it have to be from a published play"), arriving ("how
early do i need to be there"), being late ("if im late for my slot what happens"), signing up, what to wear, whether
it is open to the public, sitting it with another section ("can i do it with t02 instead": the rule or the miss text
naming the other sitting). The student sees the rule's own sentence first (Yes or No first when asked so and the
sentence says it plainly), then the exam's card; never the schedule rows sharing the exam's name, nor the late-work
rules.

The exam is the one named, or, named by no exam name, the exams whose title holds a word the question uses and their
rules speak of ("the monologue" of "Monologue Showing (T01)" and "(T02)", whose rules say "Monologues run ...").
Only a rule holding every word the question asks with (beyond the exam's name and the words of asking) answers, and
for a length, an arrival, being late or dress, the rule must speak of that too; several sittings' same rule is one
rule. The clauses are cut and stemmed once per course (bot.core.kept.Kept)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.kept import Kept
from bot.core.sentences import split_clauses
from bot.course.model import Course, Exam
from bot.understand.question.reading import Reading
from bot.understand.words.stems import word_stems
from bot.understand.words.vocabulary import STOPWORDS
from bot.understand.yes_no.clause_stance import mode_of
from bot.understand.yes_no.folded import fold, must_i_only

# every question the reader answers holds one of these words (the recognizer row's gate)
NEEDS = frozenset(
    {
        *("have", "has", "must", "need", "needs", "needed", "required", "require", "requirement", "requirements"),
        *("long", "length", "early", "late", "arrive", "arrival", "open", "sign", "signup", "supposed"),
        *("instead", "switch", "swap", "other", "another", "different", "wear", "dress", "outfit", "clothes"),
    }
)

# What is asked of the rule, by the question's words, with what a rule must say to answer it.
# Being late to the sitting ("if im late for my slot"), never late work ("hand in the log late")
_LATE = re.compile(r"\blate\b")
_WORK = re.compile(r"\b(?:submit\w*|hand(?:ed|ing)?\s+in|turn(?:ed|ing)?\s+in|upload\w*|due|work|assignments?)\b")
# Arriving ("how early", "be there"), and a length asked ("how long does it have to be")
_EARLY = re.compile(r"\bhow\s+early\b|\barriv\w*\b|\b(?:be|get)\s+there\b|\bshow\s+up\b")
_LENGTH = re.compile(r"\bhow\s+long\b|\blength\b|\bhow\s+many\s+(?:minutes|mins|pages|words)\b")
# A requirement asked ("do we have to", "must", "is it open to"): what may be brought or is allowed is
# bot.understand.exams.exam_brought's
_ASKS_RULE = re.compile(
    r"\b(?:have|has|need|needs)\s+to\b|\bmust\b|\brequire\w*\b|\bsupposed\s+to\b|\bopen\s+to\b"
    r"|\bsign\s*up\b|\bneed\b"
)
_WEAR = re.compile(r"\b(?:wear|wearing|dress|outfit|clothes)\b")
_RULE_WEAR = re.compile(r"\b(?:dress(?!\s+rehearsal)\w*|costumes?|cloth\w*|wear\w*|outfits?|attire)\b", re.IGNORECASE)
_WEAR_WORDS = word_stems("wear wearing dress outfit clothes")
_RULE_LATE = re.compile(r"\blate\w*\b", re.IGNORECASE)
_RULE_EARLY = re.compile(r"\b(?:arriv\w*|early|call\s+time)\b", re.IGNORECASE)
_RULE_LENGTH = re.compile(r"\b\d+(?:\s*(?:-|to)\s*\d+)?[\s-]*(?:minutes?|mins?|hours?|pages?|words?)\b", re.IGNORECASE)
# Asking to sit it elsewhere ("with t02 instead", "on another day"), and a rule or miss saying where else one may
_OTHER_SITTING = re.compile(
    r"\binstead\b|\b(?:switch|swap)\b|\b(?:other|another|different)\s+(?:section|sections|group|day|date|time|slot)\b"
)
_RULE_OTHER = re.compile(r"\b(?:other|another|alternate|alternative)\b", re.IGNORECASE)
# A clause saying no ("no tickets are needed", "you may not", "never")
# (not "no later than 7 days before": a bound, no denial)
_DENIES = re.compile(
    r"\b(?:no|not)\b(?!\s+(?:later|earlier|sooner|more|less|fewer)\s+than)|\b(?:never|cannot|can't|none|nothing)\b",
    re.IGNORECASE,
)
# A rule's exception ("except the April 15 guest lecture", "other than a scientific calculator"): what it names
_EXCEPTED = re.compile(
    r"\b(?:except(?:\s+for)?|excluding|but\s+not|not\s+including|other\s+than|apart\s+from)\b(?P<rest>[^.;:]*)",
    re.IGNORECASE,
)
# A clause that only lets ("you may bring a calculator", "calculators are allowed"): no Yes to whether one must
_ONLY_LETS = re.compile(r"\b(?:may|allowed|permitted|optional|welcome)\b", re.IGNORECASE)
_SAYS_MUST = re.compile(r"\b(?:must|required|mandatory|need(?:s|ed)?|ha(?:ve|s)\s+to)\b", re.IGNORECASE)
# Asking what the thing must be like ("does the card have to be handwritten"), not whether one must have it
_ASKS_LIKE = re.compile(r"\b(?:to\s+be|must\s+be|be)\b")
# Words of asking, and words for the exam at large: none is what a rule must hold
_ASKING = frozenset(
    word_stems(
        """how long early late what whats happens happen if when do does did is are will would can could should i we
        you me my our need needs needed have has had to be must required require requirement requirements supposed
        allowed there get show up arrive arrival length many much exam exams test final
        what's instead right ok okay pls please actually really still also just"""
    )
)
_GENERIC = frozenset(word_stems("exam exams test tests final midterm quiz evening day session showing"))


@dataclass(frozen=True)
class RuleAsked:
    """The exams asked of, their rule answering (quoted whole), and the verdict its clause gives (None: no Yes/No)."""

    exams: tuple[str, ...]
    rule: str
    yes: bool | None
    allowed: bool = False  # a must-I question of a rule that only allows: No, it is allowed, not required


_KEPT: Kept[dict[str, frozenset[str]]] = Kept(32)
_CLAUSES: Kept[dict[str, tuple[tuple[str, str, frozenset[str]], ...]]] = Kept(32)


def _clauses(course: Course) -> dict[str, tuple[tuple[str, str, frozenset[str]], ...]]:
    """Each exam's rules cut into clauses, as (rule, clause, the clause's stems), read once per course."""

    def build() -> dict[str, tuple[tuple[str, str, frozenset[str]], ...]]:
        return {
            e.id: tuple((r, c, word_stems(c, STOPWORDS)) for r in e.rules for c in split_clauses(r))
            for e in course.exams
        }

    return _CLAUSES.get(course, "exam rule clauses", build)


def _title_words(course: Course) -> dict[str, frozenset[str]]:
    """Each exam's own title words its rules also speak of ("monologue" of Monologue Showing), read once."""

    def build() -> dict[str, frozenset[str]]:
        out = {}
        for e in course.exams:
            title = word_stems(re.sub(r"\([^)]*\)", " ", e.title), STOPWORDS) - _GENERIC
            ruled = word_stems(" ".join(e.rules), STOPWORDS)
            out[e.id] = frozenset(title & ruled)
        return out

    return _KEPT.get(course, "exam rule title words", build)


def _exams_asked(course: Course, reading: Reading) -> tuple[list[Exam], set[int], frozenset[str]]:
    """The exams named (and the tokens naming them); with none named and nothing else but topics, policies, links or
    sections, the exams whose title words the question uses and their rules speak of (and those words)."""
    spans = {i for m in reading.mentions if m.kind == "exam" for i in range(m.start, m.end)}
    named = list(dict.fromkeys(i for m in reading.mentions if m.kind == "exam" for i in m.ids))
    if named:
        return [e for e in course.exams if e.id in named], spans, frozenset()
    if {m.kind for m in reading.mentions} - {"topic", "policy", "section", "link"}:
        return [], set(), frozenset()
    asked = word_stems(" ".join(reading.tokens), STOPWORDS)
    own = _title_words(course)
    exams = [e for e in course.exams if asked & own.get(e.id, frozenset())]
    return exams, set(), frozenset(asked & {w for e in exams for w in own[e.id]})


def _same_rules(exams: list[Exam]) -> bool:
    """Whether the exams are sittings of one name: their rules and what a miss costs are the same."""
    return len({(tuple(e.rules), e.if_missed) for e in exams}) == 1


def rule_asked(course: Course, reading: Reading) -> RuleAsked | None:
    """The rule of the exam asked of that answers the question, or None."""
    if not course.exams:
        return None
    low = reading.text.lower()
    late = bool(_LATE.search(low)) and not _WORK.search(low)
    early, length = bool(_EARLY.search(low)), bool(_LENGTH.search(low))
    # "with t02 instead": another section's sitting asked (another day alone is the exam's sittings' own reader's)
    other = bool(_OTHER_SITTING.search(low)) and any(m.kind == "section" for m in reading.mentions)
    wear = bool(_WEAR.search(low))  # "what do we wear to the showing": its rule on dress, in the rule's words
    if not (late or early or length or other or wear or _ASKS_RULE.search(low)):
        return None
    exams, spans, titled = _exams_asked(course, reading)
    if not exams or not _same_rules(exams):
        return None
    if other:
        # "can i do my monologue with t02 instead": what the page says of sitting it elsewhere, or when missed
        said = [t for t in (*exams[0].rules, exams[0].if_missed) if t and _RULE_OTHER.search(t)]
        return RuleAsked(tuple(e.id for e in exams), said[0], None) if len(said) == 1 else None
    words = " ".join(t for i, t in enumerate(reading.tokens) if i not in spans)
    asked = word_stems(words, STOPWORDS) - _ASKING - (_WEAR_WORDS if wear else frozenset())
    core = asked - titled  # "sign up for a monologue slot": "monologue" names the exam, "slot" is asked of it
    if length and not asked:
        return None  # "how long is the showing": the exam's own length, from its times
    found = []
    need = core or asked
    for rule, clause, held in _clauses(course)[exams[0].id]:
        # "do i need to buy tickets" of "no tickets are needed": a rule saying no of all but the verb asked
        denied = len(need) >= 2 and len(need - held) == 1 and _DENIES.search(clause) and reading.yes_no
        if not need <= held and not denied:
            continue
        if (late and not _RULE_LATE.search(clause)) or (early and not _RULE_EARLY.search(clause)):
            continue
        if (length and not _RULE_LENGTH.search(clause)) or (wear and not _RULE_WEAR.search(clause)):
            continue
        if not (need or late or early or wear):
            continue
        found.append((rule, clause))
    rules = list(dict.fromkeys(r for r, _ in found))
    if len(rules) != 1:
        return None
    yes = None
    if reading.yes_no and len(found) == 1 and asked:
        yes = not _DENIES.search(found[0][1])
        excepted = _EXCEPTED.search(found[0][1])
        if excepted and need <= word_stems(excepted["rest"], STOPWORDS):
            # "do i need to know the guest lecture for the final" of "covers the whole course except the April 15
            # guest lecture": the thing asked is the rule's exception, which turns its verdict
            yes = not yes
        if yes and _lets_only(found[0][1]) and not _ASKS_LIKE.search(low) and not _allowed_only(low, rules[0]):
            # "is it open to the public" of "guests are welcome": allowed is no Yes to what is asked; quoted
            return RuleAsked(tuple(e.id for e in exams), rules[0], None)
        if yes and _allowed_only(low, rules[0]) and not _ASKS_LIKE.search(low):
            # "do i need a calculator" of "you may bring ... a calculator": No, allowed is not required
            return RuleAsked(tuple(e.id for e in exams), rules[0], False, allowed=True)
    if reading.yes_no and yes is None and not (late or early or length or wear or other):
        return None  # a Yes or No asked, and no one clause says it: the exam's other readers weigh the rules
    return RuleAsked(tuple(e.id for e in exams), rules[0], yes)


def _allowed_only(question: str, rule: str) -> bool:
    """Whether a must-I question is asked of a rule that only allows ("do i have to bring an index card" of "You may
    bring one index card"): its answer is No, allowed and not required."""
    return must_i_only(fold(question)) and mode_of(rule) == "permission"


def _lets_only(clause: str) -> bool:
    """Whether the clause only lets students do something ("You may bring one index card"), requiring nothing."""
    return bool(_ONLY_LETS.search(clause)) and not _SAYS_MUST.search(clause)
