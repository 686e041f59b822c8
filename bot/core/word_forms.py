"""The forms of English words that the question engine (bot.understand) and the forum search (bot.qa) both read:
light stems and numbers written as words. Kept here, once, so the two read a word the same way wherever they agree.

Two stems, because they serve two comparisons: `search_stem` makes a post indexed today meet a question asked
tomorrow (its output is stored in the search index, so changing it means re-indexing: bot.qa.indexing.READING);
`fact_stem` counts which of a question's words a course fact holds, and also folds the nouns made of a verb
("registration" ~ "register").
"""

from __future__ import annotations

from functools import cache, lru_cache

# Numbers written as words, as far as students write them for counts ("two late days", "team of four").
NUMBERS: dict[str, int] = {
    word: n
    for n, word in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
        ]
    )
}
# Words that stand for a count in a sentence ("a day late", "a couple of days"), beyond the numbers.
COUNT_WORDS: dict[str, int] = {"a": 1, "an": 1, **{w: n for w, n in NUMBERS.items() if n}, "couple": 2, "few": 3}

_SEARCH_SUFFIXES = (
    ("ies", "y"),
    ("sses", "ss"),
    ("ings", ""),
    ("ing", ""),
    ("edly", ""),
    ("ied", "y"),
    ("ed", ""),
    ("es", ""),
    ("s", ""),
)
_FACT_SUFFIXES = ("ations", "ation", "ances", "ance", "ings", "ing", "ers", "ies", "es", "ed", "er", "s")


@cache
def singular(word: str) -> str:
    """A plural read as its singular ('quizzes' -> 'quiz', 'prelabs' -> 'prelab', 'classes' -> 'class'); 'class',
    'syllabus' and 'analysis' are singular already."""
    if word.endswith(("ss", "us", "is")):
        return word
    for ending in ("zes", "ses", "s"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending) + (1 if ending == "ses" else 0)]
    return word


def one_of(word: str) -> str:
    """A word compared in the singular, both sides alike ("printers" -> "printer", "studies" -> "study"): a
    trailing s taken off a word longer than three letters, never off "ss"."""
    if word.endswith("ies") and len(word) > 4:
        return f"{word[:-3]}y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


def search_stem(word: str) -> str:
    """A light English stem, the same for a word's usual forms ("crashes", "crashing", "crashed" -> "crash")."""
    if len(word) <= 3 or not word.isalpha():
        return word
    for suffix, replacement in _SEARCH_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "ed" and word.endswith("eed"):
                break  # "speed", "need": no past tense to take off
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                break
            if suffix == "es" and not word.endswith(("ses", "xes", "zes", "ches", "shes")):
                continue
            if suffix == "es" and word.endswith("izzes"):
                return word[:-3]  # "quizzes" -> "quiz", as "quiz" is
            word = word[: -len(suffix)] + replacement
            if suffix in ("ing", "ings", "ed") and len(word) >= 4 and word[-1] == word[-2] and word[-1] not in "lsz":
                word = word[:-1]  # "running" -> "run", "stopped" -> "stop"
            elif suffix in ("ing", "ings", "ed") and len(word) >= 6 and word.endswith("ell"):
                word = word[:-1]  # British "cancelled", "travelling" -> "cancel", "travel", as American spells them
            elif suffix in _E_DROPPED and _lost_its_e(word):
                word += "e"  # "cases", "losing", "timed" -> "case", "lose", "time", as their four-letter words keep it
            break
    return _without_final_e(word)


# Suffixes that take a word's final e with them ("case" -> "cases", "make" -> "making", "time" -> "timed"); a plain
# "s" never does ("labs", "jobs").
_E_DROPPED = frozenset({"ing", "ings", "ed", "es"})


def _lost_its_e(stem: str) -> bool:
    """A three-letter stem shaped consonant, vowel, consonant ("cas", "mak", "tim") lost the e of a four-letter word,
    which `_without_final_e` keeps; a doubled consonant ("running") or a final w, x or y ("fixed", "paying") did not."""
    if len(stem) != 3:
        return False
    first, middle, last = stem
    vowels = "aeiou"
    return first not in vowels and middle in vowels + "y" and last not in vowels + "wxy"


@lru_cache(maxsize=65536)
def fact_stem(word: str) -> str:
    """A light stem for counting which question words a document holds ("hashing" ~ "hash")."""
    if word.endswith("ly") and len(word) >= 7:
        word = word[:-2]  # "officially" ~ "official", "immediately" ~ "immediate"
    for suffix in _FACT_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "es" and not word[:-2].endswith(("s", "x", "z", "ch", "sh")):
                suffix = "s"  # "notes" is "note" (not "not"), "classes" is "class"
            word = word[: -len(suffix)] + ("y" if suffix == "ies" else "")
            break
    if word.endswith("zz"):
        word = word[:-1]  # "quizzes" keeps the z it doubled: "quiz"; "buzz" and "buzzes" meet as "buz"
    return _without_final_e(word)


def _without_final_e(word: str) -> str:
    # "regrade" and "regrades", "tune" and "tuning" meet without their final e.
    return word[:-1] if word.endswith("e") and len(word) > 4 else word
