"""A price asked of something the course names: "how much does the access code cost", "what's the fee for the lab
coat", "how much is a parking permit". The card the question reads as (a policy, a course fact) tells about the
thing, but unless it gives an amount of money it does not answer what was asked: the student sees first that the
course page does not give a price, and where to ask, then what the page does say (never a confident card)."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.answer import Answer, text
from bot.understand.normalize import words

_PRICE_WORDS = frozenset({"cost", "costs", "costing", "price", "prices", "priced", "pricing", "fee", "fees"})
# "does that cost me anything grade-wise", "how much do i lose": a cost in marks, not money.
_MARKS = frozenset(
    {"me", "us", "grade", "grades", "mark", "marks", "points", "percent", "late", "lose", "penalty", "worth"}
)
_ASKS_AMOUNT = re.compile(r"\bhow\s+much\b|\bwhat(?:'s|s|\s+is|\s+are|\s+does|\s+do)?\b|\bis\s+there\s+an?\b")
# "how much is a parking permit": an amount asked of a thing (an indefinite one: not "how much is the final").
_HOW_MUCH_IS_A = re.compile(r"\bhow\s+much\s+(?:is|are|would|will)\s+(?:an?|one)\s+\w+")
_MONEY = re.compile(
    r"[$€£¥₹]|\b\d+(?:[.,]\d+)?\s*(?:dollars?|euros?|eur|usd|cad|aud|nzd|sgd|zar|rand|dkk|kr|brl|reais|chf|gbp)\b"
    r"|\b(?:r\$|us\$)|(?-i:\bR\s?\d)|\bfree\b|\bno\s+(?:cost|charge|fee)\b",
    re.IGNORECASE,
)


def asks_price(question: str) -> bool:
    """The question asks what something costs in money."""
    plain = question.lower()
    tokens = set(words(plain))
    if tokens & _MARKS:
        return False
    if tokens & _PRICE_WORDS and _ASKS_AMOUNT.search(plain):
        return True
    return "much" in plain and bool(_HOW_MUCH_IS_A.search(plain))  # the word first: most questions lack it


def unpriced(question: str, answer: Answer, where: str) -> Answer:
    """The answer, or when a price is asked and the answer gives no amount of money, the card after a plain "the
    course page doesn't give a price" (kind unknown) and no Yes or No of its own."""
    if answer.kind != "info" or not asks_price(question) or _MONEY.search(_said(answer)):
        return answer
    lines = answer.lines
    if lines and lines[0] and isinstance(lines[0][0], str) and lines[0][0].startswith(("**Yes**", "**No**")):
        lines = lines[1:]
    said = text(f"The course page doesn't give a price for that; {where}. What it does say:")
    return replace(answer, lines=(said, *lines), kind="unknown")


def _said(answer: Answer) -> str:
    lines = (*answer.lines, *(x for f in answer.fields for x in f.lines))
    return " ".join(s for line in lines for s in line if isinstance(s, str))
