"""Yes or No on a room the student believes something is in ("is my next lab in B-12", "am i in hall 3 for the
exam?", "the tutorial's in room 204 right?") when the answer's lead line shows one of the course's places: the room
stated is checked against it by its number (and any word of the course's places it names). The student sees Yes
and the place, or No and the place the card gives ("Room 109, not room 110"), even where the room stated is none of
the course's, which the question reader cannot recognize as a place.

Left alone: a room stated with no number ("in the computer lab": a name may be said many ways), a number that is
no room ("in 2 days", "im in 231", which tells the student's own group), a "not" that turns the question round, and
a lead line showing no place of the course or several.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.core.answer import Answer
from bot.understand.meetings.stated_place import stands_in
from bot.understand.words.normalize import phrase_key
from bot.understand.words.vocabulary import STOPWORDS, words_of

# "in <a room>", not "i'm in <my group>": the words after it, up to a mark
_IN_PLACE = re.compile(
    r"(?<!\bim )(?<!\bi'm )(?<!\bi am )(?<!\bwere )(?<!\bwe're )(?<!\bwe are )(?<!\bits )(?<!\bit's )"
    r"\bin\s+(?P<place>[^,?!;]+)"
)
# Words that end the room's name ("in lc-3 for the exam", "in room 204 on friday", "in b12 right")
_PLACE_ENDS = words_of(
    """for on at right yeah yes too tomorrow today tonight this next again still or and like with by during from to
    when if instead as well ok okay correct"""
)
# General words naming a room, whatever the course calls its places
_ROOM_WORDS = words_of("room rm hall lab building bldg auditorium theatre theater amphitheatre classroom")
# Words that turn the question round, or ask which of two ("in b-12 or b-14")
_TURNED = re.compile(r"\b(?:not|isnt|isn't|arent|aren't|never|no|or)\b|n't\b")


def room_verdict(question: str, answer: Answer, places: Sequence[str]) -> tuple[bool, str] | None:
    """(Yes or No, the place the card gives) when the question states a numbered room something is in and the
    answer's lead line shows one of the course's `places`; None otherwise."""
    stated = room_stated(question, places)
    if stated is None:
        return None
    claim, typed = stated
    shown = _lead_places(answer, places)
    if len(shown) != 1:
        return None
    (place,) = shown
    key = set(phrase_key(place))
    named = {w for w in claim if w in _place_words(places) and w not in _ROOM_WORDS}
    holds = {w for w in claim if any(c.isdigit() for c in w)} <= key and named <= key
    if holds:
        return True, f"{place}."
    return False, f"{place}, not {typed}."


def room_stated(question: str, places: Sequence[str]) -> tuple[tuple[str, ...], str] | None:
    """The one numbered room the question says something is in (its words, and as typed: ("lc", "4"), "LC-4"), a
    word of it one of the course's `places` or a room's; None when it states none, or several, or turns round."""
    lowered = " ".join(question.lower().replace("’", "'").split())
    if _TURNED.search(lowered):
        return None
    words = _place_words(places)
    claims = [(c, m.group("place")) for m in _IN_PLACE.finditer(lowered) if (c := _room_claim(m.group("place"), words))]
    if len(claims) != 1:
        return None
    ((claim, typed),) = claims
    return claim, _as_typed(typed, len(claim))


def _place_words(places: Sequence[str]) -> set[str]:
    """The words of the course's places, and general words naming a room."""
    return {w for p in places for w in phrase_key(p)} | _ROOM_WORDS


def _room_claim(said: str, place_words: set[str]) -> tuple[str, ...]:
    """The words of a room stated after "in" ("hall a3", "lc 3", "room 110"), when they hold a number and a word of
    the course's places or a room (or a number with letters, "a3"); () otherwise."""
    words: list[str] = []
    for w in phrase_key(said):
        if w in _PLACE_ENDS or (w in STOPWORDS and w not in ("the",)):
            break
        if w != "the":
            words.append(w)
    words = words[:4]
    numbered = [w for w in words if any(c.isdigit() for c in w)]
    if not numbered:
        return ()
    lettered = any(not w.isdigit() for w in numbered)
    return tuple(words) if lettered or any(w in place_words for w in words if not w.isdigit()) else ()


def _as_typed(said: str, count: int) -> str:
    """The room's words as the student typed them ("LC-4", "room 110"): as many words as it holds, "the" left out."""
    typed = [w for w in said.split() if w != "the"]
    kept = []
    for w in typed:
        kept.append(w.strip(".,?!"))
        if len(phrase_key(" ".join(kept))) >= count:
            break
    return " ".join(kept)


def _lead_places(answer: Answer, places: Sequence[str]) -> list[str]:
    """The course's places the answer's first line shows, a place inside a longer one shown counted once."""
    lines = (*answer.lines, *(line for f in answer.fields for line in f.lines))
    lead = next((line for line in lines if any(isinstance(s, str) and s.strip() for s in line)), ())
    said = phrase_key(" ".join(s for s in lead if isinstance(s, str)))
    shown = [p for p in places if stands_in(phrase_key(p), said)]
    return [p for p in shown if not any(q != p and stands_in(phrase_key(p), phrase_key(q)) for q in shown)]
