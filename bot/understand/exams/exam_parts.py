"""An exam's "sections" are its parts: "how many sections does the final have" asks how the exam is laid out, not
about the course's class sections, unless the asker's own or each section is meant ("which section is my final in")."""

from __future__ import annotations

from collections.abc import Iterable

PART_WORDS = frozenset({"section", "sections"})
_OWN_SECTION = frozenset({"my", "our", "which", "whose", "each", "every", "per"})


def sections_are_parts(tokens: Iterable[str]) -> bool:
    """Whether a question that names an exam says "sections" of the exam's parts: the word is there and no word
    makes it the asker's own or each class section."""
    said = set(tokens)
    return bool(PART_WORDS & said) and not _OWN_SECTION & said
