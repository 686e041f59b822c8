"""A finished answer with no Yes or No, settled by its own sentences; any other answer is left to the guard."""

from __future__ import annotations

from bot.core.answer import Answer, text
from bot.understand.yes_no.shown_settles import settled_by_shown

CARD = Answer(title="Final exam", lines=(text("Written exam in the sports hall; no internet access."),))


def test_a_sentence_shown_settles_the_question():
    assert settled_by_shown("is there internet during the final", CARD) == (
        False,
        "“Written exam in the sports hall; no internet access.”",
    )


def test_an_answer_with_a_verdict_or_that_does_not_know_is_left():
    opened = Answer(title="Final exam", lines=(text("**Yes**: the hall."), *CARD.lines))
    unknown = Answer(title="Final exam", lines=CARD.lines, kind="unknown")
    assert settled_by_shown("is there internet during the final", opened) is None
    assert settled_by_shown("is there internet during the final", unknown) is None


def test_nothing_shown_that_settles_it_gives_nothing():
    assert settled_by_shown("is there a formula sheet", CARD) is None
