"""Two questions typed with only a comma between them, each answered: "are the labs graded, where do i see my
marks" asks whether the labs are graded and where the marks are; "when is essay 2 due, do i need a cover
sheet" asks the day and what to hand in with it.

A comma splits only when the words before it ask (they open with a question word or an auxiliary: "when", "how
long", "is", "can") and the words after it ask too (a question word, or an auxiliary before a subject of its own:
"do i", "can we", "is there"). "when is the quiz, is it online" stays one question: "is it" checks the clause
before it. A comma inside a story ("i'm in lab b, when is ...") or a list ("hw1, hw2 and hw3") has no asking
clause on both sides, so nothing splits there; "when and where is it" after a comma asks the first clause again and
stays with it. Nor does a comma split a case from what is asked of it ("what if i miss the lab, can i make it up") or
whether there is a thing from when it is ("is there a review session, when is it"): each is one question."""

from __future__ import annotations

import re

# Words a student opens a clause with before it asks ("so", "hey", "also"): skipped when looking for the opener.
_FILLERS = r"(?:(?:so|hey|hi|ok|okay|also|and|but|um|oh|quick\s+q|quick\s+question)\W+)*"
_QUESTION_WORDS = r"(?:when|whens|what|whats|where|wheres|who|whos|whom|which|why|how|hows)"
_AUXILIARIES = r"(?:is|are|was|were|do|does|did|can|could|will|would|should|may|must|am|has|have)"
# Words after an opening auxiliary that make it a statement with its subject left out, not a question: "was in the
# hospital all weekend", "would like a quiet room", "will not have wifi".
_TOLD_AFTER_AUXILIARY = r"(?:not|never|in|on|at|to|for|with|from|like|be|been|just|really|also|so|still|gonna|going)"
# A subject after an auxiliary that names something new: "do i", "are the labs", "can we", "is there". Not one
# pointing back ("is it automatic", "is he a ta", "does it still count"): that checks the clause before it, and the
# whole message is the one yes/no question.
_SUBJECT = r"(?:i|we|you|there|the|a|an|my|our|your|\w+\d\w*)"

# The words before the comma ask: a question word, or an auxiliary before its subject (not "will not have wifi" or
# "can't finish hw3": a story told).
_ASKS_FIRST = re.compile(
    rf"^\W*{_FILLERS}(?:{_QUESTION_WORDS}\b|{_AUXILIARIES}\s+(?!{_TOLD_AFTER_AUXILIARY}\b))", re.IGNORECASE
)
# A comma, then a clause that asks of its own. "when and where", "or ..." after it stay with the clause before.
# Or a comma, then what someone else said, told after the question ("what do i wear, someone said sandals are
# fine"): the story around the question, its own part, never words of the question.
_TELLER = (
    r"(?:(?:my|a|one|some)\s+(?:\w+\s+)?(?:friend|friends|classmate|classmates|mate|mates|roommate|senior|seniors)"
    r"|someone|somebody|people|everyone|everybody)\b(?:\s+[\w']+){0,5}?\s+(?:said|says|told|heard|mentioned|saying)\b"
)
_COMMA_THEN_ASK = re.compile(
    rf",\s*(?={_FILLERS}(?:{_QUESTION_WORDS}\s+(?!and\b|or\b)\w|{_AUXILIARIES}\s+{_SUBJECT}\b|{_TELLER}))",
    re.IGNORECASE,
)


def comma_questions(piece: str) -> list[str]:
    """The piece cut at each comma that stands between two clauses that ask ("is the quiz online, how long is it":
    two); the piece whole when the words before its comma do not ask ("i'm in lab b, when is the next one")."""
    if "," not in piece or not _ASKS_FIRST.match(piece):
        return [piece]
    cut: list[str] = []
    start = 0
    for comma in _COMMA_THEN_ASK.finditer(piece):
        before, after = piece[start : comma.start()], piece[comma.end() :]
        if _CONDITION.search(before) or (_WHETHER_THERE.match(before) and _POINTS_BACK.search(after)):
            continue
        cut.append(before.strip())
        start = comma.end()
    cut.append(piece[start:].strip())
    return [p for p in cut if p] or [piece]


# "what if i hand it in at 1am, will i lose points": the clause after the comma asks of the case before it.
_CONDITION = re.compile(r"\b(?:if|unless|suppose|supposing)\b", re.IGNORECASE)
# "is there a review session, when is it": when the thing asked after is, if there is one; one question.
_WHETHER_THERE = re.compile(
    rf"^\W*{_FILLERS}(?:is|are|will|was|were)\s+there\b|^\W*{_FILLERS}do\s+we\s+(?:have|get)\b", re.IGNORECASE
)
_POINTS_BACK = re.compile(r"\b(?:it|its|they|them|their|that|one)\b", re.IGNORECASE)


_TOLD_BY_SOMEONE = re.compile(rf"^\W*{_FILLERS}{_TELLER}", re.IGNORECASE)


def told_by_someone(piece: str) -> bool:
    """Whether a part only relays what someone else said ("someone in the group chat said sandals are fine"): the
    story around a question, never a question of its own."""
    return _TOLD_BY_SOMEONE.match(piece) is not None
