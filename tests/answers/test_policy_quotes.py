"""A policy's quote is shown in the sentences that fit the question (cut by bot.core.sentences)."""

import pytest

from bot.answers.policies import short_quote
from bot.course.model import Policy

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


def test_the_sentence_of_a_claim_the_question_asks_is_quoted_first() -> None:
    """ "can i use tipp-ex" of a claim asked that way: the sentence holding its page words is quoted whole, its way
    out too, though other sentences share more of the question's words ("notebook")."""
    from bot.course.model import Claim

    quote = (
        "Keep a bound lab notebook in ink. Never erase or use correction fluid: strike errors through with a single "
        "line. Your notebook is checked by a TA. A notebook entry cannot be completed later."
    )
    claim = Claim(yes=False, asks=("use tipp-ex",), evidence="Never erase or use correction fluid")
    policy = Policy(id="notebooks", title="Notebooks", keywords=(), summary="", quote=quote, claims=(claim,))
    said = short_quote(policy, "made a mistake in my notebook, can i use tipp-ex on it", limit=120)
    assert "single line" in said
    assert "single line" not in short_quote(
        Policy(id="notebooks", title="Notebooks", keywords=(), summary="", quote=quote),
        "made a mistake in my notebook, can i use tipp-ex on it",
        limit=120,
    )
