"""A yes/no question that states a length ("my essay is like 2,700 words is that ok", "is 9 pages too long"): Yes
or No against the one limit a rule's words give in that unit."""

from __future__ import annotations

import re

_UNITS = r"(words?|pages?)"
_NUMBER = r"(\d{1,3}(?:,\d{3})+|\d+)"
_STATED = re.compile(rf"{_NUMBER}\s*-?\s*{_UNITS}\b")
# A rule's upper limit: "must not exceed 2,500 words", "no more than 10 pages", "a 2,500-word limit"
_MOST = re.compile(
    rf"(?:not\s+exceed|no\s+more\s+than|not\s+more\s+than|at\s+most|maximum\s+(?:of\s+)?|max\.?\s+|up\s+to|"
    rf"limit\s+(?:is\s+|of\s+)?|limited\s+to)\s*{_NUMBER}\s*-?\s*{_UNITS}\b"
    rf"|{_NUMBER}\s*-?\s*{_UNITS}\s+(?:limit|maximum|max|cap)\b"
)
_LEAST = re.compile(
    rf"(?:at\s+least|no\s+fewer\s+than|no\s+less\s+than|minimum\s+(?:of\s+)?)\s*{_NUMBER}\s*-?\s*{_UNITS}\b"
)
# "is that too long", "am i over the limit": Yes means past the limit
_PAST = re.compile(r"\btoo\s+(?:long|many|much)\b|\bover\s+the\s+(?:word\s+|page\s+)?limit\b|\bexceed")
# "can my essay go over the word limit", "am i allowed to exceed it": leave asked to pass the limit, whose answer is
# No whatever the length stated (a Yes to "past it" would grant what the rule forbids)
_MAY_PASS = re.compile(
    r"\b(?:can|could|may)\s+(?:i|we|you|it|mine|(?:my|our|the)\s+\w+)\s+(?:go|be|run|going)\s+over\b"
    r"|\b(?:can|could|may)\s+(?:i|we|you|it|mine|(?:my|our|the)\s+\w+)\s+exceed"
    r"|\b(?:allowed|permitted|ok|okay|fine)\s+to\s+(?:go\s+over|exceed|be\s+over)\b"
)
# "my essay is 2,700 words is that ok": a yes/no asked after the length is stated
_FINE = re.compile(
    r"\b(?:is|are|would|will|was)\s+(?:that|it|this|mine)\s+(?:still\s+)?"
    r"(?:ok|okay|fine|alright|all\s+right|allowed|acceptable|too\s+\w+|over|under|within)\b"
)
# "over 2500 words", "under 10 pages": a bound, not a length
_BOUNDED = re.compile(
    rf"\b(over|above|past|beyond|exceeding|exceed|more\s+than|under|below|less\s+than|fewer\s+than)\s+"
    rf"(?:the\s+)?{_NUMBER}\s*-?\s*{_UNITS}\b"
)
_BELOW = frozenset({"under", "below", "less than", "fewer than"})
_SHORT = re.compile(r"\btoo\s+(?:short|few|little)\b|\bunder\s+the\s+minimum\b")


def _unit(word: str) -> str:
    return word.rstrip("s")


def _limits(pattern: re.Pattern[str], text: str, unit: str) -> set[int]:
    found = set()
    for m in pattern.finditer(text.lower()):
        number, said = next((m.group(i), m.group(i + 1)) for i in range(1, m.re.groups, 2) if m.group(i))
        if _unit(said) == unit:
            found.add(int(number.replace(",", "")))
    return found


def stated_length(question: str, rule_texts: tuple[str, ...], *, yes_no: bool) -> tuple[bool, str] | None:
    """Yes or No, with why, when the question (a yes/no one, or one ending "is that ok") states one length and the
    rule gives one limit in its unit; None otherwise (no length, several limits)."""
    lowered = question.lower()
    stated = _STATED.findall(lowered)
    if len(stated) != 1 or not (yes_no or _FINE.search(lowered)):
        return None
    number, said = stated[0]
    length, unit = int(number.replace(",", "")), _unit(said)
    text = " ".join(rule_texts)
    most, least = _limits(_MOST, text, unit), _limits(_LEAST, text, unit)
    if len(most) > 1 or len(least) > 1 or not (most or least):
        return None
    bound = _BOUNDED.search(lowered)
    if bound is not None:
        # "a bit over 2500 words": more than that; a Yes or No only where the bound alone settles it
        over = bound.group(1) not in _BELOW
        if (
            over
            and most
            and length >= min(most)
            and not least
            and not (_PAST.search(lowered) or _SHORT.search(lowered))
        ):
            return False, f"The limit is {min(most):,} {unit}s."
        return None
    within = (not most or length <= min(most)) and (not least or length >= max(least))
    where = "within it" if within else ("over it" if most and length > min(most) else "under it")
    bound = f"the limit is {min(most):,} {unit}s" if most else f"the minimum is {max(least):,} {unit}s"
    limit = f"{bound}; {length:,} {unit}s is {where}."
    if most and _MAY_PASS.search(lowered):
        return False, limit[0].upper() + limit[1:]  # the limit is not to be passed, whatever the length
    if _PAST.search(lowered):
        if not most:
            return None
        return length > min(most), limit[0].upper() + limit[1:]
    if _SHORT.search(lowered):
        if not least:
            return None
        return length < max(least), limit[0].upper() + limit[1:]
    return within, limit[0].upper() + limit[1:]
