"""Gates: whether a question can need a reader at all, from the letters it holds, checked before the reader runs.

Most readers look for one class of student language ("how much does the manual cost", "am i allowed to attend the
lab after missing the pre-lab") with patterns that can only match a question holding one of a few words. A gate
names those words (or the start of them: "pric" for price, pricey and pricing) and the call site asks it first:

    PRICE = gate("fee pric expensive cost cheap affordable pay free much")  # bot.understand.choosing.reader_gates
    if PRICE.opens(said):
        answer = unpriced(said, answer, where)

so a question pays only for the readers its own words call for, and the student sees the same answer: a gate is a
substring test on the question lowercased with straight apostrophes (what the readers read), so it can only be too
open, never too shut, as long as every match of the reader's patterns holds one of its fragments. Give the shortest
piece every match contains; a reader that needs two things ("allowed" and a miss before it) is two gates joined
with `&`. A reader whose words come from the course data (its rooms, its exams' names) gets `of_course=`, its
fragments read once per course. A reader without a gate runs on every question, as before.

A caller asking many gates of one text (the engine's checks after each answer, outside_course's) scans it first
(`scanned`): every gate's fragments looked for in one pass, once while a question is answered
(bot.understand.question.per_question), and each gate's check is then a look-up of its groups.

`all_open()` opens every gate (tests compare the answers with gates on and off: they must be the same).
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import NamedTuple

from bot.core.kept import Kept
from bot.course.model import Course
from bot.understand.question.per_question import per_question
from bot.understand.words.normalize import holds_fragment, plain

_open_all = False
_RUN = re.compile(r"[^\W_]+")


def folded(text: str) -> str:
    """The text as gates read it: lowercased with straight apostrophes, then again as plain ASCII (as
    bot.understand.words.normalize.plain makes it: "süd" is also "sud"), so a fragment either kind of reader sees is
    seen. An ASCII text is its own plain form for a fragment (plain only drops Discord mentions and straightens "`")."""
    low = text.lower().replace("\u2019", "'")
    return low if text.isascii() else f"{low}\n{plain(text)}"


def folded_name(name: str) -> str:
    """A name from the course data as a fragment: its longest run of letters and digits, lowercased (a name standing
    in a question holds every run of it, however the question spaces or punctuates the rest; the longest is the
    rarest: "final", not "the", of "the final")."""
    return max(_RUN.findall(name.lower()), key=len, default="")


# Every group of fragments a gate was made with, by its number: a scan looks for all of them at once.
_GROUPS: dict[tuple[str, ...], int] = {}


class Scan(NamedTuple):
    """A text as gates read it (`folded`), and the numbers of the gate groups it holds a fragment of: what every gate
    asked of that text reads (`scanned`)."""

    low: str
    held: frozenset[int]
    known: int  # how many groups there were when it was scanned (a gate made after is checked by its fragments)


@dataclass(frozen=True)
class Gate:
    """Opens for a text holding at least one fragment of each group. With `of_course`, the course's own fragments
    (built once per course) join the first group."""

    groups: tuple[tuple[str, ...], ...]
    of_course: Callable[[Course], Iterable[str]] | None = None
    # the number of each group in _GROUPS: the first apart (the course's own fragments join it), then the others
    first: int = field(init=False, repr=False, compare=False)
    others: frozenset[int] = field(init=False, repr=False, compare=False)
    newest: int = field(init=False, repr=False, compare=False)  # the highest number

    def __post_init__(self) -> None:
        numbers = [_GROUPS.setdefault(group, len(_GROUPS)) for group in self.groups]
        object.__setattr__(self, "first", numbers[0])
        object.__setattr__(self, "others", frozenset(numbers[1:]))
        object.__setattr__(self, "newest", max(numbers))

    def opens(self, text: str | Scan, course: Course | None = None) -> bool:
        """Whether the text holds a fragment of each group: a text asked of one gate or two is folded and looked
        through fragment by fragment; a caller asking many gates of one text passes its scan (`scanned`)."""
        if _open_all:
            return True
        if type(text) is not Scan:
            return self._holds(folded(text), course)
        said = text
        if self.newest >= said.known:
            return self._holds(said.low, course)  # a gate made after the text was scanned
        held = said.held
        if self.of_course is not None:
            if course is None:
                raise TypeError("a gate with course fragments needs the course")
            if self.first not in held and not holds_fragment(said.low, self._own_of(course)):
                return False
        elif self.first not in held:
            return False
        return not self.others or held.issuperset(self.others)

    def __and__(self, other: Gate) -> Gate:
        if other.of_course is not None:
            return Gate(other.groups + self.groups, other.of_course)
        return Gate(self.groups + other.groups, self.of_course)

    def _holds(self, low: str, course: Course | None) -> bool:
        """Each group looked for fragment by fragment in the folded text."""
        groups = self.groups
        if self.of_course is not None:
            if course is None:
                raise TypeError("a gate with course fragments needs the course")
            if not holds_fragment(low, groups[0]) and not holds_fragment(low, self._own_of(course)):
                return False
            groups = groups[1:]
        for group in groups:  # plain loops: a generator costs more than the look itself
            for fragment in group:
                if fragment in low:
                    break
            else:
                return False
        return True

    def _own_of(self, course: Course) -> tuple[str, ...]:
        """The course's own fragments of the first group that none of its fixed ones stands for, built once per
        course (the last course asked is kept on the gate itself: a look-up in the shared keeper costs as much as the
        gate)."""
        kept = _LAST_COURSE.get(id(self))
        if kept is not None and kept[0] is self and kept[1]() is course:
            return kept[2]
        own = _COURSE_FRAGMENTS.get(course, self, lambda: self._with_course(course))
        _LAST_COURSE[id(self)] = (self, weakref.ref(course), own)
        return own

    def _with_course(self, course: Course) -> tuple[str, ...]:
        names = list(self.of_course(course)) if self.of_course is not None else []
        own = {folded_name(n) for n in names} | {folded_name(plain(n)) for n in names}
        fixed = self.groups[0]
        # of the fewest of both, those not fixed: a text holds one of both exactly when it holds a fixed one (which
        # the scan finds) or one of these
        return tuple(f for f in fewest({f for f in own if f} | set(fixed)) if f not in fixed)


def scanned(text: str) -> Scan:
    """The text folded and scanned for every gate's fragments at once: done once for each text while a question is
    answered (bot.understand.question.per_question), and each gate asked of the scan looks its groups up."""
    return per_question(scanned, text, _scan)


def fewest(fragments: Iterable[str]) -> tuple[str, ...]:
    """The fragments without those holding a shorter one ("hashing7" holds "hashing"): a text holding the longer holds
    the shorter, so one of the group is in the same texts, and a course of many names like its others ("Lab 7",
    "Lab 8") gives a group as short as one of a few."""
    kept: set[str] = set()
    lengths: set[int] = set()
    for fragment in sorted(set(fragments), key=len):
        size = len(fragment)
        if not any(fragment[i : i + n] in kept for n in lengths for i in range(size - n + 1)):
            kept.add(fragment)
            lengths.add(size)
    return tuple(sorted(kept))


_LAST_COURSE: dict[int, tuple[Gate, weakref.ref, tuple[str, ...]]] = {}  # by id(gate): hashing a gate is slow
_COURSE_FRAGMENTS: Kept[tuple[str, ...]] = Kept(size=256)


class _Scanner:
    """Every gate's fragments looked for in one pass over a text, instead of each gate trying each of its fragments
    in turn (most gates stay shut, so each tried them all). At each place of the text one pattern finds the longest
    fragment starting there; every fragment starting there is the start of that one, so the groups it opens are those
    with a fragment it starts with."""

    def __init__(self, groups: dict[tuple[str, ...], int]) -> None:
        self.known = len(groups)
        fragments: dict[str, set[int]] = {}
        for group, number in groups.items():
            for fragment in group:
                fragments.setdefault(fragment, set()).add(number)
        self.opened = {
            longest: frozenset(n for f, numbers in fragments.items() if longest.startswith(f) for n in numbers)
            for longest in fragments
        }
        self.starts = re.compile(f"(?=({_trie(fragments)}))") if fragments else re.compile("(?!)")


def _trie(fragments: Iterable[str]) -> str:
    """A pattern matching the longest of the fragments at a place: the fragments as a tree of their letters, each
    letter's branch tried before stopping at a fragment's end ("pric(?:ey)?")."""
    tree: dict = {}
    for fragment in fragments:
        node = tree
        for letter in fragment:
            node = node.setdefault(letter, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [re.escape(letter) + pattern(child) for letter, child in sorted(node.items()) if letter]
        if not branches:
            return ""
        either = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{either})?" if "" in node else either

    return pattern(tree)


_SCANNER = [_Scanner({})]


def _scan(text: str) -> Scan:
    scanner = _SCANNER[0]
    if scanner.known != len(_GROUPS):  # gates are made at import; one made later scans again
        scanner = _SCANNER[0] = _Scanner(dict(_GROUPS))
    low = folded(text)
    opened = scanner.opened
    held = frozenset().union(*[opened[found] for found in set(scanner.starts.findall(low))])
    return Scan(low, held, scanner.known)


def gate(*fragments: str, of_course: Callable[[Course], Iterable[str]] | None = None) -> Gate:
    """A gate opening for a text holding any of the fragments (lowercase, separated by spaces; several strings are
    one list) or, with `of_course`, the longest word of any name that function gives for the course."""
    found = tuple(f for text in fragments for f in text.split())
    if (not found and of_course is None) or any(f != f.lower() or "'" in f or "`" in f for f in found):
        raise ValueError(f"a gate needs lowercase fragments without apostrophes: {fragments!r}")
    return Gate((found,), of_course)


@contextmanager
def all_open() -> Iterator[None]:
    """Every gate open while inside: each reader runs on every question."""
    global _open_all
    before, _open_all = _open_all, True
    try:
        yield
    finally:
        _open_all = before
