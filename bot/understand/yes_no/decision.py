"""The one Yes/No decision: a handler's answer (the candidate, perhaps opening with a Yes or No) judged against the
question as read, and the verdict given or withheld with the reason.

The order of the checks is written once, here (`WITHHOLD`, then `SILENT`); each check is a small pure function of
the folded question and the candidate. The first check that says so withholds the Yes or No.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cached_property

from rapidfuzz.distance import OSA

from bot.core.answer import Answer, text
from bot.core.sentences import split_clauses
from bot.understand.answering.replies import ALLOWED_ONLY, opening_verdict
from bot.understand.page_evidence.knowledge import stem
from bot.understand.words.normalize import phrase_key
from bot.understand.yes_no.claim_predicate import negation_on_other_word
from bot.understand.yes_no.clause_stance import mode_of
from bot.understand.yes_no.folded import Folded, fold, must_i_only
from bot.understand.yes_no.kind_of_student import said_of_other_kind
from bot.understand.yes_no.mark_bound import bound_not_covered
from bot.understand.yes_no.own_slip import own_slip
from bot.understand.yes_no.page_claims import ONE_FOR_ALL, ClaimIndex, content_words, near_stems
from bot.understand.yes_no.page_silent import (
    needed_thing,
    page_is_silent,
    provided_thing,
    said_silent,
    thing_unnamed,
)
from bot.understand.yes_no.stated_range import cap_verdict, range_verdict, stated_ranges
from bot.understand.yes_no.time_bound import compared

YES, NO = "**Yes**: ", "**No**: "


@dataclass(frozen=True)
class Verdict:
    """What the student is told: Yes (True), No (False) or neither (None), and why a Yes or No was withheld."""

    yes: bool | None
    withheld: str = ""  # one of WITHHELD's keys, "" when a verdict was given or none was a candidate


@dataclass(frozen=True)
class Candidate:
    """A handler's answer as the checks read it: each Yes or No it opens a line with, and the reason given."""

    answer: Answer
    verdicts: tuple[tuple[bool, str], ...]  # (yes, the reason's words)
    claims: ClaimIndex

    @property
    def reasons(self) -> str:
        return " ".join(reason for _, reason in self.verdicts)

    @cached_property
    def shown(self) -> tuple[frozenset[str], str]:
        """The reasons and everything the answer shows, as stems and as text: read once for every check of it."""
        said = f"{self.reasons} {_shown_text(self)}"
        return frozenset(stem(w) for w in phrase_key(said)), said

    @property
    def quotes_page(self) -> bool:
        """Whether a reason is the page's own words (a rule or claim quoted), not a fact computed about the thing
        asked: only then can its words be read for what it covers."""
        return any(reason.startswith("“") for _, reason in self.verdicts)


def candidate(answer: Answer, claims: ClaimIndex) -> Candidate:
    """The answer read for the Yes or No its lines open with."""
    found = []
    for line in answer.lines:
        opens = line[0] if line else None
        if isinstance(opens, str) and opens.startswith((YES, NO)):
            rest = " ".join(s if isinstance(s, str) else getattr(s, "text", "") for s in line)
            found.append((opens.startswith(YES), rest.split(": ", 1)[1] if ": " in rest else rest))
    return Candidate(answer, tuple(found), claims)


# ---------------------------------------------------------------------------------------- the checks, in order


def asks_amount(q: Folded, c: Candidate) -> bool:
    """ "if i submit sheet 2 now how many flex hours does it use": a number is asked, not a Yes or No."""
    return q.amount


def negated(q: Folded, c: Candidate) -> bool:
    """ "is there NO required textbook": a plain Yes or No to it is read both ways."""
    return q.negated


def condition_not_covered(q: Folded, c: Candidate) -> bool:
    """ "can i take the exam early if i have an exam in another course" answered by a rule on travel: the reason
    speaks to what is asked but not to the case the question adds."""
    if not c.quotes_page or not q.condition or q.lowered.startswith("if "):
        return False  # "if i submit hw3 at 2am is it late": a what-if's premise is what its answer is computed from
    if own_slip(q.text) and all(not yes for yes, _ in c.verdicts):
        return False  # "can i do quiz 6 late if i forget": a No of the rule is not lifted by the student's own slip
    return _covers_only_first(c, q.main, q.condition, also=_reason_sentences(c))


def case_only_covered(q: Folded, c: Candidate) -> bool:
    """ "can i see the exams if i audit unofficially" answered by "unofficial auditing is welcome": the reason speaks
    of the case the student tells, and of nothing they ask in it."""
    if not c.quotes_page or not q.condition:
        return False
    case = {s for w in content_words(q.condition) for s in near_stems(w)}
    asked = [w for w in content_words(q.lowered) if not near_stems(w) & case]
    return bool(asked) and _covers_only_first(c, q.condition.split(), " ".join(asked))


def kind_not_told(q: Folded, c: Candidate) -> bool:
    """ "do we get access to course materials" answered by "unofficial auditors get no access to course materials":
    the page's rule is said of one kind of student, and the question neither names that kind nor tells being one."""
    if not c.quotes_page:
        return False
    return any(said_of_other_kind(reason.strip("“”"), q.tokens) for _, reason in c.verdicts if reason.startswith("“"))


def _reason_sentences(c: Candidate) -> str:
    """The shown sentences a reason is cut from: "must be declared" is said of "AI tools may be used for code, but
    must be declared", so "if i used chatgpt for my code" is the case the rule speaks of, not one it leaves out."""
    found = []
    for _, reason in c.verdicts:
        words = reason.strip("“”").strip(" .;")
        if len(words) < 4:
            continue
        found += [s for s in split_clauses(_shown_text(c)) if words in s and s.strip(" .;“”") != words]
    return " ".join(found)


def _reason_rest(c: Candidate) -> str:
    """What follows each reason in the shown sentence it is cut from, where it goes on the same way (no "but", "not",
    "no", "except"): "AI may be used for editing only, and every use must be disclosed"."""
    shown = _shown_text(c)
    found = []
    for _, reason in c.verdicts:
        words = reason.strip("“”").strip(" .;")
        if len(words) < 4:
            continue
        for at in (m.end() for m in re.finditer(re.escape(words), shown)):
            rest = _SENTENCE_END.split(shown[at:], maxsplit=1)[0]
            if _GOES_ON.match(rest) and not _TURNED.search(rest.lower()) and not _CONTRAST.search(rest.lower()):
                found.append(rest)
    return " ".join(found)


# Where the reason's sentence ends (a full stop, a closing quote), how it goes on (", and", "and"), and a turn
_SENTENCE_END = re.compile(r"[.;:!?”\"](?:\s|$)|[”\"]")
_GOES_ON = re.compile(r",?\s+and\s+\w")
_CONTRAST = re.compile(r"\b(?:but|except|unless|however|only)\b")


def second_half_not_covered(q: Folded, c: Candidate) -> bool:
    """ "can i audit unofficially and get the homework" answered by "unofficial auditing is welcome": the reason
    speaks to what is asked before the "and", not to what is asked after it."""
    if not c.quotes_page or "and" not in q.main:
        return False
    at = q.main.index("and")
    if _WHERE_ASKED.match(" ".join(q.main[at + 1 :])) and _PLACE_SAID.search(c.reasons):
        return False  # "are lectures recorded and where do i find them": "recorded and posted on Panopto" says where
    # "and do we have to declare it": the rest of the reason's own sentence ("..., and every use must be disclosed"),
    # unless it turns ("but auditors get no access to exams" says no to the second half)
    return _covers_only_first(c, q.main[:at], " ".join(q.main[at + 1 :]), also=_reason_rest(c))


# A second half asking where the thing is found ("where do i find them", "where are they"), and a reason naming a
# place by its proper name or address ("posted on Panopto", "in Kupe Hall 102", "at https://...")
_WHERE_ASKED = re.compile(r"(?:then\s+|also\s+)?where\b")
_PLACE_SAID = re.compile(r"\b(?:on|in|at|via|through|to)\s+(?:the\s+)?(?:[A-Z][\w-]*|https?://)")


def purpose_not_covered(q: Folded, c: Candidate) -> bool:
    """ "can 405 students do the mini project for extra credit" answered by "405 students will not do it": the reason
    speaks to what is asked, not to the purpose its last "for" adds (a course thing after it, "for hw3", is what
    the answer is about, not a purpose)."""
    if not c.quotes_page or "for" not in q.main:
        return False
    at = len(q.main) - 1 - q.main[::-1].index("for")
    if ONE_FOR_ALL.match(" ".join(q.main[at:])) or _FOR_WHOM.match(" ".join(q.main[at:])):
        # "turn in one homework for all of us", "an extension only for me": whom it is for, no purpose
        return False
    purpose = " ".join(w for w in q.main[at + 1 :] if w not in _THE_COURSE)
    if c.claims.names_things(purpose) or _dropped_letter_of_title(purpose, c.answer.title):
        return False
    return _covers_only_first(c, q.main[:at], purpose, shown=True)


# "for myself", "for me alone", "for just one of us": the person something is for, said after the last "for"
_FOR_WHOM = re.compile(
    r"for (?:just |only )?(?:myself|me|us|ourselves|yourself|himself|herself|themselves|him|her|them|one of us"
    r"|each of us|everyone|everybody|one person|one student)(?: alone| only)?$"
)


def _dropped_letter_of_title(words: str, title: str) -> bool:
    """Whether every content word is a word of the answer's title typed with one letter left out ("for the exm" of
    the "Written exam"): the thing the answer is about, not a purpose it leaves open."""
    typed = content_words(words)
    shown = [w for w in phrase_key(title) if len(w) > 3]
    return bool(typed) and all(
        any(len(t) == len(w) + 1 and t[0] == w[0] and OSA.distance(w, t) == 1 for t in shown) for w in typed
    )


def asks_another_thing(q: Folded, c: Candidate) -> bool:
    """ "is there a 1c midterm makeup form" answered "Yes: Midterm: for 1C": the thing whose being there is asked
    (the last word before the question's first "for", "on", "in"...) is in neither the reason nor the answer's
    title (nor a title's word typed with a letter left out, "textbok"), and is not a day, a time, a kind of meeting or
    a course thing the answer is found by."""
    if q.main[:2] not in (("is", "there"), ("are", "there")) or not any(yes for yes, _ in c.verdicts):
        return False
    have = {s for w in phrase_key(f"{c.answer.title} {c.reasons}") for s in near_stems(w)}
    rest = q.main[2:]
    while "of" in rest and rest.index("of") > 0 and rest[rest.index("of") - 1] in ("number", "amount"):
        at = rest.index("of")  # "a max number of days late": what is counted is asked, not "number"
        rest = (*rest[: at - 1], *rest[at + 1 :])
    # "ps 7", "1pm": a numbered thing or a time is what the answer is found by
    kept = [not _numbered(w) and not _numbered("".join(rest[i + 1 : i + 2])) for i, w in enumerate(rest)]
    cut = next((i for i, w in enumerate(rest) if w in _PLACING), len(rest))
    before = [w for w, k in zip(rest[:cut], kept[:cut], strict=True) if k]
    head = content_words(" ".join(before))[-1:]
    asked = {w for w in head if not _TIMES.match(w) and not c.claims.names_things(w)}
    # "a cut off for late work" asks what the answer's "cutoff" is: a word typed in two halves is the one word
    joined = near_stems("".join(before[-2:])) if len(before) >= 2 and before[-1] in head else frozenset()
    return not joined & have and any(
        not near_stems(w) & have and not c.claims.names_meeting(w) and not _dropped_letter_of_title(w, c.answer.title)
        for w in asked
    )


# "..., is that an excused absence", "..., does that count as a valid reason": whether the case told counts as one
_COUNTS_AS = re.compile(
    r"[,.;:!?]\s*(?:so\s+)?(?:is|was|would|will|does|do|could|can)\s+(?:that|this|it)\s+(?:be\s+|gonna\s+be\s+)?"
    r"(?:count(?:s|ed)?\s+as\s+|considered\s+|seen\s+as\s+)?(?:an?\s+)?(?:excused|valid|acceptable|accepted"
    r"|legit\w*|approved|official)\b"
)
# A case's words that say when or name the student, never what the case is.
_CASE_FILLER = frozenset(
    {"next", "last", "this", "tomorrow", "today", "tonight", "morning", "afternoon", "evening", "week", "weekend"}
    | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "have", "got", "going", "need"}
)


def case_not_named(q: Folded, c: Candidate) -> bool:
    """ "my cousin's wedding is next week, is that excused" answered "Yes: documented official absences are excused":
    the case told before "is that excused / valid" is named by no word of the reason, so the rule quoted does not
    list it (the rule is shown without a Yes or No)."""
    found = _COUNTS_AS.search(q.lowered)
    if found is None or not c.quotes_page:
        return False
    case = [w for w in content_words(q.lowered[: found.start()]) if w not in _CASE_FILLER]
    have = {s for w in phrase_key(c.reasons) for s in near_stems(w)}
    return bool(case) and not any(near_stems(w) & have for w in case)


# Words that place what is asked in time, in a thing or for someone: the thing asked comes before them.
_PLACING = frozenset(
    {"for", "on", "in", "at", "with", "during", "after", "before", "of", "if", "next", "this", "today"}
    # "any quizzes coming up in the next two weeks", "any problem sets over the next 2 weeks": the work is asked
    | {"coming", "over", "within", "between"}
)
_TIMES = re.compile(
    r"(?:today|tonight|tomorrow|yesterday|week|weekend|month|day|morning|afternoon|evening|night|now|"
    r"mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
)


def _numbered(word: str) -> bool:
    return any(ch.isdigit() for ch in word)


def names_other(q: Folded, c: Candidate) -> bool:
    """ "can my project group submit one report" answered by a rule on problem sets, "can i write exam 1 a day late"
    by homework's late rules: the question names only course things (work, exams, kinds of meeting) none of the
    answer's words speak of."""
    quoted = [reason.strip("“”") for _, reason in c.verdicts]
    # a claim's evidence is shown as a sentence ("Grades are not curved.") though the data may leave off its full stop
    known = (next((k for k in (r, r.rstrip(". ")) if k in c.claims.paragraph), None) for r in quoted)
    claimed = [c.claims.paragraph[k] for k in known if k is not None]
    # A decided claim's paragraph and phrasings say what it is about, kinds of work included ("my project group");
    # the answer's own lines and fields say what a rule's clause or a computed Yes is about.
    said = (*claimed, *quoted, _shown_text(c))
    if not c.quotes_page:  # a computed Yes is about what it was computed from; only an exam it never names is other
        return c.claims.names_other_exam(" ".join(q.main), said)
    return c.claims.names_other(" ".join(q.main), said, kinds="work" if claimed else "exam")


def turned_by_a_word(q: Folded, c: Candidate) -> bool:
    """ "can i use ai for code and skip the declaration" answered by "you may, if you declare it": the question
    asks to leave out what the rule asks for, and the reason does not speak of leaving it out."""
    said = set(q.main)
    # "leave" is departing ("we leave that morning") unless something is left out or off
    if not {"out", "off"} & said:
        said -= {"leave", "leaving"}
    turning = _LEAVING_OUT & said
    reasons = set(phrase_key(c.reasons))
    if reasons & _ANOTHER:
        turning -= {"instead"}  # "go to group 2's lab instead" of "changing lab group ...": the reason speaks of it
    if turning and _requires_what_is_left_out(q, c, turning):
        return False
    return c.quotes_page and bool(turning) and not turning & reasons


def _requires_what_is_left_out(q: Folded, c: Candidate, turning: set[str]) -> bool:
    """ "can i use the laser cutter without doing the induction" answered No by "you must complete the induction
    before using the laser cutter": the page requires the very thing the question leaves out, so its No stands."""
    said = c.reasons.lower()
    if any(yes for yes, _ in c.verdicts) or not _REQUIRING.search(said) or _TURNED.search(said):
        return False  # "you must not submit with a partner" does not answer "can i submit without one"
    at = min(q.main.index(w) for w in turning - {"instead", "except"}) if turning - {"instead", "except"} else None
    if at is None:
        return False
    left_out = [w for w in content_words(" ".join(q.main[at + 1 :])) if w not in _DOING]
    have = {s for w in phrase_key(c.reasons) for s in near_stems(w)}
    return bool(left_out) and all(near_stems(w) & have for w in left_out)


# A rule that asks for something ("must", "required", "only after"): what it asks for is not to be left out.
_REQUIRING = re.compile(r"\b(?:must|required|requires|require|needs?|have\s+to|has\s+to|only)\b")
_TURNED = re.compile(r"\b(?:not|no|never|cannot|nor)\b|n't\b")
# Verbs a student leaves something out with ("without doing the induction"): the thing left out follows them.
_DOING = frozenset({"doing", "do", "done", "getting", "get", "having", "have", "taking", "take", "completing"})


# Words by which a reason speaks of taking another thing than one's own ("instead")
_ANOTHER = frozenset({"another", "other", "different", "change", "changing", "swap", "swapping", "switch", "own"})


_LEAVING_OUT = frozenset(
    {"skip", "skipping", "omit", "omitting", "ignore", "ignoring", "leave", "leaving", "forget", "forgetting"}
    | {"without", "except", "instead"}
)


def count_not_covered(q: Folded, c: Candidate) -> bool:
    """ "can i bring two pages of notes" answered by "one page of notes is allowed": the question asks a count of
    something that the page's words give another count of."""
    if not c.quotes_page:
        return False
    # "a partner from another lab section" of "both partners must be in the same lab section": "another" is which
    # section, against the rule's "same", not a count
    asked = _counts(re.sub(r"\banother\b", " ", q.lowered) if _SAME.search(c.reasons.lower()) else q.lowered)
    said = _counts(c.reasons)
    if _BOUND.search(c.reasons.lower()):
        return False  # "not more than 2 grace days": a bound, which decides any count on its own
    if _range_decides(q, c) is not None:
        return False  # "4 or 5 members": a range, which decides any count of what it counts
    if _ONLY_COUNT.search(c.reasons.lower()) and not any(yes for yes, _ in c.verdicts):
        return False  # "both sides?" against "one side only": No, settled by the count allowed alone
    return bool(asked) and bool(said) and not asked <= said


# "the same section", "your own group", "within your seminar group": which one, against a question's "another"
_SAME = re.compile(r"\b(?:same|own)\b|\bwithin\s+(?:your|their|one|a\s+single)\b")
_BOUND = re.compile(
    r"\b(?:more|fewer|less|other)\s+than\b|\b(?:at\s+most|at\s+least|up\s+to|maximum|minimum|max|min)\b"
)
# "one side only", "only one sheet": the count given is the only one allowed, so a No to another count is settled
_ONLY_COUNT = re.compile(
    r"\b(?:one|single|two|three|\d+)\s+(?:[a-z0-9-]+\s+){0,3}?[a-z]+,?\s+only\b|\bonly\s+(?:one|a\s+single|two|three|\d+)\b"
)


# A count of a thing: "two pages", "both cards", "3 index cards" (a digit only before a plural: "exam 2" names one)
_COUNTED = re.compile(
    r"\b(?:(one|single|two|both|three|four|five|six|seven|eight|nine|ten|several|multiple|extra|another)"
    r"|(\d+)(?=\s+(?:[a-z-]+\s+)?[a-z]+s\b))\b"
)
_COUNT_VALUES = (
    {"one": "1", "single": "1", "two": "2", "both": "both", "three": "3", "four": "4", "five": "5"}
    | {"six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10", "several": "more", "multiple": "more"}
    | {"extra": "more", "another": "more"}
)


def _counts(words: str) -> set[str]:
    return {_COUNT_VALUES.get(w, n) if w else n for w, n in _COUNTED.findall(words.lower())}


def mark_bound_not_covered(q: Folded, c: Candidate) -> bool:
    """ "if i get under 8 in the oral do i fail" answered by "below 5/20 in the oral fails": the question's bound on a
    mark takes in marks the page's bound leaves out, so the page's Yes or No does not hold of all of them."""
    return c.quotes_page and any(bound_not_covered(q.lowered, reason) for _, reason in c.verdicts)


def _range_decides(q: Folded, c: Candidate) -> bool | None:
    """The Yes or No of every quoted reason's range of counts for the count asked ("six members" of "Teams have 4
    or 5 members": No); None when a reason gives no range of what is asked, or the reasons disagree."""
    if not c.quotes_page:
        return None
    # "you may bring one index card" caps the count as "at most 1" would: "two index cards" is a No
    found = {range_verdict(q.lowered, r) if stated_ranges(r) else cap_verdict(q.lowered, r) for _, r in c.verdicts}
    return found.pop() if len(found) == 1 else None


def thing_not_named(q: Folded, c: Candidate) -> bool:
    """ "do we need a hairnet in lab" answered by "lab attendance is required": the thing asked to be needed is
    named neither by the reason nor by anything else the answer shows."""
    thing = needed_thing(q)  # the question first: the answer's words are read only when it asks for a thing
    return thing is not None and thing_unnamed(thing, *c.shown)


def provided_not_named(q: Folded, c: Candidate) -> bool:
    """ "are lab notebooks provided" answered by "lab attendance is required": the thing asked to be handed out is
    named neither by the reason nor by anything else the answer shows."""
    thing = provided_thing(q)
    return thing is not None and thing_unnamed(thing, *c.shown)


def predicate_not_asked(q: Folded, c: Candidate) -> bool:
    """ "can i attend the lecture" answered No by "Lecture attendance is not taken": the page's "not" is on another
    word than the action asked, which is the sentence's subject, so the No does not speak of the action."""
    if not c.quotes_page or any(yes for yes, _ in c.verdicts) or q.mode != "permission":
        return False
    return any(negation_on_other_word(" ".join(q.main), reason.strip("“”")) for _, reason in c.verdicts)


def time_not_compared(q: Folded, c: Candidate) -> bool:
    """ "can i see my report after the exam" answered by "you can see it until the due date": the page's sentence
    holds up to (or from) one time and the question asks of another, which cannot be compared with it; or a No said
    of one side of a time is asked of the other side, which it does not settle."""
    if not c.quotes_page:
        return False
    for yes, reason in c.verdicts:
        side = compared(q.lowered, reason)
        if side == "unknown" or (side == "opposite" and not yes):
            return True
    return False


def _turned_by_time(q: Folded, answer: Answer, c: Candidate) -> Answer:
    """The answer whose Yes holds only up to (or from) a time, asked of the other side of that time, as a No:
    "can i see my report after the deadline" of "you can see it until the due date"."""
    if not c.quotes_page or not all(yes and compared(q.lowered, reason) == "opposite" for yes, reason in c.verdicts):
        return answer
    lines = []
    for line in answer.lines:
        opens = line[0] if line else None
        if isinstance(opens, str) and opens.startswith(YES):
            line = text(
                NO + opens[len(YES) :], *line[1:], " (that holds only on the other side of the time you ask about)"
            )
        lines.append(line)
    return replace(answer, lines=tuple(lines))


def _turned_by_range(q: Folded, answer: Answer, c: Candidate) -> Answer:
    """The answer opening with the Yes or No the rule's range of counts gives the count asked: "can we have six
    members" of “Teams have 4 or 5 members” is a No, whatever a claim's own answer was."""
    decided = _range_decides(q, c)
    if decided is None or all(yes == decided for yes, _ in c.verdicts):
        return answer
    lines = []
    for line in answer.lines:
        opens = line[0] if line else None
        word = next((w for w in (YES, NO) if isinstance(opens, str) and opens.startswith(w)), "")
        if word:
            line = text((YES if decided else NO) + opens[len(word) :], *line[1:])
        lines.append(line)
    return replace(answer, lines=tuple(lines))


def _turned_by_mode(q: Folded, answer: Answer, c: Candidate) -> Answer:
    """The answer whose Yes rests only on what the page allows, asked whether it is required, as a No: "is an index
    card mandatory for the final" of "you may bring one index card" (allowed is not required)."""
    if not must_i_only(q) or not c.quotes_page:
        return answer
    if not all(yes and r.startswith("“") and mode_of(r.strip("“”")) == "permission" for yes, r in c.verdicts):
        return answer
    lines = []
    for line in answer.lines:
        opens = line[0] if line else None
        if isinstance(opens, str) and opens.startswith(YES):
            line = text(NO + ALLOWED_ONLY + opens[len(YES) :], *line[1:])
        lines.append(line)
    return replace(answer, lines=tuple(lines))


WITHHOLD: tuple[tuple[str, Callable[[Folded, Candidate], bool]], ...] = (
    ("asks_amount", asks_amount),
    ("negated", negated),
    ("thing_not_named", thing_not_named),
    ("provided_not_named", provided_not_named),
    ("count_not_covered", count_not_covered),
    ("mark_bound_not_covered", mark_bound_not_covered),
    ("condition_not_covered", condition_not_covered),
    ("case_only_covered", case_only_covered),
    ("kind_not_told", kind_not_told),
    ("second_half_not_covered", second_half_not_covered),
    ("purpose_not_covered", purpose_not_covered),
    ("turned_by_a_word", turned_by_a_word),
    ("names_other", names_other),
    ("asks_another_thing", asks_another_thing),
    ("case_not_named", case_not_named),
    ("predicate_not_asked", predicate_not_asked),
    ("time_not_compared", time_not_compared),
)
# Why a verdict was withheld, as `coursebot ask --json` shows it.
WITHHELD = {name: " ".join((check.__doc__ or name).split()) for name, check in WITHHOLD} | {
    "page_silent": "a may-I or must-I question of a card whose words do not speak to it",
    "disagrees": "the Yes or No's own line says the other word, and cannot decide which (verdict_agrees)",
}


def decide(
    question: str | Folded,
    answer: Answer,
    claims: ClaimIndex,
    *,
    intent: str,
    yes_no: bool,
    unexplained: Iterable[str],
    where: str,
    decided: bool = False,
) -> tuple[Answer, Verdict]:
    """The answer the student sees and its verdict: the handler's Yes or No unless a check withholds it (then the
    course's words are shown without one, and why), or, with none, "the page doesn't say" where it does not.
    `decided`: the answerer read the whole question and settled its own Yes or No; it is kept as given."""
    if decided:
        return answer, Verdict(opening_verdict(answer))
    c = candidate(answer, claims)
    if c.verdicts:
        q = question if isinstance(question, Folded) else fold(question)  # folded only for a Yes or No to check
        for name, check in WITHHOLD:
            if check(q, c):
                return _withheld(name, q, answer, where), Verdict(None, name)
        ranged = _range_decides(q, c)
        if ranged is not None:  # "six members" of "4 or 5 members": the rule's range decides
            return _turned_by_range(q, answer, c), Verdict(ranged)
        turned = _turned_by_mode(q, answer, c)
        turned = _turned_by_time(q, answer, c) if turned is answer else turned
        return turned, Verdict(c.verdicts[0][0] and turned is answer)
    if page_is_silent(question, intent, yes_no, unexplained, answer):
        q = question if isinstance(question, Folded) else fold(question)
        return said_silent(q, answer, where), Verdict(None, "page_silent")
    return answer, Verdict(None)


def _withheld(name: str, q: Folded, answer: Answer, where: str) -> Answer:
    """The answer without its Yes or No words, noted once with why."""
    if name == "asks_amount":
        why, kind = "You asked how many; the rule: ", answer.kind
    elif name == "negated":
        why, kind = "Asked with a “not”, so no plain Yes or No (it reads both ways). ", answer.kind
    else:
        why, kind = f"{_UNSETTLED[name].format(case=_second_person(q.condition))}; {where}. What it says: ", "unknown"
    lines, noted = [], False
    for line in answer.lines:
        opens = line[0] if line else None
        word = next((w for w in (YES, NO) if isinstance(opens, str) and opens.startswith(w)), "")
        if not word:
            lines.append(line)
            continue
        note, rest = ("" if noted else why), opens[len(word) :]
        noted = True
        if note.endswith(". ") and rest[:1].islower():  # "(it reads both ways). They start at 11:00 AM."
            rest = rest[0].upper() + rest[1:]
        lines.append(text(note + rest, *line[1:]))
    return replace(answer, lines=tuple(lines), kind=kind)


def _shown_text(c: Candidate) -> str:
    """The answer's title, lines and fields as plain words."""
    lines = (*c.answer.lines, *(line for f in c.answer.fields for line in ((f.name,), *f.lines)))
    return " ".join((c.answer.title, *(s for line in lines for s in line if isinstance(s, str))))


# What the student is told when a check withholds the Yes or No (the course's words follow).
_UNSETTLED = {
    "count_not_covered": "The rule below gives another number than the one you ask about, so no plain Yes or No",
    "mark_bound_not_covered": "No plain Yes or No: it depends on your mark, and the rule below draws its line at"
    " another mark than the one you ask about",
    "condition_not_covered": "The rule below doesn't say what applies if {case}",
    "case_only_covered": "The rule below is about your case, not about what you ask",
    "kind_not_told": "The rule below is for one kind of student only, so no plain Yes or No for everyone",
    "second_half_not_covered": "The course page doesn't settle all of that",
    "thing_not_named": "The course page doesn't say whether you need that",
    "provided_not_named": "The course page doesn't say whether that is provided",
    "purpose_not_covered": "The course page doesn't settle that case",
    "turned_by_a_word": "The rule below doesn't say what applies if you leave that out",
    "names_other": "The course page's rule here is about something else, so it doesn't settle that",
    "asks_another_thing": "No plain Yes or No: the one I found answers another question",
    "case_not_named": "The course page doesn't list that case, so no plain Yes or No",
    "predicate_not_asked": "The course page's sentence below is about something else than what you ask, so no plain"
    " Yes or No",
    "time_not_compared": "The course page's rule below is set by another time than the one you ask about, so no"
    " plain Yes or No",
}
_PERSON = {"i": "you", "im": "you are", "i'm": "you are", "my": "your", "me": "you", "am": "are", "ive": "you have"}


def _second_person(condition: str) -> str:
    """ "im sick" as the bot says it back: "you are sick"."""
    return " ".join(_PERSON.get(w, w) for w in condition.split())


# "for this class": the course itself.
_THE_COURSE = frozenset({"class", "course", "classes", "courses", "module", "unit"})


def _covers_only_first(c: Candidate, first: Iterable[str], added: str, *, shown: bool = False, also: str = "") -> bool:
    """Whether the reasons hold a word of the first part of a question and none of the words the added part (a
    case, a second request) brings beyond it (each word, a near one or one typed with a slip; a quoted claim counts
    the words it is asked in; with shown, the answer's title and lines count too)."""
    said = phrase_key(c.reasons + (" " + _shown_text(c) if shown else "") + (" " + also if also else ""))
    have = {s for w in said for s in near_stems(w)}
    have |= {s for _, reason in c.verdicts for s in c.claims.asked_in.get(reason.strip("“”"), ())}
    # a plural's stem too: "extnesion" is a slip of "extension", the stem of the "Extensions" shown
    long_words = [x for w in said for x in dict.fromkeys((w, stem(w))) if len(x) > 4]

    def covered(word: str) -> bool:
        # "permision" is "permission": a slip in a long word still names it
        return bool(near_stems(word) & have) or (len(word) > 4 and any(OSA.distance(word, w) <= 1 for w in long_words))

    own = content_words(" ".join(first))
    own_stems = {s for w in own for s in near_stems(w)}
    new = [w for w in content_words(added) if not near_stems(w) & own_stems]
    return any(covered(w) for w in own) and bool(new) and not any(covered(w) for w in new)
