"""A policy's quote is cut into sentences the way a reader would: 'Dr. Okafor' never ends one."""

import pytest

from bot.answers.policies import quote_sentences


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        (
            "Nothing is accepted after 3 days without Dr. Okafor's approval. Pre-labs are not accepted late.",
            ["Nothing is accepted after 3 days without Dr. Okafor's approval.", "Pre-labs are not accepted late."],
        ),
        (
            "Ask Prof. Lee, e.g. after class. Regrades close in a week!",
            ["Ask Prof. Lee, e.g. after class.", "Regrades close in a week!"],
        ),
        ("Can I resubmit? No. Ask first.\nThen wait.", ["Can I resubmit?", "No.", "Ask first.", "Then wait."]),
    ],
)
def test_quote_sentences_split_only_at_real_sentence_ends(quote: str, expected: list[str]) -> None:
    assert quote_sentences(quote) == expected
