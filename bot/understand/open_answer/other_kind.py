"""An answer about another KIND of course thing than the one asked: "is the final report due wednesday" answered with
the final exam, "when is the lab quiz" answered with the labs, "where do we submit the pre-lab" answered with the lab
reports. The answer may be right about something, but the question's thing is another one: the student sees first
"I'm not sure that's about <the thing asked>; the closest I found:" (the wording of the guard on another one of the
same kind, bot.understand.open_answer.other_one; "I can't find <it> on the course page" when the course has no such
kind and no text of it holds the word: "the lecture quiz" of a course without quizzes), then everything the answer
showed without its Yes or No (nothing else is dropped), then where to ask if that is not it. The answer becomes a
hedge (kind unsure).

The thing asked is the head of the question's noun phrase, its LAST word ("final report" is a report, "lab quiz" a
quiz), read after the question's opening ("is the", "when's the", "where do we submit the", "who grades the", "is
there a ... for the"). Its kinds are the course's own, built once per course from its data: the last word of each
name of its work (titles, short names and aliases), its exams and its kinds of meeting, and each kind's kin,
the last words of every name of the things it names ("essay" and "paper" when one essay is also called a paper).

Left as they are: an answer that is not plain information (already unknown, unsure, an error or out of scope); a
question whose head is not one of the course's kinds, or is a word for any of them ("class", "exam", "deadline");
an answer that names the thing asked or any of its kin anywhere; one whose title names no other kind of the course;
and a listing of days or of the student's own words ("Schedule, the day of Test 1", "“review” for Final exam"), whose
title names when or what was looked for, not what was found.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from bot.core.answer import Answer, text
from bot.core.kept import Kept
from bot.core.word_forms import singular
from bot.course.model import Course
from bot.understand.about_course.asked_price import said_in
from bot.understand.answering.replies import without_verdict
from bot.understand.open_answer.asked_kind import respelled
from bot.understand.open_answer.other_one import OTHER_ONE_LEAD, UNHELD_LEAD
from bot.understand.words.normalize import plain, respell

# Words for any course thing of a broad class: asked with one, an answer about any of that class is about it.
_ANY_OF_A_CLASS = frozenset(
    {
        "class", "lesson", "meeting", "session", "event", "assignment", "assessment", "task", "work", "deadline",
        "submission", "deliverable", "exam", "examination", "test", "thing", "one", "stuff", "course", "grade", "due",
    }
)  # fmt: skip
# Words before the thing asked that are no kind of it ("the NEXT lab quiz", "our FIRST report").
_MODIFIERS = frozenset(
    {
        "next", "first", "second", "third", "last", "final", "big", "whole", "group", "individual", "written",
        "practice", "weekly", "other", "new", "old", "upcoming", "todays", "weeks", "mini", "short", "main",
    }
)  # fmt: skip

# Kinds of things courses hold, in general English: asked with one of these the course lacks after one it has ("the
# lecture quiz" of a course without quizzes), the thing asked is still the last ("a quiz"), never the lecture.
_THINGS = frozenset(
    {
        "quiz", "test", "exam", "midterm", "report", "essay", "paper", "journal", "log", "presentation", "project",
        "poster", "worksheet", "sheet", "lab", "tutorial", "seminar", "lecture", "discussion",
        "workshop", "review", "practical", "practicum", "studio", "clinic", "exercise", "reflection", "portfolio",
        "proposal", "draft", "critique", "memo", "podcast", "interview", "demo", "pitch", "viva", "oral", "trip",
        "excursion", "visit", "colloquium", "reading", "response", "problem", "homework", "assignment", "notebook",
        "writeup", "checkpoint", "milestone", "deliverable", "prelab", "postlab", "summary", "analysis", "case",
    }
)  # fmt: skip
# Words a thing's name never goes on with: where one follows the course's words, the thing asked ends there. After
# any other word ("the final performence", "the rehearsal log") the thing may go on, unread: nothing is judged.
_ENDS_A_NAME = frozenset(
    {
        "due", "is", "are", "was", "were", "be", "been", "being", "will", "would", "can", "could", "should", "do",
        "does", "did", "has", "have", "had", "start", "starts", "begin", "begins", "end", "ends", "open", "opens",
        "close", "closes", "cover", "covers", "count", "counts", "graded", "marked", "worth", "held", "happen",
        "happening", "meet", "meets", "take", "taken", "need", "needed", "submit", "submitted", "handed", "turned",
        "posted", "released", "out", "back", "online", "recorded", "mandatory", "required", "compulsory", "optional",
        "cancelled", "canceled", "moved", "still", "really", "actually", "again", "yet", "already", "over", "hard",
        "long", "late", "early", "like", "pls", "please", "on", "in", "at", "for", "of", "to", "by", "from", "with",
        "without", "about", "before", "after", "during", "until", "till", "since", "and", "or", "but", "if", "so",
        "because", "bc", "cause", "when", "where", "what", "who", "how", "which", "whats", "the", "a", "an", "my",
        "our", "your", "we", "i", "you", "u", "they", "it", "this", "that", "today", "tomorrow", "tonight", "week",
        "weekend", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "there", "here",
        "same", "also", "too", "either", "ever", "every", "each", "all", "any", "some", "no", "not", "only", "just",
        "right", "now", "then", "soon", "anymore", "going", "gonna", "allowed", "ok", "okay",
    }
)  # fmt: skip

_DET = r"(?:(?:the|our|my|a|an|any|this|that|these|those|next|ur|your)\s+)?"
_CLAUSE = r"(?:^|[,;:.!?]\s*|\b(?:and|but|so|ok|okay|also|then|wait|btw|hey|um)\s+)"
# How a question comes to the thing it asks about; the thing's words follow the match.
_OPENINGS = re.compile(
    _CLAUSE + r"(?:"
    # "do we have a lab quiz this week", "will we get a review session"
    r"(?:do|does|will|did)\s+(?:we|i|you|u)\s+(?:have|get|need)\s+"
    # "where do we submit the lab reports", "when do i hand in the journal"
    r"|(?:where|when|how)\s+(?:do|does|should|can|will|did)\s+(?:we|i|you|u)\s+[a-z]+(?:\s+(?:in|up))?\s+"
    # "when is the lab quiz", "what time is the review session", "where are the lab reports handed in"
    r"|(?:when|where|who|what\s+time|what\s+day|which\s+day|what\s+room|how\s+long)\s+"
    r"(?:is|are|was|were|will|does|do)\s+(?:there\s+)?"
    # "who grades the journal", "who is running the lab"
    r"|who\s+(?:is\s+|s\s+)?[a-z]+(?:s|ing)\s+"
    # "is the final report due", "is there a make-up for the practical", "does the lab quiz count"
    r"|(?:is|are|was|will|does|do)\s+(?:there\s+(?:a|an|any)\s+)?"
    r")" + _DET
)
_OF_ANOTHER = re.compile(r"(?:for|of|on)\s+" + _DET)  # "a make-up FOR THE practical"
_TOKEN = re.compile(r"[a-z0-9]+")
_LABEL = re.compile(r"\d+[a-z]?|[a-z]|[ivx]+")  # "6", "1b", "b", "ii": which one, not what kind
_JOINED = re.compile(r"(?<=[a-z])[-\u2010\u2011](?=[a-z])")  # "pre-lab" is one word: "prelab"
# A listing of days ("Schedule, the day of Test 1") or of what holds the student's own words ("“review” for Final
# exam", "“glacier trip” on the schedule"): its title names when or what was looked for, not what was found, and
# its rows may be of the kind asked without saying so.
_LISTING = re.compile(r"schedule\b|\W*“")
_ASIDE = re.compile(r"\([^)]*\)|:.*$")  # "(Nord)", ": Snow pits" after a name


@dataclass(frozen=True)
class _Kinds:
    """The course's kinds of things by their head words, built once per course."""

    kin: dict[str, frozenset[str]]  # each head word to the head words of every thing it names, itself included
    words: frozenset[str]  # every word of the course's names, to read how far the question's thing goes
    named: dict[str, re.Pattern]  # each head word to a pattern of its kin, at the start of a word ("labs", "lab-")
    any_kind: re.Pattern  # every head word, as a whole word


_KINDS: Kept[_Kinds] = Kept(size=32)


def _words(said: str) -> list[str]:
    """The words of a text as this guard reads them: plain, respelled, lowercase, "pre-lab" one word."""
    return _TOKEN.findall(_JOINED.sub("", respell(plain(said.lower()))))


def _head(words: list[str]) -> str | None:
    """The kind a name or phrase names: its last word that is not a label, in the singular ("Lab Report 6" a
    report, "HW3" an hw)."""
    for word in reversed(words):
        kind = word.rstrip("0123456789") if not word.isdigit() else ""
        if len(kind) > 1 and not _LABEL.fullmatch(kind):
            return singular(kind)
    return None


def _names(course: Course) -> Iterator[tuple[str, ...]]:
    """Every name of each one kind of thing of the course: its work, its exams, its kinds of meeting."""
    for a in course.assignments:
        yield (a.title, a.short, *a.aliases)  # not its kind: "lab" holds the pre-labs and the lab reports alike
    for e in course.exams:
        yield (e.title, *e.aliases)
    for k in course.meeting_kinds:
        yield (k.name, k.plural, *k.aliases)


def _one_word(joined: str, names: list[list[str]]) -> bool:
    """Whether another name of the thing writes these words as one ("prelab 1" beside "pre lab 1")."""
    return any(len([w for w in said if not _LABEL.fullmatch(w)]) == 1 and joined in said for said in names)


@lru_cache(maxsize=64)
def _starting_one(head: str) -> re.Pattern:
    return re.compile(r"\b" + re.escape(head))


def _starting(heads: set[str]) -> re.Pattern:
    """The heads at the start of a word ("labs", "laboratory", "reported"): a mention found too often, never missed."""
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, heads), key=len, reverse=True)) + ")")


def _whole(heads: set[str]) -> re.Pattern:
    """The heads as whole words, one or many ("lab", "labs", "quizzes"), never inside another ("label", "settle")."""
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, heads), key=len, reverse=True)) + r")(?:s|es|zes)?\b")


def _which_one(course: Course) -> set[str]:
    """The words that tell the course's sections apart, the last of each of their names ("Süd" of "Practical group
    Süd", "north"): a name ending on one ("Field log (Süd)", "field log sued") names which one, not a kind."""
    return {said[-1] for s in course.sections for n in (s.id, s.name, *s.aliases) if (said := _words(n))}


def _build(course: Course) -> _Kinds:
    kin: dict[str, set[str]] = {}
    words: set[str] = set()
    no_kind = _which_one(course) | _ENDS_A_NAME  # "nord and sued" names no kind "and"
    for names in _names(course):
        own: set[str] = set()
        said_all = [_words(_ASIDE.sub(" ", name)) for name in names]
        # "pre lab 1" is "Pre-lab 1" spaced: a name written as one word elsewhere is that word
        for said in said_all:
            words.update(w.rstrip("0123456789") for w in said)
            joined = "".join(w for w in said if not _LABEL.fullmatch(w))
            head = _head([joined] if len(said) > 1 and _one_word(joined, said_all) else said)
            if head is not None and head not in no_kind:
                own.add(head)
        for head in own:
            kin.setdefault(head, set()).update(own)
    heads = set(kin)
    return _Kinds(
        {h: frozenset(k) for h, k in kin.items()},
        frozenset(w for w in words if w),
        {h: _starting(k) for h, k in kin.items()},
        _whole(heads) if heads else re.compile(r"(?!x)x"),
    )


def kinds(course: Course) -> _Kinds:
    """The course's kinds of things by their head words, built once per course."""
    return _KINDS.get(course, "kinds of things", lambda: _build(course))


def warm_tables(course: Course) -> None:
    """Build this guard's per-course table now: engine.warm calls it at load."""
    kinds(course)


def _thing(table: _Kinds, words: list[str]) -> tuple[str, str] | None:
    """The head of the thing the words open on ("final report due wed": "report") and the thing as written ("final
    report"): the course's words, labels and modifiers read up to the first other word; None when none is a kind of
    the course."""
    taken: list[str] = []
    words, shown = words[:7], words[:7]  # each word read, and as the student wrote it
    for i in range(len(words) - 2, -1, -1):  # "pre lab" is the course's "prelab"
        if singular(words[i] + words[i + 1]) in table.kin:
            words[i : i + 2] = [words[i] + words[i + 1]]
            shown[i : i + 2] = [f"{shown[i]} {shown[i + 1]}"]
    for word in words[:6]:
        if word in _ENDS_A_NAME:  # "of", "the" end the thing even where a name of the course holds them
            break
        bare = word.rstrip("0123456789") or word
        known = bare in table.words or singular(bare) in table.words or singular(bare) in _THINGS
        if not known and word not in _MODIFIERS and not _LABEL.fullmatch(word):
            return None
        taken.append(word)
    named = [i for i, w in enumerate(taken) if not _LABEL.fullmatch(w)]
    if named and (last := singular(taken[named[-1]])) not in table.kin and last in _THINGS:
        # "the lecture quiz" of a course without quizzes: a quiz, not a lecture
        if any(singular(w) in table.kin for w in taken[: named[-1]]):
            return last, " ".join(shown[: len(taken)])
        return None
    for i in range(len(taken) - 1, -1, -1):
        head = singular(taken[i].rstrip("0123456789"))
        if head in table.kin:
            end = i + 1
            while end < len(taken) and _LABEL.fullmatch(taken[end]):  # "lab report 6"
                end += 1
            return head, " ".join(shown[:end])
    return None


def asked_thing(course: Course, question: str) -> tuple[str, str] | None:
    """The head of the course thing the question asks about and the thing as the student wrote it ("is the final
    report due": ("report", "final report")), when it is one of the course's kinds and no word for any of a class;
    else None."""
    said = _JOINED.sub("", respelled(question))
    opening = _OPENINGS.search(said)
    if opening is None:
        return None
    table = kinds(course)
    rest = re.split(r"[,;:.!?()]", said[opening.end() :], maxsplit=1)[0]  # "the midterm, section 1e": the midterm
    found = _thing(table, _TOKEN.findall(rest))
    if found is None:  # "is there a make-up for the practical": the thing is the one it is for
        first = re.match(r"(?!(?:we|i|you|u|they|it)\b)(?:[a-z0-9]+\s+){1,2}(?=(?:for|of|on)\b)", rest)
        after = _OF_ANOTHER.match(rest, first.end()) if first else None
        found = _thing(table, _TOKEN.findall(rest[after.end() :])) if after else None
    if found is None or found[0] in _ANY_OF_A_CLASS:
        return None
    return found


def about_other_kind(
    course: Course, answer: Answer, question: str, where: str, holds: Callable[[str], bool] | None = None
) -> Answer:
    """The answer to `question` as the student sees it: as it was, or, when the question asks about one kind of the
    course's things and the answer names only other kinds, "I'm not sure that's about <it>; the closest I found:"
    first ("I can't find <it> on the course page" when no text of the course holds its word, as `holds` tells), the
    answer as it was without its Yes or No, then `where` to ask if that is not it (kind unsure)."""
    if answer.kind != "info" or (asked := asked_thing(course, question)) is None:
        return answer
    head, written = asked
    table = kinds(course)
    said = _JOINED.sub("", " ".join((answer.title, said_in(answer))).lower())
    # the answer's own item is the one its title names ("Final exam", "Labs"); a listing of days names none
    title = _JOINED.sub("", answer.title.lower())
    kin = table.named.get(head) or _starting_one(head)
    if _LISTING.match(title) or table.any_kind.search(title) is None or kin.search(said):
        return answer
    unheld = head not in table.kin and holds is not None and not holds(head)  # "the lecture quiz": no quiz at all
    lead = text((UNHELD_LEAD if unheld else OTHER_ONE_LEAD).format(asked=f"the {written}"))
    footer = " ".join(s for s in (answer.footer, f"If that is not it, {where}.") if s)
    return replace(answer, lines=(lead, *without_verdict(answer.lines)), footer=footer, kind="unsure")
