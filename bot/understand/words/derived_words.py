"""English words made from a known word by a regular ending ("marker" of "mark", "officer" of "office", "sectional"
of "section", "practical" of "practice"): a word so made is meant as itself, so typo repair never turns it into another
word of the same stem with another ending ("marker" is not "marked", "practical" is not "practice", "officer" is not
"office"). Repair between two forms of one ending ("submited" -> "submitted") and between
a plural and its singular ("readings" -> "reading") still happens: only a new ending changes the meaning.
"""

from __future__ import annotations

from collections.abc import Callable

# Endings that make a word of its own from a known one, longest first ("ers" before "er"). A tense ("-ed",
# "-ing") keeps the word's meaning, so its repair ("regraded" -> "regrade", "tutoring" -> "tutorial") stays.
DERIVING_ENDINGS = (
    "ional", "ials", "ial", "ers", "ors", "als", "al", "er", "or",
)  # fmt: skip

# An agent ending is spelled "-er" or "-or" ("advisers", "advisors"): typed one way, it is the same ending as the other.
_SAME_ENDING = {
    "ers": ("ers", "er", "ors", "or"),
    "ors": ("ors", "or", "ers", "er"),
    "er": ("er", "or"),
    "or": ("or", "er"),
}


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def derived_word(word: str, fixed: str, known: Callable[[str], bool]) -> bool:
    """Whether `word` is a known word plus a regular ending (a final "e" dropped before it: "graders" of "grade") and
    the repair `fixed` would trade that ending for another one of the same word: then the word is kept as typed."""
    if _singular(word) == _singular(fixed):
        return False  # a plural for its singular: the same word
    for ending in DERIVING_ENDINGS:
        stem = word[: -len(ending)]
        if not word.endswith(ending) or len(stem) < 3:
            continue
        if any(fixed.endswith(same) for same in _SAME_ENDING.get(ending, (ending, ending.rstrip("s")))):
            return False  # "submited" -> "submitted", "phasers" -> "phasors": the same ending, spelled right
        if (known(stem) or known(stem + "e")) and _another_ending(stem, fixed):
            return True
    return False


def _another_ending(stem: str, fixed: str) -> bool:
    """Whether `fixed` is the stem itself or the stem with an ending ("mark" -> "marked", "practic" -> "practice"),
    not a word of its own that starts so ("crisp" -> "crispr": "crisper" is a misspelled CRISPR)."""
    if not fixed.startswith(stem):
        return False
    rest = fixed[len(stem) :]
    return rest in ("", "s") or rest[0] in "aeiouy"
