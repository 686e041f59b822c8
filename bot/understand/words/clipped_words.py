"""Clipped and colloquial forms students type for a course's own words ("consult" for a consultation, "tute" for a
tutorial, "midsem" for the mid-semester test): general English, never one course's. A course's names are read in
these forms too, each meaning what the full name means.

Forms a rule can derive (a word cut before its ending: "consult" of "consultation", "recit" of "recitation") are
derived; those it cannot ("tute", "prac", "midsem") are listed.
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.understand.words.english import ordinary
from bot.understand.words.normalize import phrase_key
from bot.understand.words.vocabulary import COMMON_WORDS, STOPWORDS

# Words (or phrases) of course names -> the forms students clip them to, as they type them.
CLIPPED: dict[str, tuple[str, ...]] = {
    "tutorial": ("tute", "tut"),
    "tutorials": ("tutes", "tuts"),
    "practical": ("prac",),
    "practicals": ("pracs",),
    "laboratory": ("lab",),
    "laboratories": ("labs",),
    "lecture": ("lec", "lect"),
    "lectures": ("lecs", "lects"),
    "mid semester": ("midsem", "mid sem", "midsemester"),
    "mid term": ("midterm",),
    "assignment": ("assn", "asst", "asgt"),
    "assignments": ("assns", "assts"),
    "examination": ("exam",),
    "examinations": ("exams",),
    "discussion": ("disc",),
    "discussions": ("discs",),
    "supervision": ("supo",),
    "supervisions": ("supos",),
    "presentation": ("pres", "prez"),
    "consultation": ("consult",),
    "consultations": ("consults",),
    "experiment": ("exp", "expt"),
    "experiments": ("exps", "expts"),
    "vacation": ("vac", "vacay"),
    "vacations": ("vacs",),
}
_CLIPPED_KEYS = {phrase_key(k): tuple(phrase_key(f) for f in forms) for k, forms in CLIPPED.items()}
# A one-word clipped form -> the one word it is clipped from ("exp" -> "experiment"), as students mean it.
UNCLIPPED: dict[str, str] = {
    form: word for word, forms in CLIPPED.items() if " " not in word for form in forms if " " not in form
}

# Endings a word is clipped before ("consult|ation", "colloq|uium"): what remains is how students say it.
_ENDINGS = ("ations", "ation", "itions", "ition", "uiums", "uium")
_SHORTEST = 4


def derived(word: str) -> tuple[str, ...]:
    """The clipped forms a rule gives for one word ("consultation" -> "consult"; its plural -> "consults"); none
    where what remains is an ordinary English word or too short to be sure of."""
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _SHORTEST:
            stem = word[: -len(ending)]
            if ordinary(stem) or stem in STOPWORDS or stem in COMMON_WORDS:
                return ()
            return (stem + "s",) if ending.endswith("s") else (stem,)
    return ()


def clipped_forms(key: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
    """The phrase `key` (a course name's tokens) with one of its words or phrases in a clipped form, as students
    type it; respelled as questions are, and never the phrase itself."""
    seen = {key}
    for size in (2, 1):
        for at in range(len(key) - size + 1):
            part = key[at : at + size]
            forms = _CLIPPED_KEYS.get(part, ())
            if size == 1:
                forms = (*forms, *((f,) for f in derived(part[0])))
            for form in forms:
                variant = phrase_key(" ".join((*key[:at], *form, *key[at + size :])))
                if variant and variant not in seen:
                    seen.add(variant)
                    yield variant
