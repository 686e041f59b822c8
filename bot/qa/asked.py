"""What a question asks of its subject: when, where, who, how long, how many, or how to do it (or how it works).

"When is the proposal due?" and "Where do we submit the proposal?" share their subject and differ in what they ask;
an entry that answers one does not answer the other. The asked thing is read from how a sentence of the question
starts, and written as a marker concept (`askwhen`) that bot.qa.ranking compares and never scores as a word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

MARKERS = frozenset(["askwhen", "askwhere", "askwho", "asklength", "askcount", "askhow"])
# Asked things one answer serves together: where a thing is handed in, to whom, and how, are one procedure.
ALIKE = (frozenset(["askwhere", "askhow", "askwho"]), frozenset(["asklength", "askcount"]))

# An answer's marker (bot.qa.indexing): it gives a number, so it can answer "how many?".
GIVES_NUMBER = "givesnumber"
_NUMBER = re.compile(
    # (Not a model's number: "ti-84", "i7".)
    r"(?<![a-z\d])(?<![a-z]-)\d|"
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"hundred|dozen|once|twice|single|half|as many|unlimited|no limit|any number)\b"
)

# An answer's marker: it gives a length or a duration ("3 to 5 pages", "2,500 words", "90 minutes", "two hours"), so it
# can answer "how long?".
GIVES_LENGTH = "giveslength"
_LENGTH = re.compile(
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"sixty|ninety|a|an|half an?)\s*(?:-|to|or)?\s*(?:\d[\d,.]*)?\s*"
    r"(?:pages?|words?|minutes?|mins?|hours?|hrs?|characters?|slides?|lines?|paragraphs?|sentences?)\b"
)

# An answer's marker: it gives a time (a day, a date, a clock time, how soon), so it can answer "when?".
GIVES_TIME = "givestime"
_TIME = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|today|tomorrow|tonight|noon|midnight|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
    r"morning|afternoon|evening|week|weeks|weekly|day|days|daily|hour|hours|minutes|semester|term|deadline|due|"
    r"until|by then|at the start|at the end|beginning|end of|within|as soon as|immediately|anytime|any time|"
    r"schedule|calendar|after (?:the|each|every)|before (?:the|each|every)|"
    r"\d{1,2}:\d{2}|\d{1,2} ?(?:am|pm)|"
    # A date ("12/5", "3.10"), not a decimal ("0.25", "2.50%").
    r"(?<!\d)(?<![\d][.,])(?:0?[1-9]|[12]\d|3[01])[./](?:0?[1-9]|[12]\d|3[01])(?!\d|[.,]\d|%))\b"
)

# An answer's marker: it names a place (a room, a building, a site or a platform to find something on), so it can answer
# "where?".
GIVES_PLACE = "givesplace"
_PLACE_WORDS = re.compile(
    r"\b(?:rooms?|halls?|buildings?|auditorium|campus|cent(?:er|re)|offices?|library|online|zoom|website|site|"
    r"page|link|portal|folder|channel|forum|posted|upload(?:ed)?|desk|floor|lab|labs|venue|location)\b"
)
_NAMED_PLACE = re.compile(r"\b(?:on|in|at|from|via|through|to)\s+(?:the\s+)?[A-Z][A-Za-z]+")

# How long one has to do something: a deadline, which an entry on how to do it answers when its answer gives a time
# ("how long do I have to turn in the absence note?" for "How do I get an absence note?" answered "within 3 days").
_WHO_HAS = r"(?:i|we|you|one|students?|he|she|they)"
_TIME_ALLOWED = rf"(?:do|does|did) {_WHO_HAS} (?:have|get|got) (?:to|before|until|till)\b"
_TIME_ALLOWED_TOO = rf"how much time (?:do|does) {_WHO_HAS} (?:have|get)\b"
_OPENERS = "|".join(["so", "and", "but", "also", "ok", "okay", "hi", "hey", "hello", "quick question", "um", "btw"])
# (how a sentence starts, the marker); the first that matches wins ("how long" before "how").
_STARTS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rf"^(?:(?:{_OPENERS})\W+)*(?:{pattern})\b"), marker)
    for pattern, marker in (
        (
            r"when|what time|what day|what date|which day|which date|by when|how soon|what'?s the deadline|"
            r"what is the deadline|whens|how quickly|how fast|"
            # How long a wait is asks when it ends ("how long does it take to get a reply?"), not a length.
            r"how long (?:until|till|before|does it take|will it take|do (?:they|you|tas|staff) take|"
            r"(?:does|will|do) (?:it|he|she|they|you|staff|the \w+)(?: \w+ly)? take|"
            # How long one has to do something asks by when ("how long do I have to ask for a regrade?").
            rf"{_TIME_ALLOWED})|{_TIME_ALLOWED_TOO}",
            "askwhen",
        ),
        (r"where|which room|what room|what building|wheres", "askwhere"),
        (r"who|whom|whos|who's|which (?:ta|gsi|instructor|professor)", "askwho"),
        (
            r"how long|how many pages|how many words|how big|what'?s the page limit|what is the page limit|"
            r"(?:is|are) there (?:a|any) (?:page|word|length|size) (?:limit|count|cap|minimum|maximum)|"
            r"(?:is|are) there (?:a|any) (?:max|maximum|minimum) (?:length|number of (?:pages|words))",
            "asklength",
        ),
        # "How many grace days do we get?" asks a number, which "How does using a grace day work?" does not give.
        # "Is there a cap on submissions?" asks one too.
        (
            r"how many|how much|what(?:'?s| is) the (?:max|maximum|number|total)|"
            r"what (?:percent|percentage|share|fraction|proportion)|"
            r"(?:is|are) there (?:a|any) (?:limit|cap|max|maximum|upper limit)\b(?! to how)",
            "askcount",
        ),
        (r"how (?:do|can|should|would) (?:i|we|you|one)|how to|how does|how do \w+(?: \w+)? work", "askhow"),
    )
)
_SENTENCE = re.compile(
    r"[.?!;\n]+|,?\s+(?:and|or)\s+(?=(?:when|where|who|whom|how)\b)|,\s+(?=(?:when|where|who|whom|how)\b)"
)


# A question that asks yes or no ("is the final cumulative?", "can I bring a calculator?") or what follows from
# something ("what happens if I miss it?"): it asks no time, place or amount unless it names one.
_CLOSED = re.compile(
    rf"^(?:(?:{_OPENERS})\W+)*(?:is|are|was|were|isn'?t|aren'?t|can|could|can'?t|do|does|did|don'?t|doesn'?t|will|would|"
    rf"won'?t|should|shall|may|must|am|what happens|what if)\b"
)
_PLACE = re.compile(
    r"\b(?:room|rooms|building|hall|halls|online|zoom|in person|campus|location|place|venue|lab|library|remote|"
    r"remotely|there|here)\b"
)
_AMOUNT = re.compile(r"\b(?:long|many|much|limit|limits|pages?|words?|max\w*|min\w*|size|big|length|short|cap)\b")


def not_asked(text: str) -> frozenset[str]:
    """What a question that names nothing it asks but asks yes or no does not ask: when, unless it names a time,
    where, unless it names a place, and how long, unless it names a number or an amount. "Is the Klausur
    written or oral?" is not answered by "When is the Klausur?"; "is the midterm on friday?" may be."""
    sentences = [s.strip() for s in _SENTENCE.split(text.lower())]
    if asked_all(text) or not any(_CLOSED.match(s) for s in sentences):
        return frozenset()
    unasked = set()
    if not gives_time(text):
        unasked.add("askwhen")
    if _PLACE.search(text.lower()) is None:
        unasked.add("askwhere")
    if not gives_number(text) and _AMOUNT.search(text.lower()) is None:
        unasked.add("asklength")
    return frozenset(unasked)


def asked_of(text: str) -> str | None:
    """The marker of what the question's first asking sentence asks, if it names one."""
    for sentence in _SENTENCE.split(text.lower()):
        sentence = sentence.strip()
        for pattern, marker in _STARTS:
            if pattern.match(sentence):
                return marker
    return None


def asked_all(text: str) -> tuple[str, ...]:
    """The markers of everything the text asks, in order ("How long should the report be, and when is it due?")."""
    found = []
    for sentence in _SENTENCE.split(text.lower()):
        sentence = sentence.strip()
        marker = next((m for pattern, m in _STARTS if pattern.match(sentence)), None)
        if marker is not None and marker not in found:
            found.append(marker)
    return tuple(found)


def disagree(mine: str | None, theirs: str | None) -> bool:
    """Both ask a named thing, and not the same one nor two one answer serves."""
    if mine is None or theirs is None or mine == theirs:
        return False
    return not any(mine in alike and theirs in alike for alike in ALIKE)


def gives_number(text: str) -> bool:
    """The text states a number or an amount ("two or three", "40 minutes", "as many times as you like")."""
    return _NUMBER.search(text.lower()) is not None


def gives_time(text: str) -> bool:
    """The text states a time or how soon ("on Friday", "within a day", "before the deadline", "in week 3")."""
    return _TIME.search(text.lower()) is not None


def gives_place(text: str) -> bool:
    """The text names a place or where to find something ("in Kessler Hall 120", "on Canvas", "the link on the
    course page")."""
    return _PLACE_WORDS.search(text.lower()) is not None or _NAMED_PLACE.search(text) is not None


# Where something is or happens ("what room is the final in?", "where do we meet?"), not where to find something
# ("where can I find the practice exam's answers?", which "Will you post solutions to the practice exam?" answers).
_PLACE_ASKED = re.compile(
    rf"^(?:(?:{_OPENERS})\W+)*(?:what room|which room|what building|which building|what hall|"
    r"where (?:is|are|will|was|do (?:i|we) (?:go|meet|take|sit|write)|does \w+ (?:meet|take place)))\b"
)


def asks_place(text: str) -> bool:
    """The question asks where something is or takes place."""
    return any(_PLACE_ASKED.match(s.strip()) for s in _SENTENCE.split(text.lower()))


_DEADLINE_ASKED = re.compile(rf"^(?:(?:{_OPENERS})\W+)*(?:how long {_TIME_ALLOWED}|{_TIME_ALLOWED_TOO})")


def asks_time_allowed(text: str) -> bool:
    """The question asks how long one has to do something ("how long do I have to ask for a regrade?"): by when, not
    how long a wait lasts ("how long does a regrade take?")."""
    return any(_DEADLINE_ASKED.match(s.strip()) for s in _SENTENCE.split(text.lower()))


def unanswered_where(place: bool, theirs: str | None, entry_answer: Iterable[str]) -> bool:
    """ "What room is the final exam in?" (`place`: asks_place) is not answered by an entry that asks nothing of a
    place ("I have three final exams on May 5. What should I do?") and whose answer names none."""
    # (Nor by one asking who: "Who can take the resit?" says nothing of the resit's room, wherever its answer points.)
    return place and (theirs == "askwho" or (theirs is None and GIVES_PLACE not in entry_answer))


def unanswered_when(mine: str | None, theirs: str | None, entry_answer: Iterable[str]) -> bool:
    """ "When is the proposal due?" is not answered by an entry that neither asks when nor gives a time ("Can we change
    our topic after the proposal?" answered "Yes, make a private post to your mentor")."""
    return mine == "askwhen" and theirs != "askwhen" and GIVES_TIME not in entry_answer


def gives_length(text: str) -> bool:
    """The text states a length or a duration ("3 to 5 pages", "90 minutes")."""
    return _LENGTH.search(text.lower()) is not None


def unanswered_count(mine: str | None, theirs: str | None, entry_answer: Iterable[str]) -> bool:
    """ "How many grace days do we get?" (or "is there a page limit on the proposal?") is not answered by an entry that
    neither asks how many (or how long) nor gives a number."""
    if mine not in ("askcount", "asklength") or theirs in ("askcount", "asklength"):
        return False
    # "How long is the final exam?" needs a length or a duration, not any number ("bring one index card").
    return (GIVES_LENGTH if mine == "asklength" else GIVES_NUMBER) not in entry_answer


def amount_unspoken(mine: str | None, theirs: str | None, answer_says: Sequence[str]) -> bool:
    """ "How many questions are on each online quiz?" is not answered by "I missed the deadline for an online quiz. Can
    I still take it?": the entry asks nothing of an amount, and its answer, whatever numbers it gives, says nothing of
    the question beyond what the entry's question does (`answer_says`: the question's words only the answer holds).
    "how much is the final worth?" is answered by "How is my final grade calculated?", whose answer gives weights."""
    return mine in ("askcount", "asklength") and theirs is None and not answer_says
