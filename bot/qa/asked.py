"""What a question asks of its subject: when, where, who, how long, or how to do it.

"When is the proposal due?" and "Where do we submit the proposal?" share their subject and differ in what they ask;
an entry that answers one does not answer the other. The asked thing is read from how a sentence of the question
starts, and written as a marker concept (`askwhen`) that bot.qa.ranking compares and never scores as a word.
"""

from __future__ import annotations

import re

MARKERS = frozenset(["askwhen", "askwhere", "askwho", "asklength", "askhow"])
# Asked things one answer serves together: where a thing is handed in, to whom, and how, are one procedure.
ALIKE = (frozenset(["askwhere", "askhow", "askwho"]),)

_OPENERS = "|".join(["so", "and", "but", "also", "ok", "okay", "hi", "hey", "hello", "quick question", "um", "btw"])
# (how a sentence starts, the marker); the first that matches wins ("how long" before "how").
_STARTS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rf"^(?:(?:{_OPENERS})\W+)*(?:{pattern})\b"), marker)
    for pattern, marker in (
        (
            r"when|what time|what day|what date|which day|which date|by when|how soon|what'?s the deadline|"
            r"what is the deadline|whens",
            "askwhen",
        ),
        (r"where|which room|what room|what building|wheres", "askwhere"),
        (r"who|whom|whos|who's|which (?:ta|gsi|instructor|professor)", "askwho"),
        (r"how long|how many pages|how many words|how big|what'?s the page limit|what is the page limit", "asklength"),
        (r"how (?:do|can|should|would) (?:i|we|you|one)|how to", "askhow"),
    )
)
_SENTENCE = re.compile(r"[.?!;\n]+|,\s+(?=(?:when|where|who|how)\b)")


def asked_of(text: str) -> str | None:
    """The marker of what the question's first asking sentence asks, if it names one."""
    for sentence in _SENTENCE.split(text.lower()):
        sentence = sentence.strip()
        for pattern, marker in _STARTS:
            if pattern.match(sentence):
                return marker
    return None


def disagree(mine: str | None, theirs: str | None) -> bool:
    """Both ask a named thing, and not the same one nor two one answer serves."""
    if mine is None or theirs is None or mine == theirs:
        return False
    return not any(mine in alike and theirs in alike for alike in ALIKE)
