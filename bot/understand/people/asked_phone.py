"""A phone number asked of someone ("whats dr ferreira's phone number", "is there a number i can call the lab
coordinator on", "can i text the TA"): the card the question reads as (the staff list, the rule on contacting
staff) tells how to reach them, but unless it gives a number it does not answer what was asked: the student sees
first that the course page gives no phone number, and where to ask, then what the page does say (an email)."""

from __future__ import annotations

import re

from bot.core.answer import Answer
from bot.understand.about_course.asked_price import not_given, said_in

# "phone number", "cell #", "mobile no", "whatsapp", "a number i can call", "text the ta": a number to call or text
# (never "bring my phone to the exam", nor the class's own group chat: "someone in the whatsapp group said")
_ASKS_PHONE = re.compile(
    r"\b(?:phone|cell|cellphone|mobile|telephone|office\s+phone)\s*(?:number|numbers|#|no\b\.?|num\b)"
    r"|\bwhats\s*app\b(?!\s+(?:group|groups|gc|chat|chats|channel|community))"
    r"|\bnumber\s+(?:that\s+)?(?:i|we|you)\s+(?:can|could)\s+(?:call|text|ring)\b"
    r"|\b(?:can|could|should)\s+(?:i|we)\s+(?:call|text|ring|phone)\s+(?!in\b|out\b)(?:\w+\s+){0,2}?"
    r"(?:dr|prof|professor|the|my|our|him|her|them|ta|tas|instructor|lecturer|coordinator)\b",
    re.IGNORECASE,
)
# A phone number as pages write one: "808-555-0134", "(808) 555 0134", "+351 21 555 0134"
_NUMBER = re.compile(r"\+?\(?\d{2,4}\)?[\s.-]?\d{3}[\s.-]?\d{3,4}\b")


def asks_phone(question: str) -> bool:
    """Whether the question asks for a phone number to call or text."""
    return _ASKS_PHONE.search(question) is not None


def unlisted_phone(question: str, answer: Answer, where: str) -> Answer:
    """The answer, or when a phone number is asked and the answer gives none, the card after a plain "the course page
    doesn't give a phone number" (kind unknown, no Yes or No of its own)."""
    if answer.kind != "info" or not asks_phone(question) or _NUMBER.search(said_in(answer)):
        return answer
    return not_given(answer, f"The course page doesn't give a phone number; {where}. What it does say:")
