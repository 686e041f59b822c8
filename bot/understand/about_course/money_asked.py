"""A sum of money asked in another currency ("how much is 100 dollars in euros", "whats the exchange rate",
"convert 50 pounds to pesos"): a question about the world, never about the course, whatever course word or number
it holds ("how much is 100" reads like a weight of the grade)."""

from __future__ import annotations

import re

_CURRENCY = (
    r"(?:us\s+|usd\s+)?(?:dollars?|bucks|euros?|pounds?|pesos?|yen|yuan|rupees?|francs?|reais|reals?|usd|eur|gbp)"
)
_MONEY = re.compile(
    r"\b(?:how\s+much\s+(?:is|are|would\s+be)|convert(?:ing)?|what\s+(?:is|are)|whats|what's)\s+\$?\s*\d[\d,.]*\s*"
    + _CURRENCY
    + r"\s+(?:in|to|into)\b"
    r"|\$\s*\d[\d,.]*\s+(?:in|to|into)\s+" + _CURRENCY + r"\b"
    r"|\bexchange\s+rates?\b|\bconvert(?:ing)?\s+(?:\w+\s+){0,2}?" + _CURRENCY + r"\b"
)


def converts_money(question: str) -> bool:
    """Whether the question asks what a sum of money comes to in another currency, or the exchange rate."""
    return bool(_MONEY.search(" ".join(question.lower().split())))
