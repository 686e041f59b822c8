"""From what a student typed to words the engine can look up: plain lowercase ASCII, contractions spelled out,
chat spellings replaced, typos corrected against the course's own vocabulary.

Punctuation and digits are kept at this stage (dates need "2/14" and "11:59pm"); `words()` makes the final
tokens once the dates have been taken out.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Container, Iterable
from functools import lru_cache

from bot.understand.words.english import ordinary, ordinary_form
from bot.understand.words.vocabulary import CONTRACTIONS, IS_BEFORE_S, PHRASE_SWAPS, SLANG

_APOSTROPHE_CHARS = ("’", "‘", "`", "´", "ʼ")  # each written as a straight apostrophe
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_TOKEN = re.compile(r"[a-z0-9]+")
_DISCORD_MARKUP = re.compile(r"<[@#!&:a-z0-9_]*\d+>")
# "oh" the interjection, not office hours: "oh no", "oh ok, when is ..."
_SWAPS = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in PHRASE_SWAPS) + r")\b")
_SWAPPED = tuple(PHRASE_SWAPS)  # a text holding none of them as they are written holds none to swap
_I_WOULD = re.compile(r"(^\s*|[,.;!?]\s*|\b(?:and|but|so|then)\s+)id\b")
_INTERJECTION_OH = re.compile(r"^\s*oh\b(?=\s*(?:[,.!]|no\b|ok\b|okay\b|wait\b|i\b|so\b|well\b|my\b|yeah\b|right\b))")


@lru_cache(maxsize=16)  # a part's text is made plain by several readers
def plain(text: str) -> str:
    """Lowercase ASCII with straight apostrophes; Discord mentions removed."""
    for curly in _APOSTROPHE_CHARS:  # a replace each: str.translate looks up every character of a long answer
        text = text.replace(curly, "'")
    text = _DISCORD_MARKUP.sub(" ", text) if "<" in text else text
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _apostrophe(word: str) -> str:
    base, _, suffix = word.partition("'")
    if suffix == "s":
        return f"{base} is" if base in IS_BEFORE_S else base
    if suffix == "t":
        special = {"can": "can not", "won": "will not", "shan": "shall not", "ain": "is not"}
        if base in special:
            return special[base]
        return f"{base[:-1]} not" if base.endswith("n") else base
    return {
        "re": f"{base} are",
        "ve": f"{base} have",
        "ll": f"{base} will",
        "d": f"{base} would",
        "m": f"{base} am",
    }.get(suffix, base)


# "hand ps4 in", "turn hw 3 in": the verb and its "in" around the work, put together as students also write them.
_SPLIT_IN = re.compile(
    r"\b(hand|handed|handing|turn|turned|turning)\s+((?!in\b)[a-z]+\s?\d*[a-z]?)\s+in\b(?!\s+(?:the|a)\b)"
)

# "i forgot when lr1 was due, was it feb 6", "i can't remember what time it closes": a memory lapse told before what
# is asked, which names nothing the page must explain (the "i" stays, so a question after it still reads as one).
_FORGOT_WHAT = re.compile(
    r"\b(?:i\s+)?(?:forgot|forget|(?:do\s*n[o']?t|can\s*n?[o']?t|cannot)\s+(?:remember|recall))\s+"
    r"(?=(?:when|what|what's|whats|where|which|who|how)\b)"
)

# "my 16 yo cousin", "a 17yo", "15 y/o", "16 yr old": an age, as the page writes it ("16 year old"); "yo" alone is a
# greeting.
_AGE = re.compile(r"\b(\d{1,3})\s*-?\s*(?:yo|y/o|yrs?\s*-?\s*old|years?-old)\b")

# "co-ordinator", "co-operate": British spelling of one word; "co" alone names nothing.
_CO_HYPHEN = re.compile(r"\bco-(?=[a-z])")


def respell(
    text: str,
    correct: Callable[[str], str | None] | None = None,
    joined: dict[str, str] | None = None,
    keep: Container[str] = (),
    memo: dict[str, str] | None = None,
) -> str:
    """Contractions, chat spellings, run-together phrases ("officehours") and typos fixed, word by word (`keep`: words
    left as written, for a reader to whom a chat rewrite would change their meaning). `memo`: each word's respelling
    kept by a caller that always passes the same `correct`, `joined` and `keep` (a word is respelled the same way in
    every question), so a word seen before costs a look-up."""
    text = _INTERJECTION_OH.sub(" ", text) if "oh" in text else text
    # Each rewrite below is tried only on a text holding the words it rewrites: their patterns start at every letter.
    if holds_fragment(text, _SWAPPED):
        text = _SWAPS.sub(lambda m: PHRASE_SWAPS[m.group(0)], text)
    if "id" in text:
        text = _I_WOULD.sub(r"\1i would", text)  # "id like to know", not "my student id"
    if "hand" in text or "turn" in text:
        text = _SPLIT_IN.sub(r"\1 in \2", text)  # "hand ps4 in on monday" reads as "hand in ps4"
    if holds_fragment(text, ("forg", "remember", "recall")):
        text = _FORGOT_WHAT.sub("i ", text)
    if holds_fragment(text, ("yo", "y/o", "yr", "year-old", "years-old")):
        text = _AGE.sub(r"\1 year old", text)
    if "co-" in text:
        text = _CO_HYPHEN.sub("co", text)  # "module co-ordinator" is the coordinator, as pages and students spell it
    if memo is None and correct is None and not joined and keep == ():
        memo = _PLAIN_RESPELLED  # no course words: the same for every caller
    if memo is None:
        return _WORD.sub(lambda m: _respelled_word(m.group(0), correct, joined, keep), text)
    # the text as separators and words (odd places): each word looked up, respelled only the first time it is seen
    pieces = _WORD_PIECES.split(text)
    known = list(map(memo.get, pieces[1::2]))  # every word looked up at once: most were seen before
    if None in known:
        for i, said in enumerate(known):
            if said is None:
                word = pieces[2 * i + 1]
                said = memo.get(word)  # a word new to the memo, typed twice, is respelled once
                if said is None:
                    if len(memo) >= _MEMO_KEPT:
                        memo.clear()
                    said = memo[word] = _respelled_word(word, correct, joined, keep)
                known[i] = said
    pieces[1::2] = known
    return "".join(pieces)


_WORD_PIECES = re.compile(f"({_WORD.pattern})")
_MEMO_KEPT = 20_000  # words, however many students misspell however many ways
_PLAIN_RESPELLED: dict[str, str] = {}


def _respelled_word(
    word: str, correct: Callable[[str], str | None] | None, joined: dict[str, str] | None, keep: Container[str]
) -> str:
    """One word (a match of _WORD) as respell() puts it."""
    if "'" in word:
        said = _apostrophe(word)
        if correct is not None and said.isalpha() and said not in SLANG and not ordinary(said):
            said = correct(said) or said  # "thomas's office hour": a misspelled name, owned
        return SLANG.get(said, said)  # "the prof's office hours": the professor's
    if word in keep or (word[-1:] == "s" and word[:-1] in keep):  # "sems" of a kept "sem" too
        return word
    if word in CONTRACTIONS:
        return CONTRACTIONS[word]
    if word in SLANG:
        return SLANG[word]
    if (plural := _slang_plural(word)) is not None:
        # "the proffs email": the chat spelling "proff", with the "s" of a plural or an owner ("wats": "whats")
        return CONTRACTIONS.get(plural, SLANG.get(plural, plural))
    if joined and word in joined:
        return joined[word]
    if correct is not None and word.isalpha() and not ordinary_form(word):
        # "bread" is bread, not a misspelled "break": only words that are not everyday English are repaired
        # ("locked" is not a misspelled "locker" either).
        fixed = correct(word)
        if fixed:
            fixed = SLANG.get(fixed, fixed)
            # "makup" repaired to "makeup": run together as the course's "make up" is, so read as typed whole
            return joined.get(fixed, fixed) if joined else fixed
    return word


def _slang_plural(word: str) -> str | None:
    """A chat spelling with an "s" after it ("proffs", "sems"): its one-word meaning with the "s", or None for a word
    of its own (everyday English) or a chat spelling of several words."""
    stem_ = word[:-1]
    if len(word) < 4 or not word.endswith("s") or stem_ not in SLANG or ordinary(word):
        return None
    meaning = SLANG[stem_]
    return f"{meaning}s" if meaning.isalpha() and not meaning.endswith("s") else None


# The last few texts' tokens: readers of one part split the same text again (kept this few, as respellings are).
_WORDS_KEPT = 8
_words_of: dict[str, tuple[str, ...]] = {}


def words(text: str) -> list[str]:
    """The tokens of a respelled text: letters and digits, everything else a separator."""
    known = _words_of.get(text)
    if known is None:
        if len(_words_of) >= _WORDS_KEPT:
            _words_of.clear()
        known = _words_of[text] = tuple(_TOKEN.findall(text))
    return list(known)


def holds_fragment(text: str, fragments: Iterable[str]) -> bool:
    """Whether the text holds any of the fragments: a look far cheaper than a pattern that starts at every word, so
    a pattern every match of which holds one of them is searched only in a text that does."""
    for fragment in fragments:  # a plain loop: a generator costs more than the look itself
        if fragment in text:
            break
    else:
        return False
    return True


def holds_phrase(key: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    """Whether the words hold the phrase, word for word and in order."""
    n = len(phrase)
    if n == 0:
        return True
    if phrase[0] not in key:  # most words hold not even the phrase's first word: one look, no slices
        return False
    first = phrase[0]
    return n == 1 or any(w == first and key[i : i + n] == phrase for i, w in enumerate(key))


@lru_cache(maxsize=16)  # a part's text is respelled so by several readers (its phrase key, the kind it asks)
def plain_respelled(text: str) -> str:
    """The text made plain and respelled without any course's words: what `phrase_key` splits."""
    return respell(plain(text))


@lru_cache(maxsize=8192)
def phrase_key(text: str) -> tuple[str, ...]:
    """How a name or keyword from the course data is looked up: its tokens after the same respelling."""
    return tuple(words(plain_respelled(text)))
