"""A rule said of one kind of student ("Unofficial auditors will not be given access to course materials", "20-210
students do not write the term paper") decides only for that kind: "do we get access to course materials", asked by
a student who says nothing of being one, gets the rule shown without its No.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bot.understand.page_evidence.knowledge import stem
from bot.understand.words.normalize import phrase_key
from bot.understand.words.vocabulary import STOPWORDS, words_of
from bot.understand.yes_no.clause_stance import DOERS

# Nouns for students, and those that are one kind of student by themselves ("auditors", "undergraduates").
_STUDENTS = words_of("student students learner learners participant participants attendee attendees")
_KINDS = words_of(
    """auditor auditors visitor visitors undergraduate undergraduates undergrad undergrads postgraduate postgraduates
    postgrad postgrads major majors nonmajor nonmajors"""
)
# Words that may open a clause's subject ("but all the students"), and words that leave it every student or make the
# students no subject at all ("enrolled students", "to protect future students", "collaboration with students").
_OPENERS = words_of("a an the all every each any our your their but and or so also however then")
_EVERYONE = words_of("enrolled registered current fellow individual future") | STOPWORDS
_SUBJECT_WORDS = 4  # words a subject's noun may stand after: a longer opening is no plain noun phrase


def student_kind(clause: str) -> tuple[str, ...]:
    """The words naming the kind of student a clause's subject is ("unofficial auditors"; "10 405 students"), or ()
    when its subject is every student ("all students", "students who ..."), or no student."""
    tokens = phrase_key(clause)
    at = next((i for i, t in enumerate(tokens[: _SUBJECT_WORDS + 1]) if t in _STUDENTS or t in _KINDS), None)
    if at is None:
        return ()
    opening = list(tokens[:at])
    while opening and opening[0] in _OPENERS:
        opening.pop(0)  # "but", "all", "the"
    if any(t in _EVERYONE for t in opening):
        return ()  # "enrolled students"; "to protect future students": the students are not its subject
    if opening or tokens[at] in _KINDS:
        return (*opening, tokens[at])
    return ()


def kind_told(question_words: Iterable[str], kind: Sequence[str]) -> bool:
    """Whether a question names the kind of student, or tells being one ("if i audit" is one of the "auditors"):
    any word of the kind but a plain "students" or a course number's short prefix ("20" of "20-210") will do."""
    own = {stem(w) for w in kind if w not in _STUDENTS and not (w.isdigit() and len(w) < 3)}
    told: set[str] = set()
    for word in question_words:
        told |= {stem(word), *DOERS.get(stem(word), ())}
    return bool(own & told)


def kinds_named(clause: str) -> tuple[str, ...]:
    """Every word naming a kind of student anywhere in a clause ("310", "210" of "20-310 students will write a
    term paper, while 20-210 students will not"): the words right before each students' noun, and the nouns that
    are one kind by themselves."""
    tokens = phrase_key(clause)
    named: list[str] = []
    for at, token in enumerate(tokens):
        if token in _KINDS:
            named.append(token)
        elif token in _STUDENTS:
            before = tokens[max(0, at - 2) : at]
            named += [t for t in before if t not in _EVERYONE]
    return tuple(named)


def said_of_other_kind(clause: str, question_words: Iterable[str]) -> bool:
    """Whether a clause is said of one kind of student and names none the question names ("unofficial auditors get
    no access" asked "do we get access"): it decides nothing for the student asking. A clause setting kinds side by
    side ("20-310 students write a term paper, while 20-210 students do not") speaks to a question naming either."""
    return bool(student_kind(clause)) and not kind_told(question_words, kinds_named(clause))
