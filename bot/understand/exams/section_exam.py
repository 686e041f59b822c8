"""An exam held once per section, named by its shared name and a section ("the viva for P2", "P1's lab viva"):
that section's sitting ("Lab Viva (P2)"), never a policy that mentions the name."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from bot.course.model import Course
from bot.understand.words.normalize import phrase_key
from bot.understand.words.vocabulary import STOPWORDS

_QUALIFIER = re.compile(r"\([^)]*\)")


def shared_names(course: Course) -> dict[tuple[str, ...], tuple[tuple[str, frozenset[str]], ...]]:
    """The names several exams share once their part in brackets is left out ("lab viva", and its last word
    "viva"), each -> the exams (id, their sections) of that name; only exams held for given sections."""
    groups: dict[tuple[str, ...], list[tuple[str, frozenset[str]]]] = defaultdict(list)
    for exam in course.exams:
        base = phrase_key(_QUALIFIER.sub(" ", exam.title))
        if exam.sections and base:
            groups[base].append((exam.id, frozenset(exam.sections)))
    out: dict[tuple[str, ...], tuple[tuple[str, frozenset[str]], ...]] = {}
    for base, exams in groups.items():
        if len(exams) > 1:
            out[base] = tuple(exams)
            if len(base) > 1 and len(base[-1]) >= 4 and base[-1] not in STOPWORDS:
                out.setdefault(base[-1:], tuple(exams))
    # the course's own short names for a shared name ("oral" = "oral exam"): the same exams
    for said, meaning in course.synonyms.items():
        if (exams := out.get(phrase_key(meaning))) and (key := phrase_key(said)):
            out.setdefault(key, exams)
    return out


def section_exams(
    tokens: Sequence[str],
    mentions: Sequence[Any],
    names: dict[tuple[str, ...], tuple[tuple[str, frozenset[str]], ...]],
) -> list[tuple[tuple[str, ...], int, int]]:
    """The exams to read as named (ids, start, end): a shared name in the question, where no exam is named yet, is
    the one section's sitting when one section is named, and every sitting of that name when none is ("what happens
    if i miss my monologue showing": each sitting's own rules, which the student's section narrows later). A name
    inside a longer name of something else ("showing" of a topic's "scene showing") names that, not the exams."""
    if not names or any(m.kind == "exam" for m in mentions):
        return []
    sections = {s for m in mentions if m.kind == "section" for s in m.ids}
    if len(sections) > 1:
        return []
    for n in sorted({len(k) for k in names}, reverse=True):
        for i in range(len(tokens) - n + 1):
            exams = names.get(tuple(tokens[i : i + n]))
            if not exams:
                continue
            if not sections:
                inside = any(_longer_name(tokens, m, i, i + n) for m in mentions)
                if not inside:
                    return [(tuple(exam_id for exam_id, _ in exams), i, i + n)]
                continue
            chosen = [exam_id for exam_id, held in exams if sections & held]
            if len(chosen) == 1:
                return [((chosen[0],), i, i + n)]
    return []


_ARTICLES = frozenset({"the", "a", "an", "my", "our", "your"})


def _longer_name(tokens: Sequence[str], mention: Any, start: int, end: int) -> bool:
    """Whether a mention is a longer name around tokens[start:end] ("scene showing" around "showing"); a name
    longer only by an article before it ("The oral exam", a policy's title) is the same name, not a longer one."""
    if not (mention.start <= start and end <= mention.end and mention.end - mention.start > end - start):
        return False
    extra = [*tokens[mention.start : start], *tokens[end : mention.end]]
    return not all(t in _ARTICLES for t in extra)


def sitting_for_section(course: Course, exam_ids: Sequence[str], section: str | None) -> str | None:
    """Of the exams named together ("the oral exam", held once per tutorial group), the one held for the student's
    section ("im in group C"), or None when no section is known or not exactly one of them is that section's."""
    if not section or len(exam_ids) < 2:
        return None
    held = [e.id for e in (course.exam(i) for i in exam_ids) if e is not None and section in e.sections]
    return held[0] if len(held) == 1 else None
