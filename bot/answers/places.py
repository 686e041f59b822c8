"""Where something is done, as it reads inside a sentence: "on Gradescope", but "by email to the lecturer"."""

from __future__ import annotations

_PREPOSITIONS = ("by ", "via ", "through ", "in ", "on ", "at ", "to ", "with ", "using ", "over ")


def on_place(where: str) -> str:
    """ " on Gradescope" for a place; " by email to the lecturer" as the data says it when it already says how;
    "" when the data gives none."""
    if not where:
        return ""
    if where.lower().startswith(_PREPOSITIONS):
        return f" {where}"
    return f" on {where}"
