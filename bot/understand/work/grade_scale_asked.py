"""'what do i need for an A', 'whats the pass mark', 'do i have to pass the final to pass the course', 'is it curved',
'is 89.5 rounded up', "what's a B+ in percent", 'is 79 a B': what the question asks of the course's grade scale
([grade_scale]), read from the words as typed, and answered from the data; a course without the scale is told the
page does not say.

Grades are read by the course's own names ("HD", "1.3", "Distinction") and by the usual letters, only where a grade
is meant ("for an A", "is 79 a B", "a B+ in percent"), never the article "a"; the patterns are built once per course.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from bot.answers import grade_scale as scale_answers
from bot.answers.grade_scale import BAND, CARD, CURVE, HURDLE, PASS, ROUNDING, SCORE, ScaleAsked, grade_scale_answer
from bot.core.answer import Answer, text
from bot.core.kept import Kept
from bot.course.model import Course
from bot.understand.answering.asked import Asked
from bot.understand.answering.replies import opening_verdict, where_to_ask
from bot.understand.question.reading import Reading
from bot.understand.question.result import Slots
from bot.understand.words.normalize import holds_fragment
from bot.understand.words.vocabulary import CHAT_FILLERS
from bot.understand.work.hurdle_missed import hurdle_missed, with_hurdle_verdict
from bot.understand.work.own_pass_rule import own_pass_rule

# the usual letter grades: read on every course, so a course without them (or without a scale) can say so
_LETTERS = tuple(f"{letter}{sign}" for letter in "abcdf" for sign in ("+", "-", ""))
# every question this reader answers holds one of these words, or a grade of the course's own
_WORDS = frozenset(
    {"curve", "curved", "curves", "curving", "scaled", "scaling", "scale", "rounded", "rounding", "round", "rounds"}
    | {"pass", "passing", "hurdle"}
    | {"hurdles", "minimum", "cutoff", "cutoffs", "cut", "grade", "grades", "grading", "letter", "fail", "failing"}
    | {"passed", "a", "an", "b", "c", "d", "f"}
)
# a word of the question that makes a lone letter a grade ("need for a C", "79 a B", "a B in percent")
_GRADE_WORDS = frozenset(
    {"grade", "grades", "need", "needed", "get", "percent", "percentage", "score", "mark", "marks", "points"}
    | {"cutoff", "cutoffs", "letter", "minimum", "pass", "passing", "overall", "average", "final"}
)
# Grade names that are ordinals too: a grade said "a first", or among words of grading ("a first needs 70%").
_ORDINALS = frozenset({"first", "second", "third"})
# a curve, and its Commonwealth name: marks "scaled" ("is the unit scaled at all", "do they scale the marks"), said of
# the marks or the course, never another scaling ("scaling up a model")
_CURVE = re.compile(
    r"\bcurv(?:e|ed|es|ing)\b"
    r"|\b(?:marks?|grades?|results?|scores?|unit|course|class|module|subject|paper|exam|final|it|they|everything)\s+"
    r"(?:(?:be|get|gets|getting|been|being)\s+)?scaled\b"
    r"|\bscal(?:e|ed|ing)\s+(?:of\s+|the\s+|our\s+|my\s+)?(?:marks|grades|results|scores)\b"
    r"|\b(?:is|are)\s+there\s+(?:any\s+)?scaling\b"
)
_LEARNING_CURVE = re.compile(r"\blearning\s+curve|\bcurve\s*ball")
# "rounded", "round it up", "do you round grades", "round the final percentage up", "bumped up to 90"
_ROUNDING = re.compile(
    r"\bround(?:ed|ing)\b|\bround(?:s)?\s+(?:an?\s+)?\d|\bround(?:s)?\s+(?:(?:it|that|this|them|(?:my|our|the)\s+(?:\w+\s+)?\w+|grades?|scores?|marks?)\s+)?"
    r"(?:up|down|off|to)\b|\bbump(?:ed|s)?\s+(?:it\s+|that\s+|me\s+)?up\b"
)
# "pass/fail", "p/f", "a parking pass", "pass on a cold call", "pass it around": another sense of passing
_OTHER_PASS = re.compile(
    r"\bpass\s*(?:/|-|\bor\b|\s)\s*fail|\bp\s*/\s*f\b|\bpass\s*/\s*no\s+pass|\b(?:parking|bus|gym)\s+pass"
    r"|\bpass(?:ed)?\s+on\s+(?!(?:the\s+|my\s+)?(?:final|exam|midterm|course|class|module|test|first|second|retake"
    r"|resit|klausur)s?\b)(?:a|an|one|my|the|this|that|it|presenting|speaking)\b"
    r"|\bpass(?:ed)?\s+(?:it\s+|them\s+)?(?:up|out|around|round|back)\b"
)
_PASS = re.compile(
    r"\bpass(?:ing)?\s+(?:mark|grade|line|threshold|score|requirement|percentage|cut-?off|level)\b"
    r"|\b(?:need|needed|required|take|takes|minimum|enough|possible|able|chance)\b[^?.!]*\bto\s+pass\b"
    r"|\bto\s+pass\s+(?:the\s+|this\s+)?(?:course|class|module|unit|subject|paper)\b"
    r"|\b(?:is|will|would|does|do|did|can|could|am)\s+(?:an?\s+)?(?:that|it|this|i|\d+(?:\.\d+)?\s*%?)\s+(?:still\s+)?(?:be\s+|get\s+)?(?:a\s+)?pass(?:ing)?\b"
    r"|\b\d+(?:\.\d+)?\s*%?\s+(?:is|be|counts?\s+as)\s+(?:a\s+)?pass(?:ing)?\b"
    r"|\bwhat\s+(?:percent(?:age)?|score|mark|grade)\s+is\s+(?:a\s+)?(?:pass(?:ing)?|fail(?:ing)?)\b"
    r"|\bfail(?:ing)?\s+(?:mark|grade|line)\b|\b(?:what\s+is|counts?\s+as)\s+(?:a\s+)?pass(?:ing)?\b"
    r"|\b(?:lowest|minimum|min)\b[^?.!]*\bpass(?:ing|es)?\b"
    r"|\b(?:have|has)\s+(?:i|it|that|this)\s+passed\b"
    # "does a D pass the course", "is a C- passing": whether a letter grade passes
    r"|\b(?:does|do|will|would|is|can)\s+(?:an?\s+)?[a-f][+-]?\s+(?:still\s+)?pass(?:es|ing)?\b"
)
# "do i have to pass the final to pass", "is there a minimum on the exam", "submit both essays to pass", "hurdles"
_HURDLE = re.compile(
    r"\bhurdles?\b|\bbarrier\b"
    r"|\bminimum\s+(?:mark\s+|score\s+|grade\s+|percentage\s+)?(?:on|for|in)\s+(?:the|each|every|both|all|my)\b"
    r"|\b(?:have|need|got)\s+to\s+pass\s+(?:the|each|every|both|all|my)\b|\bmust\s+pass\s+(?:the|each|every|both|all)\b"
    r"|\b(?:have|need|got|must)\s+(?:to\s+)?(?:submit|hand\s+in|turn\s+in|sit|take|do|complete|write|attend|register)\b[^?.!]*\bto\s+pass\b"
    r"|\bfail(?:ed|ing|s)?\s+(?:the\s+)?\w+\b[^?.!]*\b(?:still\s+)?pass\b"
    r"|\bpass\s+(?:the\s+)?(?:\w+\s+)?(?:exam|final|midterm|klausur|test)s?\s+(?:separately|on\s+its\s+own|too|as\s+well)\b"
)
_CARD = re.compile(
    r"\b(?:grade|grading|letter)\s+(?:scale|boundar(?:y|ies)|bands?|cut-?offs?|thresholds?|ranges?|conversion)\b"
    r"|\bletter\s+grades?\b|\bcut-?offs?\s+for\s+(?:the\s+)?(?:letter\s+)?grades?\b"
)
# "i got 85, what grade is that", "what letter is an 85"
_WHICH_GRADE = re.compile(
    r"\bwhat\s+(?:letter\s+)?(?:grade|letter)\b|\bwhich\s+grade\b|\bgrade\s+is\s+(?:that|it|this)\b"
)


# The gate's words that are lone letters or the article: "a" and "an" open it on nearly every question.
_LONE_LETTERS = frozenset({"a", "an", "b", "c", "d", "f"})
# a text of lowercase words and plain punctuation: no digit (no score), no sign of a grade ("b+", "a-", "4.0")
_LETTERS_ONLY = re.compile(r"[a-z ?.,!']*")


def _only_articles(kept: _Course, said: str, lowered: str, words: set[str]) -> bool:
    """Whether the question opens the gate only with lone letters ("is there a lab a week") that can name no grade:
    typed in lowercase without a word of grading or a score (a lowercase letter is then never a grade), no sign a
    grade's name holds, and none of the words the other readings need beyond the gate ("pass", "barrier")."""
    return (
        words & kept.gate <= _LONE_LETTERS
        and "an" not in kept.grades
        and not words & _GRADE_WORDS
        and _LETTERS_ONLY.fullmatch(lowered) is not None
        and len(said) == len(lowered)  # typed as read: each letter stands where the question has it
        and not holds_fragment(said, _CAPITALS)
        and not holds_fragment(lowered, ("pass", "barrier"))
    )


_CAPITALS = ("A", "B", "C", "D", "F")


def _which_band_word(lowered: str, band_words: frozenset[str]) -> bool:
    """ "what mention do i get with 14.5": the page's own word for its grades, asked which."""
    return bool(band_words) and any(re.search(rf"\b(?:what|which)\s+{re.escape(w)}\b", lowered) for w in band_words)


# what a mark is of: "45 on the klausur", "40% in the exam"
_OF = re.compile(r"\s*(?:%|percent|points?)?\s*(?:on|in|for)\s+(?:the\s+|my\s+)?([a-z0-9]+)(?:\s+([a-z0-9]+))?")
# "can i still pass if i bomb the midterm", "can i pass without the essays": passing despite the work asked about
_DESPITE = re.compile(
    r"\b(?:can|could|would|will)\s+(?:i|you|we|one)\s+(?:still\s+)?pass\b|\bstill\b[^?.!]*\bpass\b"
    r"|\bpass\b[^?.!]*\b(?:without|even\s+if)\b"
)
_WH = re.compile(r"(?:so\s+)?(?:what|which|how|when|where|who|why)\b")
# "is a 10 a pass", "does 55% count as passing", "so a 9.5 is a pass?": the mark itself asked, not the student's pass
_OF_MARK = re.compile(
    r"^(?:so\s+|wait\s+)?(?:(?:is|does|would|will)\s+)?(?:an?\s+)?\d{1,3}(?:\.\d+)?\s*(?:%|percent|/\s*\d+|out\s+of\s+\d+)?"
    r"\s+(?:is\s+|count\s+as\s+|counts\s+as\s+)?(?:an?\s+)?(?:pass|passing)(?:\s+(?:mark|grade|score))?\b"
)
_ASKS_YES_NO = re.compile(
    r"(?:^|[.!?,;]\s*|\b(?:so|and|but|then)\s+)(?:is|are|do|does|did|will|would|can|could|am|was|were|must|should)"
    r"\s+(?:i|you|we|it|that|this|there|they|an?|the|\d)\b|\b(?:right|correct|yeah)\s*\?*$|^(?:so\s+)?an?\s+\d[^?]*\?$"
)
# "i have 79.5 overall does that round up to an HD", "i have a 2.95 average do i pass": a yes/no question after what
# the student tells, unpunctuated
_THEN_ASKED = re.compile(r"\b(?:does|do|did|is|am|will|would|can|could)\s+(?:that|this|it|i|we)\s+(?:still\s+)?\w")
_A_WH = re.compile(r"\b(?:what|which|how|when|where|who|why)\b")


def _told_then_asked(lowered: str) -> bool:
    """Whether a yes/no question follows a statement ("i have 79.5 overall does that round up"), with no wh-word
    before it ("i got 85 what grade does that give" asks which)."""
    found = _THEN_ASKED.search(lowered)
    return found is not None and found.start() > 0 and not _A_WH.search(lowered[: found.end()])


# "A 93 or above", "a B 85 and up": a grade, then the mark it is asked to start at
_FLOOR_ASKED = re.compile(
    r"\s*(?:=|is|starts?\s+at|at)?\s*\d{1,3}(?:\.\d+)?\s*%?\s*(?:\+|(?:or|and)\s+(?:above|up|higher|more|over)\b)"
)
_FINAL_GRADE = re.compile(r"\bfinal\s+(?:course\s+)?(?:grade|mark|score|result|average)s?\b")
_SCORE = re.compile(
    r"(?<![\w./])(\d{1,3}(?:\.\d+)?)(?:\s*(?:/|out\s+of)\s*(\d{1,3}(?:\.\d+)?))?\s*(%|percent\b|points?\b|pts\b)?(?![\w./])"
)
_POINTS = frozenset({"point", "points", "pts"})
# what a mark is of when it is no hurdle's: "50 on the final", "40% in the midterm" is never the overall mark
_WORK_WORDS = frozenset(
    {"final", "midterm", "exam", "quiz", "test", "homework", "hw", "project", "essay", "assignment", "lab", "paper"}
    | {"klausur", "report", "presentation", "sheet", "problem", "pset", "ps", "lecture", "participation", "oral"}
)
# "75 overall", "overall 75", "an overall of 75", "overall grade of 75", "75 in total"
_OVERALL_AFTER = re.compile(r"\s*(?:%|percent|points?)?\s*(?:overall|in\s+total|total|average|final\s+grade)\b")
_OVERALL_BEFORE = re.compile(r"\b(?:overall|total|average)(?:\s+(?:grade|mark|score))?\s*(?:of|is|was|:|=)?\s*$")
# a number that names an item ("hw 3", "week 5", "stat 187"), not a score
_ITEM_BEFORE = re.compile(
    r"\b(?:hw|homework|ps|pset|problem\s+set|quiz|lab|week|unit|chapter|lecture|section|sec|exam|midterm|test"
    r"|assignment|project|part|question|q|no|number|room|hall|essay|sheet|step|page|slide|problem)\s*$"
)
# a number further along a list of items ("hw 2 and 3", "ps 1, 2 or 4"): an item's number too
_ITEM_LIST_BEFORE = re.compile(
    _ITEM_BEFORE.pattern.removesuffix(r"\s*$") + r"\s*\d+(?:\s*(?:,|and|&|or)\s*\d+)*\s*(?:,|and|&|or)\s*$"
)
# the words of a question about grades, without which a number is never one of the course's numbered grades
_NUMBERED_CONTEXT = frozenset(
    {"grade", "grades", "graded", "pass", "passing", "passed", "fail", "failing", "failed", "get", "got", "getting"}
    | {"earn", "earned", "need", "needed", "score", "scored", "mark", "marks", "overall", "percent", "percentage"}
)
# a number that names a thing, a day or a time of day ("hall 1", "apr 2", "at 1", "group 3", "a4"), not a grade
_NUMBER_NAMES_BEFORE = re.compile(
    _ITEM_BEFORE.pattern.removesuffix(r")\s*$")
    + r"|group|hall|room|team|at|by|until|till|around|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
    r"|january|february|march|april|june|july|august|september|october|november|december)\s*$|\b[a-z]$"
)
# a number that counts something ("5 days", "2 weeks", "1 hour", "3 people") or is a time ("1:30", "1pm")
_NUMBER_COUNTS_AFTER = re.compile(
    r"\s*(?::\d|(?:days?|hours?|hrs?|h|weeks?|wks?|minutes?|mins?|am|pm|st|nd|rd|th|times?|people|students"
    r"|members|pages?|words?|questions?|problems?|parts?|points?|pts|late)\b)"
)
# a title naming one of a numbered series: the words before its number ("Practical sheet 1: Snow pits")
_NUMBERED_TITLE = re.compile(r"([^:\d]+?)\s*\d")
# "0.6", ".75": a share of the whole mark, read as a percentage on a course marked out of 100
_FRACTION_OF_ONE = re.compile(r"0\.\d{1,3}")
# words of work that a mark may follow ("final 80", "participation 90"): a number after them is no item's number
_MARK_AFTER_WORK = frozenset({"final", "participation", "overall", "total", "average"})
_UNITS_BEFORE = re.compile(r"\b(?:got|get|have|had|with|is|at|scored|score|of|an?|my|on|was|be|if)\s*$")


@dataclass(frozen=True)
class _Course:
    """What the reader needs of a course, built once: its grades' names, the pattern finding them, the words of
    its hurdles, and the gate."""

    grade_re: re.Pattern[str]
    grade_before_re: re.Pattern[str]  # "A+ grades", "a B grade": the grade before the word grade
    grades: dict[str, str]  # lowercased name -> the course's spelling
    gate: frozenset[str]
    hurdle_words: tuple[tuple[frozenset[str], tuple[str, ...], tuple[str, ...]], ...]
    # per hurdle, the words naming what it is of (its name, its exams' titles and aliases): "45 on the klausur"
    hurdle_of: tuple[frozenset[str], ...]
    out_of: float
    hurdle_out_of: tuple[float, ...]  # what each hurdle's minimum is out of (100: a percentage)
    work_words: frozenset[str]  # words naming an exam or piece of work: a mark "on" one is not the overall mark
    numbered_re: re.Pattern[str] | None  # the grades named by a number ("4.0"), where a number is the grade
    # no [grade_scale], but a policy's words speak of how grades are cut: those words answer, as they always did
    texts_say: bool
    # a policy (not only the breakdown) states what it takes to pass: that policy and its claims answer, Yes or No
    policy_passes: bool
    numbers: tuple[str, ...]  # the course's own numbers ("stat 187"): never a score
    band_words: frozenset[str]  # the page's own word for its grades ("Mentions: Passable ..."): "what mention"


_KEPT: Kept[_Course] = Kept(32)
_MORE = re.compile(r"\s*\w")  # a word follows
_ARTICLES = frozenset({"the", "a", "an", "of", "and", "my", "your", "all", "both", "each", "every"})
_SCALE_SAID = re.compile(
    r"\bcurv(?:e|ed|ing)\b|\bletter[- ]grades?\s+(?:cut-?off|scale|boundar)|\bcut-?offs?\s+for\b"
    r"|\bgrad(?:e|ing)\s+(?:scale|boundar|cut-?off|band)"
    r"|\bround(?:ed|ing)\b|\bpass(?:ing)?\s+(?:mark|grade)\b|\bhurdle"
    # "50% on the exam average to pass the course": a pass rule in the course's own words
    r"|\bto\s+pass\b|\bpass\s+the\s+(?:course|class|unit|module|subject)\b"
)
# "what do i need for an A fr", "... a B tho lol": chat words after the grade, and nothing else
_CHAT_END = rf"(?:(?:{'|'.join(sorted(CHAT_FILLERS, key=len, reverse=True))})\b\s*)+[?.!]*\s*$"
_GRADE_MARKS = re.compile(r"\b[A-Z][A-Za-z]{0,2}[+-]?\s*[:=(]?\s*\d{1,3}(?:\s*[-–]\s*\d{1,3}|\s*%|\+)")
_PLAIN = frozenset(
    {"the", "all", "both", "each", "every", "your", "and", "of", "on", "in", "exam", "work", "one", "two", "three"}
    | {"four", "five", "six", "seven", "eight", "nine", "ten"}
)


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _course(course: Course) -> _Course:
    def build() -> _Course:
        scale = course.grade_scale
        own = {n.casefold(): b.grade for b in (scale.bands if scale else ()) for n in (b.grade, *b.names)}
        names = sorted({*own, *_LETTERS}, key=len, reverse=True)
        pattern = "|".join(re.escape(n) for n in names)
        grade_re = re.compile(
            r"(?:^|\b(?:an?|get|got|getting|for|is|be|earn|make|need|whats|what's|what\s+is|as|to|and|or)\s+"
            r"|(?<![\w.])\d{1,3}(?:\.\d+)?\s*%?\s+)"
            rf"(?:an?\s+)?({pattern})(?![\w+\-])(?=\s*(?:$|[?.!,;)]|{_CHAT_END}|in\b|or\b|and\b|overall|grade|cut|mean"
            r"|range|is\b|on\b|at\b"
            # "is an A 93 or above", "does a D pass": the grade's mark, or whether it passes, said next
            r"|\d|pass(?:es|ing)?\b|fails?\b|failing\b|counts?\s+as\b))"
        )
        grade_before_re = re.compile(rf"(?<![\w'])({pattern})(?![\w+\-])\s*(?:'?s\s+)?(?:letter\s+)?grades?\b")
        words = {w for n in own for w in re.findall(r"\w+", n)}
        hurdles = tuple(
            (frozenset(_stem(w) for w in re.findall(r"[a-z]+", h.name.lower())) - _PLAIN, h.exams, h.ids)
            for h in ((scale.hurdles or ()) if scale else ())
        )
        texts_say = scale is None and any(
            _texts_say(said)
            for said in (course.grading_breakdown, *(f"{p.summary} {p.quote}" for p in course.policies))
        )
        numbers = tuple(n.lower() for n in course.numbers)
        hurdle_of = tuple(
            _words(
                h.name,
                *(f"{e.title} {' '.join(e.aliases)}" for e in course.exams if e.id in h.exams),
                *(f"{a.short} {a.kind}" for a in course.assignments if a.id in h.ids),
            )
            for h in ((scale.hurdles or ()) if scale else ())
        )
        out_of = scale.out_of if scale else 100.0
        hurdle_out_of = tuple(h.out_of for h in ((scale.hurdles or ()) if scale else ()))
        work_words = _WORK_WORDS | {
            w
            for w in _words(
                *(f"{e.id} {e.title} {' '.join(e.aliases)}" for e in course.exams),
                *(f"{a.short} {a.kind}" for a in course.assignments),
                # the words a numbered title names its series by ("Practical sheet 1: Snow pits": practical, sheet)
                *(m.group(1) for m in map(_NUMBERED_TITLE.match, (a.title for a in course.assignments)) if m),
            )
            if len(w) > 1 and not w.isdigit()
        }
        numbered = sorted((n for n in own if re.fullmatch(r"\d{1,3}(?:\.\d+)?", n)), key=len, reverse=True)
        numbered_re = (
            re.compile(
                rf"(?<![\w./])({'|'.join(re.escape(n) for n in numbered)})(?![\w./])"
                r"(?!\s*(?:%|percent|points?\b|pts\b|/|out\s+of\b))"
            )
            if numbered
            else None
        )
        band_words = band_heading_words(scale.quote, own) if scale else frozenset()
        gate = frozenset(_WORDS | words | band_words)
        return _Course(
            grade_re,
            grade_before_re,
            own,
            gate,
            hurdles,
            hurdle_of,
            out_of,
            hurdle_out_of,
            work_words,
            numbered_re,
            texts_say,
            scale is None and any(scale_answers.states_pass_rule(f"{p.summary} {p.quote}") for p in course.policies),
            numbers,
            band_words,
        )

    return _KEPT.get(course, "grade scale", build)


def band_heading_words(quote: str, grades: Iterable[str]) -> frozenset[str]:
    """The word the page heads its list of grades with ("Mentions: Passable 10-11.99, Bien 14-15.99" gives "mention"
    and "mentions"): a word just before a colon that a grade of the scale follows."""
    names = "|".join(re.escape(g) for g in sorted(grades, key=len, reverse=True) if g)
    if not names or not quote:
        return frozenset()
    found = re.findall(rf"\b([a-z]{{3,}}):\s*(?:{names})\b", quote.casefold())
    return frozenset(w for word in found for w in (word, word.removesuffix("s")) if w not in _ARTICLES)


def _texts_say(said: str) -> bool:
    """Whether a policy's words speak of the grade scale: its cut-offs, a curve, rounding, a pass mark, or three
    grades or more each with its marks ("HD 80-100, D 70-79, CR 60-69")."""
    return bool(_SCALE_SAID.search(said.lower())) or len(_GRADE_MARKS.findall(said)) >= 3


def _grade(kept: _Course, said: str, lowered: str, words: set[str]) -> tuple[str, tuple[int, int]] | None:
    """The grade named, in the course's spelling (or the letter as typed), and where it stands."""
    for m in kept.grade_re.finditer(lowered):
        name = m.group(1)
        if len(name) == 1 and not said[m.start(1)].isupper():
            if not words & _GRADE_WORDS and not any(w.replace(".", "", 1).isdigit() for w in words):
                continue  # "room for a?": a lone lowercase letter is a grade only among words of grading or a score
            if name == "a" and not lowered[: m.start(1)].endswith("an ") and _MORE.match(lowered[m.end(1) :]):
                continue  # "get a grade for hw 3": the article, where "an a" or "an a?" is the grade
        if name in _ORDINALS and not words & _GRADE_WORDS and not lowered[: m.start(1)].endswith(("a ", "an ")):
            continue  # "which is first, test 2 or the essay": the order, where "a first" is a grade among marks
        if (
            name.replace(".", "", 1).isdigit()
            and not words & _NUMBERED_CONTEXT
            and not lowered[: m.start(1)].endswith(("a ", "an "))
        ):
            continue  # "was sick for 2 and overslept once": a count, where "is 74% a 2" asks a grade
        return kept.grades.get(name, said[m.start(1) : m.end(1)].upper()), m.span(1)
    for m in kept.grade_before_re.finditer(lowered):
        name = m.group(1)
        if name == "a" and not said[m.start(1)].isupper():
            continue  # "get a grade back": the article
        return kept.grades.get(name, said[m.start(1) : m.end(1)].upper()), m.span(1)
    return None


def _words(*texts: str) -> frozenset[str]:
    """The stems of the words naming what a hurdle is of ("klausur", "final", "exam", "2")."""
    return frozenset(_stem(w) for t in texts for w in re.findall(r"[a-z0-9]+", t.lower())) - _ARTICLES


@dataclass(frozen=True)
class _Told:
    """The marks a question tells: the overall mark, the marks of hurdles' work (on each hurdle's own scale), and
    marks in points whose total is not known (-1: the overall mark, else the hurdle's index)."""

    overall: float | None
    marks: tuple[tuple[int, float], ...]
    unread: tuple[tuple[int, float], ...]
    on_work: bool = False  # a mark was told of an exam or piece of work that is no hurdle ("50 on the final")


def _scores(lowered: str, skip: tuple[int, int] | None, kept: _Course) -> _Told:
    """The score the student tells ("79", "89.5%", "5.4", "32/60", "25 out of 60"; not an item's number, one above
    the scale, or a mark on one exam or piece of work), preferring the one marked overall, and the marks told of a
    hurdle's work ("45 on the klausur"). A mark in points is read only where its total is known."""
    candidates: list[tuple[bool, float]] = []
    marks: list[tuple[int, float]] = []
    unread: list[tuple[int, float]] = []
    on_work = False
    for m in _SCORE.finditer(lowered):
        if skip and m.start(1) < skip[1] and skip[0] < m.end(1):
            continue
        before, after = lowered[: m.start()], lowered[m.end() :]
        total = float(m.group(2)) if m.group(2) else None
        unit = m.group(3) or ""
        if _ITEM_BEFORE.search(before) and not _UNITS_BEFORE.search(before) and not unit:
            continue
        if not unit and total is None and _names_work_item(before, m.group(1), kept.work_words):
            continue  # "without lab report 2", "bombed essay 3": the work's number, never a mark of 2 or 3
        if _ITEM_LIST_BEFORE.search(before) and not unit and not (_OVERALL_AFTER.match(after) or _OF.match(after)):
            continue  # "missed hw 2 and 3": the third homework, not a mark of 3
        if not unit and total is None and _NUMBER_COUNTS_AFTER.match(after):
            continue  # "late 4 times", "3 days": a count, never a mark
        if not unit and total is None and _counts_things(after, kept.work_words, one=m.group(1) == "1"):
            continue  # "skipped 2 sheets", "if i skip 1 lab": things counted, never a mark
        value = float(m.group(1))
        if not unit and total is None and kept.out_of == 100 and _FRACTION_OF_ONE.fullmatch(m.group(1)):
            value *= 100  # "0.6 overall": a fraction of the whole, 60%
        if total is not None and not 0 <= value <= total:
            continue
        points = unit in _POINTS
        of = _OF.match(after)
        said = {_stem(w) for w in of.groups() if w} if of else set()
        hits = sorted(((len(said & words), i) for i, words in enumerate(kept.hurdle_of) if said & words), reverse=True)
        if hits:
            i = hits[0][1]
            scale_of = kept.hurdle_out_of[i]
            if total is not None:
                marks.append((i, value / total * scale_of))
            elif points and scale_of == 100:
                unread.append((i, value))  # "32 points in the klausur", whose minimum is a percentage
            elif value <= scale_of:
                marks.append((i, value))
            continue
        if said & kept.work_words:
            on_work = True  # "50 on the final": a mark on one exam or piece of work, never the overall mark
            continue
        if total is not None:
            value = value / total * kept.out_of
        elif points and kept.out_of == 100:
            unread.append((-1, value))
            continue
        if not 0 <= value <= kept.out_of:
            continue
        candidates.append((bool(_OVERALL_AFTER.match(after) or _OVERALL_BEFORE.search(before)), value))
    marked = [v for flag, v in candidates if flag]
    overall = marked[0] if marked else (candidates[0][1] if candidates else None)
    return _Told(overall, tuple(marks), tuple(unread), on_work)


def _names_work_item(before: str, number: str, work_words: frozenset[str]) -> bool:
    """Whether a whole number right after a word naming the course's work is that work's number ("lab report 2",
    "essay 3", "quiz 1"), where "final 80" or "a 2" tell a mark."""
    last = re.search(r"([a-z]+)\s*$", before)
    return bool(last) and number.isdigit() and _stem(last.group(1)) in work_words - _MARK_AFTER_WORK


# "3 other deadlines", "2 more labs": a number before these words counts things
_COUNT_WORDS = frozenset({"other", "more", "extra", "separate", "different", "whole", "entire", "full", "missed"})
# things a student counts that are no grade ("3 deadlines", "2 absences"), besides the course's own work
_COUNTED = frozenset({"deadline", "absence", "absense", "class", "session", "meeting", "course", "module", "subject"})
_NEXT_WORD = re.compile(r"\s*([a-z]+)")


def _counts_things(after: str, work_words: frozenset[str], *, one: bool = False) -> bool:
    """Whether the words after a number show it counts things ("3 other deadlines", "2 labs", "3 classes"): a word
    of counting, or a plural of the course's work or of things a student counts, never a grade's number; `one`: the
    number is 1, so a singular counts too ("skip 1 sheet")."""
    found = _NEXT_WORD.match(after)
    if found is None:
        return False
    word = found.group(1)
    if word in _COUNT_WORDS:
        return True
    singular = word[:-2] if word.endswith(("sses", "ches", "zzes")) else word[:-1] if word.endswith("s") else ""
    singular = singular or (word if one else "")
    return bool(singular) and (singular in _COUNTED or singular in work_words or _stem(word) in work_words)


def _numbered_grade(kept: _Course, lowered: str, words: set[str]) -> tuple[str, tuple[int, int]] | None:
    """A grade of the course named by its number ("will a 4.0 pass", "is 3.7 a pass"): read as the grade, never as
    a percentage, unless a unit or a total follows it ("4.0%", "4/5"). Only in a question about grades: "quiz 2",
    "5 days late", "at 1", "hall 1" or "apr 2" on a course graded 0-5 name no grade."""
    if kept.numbered_re is None or not words & _NUMBERED_CONTEXT:
        return None
    for m in kept.numbered_re.finditer(lowered):
        before, after = lowered[: m.start()], lowered[m.end() :]
        if _NUMBER_NAMES_BEFORE.search(before) or _NUMBER_COUNTS_AFTER.match(after):
            continue
        if _names_work_item(before, m.group(1), kept.work_words) or _counts_things(after, kept.work_words):
            continue  # "lab report 2 on monday", "3 other deadlines", "2 labs": the work's number or a count
        return kept.grades[m.group(1)], m.span(1)
    return None


def grade_scale_asked(course: Course, said: str, reading: Reading) -> ScaleAsked | None:
    """What the question asks of the grade scale, or None when it asks nothing of it. A course whose policies speak
    of the scale in their own words is left to them, except a pass rule only the grading breakdown states, which
    answers what it takes to pass (a policy stating one answers with its claims' Yes or No)."""
    kept = _course(course)
    if not kept.texts_say:
        return _scale_asked(course, kept, said, reading)
    if kept.policy_passes:
        return None
    asked = _scale_asked(course, kept, said, reading) if scale_answers.pass_rules(course) else None
    return asked if asked and asked.asks in (PASS, HURDLE) and asked.score is None else None


def _scale_asked(course: Course, kept: _Course, said: str, reading: Reading) -> ScaleAsked | None:
    lowered = " ".join(said.lower().replace("’", "'").split())
    words = set(re.findall(r"[\w']+", lowered))
    if not words & kept.gate or _only_articles(kept, said, lowered, words):
        return None
    scale = course.grade_scale
    passing = not _OTHER_PASS.search(lowered)
    found = _grade(kept, said, lowered, words)
    grade, span = found if found else ("", None)
    unnumbered = lowered
    for number in kept.numbers:
        unnumbered = unnumbered.replace(number, " " * len(number))
    if not found:
        found = _numbered_grade(kept, unnumbered, words)
        grade, span = found if found else ("", None)
    if grade and _absences_cost(course, grade, words):
        return None  # "how many absences before i get a 5.0": the attendance rule's consequence, not the scale's band
    told = _scores(unnumbered, span, kept)
    score, marks = told.overall, told.marks
    # "final grade", "final mark": the course's grade, not the final exam
    exams = () if _FINAL_GRADE.search(lowered) else tuple(reading.ids("exam"))
    work = tuple(reading.ids("assignment"))
    stems = {_stem(w) for w in words}
    for hurdle_words, hurdle_exams, hurdle_ids in kept.hurdle_words:
        if hurdle_words and hurdle_words <= stems:  # "both essays" names the essays' hurdle
            exams, work = (*exams, *hurdle_exams), (*work, *hurdle_ids)
    # "got 66 overall but 41 in the klausur. did i pass?", "so a 60 counts as a pass?": asked Yes or No too
    yes_no = (
        reading.yes_no or (not _WH.match(lowered) and bool(_ASKS_YES_NO.search(lowered))) or _told_then_asked(lowered)
    )

    def asked(what: str) -> ScaleAsked:
        despite = bool(_DESPITE.search(lowered))
        of_mark = not exams and not work and bool(_OF_MARK.search(lowered))
        minimum = not despite and bool(_MINIMUM_STATED.search(lowered)) and not _OWN_RESULT.search(lowered)
        minimum = minimum and not _BOUND_SAID.search(lowered)
        return ScaleAsked(what, grade, score, exams, work, yes_no, marks, despite, told.unread, of_mark, minimum)

    if _CURVE.search(lowered) and not _LEARNING_CURVE.search(lowered) and not _curve_in_topic(reading):
        # a curve asked of one exam: the page's word on the course's grades, without a Yes or No; a course without
        # a scale is answered by the grading card, as it always was
        return ScaleAsked(CURVE, yes_no=yes_no and not exams) if scale else None
    if _ROUNDING.search(lowered) and (score is not None or words & _GRADE_WORDS or grade):
        return asked(ROUNDING)
    if passing and _HURDLE.search(lowered) and (exams or work or "hurdle" in lowered or "minimum" in words):
        return asked(HURDLE)
    if passing and _PASS.search(lowered):
        if scale is None and score is not None:
            return None  # "do i pass with 55 overall": a policy's own words on passing may say (pass_marks)
        if told.on_work and score is None and not grade:
            # "i got 50 on the final, did i pass": not the overall mark, so no verdict; the pass mark and hurdles
            return replace(asked(PASS), yes_no=False)
        if exams and score is None and not grade:
            return asked(HURDLE)  # "what do i need on the final to pass": its minimum, if it has one
        return asked(PASS)
    if grade and score is not None and span and _FLOOR_ASKED.match(lowered[span[1] :]):
        return replace(asked(BAND), score=None)  # "is a B 85 or above": where the band starts, shown, not 85's grade
    if grade:
        return asked(SCORE if score is not None else BAND)
    if score is not None and (_WHICH_GRADE.search(lowered) or _which_band_word(lowered, kept.band_words)):
        return asked(SCORE)
    if _CARD.search(lowered) and scale:
        return asked(CARD)
    return None


# Words of missing meetings: a grade asked beside them may be what the absences cost.
_ABSENCE_WORDS = frozenset(
    {"absent", "absence", "absences", "absenses", "absense", "absents", "miss", "missed", "missing", "skip"}
    | {"skipped", "skipping", "tardy", "tardies", "lates", "attendance"}
)


def _absences_cost(course: Course, grade: str, words: set[str]) -> bool:
    """Whether the grade named is what an [[attendance]] rule says absences cost ("given a grade of 5.0") and the
    question speaks of absences: then the rule answers it, not the grade's band."""
    if not words & _ABSENCE_WORDS:
        return False
    named = re.compile(rf"(?<![\w.]){re.escape(grade.lower())}(?![\w])")
    return any(named.search(f"{r.fail_text} {r.short_of} {r.each_after}".lower()) for r in course.attendance)


def _curve_in_topic(reading: Reading) -> bool:
    """ "when is decline curve analysis": a curve inside a topic's name of several words is that topic's."""
    return any(
        m.kind == "topic" and m.end - m.start > 1 and any(t.startswith("curv") for t in reading.tokens[m.start : m.end])
        for m in reading.mentions
    )


# "do i need 40%", "is it 50% on the final to pass", "the minimum is 40 right", "is 45 the pass mark": a mark stated
# as the requirement
_MINIMUM_STATED = re.compile(
    r"\b(?:need|needs|needed|required|require|requirement|minimum|min|have to get|has to be|must get|"
    r"is it|its|is the|the pass(?:ing)? (?:mark|grade|score|line|threshold|percentage|cut-?off))\b"
)
# "do i need more than 50 to pass", "over 40 on the final": a bound said around the mark, not the minimum itself
_BOUND_SAID = re.compile(r"\b(?:more|higher|less|lower|better)\s+than\b|\b(?:over|above|under|below)\s+\d")
# "i got 40%", "if i get 45 on the final", "i scored": the student's own mark, not the requirement
_OWN_RESULT = re.compile(r"\b(?:i|i've|ive|id|i'd|we)\s+(?:\w+\s+)?(?:got|get|scored|score|made|have|had|received)\b")


def grade_scale(asked: Asked, slots: Slots) -> Answer:
    """The grade scale's answer to what was asked, or that the page gives no scale."""
    found = slots.get("asked")
    what = found if isinstance(found, ScaleAsked) else ScaleAsked(CARD)
    answer = grade_scale_answer(asked.course, what, where_to_ask(asked.course))
    own = own_pass_rule(asked.course, what.work) if what.asks == HURDLE and not what.despite else None
    if own is not None and what.yes_no and opening_verdict(answer) is False:
        # "do i need to pass the induction quiz before doing labs": no hurdle of the scale, but its own notes say so
        title, said = own
        return Answer(title=title, lines=(text(f"**Yes**: {title}: “{said.rstrip('.')}.”"),))
    if opening_verdict(answer) is not None:
        return answer
    # "if i dont submit one of the lab reports can i still pass": the hurdle missed decides
    missed = hurdle_missed(asked.course, asked.question, (*what.exams, *what.work))
    return answer if missed is None else with_hurdle_verdict(answer, missed)
