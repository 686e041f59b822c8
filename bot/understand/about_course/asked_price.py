"""A price asked of something the course names: "how much does the access code cost", "what's the fee for the lab
coat", "how much is a parking permit". The card the question reads as (a policy, a course fact) tells about the
thing, but unless it gives an amount of money it does not answer what was asked: the student sees first that the
course page does not give a price, and where to ask, then what the page does say (never a confident card)."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.answer import Answer, text
from bot.core.sentences import split_clauses, split_sentences
from bot.understand.words.normalize import words

_PRICE_WORDS = frozenset({"cost", "costs", "costing", "price", "prices", "priced", "pricing", "fee", "fees"})
# Words of money whatever else the question holds: "what's the fee for late registration" is no cost in marks
_MONEY_WORDS = frozenset({"fee", "fees", "price", "prices", "priced", "pricing"})
# "is the textbook expensive", "how pricey is it": a price asked as yes or no (not "they're expensive" told)
_DEAR = re.compile(
    r"\b(?:is|are|isn't|aren't)\s+(?:[\w'-]+\s+){1,5}?(?:pricey|expensive|costly|cheap|affordable)\b"
    r"|\bhow\s+(?:pricey|expensive|costly|cheap|affordable)\b"
)
# "does that cost me anything grade-wise", "how much do i lose": a cost in marks, not money.
_MARKS = frozenset(
    {"me", "us", "grade", "grades", "mark", "marks", "points", "percent", "late", "lose", "penalty", "worth"}
)
_ASKS_AMOUNT = re.compile(
    r"\bhow\s+much\b|\bwhat(?:'s|s|\s+is|\s+are|\s+does|\s+do)?\b|\b(?:is|are)\s+there\s+(?:an?|any)\b|\bany\b"
)
# "how much is a parking permit": an amount asked of a thing (an indefinite one: not "how much is the final").
_HOW_MUCH_IS_A = re.compile(r"\bhow\s+much\s+(?:is|are|would|will)\s+(?:an?|one)\s+\w+")
# "how much is the textbook", "how much r lab coats", "how much is the student bus pass": a thing only when it is
# something bought (the final's "how much" is its weight, "the pass mark" a grade)
_HOW_MUCH_IS_BOUGHT = re.compile(
    r"\bhow\s+much\s+(?:is|are|r|would|will|does|do)\s+(?:(?:the|my|our|this|that|these|those)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:text\s?books?|books?|e-?books?|manuals?|kits?|coats?|goggles|calculators?|i?clickers?|licen[cs]es?|"
    r"subscriptions?|access\s+codes?|codes?|software|course\s?packs?|readers?|notebooks?|supplies|materials|tickets?|"
    r"permits?|memberships?|fares?|(?<!the\s)(?<!\ba\s)(?<!my\s)(?<!our\s)passe?s?"
    r"(?!\s+(?:marks?|grades?|rates?|scores?|thresholds?|percent\w*|lines?|levels?|or\b|/)))\b"
)
# "do i have to pay for the lab manual", "does the course cost anything": asked, not told ("i can't pay for it")
_PAY = re.compile(
    r"\b(?:do|does|will|would|should|must|have|need)\s+(?:i|we|you|students|they|one)\s+(?:\w+\s+){0,2}?pay\b"
    r"(?!\s+attention)|\b(?:does|do|will|would)\s+(?:[\w'-]+\s+){1,4}?cost\s+(?:anything|money|extra)\b"
    r"|\bhow\s+much\s+money\b"
)
# "is the lab manual free?", "are the goggles free": free of a thing, not of a time or a person ("is friday free",
# "is the ta free at 3", "are you free to meet")
# ("when i have free time", "my free period": time that is free, never a price)
_IS_FREE = re.compile(
    r"\b(?:is|are|isn't|aren't)\s+(?P<thing>[\w\s'-]{1,40}?)\s+free\b(?!-)"
    r"(?!\s+(?:time|times|period|periods|hours?|slots?|days?|mornings?|afternoons?|evenings?|weekends?)\b)(?P<after>.*)"
)
_NOT_BOUGHT = frozenset(
    {"you", "he", "she", "they", "we", "i", "everyone", "anyone", "someone", "ta", "tas", "prof", "professor"}
    | {"instructor", "lecturer", "staff", "room", "slot", "time", "day", "week", "weekend", "period", "hour", "hours"}
    | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tomorrow", "tonight"}
    | {"morning", "afternoon", "evening", "break", "class", "lecture", "lab", "section", "seat", "seats"}
    | {"spot", "spots", "desk", "office", "schedule", "calendar"}
)
_WHEN_AFTER = re.compile(
    r"^\s*(?:at|on|this|next|today|tomorrow|tonight|after|before|during|now|then"
    r"|to\s+(?!download|use|access|read|get|keep|borrow|rent)\w+)\b"
)


def asks_price(question: str) -> bool:
    """The question asks what something costs in money, or whether it is free."""
    plain = " ".join(question.lower().replace("\u2019", "'").split())
    tokens = set(words(plain))
    if (tokens & _MONEY_WORDS and _ASKS_AMOUNT.search(plain)) or _DEAR.search(plain):
        return True
    if _PAY.search(plain) or _free_asked(plain):
        return True
    if _HOW_MUCH_IS_BOUGHT.search(plain):
        return True
    if tokens & _MARKS:
        return False
    if tokens & _PRICE_WORDS and _ASKS_AMOUNT.search(plain):
        return True
    return "much" in plain and bool(_HOW_MUCH_IS_A.search(plain))  # the word first: most questions lack it


def _free_asked(plain: str) -> bool:
    found = _IS_FREE.search(plain)
    if found is None:
        return False
    thing = words(found.group("thing"))
    # the thing's last word is what is free: "the lab manual" (a manual), not "the lab" (a meeting)
    return bool(thing) and thing[-1] not in _NOT_BOUGHT and not _WHEN_AFTER.match(found.group("after"))


# An amount of money a card gives: "$45", "120 euros", "R350", "free of charge", "no cost"; never a bare "$" or a
# "free" that is no price ("feel free to ask", "free-response questions", "you are free to choose").
_MONEY = re.compile(
    r"[$€£¥₹]\s?\d|\d\s?[$€£¥₹]"
    r"|\b\d+(?:[.,]\d+)?\s*(?:dollars?|euros?|eur|usd|cad|aud|nzd|sgd|zar|rand|dkk|kr|brl|reais|chf|gbp)\b"
    r"|\b(?:r\$|us\$)\s?\d|(?-i:\bR\s?\d)"
    r"|\bfree\s+of\s+(?:charge|cost)\b|\bfor\s+free\b|\bno\s+(?:extra\s+|additional\s+)?(?:cost|charge|fee)s?\b"
    r"|\bcosts?\s+nothing\b|\bwithout\s+charge\b"
    # "entry tickets are paid by the department", "covered by the school": the student pays nothing
    r"|\b(?:paid\s+(?:for\s+)?|covered\s+|funded\s+)by\s+the\s+(?:department|university|school|faculty|college"
    r"|institute|program(?:me)?|course)\b"
    r"|\bfree\s+(?:copy|copies|access|download|pdf|e-?books?|edition|version|licen[cs]es?|accounts?|subscriptions?)\b",
    re.IGNORECASE,
)
# "the manual is free", "the software is available free to students": a thing said to be free, not a person
_SAID_FREE = re.compile(r"\b(?P<who>\w+)\s+(?:is|are)\s+(?:(?:available|completely|totally|entirely)\s+)?free\b(?!-)")
_FREE_PEOPLE = frozenset({"you", "we", "i", "they", "students", "everyone", "anyone", "feel"})


def gives_price(said: str, asked: str = "") -> bool:
    """Whether the words give an amount of money (or say the thing is free), not merely the word "free" or a "$".
    With the question `asked`, a thing said to be free must be one it names or "it": "the other readings are free"
    gives no price for the textbook asked about."""
    if not asked:
        return bool(_MONEY.search(said)) or any(
            m.group("who").lower() not in _FREE_PEOPLE for m in _SAID_FREE.finditer(said)
        )
    thing = {_one(w) for w in words(asked.lower()) if w not in _NOT_A_THING}
    if any(_MONEY.search(sentence) and _of_the_thing(sentence, thing) for sentence in _clauses(said)):
        return True
    named = {_one(w) for w in words(asked.lower())}
    sentences = split_sentences(said)
    for i, sentence in enumerate(sentences):
        for m in _SAID_FREE.finditer(sentence):
            who = _one(m.group("who").lower())
            if who in _FREE_PEOPLE:
                continue
            # "(both are free)" after the software a sentence names prices that software, not the textbook asked;
            # "It is free" names its thing in the sentence before
            # "the e-book is free" of "the textbook" asked: the thing named by the end of a word asked
            if (
                who in named
                or any(len(who) >= 4 and w.endswith(who) for w in named)
                or (who in _SAID_OF_IT and _of_the_thing(" ".join(sentences[max(0, i - 1) : i + 1]), thing))
            ):
                return True
    return False


# A parenthesis is a clause of its own: "(both are free)" after the software names no price of the textbook.
_PARENTHESIS = re.compile(r"\s+\(|\)")


def _clauses(said: str) -> list[str]:
    """The text's clauses, each parenthesis apart; whole sentences (split_sentences) keep theirs: what "it" or
    "both" in one refers to is named there."""
    return [part for clause in split_clauses(said) for part in _PARENTHESIS.split(clause)]


# Words of a price question that name no thing: "how much does <it> cost", "what's the fee for <it>"
_NOT_A_THING = frozenset(
    {"how", "much", "what", "whats", "what's", "is", "are", "does", "do", "did", "will", "would", "the", "a", "an"}
    | {"for", "of", "to", "i", "we", "you", "it", "me", "my", "our", "there", "any", "anything", "money", "extra"}
    | {"cost", "costs", "costing", "price", "prices", "priced", "pricing", "fee", "fees", "pay", "paying", "free"}
    | {"have", "need", "buy", "get", "use", "course", "class", "this", "that", "in", "on", "at", "or", "and", "be"}
    | {"expensive", "pricey", "cheap", "costly", "affordable", "much", "charge", "charged", "if", "still", "again"}
)


def _of_the_thing(sentence: str, thing: set[str]) -> bool:
    """A sentence's amount is the one asked when the question names no thing, or the sentence names one of its words
    ("the lab manual is a free PDF" gives no price for the Achieve access asked about)."""
    return not thing or bool(thing & {_one(w) for w in words(sentence.lower())})


# What "is free" may be said of and still be the thing asked about
_SAID_OF_IT = frozenset({"it", "this", "that", "these", "everything", "all", "both"})


def _one(word: str) -> str:
    """A plural's singular, roughly ("readings" is "reading", "copies" is "copie"): enough to match a name."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def unpriced(question: str, answer: Answer, where: str) -> Answer:
    """The answer, or when a price is asked and the answer gives no amount of money, the card after a plain "the
    course page doesn't give a price" (kind unknown) and no Yes or No of its own."""
    if answer.kind != "info" or not asks_price(question) or gives_price(said_in(answer), question):
        return answer
    return not_given(answer, f"The course page doesn't give a price for that; {where}. What it does say:")


def not_given(answer: Answer, said: str) -> Answer:
    """The card after a plain line saying what it does not give (kind unknown), without a Yes or No of its own: that
    Yes answered a question not asked."""
    lines = answer.lines
    if lines and lines[0] and isinstance(lines[0][0], str) and lines[0][0].startswith(("**Yes**", "**No**")):
        lines = lines[1:]
    return replace(answer, lines=(text(said), *lines), kind="unknown")


def said_in(answer: Answer) -> str:
    """The answer's words, its lines' and its fields'."""
    lines = (*answer.lines, *(x for f in answer.fields for x in f.lines))
    return " ".join(s for line in lines for s in line if isinstance(s, str))
