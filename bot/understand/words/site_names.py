"""The names a student calls the course's sites by: each site's full name as the page gives it ("Northfield LMS
(Moodle)"), that name without its bracket ("northfield lms"), the bracket's own name ("moodle"), its id, and each
word of the name that is no everyday word and no other site's ("lms"): "do we submit the essay on the lms" names the
site the page calls "Northfield LMS (Moodle)"."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from bot.core.matching import fold
from bot.course.model import Platform
from bot.understand.words.english import ordinary_form
from bot.understand.words.vocabulary import COMMON_WORDS, EVERYDAY_WORDS, STOPWORDS

_BRACKET = re.compile(r"\s*\(([^)]*)\)")
# Words of a site's name that name no site alone ("the course team", "student portal", an id "submission").
_PLAIN = frozenset(
    {"course", "class", "site", "page", "server", "channel", "group", "team", "portal", "student", "submission"}
)


def _word_names(name: str) -> set[str]:
    """The words of a name that may name its site alone."""
    return {
        w
        for w in re.findall(r"[a-z][a-z0-9]+", fold(name))
        if len(w) >= 3
        and w not in _PLAIN
        and w not in COMMON_WORDS
        and w not in EVERYDAY_WORDS
        and w not in STOPWORDS
        and not ordinary_form(w)  # "learning" of "Sapling Learning": "the learning platform" names no site
    }


def site_names(platforms: Sequence[Platform]) -> dict[str, tuple[str, ...]]:
    """Each site's folded names by its id, longest first (so the longest said is the one found)."""
    words = {p.id: _word_names(p.name) for p in platforms}
    shared = Counter(w for found in words.values() for w in found)
    out: dict[str, tuple[str, ...]] = {}
    for p in platforms:
        names = {fold(p.name), fold(_BRACKET.sub("", p.name)), fold(p.id.replace("-", " "))}
        names |= {fold(inner) for inner in _BRACKET.findall(p.name)}
        names |= {w for w in words[p.id] if shared[w] == 1}
        names -= _PLAIN | {""}
        out[p.id] = tuple(sorted(names, key=len, reverse=True))
    return out
