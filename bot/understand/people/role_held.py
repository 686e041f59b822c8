"""Whether the course has someone of a role, asked: "is there a tutor i can ask stuff to", "are there any lab
demonstrators", "do we have a course coordinator". A role of the course's own staff list (its titles and their
synonyms) after "is there a" asks for the people who hold it, whatever the question says it wants them for (asking
them things, getting help): the student sees Yes with those people, never a policy card that shares a word with the
rest of the question."""

from __future__ import annotations

from collections.abc import Sequence

# The words before a role that ask whether the course has one ("is there a", "are there any", "do we have a",
# "is there like a"), read as tokens from the question's start.
_OPENERS = (
    ("is", "there"),
    ("are", "there"),
    ("do", "we", "have"),
    ("do", "you", "have"),
    ("does", "the", "course", "have"),
    ("does", "this", "course", "have"),
    ("does", "this", "class", "have"),
)
_BETWEEN = frozenset({"a", "an", "any", "some", "like", "also", "actually", "even", "one", "another"})


# What may follow the role: nothing, or a clause about the people ("... i can ask stuff to", "... who can help",
# "... for this course"); a noun or a time after it asks of something else ("is there a ta session this week").
_AFTER = frozenset(
    {"i", "we", "you", "u", "who", "that", "to", "for", "available", "around", "here", "someone", "whom", "i'd"}
)


def asks_for_role(tokens: Sequence[str], role_start: int, role_end: int, *, timed: bool = False) -> bool:
    """Whether the question asks only whether the course has someone of the role named at tokens[role_start:role_end]:
    the words before it ask whether there is one, and what follows says what they are wanted for (no time: "is there
    a ta in the lab on friday" asks of a day)."""
    before = list(tokens[:role_start])
    after = tokens[role_end : role_end + 1]
    if timed or (after and after[0] not in _AFTER):
        return False
    if after and after[0] in _RELATIVE and tokens[role_end + 1 : role_end + 2] and tokens[role_end + 1] not in _REACHED:
        return False  # "is there a ta who speaks spanish": a trait of theirs the page may not state, not the role
    for opener in _OPENERS:
        if tuple(before[: len(opener)]) == opener:
            rest = before[len(opener) :]
            return len(rest) <= 2 and all(w in _BETWEEN for w in rest)
    return False


# "... who can help", "... that i can email", "... who is around": a clause about reaching them; any other verb after
# "who" asks a trait of theirs ("who speaks spanish", "who knows r")
_RELATIVE = frozenset({"who", "that"})
_REACHED = frozenset(
    {
        "can", "could", "will", "would", "i", "we", "you", "u", "is", "are", "does", "do", "helps", "help", "runs",
        "handles", "answers", "holds", "has", "i'd", "might", "may",
    }
)  # fmt: skip


# What the people are wanted for after the role: "... i can ask about the readings", "... we could email for help
# with ps2", "... to talk to about lab stuff", "... who can help me with my visa": a verb of reaching someone, then
# what about.
_REACH = frozenset(
    {"ask", "talk", "speak", "email", "message", "see", "contact", "go", "turn", "reach", "visit", "help"}
)
_ABOUT = frozenset({"about", "for", "with", "on", "regarding"})


def wanted_for(tokens: Sequence[str], role_end: int) -> frozenset[str]:
    """The words of what the people of the role asked for are wanted for ("the readings" of "is there a tutor i can
    ask about the readings"): nothing the page must explain, since whether the course has such people is the
    question. Empty when no verb of reaching them comes within three words of the role."""
    after = list(tokens[role_end:])
    for i, word in enumerate(after[:4]):
        if word in _REACH:
            rest = after[i + 1 :]
            about = next((j for j, w in enumerate(rest[:2]) if w in _ABOUT), None)
            return frozenset(rest[about + 1 :]) if about is not None else frozenset()
    return frozenset()
