"""Whether the course's own words say yes or no to a yes/no question: "can I copy code from Stack Overflow" against
"you may not use code you found", "is attendance required" against "attending lectures is not mandatory".

The question is read for what it asks (may I, must I, or is it so) and for its key words; the text is cut into
clauses, and the clauses that hold the most key words are read for a stance: a permission or a requirement,
negated or not ("not permitted", "may not", "never"), or an instruction ("list who you worked with"). A Yes or No
comes only when those clauses agree, and for a plain "is it so" question only when one clause holds every key
word. Otherwise there is no stance, and the answer gives the course's words without a Yes or No.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from bot.understand.page_evidence.knowledge import stem
from bot.understand.words.normalize import phrase_key
from bot.understand.words.stems import word_stems
from bot.understand.words.vocabulary import CHAT_FILLERS, STOPWORDS, THESAURUS, words_of
from bot.understand.yes_no.folded import fold

# Clause breaks: sentence ends, semicolons and "but" (never inside parentheses).
_BREAK = re.compile(r"[.;:!?](?=\s)|;|,?\s+but\s+")
# Words that say a stance in a course's text.
_PERMITS = frozenset(
    {"allowed", "permitted", "fine", "welcome", "encouraged", "ok", "okay", "free", "acceptable", "accepted"}
    | {"accommodated", "granted"}
)
# "may" and "can" give permission only to someone ("you may"); "these materials may contain code" is not one.
_MODALS = frozenset({"may", "can"})
_PERSONS = frozenset({"you", "students", "student", "we", "i", "they", "one", "everyone", "anyone"})
_REQUIRES = frozenset(
    {"must", "required", "requires", "require", "mandatory", "compulsory", "obligatory", "need", "needs"}
)
# "post there rather than emailing staff": a contrast turns the question around; no plain Yes or No.
_CONTRASTS = frozenset({"instead", "rather", "unless", "except"})
# "extensions are generally not granted, with some exceptions": a rule with exceptions the clause does not list
# answers no particular case plainly.
_HEDGES = frozenset(
    {"generally", "usually", "normally", "typically", "exceptions", "exception", "exceptional", "ordinarily", "rarely"}
)
_NEGATIONS = frozenset({"not", "no", "never", "nor", "neither", "without"})
_FORBIDS = frozenset({"forbidden", "prohibited", "disallowed", "banned", "misconduct"})
_NONE = frozenset({"no", "nothing", "none", "never", "neither"})
# Words a clause that states something has (an instruction has none of them and no subject).
_FINITE = frozenset({"is", "are", "was", "were", "will", "would", "has", "had", "does", "did", "be", "been"})
# Verbs an instruction starts with ("write up your own solutions", "never post solutions publicly").
_INSTRUCTIONS = words_of(
    """write list submit discuss ask post email use check bring fill keep disclose protect attend read contact cite
    include acknowledge declare mention notify tell let make put do avoid follow turn hand upload send talk come see
    start finish complete work name give share report consult request remember note return never always"""
)
# Who a question names beside a thing handed between them ("the slides from a friend", "send my code to my
# roommate"): a clause that shares only the people speaks of something else done with them.
_PEOPLE = words_of(
    """friend friends classmate classmates roommate roommates partner partners peer peers someone somebody others
    teammate teammates buddy buddies mate mates people person senior seniors sibling siblings brother sister tutor"""
)
_HANDED = words_of(
    """get getting got borrow borrowing copy copying send sending sent share sharing give giving lend lending
    take taking show showing sell selling buy buying use using swap swapping pass passing"""
)
_LEADS = frozenset({"and", "but", "then", "also", "please", "so", "or", "specifically", "however"})
# Words of a "not on the page" note that say where, not what.
_PAGE_WORDS = frozenset({"page", "copy", "ask", "staff", "check", "list", "survive", "survived", "cut", "off"})
# Words that carry no key of a question (function words, the question's own stance words).
_FUNCTION = (
    STOPWORDS
    | words_of(
        """a an the of to in on at for from by with about into as and or but so if then than that this these those it
        its is are was were be been being am do does did have has had i me my we us our you your they them their he
        she what which who when where why how there here any some can could will would shall should may might must
        need needs required require mandatory allowed permitted ok okay fine able supposed expected get got just
        also even still really actually ever yet only please hey hi so like up out too very much many one s t not
        no yes go going want let know tell whether or anyone someone somebody anybody before after take taking
        took class course give gives make makes homework hw assignment assignments problem sets"""
    )
    | CHAT_FILLERS
)


# One way only: a student telling what they do ("if i audit", "i'm visiting") is one of the kind of student a rule
# names by it ("auditors", "visitors"); "auditors" asked of are not the act a rule allows ("audit unofficially").
DOERS = {stem(act): frozenset({stem(doer)}) for act, doer in (("audit", "auditor"), ("visit", "visitor"))}


@dataclass(frozen=True)
class Stance:
    """The course's answer to a yes/no question: yes or no, and the clause that says so."""

    yes: bool
    clause: str


def asks(question: str) -> str:
    """What a yes/no question asks: "obligation" (must I), "permission" (may I) or "fact" (is it so)."""
    return fold(question).mode


def key_words(question: str) -> dict[str, frozenset[str]]:
    """The question's key words, each with the stems that count as it (its own and its synonyms')."""
    keys: dict[str, frozenset[str]] = {}
    for token in phrase_key(_one_word(question)):
        if token in _FUNCTION or (token.isdigit() and len(token) < 3) or len(token) < 2:
            continue
        stems = {stem(token), *DOERS.get(stem(token), ())}
        for near in THESAURUS.get(token, ()):
            stems.add(stem(near))
            stems |= {stem(w) for w in THESAURUS.get(near, ())}
        keys[token] = frozenset(stems)
    return keys


def asks_about(question: str, text_: str, known: Iterable[str] = ()) -> bool:
    """Whether the question asks about what `text_` names (a policy's "not on the page" note), beyond the words
    `known` that only name the policy: "what exactly are the conditions" of "The conditions themselves are not on
    this copy of the page"."""
    named = {stem(w) for w in known}
    have = {stem(w) for w in phrase_key(text_) if w not in _FUNCTION and w not in _PAGE_WORDS}
    return any(stems & have and not stems & named for stems in key_words(question).values())


def clauses(texts: Iterable[str]) -> list[str]:
    """The texts cut into clauses at sentence ends, semicolons and "but", outside parentheses."""
    return [c for text_ in texts for c in _clauses_of(text_)]


@lru_cache(maxsize=1024)
def _clauses_of(text_: str) -> tuple[str, ...]:
    out: list[str] = []
    depth, start = 0, 0
    for i, char in enumerate(text_):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth <= 0 and (found := _BREAK.match(text_, i)):
            out.append(text_[start:i])
            start = found.end()
    out.append(text_[start:])
    return tuple(c.strip(" ,.\n") for c in out if len(c.strip(" ,.\n")) > 2)


@lru_cache(maxsize=4096)
def _stems_joining_non(clause: str) -> frozenset[str]:
    # "a non-graphing calculator" does not hold "graphing": it says the opposite
    return word_stems(_one_word(_NON.sub("non", clause)))


_NON = re.compile(r"\bnon-(?=[a-z])", re.IGNORECASE)
# "make up", "make-up" and "makeup" are one word: "are there any make up quizzes" asks of "no make-up quizzes"
_MADE_UP = re.compile(r"\bmake[\s-]+up(s?)\b", re.IGNORECASE)


def _one_word(text_: str) -> str:
    """The text with a word students write apart, hyphenated or joined written joined ("make-up" as "makeup")."""
    return _MADE_UP.sub(r"makeup\1", text_)


def _said(clause: str, mode: str, keys: dict[str, frozenset[str]]) -> bool | None:
    """The clause's stance for this kind of question: True (yes), False (no) or None (it takes none)."""
    tokens = phrase_key(clause)
    if "whether" in tokens:
        return None  # "check whether a Pass/Fail course counts toward your degree" leaves it open
    if _instruction(tokens):
        if mode == "fact":
            return None  # "check whether it counts toward your degree" does not say whether it does
        verbs = [t for t in tokens if t not in _LEADS and t not in ("never", "do", "not")][:4]  # "post or ask for"
        if mode == "permission" and not any(stem(v) in stems for v in verbs for stems in keys.values()):
            return None  # "keep the solution your own" does not say whether ChatGPT may write it
        return not (tokens[0] == "never" or tokens[:2] == ("do", "not"))
    if mode == "fact":
        # "nothing is accepted more than 2 days late" says no, as "not" does; "a recommended (not required) textbook"
        # says there is one: its "not" is said of being required, not of the thing
        return not any(
            t in (_NEGATIONS | _NONE) - {"without"} and not _on_requiring(tokens, i) for i, t in enumerate(tokens)
        )
    if mode == "permission" and (chosen := _own_choice(tokens, keys)) is not None:
        return chosen  # "can we pick our own groups" of "the project is done in assigned groups"
    wanted = _REQUIRES if mode == "obligation" else _PERMITS
    if mode == "permission" and tokens[0] in _NONE and (_MODALS | _PERMITS) & set(tokens):
        return False  # "no notes or books may be brought in", "nothing is accepted after ..."
    if mode == "permission" and tokens[0] == "no" and len(tokens) > 1 and not (_FINITE | _MODALS) & set(tokens):
        return False  # "no notes or formula sheets of your own": a list of what is not allowed
    found = []
    for i, token in enumerate(tokens):
        # "you may", "you carry out the experiments in pairs and may use ..." (a thing allowed in the passive, "the
        # raw data may be shared", is not read as a student's permission here: "calculators may be used" also says
        # which ones)
        modal = token in _MODALS and i > 0 and tokens[i - 1] in _PERSONS
        modal = modal or (token in _MODALS and i > 0 and tokens[i - 1] == "and" and tokens[0] in _PERSONS)
        if mode == "permission" and (
            token in _FORBIDS or (token in _MODALS and tokens[i + 1 : i + 3] == ("not", "be"))
        ):
            found.append(False)  # "is forbidden", "drinks may not be brought in"
        elif token in wanted or (mode == "permission" and modal):
            # "is not permitted", "no permission is required", "you may not": a negation just before, or a
            # "not" right after a modal, turns it.
            negated = bool(set(tokens[max(0, i - 3) : i]) & _NEGATIONS) or (modal and tokens[i + 1 : i + 2] == ("not",))
            found.append(not negated)
    if not found and mode == "permission" and tokens[-2:] in (("are", "not"), ("is", "not")):
        return False  # "highlighting is permitted; notes in it are not": the permission before it, turned
    return found[0] if found and len(set(found)) == 1 else None


def _on_requiring(tokens: Sequence[str], at: int) -> bool:
    """Whether the "not" at `at` is said of a word of requiring ("not required", "not mandatory"), which leaves the
    thing itself there."""
    return tokens[at] == "not" and tokens[at + 1 : at + 2] != () and tokens[at + 1] in _REQUIRES


# "may be used", "can be brought": a thing allowed, said in the passive (a modal after a thing, not a person)
_PASSIVE_PERMIT = re.compile(r"\b(?:may|can)\s+be\s+[a-z]+(?:ed|en|ght)\b")
# "optional", "up to you": what a student may do or leave
_OPTIONAL = frozenset({"optional", "voluntary"})
_DUTY_PAIRS = frozenset({("have", "to"), ("has", "to"), ("need", "to"), ("needs", "to")})


def mode_of(clause: str) -> str:
    """What a sentence of the page says of an act: "obligation" (it is required: "must", "is required", or an
    instruction "bring your ID"), "permission" (it is allowed and no more: "you may bring one index card", "calculators
    may be used", "optional") or "fact". A sentence that both allows and requires is an obligation."""
    tokens = phrase_key(clause)
    if not tokens:
        return "fact"
    for i, token in enumerate(tokens):
        required = token in _REQUIRES or tuple(tokens[i : i + 2]) in _DUTY_PAIRS
        if required and not set(tokens[max(0, i - 3) : i]) & _NEGATIONS:
            return "obligation"
    if _instruction(tokens):
        return "obligation"
    permits = (
        any(t in _MODALS and i > 0 and tokens[i - 1] in _PERSONS for i, t in enumerate(tokens))
        or bool(set(tokens) & (_PERMITS | _OPTIONAL))
        or bool(_PASSIVE_PERMIT.search(" ".join(tokens)))
    )
    return "permission" if permits and not set(tokens) & _NEGATIONS else "fact"


# Choosing one's own (groups, partners, a topic) and a page's words for the choice being made for you.
_CHOOSING = words_of("pick picking choose choosing select selecting form forming")
_ASSIGNED = words_of("assigned allocated allotted appointed randomly random")


def asks_own_choice(question: str, texts: Iterable[str]) -> bool:
    """Whether the question asks to choose one's own thing ("can we pick our own project groups") and every other
    word it asks with is one the texts use: the choosing words are then read by the stance itself."""
    keys = key_words(question)
    if "own" not in keys or not _CHOOSING & set(keys):
        return False
    have = frozenset().union(*(_stems_joining_non(c) for c in clauses(texts)))
    return all(stems & have for k, stems in keys.items() if k != "own" and k not in _CHOOSING)


def decides_own_choice(question: str, clause: str) -> bool:
    """Whether the clause decides a choice of one's own asked ("done in assigned groups")."""
    return _own_choice(phrase_key(clause), key_words(question)) is not None


def _own_choice(tokens: Sequence[str], keys: dict[str, frozenset[str]]) -> bool | None:
    """Whether the clause answers "can we pick our own ...": No when it says the thing is assigned or allocated
    ("done in assigned groups of five"), Yes when it says students choose their own ("you form your own teams");
    None when the question asks no such choice or the clause says neither."""
    if "own" not in keys or not _CHOOSING & set(keys):
        return None
    held = set(tokens)
    if held & _ASSIGNED and not held & _NEGATIONS:
        return False
    if held & _NEGATIONS:
        return None
    if "own" in held and held & _CHOOSING:
        return True
    # "students form groups for the project": the students make the choice
    return True if len(tokens) > 1 and tokens[0] in _PERSONS and tokens[1] in _CHOOSING else None


def _instruction(tokens: Sequence[str]) -> bool:
    """ "write up your own solutions", "never post solutions": an instruction verb first, no finite verb."""
    rest = [t for t in tokens if t not in _LEADS]
    return bool(rest) and rest[0] in _INSTRUCTIONS and not _FINITE & set(rest)


def stance(
    question: str,
    texts: Sequence[str],
    topic_words: Iterable[str] = (),
    required: Iterable[str] = (),
    *,
    story: str = "",
) -> Stance | None:
    """Yes or no from the course's `texts`, or None when they do not plainly say. The first text alone is read
    first (a policy's summary), then all of them (with the page's words).

    topic_words: the question's words that named what the texts are about (a policy's keywords); they count
    as covered by the texts without being in one clause.
    required: words of the question a clause must hold to answer it (the kind of class asked about: a rule
    about lectures says nothing of recitations).
    story: the whole message the question was cut from ("the previous owner wrote notes all over it. can i still
    bring it"): a Yes is withheld when a clause beside it refuses something the story names.
    """
    topic_words = tuple(topic_words)
    must = {stem(w) for w in required}
    for tier in (texts[:1], texts) if len(texts) > 1 else (texts,):
        found = _stance(question, tier, topic_words, must, story)
        if found is not None:
            return _said_as_allowed(question, found, texts)
    return None


def _said_as_allowed(question: str, found: Stance, texts: Sequence[str]) -> Stance:
    """The stance, its clause the page's own "you may ..." where a must-I question was answered Yes by an
    instruction ("discuss problems with classmates", a summary's shorthand) that the page says only allows ("you may
    discuss problem sets with other students"): the one decision then says No, allowed is not required."""
    tokens = phrase_key(found.clause)
    if not found.yes or asks(question) != "obligation" or not _instruction(tokens):
        return found
    verb = stem(next(t for t in tokens if t not in _LEADS))
    # what is done, beside the verb: "bring your ID" is not "you may bring one index card"
    done = {stem(t) for t in tokens if t not in _FUNCTION and t not in _LEADS} - {verb}
    for clause in clauses(texts):
        have = _stems_joining_non(clause)
        if verb in have and done & have and mode_of(clause) == "permission":
            return Stance(True, clause)
    return found


def _stance(
    question: str, texts: Sequence[str], topic_words: Sequence[str], must: set[str], story: str = ""
) -> Stance | None:
    mode = asks(question)
    keys = key_words(question)
    if not keys or _CONTRASTS & set(phrase_key(question)):
        return None
    topic = {stem(w) for w in topic_words}
    handed = bool(_HANDED & set(phrase_key(question)))
    # Every key word names what the texts are about ("is chegg allowed" of the policy on old solutions): the
    # texts' own stance, when they all agree, is the answer.
    about = 2 * sum(bool(stems & topic) for stems in keys.values()) >= len(keys) and mode != "fact"
    scored: list[tuple[int, int, str, bool]] = []
    naming = 0  # the most key words any clause holds, whether or not it takes a stance
    topical: dict[str, bool] = {}  # whether a clause shares with the question only words naming the policy
    for clause in clauses(texts):
        if _CONTRASTS & set(phrase_key(clause)):
            continue
        have = _stems_joining_non(clause)
        naming = max(naming, sum(bool(stems & have) for stems in keys.values()))
        if not must <= have:
            continue
        matched = {k for k, stems in keys.items() if stems & have}
        if not matched and not about:
            continue
        said = _said(clause, mode, keys)
        if said is None or (not matched and _instruction(phrase_key(clause))):
            continue
        if _instruction(phrase_key(clause)) and matched <= _INSTRUCTIONS and len(keys) > len(matched):
            continue  # "bring a pencil" says nothing of "can i bring notes": only the verb is shared
        own = [k for k, stems in keys.items() if not stems & topic]
        if matched and matched <= _PEOPLE and handed and any(k not in matched and k not in _PEOPLE for k in own):
            continue  # "can i get the slides from a friend" of "discuss problems with classmates": only who is shared
        if mode == "obligation" and own and not matched & set(own):
            # "do i need a doctor's note if i miss a practical" of "practicals are compulsory": the clause names only
            # what the policy is about, not the note asked of
            continue
        covered = matched | {k for k, stems in keys.items() if stems & topic}
        if mode == "permission" and _own_choice(phrase_key(clause), keys) is not None:
            covered |= {k for k in keys if k == "own" or k in _CHOOSING}  # "assigned" answers "pick our own"
        if mode == "fact" and (len(matched) < min(2, len(keys)) or matched != set(keys)):
            continue
        if len(covered) * 2 < len(keys):
            continue  # too few of the question's words are in the text: it does not answer this
        explicit = 0 if _instruction(phrase_key(clause)) else 1
        topical[clause] = all(keys[k] & topic for k in matched)
        scored.append((len(matched), explicit, clause, said))
    if not scored or unaddressed_condition(question, texts):
        return None
    asked = keys
    if mode == "permission" and (chosen := [x for x in scored if _own_choice(phrase_key(x[2]), keys) is not None]):
        scored = chosen  # "can we pick our own groups": the clause on how groups are made, not "study groups may"
        asked = {k: v for k, v in keys.items() if k != "own" and k not in _CHOOSING}  # "their own answers" is not it
    best = max((n, e) for n, e, _, _ in scored)
    if naming > best[0] and all(topical[c] for n, e, c, _ in scored if (n, e) == best):
        # "can i take the exam in person": "both exams are in person" names more of it and takes no stance;
        # "travel is not accommodated" beside it shares only the policy's own word "exam": no Yes or No.
        return None
    if best[0] == 0 and naming:
        # "helmets are provided" names what was asked and takes no stance; "boots are required" beside it takes one
        # about something else: no Yes or No.
        return None
    top = [(clause, said) for n, e, clause, said in scored if (n, e) == best]
    if _asked_elsewhere(asked, [c for c, _ in top], clauses(texts), topic):
        return None
    if len({said for _, said in top}) != 1:
        # Clauses disagree: those about the asked thing itself win ("attending lectures is not mandatory" over
        # "the exams must be attended", for "is attendance required").
        top = [(clause, said) for clause, said in top if _about_first(clause, keys)]
    if len({said for _, said in top}) != 1 or _HEDGES & set(phrase_key(top[0][0])):
        return None
    if top[0][1] and "only" in phrase_key(top[0][0]) and not _names_condition(question, top[0][0]):
        return None  # "granted only for documented emergencies", asked "if im sick": a Yes for some cases only
    told = keys | key_words(story) if story else keys
    if top[0][1] and _refused_beside(mode, told, [c for c, _ in top], clauses(texts)):
        return None
    said = _with_exception(top[0][0], top[0][1], keys)
    return None if said is None else Stance(said, top[0][0])


# "allowed in the partiel and the rattrapage, not in the final oral exam": where the stance holds, and where not.
_EXCEPT = re.compile(r"\b(?:in|during|at|for|on)\s+([^,;]+?),?\s+(?:but\s+)?not\s+(?:in|during|at|for|on)\s+([^,.;]+)")
# Words that name any sitting, not one of them.
_ANY_SITTING = frozenset(stem(w) for w in ("exam", "exams", "test", "tests", "the", "a", "an", "and", "or", "final"))


def _with_exception(clause: str, said: bool, keys: dict[str, frozenset[str]]) -> bool | None:
    """The clause's stance where it lists where it holds and where not ("allowed in the partiel and the rattrapage,
    not in the final oral exam"): turned when the question names the excepted place, kept when it names a listed one,
    none when it names neither; as it is for a clause with no such exception."""
    found = _EXCEPT.search(clause.lower())
    if found is None:
        return said
    held, excepted = (word_stems(part) - _ANY_SITTING for part in found.groups())
    asked = frozenset().union(*keys.values()) if keys else frozenset()
    if asked & excepted and not asked & held:
        return not said
    if asked & held and not asked & excepted:
        return said
    return None


def _refused_beside(mode: str, keys: dict[str, frozenset[str]], deciding: Sequence[str], every: Sequence[str]) -> bool:
    """Whether a clause beside the deciding Yes says no to something else the question names: "can i bring my
    statute book, it has notes in the margins" of "you may bring a clean copy; notes in it are not" (allowed)."""
    have = frozenset().union(*(_stems_joining_non(c) for c in deciding))
    for clause in every:
        if clause in deciding or _said(clause, mode, keys) is not False:
            continue
        held = _stems_joining_non(clause)
        if any(stems & held and not stems & have for stems in keys.values()):
            return True
    return False


def _asked_elsewhere(
    keys: dict[str, frozenset[str]],
    deciding: Sequence[str],
    every: Sequence[str],
    topic: frozenset[str] | set[str] = frozenset(),
) -> bool:
    """Whether the first thing the question names that the texts speak of (its verbs aside) is in another clause
    than the deciding ones: "do i need to bring a helmet to the practical" is about "helmets are provided", not
    "boots are required at every practical" beside it. Where the deciding clauses hold a word naming what the whole
    text is about ("similarity" of the Turnitin policy), its other such words ("turnitin") are its name, no thing of
    another clause."""
    have = frozenset().union(*(_stems_joining_non(c) for c in (*deciding, *_subjects_of(deciding, every))))
    spoken = frozenset().union(*(_stems_joining_non(c) for c in every))
    first = next((stems for key, stems in keys.items() if key not in _INSTRUCTIONS and stems & spoken), frozenset())
    if first & topic and topic & have:
        return False  # the policy's own name first ("turnitin"), its deciding clause naming it too ("similarity")
    return bool(first) and not first & have


# A clause that starts with its verb ("must be declared", "may not be shared") after a "but" or ";": its subject is
# in the clause before ("AI tools may be used for code, but must be declared").
_SUBJECTLESS = _MODALS | _REQUIRES | _FINITE | frozenset({"should", "cannot", "not"})


def _subjects_of(deciding: Sequence[str], every: Sequence[str]) -> list[str]:
    """The clauses just before the deciding clauses that start with their verb: where those clauses' subject is."""
    return [
        every[i - 1]
        for i, clause in enumerate(every)
        if i > 0 and clause in deciding and phrase_key(clause)[:1] and phrase_key(clause)[0] in _SUBJECTLESS
    ]


def _names_condition(question: str, clause: str) -> bool:
    """Whether the clause names the question's condition (or the question has none)."""
    condition = fold(question).condition
    if not condition:
        return True
    have = _stems_joining_non(clause)
    # the word itself, not a near one: "only for documented emergencies" does not plainly cover "if im sick"
    return any(stem(word) in have for word in key_words(condition))


# "if i end up with an 89.5", "if i wind up at 79.6": the student's own result, said as "get" is ("if i get 79.6")
_GOT = re.compile(r"\b(?:end|ends|ended|wind|winds|wound)\s+up(?:\s+(?:with|getting|at|on))?\b")


def unaddressed_condition(question: str, texts: Iterable[str]) -> str:
    """The condition of the question ("i'm sick") when none of its key words is in the texts: the page does
    not speak to that case. "" when there is no condition or the texts name it."""
    condition = fold(question).condition
    keys = key_words(_GOT.sub(" ", condition)) if condition else {}
    if not keys:
        return ""
    have = frozenset().union(*(_stems_joining_non(c) for c in clauses(texts)))
    return "" if any(stems & have for stems in keys.values()) else condition


def _about_first(clause: str, keys: dict[str, frozenset[str]]) -> bool:
    """Whether the clause is about a key word: its subject is a person ("you must attend"), or a key word comes
    before the words of its stance ("attending lectures is not mandatory")."""
    tokens = phrase_key(clause)
    if tokens and tokens[0] in _PERSONS:
        return True
    stance_words = _REQUIRES | _PERMITS | _MODALS | _FORBIDS
    first_stance = next((i for i, t in enumerate(tokens) if t in stance_words), len(tokens))
    first_key = next((i for i, t in enumerate(tokens) if any(stem(t) in s for s in keys.values())), len(tokens))
    return first_key < first_stance
