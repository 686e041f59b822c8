"""A question the intent table could not place that names something only one of the course's rules speaks of:
"can i keep my smartwatch on during the exam" where one policy says "Phones and smartwatches are not allowed at the
desk", "how do i withdraw from the exam" where one says "You can withdraw ... until 7 days before". That rule's
sentence is what the page says of it, not "I can't answer that".

A word counts when it is no everyday word, is not a name of the course's things (those have their own readers) and
stands in the words of exactly one policy; the rule is taken only when every such word of the question points at
the same policy. The words are indexed once per course (bot.core.kept.Kept).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.kept import Kept
from bot.core.sentences import split_sentences
from bot.course.model import Course
from bot.understand.page_evidence.knowledge import stem
from bot.understand.question.reading import Reading
from bot.understand.question.result import Part
from bot.understand.words.english import ORDINARY
from bot.understand.words.normalize import phrase_key
from bot.understand.words.vocabulary import COMMON_WORDS, CUES, EVERYDAY_WORDS, STOPWORDS

# Shorter words are too often something else ("desk", "seat"): a rule is named by a word of its own.
_LONG_ENOUGH = 5
# and the words by which the engine reads when, where and what is due ("deadline", "room"): a question of those has
# its own reader, and a rule naming them is not what it asks
_ASKED = ("when", "due", "due_list", "release", "next", "after", "before", "last", "where", "time_of", "schedule")
_EVERYDAY = frozenset(
    STOPWORDS | COMMON_WORDS | EVERYDAY_WORDS | ORDINARY | {w for c in _ASKED for p in CUES[c] for w in p.split()}
)


# "what if i don't", "what happens if", "who do i contact": a case put to the rule, or whom it sends you to
_WHAT_IF = re.compile(r"\bwhat\s+(?:if|happens|would\s+happen)\b|\bwho\s+(?:do|should|can|must)\s+(?:i|we)\b")


@dataclass(frozen=True)
class RuleSaid:
    """The one policy the question's rare words point at, and its sentence holding the most of them."""

    policy: str
    sentence: str


class RuleWords:
    """Each rare stem of the course's policies, with the one policy whose words hold it."""

    def __init__(self, course: Course) -> None:
        named = {
            stem(w)
            for names in (
                *((a.title, a.short, a.id, *a.aliases) for a in course.assignments),
                *((e.title, e.id, *e.aliases) for e in course.exams),
                *((k.id, k.name, k.plural, *k.aliases) for k in course.meeting_kinds),
            )
            for name in names
            if name
            for w in phrase_key(name)
            if not w.isdigit() and w not in STOPWORDS
        }
        holders: dict[str, set[str]] = {}
        self.policy_stems: dict[str, frozenset[str]] = {}
        self.sentences: dict[str, list[tuple[str, frozenset[str]]]] = {}
        for policy in course.policies:
            claims = " ".join(t for c in policy.claims for t in (*c.asks, c.evidence))
            words = " ".join((policy.title, policy.summary, policy.quote, *policy.keywords, claims))
            self.policy_stems[policy.id] = frozenset(stem(w) for w in phrase_key(words))
            for form in {_form(w) for w in phrase_key(words)}:
                holders.setdefault(form, set()).add(policy.id)
            self.sentences[policy.id] = [
                (s, frozenset(_form(w) for w in phrase_key(s))) for s in split_sentences(policy.quote)
            ]
        # the course's people, roles and name ("professor", "tutor", "spanish") are not a rule's subject, wherever a
        # rule names them
        elsewhere = " ".join(w for p in course.people for w in (p.name, p.role, p.role_title, *p.aliases))
        kept_out = named | {stem(w) for w in phrase_key(f"{elsewhere} {course.name}")}
        self.named = frozenset(named)
        self.only_in = {
            form: next(iter(ids)) for form, ids in holders.items() if len(ids) == 1 and stem(form) not in kept_out
        }

    def rule_said(self, question: str) -> RuleSaid | None:
        """The policy every rare word of the question stands in, with its sentence holding them; None when the
        question holds no such word, its words point at several policies, or no one sentence holds them."""
        words = phrase_key(question.lower())
        rare = {
            s
            for w in words
            if len(w) >= _LONG_ENOUGH and not w.isdigit() and w not in _EVERYDAY
            if (s := _form(w)) in self.only_in
        }
        policies = {self.only_in[s] for s in rare}
        if len(policies) != 1:
            return None
        policy = policies.pop()
        if not self.named & self.policy_stems[policy] & {stem(w) for w in words}:
            return None  # "how do i bid for modules": a rule's word, but of nothing of this course the rule speaks of
        held = [(len(rare & stems), sentence) for sentence, stems in self.sentences[policy]]
        best = max((n for n, _ in held), default=0)
        chosen = [sentence for n, sentence in held if n == best]
        if best == 0 or len(chosen) != 1:
            return None  # only its title, keywords or a claim hold the word, or several sentences alike
        return RuleSaid(policy, chosen[0])


def rule_said_part(course: Course, reading: Reading, confidence: float = 0.4) -> Part | None:
    """The policy whose rare words the question holds, read as that rule's question (its sentence first), when
    nothing in the intent table fits; None for a question about another course or the bot, or asking a task."""
    if reading.other_course or reading.about_bot or {"task", "opinion"} & reading.cues:
        return None
    if not (reading.yes_no or "howto" in reading.cues or _WHAT_IF.search(reading.question.lower())):
        return None  # "my mate said it was moved": a statement told, not a question the rule answers
    found = rule_words_for(course).rule_said(reading.question)
    if found is None:
        return None
    slots = {"policy": found.policy, "_rule_sentence": found.sentence}
    return Part(reading.text, "policy", slots, 1.0, confidence, (), 0)


def _form(word: str) -> str:
    """A word without its plural ending: "smartwatches" is "smartwatch", but "completely" is not "completed" (their
    stems are one, their meanings are not)."""
    if word.endswith("es") and len(word) > _LONG_ENOUGH:
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


_INDEXES: Kept[RuleWords] = Kept(size=32)


def rule_words_for(course: Course) -> RuleWords:
    """The course's rare rule words, indexed on first use and kept while the Course value is in use."""
    return _INDEXES.get(course, "rule_words", lambda: RuleWords(course))
