"""How well a stored question answers a new one: IDF-weighted overlap of their terms, both ways.

`recall`: how much of the new question the entry covers (its question fully, its answer and tags at half weight, and
words that together name a situation its question names, "disagree with my score" for a regrade, at half weight);
`coverage`: how much of the entry's question the new one asks about. A suggestion needs both: "when is the
exam?" covers all of "Can I bring a cheat sheet to the exam?"'s words about exams and none about cheat sheets.
Numbered things must agree: a question about hw3 is never answered by an entry about hw4; nor parts of the course (the
midterm, the final), nor what is asked when both say (when it is due, where it is handed in: bot.qa.asked).
When no entry's question meets the new one, an entry whose answer talks about what it asks may still be offered, alone
and clear of every other ("which citation format" for "Which referencing style?", whose answer is about citations).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from bot.qa import asked as asked_thing
from bot.qa.synonyms import ASPECTS, COURSE_PARTS, KIND_OF, QUALIFIERS, SIBLINGS, SITUATIONS
from bot.qa.terms import Terms, is_identifier, stem
from bot.understand.words.vocabulary import COMMON_WORDS

# Everyday English ("bring", "class", "use") says less about what a question is about than the words of its
# subject ("colab", "autograder"): such a word weighs this much of its usual weight.
EVERYDAY = frozenset(stem(w) for w in COMMON_WORDS)
EVERYDAY_WEIGHT = 0.7

ANSWER_WEIGHT = 0.5  # a word the entry's answer (or its tags) holds counts this much of one in its question
# When no entry's question meets the question, an entry's answer may stand in for its question: the share of the
# question its answer holds (a word of subject at least) covers this much of what the entry's question leaves. Such an
# entry is offered alone, at ANSWER_MIN at least, with ANSWER_EVIDENCE times the usual shared evidence and ANSWER_MARGIN
# over every other entry (chosen on the repository's sets and the fresh sets' dev halves; tests/qa/search_quality).
ANSWER_COVER = 0.5
ANSWER_WORDS = 1
ANSWER_MIN = 0.45
ANSWER_EVIDENCE = 1.5
ANSWER_MARGIN = 0.05
# Or at this score with this many times the usual shared evidence, when it holds the question's most telling word and
# asks what the question asks, if it asks one: "i found astronomy 1st edition used, is that fine for the readings" for
# "Do I need to buy the textbook?", whose answer speaks of editions (chosen on the dev FAQ rounds; see
# tests/qa/search_quality/README.md).
ANSWER_TELLING_MIN = 0.4
ANSWER_TELLING_EVIDENCE = 1.2
# Nor any entry's question nor its answer meets the question that well: one entry still may when it stands this clear of
# every other, at this score at least (see clear_with_answer; chosen on the dev FAQ rounds and the fresh sets).
ANSWER_CLEAR_MIN = 0.35
ANSWER_CLEAR_MARGIN = 0.2
HOW_COVERAGE = 0.5  # how much of an entry asking how a thing works a question asking its length must ask about
CLAUSE_WEIGHT = 0.8  # how much covering one of an entry's several questions counts of covering all of it
MIN_SCORE = 0.4  # below this nothing is suggested (tuned on tests/qa/search_quality, see its README)
MIN_PART = 0.3  # and neither side may be covered less than this
# A long question tells its story ("went to lunch, came back and ..."): past this much weight, words it leaves
# unmatched count no more against an entry that covers its subject.
RECALL_CAP = 12.0
CLOSE = 0.12  # entries within this of the best are shown with it (up to `limit`)
# Once something is suggested, the next entries follow it (up to `limit`) when they score at least this share of the
# best and RUNNER_UP_MIN, on the question's subject and with the usual shared evidence: a paraphrase the best entry
# misreads is often answered by the next one (chosen on the dev FAQ rounds; the first suggestion never changes).
RUNNER_UP_SHARE = 0.5
ORDER_EVIDENCE = 0.02  # of entries shown together, each unit of shared weight counts this much (more_shared_first)
RUNNER_UP_MIN = 0.2
# Another entry matching the same words ties with the best only if it covers at least the best's share of the question
# less this (its answer's words at their half weight); chosen on every dev set as the most that adds no wrong answer.
TIE_RECALL = 0.2
UNSEEN = 1.5
BETA = 0.8
UNIQUE_RECALL = 0.6  # how much of the question a unique shared word (with the rest) must cover
WHOLE_EVIDENCE = 0.5  # of that, when the questions match each other whole
WHOLE_RECALL = 0.6
EVIDENCE = 0.8  # shared weight needed, as a share of the weight of a word only one entry holds
# A clear winner (see _clear_winner) needs at least this score and this much over the runner-up (chosen on the
# 10-605 sets and checked on STAT 187's, see tests/qa/search_quality/README.md).
LOW_SCORE = 0.3
MARGIN = 0.18
_NOT_WORDS = asked_thing.MARKERS | {
    asked_thing.GIVES_NUMBER,
    asked_thing.GIVES_TIME,
    asked_thing.GIVES_PLACE,
    asked_thing.GIVES_LENGTH,
}  # markers an entry holds, never scored as words
# Words that together name a situation (bot.qa.synonyms.SITUATIONS): an entry whose question names it covers them as
# its answer's words do (chosen on the dev FAQ rounds: at full weight, or through the answer, it answered uncovered
# questions). A single word's broader concept ("midterm" is an exam) is no situation: an entry on exams is not on it.
SITUATION_PAIRS = tuple((together, named) for together, named in SITUATIONS if len(together) >= 2)
_MISMATCH = 0.35  # "hw3" asked, the entry is about "hw4": kept far down
# Parts of a course that are work or exams rather than class meetings, and the words for any class meeting.
WORK_PARTS = frozenset(["homework", "exam", "midterm", "final", "quiz", "project", "office hours"])
CLASS_WORDS = frozenset(["class", "session"])


@dataclass(frozen=True)
class Candidate:
    """Something that can be suggested, as the ranking sees it."""

    key: int
    question: Terms
    answer: Terms
    # The terms of each question the entry's question asks, when it asks several ("What should a lab report contain,
    # and how long should it be?"); () when it asks one (bot.qa.indexing.clauses_of).
    clauses: tuple[frozenset[str], ...] = ()
    # Its question states an amount ("Can my project team have four people?"), so it speaks to "how many?" itself.
    states_amount: bool = False


@dataclass(frozen=True)
class Scored:
    key: int
    score: float
    recall: float
    coverage: float
    evidence: float = 0.0  # the weight of the words both questions share
    unique: bool = False  # they share a subject word (not everyday English) no other entry holds
    mismatch: bool = False  # they name different numbered things of one kind (hw3, hw4)
    on_subject: bool = True  # the new question asks about the entry's subject, not only the part of the course it is on
    matched: frozenset[str] = frozenset()  # the question's terms (and what it asks) the entry's question holds
    plain: float = -1.0  # the score without the entry's answer standing in for its question (-1: same as score)
    plain_coverage: float = -1.0


def idf(df: int, total: int) -> float:
    """Rarer words weigh more; a word in every entry still weighs a little."""
    return max(0.15, math.log((total + 1) / (df + 0.5)))


def score(
    query: Terms,
    candidate: Candidate,
    weight: Mapping[str, float],
    rare: frozenset[str] = frozenset(),
    parts: Mapping[str, str] = COURSE_PARTS,
    unasked: frozenset[str] = frozenset(),
    place: bool = False,
    deadline: bool = False,
) -> Scored:
    """`unasked`: what the question does not ask (bot.qa.asked.not_asked); an entry that asks only that is far down.
    `place`: the question asks where something is (bot.qa.asked.asks_place); `deadline`: how long one has to do
    something (bot.qa.asked.asks_time_allowed)."""
    query, asks = _without_marker(query)
    # An entry may ask several things ("How long should the report be, and when is it due?"): the one the question
    # asks, if it is among them.
    entry_marks = [c for c in candidate.question.concepts if c in asked_thing.MARKERS]
    entry_asks = asks if asks in entry_marks else next(iter(entry_marks), None)
    asked = query.concepts
    if not asked:
        return Scored(candidate.key, 0.0, 0.0, 0.0)
    question = tuple(c for c in candidate.question.concepts if c not in asked_thing.MARKERS)
    answer = tuple(c for c in candidate.answer.concepts if c not in _NOT_WORDS)
    entry_q = set(question)
    entry_a = set(answer)
    # (A numbered one of a thing the entry speaks of in general, "project 2" of "What happens if our project is late?",
    # is which one the question is about, not more of its subject.)
    instances = unnamed_instances(query.identifiers, (*candidate.question.concepts, *candidate.answer.concepts))
    total = sum(weight.get(t, 1.0) for t in asked if t not in instances)
    named_q = situations_named(asked, entry_q)
    got = 0.0
    for term in asked:
        if term in entry_q:
            got += weight.get(term, 1.0)
        elif term in entry_a or term in named_q:
            got += ANSWER_WEIGHT * weight.get(term, 1.0)
    recall = min(1.0, got / min(total, RECALL_CAP))
    own = sum(weight.get(t, 1.0) for t in entry_q)
    coverage = sum(weight.get(t, 1.0) for t in entry_q if t in asked) / own if own else 0.0
    subject = question
    clause, covered = _best_clause(candidate.clauses, asked, asks, weight)
    if CLAUSE_WEIGHT * covered > coverage:
        # A question asking one of the entry's questions covers that one, not the whole entry.
        coverage, subject = CLAUSE_WEIGHT * covered, clause
    plain_coverage = coverage
    answer_only = [t for t in asked if t not in entry_q and t in entry_a]
    from_answer = sum(weight.get(t, 1.0) for t in answer_only) if _said_in_answer(answer_only) else 0.0
    coverage += (1.0 - coverage) * ANSWER_COVER * min(1.0, from_answer / min(total, RECALL_CAP))
    # F-beta: the entry's own question must be asked about (coverage) a little more than the new question must be
    # covered, so "when is the exam?" is not answered by an entry about cheat sheets on the exam.
    value = _f_beta(recall, coverage)
    plain = _f_beta(recall, plain_coverage)
    mismatch = _disagree(query.identifiers, candidate.question.identifiers | candidate.answer.identifiers)
    mismatch = mismatch or parts_disagree(asked, question, parts) or siblings_disagree(asked, question, answer)
    mismatch = mismatch or _asks_otherwise(asks, entry_asks, candidate.answer.concepts, plain_coverage, deadline)
    mismatch = mismatch or _undoes(asked, entry_q)
    mismatch = mismatch or (plain_coverage >= 1.0 and _beyond_how(asks, entry_asks, asked, entry_q, entry_a))
    mismatch = mismatch or _part_unmet(asked, question, answer, parts)
    mismatch = mismatch or _asks_only(entry_marks, unasked, asked, entry_q, entry_a, candidate.clauses)
    mismatch = mismatch or any(t in QUALIFIERS and t not in entry_q and t not in entry_a for t in asked)
    mismatch = mismatch or asked_thing.unanswered_count(asks, entry_asks, candidate.answer.concepts)
    mismatch = mismatch or (not candidate.states_amount and asked_thing.amount_unspoken(asks, entry_asks, answer_only))
    mismatch = mismatch or asked_thing.unanswered_when(asks, entry_asks, candidate.answer.concepts)
    mismatch = mismatch or asked_thing.unanswered_where(place, entry_asks, candidate.answer.concepts)
    if mismatch:
        value *= _MISMATCH
        plain *= _MISMATCH
    shared = sum(weight.get(t, 1.0) * (1.0 if t in entry_q else ANSWER_WEIGHT) for t in asked if t in entry_q | entry_a)
    if asks is not None and asks == entry_asks:
        # "When is the excursion?" and "When and where is the field trip?" share what they ask as well as a word.
        shared += weight.get(asks, 1.0)
    unique = any(t in rare and (t in entry_q or t in entry_a) for t in asked)
    return Scored(
        candidate.key,
        round(value, 4),
        round(recall, 4),
        round(coverage, 4),
        round(shared, 4),
        unique,
        mismatch,
        _on_subject(asked, subject, answer, parts),
        frozenset(t for t in (*asked, asks) if t is not None and t in candidate.question.concepts),
        round(plain, 4),
        round(plain_coverage, 4),
    )


def leaves_out(named: Iterable[str], candidate: Candidate) -> bool:
    """The entry (its question and its answer) leaves out a word of the question's subject that entries' questions
    name (`named`): asked "is the resit also open book", "Who can take the resit?" answers of the resit, not of its
    being open book, which another entry asks about."""
    held = set(candidate.question.concepts) | set(candidate.answer.concepts)
    return any(t not in held and t not in EVERYDAY and t not in asked_thing.MARKERS and not t.isdigit() for t in named)


def _as_mismatch(s: Scored) -> Scored:
    """The entry answers another thing than the question: kept far down, as a question on hw3 is from hw4's entry."""
    if s.mismatch:
        return s
    return replace(s, score=round(s.score * _MISMATCH, 4), plain=round(s.plain * _MISMATCH, 4), mismatch=True)


def situations_named(asked: Sequence[str], entry: set[str]) -> frozenset[str]:
    """The question's words that together name a situation the entry names ("disagree" and "score" are a regrade, so
    "How do I request a regrade?" covers "who do i talk to if i disagree with my midterm score" in them too)."""
    mine = set(asked)
    return frozenset(t for together, named in SITUATION_PAIRS if named in entry and together <= mine for t in together)


def _best_clause(
    clauses: Sequence[frozenset[str]], asked: Sequence[str], asks: str | None, weight: Mapping[str, float]
) -> tuple[tuple[str, ...], float]:
    """The entry's question the new one covers most (its terms, and how much of it is covered), of those that do not
    ask another thing than it."""
    best: tuple[tuple[str, ...], float] = ((), 0.0)
    for clause in clauses:
        terms = tuple(sorted(t for t in clause if t not in asked_thing.MARKERS))
        marks = [t for t in clause if t in asked_thing.MARKERS]
        own = sum(weight.get(t, 1.0) for t in terms)
        if not own or (marks and asks is not None and all(asked_thing.disagree(asks, m) for m in marks)):
            continue
        covered = sum(weight.get(t, 1.0) for t in terms if t in asked) / own
        if covered > best[1]:
            best = (terms, covered)
    return best


def _asks_otherwise(
    mine: str | None, theirs: str | None, answer: Iterable[str], coverage: float, deadline: bool = False
) -> bool:
    """The question asks another thing than the entry (bot.qa.asked.disagree), unless the entry asks how something works
    that the question is about (it asks of most of the entry's question, `coverage`) and its answer gives the length
    or the number asked ("How does the pitch presentation in the studio work?" answered "three minutes each" answers
    "how long do we talk for the pitch in studio 3?", and not "how long is the group presentation?"). Likewise how
    long one has to do something (`deadline`) is answered by an entry on how to do it whose answer gives a time ("How
    do I request a regrade?" answered "within a week"), though how long a wait lasts is not."""
    if not asked_thing.disagree(mine, theirs):
        return False
    gives = {"asklength": asked_thing.GIVES_LENGTH, "askcount": asked_thing.GIVES_NUMBER}.get(mine or "")
    if deadline and mine == "askwhen":
        gives = asked_thing.GIVES_TIME
    return not (theirs == "askhow" and gives is not None and gives in answer and coverage >= HOW_COVERAGE)


def _asks_only(
    marks: Sequence[str],
    unasked: frozenset[str],
    asked: Sequence[str],
    question: set[str],
    answer: set[str],
    clauses: Sequence[frozenset[str]] = (),
) -> bool:
    """The entry asks only what the question does not ask ("When is the Klausur?" for "is the Klausur written or
    oral?"), and its answer names nothing of the question's subject its question leaves out (the answer of "Where can
    I find a dataset?" naming Kaggle answers "can I use a Kaggle dataset?"). Of an entry asking several questions, the
    one the question is most about counts ("are the lectures recorded?" is about the yes or no of "Are lectures
    recorded, and where are the slides?", not its where)."""
    if not marks or not set(marks) <= unasked:
        return False
    if clauses and not _most_asked(clauses, asked) & asked_thing.MARKERS:
        return False
    # (A numbered piece the answer lists, "essay 2", names no subject: the question's subject is what it is one of.)
    return not any(t in answer and t not in question and t not in EVERYDAY and not is_identifier(t) for t in asked)


def _most_asked(clauses: Sequence[frozenset[str]], asked: Sequence[str]) -> frozenset[str]:
    """The clause of an entry's question the most of whose words the question holds (the first of equals)."""

    def share(clause: frozenset[str]) -> float:
        words = clause - asked_thing.MARKERS
        return len(words.intersection(asked)) / len(words) if words else 0.0

    return max(clauses, key=share)


def _beyond_how(
    asks: str | None, theirs: str | None, asked: Sequence[str], question: set[str], answer: set[str]
) -> bool:
    """An entry on how a thing works or is done ("How does the final pitch work?"), all of whose question the question
    asks about, does not answer another question on that thing that names two more things of its own ("what's the
    dress code for the final pitch, do we need suits?") when its answer names none of them."""
    if theirs != "askhow" or asks == "askhow":
        return False
    extra = [t for t in asked if t not in question and t not in EVERYDAY and not t.isdigit() and not is_identifier(t)]
    return len(extra) >= 2 and not any(t in answer for t in extra)


def _said_in_answer(words: Sequence[str]) -> bool:
    """The words the answer alone holds name a subject, not only everyday English or numbers."""
    return sum(1 for t in words if t not in EVERYDAY and not t.isdigit()) >= ANSWER_WORDS


def _f_beta(recall: float, coverage: float) -> float:
    b2 = BETA * BETA
    return (1 + b2) * recall * coverage / (b2 * recall + coverage) if recall + coverage else 0.0


def _without_marker(terms: Terms) -> tuple[Terms, str | None]:
    """The terms without the marker of what is asked, and the marker."""
    markers = [c for c in terms.concepts if c in asked_thing.MARKERS]
    if not markers:
        return terms, None
    return Terms(tuple(c for c in terms.concepts if c not in asked_thing.MARKERS), terms.identifiers), markers[0]


def _marker(concepts: Sequence[str]) -> str | None:
    return next((c for c in concepts if c in asked_thing.MARKERS), None)


def _undoes(asked: Iterable[str], entry: set[str]) -> bool:
    """One side undoes what the other does ("uninstall pyspark" and "install PySpark", "unenroll" and "enroll")."""
    mine = set(asked)
    return any(t[:2] == "un" and t[2:] in entry for t in mine) or any(t[:2] == "un" and t[2:] in mine for t in entry)


def unnamed_instances(asked: Iterable[str], entry: Iterable[str]) -> frozenset[str]:
    """The question's numbered things (`asked`: "proj2", "cw1") of a kind the entry (its terms) numbers none of: it
    speaks of them all, so which one the question is about is no more of its subject."""
    kinds = {_kind(t) for t in entry if _NUMBERED.match(t)}
    return frozenset(i for i in asked if _kind(i) not in kinds)


def _disagree(asked: frozenset[str], known: frozenset[str]) -> bool:
    """Both name a numbered thing of the same kind, and never the same one."""
    if not asked or not known or asked & known:
        return False
    kinds = {_kind(i) for i in asked}
    return any(_kind(i) in kinds for i in known)


def parts_disagree(asked: Iterable[str], entry: Iterable[str], parts: Mapping[str, str] = COURSE_PARTS) -> bool:
    """Both name a part of the course (homework, the midterm, lectures), and no part one names fits the other's."""
    mine, theirs = _parts(asked, parts), _parts(entry, parts)
    if not mine or not theirs:
        return False
    return not any(a == b or KIND_OF.get(a) == b or KIND_OF.get(b) == a for a in mine for b in theirs)


def siblings_disagree(asked: Iterable[str], entry: Iterable[str], answer: Iterable[str] = ()) -> bool:
    """The question and the entry's question name instances of one kind of thing (bot.qa.synonyms.SIBLINGS), never
    the same one, and the entry's answer does not name the question's either ("can I use Dask?" is answered by
    "Does the mini-project have to use Spark?", whose answer lists Dask)."""
    mine = set(asked)
    for group in SIBLINGS:
        named = mine & group
        if named:
            theirs = group.intersection(entry)
            if theirs and not named & theirs and not named.intersection(answer):
                return True
    return False


def _part_unmet(asked: Sequence[str], question: Sequence[str], answer: Sequence[str], parts: Mapping[str, str]) -> bool:
    """ "How many attempts do I get on the midterm?" names a part of the course that "How many attempts do I get on
    PrairieLearn questions?" never mentions, and that entry is about a subject of its own the question leaves out."""
    # Homework is where most questions happen ("can I do the hw in colab?"): naming it narrows nothing.
    mine = _parts(asked, parts) - {"homework"}
    # (Each side on its own: "I cannot attend a test" is on every exam though its answer names the final.)
    theirs = _parts(question, parts) | _parts(answer, parts)
    # (A general word meets a particular one either way: "the exam" of a course whose entry says "the midterm".)
    if not mine or theirs & (mine | {KIND_OF.get(p, p) for p in mine}) or {KIND_OF.get(p) for p in theirs} & mine:
        return False
    # (An entry on "class" or "a session" is on every kind of class meeting: "I missed Thursday's lab" meets "Is missing
    # class for travel excused?".)
    if not mine & WORK_PARTS and any(t in CLASS_WORDS for t in question):
        return False
    # (Everyday English is no subject of its own: "How do I request a regrade?" is about regrades, a midterm's too.)
    return any(t not in asked and t not in parts and t not in ASPECTS and t not in EVERYDAY for t in question)


def _parts(concepts: Iterable[str], parts: Mapping[str, str]) -> set[str]:
    named = {parts[c] for c in concepts if c in parts}
    # "the final exam" is about the final: the general word adds nothing once a particular one is named.
    return named - {KIND_OF[p] for p in named if p in KIND_OF}


_NUMBERED = re.compile(r"^[a-z]+\d{1,3}[a-f]?$")


def _kind(identifier: str) -> str:
    return identifier.rstrip("0123456789abcdef") or identifier[:2]


def _on_subject(asked: Sequence[str], question: Sequence[str], answer: Sequence[str], parts: Mapping[str, str]) -> bool:
    """ "Are lectures recorded?" is about recordings: "can I bring food to lecture" shares the lectures only, and "is
    parking allowed" only what is asked of a subject. The subject is met in the entry's question, or by two words of
    its answer; an entry whose question names no subject beyond those is met by any question on its part."""
    subjects = [t for t in question if t not in parts and t not in ASPECTS]
    if not subjects or any(t in asked for t in subjects):
        return True
    return sum(1 for t in answer if t not in parts and t not in ASPECTS and t in asked) >= 2


def _close_enough(s: Scored, enough: float) -> bool:
    # Two questions that are each other's all ("missed 2 labs already, am i screwed?" and "What happens if I miss a
    # lab?", or "any bonus points?" and "Is there any extra credit?") need less shared weight: nothing of either is
    # left unmatched, though other entries' answers mention the same thing.
    whole = s.recall >= WHOLE_RECALL and s.coverage >= 1.0 and bool(s.matched)
    if s.evidence < (WHOLE_EVIDENCE * enough if whole else enough) or not s.on_subject:
        return False
    if s.score >= MIN_SCORE and min(s.recall, s.coverage) >= MIN_PART:
        return True
    # A word of the question's subject that only this entry holds, with most of the question covered: "is colab
    # ok?" is about the entry on Colab, however many other words that entry has.
    return s.unique and not s.mismatch and s.recall >= UNIQUE_RECALL


def _clear_winner(scored: Sequence[Scored], enough: float) -> list[Scored]:
    """Below the threshold, an entry still stands out when it scores well clear of every other: a question in many
    words of its own ("my code takes forever and freezes") covers little of any entry, but of one far more."""
    ranked = sorted(scored, key=lambda s: (-s.score, s.key))
    if not ranked:
        return []
    best, runner_up = ranked[0], (ranked[1].score if len(ranked) > 1 else 0.0)
    fits = best.on_subject and not best.mismatch and best.evidence >= enough and best.coverage >= MIN_PART
    if fits and best.score >= LOW_SCORE and best.score - runner_up >= MARGIN:
        return [best]
    return []


def rank(
    query: Terms,
    candidates: Sequence[Candidate],
    frequencies: Mapping[str, int],
    total: int,
    *,
    limit: int = 3,
    parts: Mapping[str, str] = COURSE_PARTS,
    unasked: frozenset[str] = frozenset(),
    place: bool = False,
    deadline: bool = False,
    also: bool = False,
    compared: frozenset[str] = frozenset(),
) -> list[Scored]:
    """The candidates close enough to suggest, best first (none when nothing is close enough). `parts`: the terms
    that name a part of the course, and the part (bot.qa.indexing.parts_of); `unasked`: what the question does not
    ask (bot.qa.asked.not_asked); `place`: it asks where something is (bot.qa.asked.asks_place); `deadline`: how
    long one has to do something (bot.qa.asked.asks_time_allowed); `also`: it asks whether something holds of another
    thing too (bot.qa.also_asked), and `compared`: the terms of the thing it compares with, which an entry need not
    name."""
    terms = set(query.concepts) | {t for c in candidates for t in c.question.concepts}
    # A word no entry holds tells nothing about which entry fits: it weighs as a common word does.
    weight = {t: idf(frequencies[t], total) if frequencies.get(t) else UNSEEN for t in terms}
    weight = {t: w * EVERYDAY_WEIGHT if t in EVERYDAY else w for t, w in weight.items()}
    rare = frozenset(
        t
        for t in query.concepts
        if frequencies.get(t) == 1 and t not in EVERYDAY and not t.isdigit() and t not in asked_thing.MARKERS
    )
    scored = [score(query, c, weight, rare, parts, unasked, place, deadline) for c in candidates]
    if also:
        # (Another entry's question names the other thing: a word only some answer mentions may be read otherwise.)
        named = frozenset(
            t for t in query.concepts if t not in compared and any(t in c.question.concepts for c in candidates)
        )
        scored = [_as_mismatch(s) if leaves_out(named, c) else s for s, c in zip(scored, candidates, strict=True)]
    # One shared common word ("lecture", "exam") is not enough evidence: two words, or one rare one.
    enough = EVIDENCE * idf(1, total)
    by_question = [_by_question(s) for s in scored]
    found = _chosen(by_question, enough, limit)
    if found:
        return with_runners_up(more_shared_first(found), scored, enough, limit)
    # No entry's question meets the question: an entry whose answer talks about what it asks may ("which citation
    # format" for "Which referencing style do I have to use?", whose answer names the citations), when it stands
    # clear of every other entry.
    telling = {t: weight[t] for t in query.concepts if frequencies.get(t) and t not in asked_thing.MARKERS}
    if any(s.score > s.plain for s in scored):
        found = _chosen(scored, enough, limit)
        if found and answer_enough(found[0], candidates, telling, enough, _marker(query.concepts)):
            return with_runners_up(found[:1], scored, enough, limit) if _ahead(found[0], scored, ANSWER_MARGIN) else []
    return with_runners_up(clear_with_answer(scored, candidates, telling, enough), scored, enough, limit)


def clear_with_answer(
    scored: Sequence[Scored], candidates: Sequence[Candidate], telling: Mapping[str, float], enough: float
) -> list[Scored]:
    """One entry, when its question and answer together speak to the question well clear of every other entry (by
    ANSWER_CLEAR_MARGIN, at ANSWER_CLEAR_MIN at least, with ANSWER_EVIDENCE times the usual shared weight), and it
    holds the question's most telling word (`telling`: the question's words the FAQ knows, with their weights): "my
    casio fx-991ex - ok for the exam or too fancy" is the entry on which calculators are allowed, whose answer names
    the models, though its question shares little with it; "can i retake the exam to improve my grade" is not the
    entry on how the grade is calculated, which never speaks of improving one."""
    ranked = sorted(scored, key=lambda s: (-s.score, -s.evidence, s.key))
    if not ranked:
        return []
    best, runner_up = ranked[0], (ranked[1].score if len(ranked) > 1 else 0.0)
    clear = best.score >= ANSWER_CLEAR_MIN and best.score - runner_up >= ANSWER_CLEAR_MARGIN
    fits = best.on_subject and not best.mismatch and best.recall >= MIN_PART
    if not clear or not fits or best.evidence < ANSWER_EVIDENCE * enough:
        return []
    return [best] if _holds_telling(best, candidates, telling) else []


def answer_enough(
    best: Scored, candidates: Sequence[Candidate], telling: Mapping[str, float], enough: float, asks: str | None
) -> bool:
    """An entry met through its answer is offered at ANSWER_MIN with ANSWER_EVIDENCE times the usual shared weight;
    or, holding the question's most telling word and asking what the question asks (when, where, how many...) if it
    asks one, at ANSWER_TELLING_MIN with ANSWER_TELLING_EVIDENCE times it."""
    if best.score >= ANSWER_MIN and best.evidence >= ANSWER_EVIDENCE * enough:
        return True
    entry = next(c for c in candidates if c.key == best.key)
    return (
        best.score >= ANSWER_TELLING_MIN
        and best.evidence >= ANSWER_TELLING_EVIDENCE * enough
        and (asks is None or asks in entry.question.concepts)
        and _holds_telling(best, candidates, telling)
    )


def _holds_telling(best: Scored, candidates: Sequence[Candidate], telling: Mapping[str, float]) -> bool:
    """The entry (its question or its answer) holds the question's most telling word: none the FAQ knows weighs
    more than the heaviest it holds."""
    entry = next(c for c in candidates if c.key == best.key)
    words = set(entry.question.concepts) | set(entry.answer.concepts)
    said = max((w for t, w in telling.items() if t in words), default=0.0)
    unsaid = max((w for t, w in telling.items() if t not in words), default=0.0)
    return said >= unsaid


def more_shared_first(found: list[Scored]) -> list[Scored]:
    """The entries close enough to suggest (within CLOSE of each other), each scored with a little more for the weight
    of the words it shares with the question (ORDER_EVIDENCE a unit): of two entries that meet the question about as
    well, the one sharing more of what it says goes first ("my quiz page froze with like 8 min left and now it says
    submitted" shares more with an entry on a quiz that froze than with one on how long a quiz is open)."""
    return sorted(found, key=lambda s: (-(s.score + ORDER_EVIDENCE * s.evidence), s.key))


def with_runners_up(found: list[Scored], scored: Sequence[Scored], enough: float, limit: int) -> list[Scored]:
    """What is suggested, then the entries next to it (best first) that stand close enough behind the best to be worth
    showing as well: on the question's subject, never naming another numbered thing or part of the course, sharing as
    much of the question as any suggestion must, and scoring at least RUNNER_UP_SHARE of the best. `scored`: every
    entry scored with its answer standing in for what its question leaves out, so the entry whose answer speaks to the
    question follows the first though its question alone meets little of it. Nothing is added when nothing was
    suggested."""
    if not found or len(found) >= limit:
        return found
    shown = {s.key for s in found}
    floor = max(RUNNER_UP_MIN, RUNNER_UP_SHARE * found[0].score)
    behind = sorted(
        (
            s
            for s in scored
            if s.key not in shown and s.on_subject and not s.mismatch and s.evidence >= enough and s.score >= floor
        ),
        key=lambda s: (-s.score, -s.evidence, s.key),
    )
    return [*found, *behind][:limit]


def _by_question(s: Scored) -> Scored:
    """The entry as its question alone meets the new one (its answer's words at their usual half weight)."""
    return replace(s, score=s.plain, coverage=s.plain_coverage)


def _chosen(scored: Sequence[Scored], enough: float, limit: int) -> list[Scored]:
    good = [s for s in scored if _close_enough(s, enough)]
    # Of two entries that score alike, the one sharing more of the question's weight goes first.
    good.sort(key=lambda s: (-s.score, -s.evidence, s.key))
    if not good:
        return _clear_winner(scored, enough)
    if _not_set_apart(good[0], scored):
        return []
    best = good[0].score
    return [s for s in good if s.score >= best - CLOSE][:limit]


def _not_set_apart(best: Scored, scored: Sequence[Scored]) -> bool:
    """The question meets the best entry's question only in words another entry's question holds as well, another
    that scores about as well and covers about as much of the question (its answer's words included), and the best
    entry is about more than that: "which citation style should the field trip report use?" meets three entries on the
    field-trip report in "field trip report" alone, and asks none of what each is about. (One whose answer speaks to
    much more of the question, "where do i put my rr, i dont see an upload button" for "Do I upload my reading
    response as a file or type it into Moodle?", is set apart by it.)"""
    if best.coverage >= 1.0 or not best.matched:
        return False
    return any(
        s.key != best.key
        and best.matched <= s.matched
        and s.score >= best.score - CLOSE
        and s.recall >= best.recall - TIE_RECALL
        and s.on_subject
        and not s.mismatch
        for s in scored
    )


def _ahead(best: Scored, scored: Sequence[Scored], margin: float) -> bool:
    """Every other entry scores at least `margin` below the best."""
    return all(s.key == best.key or best.score - s.score >= margin for s in scored)
