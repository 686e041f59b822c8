"""The way a student proposes to ask for a regrade ("can i just email my ta for a regrade", "can i ask in office
hours") against the way the course takes them (`regrades.where`, and the regrade policy's own sentences): No with
the page's refusal or the course's way, Yes when the course's way is that one; nothing decided when the page leaves
it open (a way it never names, or a person other than the one it names)."""

from __future__ import annotations

import re

from bot.answers.places import on_place
from bot.core.kept import Kept
from bot.core.sentences import split_clauses
from bot.course.model import Course
from bot.course.unknown import is_known
from bot.understand.late.regrade_scope import regrade_policy
from bot.understand.words.stems import word_stems
from bot.understand.words.vocabulary import STOPWORDS
from bot.understand.work.work_stems import work_stems

# The ways a student may propose, each with the words that name it (in a question or in the course's words); "in
# person" also takes "in <a meeting kind of the course>" ("in studio", "in the lab"), read from its data (_ways)
_EMAIL = r"\b(?:e-?mail(?:ing|ed|s)?|mail)\b"
_IN_PERSON = (
    r"\bin\s+person\b|\boffice\s+hours?\b|\bafter\s+(?:class|lecture)\b|\bin\s+(?:the\s+)?(?:class|lecture|section)\b"
)
_WAYS = Kept[dict[str, re.Pattern[str]]](16)


def _ways(course: Course) -> dict[str, re.Pattern[str]]:
    """The ways to ask, with the course's own meeting kinds as places asked in person (read once per course)."""

    def build() -> dict[str, re.Pattern[str]]:
        kinds = {n.lower() for k in course.meeting_kinds for n in (k.name, k.plural) if n}
        named = "|".join(re.escape(k) for k in sorted(kinds, key=len, reverse=True))
        in_kind = rf"|\bin\s+(?:the\s+|my\s+)?(?:{named})\b" if named else ""
        return {"email": re.compile(_EMAIL), "in person": re.compile(_IN_PERSON + in_kind)}

    return _WAYS.get(course, "ways", build)


# A proposal: "can i (just) email ...", "could i ask in office hours", "would it be alright to email", "do i email"
_PROPOSED = re.compile(
    r"\b(?:can|could|may|should|do)\s+(?:i|we|u)\b"
    r"|\b(?:is|would)\s+it\s+(?:be\s+)?(?:ok|okay|fine|alright|all\s+right|allowed)\b"
)
# A sentence refusing a way: "Requests sent by email ... will not be considered", "not by email"
_REFUSING = re.compile(r"\b(?:not|never|no|won't|cannot|can't)\b")
# A way of the course's that is no email: a form, a message on a platform
_CHANNEL = re.compile(r"\b(?:form|message|portal|request\s+tool|online)\b")
# People a student may name as whom they would ask
_PEOPLE = re.compile(
    r"\b(?:ta|tas|teaching\s+assistants?|prof|profs|professor|instructor|tutor|lecturer|coordinator|grader|marker"
    r"|head\s+ta)\b"
)
_SENTENCES = Kept[tuple[str, ...]](16)


def _policy_sentences(course: Course) -> tuple[str, ...]:
    policy = regrade_policy(course)
    return split_clauses(policy.quote or "") if policy is not None else ()


def _work_sent_elsewhere(course: Course, question: str, others: list[str]) -> bool:
    """Whether the work the question names is work another sentence of the page routes otherwise ("Questions about
    lab report grading go to your lab TA"): its way, not the course's general one, decides."""
    asked = word_stems(question, STOPWORDS) & work_stems(course)
    return any(asked & word_stems(s, STOPWORDS) for s in others)


def _way_asked(course: Course, question: str) -> str | None:
    lowered = question.lower()
    if not _PROPOSED.search(lowered):
        return None
    found = [way for way, words in _ways(course).items() if words.search(lowered)]
    return found[0] if len(found) == 1 else None


def route_verdict(course: Course, question: str) -> tuple[bool, str] | None:
    """Yes or No on the way the question proposes to ask for a regrade, and why (the page's sentence, or the way the
    course takes requests, with any other way the page gives for some work); None when the page does not settle it."""
    way = _way_asked(course, question)
    where = course.regrades.where
    if way is None or not is_known(where) or not where:
        return None
    words = _ways(course)[way]
    sentences = _SENTENCES.get(course, "sentences", lambda: _policy_sentences(course))
    naming = [s for s in sentences if words.search(s.lower())]
    refusing = next((s for s in naming if _REFUSING.search(s.lower())), None)
    days = course.regrades.window_days
    within = f", within {days} days of the grades coming out" if isinstance(days, int) else ""
    way_of_course = f"regrade requests go{on_place(where)}{within}."
    # another way the page gives for some work, by the way or the person asked ("lab report grading goes to your TA")
    asked_of = {m.group(0) for m in _PEOPLE.finditer(question.lower())}
    others = [
        s
        for s in sentences
        if not _REFUSING.search(s.lower())
        and (words.search(s.lower()) or asked_of & {m.group(0) for m in _PEOPLE.finditer(s.lower())})
    ]
    also = f" The page also says: “{others[0]}”" if others else ""
    if asked_of and _work_sent_elsewhere(course, question, others):
        return None  # "email my ta for a regrade on lab report 2" where lab report grading goes to the lab TA
    if refusing is not None:
        return False, f"the course page says “{refusing}” ({way_of_course[:-1]}).{also}"
    place = where.lower()
    if words.search(place):
        named = {m.group(0) for m in _PEOPLE.finditer(place)}
        if asked_of and not asked_of & named and named:
            return None  # "can i email my ta" where requests go by email to the professor: whom is for staff to say
        return True, way_of_course[0].upper() + way_of_course[1:]
    names = [p.name.lower() for p in course.platforms if p.name]
    if _CHANNEL.search(place) or any(n.split("(")[0].strip() in place for n in names if n.split("(")[0].strip()):
        return False, f"{way_of_course}{also}"
    return None
