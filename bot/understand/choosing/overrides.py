"""Which reading a part is answered with, once the intent table has scored it: the readings that come before the
table's best, in order, written once here.

The table (bot.understand.choosing.intents) scores every reading of a part; most parts are answered with the best of
them, or with a "which do you mean?" when the next is close. A few classes of question are known to score the wrong
reading best, or none at all: "is there a worksheet 9" scores a worksheet's deadline, "when is the group reflection
form due" the grading card its words touch. Each such class is one named function here, saying in its docstring
what the student sees, and the engine (bot.understand.engine) runs them in the order of two tables:

- `FALLBACKS`, before the best reading is taken: an item asked to exist outranks every reading, and when no reading
  reaches MIN_SCORE, what the course's data holds for the words (a meeting's materials, a guest named on the
  schedule, the work a form is handed in with, the closest rule) answers instead of nothing;
- `OVERRIDES`, after it: a reading the question's words show is meant takes the best one's place, sure as the best
  (at least 0.6) or as it was; then, when the next reading is close, the readings are offered (`offered`).

The first function that answers wins, so the order is part of what each means (tests/understand/choosing
/test_overrides.py says why where it matters). Each reads the part as scored (`Choice`) and changes nothing but the
first: an item asked to exist is read again without an article taken for a part's letter ("is sheet 7 a thing")."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import NamedTuple

from bot.course.model import Course
from bot.understand.answering.handle_policies import policy_stance
from bot.understand.choosing.intents import Intent
from bot.understand.exams.session_for_exam import asked_for_exam
from bot.understand.late.late_kind import late_of_kind
from bot.understand.meetings.kind_over_topic import kind_over_topic
from bot.understand.page_evidence.closest_policy import closest_policy
from bot.understand.page_evidence.evidence import Evidence, materials_of_meeting
from bot.understand.page_evidence.rule_words import rule_said_part
from bot.understand.people.named_on_schedule import rows_naming
from bot.understand.question.reading import Reading
from bot.understand.question.result import Part, Slots
from bot.understand.question.slots import RESOURCE_WORDS, SlotFiller
from bot.understand.schedule.last_day_claimed import last_day_claim
from bot.understand.schedule.topic_material import material_of_topic
from bot.understand.schedule.until_meeting import span_until_meeting
from bot.understand.work.confirm_due import states_due_time
from bot.understand.work.due_of_kind import due_of_kind, one_due_that_day
from bot.understand.work.existence import asks_existence
from bot.understand.work.handed_in_with import handed_in_with
from bot.understand.yes_no.page_claims import ClaimIndex

# A reading is answered when its intent scores at least MIN_SCORE and leads the next different reading by
# MARGIN; below MIN_SCORE the question is out of scope. Scores are sums of the intent table's weights.
MIN_SCORE = 3.0
MARGIN = 1.0
# How sure a reading an override takes is, at least: as sure as a reading the table itself is sure of.
SURE = 0.6

# Readings whose answers say the same thing: neither is the other's rival, so no "which do you mean?".
_COMPATIBLE = (
    {"exam", "policy"},
    {"no_class", "schedule_range"},
    {"topic", "schedule_day"},
    {"topic", "schedule_range"},
    {"late_rules", "policy"},
    # "the absolute latest i can hand in the draft, with the penalty": that work's cutoff, its late rules in it
    {"latest_accepted", "late_rules"},
    {"extension", "policy"},
    {"regrade", "policy"},
    {"my_grace", "policy"},
    # A section named: its meetings, times and staff are one answer (section_answer).
    {"section", "course_fact"},
    {"section", "staff"},
)
# Readings a thing handed in with a piece of work may be taken as ("assessment" of a form is the grading card)
_HANDED_IN_READINGS = frozenset({"course_fact", "policy", "topic", "assignment_due", "due_soon", "next_due"})
# Readings a deadline question ending its span at a meeting may be taken as ("site visit" names work and meetings)
_UNTIL_MEETING_READINGS = frozenset({"next_due", "due_soon", "assignment_due", "next_class", "topic", "schedule_range"})
# Pairs of close readings an override settles
_TOPIC_OR_FACT = frozenset({"topic", "course_fact"})
_TOPIC_OR_POLICY = frozenset({"topic", "policy"})
_TOPIC_OR_EXAM = frozenset({"topic", "exam"})
_FACT_OR_POLICY = frozenset({"course_fact", "policy"})

Scores = Sequence[tuple[float, Intent]]
Decision = tuple[Part | None, list[Part]]  # the reading (None: out of scope), and the readings offered when unsure


def compatible(a: str, b: str) -> bool:
    """Two readings whose answers say the same thing need no "which do you mean?"."""
    return {a, b} in _COMPATIBLE


def confidence(score: float, margin: float) -> float:
    """How sure a reading is, from its score (how much of it the question holds) and its lead over the next."""
    strength = max(0.0, min(1.0, (score - MIN_SCORE + 1.0) / 5.0))
    separation = max(0.0, min(1.0, margin / 3.0))
    return round(0.5 * strength + 0.5 * separation, 2)


class Choice:
    """One part as scored, as every fallback and override reads it: the same for all of them. What depends on the
    best reading (its part, its rival, its lead) is set once the fallbacks have passed (`take_best`): only the
    overrides read it. A class with slots, not a dataclass: it is built for every part read."""

    __slots__ = (
        *("course", "reading", "said", "now", "section", "evidence", "found", "scores", "slots", "claims"),
        *("unscored", "best", "rival", "rival_name", "margin", "close", "part"),
    )

    def __init__(
        self,
        course: Course,
        reading: Reading,
        said: str,  # the part as the student typed it
        now: dt.datetime,
        section: str | None,  # the asker's section
        evidence: Evidence,
        found: Mapping[str, Slots],  # the readings a recognizer read, with their slots
        scores: Scores,  # every reading the table scored, best first
        slots: SlotFiller,
        claims: ClaimIndex,
    ) -> None:
        self.course, self.reading, self.said, self.now, self.section = course, reading, said, now, section
        self.evidence, self.found, self.scores, self.slots, self.claims = evidence, found, scores, slots, claims
        self.unscored = not scores or scores[0][0] < MIN_SCORE  # no reading reaches MIN_SCORE

    def take_best(self) -> None:
        """The best reading as the table scored it (`part`), its rival (the best-scoring reading after it that answers
        something else, with its score), how far it leads it (`margin`) and whether that is less than MARGIN
        (`close`)."""
        best_score, best = self.scores[0][0], self.scores[0][1].name
        rival = next(((s, i) for s, i in self.scores[1:] if i.name != best and not compatible(best, i.name)), None)
        margin = best_score - rival[0] if rival else best_score
        alternatives = tuple((i.name, s) for s, i in self.scores[1:4])
        sure = confidence(best_score, margin)
        self.best, self.rival, self.rival_name, self.margin = best, rival, rival[1].name if rival else None, margin
        self.close = rival is not None and margin < MARGIN
        self.part = Part(
            self.reading.text,
            best,
            self.fill(best),
            best_score,
            sure,
            alternatives,
            self.evidence.unexplained,
            unexplained_words=self.evidence.unexplained_words,
        )

    def fill(self, name: str) -> dict:
        """The slots of reading `name`: a recognizer's when one read it, else the filler's."""
        found = self.found.get(name)
        return dict(found) if found is not None else self.filled(name)

    def filled(self, name: str, evidence: Evidence | None = None) -> dict:
        """The slot filler's slots of reading `name`, never a recognizer's."""
        evidence = self.evidence if evidence is None else evidence
        return self.slots.fill(name, self.reading, evidence, self.now, self.section)

    def handed(self) -> str | None:
        """The work the thing asked when due is handed in with, when it names no other work (bot.understand.work
        .handed_in_with)."""
        handed = handed_in_with(self.course, self.reading)
        return handed if handed is not None and set(self.reading.ids("assignment")) <= {handed} else None

    def closely(self, other: str) -> dict:
        """The slots of reading `other`: the best reading's own when it is `other`, else filled."""
        return self.part.slots if self.best == other else self.fill(other)

    def rivals_are(self, pair: frozenset[str]) -> bool:
        """The best reading and its close rival are the two readings of `pair`."""
        return self.close and {self.best, self.rival_name} == pair

    def surely(self, part: Part) -> Decision:
        """`part` taken, as sure as the best reading or as a reading the table is sure of."""
        return replace(part, confidence=max(self.part.confidence, SURE)), []

    def taken(self, intent: str, slots: dict) -> Decision:
        """The best reading's part read as `intent` with `slots`, surely."""
        return self.surely(replace(self.part, intent=intent, slots=slots))


class Override(NamedTuple):
    """A named fallback or override: the reading it takes, or None to leave the choice to the next."""

    name: str
    run: Callable[[Choice], Decision | None]


def decided(choice: Choice) -> Decision:
    """The part's reading after every fallback, then every override, in order; the readings offered when unsure."""
    for _name, run in FALLBACKS:
        if (decision := run(choice)) is not None:
            return decision
    choice.take_best()
    for _name, run in OVERRIDES:
        if (decision := run(choice)) is not None:
            return decision
    return offered(choice)


# ------------------------------------------------------------------------------------------ before the best


def _item_asked_to_exist(c: Choice) -> Decision | None:
    """ "is sheet 3 part c a thing", "does quiz 12 exist": whether that item exists (No, with the items the course
    has), never a schedule row sharing its words ("Sheet 3 Part A Walkthrough"), however the table scored it."""
    reading = c.reading
    if not reading.unknown_assignments or reading.ids("assignment") or not asks_existence(c.said):
        return None
    # "is sheet 7 a thing": "a" is the article of "a thing", no part A
    reading.unknown_assignments = [_without_article(u, reading.text) for u in reading.unknown_assignments]
    slots = c.filled("assignment_due")
    if not slots.get("unknown"):
        return None
    score = max(MIN_SCORE, c.scores[0][0] if c.scores else 0.0)
    return Part(reading.text, "assignment_due", slots, score, SURE), []


def _materials_of_meeting(c: Choice) -> Decision | None:
    """ "where can i find the lecture slides": the materials the schedule lists for that kind of meeting."""
    if not c.unscored or not materials_of_meeting(c.reading):
        return None
    slots = c.filled("topic")
    if not slots.get("_resource"):
        return None
    words = next(t for t in c.reading.tokens if t in RESOURCE_WORDS)
    return Part(c.reading.text, "topic", {**slots, "words": words}, MIN_SCORE, SURE), []


def _guest_on_schedule(c: Choice) -> Decision | None:
    """ "who is dr vance": no one on the staff list, but the schedule names them (a guest speaker's session)."""
    reading = c.reading
    if not c.unscored or "staff" not in reading.cues or reading.ids("person"):
        return None
    rows = rows_naming(c.course, reading.content)
    if not rows:
        return None
    named = replace(c.evidence, topic_rows=rows, topic_words=" ".join(reading.content))
    return Part(reading.text, "topic", c.filled("topic", named), MIN_SCORE, SURE), []


def _handed_in_unscored(c: Choice) -> Decision | None:
    """ "when is the peer feedback sheet due": a thing handed in with a piece of work (its notes say so), read as
    nothing else: that work's deadline."""
    if not c.unscored or (handed := c.handed()) is None:
        return None
    slots = {**c.filled("assignment_due"), "assignments": (handed,)}
    return Part(c.reading.text, "assignment_due", slots, MIN_SCORE, SURE), []


def _closest_rule(c: Choice) -> Decision | None:
    """ "can i use a repo i found if i cite it": nothing in the table fits, the rule whose words it holds answers
    (or nothing: out of scope). Not a row of the table: a row that wins only when no other reaches MIN_SCORE would
    be offered beside any reading scoring just above it, and its confidence would come from a margin over readings
    too weak to count."""
    if not c.unscored:
        return None
    return closest_policy(c.reading, c.evidence, claims=c.claims) or rule_said_part(c.course, c.reading), []


FALLBACKS: tuple[Override, ...] = (
    Override("item_asked_to_exist", _item_asked_to_exist),
    Override("materials_of_meeting", _materials_of_meeting),
    Override("guest_on_schedule", _guest_on_schedule),
    Override("handed_in_unscored", _handed_in_unscored),
    Override("closest_rule", _closest_rule),
)


# ------------------------------------------------------------------------------------------ over the best


def _late_of_kind(c: Choice) -> Decision | None:
    """ "can i turn in a field report late": that kind's late rule decides, not another policy's words (as sure as
    the table was)."""
    if c.best not in ("policy", "topic") or not late_of_kind(c.course, c.reading, c.scores[1:3]):
        return None
    return replace(c.part, intent="late_rules", slots=c.fill("late_rules")), []


def _one_due_that_day(c: Choice) -> Decision | None:
    """ "the worksheet due this thursday, is that midnight?": that worksheet's deadline."""
    if not (one := one_due_that_day(c.course, c.reading, c.best)):
        return None
    return c.taken("assignment_due", {**c.fill("assignment_due"), "assignments": (one,)})


def _handed_in_with(c: Choice) -> Decision | None:
    """ "when is the team evaluation form due": the deadline of the work it is handed in with, not the grading card
    "evaluation" touches."""
    if c.best not in _HANDED_IN_READINGS or (handed := c.handed()) is None:
        return None
    return c.taken("assignment_due", {**c.fill("assignment_due"), "assignments": (handed,)})


def _due_until_meeting(c: Choice) -> Decision | None:
    """ "what's due between now and the first field trip": the deadlines up to that meeting's start, not the work
    named like the meeting."""
    if c.best not in _UNTIL_MEETING_READINGS or "due" not in c.reading.cues:
        return None
    span = span_until_meeting(c.course, c.reading, c.now, c.section)
    if span is None:
        return None
    first, day, label, start = span
    slots = {**c.fill("due_soon"), "range": (first, day), "label": label, "span": start - c.now}
    slots["_period"] = False
    slots |= {"series": (), "_series_name": "deadlines"}
    return c.taken("due_soon", slots)


def _due_of_kind(c: Choice) -> Decision | None:
    """ "which quizzes are due in may": a deadline question, as sure as one read as such."""
    if not (due := due_of_kind(c.course, c.reading, c.best, c.scores[1:4])):
        return None
    return c.taken(due, c.fill(due))


def _last_day_claim(c: Choice) -> Decision | None:
    """ "is dec 4 the last class of the term": the term's last meeting, checked on the day stated."""
    if c.best != "last_class" or (claimed := last_day_claim(c.reading, c.part.slots)) is None:
        return None
    return c.surely(replace(c.part, slots=claimed))


def _policy_rival(c: Choice) -> Decision | None:
    """ "can i post my code on a public site": of two rules about as likely, the one whose words answer a yes/no
    question; when neither settles it, the student is asked which rule was meant. Not when another reading is
    close: then the readings are offered."""
    evidence = c.evidence
    if c.best != "policy" or not evidence.policy_rival or (c.rival is not None and c.margin < MARGIN):
        return None
    part = c.part
    other = Part(c.reading.text, "policy", {"policy": evidence.policy_rival}, part.score, part.confidence)
    settled = _settled(c, part, other)
    if settled is not None:
        return settled, []
    return replace(part, confidence=min(part.confidence, 0.5)), [part, other]


def _states_due_time(c: Choice) -> Decision | None:
    """ "what time is the essay due, midnight?", "is it due at 5 like the others": its due time is checked."""
    if not states_due_time(c.said) or "assignment_due" not in {i.name for _, i in c.scores[:3]}:
        return None
    due = c.part.slots if c.best == "assignment_due" else c.fill("assignment_due")
    return c.taken("assignment_due", due) if due.get("assignments") else None


def _kind_over_topic(c: Choice) -> Decision | None:
    """ "studio crit when and where": the kind's meetings say both, a schedule row only the day."""
    if not c.rivals_are(_TOPIC_OR_FACT):
        return None
    fact = c.closely("course_fact")
    if not kind_over_topic(c.course, c.closely("topic"), fact):
        return None
    return c.taken("course_fact", fact)


def _material_of_topic(c: Choice) -> Decision | None:
    """ "whats the reading for graph search": the reading its row lists, not the textbook rule."""
    if not c.rivals_are(_TOPIC_OR_POLICY):
        return None
    held = c.closely("topic")
    return c.taken("topic", held) if material_of_topic(c.course, held) else None


def _session_for_exam(c: Choice) -> Decision | None:
    """ "when is the review class for the oral exam": the schedule's day held for that exam (its rows are that
    exam's only), not the exam's own card."""
    if not c.rivals_are(_TOPIC_OR_EXAM):
        return None
    held = c.closely("topic")
    return c.taken("topic", held) if held.get("rows") and asked_for_exam(c.reading) else None


def _link_in_policy(c: Choice) -> Decision | None:
    """ "where can i find the lecture videos": of a course site's link and a rule read about as well, the rule
    when its words name that site: it gives the site and what the course says of it."""
    if not c.rivals_are(_FACT_OR_POLICY):
        return None
    fact, rule = c.closely("course_fact"), c.closely("policy")
    link, policy = str(fact.get("link") or ""), c.course.policy(rule.get("policy") or "")
    site = next((p for p in c.course.platforms if f"platform:{p.id}" == link), None)
    if fact.get("fact") != "link" or site is None or policy is None:
        return None
    name = site.name.split("(")[0].strip().lower()
    said = f"{policy.summary} {policy.quote}".lower()
    return c.taken("policy", rule) if name and name in said else None


OVERRIDES: tuple[Override, ...] = (
    Override("late_of_kind", _late_of_kind),
    Override("one_due_that_day", _one_due_that_day),
    Override("handed_in_with", _handed_in_with),
    Override("due_until_meeting", _due_until_meeting),
    Override("due_of_kind", _due_of_kind),
    Override("last_day_claim", _last_day_claim),
    Override("policy_rival", _policy_rival),
    Override("states_due_time", _states_due_time),
    Override("kind_over_topic", _kind_over_topic),
    Override("material_of_topic", _material_of_topic),
    Override("session_for_exam", _session_for_exam),
    Override("link_in_policy", _link_in_policy),
)


def offered(c: Choice) -> Decision:
    """ "is the quiz on the reading": when a rival reading scores within MARGIN of the best, the best is answered and
    up to three readings are offered to choose from; otherwise the best alone."""
    part, rival = c.part, c.rival
    if rival is None or rival[0] < MIN_SCORE or c.margin >= MARGIN:
        return part, []
    options = [part]
    for s, intent in c.scores[1:]:
        if len(options) == 3 or s < MIN_SCORE:
            break
        if intent.name in (o.intent for o in options):
            continue
        options.append(Part(c.reading.text, intent.name, c.fill(intent.name), s, confidence(s, 0.0)))
    return part, options


def _settled(c: Choice, first: Part, second: Part) -> Part | None:
    """Of two close policies, the one whose words answer a yes/no question ("can i put my solutions on a public
    site": only the duty to protect one's work says), when the other's say nothing or the same."""
    if not c.reading.yes_no:
        return None
    said = [policy_stance(c.course, p.slots["policy"], c.reading.text) for p in (first, second)]
    if said[0] is not None and (said[1] is None or said[1].yes == said[0].yes):
        return first
    if said[1] is not None and said[0] is None:
        return second
    return None


def _without_article(unknown: str, said: str) -> str:
    """ "sheet 7 a" of "is sheet 7 a thing": the item without the article read as its part's letter."""
    if unknown.endswith(" a") and re.search(rf"\b{re.escape(unknown)}\s+(?:real\s+)?thing\b", said):
        return unknown[:-2]
    return unknown
