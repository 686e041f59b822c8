"""'anything due next week besides the quiz': whether anything else is due in a span, asked with the thing the student
already knows of. The student sees Yes (how many other deadlines) or No (nothing else is due) first, then the list."""

from __future__ import annotations

import re

from bot.course.model import Assignment
from bot.understand.words.name_patterns import alone

# "anything due ...", "is there anything ...", "any deadlines ...", "r there any assignments ..."
_ANY_ASKED = re.compile(r"^\W*(?:(?:is|are|r)\s+there\s+)?(?:anything|any\s+[\w-]+|something)\b")
# "besides studying for exam 2", "other than the quiz", "apart from hw3", "except the lab report"
_BESIDES = re.compile(r"\b(?:besides|beside|other\s+than|apart\s+from|aside\s+from|except(?:\s+for)?)\s+(\S.*)$")


def besides_asked(question: str) -> str | None:
    """The words after "besides" (or "other than", "apart from"...) of a question asking whether anything else is
    due ("anything due next week besides studying for exam 2" -> "studying for exam 2"), else None."""
    plain = " ".join(question.lower().split())
    found = _BESIDES.search(plain)
    if found is None or not _ANY_ASKED.match(plain):
        return None
    return found.group(1).strip(" ?!.")


def left_besides(items: list[Assignment], besides: str) -> list[Assignment]:
    """The items the words after "besides" do not name: what else is due."""
    return [a for a in items if not alone(n.lower() for n in (a.id, a.short, a.title, *a.aliases)).search(besides)]
