"""The answer engine: a question in, a reading (intent, slots, confidence, alternatives) and an Answer out.

One Engine per course, built when the course loads (`engine_for`): its lexicon, typo vocabulary and knowledge
index are computed once. A question is split into its parts ("when is hw4b due and when does hw5 come out"),
each part is read once (bot.understand.reading), scored against the intent table (bot.understand.intents),
backed by the knowledge index for topics and policies, and answered by its handler. When two readings are
close the engine says it is not sure and offers them; when nothing fits it says what it can help with.
"""

from __future__ import annotations

import datetime as dt
import re
import weakref
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from bot.core.answer import Answer, Option, text
from bot.core.timefmt import human_date
from bot.course.model import Course
from bot.understand import replies
from bot.understand.handlers import Asked, Slots, handle
from bot.understand.intents import ranked
from bot.understand.knowledge import Knowledge
from bot.understand.lexicon import Lexicon, canon_key
from bot.understand.normalize import phrase_key
from bot.understand.reading import Mention, Reader, Reading
from bot.understand.time_phrases import TimePhrase, week_monday
from bot.understand.vocabulary import CUES, STOPWORDS, THESAURUS

# A reading is answered when its intent scores at least MIN_SCORE and leads the next different reading by
# MARGIN; below MIN_SCORE the question is out of scope. Scores are sums of the intent table's weights.
MIN_SCORE = 3.0
MARGIN = 1.0
POLICY_MARGIN = 0.5
MAX_QUESTION = 500
_SPLIT = re.compile(
    r"\s*(?:[?!;]+|\.\s+|,?\s+(?:and|also|plus|&)\s+(?=(?:also\s+)?(?:when|what|where|who|how|is|are|can|could|do|does"
    r"|did|will|would|should|which|any|was|were|am)\b)|,\s*(?=(?:i|because|since|cuz|bc)\b))\s*"
)
# "..., i was sick": a statement around the question, not a question of its own.
_CONTEXT = re.compile(r"^(?:i|because|since|cuz|bc)\b")
_ASKING = frozenset({"when", "what", "where", "who", "how", "which"})
_LEADING = re.compile(r"^(?:also|and|plus|then|oh|ok|okay|so)\s+")
_INHERITED = ("assignment", "exam", "person", "section")
_ROLE_CUES = {"role_head_ta": "head_ta", "role_instructor": "instructor", "role_ta": "ta"}
# Mentions that name a thing of the course: a policy keyword that is only such a name is not policy evidence.
_NAMED = ("assignment", "exam", "person", "section", "period")


@dataclass(frozen=True)
class Part:
    """One question of what was asked, as read: the intent, its slots, and how sure the engine is."""

    text: str
    intent: str
    slots: Slots
    score: float
    confidence: float
    alternatives: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True)
class Result:
    """The reading of a question and the answer given."""

    question: str
    outcome: str  # answered | unsure | out_of_scope | refused | empty
    parts: tuple[Part, ...]
    answer: Answer
    options: tuple[Part, ...] = ()

    def as_json(self) -> dict[str, Any]:
        """The reading for tooling and for staff: intent, slots, confidence and alternatives of every part."""
        return {
            "question": self.question,
            "outcome": self.outcome,
            "parts": [_part_json(p) for p in self.parts],
            "options": [_part_json(p) for p in self.options],
        }


def _part_json(part: Part) -> dict[str, Any]:
    return {
        "text": part.text,
        "intent": part.intent,
        "slots": slots_json(part.slots),
        "score": round(part.score, 2),
        "confidence": part.confidence,
        "alternatives": [{"intent": name, "score": round(score, 2)} for name, score in part.alternatives],
    }


def slots_json(slots: Slots) -> dict[str, Any]:
    """Slots as JSON values: dates and times in ISO 8601, ranges as [first, last]."""
    out: dict[str, Any] = {}
    for key, value in slots.items():
        if key in ("rows", "span", "late") or value is None or value == () or value == "":
            continue
        out[key] = _json_value(value)
    return out


def _json_value(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_json_value(v) for v in value]
    return value


@dataclass
class Evidence:
    """What backs the readings of one part: topics, policy, the fact asked about, time."""

    topic_rows: list[int] = field(default_factory=list)
    topic_strength: float = 0.0
    topic_words: str = ""
    policy: str | None = None
    policy_strength: float = 0.0
    policy_rival: str | None = None  # another policy about as likely (then the engine asks which)
    unexplained: int = 0
    fact: str | None = None


class Engine:
    """Reads and answers questions about one course."""

    def __init__(self, course: Course) -> None:
        self.course = course
        self.lexicon = Lexicon(course)
        self.reader = Reader(course, self.lexicon)
        self.knowledge = Knowledge(course, self.lexicon)
        # The policy each idea is about, from the course's own keywords ("late" -> its late-work policy).
        self.idea_policy = {idea: _policy_for(self.lexicon, idea) for idea in ("late", "grace", "extension", "regrade")}

    # ------------------------------------------------------------------------------------------ asking

    def ask(
        self,
        question: str,
        now: dt.datetime,
        *,
        section: str | None = None,
        form_urls: Mapping[str, str] | None = None,
        published: Mapping[str, dt.datetime] | None = None,
    ) -> Result:
        """Read the question and answer every part of it."""
        course = self.course
        if not question or not question.strip():
            answer = replies.help_answer(course)
            return Result(question, "empty", (), replace(answer, kind="unknown"))
        if len(question) > MAX_QUESTION:
            answer = replies.out_of_scope(course, "That question is too long for me; ask one thing at a time.")
            return Result(question, "refused", (), answer)
        text_ = self.reader.respell(question)
        readings = self._parts(question, text_, now)
        asked = Asked(course, now, section, form_urls, published, False, question)
        error = next((r.error for r in readings if r.error), "")
        if error:
            answer = Answer(title="I can't read that date", lines=(text(error),), kind="error")
            return Result(question, "refused", (), answer)
        decisions = [(r, *self._decide(r, now, section)) for r in readings]
        if len(decisions) > 1:
            useful = [d for d in decisions if d[1] is not None and d[1].intent != "help" and not _is_context(d[0])]
            if not useful:
                whole = self.reader.read(question, now, text_)
                useful = [(whole, *self._decide(whole, now, section))]
            decisions = useful
        parts: list[Part] = []
        answers: list[Answer] = []
        offered: list[Part] = []
        for reading, part, alternatives in decisions:
            if part is None or any(p.intent == part.intent and p.slots == part.slots for p in parts):
                continue
            parts.append(part)
            if alternatives and not offered:
                offered = alternatives
                continue
            answers.append(handle(part.intent, replace(asked, yes_no=reading.yes_no, question=part.text), part.slots))
        choices = tuple(Option(self.option_label(p), self.option_question(p)) for p in offered)
        if offered and not answers:
            return Result(question, "unsure", tuple(parts), replies.unsure(course, choices), tuple(offered))
        if not answers:
            return Result(question, "out_of_scope", tuple(parts), replies.out_of_scope(course))
        answer = replies.combined(answers)
        if offered:
            answer = replace(answer, options=choices)
        return Result(question, "answered", tuple(parts), answer, tuple(offered))

    def _parts(self, question: str, text_: str, now: dt.datetime) -> list[Reading]:
        pieces = [_LEADING.sub("", p.strip()) for p in _SPLIT.split(text_)]
        pieces = [p for p in pieces if p and any(c.isalnum() for c in p)]
        if len(pieces) <= 1:
            return [self.reader.read(question, now, text_)]
        readings: list[Reading] = []
        for piece in pieces:
            reading = self.reader.read(question, now, piece)
            if readings:
                _inherit(reading, readings[-1])
            readings.append(reading)
        return readings

    # ------------------------------------------------------------------------------------------ deciding

    def _decide(self, reading: Reading, now: dt.datetime, section: str | None) -> tuple[Part | None, list[Part]]:
        """The part's reading, or None (out of scope); with a list of readings to offer when unsure."""
        today = now.astimezone(self.course.tz).date()
        evidence = self._evidence(reading)
        features = self._features(reading, evidence, today)
        scores = ranked(features)
        if (not scores or scores[0][0] < MIN_SCORE) and not reading.content:
            # Nothing fits and every word was a cue word ("what are the homework assignments like"): look for a
            # policy holding those words.
            evidence = self._evidence(reading, broad=True)
            features = self._features(reading, evidence, today)
            scores = ranked(features)
        if not scores or scores[0][0] < MIN_SCORE:
            return None, []
        best_score, best = scores[0]
        slots = self._slots(best.name, reading, evidence, now, section)
        rival = next(
            ((s, i) for s, i in scores[1:] if i.name != best.name and not _compatible(best.name, i.name)), None
        )
        margin = best_score - rival[0] if rival else best_score
        confidence = _confidence(best_score, margin)
        alternatives = tuple((i.name, s) for s, i in scores[1:4])
        part = Part(reading.text, best.name, slots, best_score, confidence, alternatives)
        if best.name == "policy" and evidence.policy_rival and (rival is None or margin >= MARGIN):
            other = Part(reading.text, "policy", {"policy": evidence.policy_rival}, best_score, confidence)
            return replace(part, confidence=min(confidence, 0.5)), [part, other]
        if rival is not None and rival[0] >= MIN_SCORE and margin < MARGIN:
            options = [part]
            for s, intent in scores[1:]:
                if len(options) == 3 or s < MIN_SCORE:
                    break
                if intent.name in (o.intent for o in options):
                    continue
                other = self._slots(intent.name, reading, evidence, now, section)
                options.append(Part(reading.text, intent.name, other, s, _confidence(s, 0.0)))
            return part, options
        return part, []

    def _evidence(self, reading: Reading, *, broad: bool = False) -> Evidence:
        """Topics and policies the question's words point at, and how many words nothing explains.

        broad: search policies with the cue words too (when nothing else fits), asking two of them to match.
        """
        ev = Evidence()
        tokens = reading.tokens
        content = reading.content
        if broad:
            content = [t for t in tokens if t not in STOPWORDS and not t.isdigit()]
        named = [(m.start, m.end) for m in reading.mentions if m.kind in _NAMED and m.start >= 0]
        topics: dict[int, float] = {}
        keyword_words: dict[str, dict[str, float]] = {}
        for m in reading.mentions:
            if m.start < 0:
                continue
            if m.kind == "topic":
                row = int(m.ids[0])
                topics[row] = max(topics.get(row, 0.0), m.weight)
            elif m.kind == "policy" and not any(s <= m.start and m.end <= e for s, e in named):
                # A keyword that is only the name of something else ("10-405", "mini project") is that thing.
                words = keyword_words.setdefault(m.ids[0], {})
                for t in tokens[m.start : m.end]:
                    # "can I use github copilot for ...": what would be used is what the question is about.
                    weight = m.weight + (2.5 if t in reading.focus else 0.0)
                    words[t] = max(words.get(t, 0.0), weight)
        explained = {t for m in reading.mentions for t in tokens[m.start : m.end] if m.start >= 0}
        searched_words: dict[str, frozenset[str]] = {}
        ranks: dict[str, float] = {}
        best_topic = best_policy = None
        if "collaborate" in reading.cues and not broad:
            # "work with other students": cue words, yet what the collaboration policy is about.
            content = [*content, "collaborate"]
        if content:
            synonyms = {w: THESAURUS[w] for w in content if w in THESAURUS}
            kinds = ("policy",) if broad else ("schedule", "policy")
            names = [i for m in reading.mentions if m.kind == "assignment" for i in m.ids]
            for hit in self.knowledge.search(content, kinds, 10, synonyms, names):
                if hit.coverage < 0.5 or (broad and len(hit.matched) < 2):
                    continue
                if hit.kind == "schedule":
                    row = int(hit.key)
                    if hit.coverage < 0.6 or self.course.schedule[row].kind in ("no_class", "break", "holiday"):
                        continue
                    topics[row] = topics.get(row, 0.0) + 2.0 * len(hit.matched) + hit.extra
                    best_topic = best_topic or hit
                else:
                    searched_words[hit.key] = hit.matched
                    ranks[hit.key] = hit.rank
                    best_policy = best_policy or hit
        if topics:
            top = max(topics.values())
            rows = (r for r, w in topics.items() if w >= 0.8 * top)
            ev.topic_rows = sorted(rows, key=lambda r: self.course.schedule[r].date)
            ev.topic_strength = min(4.0, 1.0 + top / 2.0)
            phrase = max(
                (m for m in reading.mentions if m.kind == "topic"), key=lambda m: m.end - m.start, default=None
            )
            ev.topic_words = " ".join(tokens[phrase.start : phrase.end]) if phrase else " ".join(content)
        policies: dict[str, float] = {}
        best_rank = min(ranks.values(), default=0.0)
        for pid in {*keyword_words, *searched_words}:
            by_keyword = keyword_words.get(pid, {})
            by_search = searched_words.get(pid, frozenset()) - set(by_keyword)
            covered = (set(by_keyword) | by_search) & set(content)
            coverage = len(covered) / len(content) if content else 1.0
            # bm25 (keywords and title weigh more) breaks ties between policies holding the same words.
            ranked_bonus = ranks[pid] / best_rank if pid in ranks and best_rank < 0 else 0.0
            policies[pid] = min(5.0, sum(by_keyword.values()) + len(by_search) + 1.5 * coverage + ranked_bonus)
        if policies:
            ordered = sorted(policies.items(), key=lambda kv: (-kv[1], kv[0]))
            ev.policy, ev.policy_strength = ordered[0]
            if len(ordered) > 1 and ordered[0][1] - ordered[1][1] < POLICY_MARGIN:
                ev.policy_rival = ordered[1][0]
        for hit in (best_topic, best_policy):
            if hit is not None:
                explained |= hit.matched
        ev.unexplained = sum(1 for w in reading.content if w not in explained)
        ev.fact = _fact(reading)
        # "is there a lecture on transformers": a topic asked about that the schedule does not have.
        asks_topic = "cover" in reading.cues or ("class" in reading.cues and (reading.yes_no or "when" in reading.cues))
        if not ev.topic_rows and ev.unexplained and asks_topic and not reading.times:
            ev.topic_words = " ".join(w for w in reading.content if w not in explained)
        return ev

    def _features(self, reading: Reading, ev: Evidence, today: dt.date) -> dict[str, float]:
        f: dict[str, float] = {f"cue:{c}": 1.0 for c in reading.cues}
        exams = [m for m in reading.mentions if m.kind == "exam"]
        if exams and all(m.relation for m in exams):
            # "before the midterm": the exam dates something else; it is not what is asked about.
            f.pop("cue:exam", None)
        kinds = {m.kind for m in reading.mentions if m.kind != "exam" or not m.relation}
        for kind in ("person", "exam", "section", "period", "link"):
            if kind in kinds:
                f[kind] = 1.0
        if "assignment" in kinds or reading.unknown_assignments:
            f["assignment"] = 1.0
        if reading.unknown_assignments:
            f["unknown_assignment"] = 1.0
        if any(m.kind == "assignment" and m.relation == "after" for m in reading.mentions):
            f["after_assignment"] = 1.0
        if any(m.kind in ("period", "exam") and m.relation == "after" for m in reading.mentions):
            f["after_period"] = 1.0
        if "assignment" in f and "cue:grades" in f:
            f["grades_of"] = 1.0  # "when do grades for hw1 come out": about its grading, not its release
        if "person" in f and ("cue:hours" in f or "cue:office_hours" in f):
            f["person_hours"] = 1.0
        if any(c in reading.cues for c in _ROLE_CUES):
            f["role"] = 1.0
        f["policy"] = ev.policy_strength
        f["topic"] = ev.topic_strength
        if ev.topic_words and not ev.topic_rows:
            f["topic_missing"] = 1.0
        times = {t.kind for t in reading.times}
        if times & {"day", "moment"}:
            f["day"] = 1.0
        if "range" in times or self._relation_range(reading, today) is not None:
            f["range"] = 1.0
        if "moment" in times:
            f["moment"] = 1.0
        if "time" in times:
            f["time"] = 1.0
        if "lateness" in times:
            f["lateness"] = 1.0
        if ev.fact:
            f["fact"] = 1.0
        if reading.yes_no:
            f["yes_no"] = 1.0
        if reading.past:
            f["past"] = 1.0
        if reading.other_course:
            f["other_course"] = 1.0
        f["unexplained"] = float(min(ev.unexplained, 3))
        f["content"] = float(len(reading.content))
        return f

    # ------------------------------------------------------------------------------------------ slots

    def _slots(self, intent: str, r: Reading, ev: Evidence, now: dt.datetime, section: str | None) -> Slots:
        course = self.course
        today = now.astimezone(course.tz).date()
        sections = r.ids("section")
        chosen_section = section or (sections[0] if sections else None)
        assignments = r.ids("assignment")
        day = r.time("day", "moment")
        slots: Slots = {}
        if intent in (
            "assignment_due",
            "release",
            "late_whatif",
            "late_rules",
            "extension",
            "regrade",
            "assignment_for",
        ):
            slots["assignments"] = tuple(assignments)
            if r.unknown_assignments and not assignments:
                slots["unknown"] = tuple(canon_key(u.split()) for u in r.unknown_assignments)
        if intent in ("late_rules", "extension", "regrade") and not assignments:
            idea = {"late_rules": "late", "extension": "extension", "regrade": "regrade"}[intent]
            fallback = self.idea_policy.get("grace") if idea == "late" else None
            slots["policy"] = self.idea_policy.get(idea) or fallback
        if intent == "assignment_due":
            slots["date"] = day.first if day else None
            clock = r.time("time", "moment")
            slots["time"] = clock.time if clock else None
        elif intent == "due_soon":
            first, last, label, span = self._due_range(r, today, now)
            slots.update(range=(first, last), label=label, span=span, section=chosen_section)
        elif intent == "next_due":
            after = next((m for m in r.mentions if m.kind == "assignment" and m.relation == "after"), None)
            slots["after"] = after.ids[-1] if after else None
            if "homework_kind" in r.cues and "homework" in self.lexicon.kind_words:
                slots["kinds"] = ("homework",)
            if "last" in r.cues and "next" not in r.cues and after is None:
                slots["which"] = "latest" if r.past else "last"
            elif "first" in r.tokens and "next" not in r.tokens and after is None:
                slots["which"] = "first"
            slots["section"] = chosen_section
        elif intent == "release":
            rng = self._range(r, today)
            if rng and not assignments:
                slots.update(range=(rng[0], rng[1]), label=rng[2])
            slots["section"] = chosen_section
        elif intent == "late_whatif":
            moment = r.time("moment")
            clock = r.time("time")
            lateness = r.time("lateness")
            if moment:
                slots["moment"] = course.at(moment.first, moment.time)
            elif clock:
                slots["moment"] = course.at(day.first if day else today, clock.time)
            elif lateness and assignments:
                due = course.assignment(assignments[0]).due
                slots["moment"] = (due.astimezone(dt.UTC) + lateness.late).astimezone(course.tz)
        elif intent == "exam":
            exams = r.ids("exam")
            rng = self._range(r, today)
            if exams:
                slots["exam"] = exams[0]
            elif "next" in r.cues:
                upcoming = [e for e in course.exams if e.date >= today]
                slots["exam"] = upcoming[0].id if upcoming else None
            elif rng:
                inside = [e for e in course.exams if rng[0] <= e.date <= rng[1]]
                slots["exam"] = inside[0].id if len(inside) == 1 else None
            if rng:
                slots.update(range=(rng[0], rng[1]), label=rng[2])
            if "in_person" in r.cues:
                slots["in_person"] = not any(w in r.tokens for w in ("online", "remote", "remotely", "virtual", "zoom"))
        elif intent == "office_hours":
            people = r.ids("person")
            slots["person"] = people[0] if people else None
            if not people and _role(r):
                slots["role"] = _role(r)
            rng = self._range(r, today)
            if "now" in r.cues:
                slots["when"] = "now"
            elif day:
                slots["when"] = day.first
            elif rng:
                monday = week_monday(today)
                if (rng[0], rng[1]) == (monday, monday + dt.timedelta(days=6)):
                    slots["when"] = "this week"
                elif (rng[0], rng[1]) == (monday + dt.timedelta(days=7), monday + dt.timedelta(days=13)):
                    slots["when"] = "next week"
                else:
                    slots["when"] = (rng[0], rng[1])
                    slots["label"] = rng[2]
            else:
                slots["when"] = None if people or slots.get("role") else "upcoming"
            slots["negated"] = _negated(r)
        elif intent == "schedule_day":
            slots["date"] = day.first if day else today
            slots["kind"] = _class_kind(r)
            slots["negated"] = _negated(r)
        elif intent == "schedule_range":
            rng = self._range(r, today)
            if rng is None:
                monday = week_monday(today)
                rng = (monday, monday + dt.timedelta(days=6), "this week")
            slots.update(range=(rng[0], rng[1]), label=rng[2])
            slots["kind"] = _class_kind(r)
            slots["negated"] = _negated(r)
        elif intent in ("next_class", "last_class"):
            slots["kind"] = _class_kind(r) or "class"
            anchor = next((m for m in r.mentions if m.kind in ("period", "exam") and m.relation == "after"), None)
            if anchor is not None:
                slots["after"] = self._anchor_dates(anchor)[1]
        elif intent == "topic":
            slots["rows"] = tuple(ev.topic_rows)
            slots["dates"] = tuple(course.schedule[i].date for i in ev.topic_rows)
            slots["words"] = ev.topic_words
        elif intent == "staff":
            people = r.ids("person")
            slots["person"] = people[0] if people else None
            slots["role"] = _role(r)
        elif intent == "policy":
            slots["policy"] = ev.policy
        elif intent == "course_fact":
            slots["fact"] = ev.fact
            exams = r.ids("exam")
            if ev.fact and ev.fact.startswith("exam"):
                slots["exam"] = exams[0] if exams else None
            people = r.ids("person")
            role = _role(r)
            if people:
                slots["person"] = people[0]
                slots["people"] = tuple(people)
            elif role:
                slots["role"] = role
                slots["people"] = tuple(p.id for p in course.people if p.role == role)
            links = r.ids("link")
            if links:
                slots["link"] = links[0]
        elif intent == "assignment_for":
            slots["section"] = chosen_section
        return slots

    def _anchor_dates(self, mention: Mention) -> tuple[dt.date, dt.date, str]:
        if mention.kind == "period":
            period = self.lexicon.periods[mention.ids[0]]
            return period.first, period.last, period.name
        exam = self.course.exam(mention.ids[0])
        return exam.date, exam.date, exam.title

    def _relation_range(self, r: Reading, today: dt.date) -> tuple[dt.date, dt.date, str] | None:
        """A range named through a period or an exam: "after spring break", "the week before the midterm"."""
        for m in r.mentions:
            if m.kind == "exam" and not m.relation:
                continue
            if m.kind not in ("period", "exam"):
                continue
            first, last, name = self._anchor_dates(m)
            if m.relation in ("", "during"):
                return first, last, name
            if m.relation == "after":
                return (
                    last + dt.timedelta(days=1),
                    max(self.course.term_last, last + dt.timedelta(days=1)),
                    f"after {name}",
                )
            if m.relation in ("before", "until", "by"):
                return today, max(today, first - dt.timedelta(days=1)), f"before {name}"
            if m.relation == "week_after":
                monday = week_monday(last) + dt.timedelta(days=7)
                return monday, monday + dt.timedelta(days=6), f"the week after {name}"
            if m.relation == "week_before":
                monday = week_monday(first) - dt.timedelta(days=7)
                return monday, monday + dt.timedelta(days=6), f"the week before {name}"
        return None

    def _range(self, r: Reading, today: dt.date) -> tuple[dt.date, dt.date, str] | None:
        phrase = r.time("range")
        if phrase is not None:
            return phrase.first, phrase.last, phrase.label
        return self._relation_range(r, today)

    def _due_range(
        self, r: Reading, today: dt.date, now: dt.datetime
    ) -> tuple[dt.date, dt.date, str, dt.timedelta | None]:
        phrase: TimePhrase | None = r.time("range")
        if phrase is not None:
            first, last = phrase.first, phrase.last
            if phrase.grain == "span":
                return first, last, phrase.label, phrase.late or dt.timedelta(days=phrase.days - 1)
            if first <= today <= last and not r.past:
                first = today
            label = "this week (through Sunday)" if phrase.label == "this week" else phrase.label
            return first, last, label, None
        related = self._relation_range(r, today)
        if related is not None:
            return related[0], related[1], related[2], None
        day = r.time("day", "moment")
        if day is not None:
            if day.relation in ("by", "until", "before") and day.first >= today:
                last = day.first - dt.timedelta(days=1) if day.relation == "before" else day.first
                return today, max(today, last), f"by {human_date(last)}", None
            label = {"today": "today", "tonight": "today", "tomorrow": "tomorrow"}.get(
                day.label, f"on {human_date(day.first)}"
            )
            return day.first, day.first, label, None
        if "all" in r.cues:
            return today, self.course.term_last, "for the rest of the term", None
        return today, today + dt.timedelta(days=7), "in the next 7 days", dt.timedelta(days=7)

    # ------------------------------------------------------------------------------------------ options

    def option_question(self, part: Part) -> str:
        """A question that reads back as this part's intent and slots (what picking the option asks)."""
        s = part.slots
        course = self.course
        names = ", ".join(a.short for a in (course.assignment(i) for i in s.get("assignments", ())) if a)
        questions = {
            "assignment_due": f"When is {names} due?",
            "late_rules": f"How late can I submit {names}?",
            "late_whatif": f"How late can I submit {names}?",
            "extension": f"Can I get an extension on {names}?",
            "regrade": f"Regrade requests for {names}",
            "release": f"When does {names} come out?" if names else "When is the next release?",
            "assignment_for": f"Who has to do {names}?",
            "due_soon": "What's due this week?",
            "next_due": "What's the next deadline?",
            "my_grace": "How many grace days do I have left?",
            "exam": f"When is {course.exam(s['exam']).title}?" if s.get("exam") else "When are the exams?",
            "office_hours": "Office hours this week",
            "schedule_day": f"What's on the schedule on {human_date(s['date'])}?"
            if s.get("date")
            else "Schedule this week",
            "schedule_range": "What's on the schedule this week?",
            "next_class": "When is the next class?",
            "last_class": "What was the last class?",
            "no_class": "Which days have no class?",
            "staff": "Who are the course staff?",
            "course_info": "What is this course about?",
            "help": "What can you help with?",
        }
        if part.intent in ("late_rules", "extension", "regrade") and not names and s.get("policy"):
            return f"What is the {course.policy(s['policy']).title} policy?"
        if part.intent == "topic" and s.get("rows"):
            return f"When is {course.schedule[s['rows'][0]].title} on the schedule?"
        if part.intent == "policy" and s.get("policy"):
            return f"What is the {course.policy(s['policy']).title} policy?"
        if part.intent == "course_fact":
            return {
                "meeting_time": "What time is class?",
                "meeting_place": "Where is class held?",
                "grading": "What is the grading breakdown?",
                "email": "What are the staff emails?",
                "link": "What are the course links?",
                "exam_time": "What time are the exams?",
                "exam_place": "Where are the exams?",
                "exam_content": "What do the exams cover?",
            }.get(s.get("fact") or "", "What is this course about?")
        return questions.get(part.intent, "What can you help with?")

    def option_label(self, part: Part) -> str:
        """What the button says: the question it asks (Discord shows at most 80 characters)."""
        return self.option_question(part)[:80]


def _inherit(reading: Reading, previous: Reading) -> None:
    """ "... and how late can I turn it in": a part that names nothing takes what the part before it named."""
    kinds = {m.kind for m in reading.mentions}
    if kinds & set(_INHERITED):
        return
    asks = reading.yes_no or bool(_ASKING & set(reading.tokens))
    if not reading.pronoun and (len(reading.tokens) > 5 or not asks):
        return
    reading.mentions += [replace(m, start=-1, end=-1, relation="") for m in previous.mentions if m.kind in _INHERITED]
    reading.cues |= {c for c in previous.cues if c in _ROLE_CUES}
    reading.unknown_assignments += [u for u in previous.unknown_assignments if u not in reading.unknown_assignments]


_COMPATIBLE = (
    {"exam", "policy"},
    {"no_class", "schedule_range"},
    {"topic", "schedule_day"},
    {"late_rules", "policy"},
    {"extension", "policy"},
    {"regrade", "policy"},
    {"my_grace", "policy"},
)


def _is_context(reading: Reading) -> bool:
    return bool(_CONTEXT.match(reading.text)) and not reading.yes_no and not _ASKING & set(reading.tokens)


def _compatible(a: str, b: str) -> bool:
    """Two readings whose answers say the same thing need no "which do you mean?"."""
    return {a, b} in _COMPATIBLE


def _policy_for(lexicon: Lexicon, idea: str) -> str | None:
    """The policy whose keywords carry the most of an idea's cue phrases, if any."""
    hits: dict[str, float] = {}
    for phrase in CUES.get(idea, ()):
        for tag in lexicon.phrases.get(phrase_key(phrase), ()):
            if tag.kind == "policy":
                hits[tag.value] = hits.get(tag.value, 0.0) + tag.weight
    return max(hits, key=lambda k: hits[k]) if hits else None


def _confidence(score: float, margin: float) -> float:
    strength = max(0.0, min(1.0, (score - MIN_SCORE + 1.0) / 5.0))
    separation = max(0.0, min(1.0, margin / 3.0))
    return round(0.5 * strength + 0.5 * separation, 2)


def _class_kind(r: Reading) -> str | None:
    if "recitation" in r.cues:
        return "recitation"
    if "lecture" in r.cues or "guest" in r.cues:
        return "lecture"
    if "class" in r.cues:
        return "class"
    return None


def _negated(r: Reading) -> bool:
    """A yes/no question about something not happening ("is class cancelled friday?"): yes means it is off."""
    return "no_class" in r.cues and r.yes_no


def _role(r: Reading) -> str | None:
    for cue, role in _ROLE_CUES.items():
        if cue in r.cues:
            return role
    return None


def _fact(r: Reading) -> str | None:
    """What fact a question asks for, when it asks for one the data may hold or lack."""
    cues = r.cues
    kinds = {m.kind for m in r.mentions}
    exam = "exam" in kinds or "exam" in cues
    if "grading" in cues:
        return "grading"  # what an assignment or exam is worth, too
    if cues & {"extension", "regrade", "office_hours", "due", "release", "conflict"} or "assignment" in kinds:
        return None
    if "content" in cues and exam:
        return "exam_content"
    if "link" in cues or ("link" in kinds and "where" in cues):
        return "link"
    if "contact" in cues and (kinds & {"person"} or cues & {"staff", "role_instructor", "role_head_ta", "role_ta"}):
        return "email"
    if "where" in cues:
        if exam:
            return "exam_place"
        if "class" in cues:
            return "meeting_place"
    if "time_of" in cues:
        if exam:
            return "exam_time"
        if "class" in cues:
            return "meeting_time"
    asks_when = "when" in cues and "class" in cues and not cues & {"next", "last", "schedule", "cover", "no_class"}
    if asks_when and not r.times and not any(m.kind == "topic" for m in r.mentions) and not r.content:
        return "meeting_time"
    return None


# ---------------------------------------------------------------------------------------------- per course

_ENGINES: dict[int, tuple[weakref.ref, Engine]] = {}


def engine_for(course: Course) -> Engine:
    """The course's engine, built on first use and kept for as long as the Course value lives."""
    key = id(course)
    held = _ENGINES.get(key)
    if held is not None and held[0]() is course:
        return held[1]
    engine = Engine(course)
    _ENGINES[key] = (weakref.ref(course, lambda _ref, key=key, held=_ENGINES: held.pop(key, None)), engine)
    return engine


def warm(course: Course, now: dt.datetime | None = None) -> Engine:
    """Build the course's engine and load what is lazy (dateparser's data), so that no question pays for it."""
    from bot.understand.dates import warm_dateparser

    engine = engine_for(course)
    warm_dateparser(course)
    moment = now or course.at(course.term_first, dt.time(12, 0))
    for question in ("when is the next deadline?", "office hours friday 2pm", "can I use ChatGPT?"):
        engine.ask(question, moment)
    return engine


def read_question(
    course: Course,
    question: str,
    now: dt.datetime,
    *,
    section: str | None = None,
    form_urls: Mapping[str, str] | None = None,
    published: Mapping[str, dt.datetime] | None = None,
) -> Result:
    """The reading and the answer: what `coursebot ask --json` prints."""
    return engine_for(course).ask(question, now, section=section, form_urls=form_urls, published=published)


def answer_question(
    course: Course,
    question: str,
    now: dt.datetime,
    *,
    section: str | None = None,
    form_urls: Mapping[str, str] | None = None,
    published: Mapping[str, dt.datetime] | None = None,
) -> Answer:
    """Answer a free-text question: each part of it, or say plainly what it cannot answer and what it can."""
    return read_question(course, question, now, section=section, form_urls=form_urls, published=published).answer
