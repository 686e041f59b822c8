"""Policies: find the rule a question is about and answer with it and a short quote from the course page."""

from __future__ import annotations

from functools import lru_cache

from bot.answers.grade_scale import TITLE as SCALE_TITLE
from bot.answers.grade_scale import grade_scale_card
from bot.core.answer import Answer, Field, text
from bot.core.errors import UserError
from bot.core.matching import fold
from bot.core.sentences import split_sentences
from bot.course.model import Course, Policy

QUOTE_LIMIT = 700


def policy_scores(course: Course, query: str) -> list[tuple[float, Policy]]:
    """Policies that a question mentions, best first. Longer keyword phrases weigh more."""
    q = f" {fold(query)} "
    scored = []
    for policy in course.policies:
        score = 0.0
        for phrase in policy.keywords:
            folded = fold(phrase)
            if folded and f" {folded} " in q:
                score += 1 + len(folded.split())
        for phrase in (policy.title, policy.id.replace("-", " ")):
            # A policy's own name counts, but less than its keywords: "homework" is in many questions.
            folded = fold(phrase)
            if folded and f" {folded} " in q:
                score += 0.5 * len(folded.split())
        if score:
            scored.append((score, policy))
    scored.sort(key=lambda pair: -pair[0])
    return scored


def find_policy(course: Course, query: str) -> Policy | None:
    exact = course.policy(query)
    if exact is not None:  # an id (autocomplete, the answer engine)
        return exact
    exact = course.policies_by_name.matches(query)
    if len(exact) == 1:
        return course.policy(exact[0])
    scored = policy_scores(course, query)
    return scored[0][1] if scored else None


SCALE_TOPIC = "grade-scale"
# what a topic typed for the course's [grade_scale] holds ("grade scale", "cutoffs", "pass mark", "curve")
_SCALE_WORDS = ("scale", "cutoff", "cut-off", "letter grade", "pass mark", "curve", "rounding", "hurdle", SCALE_TOPIC)


def policy_choices(course: Course, typed: str, limit: int = 25) -> list[tuple[str, str]]:
    q = fold(typed)
    found = [
        (p.title[:100], p.id)
        for p in course.policies
        if not q or q in fold(p.title) or any(q in fold(k) for k in p.keywords)
    ]
    if course.grade_scale is not None and (not q or q in fold(SCALE_TITLE) or any(q in w for w in _SCALE_WORDS)):
        found.append((SCALE_TITLE, SCALE_TOPIC))
    return found[:limit]


# Words compared by their first letters: "counts" is "count", "absense" (typed) is "absence".
_STEM = 5


def _word_starts(words: str) -> frozenset[str]:
    """The folded words longer than three letters, each cut to its first _STEM letters."""
    return frozenset(w[:_STEM] for w in fold(words).split() if len(w) > 3)


@lru_cache(maxsize=512)
def _sentence_words(quote: str) -> tuple[tuple[str, ...], tuple[frozenset[str], ...]]:
    """A policy's wording in sentences, and each sentence's word stems: cut once per wording, not per question."""
    sentences = split_sentences(quote)
    return sentences, tuple(_word_starts(sentence) for sentence in sentences)


def _claimed_sentences(policy: Policy, sentences: tuple[str, ...], words: frozenset[str]) -> frozenset[int]:
    """The sentences holding the page's words of a claim the question asks in every long word ("can i use a red pen"
    of the claim "use a red pen"): the sentence that decides it is quoted whole, its way out too ("never write in red
    ink: mark your answers in pencil or black pen")."""
    asked = [
        fold(c.evidence)
        for c in policy.claims
        if any(bool(starts) and starts <= words for starts in map(_word_starts, c.asks))
    ]
    return frozenset(i for i, sentence in enumerate(sentences) if any(e and e in fold(sentence) for e in asked))


def short_quote(policy: Policy, query: str = "", limit: int = QUOTE_LIMIT) -> str:
    """The sentences of the page's wording that best fit the question, in page order, within limit characters."""
    sentences, sentence_words = _sentence_words(policy.quote)
    words = _word_starts(query)
    decided = _claimed_sentences(policy, sentences, words)
    ranked = sorted(range(len(sentences)), key=lambda i: (i not in decided, -len(words & sentence_words[i])))
    chosen: list[int] = []
    used = 0
    for i in ranked if words else range(len(sentences)):
        if used + len(sentences[i]) + 1 > limit:
            continue
        chosen.append(i)
        used += len(sentences[i]) + 1
        if words and len(chosen) >= 3:
            break
    picked = " ".join(sentences[i] for i in sorted(chosen))
    return picked or policy.quote[:limit].rsplit(" ", 1)[0] + " …"


def policy_answer(course: Course, topic: str, question: str = "") -> Answer:
    """A policy by topic name or keyword: the rule in brief, the page's words, and what the page leaves out."""
    policy = find_policy(course, topic)
    if policy is None and course.grade_scale is not None and any(w in fold(topic) for w in _SCALE_WORDS):
        return grade_scale_card(course, "")  # the course's [grade_scale]: its grades, pass mark, hurdles
    if policy is None:
        topics = ", ".join(p.title for p in course.policies)
        raise UserError(
            f"I couldn't find a policy about {topic.strip()!r}. Topics: {topics}.", suggestions=("/policy",)
        )
    quote = short_quote(policy, question or topic)
    fields = [Field(name="From the course page", lines=(text(f"> {quote}"),))]
    if policy.missing:
        fields.append(Field(name="Not on the page", lines=(text(policy.missing),)))
    return Answer(title=policy.title, lines=(text(policy.summary),), fields=tuple(fields))
