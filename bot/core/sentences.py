"""Text cut into sentences, by one rule for every reader: the course page's wording and a student's message alike.

A sentence ends at ".", "!" or "?" followed by a space, or at a line break (a page's paragraphs and list items end
there). It does not end at the full stop of a title or a Latin abbreviation ("Dr. Okafor", "St. Mary's", "e.g. a
quiz", "approx. 3 hours"), nor after a name's initials ("M.F. Hawkins", "the U.S."), nor inside a number ("a 49.5%
pass mark": no space follows the point). A lone capital does end one ("you need a C. Late work ..."): it may be a
grade. Clauses end at these and at a semicolon too ("no extensions; late work loses 10% a day" says two things).

Course wording is cut once: each split is kept by its text (the same policy quote, asked of by every question, is
looked up, not cut again), and `bot.understand.engine.warm` cuts a course's wording before any question is asked.
"""

from __future__ import annotations

import re
from functools import lru_cache

# A title or a Latin abbreviation ending the text so far: its full stop does not end the sentence.
_NOT_AN_END = re.compile(r"(?:\b(?:Dr|Prof|Mr|Mrs|Ms|St|vs|approx|e\.g|i\.e|cf)\.)$", re.IGNORECASE)
# Nor do a name's initials ("B.C. Craft and M.F. Hawkins", "the U.S."); a lone capital may be a grade ("a C.").
_INITIALS = re.compile(r"(?<![A-Za-z])(?:[A-Z]\.){2,}$")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\s*\n\s*")
_CLAUSE_END = re.compile(r"(?<=[.!?;])\s+|\s*\n\s*")
# Course wording is finite, what students type is not: the least recently cut are dropped first.
_KEPT = 4096


def _cut(text: str, ends: re.Pattern[str]) -> tuple[str, ...]:
    """The pieces of text between ends, stripped, a piece after an abbreviation or initials joined to its sentence."""
    pieces: list[str] = []
    for piece in ends.split(text):
        piece = piece.strip()
        if not piece:
            continue
        if pieces and (_NOT_AN_END.search(pieces[-1]) or _INITIALS.search(pieces[-1])):
            pieces[-1] += " " + piece
        else:
            pieces.append(piece)
    return tuple(pieces)


@lru_cache(maxsize=_KEPT)
def split_sentences(text: str) -> tuple[str, ...]:
    """The text's sentences in order, each stripped, none empty ("Dr. Okafor grades it. Ask her." is two)."""
    return _cut(text, _SENTENCE_END)


@lru_cache(maxsize=_KEPT)
def split_clauses(text: str) -> tuple[str, ...]:
    """The text's sentences, each also cut at its semicolons ("No extensions; ask early." is two clauses)."""
    return _cut(text, _CLAUSE_END)
