"""Which sentences of a long message ask, and which only tell the story around them.

"I'm thinking about my dissertation next year, but I'm not sure who works on that. Could you tell me which staff
would be good to approach?": the student asks the second sentence. The first sets the scene; a clause in it that
reads like a question ("not sure who works on that") or a time it names ("next year") must not decide what is
asked. A sentence asks when it ends with a question mark, opens with a question word or a yes/no verb, or asks in
words ("I need to know", "wondering if", "can you tell me"). A sentence tells when it is the teller's statement
("my laptop died", "the report is due friday and i'm behind") or a preamble ("random question"). Only a message
holding both is a story with a question in it; everything else is read as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.core.sentences import split_sentences

_OPENERS = frozenset(
    {"so", "ok", "okay", "well", "hey", "hi", "hello", "basically", "anyway", "and", "but", "also", "plus", "then"}
    | {"um", "uh", "oh", "right", "yeah", "yes", "no", "hmm", "sorry", "thanks", "alright"}
)
_QUESTION_WORDS = frozenset(
    {"when", "what", "where", "who", "whom", "whose", "how", "which", "why", "whats", "wheres", "whens", "hows"}
    | {"whos"}
)
_YES_NO_VERBS = frozenset(
    {"can", "could", "do", "does", "did", "is", "are", "was", "were", "will", "would", "should", "shall", "may"}
    | {"might", "must", "am", "have", "has", "isnt", "arent", "dont", "doesnt", "cant", "wont", "any", "anything"}
)
# Asking in words rather than with a question mark ("i need to know when", "wondering if", "tell me").
_ASKS_IN_WORDS = re.compile(
    r"\b(?:(?:need|want|like|have)\s+to\s+know|wondering|i\s+wonder|tell\s+me|let\s+me\s+know|remind\s+me"
    r"|please|can\s+you|could\s+you|would\s+you|do\s+you\s+know|any\s+idea|is\s+there\s+any\s+way)\b"
)
# The teller asking in words ("i want to know if", "i was wondering whether"): a question, though it opens like a story.
_TELLER_ASKS = re.compile(
    r"\b(?:(?:need|want|like|have)\s+to\s+know|wondering|i\s+wonder)\s+(?:if|whether|when|what|where|who|how|which)\b"
)
# "hey so random question", "quick q": an announcement that a question follows.
_PREAMBLE = re.compile(
    r"^(?:(?:a|one|another|quick|random|small|dumb|silly|stupid|weird|odd|general)\s+)+(?:q|question)s?\b"
)
_TELLER = frozenset({"i", "im", "ive", "id", "ill", "my", "we", "were", "our", "me", "us", "mine"})
_VERBS = frozenset(
    {"is", "are", "was", "were", "am", "will", "goes", "went", "got", "gets", "had", "has", "have", "broke", "died"}
    | {"leaves", "left", "said", "says", "told", "know", "think", "thought", "need", "needs", "missed", "started"}
)


def words(text: str) -> list[str]:
    """The sentence's words, lower case, apostrophes dropped ("I'm" -> "im")."""
    return re.findall(r"[a-z0-9]+", text.lower().replace("'", "").replace("\u2019", ""))


def sentences(question: str) -> list[str]:
    """The message's sentences as typed, marks kept ("I lost my code.", "Can I get an extension?")."""
    return list(split_sentences(question))


def asks(sentence: str) -> bool:
    """Whether the sentence asks something: a question mark, a question word or yes/no verb first, or a request."""
    if sentence.rstrip().endswith("?") or opens_asking(sentence):
        return True
    return bool(_ASKS_IN_WORDS.search(sentence.lower()))


def opens_asking(piece: str) -> bool:
    """Whether the piece opens with a question word or a yes/no verb ("is it due at 5 pm or later")."""
    said = [w for w in words(piece) if w not in _OPENERS]
    return bool(said) and (said[0] in _QUESTION_WORDS or said[0] in _YES_NO_VERBS)


def tells(sentence: str) -> bool:
    """Whether the sentence only tells: the teller's statement or a preamble, asking nothing."""
    if asks(sentence):
        return False
    said = [w for w in words(sentence) if w not in _OPENERS]
    if _PREAMBLE.match(" ".join(said)):
        return True
    teller = bool(_TELLER & set(said[:4]))
    statement = len(said) >= 5 and bool(_VERBS & set(said))
    return teller or statement


def story_pieces(question: str, split: Callable[[str], list[str]]) -> tuple[frozenset[int], frozenset[int]]:
    """Among `split(question)`, the indexes of the pieces inside sentences that only tell, and of the pieces of
    asking sentences that ask of their own ("is it due at 5 pm or later", "i want to know if i'll miss a lecture"),
    when the message is a story around a question; both
    empty when it is not, or when its pieces cannot be lined up with its sentences."""
    said = sentences(question)
    nothing: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset())
    if len(said) < 2:
        return nothing
    asking_sentences = [asks(s) for s in said]
    if not any(tells(s) for s in said) or not any(asking_sentences):
        return nothing
    # in a story around a question, a sentence that does not ask is the scene ("Changing it costs like $400.")
    telling = [not a for a in asking_sentences]
    story: set[int] = set()
    asking: set[int] = set()
    at = 0
    for sentence, told in zip(said, telling, strict=True):
        pieces = split(sentence)
        if told:
            story.update(range(at, at + len(pieces)))
        else:
            asking.update(at + i for i, piece in enumerate(pieces) if opens_asking(piece) or asks_in_words(piece))
        at += len(pieces)
    if at != len(split(question)):
        return nothing  # the pieces cross a sentence's end: not sure which are told
    return frozenset(story), frozenset(asking)


def only_told(question: str, held: Callable[[str], bool]) -> bool:
    """Whether every comma-piece of the question that `held` finds its words in only tells, while another piece asks
    ("how do i contest my exam grade, im pretty sure they didnt count my graph question": "count" is the teller's
    story, not what is asked)."""
    pieces = [p for p in re.split(r"\s*[,;]\s*", question) if p.strip()]
    holding = [p for p in pieces if held(p)]
    # "my friend said only the best ones count": a claim told to be checked, asked in effect
    told = all(tells(p) and _HEARSAY.isdisjoint(words(p)) for p in holding)
    return bool(holding) and told and any(asks(p) for p in pieces if p not in holding)


_HEARSAY = frozenset({"said", "says", "told", "tells", "heard", "hear", "apparently", "supposedly", "claims"})


def asks_in_words(piece: str) -> bool:
    """Whether the teller asks in words: "i want to know if i'll miss a lecture", "i was wondering when"."""
    return bool(_TELLER_ASKS.search(piece.lower()))


def asked_sentences(question: str) -> str:
    """The sentences that ask, joined, when the message is a story around them; otherwise the whole message."""
    said = sentences(question)
    if len(said) < 2 or not any(tells(s) for s in said):
        return question
    asked = [s for s in said if asks(s)]
    return " ".join(asked) if asked else question


# "is that allowed", "does that mean", "can i still submit it", "while i'm gone", "that day": the sentence asks of
# something the story told. "that early", "those letters" name their own thing; "is it too late to" points nowhere.
_POINTS_BACK = re.compile(
    r"\b(?:this|that|these|those)\b(?=\s*(?:$|[,.?!;:]|(?:is|was|would|will|be|count|counts|mean|means|ok|okay"
    r"|allowed|a|an|the|gonna|going|for|against|still|really|actually|fine|right|true|work|happen|apply|affect)\b))"
    r"|\b(?:them|they|then|there)\b|\bwhile\s+i(?:m|\s+am)?\s+(?:gone|away|out|travell?ing)\b"
    r"|\b(?:that|this|the\s+same)\s+(?:day|week|weekend|time|trip|date)\b"
)
_IT = re.compile(r"\bit\b((?:\s+\w+){0,4})")
_DUMMY_IT = re.compile(r"^(?:\s+\w+){0,3}?\s+(?:to|if)\b")


def points_back(asked: str) -> bool:
    """Whether the asking sentences point back at the story ("is that allowed", "can i still hand it in then"):
    then the story around them completes the question."""
    said = " ".join(words(asked)) if asked else ""
    if _POINTS_BACK.search(said):
        return True
    return any(not _DUMMY_IT.match(m.group(1)) for m in _IT.finditer(said))


# "while i'm gone", "if i do that", "then", "that week", "what would i miss": the ask names the story's time by
# reference, so the story's time completes it.
_TIME_BACK = re.compile(
    r"\b(?:then|miss|missing|gone|away|back|while\s+i|if\s+i\s+(?:do|did)\s+(?:that|this|it)"
    r"|(?:that|this|the\s+same)\s+(?:day|week|weekend|time|morning|afternoon|evening|night|date))\b"
)


def points_back_in_time(asked: str) -> bool:
    """Whether the ask names the story's time by reference ("is anything due while i'm gone", "how late is it then")."""
    return bool(_TIME_BACK.search(" ".join(words(asked))))


def told_sentences(question: str) -> list[str]:
    """The sentences of a story around a question that do not ask, last first (what "that" most likely points at)."""
    said = sentences(question)
    return [s for s in reversed(said) if not asks(s)] if len(said) > 1 else []
