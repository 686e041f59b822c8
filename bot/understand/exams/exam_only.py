"""Whether an exam is only one thing, asked as Yes or No ("is the jury just sight singing", "is the final only
multiple choice"), decided by the exam's own rule that names that thing among others ("The jury has a prepared
melody ..., an unseen melody to sight-sing, and a short harmonic dictation."): No, with the rule quoted, so the
student sees everything it holds. No verdict when no one rule names every word asked, or the rule names nothing
else (a plain Yes would rest on the page's silence about the rest).
"""

from __future__ import annotations

import re

from bot.course.model import Exam
from bot.understand.words.stems import word_stems
from bot.understand.words.vocabulary import STOPWORDS, words_of

# "is it just ...", "is the final only ...", "will the test be purely ...", "does it only have ...": the words after
# the limiting word are the one thing asked
_ONLY = re.compile(
    r"\b(?:is|are|will|would|does|do)\s+(?:it|they|the\s+[\w-]+(?:\s+[\w-]+)?|[\w-]+(?:\s+\d+)?)\s+(?:be\s+)?"
    r"(?:just|only|purely|entirely|all)\s+(?:(?:have|has|include|includes|cover|covers|test|tests|be|on|about)\s+)?"
    r"(?P<thing>[^,.;?!]+)"
)
# A rule that lists several things: a comma or an "and" between them
_LISTS = re.compile(r",|\band\b|\bplus\b|;")
# Words of a rule that are no thing of their own ("The jury has ...", "consists of", "questions")
_NO_THING = words_of(
    "has have consist consists includes include contain contains made up part parts question questions"
)


def only_verdict(exam: Exam, question: str) -> tuple[bool, str] | None:
    """No, with the rule quoted, when the exam's one rule naming the thing asked lists other things besides it;
    None otherwise."""
    found = _ONLY.search(" ".join(question.lower().replace("’", "'").split()))
    if found is None:
        return None
    # its title names the exam, not the thing asked; an alias may name it by that thing ("sight-singing jury")
    names = word_stems(f"{exam.id} {exam.title}", STOPWORDS)
    asked = word_stems(found.group("thing"), STOPWORDS) - names
    if not asked:
        return None
    held = [r for r in exam.rules if asked <= word_stems(r, STOPWORDS)]
    if len(held) != 1:
        return None
    rule = held[0]
    others = word_stems(rule, STOPWORDS) - asked - names - word_stems(" ".join(_NO_THING), STOPWORDS)
    if not _LISTS.search(rule.lower()) or not others:
        return None
    return False, f"“{rule.rstrip('.')}.”"
