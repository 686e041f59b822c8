"""A question about what a policy's "not on the page" note says the page leaves out, whichever card it was read as:
"if i miss a lecture because im sick does it count against the 80%" of a note that says whether illness counts is
not given. The note's own words that the policy's text never uses are what the page lacks; a question holding two of
them, and a word of that policy, asks about the missing part."""

from __future__ import annotations

from bot.core.kept import Kept
from bot.course.model import Course
from bot.understand.page_evidence.knowledge import stem
from bot.understand.words.normalize import phrase_key
from bot.understand.words.stems import word_stems
from bot.understand.words.vocabulary import CHAT_FILLERS, words_of

# Words of a note that say it is a note ("the page does not say whether"), not what is missing.
_NOTE_WORDS = words_of(
    """page course say says said state states stated given give whether what which when where how who nor not does do
    is are be the a an of and or in on at for to if there any each it its this that than also only copy ask check
    themselves"""
)
# Words that carry nothing of what is asked, in a question or a note (a short list: "days", "count" and "week" are
# often what a note is about, so the engine's longer stopword list is not used here).
_FUNCTION = words_of(
    """i me my we us our you your they them their he she him her his it its a an the of to in on at for from by with
    about as and or but so if then than that this these those is are was were be been being am do does did have has
    had can could will would shall should may might must what which who when where why how there here any some
    just really actually ever yet please hey hi like up out too very lol pls u ur im dont cant also"""
)
_LITTLE_WORDS = _FUNCTION | CHAT_FILLERS  # left out of a question's and a note's words

_NOTE_STEMS = frozenset(stem(w) for w in _NOTE_WORDS)

# The fewest of a note's unsaid words a question must hold to ask about it.
_ENOUGH = 2

_NOTES: Kept[tuple[tuple[tuple[frozenset[str], frozenset[str], str], ...], dict[str, tuple[int, ...]]]] = Kept(size=32)


def _notes(course: Course) -> tuple[tuple[tuple[frozenset[str], frozenset[str], str], ...], dict[str, tuple[int, ...]]]:
    """Each policy with a note: the note's words its own text never uses, the policy's own words, and the note; and
    which notes each unsaid word is in, so a question looks only at the notes its own words name."""
    out = []
    for p in course.policies:
        if not p.missing:
            continue
        said = word_stems(" ".join((p.title, p.summary, p.quote)), _LITTLE_WORDS)
        unsaid = frozenset(
            w
            for w in word_stems(p.missing, _LITTLE_WORDS)
            if w not in said and w not in _NOTE_STEMS and not w.isdigit()
        )
        own = word_stems(" ".join((p.title, p.id.replace("-", " "), *p.keywords)), _LITTLE_WORDS) - _NOTE_STEMS
        if len(unsaid) >= _ENOUGH:
            out.append((unsaid, own, p.missing))
    return tuple(out), _by_word(out)


def _by_word(entries: list[tuple[frozenset[str], frozenset[str], str]]) -> dict[str, tuple[int, ...]]:
    """Which entries each of their first words is in, so a question looks only at the entries holding its words."""
    by_word: dict[str, list[int]] = {}
    for i, (words, _, _) in enumerate(entries):
        for w in words:
            by_word.setdefault(w, []).append(i)
    return {w: tuple(found) for w, found in by_word.items()}


def note_asked(course: Course, question: str) -> str | None:
    """The note of the one policy whose left-out part the question asks about, or None."""
    notes, by_word = _NOTES.get(course, "notes asked", lambda: _notes(course))
    if not notes:
        return clause_asked(course, question)
    asked = word_stems(question, _LITTLE_WORDS)
    hits: dict[int, int] = {}
    for w in asked:
        for i in by_word.get(w, ()):
            hits[i] = hits.get(i, 0) + 1
    found = {notes[i][2] for i, n in hits.items() if n >= _ENOUGH and asked & notes[i][1]}
    return found.pop() if len(found) == 1 else clause_asked(course, question)


# A note is often a list of things left out ("The date on which seat numbers are announced; how a clash is
# resolved"): one of them asked about whole, its "when" being the clause's date, is that one thing.
_WHEN = frozenset({"date", "day", "time", "when"})
_WHERE = frozenset({"venue", "room", "place", "location", "where"})
_ASPECT_STEMS = frozenset(stem(w) for w in _WHEN | _WHERE)
_WHEN_STEMS = frozenset(stem(w) for w in _WHEN)
_WHERE_STEMS = frozenset(stem(w) for w in _WHERE)
_Clauses = tuple[tuple[tuple[frozenset[str], frozenset[str], str], ...], dict[str, tuple[int, ...]]]
_CLAUSES: Kept[_Clauses] = Kept(size=32)


def _clauses(course: Course) -> _Clauses:
    """Each clause of every note: its words, the aspect it asks (a date, a place), and the clause itself; and which
    clauses each word is in, so a question looks only at the clauses holding its own words."""
    out = []
    for p in course.policies:
        for clause in p.missing.split(";") if p.missing else ():
            aspect = frozenset(stem(w) for w in phrase_key(clause)) & _ASPECT_STEMS
            words = word_stems(clause, _LITTLE_WORDS) - _NOTE_STEMS - aspect
            if len(words) >= 2:
                out.append((words, aspect, " ".join(clause.split()).rstrip(".")))
    return tuple(out), _by_word(out)


def clause_asked(course: Course, question: str) -> str | None:
    """ "when will the seat numbers be released" of a note leaving out "the date on which seat numbers are
    announced": the clause whose words the question holds but one at most, asking its date or place."""
    clauses, by_word = _CLAUSES.get(course, "clauses asked", lambda: _clauses(course))
    if not clauses:
        return None
    asked_words = set(phrase_key(question))
    if not asked_words & {"when", "where"}:
        return None  # only a clause's date or place is asked so
    asked = word_stems(question, _LITTLE_WORDS)
    wants = (_WHEN_STEMS if "when" in asked_words else frozenset()) | (
        _WHERE_STEMS if "where" in asked_words else frozenset()
    )
    # A clause needs two of its words held, so only the clauses holding one of the question's words can be it.
    near = sorted({i for w in asked for i in by_word.get(w, ())})
    found = []
    for words, aspect, clause in (clauses[i] for i in near):
        if not aspect or not (wants | asked) & aspect:
            continue
        held = words & asked
        if len(held) >= 2 and len(words - held) <= 1:
            found.append(clause)
    if len(found) != 1:
        return None
    return f"Not on the course page: {found[0][0].lower()}{found[0][1:]}."
