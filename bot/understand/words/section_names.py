"""How students name a section beyond the page's id, name and aliases: the name without its bracketed part
("Übung 4" of "Übung 4 (Ü4)"), and the kind of meeting the section holds with the section's number ("tutorial 4"
for T04, "übung 2" for U2), when that number picks out one section of that kind and no schedule row is so named
("lecture 9" is the ninth lecture, not a section)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from bot.course.model import Course
from bot.understand.words.normalize import phrase_key

_BRACKETED = re.compile(r"\s*\([^)]*\)\s*")
_NUMBER = re.compile(r"(\d+)\D*$")


def spoken_section_names(course: Course) -> Iterator[tuple[tuple[str, ...], str]]:
    """(phrase key, section id) for every such further name of a section."""
    for section in course.sections:
        for name in (section.name, *section.aliases):
            bare = _BRACKETED.sub(" ", name).strip()
            if bare and bare != name:
                yield phrase_key(bare), section.id
    titled = {key for row in course.schedule for key in _numbered_phrases(row.title)}
    by_kind: dict[tuple[str, str], set[str]] = defaultdict(set)
    for meeting in course.meetings:
        number = _number(meeting.section)
        if number:
            by_kind[meeting.kind, number].add(meeting.section or "")
    kinds = {kind.id: kind for kind in course.meeting_kinds}
    for (kind_id, number), sections in by_kind.items():
        kind = kinds.get(kind_id)
        if kind is None or len(sections) != 1:
            continue  # two sections of the kind share the number: which one is not said
        (section_id,) = sections
        for word in {kind.id.replace("_", " "), kind.name, *kind.aliases}:
            key = (*phrase_key(word), number)
            if len(key) > 1 and key not in titled:
                yield key, section_id


def _number(section_id: str | None) -> str:
    """The section's number without leading zeros ("4" of "T04"), "" when its id ends in none."""
    found = _NUMBER.search(section_id or "")
    return str(int(found.group(1))) if found else ""


def _numbered_phrases(title: str) -> Iterator[tuple[str, ...]]:
    """The word-and-number pairs a schedule title holds ("lecture", "9" of "Lecture 9: Joins")."""
    words = phrase_key(title)
    for i in range(1, len(words)):
        if words[i].isdigit():
            yield words[i - 1], str(int(words[i]))


def sectioned_kind(course: Course) -> str | None:
    """The one kind of meeting the course holds per section ("conversation" when only conversation meetings have
    sections); None when no kind, or several, do."""
    kinds = {m.kind for m in course.meetings if m.section}
    return next(iter(kinds)) if len(kinds) == 1 else None


def sections_head_word(course: Course) -> str:
    """The word every section's name opens with, before its number ("studio" of "Studio 1" to "Studio 4"); "" when
    the names share none or there is a single section."""
    heads = set()
    for section in course.sections:
        words = phrase_key(_BRACKETED.sub(" ", section.name))
        if len(words) < 2 or not words[0].isalpha() or not any(w[:1].isdigit() for w in words[1:]):
            return ""
        heads.add(words[0])
    return next(iter(heads)) if len(heads) == 1 and len(course.sections) > 1 else ""
