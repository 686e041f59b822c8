"""The short names students give a day off the schedule titles in full: "is there class during diwali" of "Diwali
holidays (university closed)", "after tet" of "Tet holiday", "the vap break" of "Vap Festival break". A title's
distinctive long words already name it alone (bot.understand.words.lexicon); these are the shorter ones: the title
without the word for a day off it ends in ("obon" of "Obon break"), and a short word of its own that is no everyday
English word ("tet"). A long title is also named by one word of its own and its word for a day off ("the lantern
break" of "Lantern and Moon Festival break"), when no other day off's title holds that word.

Two days off may share a short name (one festival's word in two titles a term: "Tet eve" and "Tet holidays"): the
reader keeps the one the student means (bot.understand.times.shared_day_off)."""

from __future__ import annotations

from collections.abc import Iterable

from bot.understand.words.english import ordinary
from bot.understand.words.vocabulary import COMMON_WORDS, EVERYDAY_WORDS, STOPWORDS

# The words a day off's title ends in that say only that it is one ("Lantern Festival holidays", "Tet holiday").
_DAY_OFF_TAILS = frozenset({"break", "breaks", "recess", "vacation", "holiday", "holidays"})
# Words that name no day off on their own, however short: the season, the kind of day, a day's or term's part.
_NO_NAME = frozenset(
    {"spring", "fall", "autumn", "winter", "summer", "mid", "midterm", "term", "sem", "semester", "day", "days", "eve"}
)
# "Day" in the languages whose holiday titles run "<day> of <name>" ("Dia de la Independencia", "Jour de l'An"): the
# head word of such a title is no name of the holiday.
_DAY_WORDS = frozenset({"dia", "jour", "tag", "dag", "dies"})
# A head word is a name when it is at least this long ("tet", "obon") and shorter than the lexicon's own names alone.
_SHORTEST, _LONG = 3, 5
# The joining word after a name's head is this short ("al", "ul", "de", "of").
_PARTICLE = 2


def _plain(word: str) -> bool:
    """A word that says nothing of which day off is meant: everyday English, a stop word, a season or part of term."""
    return word in COMMON_WORDS or word in EVERYDAY_WORDS or word in STOPWORDS or word in _NO_NAME or ordinary(word)


def short_day_off_names(title: tuple[str, ...], others: Iterable[tuple[str, ...]] = ()) -> list[tuple[str, ...]]:
    """The shorter names of a day off titled `title` (its words as phrase keys, brackets dropped), beside the other
    titles of the term `others`: the title without the day-off word it ends in ("obon festival" of "Obon Festival
    holidays") when a word of its own is left; a short head word joined to the rest by a particle ("holi" of "Holi ka
    Utsav"); and, of a long title, a word of its own with its day-off word ("the lantern break" of "Lantern and Moon
    Festival break") when no other day off's title holds that word. Never a bare season ("spring" of "Spring break"),
    an everyday word, nor a word for "day" ("dia" of "Dia de la Madre")."""
    names: list[tuple[str, ...]] = []
    if len(title) > 1 and title[-1] in _DAY_OFF_TAILS:
        head = title[:-1]
        if any(not _plain(w) for w in head):
            names.append(head)
    if len(title) > 2 and len(title[1]) <= _PARTICLE:
        head = title[0]
        if _SHORTEST <= len(head) < _LONG and head.isalpha() and not _plain(head) and head not in _DAY_WORDS:
            names.append((head,))
    if len(title) > 2 and title[-1] in _DAY_OFF_TAILS:
        taken = {w for other in others if not _DAY_OFF_TAILS.isdisjoint(other) for w in other}
        names += [
            (w, title[-1])
            for w in title[:-1]
            if len(w) >= _SHORTEST and w.isalpha() and not _plain(w) and w not in _DAY_OFF_TAILS and w not in taken
        ]
    return names
