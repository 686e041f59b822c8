"""A course's keyword that is an acronym spelling an everyday word ("AS" for Accessibility Services, "IT", "OR"):
it names the thing only when typed in capitals; "due the same day as q7" says nothing of accessibility."""

from __future__ import annotations

import re

from bot.understand.words.vocabulary import STOPWORDS


def plain_word_here(word: str, question: str) -> bool:
    """Whether a one-word name that is also a function word ("as", "it") is only that word in this question."""
    return word in STOPWORDS and not re.search(rf"\b{re.escape(word.upper())}\b", question)
