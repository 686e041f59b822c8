"""The sentence of the course page that answers, when the structured answer lacks it.

Much of what a course says lives only in prose: an assignment's notes ("eight entries"), a policy's page words
("more than 15 minutes late counts as an absence"), an exam's rules ("90 seconds per slide"), how to book a
person, the course description. The structured readers answer something near (the exam card, the late rule) without
that sentence. This module indexes every prose sentence of a course once (split at sentence ends, folded to stems,
with its source) and, per question, finds the sentence sharing the question's informative words: a student then sees
the answer, and under its first line, "The page says: “…”".

A match must be strong: two informative words shared (rare over the course's sentences), or one rare word when the
question asks for a figure and the sentence gives one. Words that only name the thing asked about ("journal" in "how
many entries does the journal need") never count: they match every sentence about it.
"""

from __future__ import annotations

import heapq
import math
from dataclasses import dataclass, replace

from bot.core.answer import Answer, Text, text
from bot.core.kept import Kept
from bot.core.sentences import split_sentences
from bot.course.model import Course
from bot.understand.page_evidence.knowledge import stem
from bot.understand.question.reading import Reading
from bot.understand.words.normalize import phrase_key
from bot.understand.words.vocabulary import CHAT_FILLERS, STOPWORDS, THESAURUS, words_of

# Mentions that name the thing asked about: their words do not tell one sentence about it from another.
_NAMES = frozenset({"assignment", "exam", "person", "section", "course"})
# Sources about one thing of the course: a question naming another thing is not answered by them.
_SPECIFIC = frozenset({"assignment", "exam", "person", "course"})
# Words too common in questions and course prose to tell sentences apart, though not stopwords.
_GENERIC = frozenset(
    stem(w)
    for w in words_of(
        """need needs needed get got know tell say says said page course class allowed ok okay thing things stuff
        still also even really like use used want go going make made take takes one two us guys ya yeah ask asked
        asking think come comes came put own lose back ago found hurt happen happens mean"""
    )
)
# A word this rare over the course's sentences tells them apart (inverse document frequency, natural log).
_RARE = 2.5
# Sentences longer than this are shown cut at a word.
_SHOWN = 300
PREFIX = "The page says: "
CLOSEST = "The closest the page comes: "


@dataclass(frozen=True)
class Sentence:
    """One sentence of the course's prose, where it is from, and its stems."""

    said: str
    source: str  # "assignment:journal", "policy:attendance", "exam:midterm", "person:kim", "course"
    stems: frozenset[str]


@dataclass(frozen=True)
class ProseIndex:
    """Every prose sentence of a course, and which sentences hold each stem."""

    sentences: tuple[Sentence, ...]
    holding: dict[str, tuple[int, ...]]
    idf: dict[str, float]


def _telling_stems(said: str) -> frozenset[str]:
    """The stems that tell one sentence from another: stopwords, chat fillers, single letters and generic words out."""
    return (
        frozenset(stem(w) for w in phrase_key(said) if w not in STOPWORDS and w not in CHAT_FILLERS and len(w) > 1)
        - _GENERIC
    )


def _prose(course: Course) -> list[tuple[str, str]]:
    """Every prose text of the course with its source."""
    out: list[tuple[str, str]] = [("course", course.description), ("course", course.components)]
    for item in course.assignments:
        out.append((f"assignment:{item.id}", item.notes))
    for policy in course.policies:
        out += [(f"policy:{policy.id}", policy.summary), (f"policy:{policy.id}", policy.quote)]
        out += [(f"policy:{policy.id}", c.evidence) for c in policy.claims]
    for exam in course.exams:
        out += [(f"exam:{exam.id}", rule) for rule in exam.rules]
    for person in course.people:
        out.append((f"person:{person.id}", person.appointments))
    out += [("attendance", rule.quote) for rule in course.attendance]
    out += [("best_of", rule.quote) for rule in course.best_of]
    if course.grade_scale is not None:
        out.append(("grade_scale", course.grade_scale.quote))
    out += [("extensions", course.extensions.summary), ("extensions", course.extensions.emergency)]
    return [(source, prose) for source, prose in out if prose]


def build_index(course: Course) -> ProseIndex:
    """The course's prose sentences (each once), an inverted index of their stems, and each stem's rarity."""
    seen: set[tuple[str, str]] = set()
    sentences: list[Sentence] = []
    for source, prose in _prose(course):
        for said in (s for s in split_sentences(prose) if len(s) > 3):  # not a stray mark or list number
            folded = (source, " ".join(phrase_key(said)))
            if folded in seen:
                continue
            seen.add(folded)
            sentences.append(Sentence(said, source, _telling_stems(said)))
    holding: dict[str, list[int]] = {}
    for i, sentence in enumerate(sentences):
        for s in sentence.stems:
            holding.setdefault(s, []).append(i)
    total = len(sentences) or 1
    idf = {s: math.log((total + 1) / len(held)) for s, held in holding.items()}
    return ProseIndex(tuple(sentences), {s: tuple(held) for s, held in holding.items()}, idf)


_INDEXES: Kept[ProseIndex] = Kept(size=32)
_KINDS: Kept[tuple[tuple[str, frozenset[str]], ...]] = Kept(size=32)


def _meeting_names(course: Course) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each kind of meeting's names as stems (its name, plural and aliases; office hours by the course's word for
    them), built once per course: a sentence about one kind never answers a question about another."""

    def build() -> tuple[tuple[str, frozenset[str]], ...]:
        names = [(k.counts_as or k.id, n) for k in course.meeting_kinds for n in (k.name, k.plural, *k.aliases)]
        h = course.help_hours
        names += [("office_hours", n) for n in ("office hours", h.name, h.plural, *h.aliases)]
        return tuple((kind, stems) for kind, n in names if (stems := _telling_stems(n)))

    return _KINDS.get(course, "meeting names", build)


_EXAM_WORDS: Kept[frozenset[str]] = Kept(size=32)


def _exam_words(course: Course) -> frozenset[str]:
    """The stems that name an exam: the everyday words and each exam's title and aliases (built once per course)."""

    def build() -> frozenset[str]:
        said = " ".join(["exam exams test tests midterm midterms final finals", *(e.title for e in course.exams)])
        said += " " + " ".join(a for e in course.exams for a in e.aliases)
        return _telling_stems(said) - _GENERIC

    return _EXAM_WORDS.get(course, "exam words", build)


def _kinds_named(course: Course, stems: frozenset[str]) -> set[str]:
    """The kinds of meeting whose name a text holds whole ("field practical": both words)."""
    return {kind for kind, name in _meeting_names(course) if name <= stems}


def index_for(course: Course) -> ProseIndex:
    """The course's prose index, built once per course."""
    return _INDEXES.get(course, "prose sentences", lambda: build_index(course))


def _with_synonyms(course: Course, words: list[str], tokens: list[str]) -> frozenset[str]:
    """The stems of the words, with the engine's thesaurus and the course's synonyms (what students say -> the
    course's word) for them."""
    words = [t for t in words if stem(t) not in _GENERIC]
    out = {stem(t) for t in words}
    out |= {stem(s) for t in words for s in THESAURUS.get(t, ())}
    for phrase, meaning in course.synonyms.items():
        key = phrase_key(phrase)
        if key and set(key) <= set(tokens) and set(key) & set(words):
            out |= {stem(w) for w in phrase_key(meaning)}
    return frozenset(out) - _GENERIC


def asked_stems(course: Course, reading: Reading) -> tuple[frozenset[str], tuple[frozenset[str], ...]]:
    """The question's informative stems (not stopwords, not the words naming the thing asked about), with synonyms;
    and, one set per word, the stems of the words the structured reading left unexplained (what its answer may
    lack), each with its synonyms."""
    named = {i for m in reading.mentions if m.kind in _NAMES for i in range(m.start, m.end)}
    tokens = reading.tokens
    kept = [
        t
        for i, t in enumerate(tokens)
        if i not in named and t not in STOPWORDS and t not in CHAT_FILLERS and len(t) > 1 and not t.isdigit()
    ]
    unexplained = (_with_synonyms(course, [t], tokens) for t in dict.fromkeys(reading.content) if t in kept)
    return _with_synonyms(course, kept, tokens), tuple(u for u in unexplained if u)


def _own(reading: Reading) -> frozenset[str]:
    """The stems of the words the structured reading left unexplained, without synonyms."""
    return frozenset(stem(t) for t in reading.content)


def _about(reading: Reading) -> frozenset[str]:
    """The sources of the things the question names ("assignment:journal", "exam:midterm")."""
    return frozenset(f"{m.kind}:{i}" for m in reading.mentions if m.kind in _NAMES for i in m.ids)


def best_sentence(
    course: Course, reading: Reading, shown: frozenset[str] = frozenset(), *, whole: bool = False
) -> tuple[Sentence, frozenset[str]] | None:
    """The prose sentence that answers what the answer does not show yet, and the question's stems it shares, when
    one matches strongly.

    Only the question's words the answer does not already show count (`shown`: the answer's own stems). Sentences
    about the thing the question names come first, then by the rarity of the words shared. Strong: a rare word
    shared that the structured reading left unexplained, two thirds of those words held, and either a second word
    shared or the sentence is about the thing named; never a sentence about another thing of the kind named (the
    other exam's rules). With `whole` (under a "not on the page"), only a sentence that truly answers: it holds every
    unexplained word and two words in all, or all of them but one and three words in all."""
    index = index_for(course)
    words, unexplained = asked_stems(course, reading)
    words -= shown
    shared: dict[int, list[str]] = {}
    for w in words:
        for i in index.holding.get(w, ()):
            shared.setdefault(i, []).append(w)
    if not shared:
        return None
    about = _about(reading)
    kinds = {a.split(":", 1)[0] for a in about}

    def rank(i: int) -> tuple[bool, float]:
        return index.sentences[i].source in about, sum(index.idf[w] for w in shared[i])

    ranked = heapq.nlargest(2, shared, key=lambda i: (rank(i), -i))  # the best two are all that is compared
    best = ranked[0]
    if len(ranked) > 1 and rank(ranked[1]) == rank(best) and set(shared[ranked[1]]) != set(shared[best]):
        return None  # two sentences as likely on other words: neither is sure
    sentence = index.sentences[best]
    held = set(shared[best])
    if not any(index.idf[w] >= _RARE for u in unexplained for w in u & held):
        return None  # it must match a rare word the structured reading left unexplained: what its answer lacks
    covered = sum(1 for u in unexplained if u & held)
    if 3 * covered < 2 * len(unexplained):
        return None  # "dr note, flu, does it hurt": one unexplained word of four is another subject ("no notes")
    on_it = sentence.source in about
    if not on_it and sentence.source.split(":", 1)[0] in kinds:
        return None  # "can we bring a cheat sheet to midterm 2": never midterm 1's rule
    if not on_it and about and sentence.source.split(":", 1)[0] in _SPECIFIC:
        return None  # "a constants sheet on quizzes": never an exam's rule, nor the course's description of topics
    if sentence.source.startswith("exam:") and not _exam_words(course) & _telling_stems(" ".join(reading.tokens)):
        return None  # an exam's rule answers a question about an exam only ("a constants sheet on quizzes")
    asked_kinds = _kinds_named(course, _telling_stems(" ".join(reading.tokens)))
    said_kinds = _kinds_named(course, sentence.stems)
    if asked_kinds and said_kinds and not asked_kinds & said_kinds:
        return None  # "is attending office hours mandatory": never the labs' attendance rule
    if whole:
        # its own words, not only their synonyms ("google" is not "searching the internet")
        missed = sum(1 for u in unexplained if not u & held & _own(reading))
        enough = (len(held) >= 2 and not missed) or (len(held) >= 3 and missed <= 1)
        return (sentence, frozenset(held)) if enough else None
    if len(shared[best]) >= 2 or on_it:
        return sentence, frozenset(shared[best])
    return None


def _shown(answer: Answer) -> frozenset[str]:
    """The stems an answer already shows (its title, lines and fields)."""
    parts = [answer.title, *(p for line in answer.lines for p in line if isinstance(p, str))]
    parts += [p for f in answer.fields for line in f.lines for p in line if isinstance(p, str)]
    parts += [f.name for f in answer.fields]
    return _telling_stems(" ".join(parts))


def quoted(course: Course, sentence: Sentence, prefix: str = PREFIX) -> Text:
    """The page's own sentence, as shown under an answer; a person's, with their name ("about Dr. Kim")."""
    said = sentence.said
    if len(said) > _SHOWN:
        said = said[:_SHOWN].rsplit(" ", 1)[0] + "…"
    kind, _, key = sentence.source.partition(":")
    person = next((p for p in course.people if p.id == key), None) if kind == "person" else None
    if person is not None:
        return text(f"{prefix.rstrip(': ')} (about {person.name}): “{said}”")
    return text(f"{prefix}“{said}”")


def with_page_sentence(course: Course, reading: Reading, answer: Answer) -> Answer:
    """The answer with the page's sentence that answers the question under its first line, when the answer lacks it.

    A plain answer (kind info) takes the best strong match as "The page says: “…”". An honest "not on the page"
    (kind unknown) takes only a sentence that truly answers, as "The closest the page comes: “…”", so it stays a
    hedge; a hedge offering readings, a refusal or an answer without lines is left as it is. The first line (a Yes
    or No) never changes."""
    if answer.kind not in ("info", "unknown") or not answer.lines or not reading.content:
        return answer  # (most questions: every word explained, nothing to look for)
    index = index_for(course)
    if not any(index.idf.get(stem(t), 0.0) >= _RARE for t in reading.content):
        return answer  # no rare word of the course's prose left unexplained (most questions), cheaply
    # a "not on the page" echoes the question's words ("About “minimum coverage”: ..."), not the page's
    shown = _shown(answer) if answer.kind == "info" else frozenset()
    found = best_sentence(course, reading, shown, whole=answer.kind == "unknown")
    if found is None or found[0].stems <= shown:
        return answer
    prefix = PREFIX if answer.kind == "info" else CLOSEST
    return replace(answer, lines=(answer.lines[0], quoted(course, found[0], prefix), *answer.lines[1:]))
