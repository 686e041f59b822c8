"""What backs a reading: the schedule rows and the policy a question's words point at (the course's own keywords
and the knowledge index), how many of its words nothing explains, and the fact it asks for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.core.kept import Kept
from bot.course.model import Course
from bot.understand.choosing.reader_gates import SEE_STAFF
from bot.understand.exams.exam_parts import PART_WORDS, sections_are_parts
from bot.understand.exams.exam_registration import LEAVING, REGISTER
from bot.understand.exams.missed_other_kind import missed_kind_rule
from bot.understand.exams.session_for_exam import asked_for_exam, rows_for_exam
from bot.understand.exams.unset_exams import unset_exam
from bot.understand.meetings.meeting_at_clock import bare_clock_asked
from bot.understand.meetings.missed_meeting import missed_meetings
from bot.understand.page_evidence.knowledge import Knowledge, stem
from bot.understand.people.role_held import asks_for_role, wanted_for
from bot.understand.people.see_staff import seeing_words, staff_words
from bot.understand.policies.named_rule import NEEDS, named_rule
from bot.understand.question.reading import Reading
from bot.understand.schedule.day_off_asked import holiday_qualifiers
from bot.understand.schedule.topic_heads import heads_after_topics
from bot.understand.words.materials import MATERIAL_WORDS
from bot.understand.words.near_names import near_name_words
from bot.understand.words.normalize import phrase_key
from bot.understand.words.vocabulary import ANYONE, STOPWORDS, THESAURUS
from bot.understand.work.counted_parts import counts_work_parts, work_named_alone

# Ideas that make an assignment named the subject itself, not a day of the schedule that mentions it.
_DEADLINE_IDEAS = frozenset({"due", "release", "late", "pool", "extension", "regrade", "grades", "whatif"})
# What the exam answer and its facts answer; an exam question with other words asks something else.
# Words asking what an exam hands out or lets students have, not when a topic is taught.
# "what does the course cover overall": the course over its whole span, not a topic called "overall"
_WHOLE_SPAN = frozenset({"overall", "broadly", "basically", "generally", "mainly", "mostly", "altogether"})
_PROVISION = frozenset({"provided", "given", "supplied", "allowed", "permitted", "handed"})
_STUDENT_WORDS = frozenset({"students", "student", "section", "sections", "people", "undergrads", "grads"})
# "am i allowed a dictionary in the exam": leave asked for a thing in an exam, with no other idea in the question
_PERMITTED = frozenset({"allowed", "permitted", "allow", "allows", "permit"})
_PERMISSION_CUES = frozenset({"policy", "students", "exam", "personal"})
_EXAM_ASKS = frozenset(
    {"when", "where", "time_of", "in_person", "exam_rules", "content", "absent", "grades", "changed", "next", "last"}
    | {"class", "howto", "grading", "link", "contact", "staff", "schedule", "cover", "policy", "required", "all"}
    | {"compare", "students"}
)
_EMAIL_WORDS = frozenset({"email", "emails", "mail", "address", "e"})
# Two policies closer than this are both offered ("which do you mean?").
POLICY_MARGIN = 0.5
# Mentions that name a thing of the course: a policy keyword that is only such a name is not policy evidence.
_NAMED = ("assignment", "exam", "person", "section", "period")
_WHEN_DUE = frozenset({"due", "when"})
# Words that say an exam is one, beside its name ("the final" + "exam")
_EXAM_WORDS = frozenset({"exam", "exams", "examination", "test", "tests"})


@dataclass
class Evidence:
    """What backs the readings of one part: topics, policy, the fact asked about, time."""

    topic_rows: list[int] = field(default_factory=list)
    topic_strength: float = 0.0
    topic_words: str = ""
    session_words: str = ""  # words of a one-off meeting asked about ("the extra midterm review")
    policy: str | None = None
    policy_strength: float = 0.0
    policy_rival: str | None = None  # another policy about as likely (then the engine asks which)
    rule_named: bool = False  # the policy is the rule asked for by its name ("explain the language pledge")
    unexplained: int = 0
    unexplained_words: tuple[str, ...] = ()  # those words, as read
    unknown_subject: bool = False  # "how late is the library open": what it is about is nothing of the course
    wanted_elsewhere: bool = False  # "is there a ta i can talk to about my housing": what for is nothing of the course
    fact: str | None = None


class EvidenceFinder:
    """Finds the evidence for readings of one course."""

    def __init__(self, course: Course, knowledge: Knowledge) -> None:
        self.course = course
        self.knowledge = knowledge
        # Words of one-off meetings ("extra", "midterm review"): what "the extra midterm review" is about.
        self.session_words = frozenset(
            w for c in course.meeting_changes if c.kind in ("extra", "move") for w in (*phrase_key(c.reason), c.kind)
        ) | frozenset(w for c in course.oh_changes if c.kind in ("extra", "move") for w in phrase_key(c.reason))
        self.staff_words = staff_words(course)

    def _about_named(self, policy_id: str, name: str) -> bool:
        """Whether a policy is about the thing of that name by its title or keywords (the forum's own policy)."""
        chosen = self.course.policy(policy_id)
        said = f"{chosen.title} {' '.join(chosen.keywords)}" if chosen else ""
        return bool(chosen) and set(phrase_key(name)) <= set(phrase_key(said))

    def _title_words(self, row: int) -> set[str]:
        """The stems of a schedule row's title and keywords (not its announcements or readings)."""
        found = self.course.schedule[row]
        return {stem(w) for w in phrase_key(" ".join((found.title, *found.keywords)))}

    def _keyword_words(self) -> dict[str, frozenset[str]]:
        """Each policy's own keywords' words (bot.understand.page_evidence.evidence._policy_keyword_words)."""
        course = self.course
        return _POLICY_KEYWORD_WORDS.get(course, "policy keyword words", lambda: _policy_keyword_words(course))

    def _about_working_together(self, policy_id: str) -> bool:
        """Whether a policy's words are about working with others at all (not only "each student")."""
        chosen = self.course.policy(policy_id)
        if chosen is None:
            return False
        said = " ".join((chosen.title, chosen.summary, chosen.quote, *chosen.keywords)).lower()
        return bool(_TOGETHER.search(said))

    def find(self, reading: Reading, *, broad: bool = False) -> Evidence:
        """Topics and policies the question's words point at, and how many words nothing explains.

        broad: search policies with the cue words too (when nothing else fits), asking two of them to match.
        """
        ev = Evidence()
        tokens = reading.tokens
        content = reading.content
        if broad:
            content = [t for t in tokens if t not in STOPWORDS and not t.isdigit()]
        named = [(m.start, m.end) for m in reading.mentions if m.kind in _NAMED and m.start >= 0]
        if reading.cues & _WHEN_DUE:
            # "are concert reports due on fridays": a series of work named with a due or when word is that work, not
            # a policy titled like it ("Concert reports")
            named += [(m.start, m.end) for m in reading.mentions if m.kind == "series" and m.start >= 0]
        if "compare" in reading.cues:
            named = []  # "<one number> vs <the other>": a policy whose keywords are both names is about comparing them
        exam_names = [(m.start, m.end) for m in reading.mentions if m.kind == "exam" and m.start >= 0]
        # "is there tutorial on easter monday": the day off named, not a row that names it ("Make-up for T1 (Easter
        # Monday)"), which is the question's topic only through other words of its own
        day_off_names = [(m.start, m.end) for m in reading.mentions if m.kind == "period" and m.start >= 0]
        day_asked = any(t.kind == "day" for t in reading.times)
        if day_asked and not broad:
            # "what's the reading for wednesday": that day's reading (a material of its row), searched in no rule
            content = [w for w in content if w not in _DAY_MATERIALS]
        topics: dict[int, float] = {}
        keyword_words: dict[str, dict[str, float]] = {}
        for m in reading.mentions:
            if m.start < 0:
                continue
            if m.kind == "topic" and _only_an_exam(tokens, m.start, m.end, exam_names):
                continue  # "when is the final exam": the exam named, not the row "Revision II and the final exam"
            if m.kind == "topic" and any(s <= m.start and m.end <= e for s, e in day_off_names):
                continue
            if m.kind == "topic":
                row = int(m.ids[0])
                topics[row] = max(topics.get(row, 0.0), m.weight)
            elif m.kind == "policy" and day_asked and set(tokens[m.start : m.end]) <= _DAY_MATERIALS:
                continue  # "what's the reading for wednesday": that day's reading, not the rule on textbooks
            elif m.kind == "policy" and not any(s <= m.start and m.end <= e for s, e in named):
                # A keyword that is only the name of something else ("10-405", "mini project") is that thing.
                words = keyword_words.setdefault(m.ids[0], {})
                for t in tokens[m.start : m.end]:
                    # "can I use github copilot for ...": what would be used is what the question is about.
                    weight = m.weight + (2.5 if t in reading.focus else 0.0)
                    words[t] = max(words.get(t, 0.0), weight)
        explained = {t for m in reading.mentions for t in tokens[m.start : m.end] if m.start >= 0}
        searched_words: dict[str, frozenset[str]] = {}
        whole: set[int] = set()
        ranks: dict[str, float] = {}
        best_topic = best_policy = None
        collaborating = "collaborate" in reading.cues and not broad
        if collaborating:
            # "work with other students": cue words, yet what the collaboration policy is about.
            content = [*content, "collaborate"]
        if content:
            named_policy = any(m.kind == "policy" for m in reading.mentions)
            synonyms = {w: THESAURUS[w] for w in content if w in THESAURUS}
            kinds = ("policy",) if broad else ("schedule", "policy")
            names = [i for m in reading.mentions if m.kind == "assignment" for i in m.ids]
            for hit in self.knowledge.search(content, kinds, 10, synonyms, names):
                if hit.coverage < 0.5 or (broad and len(hit.matched) < 2):
                    continue
                if collaborating and hit.kind == "policy" and not self._about_working_together(hit.key):
                    continue  # "work with a partner" against "late work ... each student": not about working together
                if hit.kind == "schedule":
                    row = int(hit.key)
                    if hit.coverage < 0.6 or self.course.schedule[row].kind in ("no_class", "break", "holiday"):
                        continue
                    if named_policy and not {stem(w) for w in hit.matched} & self._title_words(row):
                        continue  # "when is the excursion": the policy named so, not a row that only announces it
                    topics[row] = topics.get(row, 0.0) + 2.0 * len(hit.matched) + hit.extra
                    if hit.coverage == 1.0:
                        whole.add(row)  # "clustering": "Hierarchical clustering" too, not only "Clustering: k-means"
                    best_topic = best_topic or hit
                else:
                    searched_words[hit.key] = hit.matched
                    ranks[hit.key] = hit.rank
                    best_policy = best_policy or hit
        if not topics and "cover" in reading.cues and not reading.cues & _DEADLINE_IDEAS:
            # "which recitation goes over hw4 part a": the schedule rows that name the assignment.
            for m in reading.mentions:
                for assignment in m.ids if m.kind == "assignment" else ():
                    for row in self.knowledge.rows_naming.get(assignment, ()):
                        topics[row] = max(topics.get(row, 0.0), 4.0)
        if topics:
            top = max(topics.values())
            for row in whole:
                topics[row] = max(topics[row], 0.8 * top)
            rows = (r for r, w in topics.items() if w >= 0.8 * top)
            ev.topic_rows = sorted(rows, key=lambda r: self.course.schedule[r].date)
            held_for = self.course.exam(asked) if (asked := asked_for_exam(reading)) else None
            if held_for is not None and not (reading.yes_no and topic_on_exam(reading)):
                # (not "do we need to study the guest lecture for the final": whether that day is on it)
                # "when is the review lecture for the written final": that exam's review, never the other exams'
                ev.topic_rows = rows_for_exam(self.course, ev.topic_rows, held_for)
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
            # At the same strength, the policy named by its own keywords ("special consideration") before one whose
            # text only mentions them; the name is then what is asked, and the mention is no rival.
            named_by = {pid: sum(words.values()) for pid, words in keyword_words.items()}
            ordered = sorted(policies.items(), key=lambda kv: (-kv[1], -named_by.get(kv[0], 0.0), kv[0]))
            # "can I work in groups on hw1": the item named (hw1) is what is asked about, so another item's own rule
            # (the mini-project's, found by "groups") is not the answer; a rule of no item, or of that one, may be
            named_items = set(reading.ids("assignment"))
            if named_items:
                rule_of = _items_ruled(self.course)
                ordered = [kv for kv in ordered if not rule_of.get(kv[0], frozenset()) - named_items]
            if ordered:
                ev.policy, ev.policy_strength = ordered[0]
                only_mentioned = len(ordered) > 1 and named_by.get(ordered[0][0]) and not named_by.get(ordered[1][0])
                # "what do we wear for studio": a word of the dress code's own keywords ("what to wear"), which the
                # materials policy only mentions in a play's title, names the one; the mention is no rival
                own = self._keyword_words()
                asked = set(content)
                only_mentioned = only_mentioned or (
                    len(ordered) > 1
                    and bool(asked & own.get(ordered[0][0], frozenset()))
                    and not asked & own.get(ordered[1][0], frozenset())
                )
                if len(ordered) > 1 and ordered[0][1] - ordered[1][1] < POLICY_MARGIN and not only_mentioned:
                    ev.policy_rival = ordered[1][0]
        named = named_rule(self.course, reading.text) if not NEEDS.isdisjoint(tokens) else None
        if named is not None:
            # "explain the calculator rule": the policy whose own words name that rule, not one sharing "explain"
            ev.policy, ev.policy_strength, ev.policy_rival = named, max(ev.policy_strength, 5.0), None
            ev.rule_named = True
            explained |= set(tokens)
        for hit in (best_topic, best_policy):
            if hit is not None:
                explained |= hit.matched
        if ev.topic_rows:
            explained |= heads_after_topics(tokens, reading.mentions)  # "the stroop effect": the topic's name
        sessions = [w for w in reading.content if w in self.session_words and w not in explained]
        explained |= set(sessions)
        explained |= holiday_qualifiers(reading.tokens)  # "is nov 11 a public holiday": a kind of holiday
        if reading.course_named is not None:
            # "what does vet anatomy 2 cover": the course by its own name, no topic of it
            explained |= set(tokens[reading.course_named[0] : reading.course_named[1]])
        if reading.course_named is not None or "course" in reading.cues:
            explained |= _WHOLE_SPAN & set(tokens)  # "what does the class cover overall": all of it, no topic
        if day_asked:
            # "whats the reading for tuesdays lecture": one of that day's materials, a word of the schedule's rows
            explained |= _DAY_MATERIALS & set(reading.content)
        if reading.ids("person") and "office_hours" in reading.cues:
            explained |= _HOLDING & set(reading.content)  # "is dr x holding her office hours on friday": having them
        if SEE_STAFF.opens(reading.text):
            explained |= seeing_words(reading.text, self.staff_words)  # "can i catch the prof": their office hours
        role = next((m for m in reading.mentions if m.kind == "role"), None) if reading.yes_no else None
        if role is not None and asks_for_role(reading.tokens, role.start, role.end, timed=bool(reading.times)):
            # "is there a tutor i can ask about the readings": whether someone holds the role, whatever of the course
            # it is about; not "... about my housing" or "... my roommate problems", whose first word no text of the
            # course holds (no Yes with its TAs)
            wanted = wanted_for(reading.tokens, role.end)
            first = next((w for w in reading.tokens[role.end :] if w in wanted and w not in STOPWORDS), None)
            ev.wanted_elsewhere = first is not None and not self.knowledge.holds(first)
            if not ev.wanted_elsewhere:
                explained |= wanted
        # "is katy zang a TA": a near spelling of the named person's other name is that name
        explained |= near_name_words(
            self.course, reading.ids("person"), [w for w in reading.content if w not in explained]
        )
        ev.unexplained = sum(1 for w in reading.content if w not in explained)
        ev.unexplained_words = tuple(w for w in reading.content if w not in explained)
        unexplained = set(reading.content) - explained
        # "how old is geoff gordon": the attribute asked is no word of the course, whatever a search matched.
        ev.unknown_subject = _subject(reading) in unexplained or _attribute(reading) in set(reading.content)
        ev.fact = fact_asked(reading)
        if ev.fact and ev.fact.startswith("exam") and exam_only_a_policy(self.course, reading):
            ev.fact = None  # "is the final open book" where the final is only a policy: that policy
        if ev.fact == "exam_missed" and (rule := missed_kind_rule(self.course, reading)) is not None:
            # "how many spot quizzes can i miss" where spot quizzes are no exam: the rule on them, not the exams'
            ev.fact, ev.policy, ev.policy_strength, ev.policy_rival = None, rule, 5.0, None
        if ev.fact in ("exam_other", "exam_rules") and _PROVISION & set(reading.tokens) and reading.ids("exam"):
            # "is the moody chart provided in minor 1": a rule of that exam asked, not the day of the lecture
            ev.topic_rows, ev.topic_strength = [], 0.0
        if counts_work_parts(reading.tokens, reading.mentions):
            # "how many questions are on quiz 2": the quiz's card, not a topic or a policy holding the counted word
            ev.topic_rows, ev.topic_strength, ev.topic_words = [], 0.0, ""
            if work_named_alone(reading.tokens, reading.mentions):
                ev.policy, ev.policy_strength, ev.policy_rival = None, 0.0, None
        forum = self.course.forum
        if {"forum_place", "where"} <= reading.cues and forum is not None:
            # "where do we post questions (about hw5)": the course's policy about its forum, or the forum; not where
            # class meets, nor the day hw5 is on the schedule
            own = next((p.id for p in self.course.policies if self._about_named(p.id, forum.name)), None)
            ev.fact = None if own else "link"
            ev.policy, ev.policy_strength = (
                (own, max(ev.policy_strength, 4.0)) if own else (ev.policy, ev.policy_strength)
            )
            ev.policy_rival = None if own else ev.policy_rival
            ev.topic_rows, ev.topic_strength = [], 0.0
        # "is there a lecture on transformers": a topic asked about that the schedule does not have.
        asks_topic = "cover" in reading.cues or ("class" in reading.cues and (reading.yes_no or "when" in reading.cues))
        if not ev.topic_rows and ev.unexplained and asks_topic and not reading.times:
            ev.topic_words = " ".join(w for w in reading.content if w not in explained)
        elif not ev.topic_rows and sessions:
            ev.session_words = " ".join(sessions)  # "when is the extra midterm review": that one-off session
        elif not ev.topic_rows and not reading.content and not reading.mentions and not reading.times:
            # "where are the slides", "are the recordings posted": the materials the schedule lists over the term
            ev.topic_words = next((t for t in reading.tokens if t in MATERIAL_WORDS and t != "posted"), "")
        elif reading.yes_no and len(reading.tokens) >= 3 and reading.tokens[-1] in unexplained:
            # "is professor talwalkar nice", "is the exam hard": what the yes/no asks of its subject (the word
            # right after it, at the end) is nothing known. Not "... for job interviews": that is what it is for.
            before = reading.tokens[-2]
            ev.unknown_subject = before not in unexplained and before not in STOPWORDS
        return ev


_COPULAS = frozenset({"is", "are", "was", "were", "does", "do", "did", "will", "can", "could"})
_DETERMINERS = frozenset({"the", "a", "an", "my", "your", "our", "this", "that"})
_OPENERS = frozenset({"when", "where", "how", "late", "early", "long", "soon", "until", "till", "so"})
# "who is the president of cmu", "what is the meaning of life": after who/what the word is the subject only when
# the sentence ends there or goes on with "of ..." (not "what is the absolute latest ...").
_NAMING = frozenset({"who", "what", "which"})
_AFTER_NAME = frozenset({"of", "for", "at", "in", "on", "to", "with", "from"})
# Words for whoever it may be ("does everyone in the team get the same mark", "can anyone else use my badge"): the
# question is about what they do, never about an unknown thing they name.
_ANYONE = ANYONE | {"everyone", "everybody", "nobody", "each", "all"}


def _only_an_exam(tokens: list[str], start: int, end: int, exams: list[tuple[int, int]]) -> bool:
    """Whether a topic's words are an exam's name the question names, give or take words like "the"."""
    return any(
        all(s <= i < e or tokens[i] in STOPWORDS or tokens[i] in _EXAM_WORDS for i in range(start, end))
        and start < e
        and s < end
        for s, e in exams
    )


# A day's reading, a material its schedule row lists by its kind (slides and recordings are cue words already).
_DAY_MATERIALS = frozenset({"reading", "readings"})
# What a person does with their own help hours, said of them: whether they hold them, nothing else asked
_HOLDING = frozenset({"hold", "holds", "holding", "run", "runs", "running", "host", "hosts", "hosting"})


def _subject(reading: Reading) -> str | None:
    """The word a question is about, when it says so plainly: "is the library open" -> "library"."""
    tokens = reading.tokens[:8]
    for i in range(len(tokens) - 2):
        # "is the X ...", "how late is the X", "when is the X".
        opens = i == 0 or tokens[i - 1] in _OPENERS
        at = i + 2 if tokens[i + 1] in _DETERMINERS else i + 1
        if opens and tokens[i] in _COPULAS:
            return None if tokens[at] in _ANYONE else tokens[at]
        if i > 0 and tokens[i - 1] in _NAMING and tokens[i] in _COPULAS and at < len(tokens):
            after = reading.tokens[at + 1 : at + 2]
            if not after or after[0] in _AFTER_NAME:
                return tokens[at]
    return None


def _attribute(reading: Reading) -> str | None:
    """What a "how ... is" question asks of its subject: "how tall is the professor" -> "tall"."""
    tokens = reading.tokens
    if len(tokens) >= 3 and tokens[0] == "how" and tokens[2] in _COPULAS:
        return tokens[1]
    return None


# Words of a text about working with others: collaboration, partners, groups, whom one worked with.
_TOGETHER = re.compile(
    r"collaborat|partner|together|group|classmate|team|peer|worked with|work with|with (?:other|fellow) students"
)


# Studying a topic for an exam ("do we need to study the guest lecture for the final"): whether it is on the exam
_STUDYING = frozenset(
    {"study", "studying", "revise", "revising", "review", "reviewing", "learn", "learning", "know", "memorize"}
    | {"memorise", "prep", "prepare", "cram", "cramming"}
)
# An exam covering a topic named after it ("does the final cover the guest lecture")
_COVERING = frozenset({"cover", "covers", "covering", "include", "includes", "including", "test", "tests"})


def topic_on_exam(r: Reading) -> bool:
    """ "is the guest lecture on the final", "will gas laws be on midterm 2": a topic, then "on" an exam; "do we
    need to study the guest lecture for the final": a topic studied "for" an exam; "does the final cover the guest
    lecture": an exam, then a word of covering, then a topic."""
    topics = [m for m in r.mentions if m.kind == "topic" and m.start >= 0]
    exams = [m for m in r.mentions if m.kind == "exam" and m.start >= 0]
    studied = not _STUDYING.isdisjoint(r.tokens)
    for e in exams:
        before = r.tokens[max(0, e.start - 2) : e.start]
        if ("on" in before or (studied and "for" in before)) and any(t.end <= e.start for t in topics):
            return True
        if any(t.start >= e.end and not _COVERING.isdisjoint(r.tokens[e.end : t.start]) for t in topics):
            return True
        # "what does the midterm cover, is virology on it": a topic after the exam, then "on" the exam said again
        if any(t.start >= e.end and r.tokens[t.end : t.end + 2] in (["on", "it"], ["on", "that"]) for t in topics):
            return True
    return False


# What a yes/no question of the forum holds beside it: "is there a forum for questions about the module"
_FORUM_ASKED = frozenset({"course", "class", "cover", "forum_place"})

# An exam's own kind of name ("the final"), not the generic "exam" a policy on exams holds too.
_EXAM_KIND_WORDS = frozenset({"final", "finals", "midterm", "midterms", "midsem", "quiz", "test"})


_POLICY_TITLE_WORDS: Kept[dict[str, frozenset[str]]] = Kept(size=32)
_POLICY_KEYWORD_WORDS: Kept[dict[str, frozenset[str]]] = Kept(size=32)


def _policy_keyword_words(course: Course) -> dict[str, frozenset[str]]:
    """Each policy's own keywords' words beyond the everyday ones, read once per course."""
    return {
        p.id: frozenset(w for k in p.keywords for w in phrase_key(k) if w not in STOPWORDS) for p in course.policies
    }


def _policy_title_words(course: Course) -> dict[str, frozenset[str]]:
    """Each policy's title words, read once per course (not per question: a large course has many)."""
    return {p.id: frozenset(phrase_key(p.title)) for p in course.policies}


def exam_only_a_policy(course: Course, r: Reading) -> bool:
    """ "is the final open book" where the final is no exam of the data but a policy of its own ("Final exam: in the
    April exam period"): the policy is what is asked about, never another exam's rules or times."""
    if any(m.kind == "exam" for m in r.mentions):
        return False
    titles = _POLICY_TITLE_WORDS.get(course, "policy title words", lambda: _policy_title_words(course))
    # the policy named by an exam's word first: most questions name none, and the unset exams are then not read
    named = any(
        r.tokens[i] in _EXAM_KIND_WORDS and r.tokens[i] in titles.get(pid, set())
        for m in r.mentions
        if m.kind == "policy"
        for pid in m.ids
        for i in range(m.start, m.end)
    )
    # an exam the page has not set yet, with its "not on the page" note: bot.understand.exams.exam_unset
    return named and unset_exam(course, r.text) is None


# What a class meeting leaves behind: "where are the lecture slides" asks where those are, not where lecture is held
_MATERIALS = frozenset(
    {"slides", "slide", "recordings", "recording", "videos", "video", "notes", "handouts", "handout", "materials"}
    | {"podcasts", "podcast", "transcripts", "transcript", "worksheets", "worksheet", "powerpoints", "pdfs", "vods"}
)


def materials_of_meeting(r: Reading) -> bool:
    """Whether a kind of class meeting is named only as whose materials are asked: "the lecture slides", "tutorial
    recordings", "recordings of the lectures", "the slides from lecture"."""
    for m in r.mentions:
        if m.kind != "kind":
            continue
        after = r.tokens[m.end : m.end + 1]
        before = r.tokens[max(0, m.start - 3) : m.start]
        if (after and after[0] in _MATERIALS) or (
            len(before) >= 2 and before[-1] in ("the", "of", "for", "from") and not _MATERIALS.isdisjoint(before[:-1])
        ):
            return True
    return False


def _topic_named(r: Reading) -> bool:
    """Whether the question names a schedule topic by words of its own, not only by a word of a kind of meeting's name
    ("data" of "when is the data clinic" is the clinic's name)."""
    kinds = [m for m in r.mentions if m.kind == "kind"]
    return any(
        m.kind == "topic"
        and not any(k.start <= m.start and m.end <= k.end and k.end - k.start > m.end - m.start for k in kinds)
        for m in r.mentions
    )


# "is the survey graded", "does hw1 count toward the grade", "will the quiz be graded by TAs": whether (or how) the
# work is graded, asked of the work itself; no grade questioned, so never a regrade ("is hw1 graded yet": grades out)
_GRADED_OR_NOT = re.compile(
    r"\b(?:is|are|was|were|will|would|does|do|did)\s+(?:[\w-]+\s+){0,5}?(?:be\s+)?"
    r"(?:graded|marked|counted|for\s+(?:a\s+)?(?:grade|credit|marks?|points)|counts?\s+(?:toward|towards|for|to|in)"
    # "does the peer review affect my grade": whether it counts, said as what it does to the grade
    r"|(?:affect|impact|change|influence)s?\s+(?:my|the|your|our|a)\s+(?:final\s+|overall\s+|course\s+)?"
    r"(?:grade|mark|score|average))\b"
    r"(?!\s+(?:yet|already|back|wrong|incorrectly|unfairly))"
)


# whether it counts at all, not by whom ("graded by TAs": who grades, bot.understand.work.who_grades)
_GRADED_OR_ITS_WEIGHT = re.compile(_GRADED_OR_NOT.pattern + r"(?!\s+(?:by|with|on|using)\b)")


_RULED: Kept[dict[str, frozenset[str]]] = Kept(size=8)


def _items_ruled(course: Course) -> dict[str, frozenset[str]]:
    """The policies that are one piece of work's own rule (its title or id is the work's: "Mini-project"), by id,
    with the assignments they are the rule of."""

    def build() -> dict[str, frozenset[str]]:
        def key(words: str) -> str:
            return re.sub(r"[^a-z0-9]", "", words.lower())

        items: dict[str, set[str]] = {}
        for a in course.assignments:
            items.setdefault(key(a.title), set()).add(a.id)
            items.setdefault(key(a.id), set()).add(a.id)
        out = {}
        for p in course.policies:
            ruled = items.get(key(p.title), set()) | items.get(key(p.id), set())
            if ruled:
                out[p.id] = frozenset(ruled)
        return out

    return _RULED.get(course, "items-ruled", build)


def asks_if_graded(text: str) -> bool:
    """Whether the question asks if (or how) a piece of work is graded or counts, rather than questioning a grade."""
    return _GRADED_OR_NOT.search(text) is not None


def _room_stated(r: Reading) -> bool:
    """Whether the question states a place of the course right after "in" or "at" ("in k-101", "in the great
    hall")."""
    for m in r.mentions:
        if m.kind != "place" or m.start <= 0:
            continue
        before = r.tokens[max(0, m.start - 2) : m.start]
        if before[-1:] in (["in"], ["at"]) or (before[-1:] == ["the"] and before[:1] in (["in"], ["at"])):
            return True
    return False


def fact_asked(r: Reading) -> str | None:
    """What fact a question asks for, when it asks for one the data may hold or lack."""
    cues = r.cues
    # "the gitlab link" where GitLab is the course's site and "Git Lab" a piece of work: the site's link is asked
    sites = {(m.start, m.end) for m in r.mentions if m.kind == "link"} if "link" in cues else set()
    kinds = {
        m.kind
        for m in r.mentions
        if (m.kind != "exam" or not m.relation) and not (m.kind == "assignment" and (m.start, m.end) in sites)
    }
    dated_by_exam = any(m.kind == "exam" and m.relation for m in r.mentions)
    exam = "exam" in kinds or ("exam" in cues and not dated_by_exam)  # "marco's midterm review" is no exam
    graded_work = "assignment" in kinds and "grades" in cues and _GRADED_OR_ITS_WEIGHT.search(r.text)
    if ("grading" in cues or graded_work) and not cues & {
        "pool",
        "regrade",
    }:
        # what an assignment or exam is worth, too ("do grace days count for X" is not, nor "marked wrong"); "is the
        # survey graded" asks whether it counts, so its weight answers it
        return "grading"
    if "where" in cues and "due" in cues and not exam and not r.times and not cues & {"regrade", "extension"}:
        return "submission"  # "where do I turn in problem sets": the course's submission site
    # "is hw2 graded by friday": grades held against a day ask when they come out, not when the work is due
    bounds = (*(t.relation for t in r.times), *(m.relation for m in r.mentions if m.kind == "period"))
    graded_by = r.yes_no and "due" not in cues and bool({"by", "before", "until"} & set(bounds))
    if "grades" in cues and (cues & {"release", "when"} or graded_by) and "regrade" not in cues:
        return "grades_out"  # "when will midterm grades be released", "when will ps4 grades be out"
    if (
        exam
        and "absent" in cues
        and "conflict" not in cues
        and not r.times
        and not missed_meetings(r.tokens, r.mentions)
    ):
        return "exam_missed"  # "what happens if I miss the final"
    if exam and r.yes_no and topic_on_exam(r) and not cues & {"due", "release", "grades", "late"}:
        return "exam_content"  # "is hess's law on midterm 2": whether a day of the schedule is on it
    if (
        any(m.kind == "exam" and m.start >= 0 and not m.relation for m in r.mentions)
        and "due" in cues
        and "assignment" not in kinds
        and not cues & {"late", "extension", "conflict"}
        and REGISTER.search(r.text)
        and not LEAVING.search(r.text)  # "... and till when can i withdraw": the course's rule on both, not the exam's
    ):
        # "deadline to register for the resit": the exam's own rules on registering and the course's deadline for it
        # (an exam named in these words: one carried from an earlier part may be a sitting of it, its form the way)
        return "exam_rules"
    if cues & {"extension", "regrade", "office_hours", "due", "release", "conflict"} or "assignment" in kinds:
        return None
    if exam and "link" in cues and "link" not in kinds and REGISTER.search(r.text):
        return "exam_rules"  # "how do i sign up for a jury slot": the exam's own rules on signing up, not a site
    # "provided in the final": a bare "in" is no question about students or sections; "how many sections does the
    # final have", no section named nor the asker's own: the exam's parts
    exam_parts = exam and "section" not in kinds and sections_are_parts(r.tokens)
    bare_in = "students" in cues and not (_STUDENT_WORDS - (PART_WORDS if exam_parts else set())) & set(r.tokens)
    if exam and r.content and not (cues - ({"students"} if bare_in else set())) & _EXAM_ASKS and not r.times:
        return "exam_other"  # "what's the exam format", "is the midterm hard": what the exam data does not hold
    # "register for the exam, and till when can i withdraw": the course's rule on both, not the exam's own rules
    leaving = REGISTER.search(r.text) is not None and LEAVING.search(r.text) is not None
    if "exam_rules" in cues and exam and not leaving:
        return "exam_rules"  # "a calculator on the final": what may be brought, not what it covers
    if exam and r.content and not r.times and _PERMITTED & set(r.tokens) and not cues - _PERMISSION_CUES:
        return "exam_other"  # "is a dictionary allowed in the exam": what the exam's own rules say of that thing
    asks_what = "what" in r.tokens and "about" in r.tokens  # "what is the midterm about"; not "tell me about it"
    about = asks_what or bool({"cover", "covers", "covered", "covering", "topics", "material"} & set(r.tokens))
    if exam and ("content" in cues or about or r.tokens[-1:] == ["on"]):
        return "exam_content"  # "what's on the midterm", "what's exam 1 on", "what does the final cover"
    if "link" in cues or ("link" in kinds and "where" in cues):
        return "link"
    if "link" in kinds and r.yes_no and not cues - {"course", "class", "forum_place"} and not r.content:
        return "link"  # "is there a piazza", "do we have a forum": the site, if the course has it
    if "link" in kinds and r.yes_no and "forum_place" in cues and not cues - _FORUM_ASKED:
        return "link"  # "is there a forum for questions about the module": the forum, whatever the questions are on
    addressed = bool(_EMAIL_WORDS & set(r.tokens)) or "staff" in r.tokens
    if "contact" in cues and (kinds & {"person", "role"} or ("staff" in cues and addressed)):
        return "email"  # "who should i contact about accommodations" is the accommodations policy
    # "where's the next lecture" is about one meeting (the next class answer has its room), not where class meets.
    one_meeting = bool(cues & {"next", "last"})
    # "is lecture in k-101", "is seminar in the great hall": a yes/no stating the room, asks where it meets (with a
    # day, "is the colloquium on wednesday in eb 222", whether it meets that day too: that day's reading)
    room_stated = r.yes_no and not exam and not r.times and _room_stated(r)
    if "where" in cues or ("in_person" in cues and not exam) or room_stated:
        if exam:
            return "exam_place"
        if "class" in cues and not one_meeting and not materials_of_meeting(r):
            return "meeting_place"
    # a clock alone: "is wednesday's lecture at 8:15" is that day's meeting, read as a day's
    clocked = bool(r.times) and all(t.kind == "time" and not t.window for t in r.times) and not r.content
    clocked = clocked or (not r.times and not r.content and bare_clock_asked(r.text) is not None)
    if clocked and r.yes_no and not exam and "class" in cues and not one_meeting and not cues - {"class", "time_of"}:
        return "meeting_time"  # "is lecture at 11am", "does lab start at 2": whether it starts then
    during_class = "class" in cues and bool({"during", "in"} & set(r.tokens))
    if "time_of" in cues:
        # "is the final during class time", "can i take the final at a different time": the exam's own yes/no
        if exam and not during_class and "changed" not in cues:
            return "exam_time"
        if exam:
            return None
        if "class" in cues and not one_meeting:
            return "meeting_time"
    asks_when = "when" in cues and "class" in cues and not cues & {"next", "last", "schedule", "cover", "no_class"}
    if asks_when and not r.times and not _topic_named(r) and not r.content:
        return "meeting_time"
    return None
