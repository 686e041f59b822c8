"""A student's own case around a kind of class meeting ("i was sick and missed my lab on tuesday, what happens now",
"got to lab 20 min late, does that count as missing it", "i'll miss a placement shift, who do i tell"): the course's
rule on missing that kind of meeting, not the meeting's day. The rule is the policy whose own words name the kind and
speak of missing it (absence, attendance, making up); none, or two alike, and it is not this reader's question."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answers.policies import policy_answer
from bot.core.answer import Answer, text
from bot.core.kept import Kept
from bot.core.sentences import split_sentences
from bot.course.model import Course
from bot.understand.answering.asked import Asked
from bot.understand.page_evidence.knowledge import stem
from bot.understand.policies.hardship_told import illness_procedure
from bot.understand.question.reading import Reading
from bot.understand.question.result import Slots
from bot.understand.words.normalize import phrase_key

# Words by which a student tells of missing a meeting, or of coming late to it.
NEEDS = frozenset(
    {"miss", "missed", "missing", "misses", "skip", "skipped", "absent", "absence", "late", "sick", "ill", "unwell"}
)
_MISSED = frozenset(stem(w) for w in ("miss", "missed", "missing", "skip", "skipped", "absent", "absence", "late"))
# What the case asks: what follows, what to do, whom to tell, whether it counts, whether it can be made up.
_ASKS = re.compile(
    r"\b(?:what\s+(?:happens|happened|now|do\s+i\s+do|should\s+i\s+do|do\s+i\s+need|would\s+happen|will\s+happen)"
    r"|who\s+(?:do|should)\s+i\s+(?:tell|contact|email|inform|let\s+know|notify)"
    r"|(?:does|will|would)\s+(?:that|it|this)\s+count"
    r"|(?:can|could)\s+i\s+(?:make|do|redo|repeat|catch)\s+(?:it|that|this|them|up)"
    r"|how\s+do\s+i\s+make"
    r"|(?:do|will)\s+i\s+(?:need|have)\s+to\s+(?:do|tell|email|bring|show|submit|hand|send)"
    r"|(?:is|was)\s+(?:that|it|this)\s+(?:a\s+problem|an\s+issue|ok|okay|fine|bad)"
    r"|(?:does|will|would|could)\s+(?:that|it|this)\s+(?:hurt|affect|cost|matter|be\s+a\s+problem)"
    # "do i just get a zero", "is it an automatic zero": whether missing it costs the mark
    r"|(?:do|will|would)\s+i\s+(?:just\s+|automatically\s+)?(?:get|receive)\s+(?:a\s+)?(?:zero|0)\b"
    r"|(?:is|will)\s+(?:that|it|this)\s+(?:be\s+)?(?:an?\s+)?(?:automatic\s+)?zero)"
)
# "how many übungen can i miss" of a course whose limit is in a policy's words, not in an [[attendance]] rule
_HOW_MANY = re.compile(r"\bhow\s+(?:many|often)\b(?:\s+\w+){0,5}?\s+(?:miss|skip|be\s+absent|not\s+attend)\b")
# A rule's words about missing a meeting: its absence, its attendance, making it up.
_RULE_WORDS = frozenset(
    stem(w) for w in ("miss", "missed", "missing", "absence", "absent", "attendance", "attend", "make-up", "makeup")
)


def meeting_kinds_told(reading: Reading) -> list[str]:
    """The meeting kinds a question names as meetings: "lab" in "missed my lab", not in "the lab 2 report deadline"
    or "the lab report deadline" (a kind's word inside the name of a piece of work, or of a series of them, is that
    work)."""
    work = [(m.start, m.end) for m in reading.mentions if m.kind in ("assignment", "series")]
    told = (m for m in reading.mentions if m.kind == "kind" and not any(a <= m.start and m.end <= b for a, b in work))
    return list(dict.fromkeys(i for m in told for i in m.ids))


def situation_policy(course: Course, question: str, kinds: list[str]) -> str | None:
    """The policy on missing the meeting kind the student's case names, or None when the question tells no such
    case, asks nothing of it, or no one policy of the course speaks of missing that kind."""
    lowered = question.lower()
    words = phrase_key(lowered)
    if not kinds or not _MISSED & {stem(w) for w in words}:
        return None
    if not _ASKS.search(lowered) and (course.attendance or not _HOW_MANY.search(lowered)):
        return None
    rules = _rules_of(course)
    found = {pid for kind in kinds for pid in rules.get(kind, ())}
    return next(iter(found)) if len(found) == 1 else None


def _rules_of(course: Course) -> dict[str, tuple[str, ...]]:
    return _RULES.get(course, "rules", lambda: _rules_by_kind(course))


def _rules_by_kind(course: Course) -> dict[str, tuple[str, ...]]:
    """Each meeting kind's rule on missing it: the policy with the most sentences that name the kind and speak of
    missing, attending or making it up; several alike are all kept, and the question is then not settled by this
    reader. A rule titled by another kind's own word (a guest lecture's, when "lecture" is a kind too) is that
    kind's, and a word two kinds share ("clinical" of clinical labs and clinical placement) names neither."""
    names = {
        k.id: {stem(w) for n in (k.id, k.name, k.plural, *k.aliases) for w in phrase_key(n)}
        for k in course.meeting_kinds
    }
    distinct = {
        kind: mine - set().union(*(theirs for other, theirs in names.items() if other != kind))
        for kind, mine in names.items()
    }
    policies = [
        (
            p.id,
            {stem(w) for n in (p.title, *p.keywords) for w in phrase_key(n)},
            [{stem(w) for w in phrase_key(s)} for s in (*split_sentences(p.summary), *split_sentences(p.quote))],
        )
        for p in course.policies
    ]
    found: dict[str, tuple[str, ...]] = {}
    for kind, only in distinct.items():
        mine = only or names[kind]
        others = set().union(*(theirs for other, theirs in distinct.items() if other != kind))
        ranked: dict[int, list[str]] = {}
        for pid, own, sentences in policies:
            if own & others and not own & only:
                continue  # "Guest lectures" is the guest lecture's rule, not the lecture's
            count = sum(1 for said in sentences if said & mine and said & _RULE_WORDS)
            if count:
                ranked.setdefault(count, []).append(pid)
        found[kind] = tuple(ranked[max(ranked)]) if ranked else ()
    return found


_RULES: Kept[dict[str, tuple[str, ...]]] = Kept(size=32)


def situation_answer(asked: Asked, slots: Slots) -> Answer:
    """The rule on missing that kind of meeting, in the page's words; no Yes or No of its own: whether a case counts
    ("20 min late, does that count as missing it") is the student's to read in the rule's own sentences."""
    # the case is a miss: the rule's sentences on missing come first among those quoted
    answer = policy_answer(asked.course, slots["policy"], f"{asked.question} {_MISS_SPOKEN}")
    # "i had covid for a week and missed section": what to do when ill, as the course says it, after the rule
    procedure = illness_procedure(asked.course, asked.question, str(answer))
    return replace(answer, lines=(*answer.lines, text(procedure))) if procedure else answer


_MISS_SPOKEN = "miss missed misses missing absence absences absent"
