"""The words an entry is found by, and keeping them current: an entry indexed under an earlier reading of words (an
older thesaurus, or before the course's synonyms changed) is read again before the next search, so a question in
today's words still meets it.
"""

from __future__ import annotations

import functools
import hashlib
import re
import weakref
from typing import Any

from bot.course.model import Course
from bot.qa import asked, error_causes, synonyms
from bot.qa.course_words import course_phrases
from bot.qa.terms import terms_of
from bot.store.encoding import server_key

# Raise when bot.qa.terms changes how text becomes terms (the thesaurus itself is in the stamp already).
READING = 14
_PHRASES: dict[int, tuple[Course, tuple[tuple[str, str], ...]]] = {}
_STAMPS: dict[int, tuple[Course, str]] = {}
_PARTS: dict[int, tuple[Course, dict[str, str]]] = {}
BATCH = 200  # entries read again per search at most, while a server's are not current
_CURRENT: weakref.WeakKeyDictionary[Any, set[tuple[str, str]]] = weakref.WeakKeyDictionary()


def phrases_of(course: Course) -> tuple[tuple[str, str], ...]:
    """The course's phrases for the search (computed once per loaded course)."""
    held = _PHRASES.get(id(course))
    if held is None or held[0] is not course:
        held = (course, course_phrases(course))
        _PHRASES[id(course)] = held
    return held[1]


def parts_of(course: Course) -> dict[str, str]:
    """The terms that name a part of the course, and the part: homework, exams, projects... and the course's own
    kinds of class meeting, in all its words for them ("Discussion section", "dis", "recitations")."""
    held = _PARTS.get(id(course))
    if held is None or held[0] is not course:
        parts = dict(synonyms.COURSE_PARTS)
        for kind in course.meeting_kinds:
            own = set(terms_of(kind.id.replace("_", " "), phrases_of(course)).concepts)
            for name in (kind.id.replace("_", " "), kind.name, kind.plural, *kind.aliases):
                head = terms_of(name.split()[-1], phrases_of(course)).concepts if name.split() else ()
                named = _naming(terms_of(name, phrases_of(course)).concepts, own, head, len(name.split()))
                parts |= dict.fromkeys(named, kind.group)
        held = (course, parts)
        _PARTS[id(course)] = held
    return held[1]


def _naming(concepts: tuple[str, ...], own: set[str], head: tuple[str, ...] = (), words: int = 1) -> list[str]:
    """The words of a kind's name that name it: all of a one-word name; of a longer one, its head noun (`head`: the
    terms of its last word) and the words of its id ("Field practical" is a practical, and a field trip is not;
    "Plenary session" is named by "plenary", and "lab sessions" are not plenaries; "data help" for the data clinic
    does not make every dataset the clinic)."""
    if len(concepts) < 2 and words < 2:
        return list(concepts)
    if len(concepts) < 2:
        return [c for c in concepts if c in own or (c in head and c not in synonyms.MEETING_WORDS)]
    return [c for c in concepts if c in own or (c == concepts[-1] and c not in synonyms.MEETING_WORDS)]


def entry_terms(course: Course, question: str, answer: str, tags: str = "") -> dict[str, str]:
    """An entry's terms as the store keeps them: its question's, and its answer's with its tags."""
    phrases = phrases_of(course)
    answer_terms = terms_of(f"{answer} {tags}", phrases).text
    if asked.gives_number(answer):
        answer_terms = f"{answer_terms} {asked.GIVES_NUMBER}".strip()
    if asked.gives_time(answer):
        answer_terms = f"{answer_terms} {asked.GIVES_TIME}".strip()
    if asked.gives_length(answer):
        answer_terms = f"{answer_terms} {asked.GIVES_LENGTH}".strip()
    if asked.gives_place(answer):
        answer_terms = f"{answer_terms} {asked.GIVES_PLACE}".strip()
    return {"question_terms": terms_of(question, phrases).text, "answer_terms": answer_terms}


# Where a question asking several things starts another: "What should a lab report contain, and how long should it
# be?", "Where and when are office hours, and can I go to a TA who is not in my section?", "Do I need to book office
# hours? Can I go to a tutor who is not mine?". (A statement before a question, "I missed my lab. Can I make it
# up?", is the question's situation, not a question of its own.)
_CLAUSE = re.compile(
    r"(?<=\?)\s+(?=\S)|,\s+(?:and|or|but)\s+(?=(?:what|when|where|who|whom|which|how|can|could|do|does|did|is|are|"
    r"will|would|should|may|must|am)\b)|,\s+or\s+",
    re.IGNORECASE,
)


def clauses_of(course: Course, question: str) -> tuple[frozenset[str], ...]:
    """The terms of each question an entry's question asks, when it asks several; () when it asks one."""
    return _clauses(question, phrases_of(course))


# "Can I use the GPU cluster for the final project and when may I use it?": a second question joined by a bare "and"
# (no comma), split only where each side is a question of a few words ("Where and when are office hours" is one).
_AND_ASKS = re.compile(
    r"\s+and\s+(?=(?:what|when|where|who|whom|which|how|can|could|do|does|did|is|are|will|would|should|may|must)\s)",
    re.IGNORECASE,
)
CLAUSE_WORDS = 3  # the fewest words each side of a bare "and" has for it to join two questions


def _split_bare_and(part: str) -> list[str]:
    out = [part]
    for mark in reversed(list(_AND_ASKS.finditer(part))):
        left, right = out[0][: mark.start()], out[0][mark.end() :]
        if len(left.split()) >= CLAUSE_WORDS and len(right.split()) >= CLAUSE_WORDS:
            out[0:1] = [left, right]
    return out


@functools.lru_cache(maxsize=4096)
def _clauses(question: str, phrases: tuple[tuple[str, str], ...]) -> tuple[frozenset[str], ...]:
    parts = [q for p in _CLAUSE.split(question.strip()) if p.strip() for q in _split_bare_and(p) if q.strip()]
    if len(parts) < 2:
        return ()
    return tuple(frozenset(terms_of(p, phrases).concepts) for p in parts)


def post_terms(course: Course, post: Any, title: str | None = None) -> dict[str, str]:
    """A forum post's terms: its title (`title`: the one staff endorsed, when the thread was renamed since) and the
    start of its body, and its marked answer once staff endorsed it (an answer nobody vouched for finds nothing)."""
    answer = (post.answer_text or "") if post.endorsed else ""
    return entry_terms(course, f"{title or post.title} {post.body[:300]}", answer)


def reading_stamp(course: Course) -> str:
    """Changes whenever the same text could be read as other terms for this course."""
    held = _STAMPS.get(id(course))
    if held is None or held[0] is not course:
        parts = (
            READING,
            synonyms.GROUPS,
            synonyms.KINDS,
            synonyms.SITUATIONS,
            synonyms.DESCRIBED,
            [(pattern.pattern, cause) for pattern, cause in error_causes.MESSAGES],
            phrases_of(course),
        )
        held = (course, hashlib.sha256(repr(parts).encode()).hexdigest()[:16])
        _STAMPS[id(course)] = held
    return held[1]


def keep_current(store: Any, course: Course, guild_id: int | None, *, batch: int = BATCH) -> int:
    """Read the server's entries again if they were indexed under another reading; how many changed.

    A few at a time (`batch` per call, oldest first, the place kept in the store), so the first searches after an
    upgrade stay quick however many posts the server has; checked once per process and server when current."""
    stamp = reading_stamp(course)
    key = f"qa.reading.{server_key(guild_id)}"
    done = _CURRENT.setdefault(store, set())
    if (key, stamp) in done:
        return 0
    kept, _, place = (store.meta.get(key) or "").partition(":")
    if kept == stamp and place == "all":
        done.add((key, stamp))
        return 0
    after = int(place) if kept == stamp and place.isdigit() else 0
    waiting = sorted((e for e in store.qa_entries.active(guild_id) if e.id > after), key=lambda e: e.id)
    changed = 0
    with store.immediate():
        for entry in waiting[:batch]:
            values = _terms_now(store, course, entry)
            if values is not None and (values["question_terms"], values["answer_terms"]) != (
                entry.question_terms,
                entry.answer_terms,
            ):
                store.qa_entries.change(entry.id, **values)
                changed += 1
        finished = len(waiting) <= batch
        store.meta.set(key, f"{stamp}:{'all' if finished else waiting[batch - 1].id}")
    if finished:
        done.add((key, stamp))
    return changed


def _terms_now(store: Any, course: Course, entry: Any) -> dict[str, str] | None:
    if entry.source != "forum":
        return entry_terms(course, entry.question, entry.answer, entry.tags)
    post = store.qa_posts.get(entry.post_id) if entry.post_id is not None else None
    if post is None:
        return None  # nothing to read it from again: it keeps the terms it has
    return post_terms(course, post, entry.question if entry.endorsed else None)
