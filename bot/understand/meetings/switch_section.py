"""Going to another section's meeting instead of one's own ("can i go to the thursday afternoon lab instead of my
wednesday one just for one week", "can i swap tutorials this week"): the course's rule on switching, not that day's
schedule."""

from __future__ import annotations

import re

from bot.core.kept import Kept
from bot.core.sentences import split_clauses
from bot.course.model import Claim, Course, Policy

# Another meeting in place of one's own.
_INSTEAD = re.compile(
    r"\b(?:go\s+to|attend|join|sit\s+in\s+on|come\s+to)\b[^?.]{0,60}\binstead\s+of\s+(?:my|mine|our|the\s+one\s+i'?m\s+in|the\s+\w+\s+one)\b"
)
# Words for one's group of a kind of meeting, beside the course's own kinds of meeting ("lab", "tute").
_GROUPS = ("section", "class", "group")
_KINDS: Kept[re.Pattern[str]] = Kept(size=32)


def _switch_asked(course: Course) -> re.Pattern[str]:
    """ "switch labs", "swap to another tutorial", "a different section for one week", in the course's own words for
    its kinds of meeting: built once per course."""

    def build() -> re.Pattern[str]:
        names = {n.lower() for k in course.meeting_kinds for n in (k.id, k.name, k.plural, *k.aliases) if n}
        names |= section_words(course)  # "the other turma's class", where the course calls its sections turmas
        kinds = "|".join(sorted((re.escape(n) for n in names | set(_GROUPS)), key=len, reverse=True))
        sections = "|".join(sorted((re.escape(n) for n in _section_names(course)), key=len, reverse=True)) or r"(?!)"
        # a kind's name may open a compound ("übungsgruppe", "labgroup"): its word runs on
        return re.compile(
            # "can i go to d4 instead of d3 this week": one section named in place of another
            rf"\b(?:go|attend|join|come|sit\s+in|be)\b[^?.]{{0,60}}\binstead\s+of\s+(?:my\s+|our\s+|the\s+)?"
            rf"(?:{sections})(?!\w)|"
            rf"\b(?:switch|swap|change|move)\s+(?:to\s+|from\s+|between\s+)?"
            rf"(?:(?:my|a|another|the|other|different|our)\s+)?(?:{kinds})\w*"
            rf"|\b(?:different|another|other)\s+(?:{kinds})\b[^?.]{{0,40}}"
            r"\b(?:for\s+(?:one|a|this|that|next)\s+week|this\s+week|next\s+week|once|(?:one|that|a)\s+day|today"
            r"|tomorrow)\b"
            # "can i go to the tuesday one instead": another meeting of the kind in place of one's own
            # (a day or time before it: "the review session instead" is another kind of meeting, not another group's)
            rf"|\b(?:go|attend|join|come|sit\s+in|do|take)\s+(?:to\s+|on\s+)?"
            rf"(?:(?:the|a|an)\s+(?:[\w:']+\s+){{1,3}}?|(?:another|other|a\s+different)\s+(?:[\w:']+\s+){{0,3}}?)"
            rf"(?:one|{kinds})\w*\s+instead\b(?!\s+of\s+(?:class|lecture|studying))"
            # "can i go to the other section's class if i miss mine": another group's meeting, whatever the reason
            rf"|\b(?:go|attend|join|come|sit\s+in)\s+(?:to\s+|on\s+|in\s+)?(?:the\s+|a\s+)?"
            rf"(?:other|another|different)\s+(?:{kinds})\b"
        )

    return _KINDS.get(course, "switch asked", build)


def _section_names(course: Course) -> frozenset[str]:
    """The names a student gives a section by ("d3", "discussion d3", "section 3"): its id, name and aliases, when
    they are two characters with a digit or three or more (a section "A" is not the article)."""
    said = {n.lower() for s in course.sections for n in (s.id, s.name, *s.aliases) if n}
    return frozenset(n for n in said if (len(n) >= 2 and not n.isalpha()) or len(n) >= 3)


def _spans(question: str) -> frozenset[str]:
    """The question's runs of one to three words ("d3", "section 3", "discussion d3"), lowercased."""
    said = question.lower().split()
    return frozenset(" ".join(said[i : i + n]).strip(",.?!") for n in (1, 2, 3) for i in range(len(said) - n + 1))


def section_words(course: Course) -> frozenset[str]:
    """The course's own words for its sections beside "section": the words students use for them by the course's
    synonyms ("turma" for section) and its sections' names and aliases without their ids ("seminar group 1":
    "seminar", "group"), so "the other turma" is another section."""
    ids = {s.id.lower() for s in course.sections}
    said = [n for s in course.sections for n in (s.name, *s.aliases)]
    named = {w for n in said for w in re.findall(r"[^\W\d_]{3,}", n.lower()) if w not in ids}
    # a word most sections share is the word for a section ("turma 1", "turma 2"); one section's own word is its name
    shared = {w for w in named if sum(w in n.lower() for n in said) >= max(2, len(course.sections))}
    return frozenset(shared | {w for w, meant in course.synonyms.items() if meant in ("section", "sections")})


# A keyword naming a change of one's group: "switch tutorial group", "change stream", "other stream"; not of one's
# partner or team ("switch partner": who one works with, not which meeting one goes to).
_SWITCH_WORDS = re.compile(
    r"\b(?:switch\w*|swap\w*|change\s+\w+|(?:other|another|different)\s+\w+)"
    r"(?!.*\b(?:partners?|teammates?|teams?|groupmates?|topics?|scenes?|roles?)\b)",
    re.IGNORECASE,
)
# A sentence of a rule's own words on changing one's group: "swap tutorial groups", "any change of tutorial group".
_SWITCH_SAID = re.compile(
    r"\b(?:switch\w*|swap\w*|chang\w*\s+(?:of\s+)?(?:your\s+|their\s+|the\s+)?\w*\s*(?:group|section|class|slot)\w*"
    r"|mov\w+\s+(?:to\s+)?(?:another|a\s+different|other)\s+\w+)",
    re.IGNORECASE,
)

_POLICY: Kept[tuple[tuple[str, frozenset[str]], ...]] = Kept(size=32)


def _switch_rules(course: Course) -> tuple[tuple[str, frozenset[str]], ...]:
    """The policies that speak of switching section or class, each with the words of its own text: those whose
    keywords say so, or, when none does, those whose page wording has a sentence on it. Once per course."""

    def words_of(policy: Policy) -> frozenset[str]:
        return frozenset(re.findall(r"\w+", " ".join((policy.title, *policy.keywords, policy.summary)).lower()))

    def find() -> tuple[tuple[str, frozenset[str]], ...]:
        found = [p for p in course.policies if any(_SWITCH_WORDS.search(k) for k in p.keywords)]
        if not found:
            # "You may attend the other lecture section's lecture", asked "go to the other lecture": its own claim,
            # before prose that only holds a word of switching ("no swaps of partners", "switch off phones")
            found = [p for p in course.policies if _switch_claims(course, p)]
        if not found:
            found = [p for p in course.policies if _SWITCH_SAID.search(f"{p.summary} {p.quote}")]
        if not found:
            # "you may attend another studio section in a week only with both TAs' permission"
            found = [p for p in course.policies if switch_sentence(course, p.id)]
        return tuple((p.id, words_of(p)) for p in found)

    return _POLICY.get(course, "switch rules", find)


def switch_policy(course: Course, question: str = "") -> str:
    """The course's one policy on switching section or class, or "": of several, the one whose own words name the
    meetings the question names ("the 11am lecture instead of the 8am one": the lecture streams' rule)."""
    said_sections = _section_names(course) & _spans(question)
    attended = [p.id for p in course.policies if switch_sentence(course, p.id)] if said_sections else []
    if len(attended) == 1:
        # "can i go to d4 instead of d3": sections named, so the rule with the page's sentence on attending another
        # section ("you may attend another section only with both monitors' permission"), not one on project groups
        return attended[0]
    rules = _switch_rules(course)
    if len(rules) <= 1 or not question:
        return rules[0][0] if len(rules) == 1 else ""
    said = set(re.findall(r"\w+", question.lower()))
    # every name of a kind the question names: "rec" names the recitations, which a rule calls "recitation"
    named = {
        n
        for k in course.meeting_kinds
        if any(n and said & set(re.findall(r"\w+", n.lower())) for n in (k.id, k.name, k.plural, *k.aliases))
        for n in (k.id, k.name, k.plural, *k.aliases)
        if n
    }
    asked = {w for n in named for w in re.findall(r"\w+", n.lower())}
    fits = [pid for pid, own in rules if own & asked]
    if len(fits) > 1:
        # both name the meeting ("recitation"): the one whose claim on switching says more of the question ("take the
        # quiz in another recitation", for "can i take the quiz in a different rec")
        shared = {pid: _claim_overlap(course, pid, said) for pid in fits}
        best = max(shared.values())
        fits = [pid for pid in fits if shared[pid] == best] if best else fits
    return fits[0] if len(fits) == 1 else ""


def _claim_overlap(course: Course, policy_id: str, said: set[str]) -> int:
    """How many of the question's words (beyond the little ones) the rule's claims on switching hold."""
    chosen = course.policy(policy_id)
    asks = {w for c in _switch_claims(course, chosen) for a in c.asks for w in re.findall(r"\w+", a.lower())}
    return len({w for w in said if len(w) > 3} & asks) if chosen else 0


def _switch_claims(course: Course, policy: Policy | None) -> list[Claim]:
    """The policy's claims on going to another group's meeting: a word of switching beside a meeting's name."""
    if policy is None:
        return []
    names = {n.lower() for k in course.meeting_kinds for n in (k.id, k.name, k.plural, *k.aliases) if n}
    names |= set(_GROUPS)
    return [
        c
        for c in policy.claims
        if any(_SWITCH_CLAIM.search(a.lower()) and names & set(re.findall(r"\w+", a.lower())) for a in c.asks)
    ]


def switch_question(course: Course, question: str) -> str | None:
    """The switching rule's id when the question asks to go to another section's meeting; None otherwise."""
    said = " ".join(question.lower().split())
    if not _INSTEAD.search(said) and not _switch_asked(course).search(said):
        return None
    return switch_policy(course, said) or None


# A claim of the rule that speaks of going to another group's meeting ("attend another tutorial group").
_SWITCH_CLAIM = re.compile(r"\b(?:another|different|other|either|swap\w*|switch\w*|chang\w*|mov\w+|instead)\b")


def switch_claim(course: Course, policy_id: str) -> Claim | None:
    """The rule's own Yes or No on going to another group's meeting: its claims that speak of it, when they agree
    (the first, for its page words); None when it has none or they disagree."""
    chosen = course.policy(policy_id)
    if chosen is None:
        return None
    found = [c for c in chosen.claims if any(_SWITCH_CLAIM.search(a.lower()) for a in c.asks)]
    return found[0] if found and len({c.yes for c in found}) == 1 else None


_ATTEND_OTHER: Kept[re.Pattern[str]] = Kept(size=32)


def _attend_other(course: Course) -> re.Pattern[str]:
    """ "attend another section", "go to a different lab stream", "switch to another tutorial", in the course's own
    words for its meetings and sections: built once per course."""

    def build() -> re.Pattern[str]:
        names = {n.lower() for k in course.meeting_kinds for n in (k.id, k.name, k.plural, *k.aliases) if n}
        names |= section_words(course) | set(_GROUPS) | {"stream", "streams"}
        kinds = "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))
        return re.compile(
            r"\b(?:attend|go\s+to|join|switch\s+to|swap\s+to|move\s+to)\s+(?:an?\s+|the\s+)?"
            rf"(?:another|other|different)\s+(?:\w+\s+)?(?:{kinds})\b",
            re.IGNORECASE,
        )

    return _ATTEND_OTHER.get(course, "attend other", build)


_SENTENCES: Kept[dict[str, str | None]] = Kept(size=32)


def switch_sentence(course: Course, policy_id: str) -> str | None:
    """The policy's own clause on going to another section's or group's meeting for a time ("you may attend another
    section only with both monitors' permission, arranged in advance"), or None; every policy's is found once per
    course."""

    def build() -> dict[str, str | None]:
        pattern = _attend_other(course)
        return {p.id: next((c for c in split_clauses(p.quote) if pattern.search(c)), None) for p in course.policies}

    return _SENTENCES.get(course, "switch sentences", build).get(policy_id)


# "to attend another group for one week, email both tutors and get approval first": the way to do it, so it can be
# done that way
_BY_PROCEDURE = re.compile(r"^\W*to\s+(?:attend|go\s+to|join|switch|swap|move)\b[^,;]*,\s*\w", re.IGNORECASE)
# "to attend another group, you cannot ...", "to switch, it is not possible", "..., only in the first two weeks": a
# refusal or a limit, which a plain Yes would hide
_LIMITED = re.compile(r"\b(?:not|no|cannot|never|only|unless|except)\b|n't\b", re.IGNORECASE)
# "can i switch permanently": a lasting change, which a one-week arrangement does not settle
_LASTING = re.compile(r"\bpermanent(?:ly)?\b|\bfor\s+(?:good|the\s+(?:rest|whole))\b", re.IGNORECASE)


def procedure_given(clause: str, question: str) -> bool:
    """Whether the policy's clause on going to another group's meeting gives only the way to arrange it ("to attend
    another group's practical for one week, email both TAs and get their approval"), with no refusal or limit in it
    ("not", "only", "unless"), so a one-off switch asked of is a Yes on those terms."""
    return _BY_PROCEDURE.search(clause) is not None and not _LIMITED.search(clause) and not _LASTING.search(question)


def warm_tables(course: Course) -> None:
    """Build this reader's per-course tables now (each policy's clause on attending another section, the rules on
    switching): engine.warm calls it at load, so the first student to ask does not pay for them."""
    _switch_asked(course)
    switch_sentence(course, "")
    _switch_rules(course)
