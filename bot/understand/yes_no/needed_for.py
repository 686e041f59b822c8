"""Yes to "do i need to register for the resit" from the course's own sentence that what is asked is needed:
"Without registration you cannot sit the rattrapage." The question's action and the thing the sentence says one
cannot do without are one word's forms (register, registration); a sentence saying nothing of it gives no verdict."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.core.sentences import split_sentences
from bot.understand.words.normalize import phrase_key
from bot.understand.words.vocabulary import STOPWORDS

# "do i need to register", "do we have to sign", "must i enrol", "am i required to register", "is it mandatory to".
_MUST = re.compile(
    r"\b(?:do|does|will|would)\s+(?:i|we|you|they|students|everyone)\s+(?:really\s+|still\s+|also\s+)?"
    r"(?:need|have|got)\s+to\s+([a-z]+)"
    r"|\bmust\s+(?:i|we)\s+([a-z]+)"
    r"|\b(?:am\s+i|are\s+we)\s+(?:required|supposed|expected|obliged)\s+to\s+([a-z]+)"
    r"|\bis\s+(?:it\s+)?(?:necessary|mandatory|compulsory|required|obligatory)\s+to\s+([a-z]+)"
)
# "Without registration you cannot sit the resit", "without a signed form, students may not ...".
_WITHOUT = re.compile(
    r"\bwithout\s+(?:an?\s+|the\s+|your\s+|prior\s+|a\s+valid\s+)?([a-z]+)[^.;]*?\b(?:you|students|one|nobody)\s+"
    r"(?:cannot|can't|can\s+not|may\s+not|will\s+not\s+be\s+(?:able|allowed|admitted)|are\s+not\s+(?:allowed|permitted|"
    r"able|admitted))\b"
)
_ROOT = 5  # letters a verb and its noun share at least: "regist(er)", "regist(ration)"


def _same_root(verb: str, noun: str) -> bool:
    """Whether the noun is a form of the verb: "register" and "registration", "enrol" and "enrolment"."""
    shared = min(len(verb), _ROOT)
    return len(verb) >= 4 and noun[:shared] == verb[:shared]


def needed_verdict(question: str, shown: Iterable[str], title: str = "") -> tuple[bool, str] | None:
    """(True, the page's sentence) when a must-I question's action is what a shown sentence says one cannot do
    without, and the sentence or the answer's title names the rest of what is asked; None otherwise."""
    lowered = " ".join(question.lower().replace("’", "'").split())
    asked = _MUST.search(lowered)
    if asked is None:
        return None
    verb = next(g for g in asked.groups() if g)
    rest = {w for w in phrase_key(lowered[asked.end() :]) if w not in STOPWORDS and len(w) > 2}
    found = []
    for line in shown:
        for sentence in split_sentences(line):
            said = _WITHOUT.search(sentence.lower().replace("’", "'"))
            if said is None or not _same_root(verb, said.group(1)):
                continue
            named = set(phrase_key(f"{sentence} {title}"))
            if rest and not rest & named:
                continue
            found.append(sentence.strip())
    return (True, f"“{found[0]}”") if found else None
