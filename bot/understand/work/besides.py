"""'anything due next week besides the quiz': whether anything else is due in a span, asked with the thing the student
already knows of. The student sees Yes (how many other deadlines) or No (nothing else is due) first, then the list."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.course.model import Assignment
from bot.understand.words.name_patterns import alone

# "anything due ...", "is there anything ...", "any deadlines ...", "r there any assignments ..."
_ANY_ASKED = re.compile(r"^\W*(?:(?:is|are|r)\s+there\s+)?(?:anything|any\s+[\w-]+|something)\b")
# "besides studying for exam 2", "other than the quiz", "apart from hw3", "except the lab report"
_BESIDES = re.compile(r"\b(?:besides|beside|other\s+than|apart\s+from|aside\s+from|except(?:\s+for)?)\s+(\S.*)$")
# the same words as tokens: "other than", "apart from"; "besides", "except (for)"
_ASIDE_PAIRS = frozenset({("other", "than"), ("apart", "from"), ("aside", "from")})
_ASIDE_WORDS = frozenset({"besides", "beside", "except"})


def besides_asked(question: str) -> str | None:
    """The words after "besides" (or "other than", "apart from"...) of a question asking whether anything else is
    due ("anything due next week besides studying for exam 2" -> "studying for exam 2"), else None."""
    plain = " ".join(question.lower().split())
    found = _BESIDES.search(plain)
    if found is None or not _ANY_ASKED.match(plain):
        return None
    return found.group(1).strip(" ?!.")


def besides_from(question: str, tokens: Sequence[str]) -> int | None:
    """The index of the first word set aside in a question asking whether anything else is due ("anything due this
    week other than hw3": the index of "hw3" among its words), else None: work named there is what the student
    already knows of, not what is asked."""
    if besides_asked(question) is None:
        return None
    for at, word in enumerate(tokens):
        pair = tuple(tokens[at : at + 2])
        if pair in _ASIDE_PAIRS:
            return at + 2
        if word in _ASIDE_WORDS:
            return at + 2 if pair == (word, "for") else at + 1
    return None


def left_besides(items: list[Assignment], besides: str) -> list[Assignment]:
    """The items the words after "besides" do not name: what else is due."""
    return [a for a in items if not alone(n.lower() for n in (a.id, a.short, a.title, *a.aliases)).search(besides)]
