"""The stems of a text's words, as a question and the course's wording are compared: "Calculators are allowed" and
"can i bring a calculator" share "calculator"; a reader may leave its own list of little words out."""

from __future__ import annotations

from collections.abc import Collection

from bot.core.word_forms import fact_stem
from bot.understand.words.normalize import phrase_key


def word_stems(text: str, leaving_out: Collection[str] = ()) -> frozenset[str]:
    """The stems of the text's words (after the course's respellings), the words in `leaving_out` left out."""
    return frozenset(fact_stem(w) for w in phrase_key(text) if w not in leaving_out)
