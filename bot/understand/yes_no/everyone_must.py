"""Whether every one of the students must do something: "do all of us have to present at the midterm jury or can one
person do it", "does everyone need to speak", "does each of us have to hand in a charter". It asks of a group or
participation rule, never the course's language of instruction. The page's sentence saying that every member (each
student, all of them) does that thing answers it: Yes with the sentence quoted, under the heading of the exam, rule or
piece of work it belongs to; a sentence that says it with a "not" or an "only" is quoted without a Yes or No. The
sentences are indexed once per course (bot.core.kept.Kept)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.answer import Answer, text
from bot.core.kept import Kept
from bot.core.sentences import split_sentences
from bot.course.model import Course
from bot.understand.answering import replies
from bot.understand.question.reading import Reading
from bot.understand.words.stems import word_stems
from bot.understand.words.vocabulary import STOPWORDS

# Words every question of this kind holds (the recognizer's `needs`).
NEEDS = frozenset({"all", "everyone", "everybody", "each", "every", "whole"})
# Every one of us, as students say it: the subject of the question.
_EVERYONE = re.compile(
    r"\b(?:all\s+of\s+us|we\s+all|us\s+all|all\s+(?:the\s+)?(?:team\s+|group\s+)?members|every(?:one|body)"
    r"|each\s+(?:one\s+)?(?:of\s+us|team\s+member|group\s+member|member|person|student)"
    r"|every\s+(?:single\s+)?(?:team\s+|group\s+)?(?:member|person|student)|the\s+whole\s+(?:team|group))\b"
)
# Having to do a thing, and the thing done (the word after): "have to present", "need to speak", "must attend".
_MUST = re.compile(
    r"\b(?:(?:have|has|need|needs|got)\s+to|must|(?:required|supposed|expected)\s+to|gotta)\s+(?:be\s+)?([a-z]+)"
)
# A sentence of the page said of every one: "Every team member presents", "each student submits", "all members"
# (never of every team or every week: "Each team has 20 minutes").
_UNIVERSAL = re.compile(
    r"\b(?:every(?:one|body)|(?:every|each)\s+(?:\w+\s+)?(?:member|student|person|participant)"
    r"|(?:each|all)\s+of\s+you|all\s+(?:\w+\s+)?(?:members|students))\b",
    re.IGNORECASE,
)
# A sentence saying it only of some, or not at all: quoted without a Yes or No.
_NOT_ALL = re.compile(r"\b(?:not|no|never|only|one\s+person|one\s+member|may|can)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Said:
    """A sentence of the page said of every one, with the heading it stands under and the exam it is a rule of."""

    heading: str
    sentence: str
    words: frozenset[str]
    exam: str | None = None
    stems: frozenset[str] = frozenset()  # the sentence's word stems, for the thing asked (read once per course)


_KEPT: Kept[tuple[Said, ...]] = Kept(size=32)


def _said_of_everyone(course: Course) -> tuple[Said, ...]:
    """Every sentence of the exams' rules, the policies' words and the work's notes said of every one. Built once
    per course."""

    def build() -> tuple[Said, ...]:
        def said(heading: str, words: str, exam: str | None = None) -> list[Said]:
            return [
                Said(heading, s, frozenset(re.findall(r"[a-z]+", s.lower())), exam, word_stems(s, STOPWORDS))
                for s in split_sentences(words)
                if _UNIVERSAL.search(s)
            ]

        out = [s for e in course.exams for rule in e.rules for s in said(e.title, rule, e.id)]
        out += [s for p in course.policies for s in said(p.title, p.quote or p.summary)]
        out += [s for a in course.assignments if a.notes for s in said(a.title, a.notes)]
        return tuple(out)

    return _KEPT.get(course, "said_of_everyone", build)


def _forms(verb: str) -> frozenset[str]:
    """The forms a sentence says a verb in ("present": "presents", "presented", "presenting"), never a noun made of
    it ("presentation")."""
    base = verb[:-1] if verb.endswith("e") else verb
    return frozenset({verb, f"{verb}s", f"{verb}es", f"{base}ed", f"{base}ing", f"{verb}d"})


def everyone_must_asked(course: Course, said: str, reading: Reading) -> tuple[Said, ...] | None:
    """The page's sentences saying every one does what the question asks whether every one must do; those of the exam
    named when it names one. None when the question asks no such thing or the page has no such sentence."""
    plain = said.lower().replace("’", "'")
    who = _EVERYONE.search(plain)
    must = _MUST.search(plain, who.end()) if who else None
    if must is None:
        return None
    named = set(reading.ids("exam"))
    thing = _thing_asked(plain[must.end() :])
    found = [
        s
        for s in _said_of_everyone(course)
        if _forms(must.group(1)) & s.words and _names_thing(s, thing - _exam_words(course, named, s))
    ]
    own = [s for s in found if s.exam in named]
    found = own or ([s for s in found if s.exam is None or not named] if named else found)
    return tuple(found) or None


# Where the thing asked ends: "present at the midterm jury or can one person do it", "submit it, since ..."
_THING_ENDS = re.compile(r"[,.;?!]|\b(?:or|if|because|since|bc|cause|and\s+can)\b")


def _thing_asked(after_verb: str) -> frozenset[str]:
    """The stems of what every one must do it to ("the final project" of "do all of us have to submit the final
    project"), without the words that say nothing of it; empty when nothing is named ("does everyone need to
    speak")."""
    cut = _THING_ENDS.search(after_verb)
    return word_stems(after_verb[: cut.start()] if cut else after_verb, STOPWORDS)


def _exam_words(course: Course, named: set[str], said: Said) -> frozenset[str]:
    """The words naming the exam a sentence is a rule of, when the question names that exam ("present at the midterm
    jury": the jury's own rule needs not say "jury")."""
    exam = course.exam(said.exam) if said.exam in named else None
    return word_stems(" ".join((exam.id, exam.title, *exam.aliases)), STOPWORDS) if exam else frozenset()


def _names_thing(said: Said, thing: frozenset[str]) -> bool:
    """Whether the sentence says it of the thing asked: every word of it in the sentence ("submit the final project"
    is not answered by "each student submits their own lab report")."""
    return thing <= said.stems


def _clause_of_everyone(sentence: str) -> str:
    """The clause saying it of every one ("but each student must enter their own answers"), without the clause
    before it ("You may work with classmates")."""
    found = _UNIVERSAL.search(sentence)
    return re.split(r"[;:]|,\s*but\b|,\s*and\b", sentence[found.start() :])[0] if found else sentence


def everyone_must_answer(sentences: tuple[Said, ...]) -> Answer:
    """Yes with the one sentence saying every one does it plainly; the sentences quoted without a verdict otherwise."""
    title = sentences[0].heading if len({s.heading for s in sentences}) == 1 else "What the course page says"
    if len(sentences) == 1 and not _NOT_ALL.search(_clause_of_everyone(sentences[0].sentence)):
        return replies.verdict(Answer(title=title, lines=()), True, f"“{sentences[0].sentence}”")
    return Answer(title=title, lines=tuple(text(f"{s.heading}: “{s.sentence}”") for s in sentences))
