"""What the bot suggests for a question: close FAQ entries and forum posts (bot.qa.ranking over the store's
full-text index), and its own answer from the course data when the answer engine is sure of one.

The same function serves /question, /qa search, /ask (endorsed answers) and `coursebot qa search`, so what the
command line shows is exactly what the bot would suggest.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from rapidfuzz.distance import OSA

from bot.core.answer import Answer
from bot.core.kept import Kept
from bot.core.render_text import answer_text
from bot.course.model import Course
from bot.qa.also_asked import asks_of_another, known_of
from bot.qa.asked import MARKERS, asks_place, asks_time_allowed, gives_number, not_asked
from bot.qa.indexing import clauses_of, keep_current, parts_of, phrases_of
from bot.qa.ranking import Candidate, rank
from bot.qa.synonyms import SITUATIONS, concept_table
from bot.qa.terms import Terms, join_terms, joinable_parts, terms_of
from bot.store.qa_entries import ENTRIES_KEPT, Entry
from bot.understand.engine import read_question
from bot.understand.words.english import ORDINARY

COURSE_CONFIDENCE = 0.75  # the engine's own answer is offered only when it is at least this sure
CANDIDATES = 40
SEARCHED = 6  # words searched for candidates at most
COMMON_SHARE = 0.05  # a word more than this share of entries hold is not searched by (it still counts in ranking)
_CANDIDATES: Kept[Candidate] = Kept(size=ENTRIES_KEPT)  # bot.qa.ranking's view of the entries lately found


@dataclass(frozen=True)
class Suggestion:
    """One suggestion. `answer` is what the bot may quote ("" for a post offered as a link only)."""

    id: int | str
    source: str  # faq | forum | course
    question: str
    answer: str
    score: float
    link: str = ""
    endorsed: bool = True
    post_id: int | None = None
    course_answer: Answer | None = None

    def record(self) -> dict[str, Any]:
        """As `coursebot qa search --json` prints it."""
        return {
            "id": self.id,
            "question": self.question,
            "answer": self.answer,
            "score": self.score,
            "source": self.source,
            "link": self.link,
            "endorsed": self.endorsed,
            "post": self.post_id,
        }


def query_terms(store: Any, course: Course, guild_id: int | None, text: str) -> Terms:
    phrases = phrases_of(course)
    pairs = joinable_parts(text, phrases)
    vocabulary = store.qa_entries.vocabulary(guild_id) if pairs else {}
    # Joined only when the index holds the joined name at least as often as the rarest of its words: "prairie learn"
    # is PrairieLearn, but "lab sheet" stays two words wherever a "#labsheets" channel is named once.
    known = {
        joined
        for joined, parts in pairs.items()
        if joined in vocabulary
        and vocabulary[joined] >= min((vocabulary.get(p, 0) for p in join_terms(parts)), default=0)
    }
    return terms_of(text, phrases, known=known)


def similar(store: Any, course: Course, guild_id: int | None, text: str, *, limit: int = 3) -> list[Suggestion]:
    """FAQ entries and forum posts close enough to suggest, best first; [] when nothing is."""
    query = query_terms(store, course, guild_id, text)
    if not query:
        return []
    keep_current(store, course, guild_id)
    entries = store.qa_entries
    vocabulary = entries.vocabulary(guild_id)
    # A typo ("databriks", "brign") is read as the indexed word one or two edits away (two letters swapped are one),
    # if there is one.
    query = _corrected(query, vocabulary)
    frequencies, total = entries.frequencies(guild_id, query.concepts)
    # The rarer words find the candidates: a word many entries hold adds thousands of matches and no focus, and
    # shared common words alone never make a suggestion (bot.qa.ranking's evidence), so they need not be searched.
    cutoff = max(COMMON_SHARE * total, 20)
    searched = sorted(
        (t for t in frequencies if frequencies[t] <= cutoff and t not in MARKERS), key=frequencies.__getitem__
    )[:SEARCHED]
    if not searched:
        return []
    found = entries.candidates(guild_id, searched, limit=CANDIDATES)
    if not found:
        return []
    frequencies, total = entries.frequencies(guild_id, {*query.concepts, *_words(found)})
    by_id = {e.id: e for e in found}
    candidates = [_candidate(course, e) for e in found]
    also = asks_of_another(text)
    # (What the question compares with, "or only lecture", is read as the question is.)
    compared = query_terms(store, course, guild_id, known_of(text)).concepts if also and known_of(text) else ()
    return [
        _suggestion(by_id[s.key], s.score)
        for s in rank(
            query,
            candidates,
            frequencies,
            total,
            limit=limit,
            parts=parts_of(course),
            unasked=not_asked(text),
            place=asks_place(text),
            deadline=asks_time_allowed(text),
            also=also,
            compared=frozenset(compared),
        )
    ]


def suggestions(
    store: Any, course: Course, guild_id: int | None, text: str, now: dt.datetime, *, limit: int = 3
) -> list[Suggestion]:
    """`similar`, then the bot's own answer from the course data when it is sure of one (after what staff wrote)."""
    out = similar(store, course, guild_id, text, limit=limit)
    own = course_answer(course, text, now)
    return [*out, own] if own is not None else out


def course_answer(course: Course, text: str, now: dt.datetime) -> Suggestion | None:
    if len(text) > 500:
        return None
    result = read_question(course, text, now)
    if result.outcome != "answered" or result.answer.kind != "info" or not result.parts:
        return None
    confidence = min(p.confidence for p in result.parts)
    if confidence < COURSE_CONFIDENCE:
        return None
    return Suggestion(
        id="course",
        source="course",
        question=text,
        answer=answer_text(result.answer, course.tz, now),
        score=confidence,
        endorsed=False,  # the bot's own reading of the course page: no one on the staff endorsed it
        course_answer=result.answer,
    )


# A question answered later than this after it was asked (caught up after a restart) says its card is as of then.
READ_AS_OF_NOW_WITHIN = dt.timedelta(minutes=10)


def course_answer_as_asked(course: Course, text: str, asked_at: dt.datetime, now: dt.datetime) -> Suggestion | None:
    """The bot's own answer read as of when the question was asked ("tomorrow" is the day after it was posted); one
    answered much later, after a restart, says in its title that it is "as of when you asked"."""
    own = course_answer(course, text, asked_at)
    if own is None or own.course_answer is None or now - asked_at <= READ_AS_OF_NOW_WITHIN:
        return own
    dated = replace(own.course_answer, title=f"{own.course_answer.title} (as of when you asked)")
    return replace(own, course_answer=dated)


def _candidate(course: Course, entry: Entry) -> Candidate:
    """The entry as the ranking sees it: made once per entry as stored (its words and question), not again for each
    question it turns up for (an FAQ's entries turn up for most questions)."""
    key = (entry.id, entry.question_terms, entry.answer_terms, entry.question)
    return _CANDIDATES.get(
        course,
        key,
        lambda: Candidate(
            entry.id,
            Terms.parse(entry.question_terms),
            Terms.parse(entry.answer_terms),
            clauses_of(course, entry.question),
            gives_number(entry.question),
        ),
    )


def _words(found: list[Entry]) -> set[str]:
    return {w for e in found for w in e.question_terms.split()}


def _corrected(query: Terms, vocabulary: dict[str, int]) -> Terms:
    fixed = []
    for term in query.concepts:
        # (An ordinary English word is meant as itself: "stack my tokens" is not "stuck".)
        ordinary = term in ORDINARY
        if term not in vocabulary and len(term) >= 5 and term.isalpha() and term not in _CONCEPTS and not ordinary:
            limit = 1 if len(term) < 8 else 2
            close = sorted(
                (OSA.distance(term, word, score_cutoff=limit), -vocabulary[word], word)
                for word in vocabulary
                if word[:1] == term[:1] and abs(len(word) - len(term)) <= limit and not _other_form(term, word)
            )
            if close and close[0][0] <= limit:
                term = close[0][2]
        fixed.append(term)
    return Terms(tuple(dict.fromkeys(fixed)), query.identifiers)


# What the thesaurus reads words as ("fieldtrip", "lateday"), and the markers of what is asked: never misspelt.
_CONCEPTS = frozenset(
    {c for concepts in concept_table().values() for c in concepts} | {named for _, named in SITUATIONS} | MARKERS
)


def _other_form(term: str, word: str) -> bool:
    """ "calculat" (of "calculated") is not a misspelt "calculator": a stem two letters short of a word is its own."""
    short, long = sorted((term, word), key=len)
    return long.startswith(short) and len(long) - len(short) >= 2


def _suggestion(entry: Entry, score: float) -> Suggestion:
    return Suggestion(
        id=entry.id,
        source=entry.source,
        question=entry.question,
        answer=entry.answer if entry.endorsed else "",
        score=score,
        link=entry.link,
        endorsed=entry.endorsed,
        post_id=entry.post_id,
    )
