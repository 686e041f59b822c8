"""Text is cut into sentences by one rule: at . ! ? before a space or at a line break, never after a title, an
abbreviation or initials, nor inside a number; clauses also at a semicolon."""

import pytest

from bot.core.sentences import split_clauses, split_sentences


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            "Nothing is accepted after 3 days without Dr. Okafor's approval. Pre-labs are not accepted late.",
            ("Nothing is accepted after 3 days without Dr. Okafor's approval.", "Pre-labs are not accepted late."),
        ),
        (
            "Ask Prof. Lee, e.g. after class. Regrades close in a week!",
            ("Ask Prof. Lee, e.g. after class.", "Regrades close in a week!"),
        ),
        ("Can I resubmit? No. Ask first.\nThen wait.", ("Can I resubmit?", "No.", "Ask first.", "Then wait.")),
        (
            "Required: B.C. Craft and M.F. Hawkins, revised by R.E. Terry. Recommended: Ahmed.",
            ("Required: B.C. Craft and M.F. Hawkins, revised by R.E. Terry.", "Recommended: Ahmed."),
        ),
        ("You need at least a C. Resits are in June.", ("You need at least a C.", "Resits are in June.")),
        ("You need 49.5% to pass. The exam is 60%.", ("You need 49.5% to pass.", "The exam is 60%.")),
        (
            "Labs meet at St. Anne's Hall vs. online; ask Ms. Ruiz.",
            ("Labs meet at St. Anne's Hall vs. online; ask Ms. Ruiz.",),
        ),
        ("i was sick.   is there a makeup?? thanks", ("i was sick.", "is there a makeup??", "thanks")),
        ("ask dr. kim i.e. the head ta", ("ask dr. kim i.e. the head ta",)),
        ("", ()),
        ("  \n ", ()),
    ],
)
def test_sentences_end_only_where_a_reader_ends_one(said: str, expected: tuple[str, ...]) -> None:
    """Sentence ends: marks before a space and line breaks; not titles, abbreviations, initials or decimal points."""
    assert split_sentences(said) == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            "No extensions; late work loses 10% a day. Ask early.",
            ("No extensions;", "late work loses 10% a day.", "Ask early."),
        ),
        ("See Dr. Lee; she decides.", ("See Dr. Lee;", "she decides.")),
        ("One rule, no semicolon.", ("One rule, no semicolon.",)),
    ],
)
def test_clauses_also_end_at_a_semicolon(said: str, expected: tuple[str, ...]) -> None:
    """A clause ends where a sentence does and at a semicolon before a space."""
    assert split_clauses(said) == expected
