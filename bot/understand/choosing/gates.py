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

`all_open()` opens every gate (tests compare the answers with gates on and off: they must be the same).
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from bot.core.kept import Kept
from bot.course.model import Course
from bot.understand.words.normalize import plain

_open_all = False
_last: tuple[str, str] = ("", "")  # the text last folded and its fold: the gates of one part read the same text
_RUN = re.compile(r"[^\W_]+")


def folded(text: str) -> str:
    """The text as gates read it: lowercased with straight apostrophes, then again as plain ASCII (as
    bot.understand.words.normalize.plain makes it: "süd" is also "sud"), so a fragment either kind of reader sees is
    seen. An ASCII text is its own plain form for a fragment (plain only drops Discord mentions and straightens "`")."""
    global _last
    last = _last  # read once: another thread may set it meanwhile
    if last[0] == text:
        return last[1]
    low = text.lower().replace("\u2019", "'")
    both = low if text.isascii() else f"{low}\n{plain(text)}"
    _last = (text, both)
    return both


def folded_name(name: str) -> str:
    """A name from the course data as a fragment: its longest run of letters and digits, lowercased (a name standing
    in a question holds every run of it, however the question spaces or punctuates the rest; the longest is the
    rarest: "final", not "the", of "the final")."""
    return max(_RUN.findall(name.lower()), key=len, default="")


@dataclass(frozen=True)
class Gate:
    """Opens for a text holding at least one fragment of each group. With `of_course`, the course's own fragments
    (built once per course) join the first group."""

    groups: tuple[tuple[str, ...], ...]
    of_course: Callable[[Course], Iterable[str]] | None = None

    def opens(self, text: str, course: Course | None = None) -> bool:
        if _open_all:
            return True
        low = folded(text)
        groups = self.groups
        if self.of_course is not None:
            if course is None:
                raise TypeError("a gate with course fragments needs the course")
            groups = (self._first_of(course), *groups[1:])
        for group in groups:  # plain loops: a generator per group costs more than the look itself
            for fragment in group:
                if fragment in low:
                    break
            else:
                return False
        return True

    def __and__(self, other: Gate) -> Gate:
        if other.of_course is not None:
            return Gate(other.groups + self.groups, other.of_course)
        return Gate(self.groups + other.groups, self.of_course)

    def _first_of(self, course: Course) -> tuple[str, ...]:
        """The first group with the course's own fragments, built once per course (the last course asked is kept
        on the gate itself: a look-up in the shared keeper costs as much as the gate)."""
        kept = _LAST_COURSE.get(id(self))
        if kept is not None and kept[0] is self and kept[1]() is course:
            return kept[2]
        first = _COURSE_FRAGMENTS.get(course, self, lambda: self._with_course(course))
        _LAST_COURSE[id(self)] = (self, weakref.ref(course), first)
        return first

    def _with_course(self, course: Course) -> tuple[str, ...]:
        names = list(self.of_course(course)) if self.of_course is not None else []
        own = {folded_name(n) for n in names} | {folded_name(plain(n)) for n in names}
        return fewest({f for f in own if f} | set(self.groups[0]))


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
