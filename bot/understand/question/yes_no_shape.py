"""The shapes of a yes/no question that does not open with its "is" or "can": a statement asked back with a tag
("ps4 is due friday right?"), a story or a condition before the question ("if ps4 is 50 hours late can i still
submit"), a few words asked with a question mark ("hw2 due on thursday?"), and a wh-question followed by the student's
own guess to check ("when was lr1 due again, was it monday oct 5"). Pure functions of the question's text, read once
by bot.understand.question.reading."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence, Set

from bot.understand.times.time_phrases import TimePhrase
from bot.understand.words.normalize import words
from bot.understand.words.vocabulary import FILLERS, YES_NO_STARTERS

# the kinds of time phrase a student states as the guess to check ("monday oct 5", "at 7")
_STATED_TIMES = ("day", "moment", "time")

# the tag in other languages' frames too: "diba" (Filipino), "innit"
_TAG_QUESTION = re.compile(
    r"\b(?:right|correct|yeah|yes|no|true|rite|ryt|diba|di ba|innit|is not it|is it not|are not they)\W*$"
    # "ps8 is due sunday ha?", "quiz opens friday eh?": a short tag that asks only with its question mark
    r"|\b(?:ha|eh|noh|ok|okay|ya|yea|yah)\s*\?+\W*$"
    # "midterm is at 9 right? and till when": the tag closes the first question, another follows
    r"|\b(?:right|correct|rite|ryt|diba|di ba|yeah|no)\s*\?"
    # "the quiz is in person right, not online": the tag, then what the student believes it is not
    r"|\b(?:right|correct|rite|ryt|diba|yeah)\s*,\s*(?:and\s+|so\s+)?not\s+[^?,;]*\W*$"
)


def ends_with_tag(text: str) -> bool:
    """Whether a statement ends with a tag that asks to have it confirmed ("... right?", "... diba?", "... ha?")."""
    return bool(_TAG_QUESTION.search(text.lower()))


# "the report is not due over christmas is it": a statement denied, then its tag
_DENIED_THEN_TAG = re.compile(r"\bnot\b.+\b(?:is|was|are|were|does|do|will)\s+(?:it|they|that|there)\W*$")

_CLAUSE = re.compile(r"[,;:]|[.?!](?=\s)")  # a sentence ended is a clause ended ("i was sick. is there a makeup")

# "when was lr1 due again, was it monday oct 5": a wh-question, then the student's own guess to check
_GUESS_AFTER_WH = re.compile(r"[,;]\s*(?:or\s+)?(?:is|was)\s+(?:it|that)\b")
# "how do flex days work, are they automatic": a wh-question, then a guess at how something is used
_GUESS_OF_USE = re.compile(r"[,;?]\s*(?:or\s+)?(?:is|are|was|were|do|does)\s+(?:it|that|they|these|those|them)\b")
# "who is rafael, is he a ta", "who's dr lee? is she the lecturer": a wh-question, then a guess at the person's role
_ROLE_GUESS_AFTER_WH = re.compile(
    r"[,;?]\s*(?:or\s+)?(?:is|was|are)\s+(?:he|she|they|him|her)\s+(?:(?:a|an|the|our|my|one\s+of\s+the)\s+)?(\w+)"
)
_ASKED_AFTER_IF = re.compile(
    # "if ps7 is 3 hours late what is the penalty" asks what, not whether
    r"(?<!\bwhat )(?<!\bwhen )(?<!\bwhere )(?<!\bhow )(?<!\bwho )(?<!\bwhich )(?<!\bwhy )"
    r"\b(?:can|could|will|would|do|does|is|are|should|may)\s+(?:i|we|you|it|that|this|there|they|the|my)\b(?!.*\bif\b)"
)

# "i submitted the code 5 min late does that count as late": a yes/no about what the statement before it said.
_ASKED_AFTER_STATEMENT = re.compile(
    r"\b(?:does|do|did|will|would|is|was)\s+(?:that|it|this)\s+(?:still\s+)?(?:count|counts|counted|considered)"
    r"\s+(?:as\s+)?(?:late|on time)\b"
    # "ps3 four days late, is that still accepted": the statement's case asked back
    r"|\b(?:is|was|would|will)\s+(?:that|it|this)\s+(?:still\s+)?(?:be\s+)?(?:accepted|allowed|ok|okay|fine|graded)\b"
)

# "calculators allowed in the test?", "phones ok during the exam", "midterm still at 7?": a yes/no asked with its
# "are" or "is" left out, a thing named in a few words and then the word that allows or bars it, or "still" (no
# question word anywhere after); "smith's office hours next week still at 1?": a longer name of the thing, "still" and
# the time or place checked, asked with its question mark
_ASKED_WITHOUT_VERB = re.compile(
    r"^\W*(?:(?:[a-z0-9'’-]+\s+){1,3}(?:allowed|permitted|ok|okay|banned|forbidden|still)\b"
    r"|(?!.*\b(?:what|when|where|how|who|which|why|whats|wheres|hows)\b)(?:[a-z0-9'’-]+\s+){4,6}still\s+(?:at|on|in)\b"
    r"[^?]*\?\W*$)"
    r"(?!.*\b(?:what|when|where|how|who|which|why|whats|wheres|hows)\b)"
)

# "r8 is on zoom tomorrow?", "the lab is in person this week?": a statement of a few words asked back with a question
# mark, no question word anywhere
_STATED_AND_ASKED = re.compile(
    r"^\W*(?:[a-z0-9'’-]+\s+){1,3}(?:is|are)\s+(?:still\s+)?(?:on|in|at|online|remote|cancelled|canceled)\b"
    r"(?!.*\b(?:what|when|where|how|who|which|why|whats|wheres|hows|or)\b)[^?]*\?\W*$"
)

# "hw2 due on thursday?", "quiz 3 closes friday at 5?": a due day or time stated in a few words and asked back with a
# question mark, no question word anywhere (read as yes/no only when a day or time is typed after it)
_DUE_STATED_AND_ASKED = re.compile(
    r"^\W*(?:[a-z0-9'’-]+\s+){1,3}(?:is\s+|are\s+)?(?:still\s+)?(?:due|clos(?:e|es)|opens?)\b"
    r"(?!.*\b(?:what|when|where|how|who|which|why|whats|wheres|hows|or)\b)[^?]*\?\W*$"
)

# "vocab quiz 1 closed and i forgot to take it can i still do it": whatever story comes first, "can i still ..." asks
# whether it may still be done (a wh-word anywhere asks that instead)
_STILL_MAY_I = re.compile(
    r"^(?!.*\b(?:when|where|what|which|how|who|why|whats|hows)\b).*\b(?:can|could|may)\s+(?:i|we)\s+still\b"
)

# "im in T10 do we have a tute this friday": a yes/no question after the student says which group they are in ("im
# in sg4 when do we present" asks when).
_ASKED_AFTER_OWN_GROUP = re.compile(
    r"^\W*(?:i'?m|i\s+am|iam)\s+in\s+(?:(?!(?:when|where|what|which|how|who|why)\b)[\w-]+\s+){1,3}?"
    r"(?:do|does|is|are|will|can|should)\s+"
    r"(?:we|i|it|there|they|our|my|the)\b"
)

# "i missed quiz 3 can i still do it late", "my laptop died can i get an extension": the student's own story, then a
# may-I question with no comma between them (a wh-word anywhere asks that instead)
# "i forgot quiz 2 can it be reopened": the same, asked of the work or of the staff
_ASKED_AFTER_OWN_STORY = re.compile(
    r"^\W*(?:i|my|we|our)\s+(?:(?!(?:when|where|what|which|how|who|why|whats|if|whether)\b)[\w'’-]+\s+){1,8}?"
    r"(?:can|could|may|should|do|will)\s+(?:i|we|it|you|u|they)\s+(?:still\s+)?(?!(?:when|where|what|which|how|who|why)\b)\w+"
    r"(?!.*\b(?:when|where|what|which|how|who|why|whats)\b)"
)


# "group b seminar on apr 21 is it still in k-214", "the monday lecture does it get recorded": the thing named first,
# then the yes/no asked of it with a pronoun, no comma between them and no question word anywhere
_FRONTED_THEN_ASKED = re.compile(
    r"^(?!.*\b(?:what|when|where|how|who|which|why|whats|wheres|hows|whether)\b)\W*(?:[\w'’-]+\s+){2,8}?"
    # the ask goes on past its pronoun: "hw3 is due friday is it" ends on a bare tag, told rather than asked
    r"(?:is|are|was|were|does|do|did|will)\s+(?:it|they|that|this|those|these)\s+\w"
)


def asked_after_statement(text: str, lead: Sequence[str], times: Sequence[TimePhrase]) -> bool:
    """Whether a question that opens with neither a yes/no word nor a wh-word asks yes or no after all: "ps4 is due
    friday right?", "im so cooked, is it next week?", "if ps4 is 50 hours late can i still submit". `lead`: its first
    words without fillers; `times`: the time phrases read in it."""
    return (
        bool(_TAG_QUESTION.search(text))
        or bool(_DENIED_THEN_TAG.search(text))
        or any(
            (c := [w for w in words(clause) if w not in FILLERS][:1]) and c[0] in YES_NO_STARTERS
            for clause in _CLAUSE.split(text)[1:]
        )
        or (lead[:1] == ["if"] and bool(_ASKED_AFTER_IF.search(text)))
        # "lr3 is due sunday, if i turn it in tuesday will i lose points": the condition after a statement
        or any(
            words(clause)[:1] == ["if"] and bool(_ASKED_AFTER_IF.search(clause)) for clause in _CLAUSE.split(text)[1:]
        )
        or bool(_ASKED_AFTER_STATEMENT.search(text))
        or bool(_ASKED_AFTER_OWN_GROUP.search(text))
        or bool(_ASKED_AFTER_OWN_STORY.search(text))
        or bool(_ASKED_WITHOUT_VERB.search(text))
        or bool(_STATED_AND_ASKED.search(text))
        or bool(_STILL_MAY_I.search(text))
        or bool(_FRONTED_THEN_ASKED.search(text))
        or (_DUE_STATED_AND_ASKED.search(text) is not None and any(t.kind in _STATED_TIMES for t in times))
        or _when_stated_and_asked(text, times)
    )


# "so my next lab is oct 2?", "the quiz's at 9?": a statement whose verb a day or time follows, ending on its "?"
_IS_BEFORE_TIME = re.compile(r"(?:\b(?:is|are)|'s)\s+(?:on\s+|at\s+)?(?:the\s+)?$")
_ASKED_BY_MARK = re.compile(r"^(?!.*\b(?:what|when|where|how|who|which|why|whats|wheres|hows|or)\b)[^?]*\?\W*$")


def role_stated_and_asked(text: str, tokens: Sequence[str], people: Sequence[int], roles: Sequence[int]) -> bool:
    """Whether a statement of who someone is ("aisha is my tutor for t3?", "my ta is sam?") is asked by its question
    mark alone: the tokens at `people` (where a person is named) and at `roles` (where a role is) have an "is"
    between them, and no question word asks something else."""
    if not people or not roles or not _ASKED_BY_MARK.match(text):
        return False
    return any("is" in tokens[min(p, r) : max(p, r)] for p in people for r in roles)


def _when_stated_and_asked(text: str, times: Sequence[TimePhrase]) -> bool:
    """Whether a statement of when something is ("my next lab is oct 2?") is asked by its question mark alone."""
    if not _ASKED_BY_MARK.match(text):
        return False
    return any(t.kind in _STATED_TIMES and _IS_BEFORE_TIME.search(text[: t.start]) for t in times)


def guess_after_wh(text: str, cues: Set[str], times: Sequence[TimePhrase], roles: Collection[str]) -> bool:
    """Whether a wh-question goes on to the student's own guess, which a Yes or No answers first: a day or time
    ("when was lr1 due again, was it monday oct 5"), how the late pool is used ("how do i use a flex day, is it
    automatic"), or a role the course names (`roles`: "who is rafael, is he a ta")."""
    guess = _GUESS_AFTER_WH.search(text)
    if guess is not None and any(t.kind in _STATED_TIMES and t.start >= guess.end() for t in times):
        return True
    if {"applied", "pool"} <= cues and _GUESS_OF_USE.search(text):
        return True
    role = _ROLE_GUESS_AFTER_WH.search(text)
    return (role.group(1) if role is not None else "") in roles
