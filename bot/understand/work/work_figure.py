"""A figure asked of a piece of work, that its own description gives: how many things it holds ("how many
observations are in the sky journal", "how many entries does the journal need"), how long it may be ("whats the word
limit for case write ups", "how many pages is the essay") and how long one has for it ("how long do we get for each
quiz", "time limit on the quizzes").

The student sees the sentence of the work's notes (or of the rule named) that gives that figure, after the items it is
said of: "Quiz 1 to Quiz 6: “30 minutes, one attempt.”". Only a sentence holding a number of the thing asked counts
("12 observations", "at most 1,000 words", "30 minutes"); when none does, the question is left to the other readings
(its card, or that the page does not say). A yes/no that states a length ("is 1,200 words too long") is
bot.understand.work.stated_length's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.answer import Answer, text
from bot.core.sentences import split_sentences
from bot.course.model import Assignment, Course
from bot.understand.question.reading import Reading
from bot.understand.words.lasting import asks_how_long_it_lasts
from bot.understand.words.normalize import phrase_key

NEEDS = frozenset({"many", "long", "limit", "limits", "length", "time", "max", "maximum", "minimum", "count"})

_NUMBER = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|twenty|thirty|forty|fifty|sixty|ninety|a\s+dozen)"
)
# The units of each figure a work's description gives: its length, and the time one has for it.
_UNITS = {"length": r"(?:words?|pages?)", "time": r"(?:minutes?|mins?|hours?|hrs?)"}
_UNITS["either"] = f"(?:{_UNITS['length']}|{_UNITS['time']})"

# How each figure is asked, first match wins: the work's length ("how many words", "word limit", "page count"), the
# time one has ("how long do we get for", "how much time do we have", "time limit", "how many minutes"), a count of
# the things named ("how many observations", "how many entries does the journal need"; the word after it too, so
# "how many joker days" is seen as days), and "how long is the quiz": a length or a time, whichever is given.
_ASKED = tuple(
    (what, re.compile(pattern))
    for what, pattern in (
        ("length", r"\bhow\s+many\s+(?:words|pages)\b"),
        ("length", r"\b(?:word|page)s?[\s-]*(?:limit|count|max|maximum|minimum|length|cap)\b"),
        ("length", r"\blength\s+(?:of|for)\b"),
        ("time", r"\bhow\s+(?:long|much\s+time)\s+(?:do|will|would|does|did)\s+(?:we|i|you|u|one)\s+(?:get|have)\b"),
        ("time", r"\btime\s+(?:limit|limits|allowed|allowance)\b|\bhow\s+many\s+(?:minutes|mins|hours|hrs)\b"),
        ("count", r"\bhow\s+many\s+([a-z][a-z-]+)\b(?:\s+([a-z]+))?"),
        ("either", r"\bhow\s+long\s+(?:is|are|should|must|can|could|will|does|do|has|have)\b"),
    )
)  # fmt: skip

# Words that ask of the deadline, lateness, marking or attendance rather than the work ("how long is the quiz open").
_OTHER_ASK = frozenset(
    {
        "open", "available", "late", "due", "deadline", "extension", "grace", "back", "graded", "grading", "marked",
        "submit", "submitted", "turn", "hand", "left", "until", "till", "worth", "weight", "weighted", "percent",
        "take", "takes", "wait", "stay", "ago", "regrade", "regrades", "re", "appeal", "appeals", "remark",
        "miss", "missed", "skip", "skipped", "absent", "absence", "absences", "drop", "dropped", "lowest",
    }
)  # fmt: skip
# Nouns a count never asks of a work's contents: people, time, marks, the work's length.
_NOT_CONTENTS = frozenset(
    {
        "people", "ppl", "students", "members", "persons", "of", "times", "attempts", "tries",
        "days", "day", "hours", "hour", "minutes", "mins", "weeks", "week", "months",
        "points", "pts", "marks", "percent", "credits", "grace", "late", "slip", "flex", "more", "other", "left",
        "words", "pages",
    }
)  # fmt: skip
# The words of a sentence on lateness or extensions: its hours are never the time a work allows; nor are the hours
# just before "late", "before", "notice" ("2 hours late", "48 hours before").
_LATE_RULE = frozenset({"late", "lateness", "token", "tokens", "extension", "extensions", "grace", "penalty", "off"})
_NOT_TIME_ALLOWED = frozenset({"late", "early", "before", "after", "ahead", "notice", "prior", "later", "earlier"})


@dataclass(frozen=True)
class FigureAsked:
    """What figure is asked ("count" of a noun, "length", "time" or "either"), and of which items and rules."""

    what: str
    noun: str
    items: tuple[str, ...]
    policies: tuple[str, ...]


def figure_asked(course: Course, reading: Reading) -> FigureAsked | None:
    """The figure a question asks of the work (or rule) it names, when that work's description gives it; else None."""
    if reading.yes_no or reading.ids("exam"):
        return None  # an exam's length and rules are the exam's own readings
    said = reading.text.lower()
    what, noun = _asked(said)
    if not what or not _OTHER_ASK.isdisjoint(phrase_key(said)):
        return None
    # the items named ("case write up 2"), else those of the series named ("case write ups"), in the course's order
    named = set(reading.ids("assignment")) or set(_series_items(course, reading.ids("series")))
    items = tuple(a.id for a in course.assignments if a.id in named)
    policies = tuple(reading.ids("policy"))
    if not items and (not policies or asks_how_long_it_lasts(said)):
        return None  # "how long does the site visit last": a rule's figure is never how long an event lasts
    if noun and _names_the_work(course, noun, items):
        return None  # "how many quizzes are there": the items themselves, counted elsewhere
    found = FigureAsked(what, noun, items, policies)
    return found if _sentences(course, found) else None


def _asked(said: str) -> tuple[str, str]:
    for what, pattern in _ASKED:
        found = pattern.search(said)
        if found and what != "count":
            return what, ""
        if found and _NOT_CONTENTS.isdisjoint(found.groups()):
            return what, found.group(1)
    return "", ""


def _series_items(course: Course, names: list[str]) -> list[str]:
    """The items a series name ("quiz", "case write up") covers: those whose title or alias starts with it."""
    out: list[str] = []
    for name in names:
        key = phrase_key(name)
        for item in course.assignments:
            titles = (item.title.partition(":")[0], *item.aliases)
            if any(tuple(phrase_key(t))[: len(key)] == tuple(key) for t in titles):
                out.append(item.id)
    return out


def _stem(word: str) -> str:
    for end, keep in (("ies", "y"), ("ses", "s"), ("es", "e"), ("s", "")):
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[: -len(end)] + keep
    return word


def _names_the_work(course: Course, noun: str, items: tuple[str, ...]) -> bool:
    stem = _stem(noun)[:5]
    for item in map(course.assignment, items):
        if item is not None and any(w[:5] == stem for w in phrase_key(f"{item.title} {item.kind}")):
            return True
    return False


def _figure_pattern(found: FigureAsked) -> re.Pattern[str]:
    if found.what == "count":
        stem = re.escape(_stem(found.noun)[:-1] if _stem(found.noun).endswith("y") else _stem(found.noun))
        return re.compile(rf"\b{_NUMBER}\s+(?:[a-z-]+\s+){{0,2}}?{stem}\w*\b", re.IGNORECASE)
    return re.compile(rf"\b{_NUMBER}\s*-?\s*{_UNITS[found.what]}\b", re.IGNORECASE)


def _gives(sentence: str, pattern: re.Pattern[str], what: str) -> bool:
    for m in pattern.finditer(sentence):
        of_time = what in ("time", "either") and re.search(_UNITS["time"] + r"$", m.group(0), re.IGNORECASE)
        after = phrase_key(sentence[m.end() :])[:1]
        if not (
            of_time and (not _NOT_TIME_ALLOWED.isdisjoint(after) or not _LATE_RULE.isdisjoint(phrase_key(sentence)))
        ):
            return True  # never "48 hours before", "2 hours late", "a token worth 24 hours": not the time allowed
    return False


def _sentences(course: Course, found: FigureAsked) -> dict[str, list[str]]:
    """Each sentence giving the figure -> the names of what it is said of, in the course's order."""
    pattern = _figure_pattern(found)
    out: dict[str, list[str]] = {}
    for item in (a for a in map(course.assignment, found.items) if a is not None):
        for sentence in split_sentences(item.notes):
            if _gives(sentence, pattern, found.what):
                out.setdefault(sentence, []).append(_name(item))
    if out:
        return out  # the work's own description; the rule named beside it would repeat it
    # a rule the question names, else one whose sentence names the work ("Essays are 2,500 words"): the rule's summary,
    # else its own words, the first sentence giving the figure
    works = _work_words(course, found.items)
    # a rule the question does not name gives a length or a count, never an hour that may be of something else
    length = pattern if found.what == "count" else re.compile(rf"\b{_NUMBER}\s*-?\s*{_UNITS['length']}\b", re.I)
    # a rule named beside the work asked must be about that work: by its title or by its sentence ("how long is the
    # team reflection, word count" names the essay rule by "word count", whose 3,000 words are the essay's)
    own = _title_words(course, found.items)
    for policy in course.policies:
        named = policy.id in found.policies
        about = not own or bool(own & _fives(policy.title))
        said = [
            s
            for t in (policy.summary, policy.quote)
            for s in split_sentences(t)
            if _gives(s, pattern if named else length, found.what)
            and ((named and (about or own & _fives(s))) or works & _fives(s))
        ]
        if said:
            out.setdefault(said[0], []).append(policy.title)
    return out


def _work_words(course: Course, items: tuple[str, ...]) -> set[str]:
    """The words naming the items' kind of work, as their titles do before a number ("essay" of "Essay 2"), by their
    first five letters ("essay" also "essays")."""
    words: set[str] = set()
    for item in (a for a in map(course.assignment, items) if a is not None):
        key = phrase_key(item.title.partition(":")[0])
        at = next((i for i, w in enumerate(key) if w.isdigit()), 0)
        words |= {w[:5] for w in key[:at] if len(w) >= 4}
    return words


# Title words that say which of a course's works, never what kind of work it is
_NOT_OWN = frozenset(
    {"final", "first", "second", "third", "individual", "group", "team", "part", "project", "assignment"}
)


def _title_words(course: Course, items: tuple[str, ...]) -> set[str]:
    """The words of the items' titles ("Individual gallery reflection": galle, refle), by their first five letters."""
    words: set[str] = set()
    for item in (a for a in map(course.assignment, items) if a is not None):
        words |= {w for w in _fives(item.title.partition(":")[0]) if len(w) >= 4 and not w.isdigit()}
    return words - {w[:5] for w in _NOT_OWN}


def _fives(said: str) -> set[str]:
    return {w[:5] for w in phrase_key(said)}


def _name(item: Assignment) -> str:
    """ "Case Write-up 2" of "Case Write-up 2: Grupo Bimbo", but the whole "Museum-visit journal: final"."""
    numbered = item.title.partition(":")[0].strip()
    return numbered if any(c.isdigit() for c in numbered) else item.title


def _names(names: list[str]) -> str:
    if len(names) > 3:
        return f"{names[0]} to {names[-1]} (each)"
    return ", ".join(names)


def figure_answer(course: Course, found: FigureAsked) -> Answer:
    """The sentences of the page that give the figure, each after the items (or rule) it is said of."""
    said = _sentences(course, found)
    title = _names(next(iter(said.values()))) if len(said) == 1 else "From the course page"
    lines = tuple(text(f"{_names(names)}: “{sentence}”") for sentence, names in said.items())
    return Answer(title=title, lines=lines)
