"""The question mark that closed a part of a question split in several ("hw5 due on a wednesday? wat date"): kept
on that part, so a few words asked back with it ("hw5 due on a wednesday?") still ask Yes or No when another part
follows, as they do alone. Pure functions of the question's text."""

from __future__ import annotations

from collections.abc import Sequence


def asked_marks_kept(question: str, pieces: Sequence[str]) -> list[str]:
    """`pieces` (the parts split from `question`, in order) each with the "?" that closed it in `question`; a piece
    not found as typed (a joining word dropped, words joined back) is left as it is."""
    kept = []
    at = 0
    for piece in pieces:
        found = question.find(piece, at)
        if found < 0:
            kept.append(piece)
            continue
        at = found + len(piece)
        closed = question[at:].lstrip().startswith("?")
        kept.append(f"{piece}?" if closed and not piece.endswith("?") else piece)
    return kept
