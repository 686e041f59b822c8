"""Yes or No from what the course's data decides: a yes/no question matched to a policy's claim by meaning.

A claim ("hand in one writeup as a group": No, "You must solve the homework assignments completely on your own")
is asked in a few phrasings. A question matches a phrasing when it holds every key word of it (the action and its
object, each word or a near one), turns it the same way (a "not", "own" or "outside" the phrasing lacks changes
what is asked) and adds little beyond the claim's own words. Claims that match and disagree give no answer.
The keys are computed once per course (`claims_for`), when its engine is built.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from rapidfuzz.distance import OSA

from bot.core.kept import Kept
from bot.course.model import Claim, Course
from bot.understand.page_evidence.knowledge import stem
from bot.understand.question.per_question import per_question
from bot.understand.words.clipped_words import clipped_forms
from bot.understand.words.english import ordinary
from bot.understand.words.keyboard import next_key_slip
from bot.understand.words.normalize import phrase_key
from bot.understand.words.stems import word_stems
from bot.understand.words.vocabulary import (
    CHAT_FILLERS,
    COMMON_WORDS,
    EVERYDAY_WORDS,
    STOPWORDS,
    THESAURUS,
    words_of,
)
from bot.understand.yes_no.clause_stance import DOERS, unaddressed_condition
from bot.understand.yes_no.distinct_keys import held_by_distinct_words
from bot.understand.yes_no.folded import fold

# Words that carry neither the action nor its object of a yes/no question.
_MINOR = (
    words_of(
        """a an the of to in on at for from by with about into as and or but so if then than that this these those
        it its is are was were be been being am do does did have has had i me my mine we us our you your he she they
        them their his her what which who when why how there here any anything some something can could will
        would shall should may might must just also too very really please thanks hey hi hello ok okay yes yeah um
        uh like even ever still actually allowed permitted able possible fine get got go going want wanna gonna know
        tell let is whether someone anyone somebody anybody guys already fellow"""
    )
    | CHAT_FILLERS
)
# Words that turn what is asked: "can i NOT come", "write it up on my OWN", "an exam OUTSIDE class time".
_TURNS = words_of(
    """not no never without nor outside instead except unless other another different besides own alone separately
    individually only neither"""
)


# Question words beyond the claim's own a match tolerates ("i already booked a flight home").
_EXTRA = 3
_COUNTING = frozenset(
    stem(w) for w in words_of("one two three four five six seven eight nine ten first second third fourth fifth")
)
_RELATIVE = re.compile(r"\b(?:after|before|until|till|since|following|preceding)\s+(?:the\s+|my\s+)?\w+(?:\s+\d+)?")
# "... with the midterm that night", "even though midterm 2 is that evening": an exam said to fall on the day asked
# about, which dates it; it is not what is asked about.
_THAT_DAY = re.compile(
    r"\b(?:the\s+|my\s+)?\w+(?:\s+\d+)?\s+(?:is\s+|being\s+)?that\s+(?:same\s+)?(?:day|night|evening|morning|afternoon)\b"
)
_ABOUT = re.compile(r"\b(?:about|regarding)\s+(?:the\s+|my\s+)?\w+(?:\s+\d+)?")
# The action a question asks to do ("use ai TO BRAINSTORM"), past a helping verb ("to help write", "can ai HELP ME
# brainstorm"); "can she help me w hw5", "help us with the lab" name no action after "help" (a preposition or a
# determiner follows it, not a verb).
_ACTION = re.compile(
    r"\b(?:to\s+(?:help\s+(?:me\s+|us\s+)?|be\s+)?"
    r"|help\s+(?:me\s+|us\s+)?(?!(?:[a-z]|w|with|on|in|for|out|at|by|the|a|an|my|our|this|that|it|me|us|you|him|her|them)\b))([a-z]+)"
)
# Words after "to be" that say where or whether a thing is, not an action ("is it going to be UP on panopto").
_STATES = words_of("up on in out there here back available online ready open")
# Words that ask another thing of the same subject: "is the exam in the normal class ROOM" is not "during class".
_ASPECTS = frozenset(
    stem(w) for w in words_of("room rooms where location building hall place long length duration cost price")
)

# Words that ask what follows from something ("if i miss field trip 1, do i FAIL", "will i LOSE marks"): a claim
# whose words name no such outcome ("field trips are compulsory") states a duty or a fact, not what follows.
_OUTCOMES = frozenset(
    stem(w)
    for w in words_of("fail fails failing failed flunk flunking pass passing penalty penalties penalised penalized")
    | words_of("penalise penalize punished punish lose losing lost deducted deduct deduction docked zero")
)


# Two students asking as one ("me and my roommate", "my friend and i", "both of us"), or one piece of work for
# several ("turn in one homework for all of us"): they ask to do it together.
_JOINT = re.compile(
    r"\b(?:me and (?:my|a|another|the|\w+)\b|\w+ and (?:i|me)\b|we both|both of us|the two of us"
    r"|for (?:all of us|us all|(?:the|our|my) (?:whole |[a-z]+ )?(?:group|team))\b)"
)

# One piece of work handed in for several students ("for all of us", "for my study group").
ONE_FOR_ALL = re.compile(r"\bfor (?:all of us|us all|(?:the|our|my) (?:whole |[a-z]+ )?(?:group|team))\b")
# Getting a thing from someone is their providing or lending it: "do we get goggles from the lab", "can i borrow".
_GOT_FROM = re.compile(r"\b(?:get|gets|getting|receive|receives|obtain|pick\s+up)\b[^,.?!]*?\bfrom\b")
_PROVIDED = frozenset(stem(w) for w in ("provide", "borrow", "lend"))
# "do they have to be right", "must i go", "am i supposed to": a duty asked in words that are no key word; a phrasing's
# "need to be right", "required" asks the same.
_DUTY = re.compile(r"\b(?:have|has|had|got|supposed|expected)\s+to\b|\bmust\b|\bgotta\b")
_NEEDED = frozenset(stem(w) for w in ("need", "needs", "needed", "required", "require", "mandatory", "compulsory"))
# "is deepl ok to read the sources", "is the ba ii plus allowed": a thing (of up to four words, a model number among
# them) asked to be fine asks whether one may use it.
_THING_FINE = re.compile(
    r"\b(?:is|are)\s+(?!it\b|that\b|this\b)(?:[\w-]+\s+){1,4}?(?:ok|okay|fine|allowed|permitted|acceptable)\b"
)
_USED = frozenset({stem("use")})
# "... or just tds", "... or only the labs": what follows is taken as done; the question asks of what comes before.
_OR_JUST = re.compile(r"\s+or\s+(?:just|only)\s+(?=\w)")

_TEXT_STEMS_KEPT = 4096  # texts whose stems are kept (answers' and rules' texts), cleared when full
_NEAR_KEPT = 20_000  # words whose near stems are kept, cleared when full (however many ways students misspell)


@dataclass(frozen=True)
class Matched:
    """A claim the question asks, and the policy it belongs to."""

    policy: str
    claim: Claim
    keys: int = 0  # how many key words of the phrasing the question holds
    extra: int = 0  # the question's words beyond the claim's
    mode: str = "fact"  # what the phrasing matched asks: "obligation" ("have to go to lab"), "permission" or "fact"

    def one_word_of(self, question: str) -> bool:
        """Whether the question shares only one key word with a phrasing whose claim is a duty or a leave ("have to
        go to lab") and asks neither: "do the labbies grade lab reports" does not ask whether lab is required."""
        return self.keys == 1 and self.mode != "fact" and fold(question).mode == "fact"


@dataclass(frozen=True)
class _Key:
    policy: str
    claim: Claim
    keys: tuple[frozenset[str], ...]  # each key word of one phrasing, as the stems that count as it
    turns: frozenset[str]
    known: frozenset[str]  # stems of every phrasing and the evidence: question words that are not extra
    said: frozenset[str]  # stems of the evidence alone: the page's own words, which say what the claim is about
    mode: str = "fact"  # what the phrasing asks: "obligation" ("have to go to lab"), "permission" or "fact"


# The claims a question's words match, by (policy, id of the claim): how many key words, the phrasing, extra words.
_Found = dict[tuple[str, int], tuple[int, _Key, int]]


class _Asked(NamedTuple):
    """The claims a question's words match, and those of them another claim named beyond them decides instead."""

    found: _Found
    blocked: frozenset[tuple[str, int]]


# Words that say the same in a claim's phrasing and a student's question (beyond the engine's thesaurus).
_ALIKE = (
    "class classes lecture lectures lesson lessons",
    "normal usual regular standard same",
    "slot time period",
    "submit hand turn upload",
    "use using put putting",  # "put midjourney renders on our boards" uses them there
    "writeup report solution solutions answers pdf",
    "group team partner partners together jointly friend friends roommate roommates teammate teammates buddy buddies"
    " flatmate flatmates housemate housemates classmate classmates else",  # "someone else": another student
    "early earlier sooner",
    "online remotely remote zoom home virtually",
    "enroll enrolled enrolling register registered registering",
    "required mandatory compulsory obligatory",
    "textbook textbooks book books",
    "incomplete unfinished partial",
    "discuss discussing discussed talk talking chat chatting",
    "redo redoing revise revising resubmit resubmitting rework rewrite fix",
    "provide provides provided providing supply supplies supplied lend lends lent loan loaned give gives given",
    "down lower lowers lowered lowering decrease decreases decreased reduce reduces reduced",  # a score "go down"
    "score scores grade grades",
    "limit limits max maximum cutoff cutoffs cap",  # "is there a max on how late": "the limit is 3 days late"
    "combine combining combined mix mixing mixed",  # "can i mix sona hours and summaries": combine them
)
_ALIKE_STEMS = {stem(w): frozenset(stem(x) for x in group.split()) for group in _ALIKE for w in group.split()}
# One way only: a friend or a classmate asked of is one of the "(fellow) students" a claim speaks of, but "students"
# asked of ("can students bring notes") are not a partner or a group.
_PEERS = frozenset(stem(w) for w in words_of("friend friends classmate classmates buddy buddies peer peers mates"))
_STUDENT = frozenset({stem("student")})
# One way only: a named AI tool asked of ("can i use chatgpt") is the "AI" a claim speaks of, but "AI" asked of is not
# any one tool a claim names.
_AI_TOOLS = frozenset(stem(w) for w in words_of("chatgpt gpt claude copilot gemini llm llms chatbot chatbots"))
_AI = frozenset({stem("ai")})


# Irregular past forms, by which a student tells what was done ("we WROTE the report together") of a claim asked in
# the present ("write the lab report together").
_PAST = {
    **dict.fromkeys(("wrote", "written"), "write"),
    **dict.fromkeys(("did", "done"), "do"),
    **dict.fromkeys(("took", "taken"), "take"),
    **dict.fromkeys(("gave", "given"), "give"),
    **dict.fromkeys(("ate", "eaten"), "eat"),
    **dict.fromkeys(("drank", "drunk"), "drink"),
    **dict.fromkeys(("wore", "worn"), "wear"),
    **dict.fromkeys(("went", "gone"), "go"),
    **dict.fromkeys(("sent",), "send"),
    **dict.fromkeys(("brought",), "bring"),
    **dict.fromkeys(("made",), "make"),
    **dict.fromkeys(("got", "gotten"), "get"),
    **dict.fromkeys(("sat",), "sit"),
    **dict.fromkeys(("left",), "leave"),
    **dict.fromkeys(("missed",), "miss"),
}


@lru_cache(maxsize=8192)  # a pure function of the word, asked of every word of a long answer's reasons
def near_stems(token: str) -> frozenset[str]:
    """The stems that count as a word: its own, its present form's and its near words'."""
    stems = {stem(token), stem(_PAST.get(token, token))}
    for near in THESAURUS.get(token, ()):
        stems.add(stem(near))
    stems |= _ALIKE_STEMS.get(stem(token), frozenset())
    if stem(token) in _PEERS:
        stems |= _STUDENT
    return frozenset(stems)


def content_words(text: str) -> list[str]:
    """The words that carry what a yes/no question or a claim is about (no function words, no turns)."""
    return [t for t in phrase_key(text) if t not in _MINOR and t not in _TURNS and not (t.isdigit() and len(t) < 3)]


# Turns that say the same: "go to group 2's lab INSTEAD of mine" asks "go to a DIFFERENT lab group".
_SAME_TURN = {"instead": "other", "another": "other", "different": "other", "besides": "other"}


def _turns(text: str) -> frozenset[str]:
    tokens = list(phrase_key(text))
    if tokens[-2:] == ["or", "not"]:
        tokens = tokens[:-2]  # "is it allowed or not": the question asked both ways
    return frozenset(_SAME_TURN.get(t, t) for t in tokens if t in _TURNS)


# "is lecture attendance optional": a duty asked the other way round ("voluntary", "elective")
_OPTIONAL_ASKED = re.compile(r"\b(?:optional|voluntary|elective)\b")
_DUTY_SAID = re.compile(r"\b(?:required|requires?|mandatory|compulsory|obligatory|must|have\s+to|need\s+to)\b")
_TURNED_NOT = re.compile(r"\bnot\b|n't\b|\bnt\b")


def _as_asked(question: str, claim: Claim) -> Claim:
    """The claim as the question asks it: "is lecture attendance optional" of the claim "lecture attendance
    compulsory" (Yes) asks its opposite, so the claim's answer is turned (No, with the same page words)."""
    asked = question.lower()
    if not _OPTIONAL_ASKED.search(asked) or _TURNED_NOT.search(asked):
        return claim
    said = " ".join((claim.evidence, *claim.asks)).lower()
    if _OPTIONAL_ASKED.search(said) or not _DUTY_SAID.search(said):
        return claim
    return replace(claim, yes=not claim.yes)


def outcome_unnamed(question: str, claim: Claim) -> bool:
    """Whether the question asks what follows ("if i miss field trip 1, do i fail") and the claim's words name no
    such outcome ("Both field trips are compulsory"): a duty or a fact does not say whether one fails."""
    asked = {stem(t) for t in phrase_key(question)} & _OUTCOMES
    if not asked:
        return False
    said = {s for text_ in (*claim.asks, claim.evidence) for t in phrase_key(text_) for s in near_stems(t)}
    return not asked <= said


class ClaimIndex:
    """Every claim of one course, keyed for matching."""

    def __init__(self, course: Course) -> None:
        self.keys: list[_Key] = []
        # "exam" in a claim is any of the course's exams by its one-word names ("midterm", "final").
        exams = frozenset(
            stem(w) for e in course.exams for n in (e.title, *e.aliases) if len(key := phrase_key(n)) == 1 for w in key
        )
        self._exam_words = exams
        self._objects = _objects(course)
        # What a question can only match through its own words, looked up by word instead of scanned (a course
        # of thousands of items and claims costs what a small one does): objects by their name's first stem, and
        # phrasings by the stems of their rarest required word.
        # (by their whole name, looked up among the question's runs of stems of each length a name has: a large
        # course has many names starting alike, "mini project survey 1" to "50")
        self._objects_by_words = {words: i for i, (words, _) in enumerate(self._objects)}
        # the lengths of the names starting with each stem: a question's stem that starts no name is passed at once
        lengths: dict[str, set[int]] = {}
        for words in self._objects_by_words:
            lengths.setdefault(words[0], set()).add(len(words))
        self._object_lengths = {first: tuple(sorted(found)) for first, found in lengths.items()}
        self._keys_by_stem: dict[str, list[int]] = {}
        # Long key stems by each of their one-letter deletions: a question's word one slip from a key word (a typo,
        # or the course's language spelling it: "composition" of "composición") is found by lookup, not by scanning.
        self._slips: dict[str, set[str]] = {}
        # Short key words by each form with one letter (not the first) left open: "dowm" is "down" typed with the
        # key beside it, found by lookup.
        self._key_slips: dict[str, set[str]] = {}
        # Short key words by each of their one-letter deletions too: "erors" is "errors" with a letter dropped,
        # "drikn" is "drink" with two letters swapped (both share "drin").
        self._key_drops: dict[str, set[str]] = {}
        self._text_stems: dict[str, frozenset[str]] = {}
        self._near_of: dict[str, frozenset[str]] = {}  # each word's near stems in this course (`_near`), once
        self._alike_groups: dict[tuple, int] = {}
        self._alike: list[int] = []  # each phrasing's group of alike phrasings
        self._kinds = _kinds_of_work(course)
        # What the course's [synonyms] say students call its things ("tut" = "tutorial", "essay" = "composición"),
        # one word each way: a question in the student's word holds the claim's word, and the other way round.
        self._synonyms: dict[str, frozenset[str]] = {}
        for said_, meant in course.synonyms.items():
            said_words, meant_words = phrase_key(said_), phrase_key(meant)
            for one, other in ((said_words, meant_words), (meant_words, said_words)):
                if len(one) == 1 and other and one != other:
                    found = self._synonyms.get(stem(one[0]), frozenset())
                    self._synonyms[stem(one[0])] = found | frozenset(stem(w) for w in other if w not in _MINOR)
        # A kind of meeting by any of its one-word names ("tutes", "tut" of "Tutorial"): "are tutes recorded" asks
        # the claim "tutorials recorded"
        for kind in course.meeting_kinds:
            said = [k for n in (kind.id, kind.name, kind.plural, *kind.aliases) if len(k := phrase_key(n)) == 1]
            # with their clipped forms ("exp" of a kind also called "experiment")
            names = {stem(k[0]) for k in (*said, *(c for k in said for c in clipped_forms(k))) if len(k) == 1}
            for one in names:
                self._synonyms[one] = self._synonyms.get(one, frozenset()) | frozenset(names - {one})
        self._any_exam = _any_exam(course)
        # the stems naming the course's things (assignments, exams, kinds of meeting and of work): where a rule applies
        self._settings = frozenset(
            w for words, _ in (*self._objects, *self._kinds, *self._any_exam) for w in words if not w.isdigit()
        )
        # the words that name a kind of meeting ("class", "lecture", "tutorial"): a day's answer is about them
        self._meeting_words = sorted(
            {"class", "classes", "session", "sessions", "meeting", "meetings"}
            # going to class said as going to the school itself ("is there uni on monday")
            | {"uni", "school"}
            | {w for k in course.meeting_kinds for n in (k.id, k.name, k.plural, *k.aliases) for w in phrase_key(n)}
            # office hours are met too, by any of the course's names for them
            | {w for n in _help_hours_names(course) for w in phrase_key(n)}
        )
        # The words each claim is asked in, and the page's paragraph it stands in, by its evidence: a verdict quoting
        # it covers them too.
        self.asked_in: dict[str, frozenset[str]] = {}
        self.paragraph: dict[str, str] = {}

        def near(token: str) -> frozenset[str]:
            found = near_stems(token)
            return found | exams if stem(token) == "exam" else found

        # Each policy's one-word keywords ("chatgpt", "iclicker"): a question holding another policy's, which this
        # policy's own words never use, asks about that other rule.
        own = {
            p.id: frozenset(stem(t) for text_ in (p.title, p.summary, p.quote, *p.keywords) for t in phrase_key(text_))
            for p in course.policies
        }
        named_by = {p.id: {stem(k[0]) for w in p.keywords if len(k := phrase_key(w)) == 1} for p in course.policies}
        self._foreign = {
            p.id: frozenset(s for other, stems in named_by.items() if other != p.id for s in stems) - own[p.id]
            for p in course.policies
        }
        for policy in course.policies:
            for claim in policy.claims:
                known = frozenset(
                    s for text_ in (*claim.asks, claim.evidence) for t in content_words(text_) for s in near(t)
                )
                self.asked_in[claim.evidence] = self.asked_in.get(claim.evidence, frozenset()) | known
                self.paragraph[claim.evidence] = " ".join((_paragraph(policy.quote, claim.evidence), *claim.asks))
                for phrasing in claim.asks:
                    keys = tuple(near(t) for t in content_words(phrasing))
                    if keys:
                        said = frozenset(stem(t) for t in phrase_key(_paragraph(policy.quote, claim.evidence)))
                        for word in content_words(phrasing):
                            # by the word as written too: "attendence" is one slip from "attendance", not its stem
                            for form in {word, *(k for k in near(word) if len(k) >= _SLIP_LENGTH)}:
                                if len(form) >= _SLIP_LENGTH:
                                    for variant in (form, *_deletions(form)):
                                        self._slips.setdefault(variant, set()).add(stem(form))
                            if _SHORT_SLIP <= len(word) < _SLIP_LENGTH and word.isalpha():
                                for variant in _opened(word):
                                    self._key_slips.setdefault(variant, set()).add(word)
                            if _DROP_SLIP <= len(word) < _SLIP_LENGTH and word.isalpha():
                                for variant in (word, *_deletions(word)):
                                    self._key_drops.setdefault(variant, set()).add(word)
                        key = _Key(policy.id, claim, keys, _turns(phrasing), known, said, fold(phrasing).mode)
                        # Phrasings alike in all but their policy (a rule the page gives for several things) are
                        # checked against a question once.
                        alike = (keys, key.turns, known, said, claim.evidence, claim.asks)
                        self._alike.append(self._alike_groups.setdefault(alike, len(self._alike_groups)))
                        self.keys.append(key)
        self._keys_by_stem = _by_rarest_word(self.keys)
        # Each phrasing by every stem of its key words (light verbs aside): a question's word beyond the claim matched
        # may be a key word of another claim's phrasing, answered the other way.
        self._phrasings_by_stem: dict[str, list[int]] = {}
        for i, key in enumerate(self.keys):
            for group in key.keys:
                if not group & _LIGHT:
                    for s in group:
                        self._phrasings_by_stem.setdefault(s, []).append(i)

    def _near(self, token: str) -> frozenset[str]:
        """The stems that count as a question's word in this course: its near words, the course's synonyms of it,
        and a long key word it is one slip from. Worked out once per word: the same words come in question after
        question, and what they count as depends on the course alone."""
        found = self._near_of.get(token)
        if found is None:
            if len(self._near_of) >= _NEAR_KEPT:
                self._near_of.clear()
            found = self._near_of[token] = self._near_built(token)
        return found

    def _near_built(self, token: str) -> frozenset[str]:
        own = stem(token)
        found = near_stems(token) | self._synonyms.get(own, frozenset()) | DOERS.get(own, frozenset())
        for form in {own, token}:
            if len(form) >= _SLIP_LENGTH - 1:
                # a word one letter short of a long key ("libary") is that key with the letter dropped
                variants = (form, *_deletions(form)) if len(form) >= _SLIP_LENGTH else (form,)
                found |= {k for v in variants for k in self._slips.get(v, ()) if k[0] == form[0]}
        if _SHORT_SLIP <= len(token) < _SLIP_LENGTH and not _known_word(token):
            # "can my mark go dowm": a short word no one writes, one key from a key word, is that word
            meant = {w for v in _opened(token) for w in self._key_slips.get(v, ()) if next_key_slip(token, w)}
            found |= {s for w in meant for s in near_stems(w)} if len(meant) == 1 else set()
            found |= self._dropped_key(token)
        return found

    def _dropped_key(self, token: str) -> frozenset[str]:
        """The near stems of the one short key word an unknown word is one letter dropped, added or swapped from
        ("erors" of "errors", "drikn" of "drink"), or none."""
        if len(token) < _DROP_SLIP or not token.isalpha():
            return frozenset()
        meant = {
            w
            for v in (token, *_deletions(token))
            for w in self._key_drops.get(v, ())
            if w[0] == token[0] and w != token and OSA.distance(token, w) == 1
        }
        return near_stems(meant.pop()) if len(meant) == 1 else frozenset()

    def _names_other_rule(self, key: _Key, near: dict[str, frozenset[str]]) -> bool:
        """ "can i have chatgpt write my lab discussion" of "lab attendance is required": a word of the question
        names another policy's subject, which neither this claim nor its policy's words speak of, and the phrasing
        matched holds one key word only ("have to go to lab")."""
        if len(key.keys) > 1:
            return False  # a phrasing of several key words, all in the question, is about what they say
        foreign = self._foreign.get(key.policy, frozenset())
        return any(stems & foreign and not stems & key.known for stems in near.values())

    def _named_objects(self, asked: tuple[str, ...]) -> list[tuple[tuple[str, ...], frozenset[str]]]:
        """The course things whose names the question's stems hold, in order."""
        by_words = self._objects_by_words
        lengths = self._object_lengths
        hits = {
            i
            for start, first in enumerate(asked)
            if first in lengths
            for n in lengths[first]
            if start + n <= len(asked) and (i := by_words.get(asked[start : start + n])) is not None
        }
        # in the order their first stems first come in the question, then in the course's order
        first_at: dict[str, int] = {}
        for i, first in enumerate(asked):
            first_at.setdefault(first, i)
        return [self._objects[i] for i in sorted(hits, key=lambda i: (first_at[self._objects[i][0][0]], i))]

    def _stems_of(self, texts: tuple[str, ...]) -> frozenset[str]:
        """The stems of the texts' words (each text's kept: the same rule texts are checked for question after
        question)."""
        if len(self._text_stems) > _TEXT_STEMS_KEPT:
            self._text_stems.clear()
        for text_ in texts:
            if text_ not in self._text_stems:
                self._text_stems[text_] = word_stems(text_)
        return frozenset().union(*(self._text_stems[t] for t in texts))

    def names_meeting(self, word: str) -> bool:
        """Whether the word names a kind of meeting ("class", "tutorial"), or is one typed with a slip ("clas")."""
        return any(OSA.distance(word, w) <= (1 if len(w) > 3 else 0) for w in self._meeting_words)

    def names_things(self, words: str) -> bool:
        """Whether the words name a course thing (an assignment, an exam, a kind of meeting or of work)."""
        asked = tuple(stem(t) for t in phrase_key(words) if t not in _MINOR)
        return bool(self._named_objects(asked)) or any(_named(asked, w) for w, _ in (*self._kinds, *self._any_exam))

    def names_other_exam(self, question: str, texts: tuple[str, ...]) -> bool:
        """Whether the question names an exam ("exam 1", "the midterm", "the exam") and none of the texts speaks
        of an exam: "can i write exam 1 a day late" answered with homework's late rules. An exam that dates something
        else ("the wednesday after exam 1", "the midterm that night") is not what is asked about."""
        question = _THAT_DAY.sub(" ", _RELATIVE.sub(" ", question.lower()))
        asked = tuple(stem(t) for t in phrase_key(question) if t not in _MINOR)
        named = [cover for words, cover in self._any_exam if _named(asked, words)]
        named += [cover for words, cover in self._named_objects(asked) if stem("exam") in cover]
        if not named:
            return False  # the texts are read only for an exam the question names
        said = self._stems_of(texts)
        # "exam one" names it, but "the next one due" does not speak of it
        return all((cover - _COUNTING).isdisjoint(said) for cover in named)

    def names_other(self, question: str, texts: tuple[str, ...], *, kinds: str = "") -> bool:
        """Whether the question names only course things (an exam, an assignment, a kind of meeting; with kinds
        "exam", also "the exam"; with "work", also a kind of work: "my project group") none of the texts speaks
        of: "can i discuss the midterm" of a rule about problem sets."""
        # "can i ask on ed about ps4": a thing asked about is the topic, not what the rule is about
        question = _ABOUT.sub(" ", question.lower())
        asked = tuple(stem(t) for t in phrase_key(question) if t not in _MINOR)
        objects = self._named_objects(asked)
        if any(_of_all_work(t, objects) for t in texts):
            return False  # "all written work must be in English" speaks of every piece of work
        named = [cover for _, cover in objects]
        named += [cover for words, cover in self._any_exam if _named(asked, words)] if kinds else []
        named += [cover for words, cover in self._kinds if _named(asked, words)] if kinds == "work" else []
        if not named:
            return False  # the texts are read only for a thing the question names
        said = self._stems_of(texts)
        return all(cover.isdisjoint(said) for cover in named)

    def match(
        self, question: str, prefer: str | None = None, *, within: str | None = None, story: str = ""
    ) -> Matched | None:
        """The claim the yes/no question asks, or None when none does or those that do disagree.

        prefer: the policy whose claim is taken when claims of several agree; within: only that policy's claims;
        story: the sentences told before the question ("found a github repo that does hw5"), whose words may hold
        the claim's key words (what the question's "it" is) but are never counted as words beyond the claim's."""
        if not self.keys:
            return None
        if (alone := _OR_JUST.split(question, maxsplit=1)[0]) != question:
            # "do we have to go to the lectures or just tds": the first is asked, the one after "or just" assumed
            return self.match(alone, prefer, within=within, story=story)
        found, blocked = self._narrowed(question, within, story)
        if len({k.claim.yes for _, k, _ in found.values()}) != 1:
            return None  # "do 405 and 605 both do the mini-project": one claim says yes, another no
        best = max(n for n, _, _ in found.values())
        top = [(k, extra) for n, k, extra in found.values() if n == best]
        chosen, extra = next(((k, e) for k, e in top if k.policy == prefer), top[0])
        if (chosen.policy, id(chosen.claim)) in blocked:
            return None
        return Matched(chosen.policy, _as_asked(question, chosen.claim), best, extra, chosen.mode)

    def _narrowed(self, question: str, within: str | None, story: str) -> _Asked:
        """The claims the question matches, those that disagree narrowed to the ones that decide it (see match)."""
        found, blocked = self._asked(question, story)
        if within:
            found = {ident: entry for ident, entry in found.items() if ident[0] == within}
        if not found:
            return _Asked(found, blocked)
        found = _specific_kept(_exceptions_kept(found), self._settings)
        return _Asked(self._asked_beyond_case(found, question), blocked)

    def disagreeing(self, question: str) -> tuple[Claim, Claim] | None:
        """The Yes claim and the No claim the question asks equally well, each by two key words or more, when no
        one claim decides it ("can i bring a printed cheat sheet to the quiz" of "one cheat sheet in each quiz" and
        "printed sheets are not allowed"): both are shown, neither taken."""
        if not self.keys or self.match(question) is not None:
            return None
        found, _ = self._narrowed(question, None, "")
        best = {
            yes: max(((n, -e, k.claim) for n, k, e in found.values() if k.claim.yes == yes), default=None, key=_rank)
            for yes in (True, False)
        }
        if best[True] is None or best[False] is None or min(best[True][0], best[False][0]) < 2:
            return None
        return best[True][2], best[False][2]

    def _asked_beyond_case(self, found: _Found, question: str) -> _Found:
        """Of claims that disagree, those holding a word the question asks beyond the case it tells: "if i audit
        unofficially can i get the homework" asks what "auditors get the homework" (No) says, not "audit unofficially"
        (Yes), which speaks only of the case."""
        if len({k.claim.yes for _, k, _ in found.values()}) == 1 or not (case := fold(question).condition):
            return found
        told = {stem(w) for w in content_words(case)}
        rest = [self._near(w) for w in content_words(question) if stem(w) not in told]
        kept = {i: e for i, e in found.items() if any(key & near for key in e[1].keys for near in rest)}
        return kept or found

    def _asked(self, question: str, story: str) -> _Asked:
        """Every claim the question's words match, by (policy, claim), of any policy: computed once while one
        question is answered (bot.understand.question.per_question), however many readers of it ask, each picking its
        own policy."""
        return per_question((self, story), question, lambda said: self._matching(said, story))

    def _matching(self, question: str, story: str) -> _Asked:
        """Every claim the question's words match (see `match`), with how many key words it holds and how many
        words of the question it leaves over."""
        words = content_words(question)
        near = {t: self._near(t) for t in words}
        have = frozenset().union(*near.values()) if near else frozenset()
        # "pre lab" as respelled is the phrasing's "prelab": two words written apart hold the key word they join into
        tokens = phrase_key(question)
        joined = [frozenset({stem(a + b)}) for a, b in pairwise(tokens) if a.isalpha() and b.isalpha()]
        have |= frozenset().union(*joined)
        own = have  # the question's own words: a phrasing of one key word must be asked in them
        # what each word of the question (and of its story) counts as: a key word is held by a word of its own
        told = {t: near_stems(t) for t in content_words(story) if t not in near} if story else {}
        sources = [*near.values(), *told.values(), *joined]
        if story:
            have |= frozenset(s for t in content_words(story) for s in near_stems(t))
        if "from" in question.lower() and _GOT_FROM.search(question.lower()):
            have |= _PROVIDED  # "do we get goggles from the lab": the lab provides them
            sources.append(_PROVIDED)
        if _DUTY.search(question.lower()):
            have |= _NEEDED  # "do clicker answers have to be right" asks "clicker answers need to be right"
            sources.append(_NEEDED)
        if own & _AI_TOOLS:
            have |= _AI  # "can i use chatgpt for the problems" asks what a claim says of "ai"
            sources.append(_AI)
        if _THING_FINE.search(question.lower()):
            have |= _USED  # "is deepl ok to read french sources" asks "use deepl"
            sources.append(_USED)
        if _JOINT.search(question.lower()):
            have |= near_stems("together")  # "can me and my roommate turn in one writeup": together
            sources.append(near_stems("together"))
        turns = _turns(question)
        asked = tuple(stem(t) for t in phrase_key(question) if t not in _MINOR)
        named = self._named_objects(asked)
        # "wear gel nails TO sim lab": a course thing after "to" is where, not an action
        starts = {words[0] for words, _ in named}
        actions = [
            w
            for w in _ACTION.findall(question.lower())
            if w not in _MINOR and w not in _STATES and stem(w) not in starts
        ]
        found: _Found = {}
        # Only phrasings whose first required word the question has can match (every required word must be there).
        candidates = sorted({i for s in have for i in self._keys_by_stem.get(s, ())})
        # by group of alike phrasings (whichever policy's): how many extra words, or None (no match)
        fits: dict[int, int | None] = {}
        for i in candidates:
            key = self.keys[i]
            group = self._alike[i]
            if group not in fits:
                fits[group] = _extra_words(key, question, near, (have, sources), turns, actions, named)
            extra = fits[group]
            if extra is None or self._names_other_rule(key, near):
                continue
            if len(key.keys) == 1 and not key.keys[0] & own:
                continue  # "i brought coffee into the lab, it's ok right?" does not ask "have to go to lab"
            ident = (key.policy, id(key.claim))
            if ident not in found or found[ident][0] < len(key.keys):
                found[ident] = (len(key.keys), key, extra)
        # "can i come to required lab in sandals": a claim whose verdict another claim, answered the other way and
        # named by the question's words beyond it, decides instead
        blocked = frozenset(ident for ident, (_, key, _) in found.items() if self._other_claim_named(key, near, have))
        return _Asked(found, blocked)

    def _other_claim_named(self, chosen: _Key, near: dict[str, frozenset[str]], have: frozenset[str]) -> bool:
        """Whether a word of the question the chosen claim and its paragraph do not speak of is a key word of a
        phrasing of a claim answered the other way, the question holding all that phrasing's key words but one (and
        two at least): "can i come to required lab in sandals" asks what "wear sandals in lab" (No) decides, so "lab
        attendance is required" (Yes) does not settle it."""
        # (a word the claim's own paragraph says, "problem sets" beside "write up your own solutions", is its)
        beyond = {s for stems in near.values() if not stems & (chosen.known | chosen.said) for s in stems}
        for i in {i for s in beyond for i in self._phrasings_by_stem.get(s, ())}:
            key = self.keys[i]
            if key.claim.yes == chosen.claim.yes:
                continue
            held = sum(bool(group & have) for group in key.keys)
            if held >= 2 and held >= len(key.keys) - 1:
                return True
        return False


# Key stems this long or longer are matched past one slip ("attendence", "composition" of "composicion").
_SLIP_LENGTH = 7


# Key words this long or longer (and shorter than _SLIP_LENGTH) are matched past one key typed for its neighbour.
_SHORT_SLIP = 4
# Key words this long or longer (and shorter than _SLIP_LENGTH) are matched past a letter dropped, added or swapped.
_DROP_SLIP = 5


def _opened(word: str) -> set[str]:
    """The word with each one letter after the first left open ("do?n", "dow?")."""
    return {word[:i] + "?" + word[i + 1 :] for i in range(1, len(word))}


def _known_word(word: str) -> bool:
    """Whether a word is one a student writes as meant (an everyday or common word, or one the engine knows)."""
    return ordinary(word) or word in COMMON_WORDS or word in EVERYDAY_WORDS or word in STOPWORDS or word in THESAURUS


def _deletions(word: str) -> set[str]:
    """The word with each one letter left out."""
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _exceptions_kept(
    found: _Found,
) -> _Found:
    """Of claims that disagree, the page's exception over its general rule: "lectures are recorded, except the guest
    lecture" asked "is the guest lecture recorded" is decided by the claim whose phrasing holds every key word of the
    general one's and more ("guest lecture recorded" over "lectures recorded")."""
    if len({k.claim.yes for _, k, _ in found.values()}) == 1:
        return found
    keys = {ident: frozenset(k.keys) for ident, (_, k, _) in found.items()}
    general = {
        ident
        for ident, (_, k, _) in found.items()
        if any(
            other.claim.yes != k.claim.yes and keys[ident] < keys[o] for o, (_, other, _) in found.items() if o != ident
        )
    }
    return {ident: entry for ident, entry in found.items() if ident not in general} if general else found


def _specific_kept(found: _Found, settings: frozenset[str]) -> _Found:
    """Of claims that disagree, those holding several of the question's key words over those holding one: "can we
    do the prelab together" asks "do the prelab together" (No), not "have to go to lab" (Yes) by its one word "lab";
    or those holding more key words and leaving fewer of the question's words unsaid than every claim they disagree
    with, when what those others say beyond them is only where it applies (settings: the stems of the course's
    things)."""
    if len({k.claim.yes for _, k, _ in found.values()}) == 1:
        return found
    best = max(n for n, _, _ in found.values())
    if best >= 2 and not any(1 < n < best for n, _, _ in found.values()):
        return {ident: entry for ident, entry in found.items() if entry[0] == best}
    # "can i wear running shoes on the field trip": "wear running shoes" (No) holds more of the question and leaves
    # less of it unsaid than "field trips compulsory" (Yes), which speaks of the trip, not of what is asked of it
    dominant = {
        ident: (n, k, extra)
        for ident, (n, k, extra) in found.items()
        if all(
            n > n2 and extra < e2 and _only_setting_beyond(k2, k, settings)
            for n2, k2, e2 in found.values()
            if k2.claim.yes != k.claim.yes
        )
    }
    return dominant or found


def _only_setting_beyond(other: _Key, chosen: _Key, settings: frozenset[str]) -> bool:
    """Whether every key word of the other claim's phrasing that the chosen claim's words lack names a course thing
    (where the rule applies: "field trip" of "field trips are compulsory"), never a kind of the thing asked: "can i
    bring a PRINTED cheat sheet to the quiz" is not decided by "one cheat sheet in each quiz" (Yes) over "printed
    sheets are not allowed" (No), which speaks of a narrower sheet."""
    return all(group & settings for group in other.keys if not group & chosen.known)


# "use" and "make" say only that a thing is done: "make my final renders WITH ai" asks "use ai to make the final
# renders". One of them may go unsaid when the phrasing's other key words (three or more) are all asked.
_LIGHT = frozenset(stem(w) for w in ("use", "make"))
_WITH = re.compile(r"\b(?:with|using|via)\b")
# A "not" of work not yet done ("if i HAVEN'T done the induction", "not yet") asks what "without" it asks.
_NOT_DONE = re.compile(
    r"\b(?:have|has|had|did|do)(?:\s+not|n'?t)\s+(?:yet\s+)?(?:done|do|completed?|finish(?:ed)?|taken|take|had|passed)\b"
    r"|\bnot\s+(?:done\s+)?yet\b"
)


# A change of one's own thing for another ("switch to a different section", "move to another group"): "different"
# says no more than the verb does.
_CHANGE = re.compile(r"\b(?:switch|switching|swap|swapping|change|changing|move|moving|transfer|transferring)\b")


# "can i install it on my laptop instead": an "instead" closing the question sets it against what the student told
# or has in mind, not against anything the question names.
_INSTEAD_LAST = re.compile(r"\binstead\W*$")


def _turned_alike(phrased: frozenset[str], turns: frozenset[str], question: str) -> bool:
    """Whether the question turns what it asks as the phrasing does."""
    if phrased == turns:
        return True
    if turns - phrased == {"other"} and _INSTEAD_LAST.search(question.lower()) and _others(question) == 1:
        return phrased == turns - {"other"}  # "... on my laptop instead" asks "on my laptop"
    if not phrased and turns == {"other"} and _CHANGE.search(question.lower()):
        return True  # "switch to a different lab section" asks "switch lab sections": the change is the other
    return phrased == {"without"} and turns == {"not"} and bool(_NOT_DONE.search(question.lower()))


def _others(question: str) -> int:
    """How many of the question's words turn it to another thing ("another", "instead", "different")."""
    return sum(_SAME_TURN.get(t, t) == "other" for t in phrase_key(question))


def _rank(entry: tuple[int, int, Claim]) -> tuple[int, int]:
    """A claim's rank among those answered the same way: more key words held, then fewer words left unsaid."""
    return entry[0], entry[1]


def _by_rarest_word(keys: list[_Key]) -> dict[str, list[int]]:
    """Each phrasing, by its index, under the stems of the key word it cannot match without that the fewest phrasings
    share: on a large course a common word ("use", "exam") would make every question check thousands. A light verb
    may go unsaid (see _keys_held), so it is never that word; where every key word is one, the first two."""
    counts = Counter(s for key in keys for group in key.keys for s in group)

    def share(group: frozenset[str]) -> int:  # how many phrasings' key words hold the group's stems
        return sum(counts[s] for s in group)

    by_stem: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        needed = key.keys if len(key.keys) < 4 else [g for g in key.keys if not g & _LIGHT]
        rarest = min(needed, key=share) if needed else key.keys[0] | key.keys[1]
        for word in rarest:
            by_stem.setdefault(word, []).append(i)
    return by_stem


def _keys_held(
    keys: tuple[frozenset[str], ...], have: frozenset[str], sources: list[frozenset[str]], *, with_tool: bool
) -> bool:
    """Whether the question holds every key word of the phrasing, each in a word of its own (see distinct_keys), a
    light verb aside (see _LIGHT) when the question says another or a "with" ("write my essay WITH chatgpt" asks
    "use chatgpt to write the essay")."""
    missing = [k for k in keys if not k & have]
    if not missing:
        return held_by_distinct_words(keys, sources)
    return len(missing) == 1 and len(keys) >= 4 and bool(missing[0] & _LIGHT) and bool(_LIGHT & have or with_tool)


def _extra_words(
    key: _Key,
    question: str,
    near: dict[str, frozenset[str]],
    held: tuple[frozenset[str], list[frozenset[str]]],
    turns: frozenset[str],
    actions: list[str],
    named: list[tuple[tuple[str, ...], frozenset[str]]],
) -> int | None:
    """How many of the question's words the phrasing does not hold, or None when it does not match the question.
    held: the stems the question has, and what each of its words counts as."""
    have, sources = held
    if not _turned_alike(key.turns, turns, question) or not _keys_held(
        key.keys, have, sources, with_tool=_WITH.search(question.lower()) is not None
    ):
        return None
    if key.claim.yes and ONE_FOR_ALL.search(question.lower()) and not key.known & near_stems("submit"):
        return None  # "hand in the set for my study group" of "study group for problem sets": working, not handing in
    if key.turns and _turned_elsewhere(question, key, near):
        return None  # "is the final only multiple choice" of "only do the final exam": "only" is said of another thing
    extra = [t for t, stems in near.items() if not stems & key.known]
    if len(extra) > _EXTRA or any(stem(t) in _ASPECTS for t in extra):
        return None
    if any(stem(w) not in key.known for w in actions):
        return None  # "use ai to brainstorm for the essay" of a rule about writing it: another action
    if (
        named
        and not _of_all_work(key.claim.evidence, named)
        and all(not set(w) <= key.known and cover.isdisjoint(key.said) for w, cover in named)
    ):
        # "can my mini-project group submit one writeup" of a rule the page gives for homework; a thing
        # the page's words do cover ("project partner ... hw3": homework) is what is asked.
        return None
    if unaddressed_condition(question, (key.claim.evidence, *key.claim.asks)):
        return None  # "... if i'm sick": the claim does not speak to that case
    return len(extra)


# "All written work must be in English", "every assignment is submitted on the portal": a claim said of every piece of
# work speaks of whichever one the question names.
_ALL_WORK = re.compile(
    r"\b(?:all|any|every|each)\s+(?:(?:written|submitted|graded|assessed|marked)\s+)?"
    r"(?:work|assignments?|submissions?|assessments?|pieces?\s+of\s+work)\b",
    re.IGNORECASE,
)


def _of_all_work(evidence: str, named: list[tuple[tuple[str, ...], frozenset[str]]]) -> bool:
    """Whether a claim's words speak of every piece of work and the things the question names are pieces of work,
    not exams (an exam is sat, not handed in: "any assessed work" does not rule the midterm)."""
    return bool(_ALL_WORK.search(evidence)) and not any(_EXAM in cover for _, cover in named)


_EXAM = stem("exam")


def _turned_elsewhere(question: str, key: _Key, near: dict[str, frozenset[str]]) -> bool:
    """Whether a turn the phrasing shares ("only", "without") is said in the question of words the claim never
    speaks of: "is the final ONLY multiple choice" turns "multiple choice", while "only do the final exam" turns doing
    the final; "do i only need to take the final" turns the final, which the claim names."""
    tokens = phrase_key(question)
    for at, token in enumerate(tokens):
        if _SAME_TURN.get(token, token) not in key.turns:
            continue
        after = content_words(" ".join(tokens[at + 1 :]))
        if after and not any(near.get(w, near_stems(w)) & key.known for w in after):
            return True
    return False


def _objects(course: Course) -> list[tuple[tuple[str, ...], frozenset[str]]]:
    """The course's things a question may name (assignments, exams, kinds of meeting), each by its name's words (as
    stems, in order) with the stems a claim's evidence must hold to be about it: its own, or its kind's ("hw3" is
    homework; "midterm" is an exam)."""
    found: dict[tuple[str, ...], set[str]] = {}

    def add(names: tuple[str, ...], cover: set[str]) -> None:
        named = [tuple(stem(w) for w in phrase_key(name) if w not in _MINOR) for name in names]
        every = {w for words in named for w in words if not w.isdigit()}  # "ps3" is "problem set 3"
        for words in named:
            if words and not all(w.isdigit() for w in words):
                found.setdefault(words, set()).update({*every, *cover})

    for a in course.assignments:
        add((a.title, a.id, *a.aliases), {stem(w) for w in phrase_key(a.kind.replace("_", " "))})
    for e in course.exams:
        add((e.title, *e.aliases), {stem("exam")})
    for k in course.meeting_kinds:
        add((k.id, k.name, k.plural, *k.aliases), set())
    return [(words, frozenset(cover)) for words, cover in found.items()]


def _kinds_of_work(course: Course) -> list[tuple[tuple[str, ...], frozenset[str]]]:
    """The course's kinds of work by name ("project"), each with the stems of its kind and of its pieces' titles."""
    found: dict[tuple[str, ...], set[str]] = {}
    for a in course.assignments:
        kind = tuple(stem(w) for w in phrase_key(a.kind.replace("_", " ")))
        found.setdefault(kind, set()).update(kind, (stem(w) for w in phrase_key(a.title) if not w.isdigit()))
    return [(words, frozenset(cover)) for words, cover in found.items() if words]


def _any_exam(course: Course) -> list[tuple[tuple[str, ...], frozenset[str]]]:
    """ "the exam", named without saying which: any of the course's exams."""
    # its one-word names ("midterm", "final"), not the words of "exam one"
    cover = {
        stem(w) for e in course.exams for n in (e.title, *e.aliases) if len(key := phrase_key(n)) == 1 for w in key
    }
    return [((stem("exam"),), frozenset({stem("exam"), *cover}))] if course.exams else []


def _paragraph(quote: str, evidence: str) -> str:
    """The paragraph of the page's words that holds the evidence ("solved these problems" is about the homework
    named beside it), or the evidence alone when the quote does not hold it."""
    found = next((p for p in quote.split("\n\n") if evidence.strip(" .") in " ".join(p.split())), "")
    return f"{evidence} {found}"


def _named(stems: tuple[str, ...], words: tuple[str, ...]) -> bool:
    n = len(words)
    return any(stems[i : i + n] == words for i in range(len(stems) - n + 1))


# Claim indexes kept per Course value, bounded as engines are (an index is rebuilt, never stale).
_INDEXES: Kept[ClaimIndex] = Kept(size=32)


def claims_for(course: Course) -> ClaimIndex:
    """The course's claim index, built on first use and kept while the Course value is in use."""
    return _INDEXES.get(course, "claims", lambda: ClaimIndex(course))


def _help_hours_names(course: Course) -> tuple[str, ...]:
    """Every name the course and students give its office hours."""
    hours = course.help_hours
    return ("office hours", hours.name, hours.plural, *hours.aliases)
