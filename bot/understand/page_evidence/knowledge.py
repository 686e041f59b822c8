"""The knowledge index: every fact of a course as a searchable document, ranked by bm25.

Schedule rows (with their readings and announcements), policies (summary and the page's words), staff,
assignments, exams, and the course's own facts, including the ones the page does not give. Assignment
mentions are indexed by their short names too, so "hw3" finds "Homework 3 Solutions".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from bot.core.word_forms import fact_stem as stem
from bot.course.model import Course
from bot.store.text_index import TextIndex
from bot.understand.words.lexicon import Lexicon, canon_key
from bot.understand.words.normalize import phrase_key
from bot.understand.words.vocabulary import STOPWORDS


@dataclass(frozen=True)
class Found:
    """A document that holds some of the question's words."""

    kind: str
    key: str
    matched: frozenset[str]  # the searched words it holds (itself or a synonym)
    searched: int
    rank: float
    extra: int = 0  # how many of the names searched along (assignment ids) it holds

    @property
    def coverage(self) -> float:
        return len(self.matched) / self.searched if self.searched else 0.0


class Knowledge:
    """Documents of one course, searchable by the words of a question."""

    def __init__(self, course: Course, lexicon: Lexicon) -> None:
        docs: list[tuple[str, str, str, str]] = []
        # The schedule rows that name each assignment ("Recitation 7: HW4 Part A Tutorial" names hw4a).
        self.rows_naming: dict[str, list[int]] = {}
        for index, row in enumerate(course.schedule):
            title = " ".join((row.title, *row.keywords))
            body = " ".join((*(r.label for r in row.resources), *row.announcements, row.kind_label))
            named = _aliases(lexicon, f"{row.title} {' '.join(row.keywords)}")
            for assignment in named.split():
                self.rows_naming.setdefault(assignment, []).append(index)
            docs.append(("schedule", str(index), title, body + " " + _aliases(lexicon, f"{row.title} {body}")))
        for policy in course.policies:
            docs.append(
                ("policy", policy.id, f"{policy.title} {' '.join(policy.keywords)}", f"{policy.summary} {policy.quote}")
            )
        for person in course.people:
            docs.append(("person", person.id, f"{person.name} {' '.join(person.aliases)}", person.role_title))
        for item in course.assignments:
            docs.append(("assignment", item.id, f"{item.title} {item.short} {' '.join(item.aliases)}", item.notes))
        for exam in course.exams:
            docs.append(("exam", exam.id, f"{exam.title} {' '.join(exam.aliases)}", ""))
        docs.append(("course", "about", course.name, f"{course.description} {course.components}"))
        self.index = TextIndex(docs)
        self._words = {(kind, key): {stem(w) for w in phrase_key(f"{title} {body}")} for kind, key, title, body in docs}
        # one-off meetings ("extra": "midterm review") and kinds of meeting name things the course has, too
        extra = " ".join(
            (*(f"{c.kind} {c.reason}" for c in course.meeting_changes), *(k.name for k in course.meeting_kinds))
        )
        self._every_stem = frozenset(w for held in self._words.values() for w in held) | {
            stem(w) for w in phrase_key(extra)
        }

    def holds(self, word: str) -> bool:
        """Whether any text of the course (a day, a policy, a person, an item, a one-off meeting) holds the word."""
        return stem(word) in self._every_stem

    def search(
        self,
        terms: list[str],
        kinds: tuple[str, ...] = (),
        limit: int = 8,
        synonyms: Mapping[str, tuple[str, ...]] | None = None,
        names: list[str] | None = None,
    ) -> list[Found]:
        """Documents holding the most of `terms` (a term or one of its synonyms), best first, then by bm25.

        `names` (assignment ids) are searched along to rank documents that also mention them first.
        """
        synonyms = synonyms or {}
        terms = [t for t in dict.fromkeys(terms) if t not in STOPWORDS]
        if not terms:
            return []
        stems = {t: {stem(t), *(stem(s) for s in synonyms.get(t, ()))} for t in terms}
        searched = [*terms, *(s for t in terms for s in synonyms.get(t, ()))]
        found = []
        for hit in self.index.search([*searched, *(names or ())], kinds, limit):
            have = self._words[(hit.kind, hit.key)]
            matched = frozenset(t for t, options in stems.items() if options & have)
            extra = sum(1 for n in names or () if n in have)
            found.append(Found(hit.kind, hit.key, matched, len(terms), hit.rank, extra))
        found.sort(key=lambda f: (-len(f.matched), -f.extra, f.rank))
        return found


def _aliases(lexicon: Lexicon, text: str) -> str:
    """Short names of the assignments a text mentions ("Homework 2 Solutions" -> "hw2")."""
    tokens = phrase_key(text)
    out = []
    for i in range(len(tokens)):
        for n in (3, 2, 1):
            ids = lexicon.assignment_keys.get(canon_key(tokens[i : i + n]))
            if ids:
                out += ids
                break
    return " ".join(dict.fromkeys(out))
