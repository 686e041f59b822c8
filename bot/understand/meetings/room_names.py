"""The names a student calls a room by: the page's whole name ("Kessler Hall 120 (KH-120)"), the name without its
bracket ("kessler hall 120") and the bracket's own short name ("kh 120"), each as a question's words are keyed. "are
lectures in KH-120" names the room the page calls "Kessler Hall 120 (KH-120)"."""

from __future__ import annotations

import re

from bot.understand.words.normalize import phrase_key

_BRACKET = re.compile(r"\s*\(([^)]*)\)")


def room_names(room: str) -> frozenset[str]:
    """The keyed names of one room: whole, without its bracket, and the bracket's short name when it holds a number
    (a room's code, not an aside like "(basement)")."""
    names = {" ".join(phrase_key(room)), " ".join(phrase_key(_BRACKET.sub("", room)))}
    names |= {" ".join(phrase_key(inner)) for inner in _BRACKET.findall(room) if re.search(r"\d", inner)}
    return frozenset(n for n in names if n)
