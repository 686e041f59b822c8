"""A rule asked for by its name: "explain the language pledge", "pls explain the calculator rule", "what's the
phone policy": the student sees the one policy whose own words hold that name, read first from the policies' titles,
then their keywords, then their text; never a policy that merely shares another word of the question ("explain"),
nor the course's programming language for "the language pledge". A rule named by a count and its unit ("the 3 day
rule", "the 48-hour rule") is the policy whose words hold that count with that unit ("2 days", "48-hour",
"two (2) days"); a bare number elsewhere in a policy ("Lesson 3") never names it, nor does a number alone.

Where the name is in no policy, or in several at the same level, nothing is decided here and the rest of the engine
answers as it would (its closest rule, or that it is not sure).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice, pairwise

from bot.core.kept import Kept
from bot.core.sentences import split_sentences
from bot.course.model import Course, Policy
from bot.understand.page_evidence.knowledge import stem
from bot.understand.words.normalize import phrase_key
from bot.understand.words.vocabulary import STOPWORDS

# The nouns naming a rule, of any course: every match holds one of them as a word of its own.
RULE_NOUNS = (
    "rule", "policy", "pledge", "code", "guideline", "regulation", "agreement", "contract", "charter", "protocol",
    "convention", "principle",
)  # fmt: skip
# The nouns that are part of a rule's own name ("dress code", "language pledge"): the page writes the name's last word
# and the noun together, so "the gradescope course code" is no rule of a policy merely holding "gradescope" and "code".
_OWN_NAME_NOUNS = frozenset(RULE_NOUNS) - {"rule", "policy", "guideline", "regulation"}
NEEDS = frozenset({*RULE_NOUNS, *(f"{n}s" for n in RULE_NOUNS), "policies"})
# Asked to be explained or told: "explain the", "what's the", "tell me about the", "confused about the", then one to
# three words naming the rule, then a noun naming a rule ("rule", "pledge", "policy", "code").
_NAMED = re.compile(
    r"\b(?:explain|explanation\s+of|clarify|describe|what\s*(?:'s|s|\s+is|\s+are|\s+does|\s+do)|tell\s+(?:me|us)"
    r"(?:\s+(?:more\s+)?about)?|(?:confused|unclear|unsure|question)\s+(?:about|on)|(?:don'?t|do\s+not|dont)\s+"
    r"(?:get|understand)|meaning\s+of|how\s+(?:does|do))\s+(?:the|this|that|your|our|ur)\s+"
    r"((?:[a-z0-9][\w'-]*\s+){0,2}?[a-z0-9][\w'-]*)\s+(" + "|".join(RULE_NOUNS) + r"|policies)(?:s)?\b"
)
# A count and its unit naming a rule: "3 day", "48-hour", "24hr", "10 percent".
_UNITS: dict[str, str] = {
    "minute": r"min(?:ute)?s?", "hour": r"(?:hours?|hrs?|h)", "day": r"days?", "week": r"(?:weeks?|wks?)",
    "month": r"months?", "percent": r"(?:percent|per\s+cent|%)", "page": r"pages?", "word": r"words?",
    "point": r"(?:points?|pts?)",
}  # fmt: skip
_TIME_UNITS = frozenset({"minute", "hour", "day", "week", "month"})
_NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                 "twelve")  # fmt: skip
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_SPELLED = rf"(?:(?:{'|'.join(_TENS)})(?:[\s-]?(?:{'|'.join(_NUMBER_WORDS[1:10])}))?|{'|'.join(_NUMBER_WORDS)})"
_COUNTED = re.compile(
    r"(?<![\w.-])(\d+|"
    + _SPELLED
    + r")\s*-?\s*(?:"
    + "|".join(f"(?P<{unit}>{said})" for unit, said in _UNITS.items())
    + r")(?!\w)"
)


@dataclass(frozen=True)
class RuleName:
    """A rule's name as asked: its plain words ("calculator") and its counts with their units (("3", "day"))."""

    words: tuple[str, ...]
    counts: tuple[tuple[str, str], ...]
    noun: str
    phrase: str = ""  # the name's last word with a noun of its own name ("dress code"), which the page must write

    @property
    def timed(self) -> bool:
        """Whether the name counts time ("the 3 day rule"): a course's rule, never a subject's ("the 68 percent rule"
        may be either)."""
        return any(u in _TIME_UNITS for _, u in self.counts)

    def said(self) -> str:
        """The name as a student would read it back: "a 3 day rule", "a dress code"."""
        name = " ".join((*(f"{n} {u}" for n, u in self.counts), *self.words))
        return f"{'an' if name[:1] in 'aeiou8' else 'a'} {name} {self.noun}"


# Where a count can start in a page's text: a run of digits or of letters, after no letter, digit or dot.
_COUNT_START = re.compile(r"(?<![\w.])(?:\d+|[a-z]+)")
_SPELLED_WORDS = frozenset((*_NUMBER_WORDS, *_TENS))


def _count_leads(number: str) -> tuple[str, ...]:
    """How a page's text of that count starts: its digits as asked ("2"), or its spelled word's first word ("two",
    "forty" of "forty-eight"), as _count_said matches them."""
    count = int(number)
    if count < len(_NUMBER_WORDS):
        return number, _NUMBER_WORDS[count]
    if 20 <= count < 100:
        return number, _TENS[count // 10 - 2]
    return (number,)


def _leads_in(text: str) -> set[str]:
    """The starts a count can have in the text: each digit run as written, and each spelled number word a letter run
    starts with ("two" of "two-day", "four" of "fourteen": _count_said reads both so)."""
    leads = set()
    for run in _COUNT_START.findall(text):
        if run[0].isdigit():
            leads.add(run)
        else:
            leads.update(w for w in _SPELLED_WORDS if run.startswith(w))
    return leads


@dataclass(frozen=True)
class _Level:
    """One level of every policy (its titles, its keywords or its own texts), in the course's order: each policy's
    id, stems and plain text, and which of them hold each stem and each start of a count, so a name asked is looked
    for only in the policies that can hold it, not in every policy of the course."""

    entries: tuple[tuple[str, frozenset[str], str], ...]
    by_stem: dict[str, frozenset[int]]
    by_lead: dict[str, frozenset[int]]

    @classmethod
    def of(cls, entries: tuple[tuple[str, frozenset[str], str], ...]) -> _Level:
        by_stem: dict[str, set[int]] = {}
        by_lead: dict[str, set[int]] = {}
        for i, (_, stems, said) in enumerate(entries):
            for w in stems:
                by_stem.setdefault(w, set()).add(i)
            for lead in _leads_in(said):
                by_lead.setdefault(lead, set()).add(i)
        return cls(
            entries,
            {k: frozenset(v) for k, v in by_stem.items()},
            {k: frozenset(v) for k, v in by_lead.items()},
        )

    def counted(self, number: str) -> frozenset[int]:
        """The entries whose text has a count that may be that number (each then read with its unit)."""
        return frozenset().union(*(self.by_lead.get(lead, frozenset()) for lead in _count_leads(number)))

    def holding(self, name: RuleName, most: int | None = None) -> list[str]:
        """The ids of the entries holding the name (_holds_name), in the course's order (the first `most` of them)."""
        maybe: frozenset[int] | None = None
        for need in [self.by_stem.get(stem(w), frozenset()) for w in name.words] + [
            self.counted(n) for n, _ in name.counts
        ]:
            maybe = need if maybe is None else maybe & need
        if maybe is None:  # a name has words or counts: never so, but then every entry is read
            maybe = frozenset(range(len(self.entries)))
        held = (self.entries[i][0] for i in sorted(maybe) if _holds_name(name, self.entries[i][1], self.entries[i][2]))
        return list(islice(held, most))


@dataclass(frozen=True)
class _Levels:
    """Each policy's stems by level, built once per course: its title, its keywords, its own text."""

    titles: _Level
    keywords: _Level
    texts: _Level
    rules: str  # the course's other rules in its own words (extensions, attendance): a count there is on the page


_KEPT: Kept[_Levels] = Kept(32)


def _stems(said: str) -> frozenset[str]:
    """The stems of a text's words, and of each two words written as one ("write up" is also "writeup")."""
    words = phrase_key(said)
    return frozenset(stem(w) for w in (*words, *(a + b for a, b in pairwise(words))))


def _levels(course: Course) -> _Levels:
    def build() -> _Levels:
        policies = course.policies

        def level(said: str) -> tuple[frozenset[str], str]:
            return _stems(said), " ".join(said.lower().split())

        return _Levels(
            _Level.of(tuple((p.id, *level(p.title)) for p in policies)),
            _Level.of(tuple((p.id, *level(" ".join(p.keywords))) for p in policies)),
            _Level.of(tuple((p.id, *level(f"{p.summary} {p.quote}")) for p in policies)),
            level(
                " ".join(
                    (course.extensions.summary, course.extensions.emergency, *(a.quote for a in course.attendance))
                )
            )[1],
        )

    return _KEPT.get(course, "named rule", build)


def _number(said: str) -> str:
    """A count as digits: "two" is "2", "forty-eight" is "48"."""
    if said.isdigit():
        return said
    if said in _NUMBER_WORDS:
        return str(_NUMBER_WORDS.index(said))
    tens, _, ones = said.replace("-", " ").partition(" ")
    if not ones and tens not in _TENS:  # "fortyeight"
        tens, ones = next((t, said[len(t) :]) for t in _TENS if said.startswith(t))
    return str(10 * (_TENS.index(tens) + 2) + (_NUMBER_WORDS.index(ones) if ones else 0))


def rule_name(said: str) -> RuleName | None:
    """The name of the rule asked for, or None when no rule is asked for by name (or only by a bare number)."""
    found = _NAMED.search(" ".join(said.lower().replace("’", "'").split()))
    if found is None:
        return None
    counts = tuple(
        (_number(m.group(1)), next(u for u in _UNITS if m.group(u))) for m in _COUNTED.finditer(found.group(1))
    )
    rest = _COUNTED.sub(" ", found.group(1))
    words = tuple(w for w in phrase_key(rest) if w not in STOPWORDS and not w.isdigit())
    noun = found.group(2).removesuffix("s") if found.group(2) != "policies" else "policy"
    if not words and not counts:
        return None
    last = phrase_key(found.group(1))[-1]
    return RuleName(words, counts, noun, f"{last} {noun}" if noun in _OWN_NAME_NOUNS else "")


def named_rule_words(said: str) -> tuple[str, ...]:
    """The words naming the rule asked for ("language", "calculator"; "3", "day"), or () when no rule is asked for
    by name."""
    name = rule_name(said)
    return () if name is None else (*(w for c in name.counts for w in c), *name.words)


@lru_cache(maxsize=256)
def _count_said(number: str, unit: str) -> re.Pattern[str]:
    """A count with its unit as a page writes it: "2 days", "2-day", "two (2) days", "two days", and with up to two
    words between ("4 total grace days", "3 working days"); never "10% per day"."""
    count = int(number)
    spelled = f"|{_first(_NUMBER_WORDS[count])}" if count < len(_NUMBER_WORDS) else ""
    if 20 <= count < 100:  # "forty-eight", "forty eight", "twenty"
        tens = _first(_TENS[count // 10 - 2])
        spelled = f"|{tens}" + (f"[\\s-]?{_NUMBER_WORDS[count % 10]}" if count % 10 else "")
    return re.compile(
        rf"(?:{_first(number)}{spelled})(?:\s*\({number}\))?(?:\s*-\s*|\s*)(?:[a-z]+\s+){{0,2}}{_UNITS[unit]}(?!\w)"
    )


def _first(word: str) -> str:
    """A word that starts where no letter, digit or dot goes before it, told after the word: a pattern opening with
    the word's own letters lets `re` skip ahead to them, which one opening with the look behind cannot."""
    return rf"{word}(?<![\w.]{word})"


def _holds_name(name: RuleName, stems: frozenset[str], said: str) -> bool:
    """Whether a text holds every plain word of the name and each count with its unit."""
    return (
        all(stem(w) in stems for w in name.words)
        and all(_count_said(n, u).search(said) for n, u in name.counts)
        and (not name.phrase or _phrase_said(name.phrase).search(said) is not None)
    )


@lru_cache(maxsize=256)
def _phrase_said(phrase: str) -> re.Pattern[str]:
    """Two words as a page writes them together: "dress code", "dress-code", "honour codes"."""
    first, noun = phrase.split()
    return re.compile(rf"\b{re.escape(first)}[\s-]+{re.escape(noun)}s?\b")


def named_rule(course: Course, said: str) -> str | None:
    """The id of the one policy whose title (else keywords, else own text) holds every word naming the rule asked
    for; None when no rule is asked for by name, or the name is in no policy or in several at the first level
    holding it."""
    name = rule_name(said)
    return None if name is None else policy_named(course, name)


def policy_named(course: Course, name: RuleName) -> str | None:
    """The id of the one policy a rule's name (read once by `rule_name`) names, as `named_rule` chooses it."""
    levels = _levels(course)
    for level in (levels.titles, levels.keywords, levels.texts):
        holding = level.holding(name, 2)  # one, or several (then none is chosen)
        if holding:
            return holding[0] if len(holding) == 1 else None
    return None


def unnamed_rule(course: Course, said: str, holds: Callable[[str], bool]) -> str | None:
    """The rule asked for by a name the page never uses, as the student reads it back ("a 3 day rule", "a laptop
    policy"): a plain word no text of the course holds, or a count with its unit no policy holds; else None."""
    name = rule_name(said)
    if name is None or name.phrase or policy_named(course, name) is not None:
        return None  # "the honor code" the page does not write may still be its integrity policy: not said missing
    levels = _levels(course)
    texts = levels.texts
    counted = all(
        _count_said(n, u).search(levels.rules)
        or any(_count_said(n, u).search(texts.entries[i][2]) for i in texts.counted(n))
        for n, u in name.counts
    )
    return None if all(holds(w) for w in name.words) and counted else name.said()


def named_rule_sentence(course: Course, policy_id: str, said: str) -> str:
    """The policy's first sentence holding every word naming the rule asked for, when its title does not hold them
    ("Bring a non-graphing scientific calculator; ..." for "the calculator rule" of the exams' policy); else ""."""
    chosen = course.policy(policy_id)
    name = rule_name(said)
    if chosen is None or name is None:
        return ""
    title, sentences = _sentences(course, chosen)
    if _holds_name(name, *title):
        return ""
    return next((sentence for sentence, stems, low in sentences if _holds_name(name, stems, low)), "")


_SENTENCES: Kept[tuple[tuple[frozenset[str], str], tuple[tuple[str, frozenset[str], str], ...]]] = Kept(256)


def _sentences(
    course: Course, policy: Policy
) -> tuple[tuple[frozenset[str], str], tuple[tuple[str, frozenset[str], str], ...]]:
    """A policy's title and each sentence of its own words (as shown, its stems, its plain text), read once per course
    and policy."""

    def build() -> tuple[tuple[frozenset[str], str], tuple[tuple[str, frozenset[str], str], ...]]:
        sentences = split_sentences(f"{policy.quote} {policy.summary}".strip())
        return (_stems(policy.title), policy.title.lower()), tuple(
            (s.strip(), _stems(s), " ".join(s.lower().split())) for s in sentences
        )

    return _SENTENCES.get(course, policy.id, build)
