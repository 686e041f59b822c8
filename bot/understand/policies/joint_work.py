"""Doing a piece of work together with another student ("can my partner and i write the discussion together", "we
did the prelab together and compared answers, is that allowed"): No when a clause of the rule names that very work
as one's own or individual, and no clause that names it lets students share it."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.kept import Kept
from bot.core.sentences import split_sentences
from bot.course.model import Course
from bot.understand.page_evidence.knowledge import stem
from bot.understand.words.vocabulary import words_of
from bot.understand.yes_no.folded import fold

# One piece of work handed in for several students ("for all of us", "for my study group")
_FOR_ALL = r"for\s+(?:all\s+of\s+us|us\s+all|(?:the|our|my)\s+(?:whole\s+|[a-z]+\s+)?(?:group|team))"
# Two students on one piece of work.
_JOINT = re.compile(
    r"\b(?:together|jointly|same\s+(?:thing|answers?|code|report|write\s*-?\s*up|solutions?)|compared|comparing"
    r"|share|sharing|copy|copied|(?:me|i)\s+and\s+(?:my\s+)?\w+|\w+\s+and\s+i|we\s+both|both\s+of\s+us"
    # "turn in one pset for all of us": one piece of work handed in for several students
    rf"|{_FOR_ALL}"
    # "do the quiz with my roommate": the work done with another student
    r"|with\s+(?:my|a|another|some|other)\s+(?:\w+\s+)?(?:roommates?|friends?|classmates?|buddy|buddies|mates?"
    r"|partners?|study\s+group|people|students?))\b"
)
# A clause that keeps the work to each student.
_OWN = re.compile(
    r"\b(?:own\s+work|own\s+words|your\s+own|their\s+own|individual(?:ly)?|no\s+collaboration|on\s+your\s+own"
    r"|by\s+yourself|alone|independently)\b"
)
# A clause that lets students do it together.
_SHARED = re.compile(r"\b(?:shared|share|together|with\s+(?:your\s+)?(?:classmates|partner|others|other\s+students))\b")
# Words of the question that never name the work: people, asking, working together.
_NOT_THE_WORK = words_of(
    """a an the of to in on at for from by with about and or but so if then that this it its is are was were be am
    do does did done doing have has had can could would should will may might must i me my we us our you your he she
    they them their his her partner partners friend friends roommate roommates classmate classmates buddy teammate
    lab-partner together jointly same thing things compared comparing compare share sharing copy copied both just
    also really allowed ok okay fine alright problem issue cheating write wrote writing turn turned hand handed
    submit submitted submitting work worked working answers before after while all any some also still already
    check checked checking each other others s
    course class section one two"""
)


_WHO = re.compile(r"\b\w+\s+(?:partners?|group|groupmates?|buddy|buddies|teammates?)\b")


def _shares(asked: set[str], said: set[str]) -> bool:
    """Whether a word asked is one the clause says, or one of its forms ("quiz", "quizzes")."""
    return any(
        a == w or (min(len(a), len(w)) >= 4 and (a.startswith(w) or w.startswith(a))) for a in asked for w in said
    )


def _words(text: str) -> set[str]:
    return {stem(w) for w in re.findall(r"[a-z0-9]+", text.lower().replace("-", "")) if not w.isdigit()}


# One piece of work handed in for several students
_ONE_FOR_ALL = re.compile(rf"\b{_FOR_ALL}\b")
# A clause that speaks of handing the work in ("submit one report per group"): only such a clause lets one piece of
# work go in for several students.
_HANDED_IN = re.compile(
    r"\b(?:submit\w*|hand(?:s|ed|ing)?\s+in|turn(?:s|ed|ing)?\s+in|upload\w*|per\s+(?:group|team|pair))\b"
)
# A clause whose subject is the students, not a piece of work ("each student must ...", "you must ...")
_PEOPLE_FIRST = re.compile(r"(?:each|every|all)\s+(?:student|one|of\s+you|person|member)|everyone|you\b|students\b")


# "copy code from the gallery", "copy an example from the docs": copying from a source, not from another student
_FROM_SOURCE = re.compile(
    r"\bcop(?:y|ied|ying)\b.*?\bfrom\s+(?!(?:my|a|an|another|some|other|the\s+other)\s+\w*\s*"
    r"(?:roommates?|friends?|classmates?|buddy|buddies|mates?|partners?|students?|people|peers?))"
)


def _copied_from_a_source(lowered: str) -> bool:
    """Whether the only working together the question names is copying from a source that is no student (a gallery,
    the docs, a website): what the rule on reusing others' material says decides that, not one on joint work."""
    joint = {m.group(0) for m in _JOINT.finditer(lowered)}
    return bool(joint) and joint <= {"copy", "copied"} and _FROM_SOURCE.search(lowered) is not None


@lru_cache(maxsize=256)
def _clauses(quote: str) -> tuple[str, ...]:
    """The rule cut at sentence ends, semicolons and ", but": each says one thing of some work."""
    pieces = (p for s in split_sentences(quote) for p in re.split(r";\s*|,?\s+but\s+", s))
    return tuple(p.strip() for p in pieces if p.strip())


def _asked_work(question: str) -> set[str]:
    """The stems of the words naming the work asked about, without people and the words of asking."""
    # "my lab partner", "my study group": who the student worked with, not the work
    said = _WHO.sub(" ", " ".join(question.lower().split()))
    typed = re.findall(r"[a-z0-9]+", said.replace("-", ""))
    asked = {stem(w) for w in typed if w not in _NOT_THE_WORK and len(w) > 1 and not w.isdigit()}
    return asked - {stem(w) for w in _NOT_THE_WORK}


_OTHER_NAMES: Kept[dict[str, frozenset[frozenset[str]]]] = Kept(size=32)


def _other_names(course: Course) -> dict[str, frozenset[frozenset[str]]]:
    """Each word naming the course's work -> every name of the same work, each as its stems without numbers ("pset"
    -> "problem set", "pset" where "PS1" is also "pset 1" and "problem set 1"; never its kind, which other work
    shares): read once per course."""

    def build() -> dict[str, frozenset[frozenset[str]]]:
        out: dict[str, set[frozenset[str]]] = {}
        for a in course.assignments:
            names = {frozenset(_words(n)) for n in (a.title, a.short, *a.aliases)} - {frozenset()}
            for name in names:
                for w in name:
                    out.setdefault(w, set()).update(names)
        return {w: frozenset(found) for w, found in out.items()}

    return _OTHER_NAMES.get(course, "work names", build)


# A student (or students) doing what is asked: "can my group ...", "could one of us ...", "is it ok to ..."
_STUDENT_ACTS = re.compile(
    r"\b(?:can|could|may|should|do|does|will|would|are|is|am)\s+(?:i|we|me|my|our|us|each|every|one\s+of\s+us)\b"
    r"|\b(?:is|would)\s+it\s+(?:be\s+)?(?:ok|okay|fine|allowed|alright|acceptable)\b"
)


# Doing or handing in the work itself ("hand in the pset for my group", "do hw3 for all of us"), not a favour beside
# it ("print the problem set for my study group"); "do" asking ("do we ...") is no act
_WORK_ACT = re.compile(
    r"\b(?:submit\w*|hand(?:s|ed|ing)?\s+in|turn(?:s|ed|ing)?\s+in|upload\w*|writ\w*|wrote|complet\w*|finish\w*"
    r"|answer\w*|solv\w*|enter\w*|make|making|made|doing|do(?!\s+(?:i|we|you|they|us)\b))\b"
)


def _done_for_students(lowered: str) -> bool:
    """Whether "for all of us" is the only sign of joint work and it is not the students doing or handing in the work:
    someone else does the thing ("can the ta post one solution for all of us"), or a student does something else for
    the others ("can i print the problem set for my study group"), which no rule on their own work decides."""
    without = _ONE_FOR_ALL.sub(" ", lowered)
    if _ONE_FOR_ALL.search(lowered) is None or _JOINT.search(without):
        return False
    return not _STUDENT_ACTS.search(lowered) or not _WORK_ACT.search(without)


def joint_work_verdict(quote: str, question: str, also: frozenset[frozenset[str]] = frozenset()) -> str | None:
    """The clause that keeps the work asked about to each student, when the question asks to do it together and
    no clause naming that work lets students share it; None otherwise. `also`: the work's other names, each whole
    ("problem set" for "pset")."""
    lowered = " ".join(question.lower().split())
    if not _JOINT.search(lowered) or _done_for_students(lowered) or _copied_from_a_source(lowered):
        return None
    asked = _asked_work(question)
    if not asked:
        return None
    # "turn in one pset for all of us": one piece of work handed in for several; the clause on each student's own
    # submission decides it, and it may follow the clause naming the work ("..., but each student must submit ...")
    one_for_all = _ONE_FOR_ALL.search(" ".join(question.lower().split())) is not None
    also = also if one_for_all else frozenset()
    own: list[str] = []
    named_before = False  # the clause before, in the same sentence, named the work asked
    for clause in _clauses(quote):
        # "... problem sets in study groups, but each student must submit their own answers": a clause whose subject
        # is the students speaks of the work the clause before it named
        said = _words(clause)
        named = _shares(asked, said) or any(name <= said for name in also)
        named = named or (one_for_all and named_before and _PEOPLE_FIRST.match(clause.lower()) is not None)
        named_before = named and not re.search(r"[.!?]$", clause)
        if not named:
            continue
        if _SHARED.search(clause.lower()) and not _OWN.search(clause.lower()):
            if one_for_all and not _HANDED_IN.search(clause.lower()):
                continue  # "you may work with classmates on problem sets": working together is not handing in one
            return None  # "lab data is shared with your partner": that work may be shared
        if _OWN.search(clause.lower()):
            own.append(clause)
    return own[0].rstrip(". ") if own else None


def joint_work_policy(course: Course, question: str) -> tuple[str, str] | None:
    """ "can me and my roommate write our reading responses together": the one policy whose clause keeps that work
    to each student, and the clause, for a may-I question about doing it together; None when none or several do."""
    folded = fold(question)
    if not folded.yes_no or folded.mode != "permission" or not _TOGETHER.search(folded.lowered):
        return None
    one_for_all = _ONE_FOR_ALL.search(folded.lowered) is not None
    if any(_lets_share(p.quote, question, handing_in=one_for_all) for p in course.policies):
        return None  # "can i work with my friend on the homework" where a rule lets homework be discussed together
    names = _other_names(course)
    also = frozenset(n for a in _asked_work(question) for n in names.get(a, ()))  # "pset": "problem set" too
    found = [(p.id, said) for p in course.policies if (said := joint_work_verdict(p.quote, question, also))]
    if len(found) > 1:
        # "one lab report for all of us": "the ... lab report must be your own work" names more of the work asked
        # than "attend your own lab section" does
        asked = _asked_work(question)
        named = [sum(_shares({a}, _words(said)) for a in asked) for _, said in found]
        found = [f for f, n in zip(found, named, strict=True) if n == max(named)]
    return found[0] if len(found) == 1 else None


# Two students named doing it together, never a story's "tmrw and i just tested positive": "me and my roommate",
# "my friend and i", "together", "both of us", "with my roommate"
_TOGETHER = re.compile(
    r"\b(?:(?:me|i)\s+and\s+(?:my|a|another)\s+\w+|my\s+\w+\s+and\s+(?:i|me)\b(?!')|together|jointly|we\s+both"
    r"|both\s+of\s+us|with\s+(?:my|a|another|some|other)\s+(?:\w+\s+)?(?:roommates?|friends?|classmates?|buddy"
    r"|buddies|mates?|partners?|study\s+group|people|students?)"
    rf"|{_FOR_ALL})\b"
)


def _lets_share(quote: str, question: str, *, handing_in: bool = False) -> bool:
    """Whether a clause of the rule naming the work asked lets students share it or do it together, or one allows
    collaboration itself ("Collaboration with other students ... is allowed, but only under the conditions").
    handing_in: one piece of work handed in for several is asked, which a clause letting the work be shared lets only
    when it speaks of handing it in; a rule allowing collaboration leaves the course's claims to decide it."""
    asked = _asked_work(question)
    return any(
        (
            (
                _shares(asked, _words(c))
                and _SHARED.search(c.lower())
                and (not handing_in or _HANDED_IN.search(c.lower()))
            )
            or _COLLABORATION_ALLOWED.search(c.lower())
        )
        and not _OWN.search(c.lower())
        for c in _clauses(quote)
    )


_COLLABORATION_ALLOWED = re.compile(
    r"\bcollaborat\w*\b(?:(?!\bnot\b|\bno\b|n't\b)[^.;])*\b(?:allowed|permitted|encouraged|welcome)\b"
    r"|\b(?:may|can|are\s+(?:allowed|welcome|encouraged)\s+to)\s+collaborate\b"
)
