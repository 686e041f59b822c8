"""Something about an exam that its own rules state, asked in the rule's words ("is a periodic table provided for
midterm 2" against "A periodic table and a constants sheet are provided"): the rule quoted, never "not on the page".
A Yes comes only when one clause holds every word asked (what is said of the thing too) and says no "not" or "no"."""

from __future__ import annotations

import re

from bot.course.model import Exam
from bot.understand.page_evidence.closest_policy import told_and_asked
from bot.understand.page_evidence.knowledge import stem
from bot.understand.words.normalize import phrase_key
from bot.understand.words.stems import word_stems
from bot.understand.words.vocabulary import STOPWORDS, words_of

_BREAK = re.compile(r";|\.\s+|:\s+|,?\s+but\s+")
_NEEDED = re.compile(r"\b(?:need|needed|have\s+to|supposed\s+to|must|required|bring)\b")
_BRING = re.compile(r"\s*(?:please\s+)?bring\b")
_NEGATED = re.compile(r"\b(?:no|not|never|cannot|can't|without|none)\b")
_CONDITION = re.compile(r"\b(?:if|unless|provided|as\s+long\s+as|so\s+long\s+as)\b")
# asking leave for a thing ("am i allowed", "is it permitted", "can i use") and a rule granting it
_MAY_I = re.compile(r"\b(?:allowed|permitted|can\s+(?:i|we)\s+(?:use|have|bring|take)|may\s+(?:i|we))\b")
_PERMITS = re.compile(r"\b(?:allowed|permitted|may\s+(?:be\s+)?(?:use|used|bring|brought))\b")
# asking whether a thing or a person will be there ("will there be external jurors", "is there a proctor") and a
# rule saying it will, plainly ("External jurors from practice take part", "a proctor is present")
_THERE_BE = re.compile(r"\b(?:is|are|will|would)\s+there\b")
_PRESENT = re.compile(
    r"\b(?:takes?\s+part|attends?|sits?\s+in|(?:is|are|will\s+be)\s+(?:present|there|available|provided|given"
    r"|held|included|invited)|there\s+(?:is|are|will\s+be))\b"
)
# words by which a rule says a thing happens only sometimes or on a condition: no plain Yes that it is there
_UNSURE = re.compile(r"\b(?:may|might|can|could|sometimes|occasionally|usually|often|only|if|unless|when)\b")


def rules_saying(exam: Exam, words: str, question: str = "") -> tuple[list[str], str | None]:
    """The exam's rules holding every word asked, and the one clause that says it plainly, if any: one holding what
    is said of the thing too ("provided"), or, to "do i need a pencil", one telling students to bring it."""
    asked = word_stems(words, STOPWORDS)
    if not asked:
        return [], None
    held = [r for r in exam.rules if asked <= word_stems(r, STOPWORDS)]
    clauses = [c.strip() for r in held for c in _BREAK.split(r) if asked <= word_stems(c, STOPWORDS)]
    # "a dictionary is allowed if it contains no notes": the condition's "no" does not deny the permission
    plain = [c for c in clauses if not _NEGATED.search(_CONDITION.split(c.lower())[0])]
    if len(plain) != 1 or len(clauses) != 1:
        return held, None
    if _NEEDED.search(question.lower()) and _BRING.match(plain[0].lower()):
        return held, plain[0]
    if _MAY_I.search(question.lower()) and _PERMITS.search(_CONDITION.split(plain[0].lower())[0]):
        return held, plain[0]  # "am i allowed a dictionary": the thing's own rule allows it (with its conditions)
    said = plain[0].lower()
    if _THERE_BE.search(question.lower()) and _PRESENT.search(said) and not _UNSURE.search(said):
        return held, plain[0]  # "will there be external jurors": "External jurors from practice take part"
    # Two words may name a thing only ("periodic table"): a Yes needs what is said of it too ("provided").
    return held, plain[0] if len(asked) >= 3 else None


def rules_saying_any(exams: list[Exam], words: str, question: str = "") -> tuple[list[str], str | None]:
    """ "is there an external examiner at the final exam", no one exam named: the rules of every exam holding the
    words asked (each once), and the plain clause when every exam whose rules hold them says the same one."""
    held: dict[str, None] = {}
    plains: set[str | None] = set()
    for exam in exams:
        found, plain = rules_saying(exam, words, question)
        if found:
            held.update(dict.fromkeys(found))
            plains.add(plain)
    return list(held), next(iter(plains)) if len(plains) == 1 else None


def rules_asked(exams: list[Exam], words: str, question: str) -> tuple[list[str], str | None]:
    """As `rules_saying_any`, and when no rule holds every word, the words of the question's own ask once its story
    is set apart ("english is my second language, am i allowed a dictionary": "dictionary")."""
    held, plain = rules_saying_any(exams, words, question)
    if held:
        return held, plain
    story, asking = told_and_asked(question)
    own = set(phrase_key(asking)) if story else set()
    kept = " ".join(w for w in words.split() if w in own)
    return rules_saying_any(exams, kept, asking) if kept and kept != words else ([], None)


# Words of asking about an exam's content or of the exam itself, never what a rule is about
_EXAM_ASKING = frozenset(
    stem(w)
    for w in words_of(
        """cover covers covered material topics topic chapters content on exam exams midterm midterms final finals
        test tests quiz quizzes midsem how much many long what whats is are do does we need just"""
    )
)


def rules_speaking_of(exam: Exam, question: str) -> list[str]:
    """The exam's rules holding a word the question asks with, beyond the words naming the exam or asking what it
    covers ("how much time per slide on the midterm": "Each slide is shown for 90 seconds ..."), at most two; none
    when three or more hold one (the word says nothing particular)."""
    asked = word_stems(question, STOPWORDS) - _EXAM_ASKING
    names = {w for n in (exam.title, *exam.aliases) for w in word_stems(n, STOPWORDS)}
    if not asked:
        return []
    held = [r for r in exam.rules if asked & word_stems(r, STOPWORDS)]
    # a word of the exam's own name ("slide" of "slide identification") counts only where a rule holds it
    own = [r for r in held if (asked - names) & word_stems(r, STOPWORDS)] or held
    return own if len(own) <= 2 else []
