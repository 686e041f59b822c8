"""A make-up of a class meeting, read as a student means it: the make-up meeting itself ("when is the make-up lab
for lab report 3", "is there a makeup recitation this week") gets the make-up meetings the course lists (schedule rows
and extra meetings it names a make-up or catch-up), in the span asked; making up a missed one ("can i make up the
discussion section i missed", "i missed lab monday, can i redo it") gets the course's rule on missing that kind. Where
the page lists no make-up, or has no rule, it says so, with what it does say: never a regular meeting given as a
make-up, never an exam's card or an assignment's late rules. A thing that is not a meeting ("redo the quiz i missed")
gets the one rule whose words name it and speak of make-ups; handed-in work redone ("can i redo ps3") is not on the
page unless a rule speaks of redoing it; missed work made up with none named gets the late-work rule."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from bot.answers.policies import policy_answer
from bot.core.answer import Answer, Stamp, text
from bot.core.kept import Kept
from bot.core.sentences import split_clauses
from bot.core.timefmt import human_date
from bot.course.model import Course, Policy
from bot.course.occurrences import Occurrence, kind_matches, occurrences_between
from bot.understand.answering import replies
from bot.understand.meetings.meeting_attendance import attendance_policy
from bot.understand.words.clipped_words import UNCLIPPED
from bot.understand.words.vocabulary import words_of
from bot.understand.work.stated_times import stated_clock

# What names a make-up of a meeting, as a noun ("the make-up lab", "a lab makeup", "catch-up session").
_MAKE_UP = r"(?:make[\s-]*ups?|makeups?|catch[\s-]*ups?)"
# Doing it again, as a verb ("redo the lab", "catch up on discussion", "reschedule my tutorial").
_AGAIN = r"(?:redo|re-do|catch\s+up\s+on|reschedule|resched)"
_THE = r"(?:(?:the|my|a|an|our|one|this|that|last|today'?s|yesterday'?s|monday'?s|tuesday'?s|wednesday'?s"
_THE += r"|thursday'?s|friday'?s|that\s+one|missed|missing)\s+)"
# A subject or "to" before "make up": the verb ("can i make up lab", "how to makeup lab"), not the noun.
_SUBJECT_BEFORE = re.compile(
    r"\b(?:i|we|you|u|to|ill|i'll|lets|let's)\s+(?:(?:still|also|just|even|ever|go|get|then)\s+)?$"
)
# A determiner before "make-up": the noun ("the make-up for lab 3", "is there a makeup lab").
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|any|another|some|no|whens|when's|wheres|where's)\s+$")
# A word after the kind that makes it another thing: "lab report", "lab 3", "discussion quiz", "lab exam".
_OTHER_THING = r"(?!\s*(?:\d|reports?\b|write[\s-]?ups?\b|exams?\b|quiz\w*|tests?\b|assignments?\b|homework\b|hw\b))"
# Missing one told, and "make it up" / "redo it" asked of it.
_MISSED = (
    r"(?:missed|miss|missing|skipped|skip|absent\s+(?:from|for)|slept\s+through|out\s+(?:sick\s+)?(?:for|from)"
    r"|(?:didn'?t|did\s+not|couldn'?t|could\s+not|can'?t|cannot|won'?t|wasn'?t\s+able\s+to)\s+(?:go|come|make\s+it|get)\s+to"
    r"|(?:wasn'?t|was\s+not)\s+(?:at|in))"
)
_IT_AGAIN = re.compile(
    r"\b(?:make|makeup)\s+(?:it|that|this|them|one)\s+up\b|\b(?:redo|re-do)\s+(?:it|that|this|them)\b"
)
# A make-up named by a schedule row, a meeting change's reason or a policy's sentence.
_MAKE_UP_SAID = re.compile(r"\b(?:make[\s-]*ups?|makeups?|catch[\s-]*ups?|made\s+up)\b", re.IGNORECASE)
# "make up" as two words, which may be the verb of forming ("labs make up 20%")
_FORM_OF = re.compile(r"^make\s+up$")
# The words the long patterns need, tested first.
_MAKE_UP_NAMED = re.compile(_MAKE_UP)
_AGAIN_SAID = re.compile(r"redo|re-do|catch|resched")
# Generic words for a meeting: a make-up of any kind.
_ANY_KIND = ("classes", "class", "sessions", "session", "meetings", "meeting")


@dataclass(frozen=True)
class MakeUpAsked:
    """The kind of meeting (its id; None: any kind) and whether making up a missed one is asked (the rule), not
    when or where a make-up meeting is."""

    kind: str | None
    missed: bool
    policy: str | None = None  # a thing other than a meeting ("the quiz i missed"): the one rule on making it up
    work: tuple[str, ...] = ()  # work named ("redo ps3", "make up the problem set i missed"), in the course's words
    redo: bool = False  # done again after it was handed in and graded, not handed in late


_PATTERNS: Kept[tuple[re.Pattern[str], ...]] = Kept(size=32)
_LISTED: Kept[tuple[Occurrence, ...]] = Kept(size=32)
_WORDS: Kept[tuple[dict[str, str | None], frozenset[str]]] = Kept(size=32)


def _kind_words(course: Course) -> dict[str, str | None]:
    """Each word for a kind of meeting (its names, aliases and their plurals) and the kind's id: once per course."""
    return _WORDS.get(course, "kind words", lambda: _words_and_plurals(course))[0]


def _plurals(course: Course) -> frozenset[str]:
    return _WORDS.get(course, "kind words", lambda: _words_and_plurals(course))[1]


def warm_tables(course: Course) -> None:
    """Build this reader's per-course tables now (the kinds' words, the patterns of a make-up asked, the make-ups
    listed): engine.warm calls it at load, so the first student to ask does not pay for them."""
    _kind_words(course)
    _PATTERNS.get(course, "make-up", lambda: _patterns(course))
    _LISTED.get(course, "make-ups", lambda: _listed(course))


def _words_and_plurals(course: Course) -> tuple[dict[str, str | None], frozenset[str]]:
    words: dict[str, str | None] = dict.fromkeys(_ANY_KIND)
    for kind in course.meeting_kinds:
        for name in (kind.name, kind.plural, kind.id.replace("_", " "), *kind.aliases):
            if name:
                words[name.lower()] = kind.id
                words.setdefault(f"{name.lower()}s", kind.id)  # "labs", "tuts": an alias's plural
    return words, frozenset(w for w in words if w.endswith("s") and w[:-1] in words)


def _patterns(course: Course) -> tuple[re.Pattern[str], ...]:
    """The noun, verb and missed-then-again patterns over the course's kind words: once per course."""
    words = sorted(_kind_words(course), key=len, reverse=True)
    kinds = rf"(?P<kind>{'|'.join(re.escape(w) for w in words)})\b{_OTHER_THING}"
    return (
        # "make-up for the calorimetry lab": one word of its own between
        re.compile(rf"\b(?P<word>{_MAKE_UP})\s+(?P<for>for\s+)?(?P<the>{_THE}{{0,3}})(?:(?<=the\s)[a-z]+\s+)?{kinds}"),
        re.compile(rf"\b{kinds}\s+(?P<word>{_MAKE_UP})\b(?P<then>\s+(?:the|a|an|of|about|most|half|\d))?"),
        re.compile(rf"\b{_AGAIN}\s+(?:for\s+)?{_THE}{{0,3}}{kinds}"),
        re.compile(rf"\b{_MISSED}\s+{_THE}{{0,3}}{kinds}"),
    )


def _noun_or_verb(low: str, found: re.Match[str]) -> bool:
    """Whether "make up" before a kind is the verb (making up a missed one): a subject before it ("can i make up
    lab"), or its object after it ("make up the lab i missed"); not after a determiner ("the make-up for lab 3")."""
    before = low[: found.start()]
    if _DETERMINER_BEFORE.search(before):
        return False
    return bool(_SUBJECT_BEFORE.search(before) or found["for"] or found["the"])


def _kind_first(course: Course, low: str, found: re.Match[str] | None) -> bool:
    """ "the lab make-up", "tutorial makeup this week"; not "labs make up 20% of the grade" or "which lectures make
    up the unit", where "make up" is what they form."""
    if found is None:
        return False
    spaced = _FORM_OF.match(found["word"]) is not None
    return not (spaced and (found["then"] or found["kind"] in _plurals(course)))


def make_up_asked(course: Course, question: str) -> MakeUpAsked | None:
    """The make-up of a meeting kind the question asks about, or None when it asks of no meeting's make-up."""
    low = " ".join(question.lower().replace("’", "'").split())
    if not course.meeting_kinds or not re.search(r"make|catch|redo|re-do|resched", low):
        return None
    words = _kind_words(course)
    noun, kind_first, again, missed = _PATTERNS.get(course, "make-up", lambda: _patterns(course))
    named = _MAKE_UP_NAMED.search(low) is not None  # the cheap test before the course's long patterns
    found, after = (noun.search(low), kind_first.search(low)) if named else (None, None)
    if found is not None and (words[found["kind"]] is not None or not _kind_first(course, low, after)):
        verb = _noun_or_verb(low, found)
        kind = words[found["kind"]]
        # "can i make up a class i missed": of no one kind, the course's own rules on it read it
        return MakeUpAsked(kind, missed=verb) if kind is not None or not verb else None
    if after is not None and _kind_first(course, low, after):
        return MakeUpAsked(words[after["kind"]], missed=False)
    found = again.search(low) if _AGAIN_SAID.search(low) else None
    if found is None and _IT_AGAIN.search(low):
        found = missed.search(low)  # "missed lab monday, can i make it up"
        found = found if found is not None and _IT_AGAIN.search(low, found.end()) else None
    kind = words[found.group("kind")] if found is not None else None
    if kind is not None:
        return MakeUpAsked(kind, missed=True)
    rule = _item_rule(course, low)
    return MakeUpAsked(None, missed=True, policy=rule.id) if rule is not None else None


# Making up a thing other than a meeting: the word after the verb or after missing it ("redo the quiz i missed",
# "missed quiz 7 ... can i make it up", "retake a missed pre-lab").
_ITEM_AFTER = re.compile(
    rf"\b(?:make\s*-?\s*up|makeup|redo|re-do|retake|re-take|{_MISSED})\s+(?:for\s+)?{_THE}{{0,3}}(?P<item>[a-z][a-z-]+)"
    r"(?:\s+(?P<more>[a-z][a-z-]+))?"
)
# Words after the thing that are not part of its name ("quiz friday", "lab i missed", "quiz because i was sick").
_NOT_OF_NAME = words_of(
    """i we you he she they it on in at for from that this last yesterday today tomorrow because bc cuz and or but so
    if when since which is was were am are be been the a an to with please pls again early late too also even
    monday tuesday wednesday thursday friday saturday sunday week weekend morning afternoon evening night"""
)
_MAKE_IT_UP = re.compile(
    r"\b(?:make|makeup)\s+(?:it|that|this|them|one)\s+up\b|\b(?:make\s*-?\s*up|makeup|redo|re-do|retake|re-take)\b"
)
# What a rule must speak of to be the one on making a thing up.
_RULE_ON_MAKE_UP = re.compile(r"\b(?:make[\s-]*ups?|makeups?|made\s+up|retakes?|retaken|re-?take|re-?do)\b")


_MAKE_UP_RULES: Kept[tuple[tuple[Policy, str], ...]] = Kept(size=32)


def _rules_on_make_ups(course: Course) -> tuple[tuple[Policy, str], ...]:
    """The policies whose words speak of making something up, each with its own title and keywords: once per course."""

    def build() -> tuple[tuple[Policy, str], ...]:
        out = []
        for policy in course.policies:
            own = " ".join((policy.title, *policy.keywords)).lower()
            if _RULE_ON_MAKE_UP.search(f"{own} {policy.summary} {policy.quote}".lower()):
                out.append((policy, f" {' '.join(re.findall(r'[a-z0-9-]+', own))} "))  # words between spaces
        return tuple(out)

    return _MAKE_UP_RULES.get(course, "rules on make-ups", build)


def _item_rule(course: Course, low: str) -> Policy | None:
    """The one policy whose own words name the thing made up ("quiz") and speak of making it up; else None."""
    if not _MAKE_IT_UP.search(low):
        return None
    # "lab report 4" is a report, not a lab: a second word of the thing's name is kept with it
    items = {
        m["item"] if m["more"] is None or m["more"] in _NOT_OF_NAME else f"{m['item']} {m['more']}"
        for m in _ITEM_AFTER.finditer(low)
    }
    items |= {i[:-1] for i in items if i.endswith("s")}
    items |= {UNCLIPPED[i] for i in items if i in UNCLIPPED}  # "missed exp 3": an experiment
    if not items:
        return None
    said = [f" {i}{end} " for i in items for end in ("", "s", "zes")]  # "quiz", "quizzes"
    found = [p for p, own in _rules_on_make_ups(course) if any(w in own for w in said)]
    return found[0] if len(found) == 1 else None


# Doing handed-in work again ("can i redo ps3", "rewrite my essay"), and a rule that speaks of it.
# Asked, not told ("can i redo ps3", "are redos allowed"; not "i'm redoing the code for hw5 alone", nor "i can
# probably redo it by saturday", a plan: the modal after its subject asks nothing).
_REDO = re.compile(
    r"\b(?:(?:can|could|may|do|how\s+do|how\s+can)\s+(?:i|we|u|you|students)|allowed\s+to|possible\s+to|get\s+to"
    r"|chance\s+to|option\s+to)\s+(?:\w+\s+)?(?:redo|re-do|rewrite|re-write)\b"
    r"|\b(?:is\s+there\s+an?|are\s+there|any)\s+(?:redos?|rewrites?)\b|\b(?:redos|rewrites)\s+(?:allowed|possible|ok)\b"
)
# A rule that speaks of doing handed-in work again.
_REDO_RULE = re.compile(r"\b(?:redo\w*|re-do\w*|resubmi\w*|re-submi\w*|rewrit\w*|re-writ\w*|revise\s+and\s+resubmit)\b")
# Work in everyday words, after the verb ("redo the assignment", "rewrite my essay").
_WORK_SAID = re.compile(
    r"\b(?:redo|re-do|rewrite|re-write|make\s*-?\s*up|makeup)\s+(?:the|my|an?|this|that|our)?\s*"
    r"(?P<work>assignment|homework|project|essay|report|paper|problem\s+set|worksheet)s?\b"
)
# Making up work missed, with no one piece named ("can i make up the problem set i missed"): late work.
_MAKE_UP_MISSED = re.compile(rf"\b(?:make\s*-?\s*up|makeup)\s+(?:for\s+)?{_THE}{{0,3}}[a-z ]*\b{_MISSED}\b")


def work_make_up(course: Course, question: str, named: tuple[str, ...], series: tuple[str, ...]) -> MakeUpAsked | None:
    """Work done again ("can i redo ps3") or made up when missed ("make up the problem set i missed"), by the
    work's names: its titles, else the kind of work said; None when neither is asked of work."""
    low = " ".join(question.lower().replace("’", "'").split())
    titles = tuple(a.title for i in named if (a := course.assignment(i)) is not None) or series
    if not titles and (said := _WORK_SAID.search(low)) is not None:
        titles = (said["work"],)  # "can i redo the assignment": work of no kind the course names
    if not titles:
        return None
    if _REDO.search(low):
        return MakeUpAsked(None, missed=True, work=titles, redo=True)
    if not named and _MAKE_UP_MISSED.search(low):
        return MakeUpAsked(None, missed=True, work=titles)
    return None


def redo_answer(course: Course, asked: MakeUpAsked) -> Answer | str:
    """The one rule that speaks of doing work again (its id, for its card), or that the page does not say."""
    found = [
        p
        for p in course.policies
        if _REDO_RULE.search(f"{p.title} {' '.join(p.keywords)} {p.summary} {p.quote}".lower())
    ]
    if len(found) == 1:
        return found[0].id
    # a kind of work said ("essay") takes an article; a title ("Problem Set 3") stands alone
    names = " or ".join(w if w[:1].isupper() else f"{'an' if w[:1] in 'aeiou' else 'a'} {w}" for w in asked.work)
    said = text(
        f"Whether you can redo {names} (hand it in again for a new grade) is {replies.NOT_ON_PAGE}; "
        f"{replies.where_to_ask(course)}."
    )
    return Answer(title="Not on the course page", lines=(said,), kind="unknown")


def missed_work_answer(course: Course, asked: MakeUpAsked, question: str) -> Answer | None:
    """Work missed and made up, none named ("the problem set i missed"): handed in late, so the course's late-work
    rule, never a Yes taken from the next piece still to come; None when the course has no such rule of its own."""
    late = [p for p in course.policies if any(k.lower() in ("late", "late work", "late policy") for k in p.keywords)]
    if len(late) != 1:
        return None
    card = policy_answer(course, late[0].id, question)
    names = " or ".join(asked.work)
    said = text(f"A missed {names} handed in after its deadline is late work; the course's rule on it:")
    return Answer(title=card.title, lines=(said, *card.lines), fields=card.fields, kind=card.kind)


def _listed(course: Course) -> tuple[Occurrence, ...]:
    """Every make-up meeting the course lists, in time order: once per course."""
    out = []
    for o in occurrences_between(course, course.term_first, course.term_last):
        row = o.topic
        said = [o.note] if o.extra else []
        if row is not None:
            said += [row.title, *row.keywords]
        if any(_MAKE_UP_SAID.search(s) for s in said if s):
            out.append(o)
    return tuple(out)


def _line(course: Course, o: Occurrence) -> tuple:
    """'Fri Mar 13 · Make-up calorimetry lab · Lab 102 · 2:00 PM – 4:50 PM · Sorensen Hall 312'."""
    what = o.topic.title if o.topic is not None and _MAKE_UP_SAID.search(o.topic.title) else o.note
    what = what[:1].upper() + what[1:]  # a change's reason as written ("make-up for the Thanksgiving lab")
    # "what was the make up lecture about": the row's own topic, when a note says it is the make-up
    about = f"{o.topic.title} · " if o.topic is not None and o.topic.title and o.topic.title not in what else ""
    who = course.meeting_label(o.kind, o.meeting.section)
    return text(
        f"{human_date(o.start.astimezone(course.tz).date())} · **{what}** · {about}{who} · ",
        Stamp(o.start, "t"),
        " – ",
        Stamp(o.end, "t"),
        f" · {o.where}",
    )


def _rule(course: Course, kind: str | None) -> Policy | None:
    """The course's rule on making up that kind: a policy naming the kind and a make-up, else its attendance rule."""
    if kind is None:
        return None
    names = [n.lower() for k in course.meeting_kinds if k.id == kind for n in (k.name, k.plural, *k.aliases) if n]
    for policy in course.policies:
        own = " ".join((policy.title, *policy.keywords, policy.summary, policy.quote))
        sentences = [s.lower() for s in split_clauses(own)]
        if any(_MAKE_UP_SAID.search(s) and any(re.search(rf"\b{re.escape(n)}", s) for n in names) for s in sentences):
            return policy
    return attendance_policy(course, course.kind_name(kind).lower())


def make_up_answer(
    course: Course,
    asked: MakeUpAsked,
    question: str,
    span: tuple[dt.date, dt.date, str] | None = None,
    *,
    yes_no: bool = False,
    section: str | None = None,
) -> Answer:
    """The make-up meetings listed (in the span, for the section named), or the course's rule on making one up, or
    that the page does not say, with what it does."""
    name = course.kind_name(asked.kind).lower() if asked.kind else "class"
    names = course.kind_name(asked.kind, plural=True).lower() if asked.kind else "classes"
    every = _LISTED.get(course, "make-ups", lambda: _listed(course))
    listed = [o for o in every if kind_matches(course, o.kind, asked.kind)]
    rule = _rule(course, asked.kind)
    if asked.missed:
        if rule is not None:
            answer = policy_answer(course, rule.id, question)
            if listed:
                shown = (text(f"Make-up {names} the schedule lists:"), *(_line(course, o) for o in listed))
                return Answer(title=answer.title, lines=(*answer.lines, *shown), fields=answer.fields, kind=answer.kind)
            return answer
        said = text(
            f"Whether a missed {name} can be made up (or attended at another time) is {replies.NOT_ON_PAGE}; "
            f"{replies.where_to_ask(course)}."
        )
        shown = [text(f"Make-up {names} the schedule lists:"), *(_line(course, o) for o in listed)] if listed else []
        return Answer(title="Not on the course page", lines=(said, *shown), kind="unknown")
    if span is not None:
        first, last, label = span
        within = [o for o in listed if first <= o.start.astimezone(course.tz).date() <= last]
    else:
        label, within = "", listed
    if section is not None:
        # "the make-up lab for section 103": one for another section is not theirs
        within = [o for o in within if o.meeting.section in (None, section)]
        label = f"{label} for {course.meeting_label(asked.kind, section)}" if asked.kind else label
    label = label.strip()
    title = f"Make-up {name}"
    # the rule's own words on making one up ("make-up week (April 27-30)"): a make-up the schedule has no row for
    on_make_ups = rule is not None and bool(_MAKE_UP_SAID.search(f"{rule.summary} {rule.quote}"))
    said = [text(f"**{rule.title}**: {rule.summary}")] if rule is not None and on_make_ups else []
    clock = stated_clock(question) if yes_no and within else None
    if clock is not None and not clock.midnight:
        local = [(o.start.astimezone(course.tz), o.end.astimezone(course.tz)) for o in within]
        if not any(clock.within(start.time(), end.time()) for start, end in local):
            # "is the make-up lecture on sep 25 at 10am" of one at 2 PM: No, and when it is
            shown = Answer(title=title, lines=(*(_line(course, o) for o in within), *said))
            return replies.verdict(shown, False, f"not at that time; the make-up {name} is at the time below.")
    if within:
        lead = text("Yes:" if yes_no else f"Make-up {names} on the schedule{f' {label}' if label else ''}:")
        return Answer(title=title, lines=(lead, *(_line(course, o) for o in within), *said))
    if listed:
        # "No" only where no rule of the course speaks of make-ups the schedule does not list
        lead = "The schedule lists no" if on_make_ups else "No"
        lines = [text(f"{lead} make-up {name} {label or 'then'}; the ones it lists:")]
        lines += [_line(course, o) for o in listed]
        return Answer(title=title, lines=(*lines, *said))
    lines = [text(f"A make-up {name} is {replies.NOT_ON_PAGE}; {replies.where_to_ask(course)}.")]
    if rule is not None:
        lines.append(text(f"**{rule.title}**: {rule.summary}"))
        if rule.missing:
            lines.append(text(rule.missing))
    return Answer(title=title, lines=tuple(lines), kind="unknown")
