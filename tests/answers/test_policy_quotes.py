"""A policy's quote is cut into sentences the way a reader would: 'Dr. Okafor' and 'M.F. Hawkins' never end one."""

import pytest

from bot.answers.policies import quote_sentences, short_quote
from bot.course.model import Policy


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
        (
            "Required: B.C. Craft and M.F. Hawkins, revised by R.E. Terry. Recommended: Ahmed.",
            ["Required: B.C. Craft and M.F. Hawkins, revised by R.E. Terry.", "Recommended: Ahmed."],
        ),
        ("You need at least a C. Resits are in June.", ["You need at least a C.", "Resits are in June."]),
    ],
)
def test_quote_sentences_split_only_at_real_sentence_ends(quote: str, expected: list[str]) -> None:
    assert quote_sentences(quote) == expected


_RULE = (
    "Attendance at the studio sessions is mandatory. You may miss at most 2 of the 9 studio sessions. "
    "Each absence beyond 2 needs a compensation task. Arriving more than 15 minutes late counts as half an absence."
)


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("does coming late to studio count as an absense", "counts as half an absence"),  # inflected, misspelled
        ("how many absences are allowed", "Each absence beyond 2"),
    ],
)
def test_the_quote_keeps_the_sentence_the_question_words_name(question: str, sentence: str) -> None:
    policy = Policy(id="attendance", title="Attendance", keywords=(), summary="", quote=_RULE)
    assert sentence in short_quote(policy, question, limit=120)
