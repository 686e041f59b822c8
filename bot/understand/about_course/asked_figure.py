"""A figure asked of something the course names, that only a figure answers: how many people are in a group or a
team ("how many ppl are in a lab group", "how big are the project teams"), and the mark a grade needs ("what
percent do i need for an A", "what's the cut-off for a HD").

Whatever card such a question reads as (the lab rules, the grading breakdown) shares its words, but unless the card
gives that figure it does not answer what was asked: the student sees first that the course page does not give it,
and where to ask, then what the page does say (never a confident card). When the card gives it ("teams of four",
"HD 80-100"), the answer stands.
"""

from __future__ import annotations

import re

from bot.core.answer import Answer
from bot.core.kept import Kept
from bot.core.sentences import split_clauses
from bot.course.model import Course
from bot.understand.about_course.asked_price import not_given, said_in
from bot.understand.words.vocabulary import words_of

_NUMBER_WORDS = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)"

# --- how many people are in a group -----------------------------------------------------------------------------
_PEOPLE = r"(?:people|ppl|students|members|persons|peeps|of\s+us)"
_GROUPS = (
    r"(?:groups?|teams?|pairs?|partners?|tutorials?|tutes?|sections?|labs?|classes|class|cohorts?|courses?|modules?"
    r"|lectures?|discussions?|seminars?|studios?)"
)
# The whole class asked of ("how many students are in this class", "how big is the course"): its enrolment, which a
# team's or a lab group's size does not give
_WHOLE_CLASS = re.compile(r"\b(?:this|the|our|my)\s+(?:class|course|module|unit|lecture|cohort)\b")
# "capped at 120 students", "enrolment is limited to 40", "150 seats": how many the class holds
_CLASS_SIZE_GIVEN = re.compile(
    rf"\b{_NUMBER_WORDS}\s+(?:students|seats|places|spots)\b(?!\s+(?:per|in\s+(?:each|a|every)))"
    r"|\b(?:capped|limited|capacity|enrol(?:l?ment)?\s+(?:cap|limit))\b",
    re.IGNORECASE,
)
_HEADCOUNT_ASKED = re.compile(
    rf"\bhow\s+many\s+{_PEOPLE}\s+(?:\w+\s+){{0,3}}?(?:in|per|on|to)\s+(?:(?:an?|each|every|one|our|my|the|your)\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?{_GROUPS}\b"
    rf"|\bhow\s+(?:big|large)\s+(?:is|are|will|can|could|should|may)\s+(?:(?:the|our|my|each|a)\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?{_GROUPS}\b"
    # "whats the class size for the online discussion", "size of each lab section"
    rf"|\b(?:group|team|class|section|lab|tutorial|discussion|seminar)\s+sizes?\b"
    rf"|\bsize\s+of\s+(?:the|our|my|each|a)\s+(?:[\w-]+\s+){{0,2}}?{_GROUPS}\b"
    rf"|\bhow\s+many\s+(?:per|in\s+each|in\s+a)\s+(?:[\w-]+\s+){{0,2}}?(?:groups?|teams?)\b"
)
# "teams of four", "groups of 3-4", "in pairs", "3 students per group", "up to five members", "individual work"
_HEADCOUNT_GIVEN = re.compile(
    rf"\b(?:groups?|teams?)\s+of\s+(?:up\s+to\s+|at\s+most\s+|between\s+)?{_NUMBER_WORDS}\b"
    rf"|\b{_NUMBER_WORDS}(?:\s*(?:-|–|to|or)\s*{_NUMBER_WORDS})?\s+(?:students|people|members|persons)\b"
    r"|\bin\s+pairs\b|\bpairs?\s+of\s+students\b|\b(?:done|work(?:ed)?|completed)\s+individually\b",
    re.IGNORECASE,
)

# --- how many pass or fail: a past class's outcome ------------------------------------------------------------------
# "how many students usually fail this course", "whats the pass rate", "what's the class average so far"
_OUTCOME_ASKED = re.compile(
    r"\bhow\s+many\s+(?:people|ppl|students|of\s+us)\s+(?:\w+\s+)?(?:fail|pass|drop|flunk|get\s+an?\s+[a-f]\b)"
    r"|\b(?:pass|fail|failure|drop|dropout|success)\s+rates?\b|\bwhat(?:'?s|\s+is|\s+was)\s+the\s+class\s+average\b"
)
# "a 70% pass rate", "the class average was 64", "about 10% of students fail"
_OUTCOME_GIVEN = re.compile(
    r"\d+\s*%\s+(?:of\s+(?:students|the\s+class)|pass\s+rate|fail(?:ure)?\s+rate|get|receive)\b"
    r"|\b(?:pass|fail|failure)\s+rate\s+(?:is|was|of)\s+(?:about\s+|around\s+)?\d|\bclass\s+average\s+(?:is|was)\s+\d",
    re.IGNORECASE,
)

# --- the mark a grade needs -----------------------------------------------------------------------------------
# A grade named after its article ("an A", "a B+", "a HD"), or a grade that cannot be an article ("A+", "HD").
_GRADE_NAMES = r"(?:hd|high\s+distinction|distinction|dn|cr|merit|first(?:[\s-]class)?)"
_GRADE_ASKED = re.compile(
    rf"\b(?:for|get|getting|earn|earning|receive|is|be|an?\s+overall)\s+"
    rf"(?:an\s+(?P<an>a[+-]?|f)|a\s+(?P<a>[b-f][+-]?|{_GRADE_NAMES})|(?P<bare>[a-f][+-]|{_GRADE_NAMES}))"
    r"(?=$|[\s?.!,])"
)
# ... asked as a figure: the mark, the percentage, the cut-off
_FIGURE_WORDS = re.compile(
    r"\b(?:percent|percentage|mark|marks|score|average|cut-?offs?|cut\s+offs?|boundar(?:y|ies)|thresholds?|points"
    r"|need|needed)\b|%"
)


def asked_grade(question: str) -> str | None:
    """The grade whose cut-off a question asks ("an A" in "what percent do i need for an A"), or None."""
    plain = " ".join(question.lower().replace("\u2019", "'").split())
    found = _GRADE_ASKED.search(plain)
    if found is None or not _FIGURE_WORDS.search(plain):
        return None
    return next(g for g in found.groups() if g)


def asks_headcount(question: str) -> bool:
    """The question asks how many people are in a group, a team or a class meeting."""
    plain = " ".join(question.lower().replace("\u2019", "'").split())
    return bool(_HEADCOUNT_ASKED.search(plain))


def asks_outcome_rate(question: str) -> bool:
    """The question asks how a class fares: how many fail or pass, a pass rate, the class average."""
    plain = " ".join(question.lower().replace("\u2019", "'").split())
    return bool(_OUTCOME_ASKED.search(plain))


def asks_class_size(question: str) -> bool:
    """The question asks how many people the whole class holds ("how many students are in this class"), not a
    group's size."""
    plain = " ".join(question.lower().replace("\u2019", "'").split())
    found = _HEADCOUNT_ASKED.search(plain)
    return found is not None and _WHOLE_CLASS.search(found.group(0)) is not None


# Grades a scale may write short ("D 70-79" for a distinction) or in full
_ALSO = {
    "distinction": ("d", "dn"),
    "dn": ("d", "distinction"),
    "high distinction": ("hd",),
    "hd": ("high distinction",),
}


def _grade_given(grade: str, said: str) -> bool:
    """The card names the grade, as asked or as a scale writes it, next to a mark."""
    return any(_one_grade_given(g, said) for g in (grade, *_ALSO.get(" ".join(grade.split()), ())))


def _one_grade_given(grade: str, said: str) -> bool:
    """The card names the grade next to a mark: "HD 80-100", "A: 90%", "90 or above is an A", "A (93+)"."""
    # a short grade is written in capitals ("a 50% average" names no grade); a word in any case
    name = re.escape(grade.upper()) if len(grade) <= 2 else rf"(?i:{re.escape(grade)})"
    name = name.replace(r"\ ", r"\s+")
    before = rf"(?<![\w+-]){name}(?![\w+-])\s*(?:[:=(]|is|from|-|–)?\s*(?:at\s+least\s+)?\d"
    after = r"\d\s*%?\s*(?:or\s+(?:above|more|higher)|and\s+(?:above|up|over)|\+)?\s*(?:[:=]|is|gets?|for)?\s*"
    after += rf"(?:an?\s+)?(?<![\w+-]){name}(?![\w+-])"
    return re.search(before, said) is not None or re.search(after, said) is not None


def unstated_figure(question: str, answer: Answer, where: str) -> Answer:
    """The answer, or when the question asks a group's size or a grade's cut-off and the answer does not give it,
    the card after a plain "the course page doesn't give that" (kind unknown) and no Yes or No of its own."""
    if answer.kind != "info":
        return answer
    grade = asked_grade(question)
    if grade is not None:
        if _grade_given(grade, said_in(answer)):
            return answer
        shown = grade.upper() if len(grade) <= 2 else grade.capitalize()
        article = "an" if shown[0] in "AEF" or shown == "HD" else "a"
        missing = f"the mark needed for {article} {shown} (the grade cut-offs)"
    elif asks_outcome_rate(question):
        if _OUTCOME_GIVEN.search(said_in(answer)):
            return answer
        missing = "how the class fares (how many pass or fail, its average)"
    elif asks_class_size(question):
        if _CLASS_SIZE_GIVEN.search(said_in(answer)):
            return answer
        missing = "how many students take the course"
    elif asks_headcount(question):
        if _HEADCOUNT_GIVEN.search(said_in(answer)):
            return answer
        missing = "how many people are in each group"
    else:
        return answer
    return not_given(answer, f"The course page doesn't give {missing}; {where}. What it does say:")


# A grade and its marks, as a scale writes them: "HD 80-100", "A: 90", "B+ = 87", "(CR) 60-69"
_GRADE_AT = re.compile(r"(?<![\w+-])(?:[A-F][+-]?|HD|DN|CR|P|N)(?![\w+-])\s*(?:[:=(]|is)?\s*\d{1,3}")
_SCALES: Kept[str] = Kept(size=32)


def stated_scale(course: Course) -> str:
    """The sentence of the course's policies that gives its grading scale (three grades or more, each with its
    marks: "Grades: HD 80-100, D 70-79, CR 60-69, ..."), or "" when none does. Found once per course."""

    def find() -> str:
        for p in course.policies:
            for sentence in split_clauses(" ".join(p.quote.split())):
                if len(_GRADE_AT.findall(sentence)) >= 3:
                    return sentence.strip()
        return ""

    return _SCALES.get(course, "scale", find)


_CURVED = re.compile(r"\bcurv(?:e|es|ed|ing)\b", re.IGNORECASE)


def stated_curve(course: Course) -> str:
    """The sentence of the course's policies that says whether grades are curved ("Grades are not curved, but the
    cutoffs may be lowered"), or "" when none does. Found once per course."""

    def find() -> str:
        for p in course.policies:
            for sentence in split_clauses(" ".join(p.quote.split())):
                if _CURVED.search(sentence):
                    return sentence.strip().rstrip(";,")
        return ""

    return _SCALES.get(course, "curve", find)


# --- the rule that gives a group's size ---------------------------------------------------------------------------
_WORDS = re.compile(r"[a-z]+")
_LITTLE = words_of(
    """how many big large is are will can could should may the our my each a an in per on to of be people ppl students
    members persons us group groups team teams size sizes"""
)


def headcount_policy(course: Course, question: str) -> str | None:
    """The policy that gives the size of the group a question asks about ("how big can project groups be": the rule
    saying "projects in groups of up to 3"). A group named with a word before it ("project groups", "lab group")
    fits a rule whose size is said beside that word ("Projects in groups of ..."); "teams of four ... within your
    studio group" gives the teams' size, not the studio group's. A group named plainly ("how big are the teams") fits
    the course's only rule giving a size. None when no rule, or several, fit."""
    if not asks_headcount(question) or asks_class_size(question):
        return None  # the whole class's size is no group's rule
    giving = _SIZED.get(course, "sized", lambda: _sized_rules(course))
    lowered = question.lower()
    named = _NAMED_GROUP.search(lowered)
    which = named.group(1) if named and named.group(1) not in _LITTLE else ""
    only = [giving[0][0]] if len(giving) == 1 else []
    fits = [pid for pid, words in giving if which[:5] in words] if which else only
    return fits[0] if len(fits) == 1 else None


# The word naming which group, just before the group word: "project" in "how big can project groups be"
_NAMED_GROUP = re.compile(r"\b([a-z]+)\s+(?:groups?|teams?)\b")
_SIZED: Kept[tuple[tuple[str, frozenset[str]], ...]] = Kept(size=32)


# A group's size in a rule's words, never a number beside "students" alone ("10-605 students do the project")
_GROUP_SIZED = re.compile(
    rf"\b(?:groups?|teams?)\s+of\s+(?:up\s+to\s+|at\s+most\s+|between\s+)?{_NUMBER_WORDS}\b"
    rf"|\b{_NUMBER_WORDS}(?:\s*(?:-|–|to|or)\s*{_NUMBER_WORDS})?\s+(?:students|people|members|persons)\s+"
    r"(?:per|in\s+(?:each|a|every)|to\s+a|on\s+(?:each|a|every))\s+(?:group|team)\b|\bin\s+pairs\b",
    re.IGNORECASE,
)
# How many words before a size say whose it is: "Application projects are done in groups of up to 3"
_BEFORE = 4


def _sized_rules(course: Course) -> tuple[tuple[str, frozenset[str]], ...]:
    """The policies whose words give a group's size, each with the stems of the words just before each size and
    of the size itself."""
    found = []
    for p in course.policies:
        said = " ".join(f"{p.summary} {p.quote}".split()).lower()
        words: set[str] = set()
        for m in _GROUP_SIZED.finditer(said):
            before = _WORDS.findall(said[: m.start()])[-_BEFORE:]
            words |= {w[:5] for w in (*before, *_WORDS.findall(m.group(0))) if len(w) > 2}
        if words:
            found.append((p.id, frozenset(words)))
    return tuple(found)


def warm_tables(course: Course) -> None:
    """Build this reader's per-course tables now (the sentences stating the grading scale and a curve, the rules
    giving a group's size): engine.warm calls it at load, so the first student to ask does not pay for them."""
    stated_scale(course)
    stated_curve(course)
    _SIZED.get(course, "sized", lambda: _sized_rules(course))
