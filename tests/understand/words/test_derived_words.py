"""A word made from a known one by a regular ending is meant as itself, never repaired into another ending."""

from __future__ import annotations

import pytest

from bot.understand.words.derived_words import derived_word

_KNOWN = {
    "advise",
    "crisp",
    "phase",
    "mark",
    "office",
    "practice",
    "section",
    "tutor",
    "grade",
    "lab",
    "submit",
    "regrade",
    "review",
    "lecture",
}


@pytest.mark.parametrize(
    ("word", "fixed", "kept"),
    [
        ("marker", "marked", True),  # a marker is no mark given
        ("officer", "office", True),
        ("practical", "practice", True),
        ("sectional", "section", True),
        ("tutoring", "tutorial", False),  # a tense: meant the same
        ("graders", "grades", True),
        ("labour", "labor", False),  # one word spelled two ways
        ("reviewer", "review", True),
        ("submited", "submitted", False),  # the same ending, misspelled
        ("regraded", "regrade", False),  # a tense to its bare word
        ("lectured", "lecture", False),
        ("readings", "reading", False),  # a plural to its singular
        ("lecutre", "lecture", False),  # no ending: a plain typo
        ("wonder", "wander", False),  # "wond" is no known word
        ("crisper", "crispr", False),  # a course's own word that starts as a known one does: a plain typo
        ("phasers", "phasors", False),  # "-er" for "-or": one agent ending spelled two ways
        ("advisers", "advisors", False),
        ("phaser", "phasor", False),
    ],
)
def test_derived_words_are_kept(word, fixed, kept):
    """ "who is the lab officer": "officer" stays, while "submited" and "regraded" are still repaired."""
    assert derived_word(word, fixed, _KNOWN.__contains__) is kept
