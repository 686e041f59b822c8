"""A yes/no question the answer shown settles in words: the first reader that settles it gives the Yes or No."""

from __future__ import annotations

from bot.core.answer import Answer, text
from bot.understand.yes_no.settled_in_words import settled_in_words


def _shown(*lines: str) -> Answer:
    return Answer(title="Essay", lines=tuple(text(line) for line in lines))


def test_a_stated_limit_settles_it():
    """ "does the essay have a word limit" of "must not exceed 2,500 words": Yes, with the sentence."""
    found = settled_in_words("does the essay have a word limit", _shown("Essays must not exceed 2,500 words."), (), ())
    assert found is not None
    assert found[0] is True
    assert "2,500" in found[1]


def test_nothing_settles_a_question_the_sentences_do_not_speak_to():
    shown = _shown("Essays must not exceed 2,500 words.")
    assert settled_in_words("is the essay graded on a curve", shown, (), ()) is None
