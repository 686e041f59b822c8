"""An answer about another one of the same kind: "when is lab report 6 due" answered with Lab Report 5, "im in
section b, what time is it" answered with Section A's time, "kanji quiz 1 what day" answered with Quiz 2. The answer
gives the right KIND of thing (a date, a room), so the guard on the kind asked (kind_given) lets it through; but it
names another numbered or lettered thing of the kind the question names, and never the one asked. It is not given as
if it were about the thing asked: the student sees first "I'm not sure that's about <the thing asked>; the closest I
found:", then everything the answer showed (nothing is dropped), then where to ask if that is not it (kind unsure).

What counts as one of a kind comes from the course's own data, built once per course: every word the course puts
before a number or a letter in its work, exams, sections and schedule ("Lab Report 6", "Quiz 2", "Section B", "P2",
"Studio group 3") is a kind, and the names of one thing ("Homework 3", "HW3") are the same kind. A question names
"<kind> <label>"; the answer names the same kind with other labels only ("Lab Report 1 to Lab Report 3" and "Labs 2,
4 and 6" name every label they span or list). Sections are one kind too, by any of their names ("im in 1b", "R02",
"Room for 1A–1D"), and so are the staff, by a word of their own names ("when are okafor's hours" answered with
Lindqvist's; never for a "who" question, which may well be answered with someone else). When nothing of the course
names the thing asked ("tutorial t6" of three), the student reads "I can't find <it> on the course page" instead.

Left as they are: an answer that is not plain information (already unknown, unsure, an error or out of scope), an
answer that names the thing asked anywhere, and one that names no other thing of that kind.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import NamedTuple

from bot.core.answer import Answer, text
from bot.core.kept import Kept
from bot.course.model import Course
from bot.understand.about_course.asked_price import said_in
from bot.understand.meetings.held_in import course_rooms
from bot.understand.open_answer.asked_kind import PERSON, asked_kind
from bot.understand.open_answer.kind_given import any_of
from bot.understand.words.normalize import holds_fragment, plain

OTHER_ONE_LEAD = "I'm not sure that's about {asked}; the closest I found:"
# The thing asked is nowhere in the course's work, exams, sections or schedule ("tutorial t6" of three tutorials).
UNHELD_LEAD = "I can't find {asked} on the course page; the closest I found:"

_SECTION = " section"  # the sections' own kind, apart from any word of the course's ("section", "discussion")
_PERSON = " person"  # the staff, by a word of their names ("what are okafor's hours" answered with Lindqvist's)

# "lab report 6", "hw3", "p2", "t01", "section 1b", "quiz #2", "labs 2, 4 and 6", "lab report 1 to lab report 3": a
# word, then a number of one or two digits (and a letter) that is not part of a room, a clock, a decimal or a larger
# figure ("room 2.12", "9:00", "sb 310"), then any further numbers it lists or spans. The word is taken whole at once
# (possessive): a shorter one leaves a letter where the number must start, so giving letters back never matches.
_NUMBERED = re.compile(
    r"\b([a-z]++)\s*#?\s*(\d{1,2}[a-z]?)(?![\w:/%]|[.,]\d|\s*(?:am|pm|a\.m|p\.m)\b)"
    r"((?:\s*(?:,|&|\band\b|\bor\b|/|-|–|—|\bto\b|\bthrough\b|\bthru\b)\s*(?:[a-z]+\s+){0,2}\d{1,2}(?![\d:.]\d?))*)"
)
_LISTED = re.compile(r"(,|&|\band\b|\bor\b|/|-|–|—|\bto\b|\bthrough\b|\bthru\b)\s*(?:[a-z]+\s+){0,2}(\d{1,2})")
_ASIDE = re.compile(r"\([^)]*\)")  # "(Lesson 3 kanji)" after a name
_SPAN = re.compile(r"\s*(?:-|–|—|to|through|thru)\s*")  # between the first and last of a span of sections
_SPANS = frozenset({"-", "–", "—", "to", "through", "thru"})
# "section b", "group d", "(studio group a)": a word, then a lone letter; "a" and "i" only before punctuation or the
# end ("section a?", "Section A:"), never as the article or the pronoun ("is there a lab a week"); "n" never before an
# article or a pronoun, where it is the chat "and" ("the tests n the final").
_LETTERED = re.compile(
    r"\b([a-z]++)\s+([b-hj-z]\b(?!['.]\w)(?<!n\b)|n\b(?!['.]\w|\s+(?:the|a|an|my|our|your|i|we|its)\b)"
    r"|[ai](?=\s*(?:$|[^\w\s'])))"
)
# Words before a label that name no kind of thing ("at 5", "by 11", "on 3") or are the kinds of time and place
# (a week, a room): a label after them is a when or a where, not one of a kind.
_NOT_KINDS = frozenset(
    {
        "at", "by", "on", "in", "to", "of", "for", "from", "and", "or", "the", "is", "are", "be", "before", "after",
        "until", "till", "about", "around", "than", "top", "every", "each", "only", "over", "under", "up", "out",
        "page", "pages", "room", "rm", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes", "floor",
        "level", "year", "years", "a", "i", "chapter", "chapters", "ch", "pp", "version", "v", "no", "number", "am",
        "pm",
    }
)  # fmt: skip


def _plain(said: str) -> str:
    """The text made plain, its dashes kept ("Lessons 4–6" is never "lessons 46")."""
    return plain(said.replace("–", "-").replace("—", "-"))


def _kind(word: str) -> str:
    """The word of a kind, one or many ("labs", "quizzes" are "lab", "quiz")."""
    if word.endswith("zzes") or word.endswith("ches") or word.endswith("shes") or word.endswith("xes"):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _numbers(first: str, tail: str) -> Iterator[str]:
    """The labels a number and its tail name: "2" and ", 4 and 6" are 2, 4, 6; "1" and " to lab report 3" are 1 to 3."""
    if not first.isdigit():  # "1a", "3b": a label of its own, in no span
        yield first
        return
    last = int(first)
    yield str(last)
    for sep, number in _LISTED.findall(tail):
        now = int(number)
        if sep.strip() in _SPANS and last < now <= last + 20:
            yield from (str(n) for n in range(last + 1, now + 1))
        else:
            yield str(now)
        last = now


def labels(said: str) -> Iterator[tuple[str, str, str]]:
    """Each (kind word, label, words as written) the text names: "lab report 6" gives ("report", "6", "report 6")."""
    low = _plain(said)
    for m in _NUMBERED.finditer(low):
        word = _kind(m.group(1))
        for n in _numbers(m.group(2), m.group(3)):
            yield word, n, m.group(0) if not m.group(3) else f"{m.group(1)} {m.group(2)}"
    for m in _LETTERED.finditer(low):
        yield _kind(m.group(1)), m.group(2), m.group(0)


@dataclass(frozen=True)
class _Kinds:
    """The course's kinds of numbered or lettered things, built once per course."""

    same: dict[str, str]  # each kind word to its kind ("hw" and "homework" to one)
    text: str  # the course's own words, lowercase, to tell "lab report 6" from "report 6"
    sections: dict[str, str]  # each name of a section that holds a letter ("1a", "discussion 1a", "sec b") to its id
    section_names: re.Pattern  # those names, as whole words
    held: frozenset[tuple[str, str]]  # each (kind, label) the course's words name ("report", "6")
    section_of: dict[tuple[str, str], str]  # each (kind, label) a section's name holds ("r", "2") to its id ("102")
    people: dict[str, frozenset[str]]  # each word of a staff member's name to whom it names ("okafor": {"okafor"})
    order: tuple[str, ...]  # the sections' ids in the course's order, for a span of them ("1A–1D")
    people_names: re.Pattern  # those words, as whole words


_KINDS: Kept[_Kinds] = Kept(size=32)


def _names(course: Course) -> Iterator[tuple[str, ...]]:
    """The names of each one thing of the course: each name of a piece of work, an exam, a section."""
    for a in course.assignments:
        yield (a.id, a.title, a.short, *a.aliases)
    for e in course.exams:
        yield (e.id, e.title, *e.aliases)
    for s in course.sections:
        yield (s.id, s.name, *s.aliases)


# Titles before a name ("Prof. Okafor", "Dr Reyes"): they name no one person.
_TITLES = frozenset({"prof", "professor", "doctor", "mrs", "miss", "sir", "dame", "the"})


def _root(same: dict[str, str], word: str) -> str:
    while same[word] != word:
        word = same[word]
    return word


def _build(course: Course) -> _Kinds:
    same: dict[str, str] = {}
    words: list[str] = [n for names in _names(course) for n in names]
    words += [d.title for d in course.schedule]
    for word, _label, _said in labels(" · ".join(words)):
        if word not in _NOT_KINDS and len(word) <= 20:
            same.setdefault(word, word)
    for names in _names(course):  # "HW3" and "Homework 3" name one thing: "hw" and "homework" are one kind
        found: dict[str, str] = {}
        for name in names:  # a name ending on its label is the thing's own ("Kanji Quiz 1 (Lesson 3)" is a quiz)
            own = plain(_ASIDE.sub(" ", name)).strip()
            last = next((k for k in labels(own) if k[0] in same and own.endswith(k[2])), None)
            if last is None:
                continue
            word, label, _said = last
            if label in found and (a := _root(same, found[label])) != (b := _root(same, word)):
                same[b] = a
            found.setdefault(label, word)
    sections = {
        plain(n).strip(): s.id
        for s in course.sections
        for n in (s.id, s.name, *s.aliases)
        if len(n.strip()) > 1 and any(c.isalpha() for c in n)
    }
    same = {w: _root(same, w) for w in same}
    held = frozenset((same[w], label) for w, label, _said in labels(" · ".join(words)) if w in same)
    section_of = {
        (same[w], label): s.id
        for s in course.sections
        for w, label, _said in labels(" · ".join((s.id, s.name, *s.aliases)))
        if w in same
    }
    people = _people(course, {*same, *(w for n in sections for w in n.split())})
    return _Kinds(
        same,
        plain(" · ".join(words)),
        sections,
        any_of(set(sections)),
        held,
        section_of,
        people,
        tuple(s.id for s in course.sections),
        any_of(set(people)),
    )


def _people(course: Course, used: set[str]) -> dict[str, frozenset[str]]:
    """Each word of a staff member's own name to the people it names ("Dana Okafor": "dana", "okafor"), but a title
    ("Prof."), a word of a room ("Kessler Hall"), a kind of work or a section's name (`used`: "lab"): an alias ("lab
    coordinator") or a role names no one person."""
    unnamed = used | {w for r in course_rooms(course) for w in plain(r).split()}
    unnamed |= {w for r in course.roles for t in (r.title, r.plural) for w in plain(t).split()}
    named: dict[str, set[str]] = {}
    for p in course.people:
        for w in re.findall(r"[a-z][a-z'-]+", plain(p.name)):
            if len(w) > 2 and w not in unnamed and w not in _TITLES:
                named.setdefault(w, set()).add(p.id)
    return {w: frozenset(ids) for w, ids in named.items()}


def kinds(course: Course) -> _Kinds:
    """The course's kinds of numbered or lettered things, built once per course."""
    return _KINDS.get(course, "kinds of numbered things", lambda: _build(course))


def warm_tables(course: Course) -> None:
    """Build this guard's per-course table now: engine.warm calls it at load."""
    kinds(course)


def _named(table: _Kinds, found: Iterable[tuple[str, str, str]]) -> dict[str, dict[str, str]]:
    """For each of the course's kinds named, its labels and how each was written."""
    named: dict[str, dict[str, str]] = {}
    for word, label, said in found:
        if (kind := table.same.get(word)) is not None:
            named.setdefault(kind, {}).setdefault(label, said)
    return named


def _sections(table: _Kinds, said: str, named: dict[str, dict[str, str]]) -> dict[str, str]:
    """The sections the text names, by a name of theirs ("im in 1b", "Discussion 1B", "R02") or by a label of a kind
    of section the course has none of ("discussion 9a", "r04"), each as written."""
    sections: dict[str, str] = {}
    low = _plain(said)
    last = None
    for m in table.section_names.finditer(low):
        sections.setdefault(table.sections[m.group(0)], m.group(0))
        if last is not None and _SPAN.fullmatch(low[last.end() : m.start()]):  # "1A–1D": the sections between
            ids = table.order
            first, end = ids.index(table.sections[last.group(0)]), ids.index(table.sections[m.group(0)])
            for between in ids[first + 1 : end]:
                sections.setdefault(between, between.lower())
        last = m
    section_kinds = {kind for kind, _label in table.section_of}
    for kind in named.keys() & section_kinds:
        for label, written in named[kind].items():
            sections.setdefault(table.section_of.get((kind, label), written), written)
    return sections


def _as_asked(table: _Kinds, question: str, said: str) -> str:
    """The thing asked as the student wrote it, with the word before it when the course writes the two together
    ("lab report 6", "kanji quiz 1")."""
    before = re.search(r"\b([a-z]+)\s+" + re.escape(said) + r"\b", _plain(question))
    if before and re.search(r"\b" + re.escape(f"{before.group(1)} {said.split()[0]}") + r"\b", table.text):
        return f"{before.group(1)} {said}"
    return said


def _whom(table: _Kinds, said: str) -> dict[str, str]:
    """The staff the text names by a word of their names, each as written; a word two people share names both."""
    named: dict[str, str] = {}
    low = _plain(said)
    if not holds_fragment(low, table.people):  # a plain text naming no one holds no word of a name
        return named
    for m in table.people_names.finditer(low):
        for person in table.people[m.group(0)]:
            named.setdefault(person, m.group(0))
    return named


class OtherOne(NamedTuple):
    """The thing asked, as the student wrote it ("lab report 6"), and whether the course's words name it."""

    asked: str
    held: bool


def asked_other(course: Course, answer: Answer, question: str) -> OtherOne | None:
    """The thing the question names, when the answer names other things of its kind and never it ("lab report 6"
    answered with Lab Report 5); else None."""
    table = kinds(course)
    asked = _named(table, labels(question))  # cheap: four patterns over one short question
    if asked_kind(question) is not PERSON and (whom := _whom(table, question)):
        asked[_PERSON] = whom
    if in_section := _sections(table, question, asked):
        asked[_SECTION] = in_section
    if not asked:
        return None
    said = " ".join((answer.title, said_in(answer)))
    # the answer is read only for what the question names: its numbered things for a kind or a section, its
    # sections for a section, its staff for a person
    kinds_asked = asked.keys() - {_PERSON}
    shown = _named(table, labels(said)) if kinds_asked else {}
    if _SECTION in asked:
        shown[_SECTION] = _sections(table, said, shown)
    if _PERSON in asked:
        shown[_PERSON] = _whom(table, said)
    for kind, wanted in asked.items():
        others = shown.get(kind)
        if others and not (wanted.keys() & others.keys()):
            ids = {*table.sections.values(), *table.section_of.values()} if kind == _SECTION else set()
            ids |= {i for named in table.people.values() for i in named} if kind == _PERSON else set()
            held = any((kind, label) in table.held or label in ids for label in wanted)
            return OtherOne(_as_asked(table, question, next(iter(wanted.values()))), held)
    return None


def about_other_one(course: Course, answer: Answer, question: str, where: str) -> Answer:
    """The answer to `question` as the student sees it: as it was, or, when it names other things of the kind asked
    and never the one asked, "I'm not sure that's about <it>; the closest I found:" first ("I can't find <it> on
    the course page" when nothing of the course names it), the answer as it was, then `where` to ask if that is not
    it (kind unsure)."""
    if answer.kind != "info" or (other := asked_other(course, answer, question)) is None:
        return answer
    lead = text((OTHER_ONE_LEAD if other.held else UNHELD_LEAD).format(asked=other.asked))
    footer = " ".join(s for s in (answer.footer, f"If that is not it, {where}.") if s)
    return replace(answer, lines=(lead, *answer.lines), footer=footer, kind="unsure")
