"""A count asked of a rule that gives none ("how many interviews do we need for the project", "how many sources
should the paper have"): the rule's words are about the thing, but no number of it is on the page, so the student is
told the page does not say, with the rule shown, never the rule as if it answered."""

from __future__ import annotations

import re
from itertools import takewhile

from bot.core.kept import Kept
from bot.core.word_forms import one_of
from bot.course.model import Course
from bot.understand.about_course.asked_figure import asks_headcount
from bot.understand.times.time_phrases import NUMBER_WORDS
from bot.understand.words.normalize import phrase_key
from bot.understand.words.vocabulary import words_of

# "how many interviews", "how many sources do we need": the words counted (the first one the thing)
_HOW_MANY = re.compile(r"\bhow\s+many\s+((?:[a-z][\w'-]*\s*){1,3})")
# Words of amount a page writes between a count and its thing ("at least three", "up to 2", "a minimum of 5").
_AMOUNT_WORDS = words_of("at least most up to of minimum maximum max min no more than fewer less between and or")
_NUMBER = re.compile(r"\d+(?:[,.]\d+)?(?:-\d+)?")
# Words that end the thing counted ("how many interviews DO we need", "how many times CAN i ..").
_AFTER_THING = words_of(
    """do does did is are was were am be can could should shall must will would may might have has had need needs i we
    you they he she it there of in on for to at from per by with about until before after left"""
)
_NEAR = 5  # how many words before the thing a count of it may stand ("at least three recorded interviews")


def _is_count(word: str) -> bool:
    """A number a count is written in ("3", "4,000-5,000", "three"); "one" alone is no count of a thing asked "how
    many" of ("reflect on one interview" says what one piece of work is about)."""
    return bool(_NUMBER.fullmatch(word)) or (word in NUMBER_WORDS and word != "one")


def _counted_at(words: list[str], i: int) -> bool:
    """Whether a count stands right before the word at i, past amount words and one describing word ("at least three
    recorded interviews"); or right after it, as a list gives it ("interviews: 3")."""
    j, described = i - 1, False
    while j >= 0 and (words[j] in _AMOUNT_WORDS or (not described and not _is_count(words[j]))):
        described = described or words[j] not in _AMOUNT_WORDS
        j -= 1
    if j > 0 and words[j] == "one" and words[j - 1] in _AMOUNT_WORDS:
        return True  # "at least one question": a count, where a bare "one interview" names one piece of work
    return (j >= 0 and _is_count(words[j]) and i - j <= _NEAR) or (i + 1 < len(words) and _is_count(words[i + 1]))


def counted_words(question: str) -> list[str]:
    """The words of the thing "how many" asks of, as typed ("late", "days" of "how many late days do we get"), or
    none when the question counts nothing."""
    found = _HOW_MANY.search(question.lower())
    said = phrase_key(found.group(1)) if found else []
    return list(takewhile(lambda w: w not in _AFTER_THING, said))


def count_unstated(question: str, page: str) -> str:
    """The thing counted when the question asks how many of it and the page's words name it but give no number of
    it (none of its words has a number in the few words before it or just after it), else ""; a thing the page never
    names is another matter (the rule is then not about it at all) and is left to the readers that find the rule."""
    counted = counted_words(question)
    if not counted or asks_headcount(question):
        return ""  # "how many students per team": a group's size, bot.understand.about_course.asked_figure's
    words = re.findall(r"[a-z0-9][a-z0-9,-]*[a-z0-9%]|[a-z0-9]", page.lower())  # "5%" is a share, no count
    at = [i for i, w in enumerate(words) if one_of(w) in {one_of(c) for c in counted}]
    if not at or any(_counted_at(words, i) for i in at):
        return ""
    return " ".join(counted)


def course_words(course: Course) -> str:
    """Every policy's and every assignment's words, where a count of a thing the course asks for would be stated."""
    return _KEPT.get(
        course,
        "count words",
        lambda: " ".join(
            [*(f"{p.summary} {p.quote}" for p in course.policies), *(a.notes for a in course.assignments)]
        ),
    )


def count_not_on_page(course: Course, question: str, rule: str) -> str:
    """The thing "how many" asks of when the rule's words name it and no words of the course give a number of it
    (see count_unstated), else ""."""
    thing = count_unstated(question, rule)
    return thing if thing and count_unstated(question, course_words(course)) else ""


_KEPT: Kept[str] = Kept(32)
