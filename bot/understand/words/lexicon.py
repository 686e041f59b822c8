"""What a course's words point at, built once per course: every name, alias, keyword and title in its data,
as phrases to look up, plus the cue phrases of bot.understand.words.vocabulary and a vocabulary for typo repair.

"HW 4 part b", "homework four part b" and "hw4b" all reach the same assignment through a canonical key;
"katie's" reaches Katie Zhang; "spring break" is a named stretch of days; "count min sketch" a schedule row.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from bot.course.model import NO_CLASS_KINDS, WEEKDAYS, Course
from bot.understand.times.changed_weeks import changed_stretches
from bot.understand.times.day_off_names import short_day_off_names
from bot.understand.times.holidays import EASTER_DAYS, SAINT_SHORT_FORMS, holiday_name_forms
from bot.understand.times.kind_blocks import SPAN_WORDS, kind_blocks
from bot.understand.times.time_phrases import MONTHS, NUMBER_WORDS, ORDINAL_WORDS
from bot.understand.times.weeks import monday_of
from bot.understand.words.class_time import class_time_words
from bot.understand.words.clipped_words import clipped_forms
from bot.understand.words.derived_words import derived_word
from bot.understand.words.english import ordinary, takes_es
from bot.understand.words.help_hours_names import shortened_names
from bot.understand.words.near_words import NearWords
from bot.understand.words.normalize import holds_phrase, phrase_key, plain, words
from bot.understand.words.own_words import own_words, pool_head_nouns
from bot.understand.words.section_names import sectioned_kind, sections_head_word, spoken_section_names
from bot.understand.words.titles import course_titles
from bot.understand.words.vocabulary import (
    COMMON_WORDS,
    CONTRACTIONS,
    CUES,
    EVERYDAY_WORDS,
    LEAD_ROLE_WORDS,
    SLANG,
    STOPWORDS,
    THESAURUS,
)

MAX_PHRASE = 6
PLATFORM = "platform:"  # link ids of the course's platforms (its forum, its submission site)
# Canonical assignment keys: "homework 4 part b" -> "hw4b" (as bot.core.matching.canonical does).
_CANON_WORDS = {
    "homework": "hw",
    "assignment": "hw",
    "assignments": "hw",
    "part": "",
    "number": "",
    "num": "",
    "no": "",
}
_DIGITS = {word: str(n) for word, n in NUMBER_WORDS.items() if len(word) > 2 and n < 20}
NUMBERED = re.compile(r"^([a-z]+?)(\d{1,2})([a-z]?)$")
# A unit's name weighs less than a day's own title ("regularization" is that day, not its whole unit).
UNIT_WEIGHT = 0.75
_SEGMENTS = re.compile(r"\s*(?:[:,;&+()/]|\band\b|\bwith\b|\bvs\b)\s*")
_TYPO_MEMO_LIMIT = 20_000
_PERIOD_WORDS = frozenset({"spring", "fall", "autumn", "winter", "summer", "break", "recess", "holiday", "classes"})
# The words a stretch of days off ends in, one as good as another: the page's "Mid-term vacation" is the student's
# "mid term break", its "Spring Break" their "spring recess".
_DAYS_OFF_WORDS = ("break", "recess", "vacation", "holidays")
_EASTER_NAMES = (
    ("easter",),
    ("easter", "weekend"),
    ("easter", "long", "weekend"),
    ("easter", "break"),
    ("easter", "holiday"),
    ("easter", "holidays"),
    ("easter", "recess"),
)
_TIME_WORDS = (
    *MONTHS,
    *WEEKDAYS,
    *NUMBER_WORDS,
    *ORDINAL_WORDS,
    "today",
    "tonight",
    "tomorrow",
    "yesterday",
    "week",
    "weeks",
    "weekend",
    "month",
    "semester",
    "term",
    "noon",
    "midnight",
    "hours",
    "minutes",
    "days",
    *SAINT_SHORT_FORMS,  # "patty's day" is St Patrick's, never a typo of "party"
)


def own_shorthand(course: Course) -> frozenset[str]:
    """The course's own short names of its meeting kinds that chat English spells out as another word ("sem" of a
    Seminar, which chat reads as "semester"): kept as typed, so "semester" never names the seminar and "sem" still
    does. A short name that spells out to the kind's own name ("lec" of a Lecture) needs no keeping."""
    kinds = {
        k.id: {w for n in (k.id.replace("_", " "), k.name, k.plural) for w in phrase_key(n)}
        for k in course.meeting_kinds
    }
    named = [(alias, kinds[kind.id]) for kind in course.meeting_kinds for alias in kind.aliases]
    # "sem" = "seminar" among the course's synonyms, of a meeting kind
    named += [
        (phrase, own)
        for phrase, meaning in course.synonyms.items()
        for own in kinds.values()
        if set(phrase_key(meaning)) <= own
    ]
    kept: set[str] = set()
    for alias, own in named:
        literal = words(plain(alias))
        if len(literal) == 1 and literal[0] in SLANG and not set(phrase_key(alias)) <= own:
            kept.add(literal[0])
    return frozenset(kept)


@dataclass(frozen=True)
class Tag:
    """What a phrase means: a cue idea, or an entity of the course (kind + id), with a weight."""

    kind: str  # cue | person | exam | section | policy | topic | period | link | kind (of meeting) | role
    value: str
    weight: float = 1.0


@dataclass(frozen=True)
class Period:
    """A named stretch of the schedule without class ("Spring Break", Mar 4 – Mar 8)."""

    key: str
    name: str
    first: dt.date
    last: dt.date
    held: bool = False  # classes still meet, changed (an e-learning week), not days off
    marked_last: dt.date | None = None  # the last day the page itself marks, when `last` runs on to the week's end

    @property
    def last_marked(self) -> dt.date:
        """The last day the page marks as off ("reading week" May 18-21), not the Sunday its whole week runs to."""
        return self.marked_last or self.last


def canon_token(token: str) -> str:
    return _CANON_WORDS.get(token, _DIGITS.get(token, token))


def plural(name: str) -> str:
    """A name's last word in the plural ("lab report" -> "lab reports", "quiz" -> "quizzes")."""
    *rest, last = name.split(" ")
    return " ".join((*rest, _plural(last)))


def _plural(name: str) -> str:
    """ "sections", "plenaries", "labs": a kind's plural where the data gives only the singular."""
    if name.endswith("y") and name[-2:-1] not in ("a", "e", "i", "o", "u"):
        return name[:-1] + "ies"
    if name.endswith("z"):
        return name + "zes"  # "quizzes"
    return name + ("es" if name.endswith(("x", "ch", "sh", "s")) else "s")


def _other_number(key: tuple[str, ...]) -> tuple[str, ...]:
    """A phrase with its last word in the other number ("repeats" -> "repeat", "resit" -> "resits"); () if none."""
    if not key or not key[-1].isalpha() or len(key[-1]) < 3:
        return ()
    last = key[-1]
    if last.endswith("s") and not last.endswith("ss"):
        return (*key[:-1], last[:-1])
    return (*key[:-1], _plural(last))


def canon_key(tokens: Iterable[str]) -> str:
    return "".join(canon_token(t) for t in tokens)


def _numbered_by_kind_names(names: list[tuple[str, ...]], kind_names: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """A numbered row named by its kind ("Practical 5") by every other name of that kind ("prac 5", "lab 5"), as
    students shorten it."""
    out: list[tuple[str, ...]] = []
    for key in names:
        said = next((k for k in kind_names if key[: len(k)] == k and key[len(k) :] and key[len(k)].isdigit()), None)
        if said is not None:
            number = key[len(said) :]
            out += [(*k, *number) for k in kind_names if k != said and (*k, *number) not in names + out]
    return out


def _segments(title: str) -> list[tuple[str, ...]]:
    keys = [phrase_key(part) for part in _SEGMENTS.split(title)]
    return [k for k in keys if k]


_VOWELS = frozenset("aeiouy")


def _vowel_slip(typed: str, candidate: str) -> bool:
    """Whether a word differs from the typed one only by vowels written for other vowels ("calculater" of
    "calculator", not of "calculated"): the likeliest slip, as unstressed vowels all sound alike."""
    if len(typed) != len(candidate):
        return False
    slips = [(a, b) for a, b in zip(typed, candidate, strict=True) if a != b]
    return bool(slips) and all(a in _VOWELS and b in _VOWELS for a, b in slips)


# Endings written as they sound: "-icle" of "-ical" ("practicle"), "-ail" of "-ial" ("tutorail")
_SOUNDED_ENDINGS = (("icle", "ical"), ("ail", "ial"))


def _ending_sounded(word: str) -> str:
    """The word with an ending written as it sounds put back to its spelling ("practicles": "practicals"), or ""."""
    stem, plural = (word[:-1], "s") if word.endswith("s") else (word, "")
    return next((stem[: -len(a)] + b + plural for a, b in _SOUNDED_ENDINGS if stem.endswith(a)), "")


def _own_word(word: str) -> bool:
    """A word that names one thing of the course alone: no everyday word, no function word, four letters or more."""
    return len(word) >= 4 and word.isalpha() and word not in COMMON_WORDS | EVERYDAY_WORDS | STOPWORDS


def _named_by_words(course: Course) -> dict[str, tuple[str, ...]]:
    """Words the course's items are known by besides their names: a title's segments ("snow pits" of "Practical
    sheet 1: Snow pits"), words several titles share ("field log" of "Field log (Nord)" and "Field log (Süd)":
    both), and a part only one item has ("poster" of the project). One word alone counts only when it is
    no everyday word ("data" is not the project)."""
    named: dict[str, list[str]] = defaultdict(list)

    def name(tokens: tuple[str, ...], item: str) -> None:
        if not tokens or all(w in STOPWORDS for w in tokens):
            return
        if len(tokens) == 1 and (tokens[0] in COMMON_WORDS | EVERYDAY_WORDS | STOPWORDS or len(tokens[0]) < 4):
            return
        for key in {canon_key(tokens), canon_key((*tokens[:-1], tokens[-1] + "s"))}:
            if item not in named[key]:
                named[key].append(item)

    for item in course.assignments:
        for title in (item.title, item.short):
            for segment in _segments(title):
                name(segment, item.id)
    parts: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for item in course.assignments:
        for part in item.parts:
            parts[phrase_key(part)].append(item.id)
    for key, items in parts.items():
        if len(items) == 1:
            name(key, items[0])
    return {k: tuple(v) for k, v in named.items()}


_WEEKDAY_NAMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


# Common grading vocabulary: a typo of one of these is repaired to it on every course. ("passed", "scaled" and
# "cutoff" are left out: they read as the cue words "passes", "scale" and "cutoffs", as they always did.)
GRADING_WORDS = frozenset(
    {"pass", "passing", "fail", "failing", "failed", "curve", "curved", "curving", "grade", "grades", "graded"}
    | {"grading", "letter", "scale", "rounded", "rounding", "cutoffs", "percent", "percentage", "minimum", "hurdle"}
    | {"overall", "average", "weighted", "weight", "points", "marks", "marked"}
)


class Lexicon:
    """Every phrase of one course, and the words it knows."""

    def __init__(self, course: Course) -> None:
        self.course = course
        phrases: dict[tuple[str, ...], list[Tag]] = defaultdict(list)

        def add(key: tuple[str, ...], tag: Tag) -> None:
            if key and len(key) <= MAX_PHRASE and tag not in phrases[key]:
                phrases[key].append(tag)

        for idea, cue_phrases in CUES.items():
            for phrase in cue_phrases:
                add(phrase_key(phrase), Tag("cue", idea))

        # Assignments: canonical keys of every name; a group name ("hw4") names all its parts.
        self.assignment_keys: dict[str, tuple[str, ...]] = {}
        found: dict[str, list[str]] = defaultdict(list)
        for item in course.assignments:
            for name in (item.id, item.title, item.short, *item.aliases):
                named = phrase_key(name)
                # "the map exercise": a question's name is read from its first word that is no article
                if len(named) > 1 and named[0] == "the":  # never "a" of "a 1": that is A1
                    named = named[1:]
                key = canon_key(named)
                if key and item.id not in found[key]:
                    found[key].append(item.id)
        for item in course.assignments:
            if item.group:
                key = canon_key(phrase_key(item.group))
                members = [a.id for a in course.assignments if a.group == item.group]
                found[key] = list(dict.fromkeys([*found.get(key, []), *members]))
        for key, ids in _named_by_words(course).items():
            if key not in found:
                found[key] = list(ids)
        self.assignment_keys = {k: tuple(v) for k, v in found.items()}
        # Numbered kinds ("hw" of "hw3"): "hw9" is then an assignment that does not exist, not a word.
        self.numbered_prefixes = frozenset(
            m.group(1) for key in self.assignment_keys if (m := NUMBERED.match(key)) is not None
        )
        self.kind_words = frozenset(a.kind for a in course.assignments)

        titles = course_titles(course)  # a title a name carries ("Prof. Anirban Sengupta") names no one alone
        for person in course.people:
            full = phrase_key(person.name)
            add(full, Tag("person", person.id, 2.0 + len(full)))
            # a word of the name as written: "Oh" of "Min-jun Oh" is respelled "office hours", and neither "office"
            # nor "hours" alone names Min-jun Oh
            written = {
                w for t in (plain(person.name), plain(person.name).replace("'", "")) for w in re.findall(r"[a-z]+", t)
            }
            for part in full:
                if len(part) >= 3 and part not in titles and part in written:  # "professor" alone names a role
                    add((part,), Tag("person", person.id, 1.0))
            for alias in person.aliases:
                add(phrase_key(alias), Tag("person", person.id, 1.5))
        for exam in course.exams:
            for name in (exam.id, exam.title, *exam.aliases):
                add(phrase_key(name), Tag("exam", exam.id, 2.0))
        for key, exam_ids in _exam_series(course).items():
            # "the class test dates", "when are the minors": every exam of that numbered name
            for form in (key, (*key[:-1], _plural(key[-1]))):
                if not phrases.get(form):
                    for exam_id in exam_ids:
                        add(form, Tag("exam", exam_id, 1.5))
        ids = course.section_ids()
        for section in course.sections:
            for name in (section.id, section.name, *section.aliases):
                add(phrase_key(name), Tag("section", section.id, 2.0))
            tail = phrase_key(section.id)[-1:]
            if tail and tail[0].isdigit() and len(tail[0]) >= 3 and sum(s.endswith(tail[0]) for s in ids) == 1:
                add(tail, Tag("section", section.id, 1.5))
        for key, section_id in spoken_section_names(course):
            # "übung 4", "tutorial 4": only where no other thing of the course is so named
            if not phrases.get(key) and canon_key(key) not in self.assignment_keys:
                add(key, Tag("section", section_id, 1.5))
        # A policy's keywords name it more surely than words of its title ("homework" is in many questions).
        for policy in course.policies:
            for name in (policy.title, policy.id.replace("-", " ")):
                add(phrase_key(name), Tag("policy", policy.id, 1.0))
            for keyword in policy.keywords:
                add(phrase_key(keyword), Tag("policy", policy.id, 1.5))
        acronyms: dict[str, set[int]] = defaultdict(set)
        self.periods: dict[str, Period] = {}
        # Multi-word names of days off that hold a date word ("whit monday", "good friday"): read as the day off,
        # not as the coming weekday. Kept by first word: a question is tried only on the names whose first word it has.
        dated_by_first: dict[str, list[re.Pattern[str]]] = defaultdict(list)
        # One word of a day off's label ("thanksgiving", "okafor", "reading") names that day only where the question
        # is about the occasion: kept apart so the reader can tell ("reading list" is not "reading week").
        self.label_words: set[str] = set()
        # A person's name names the person, and a kind of meeting or a cue word its own thing ("lecture" of "No
        # lecture: Dr. Okafor away" is any lecture).
        name_words = {w for person in course.people for w in phrase_key(person.name)}
        kinds = [n for k in course.meeting_kinds for n in (k.id, k.name, k.plural, *k.aliases)]
        name_words |= {w for n in kinds for w in phrase_key(n)}
        name_words |= {p[0] for phrases_ in CUES.values() for p in map(phrase_key, phrases_) if len(p) == 1}
        for period, keys in _periods(course):
            self.periods[period.key] = period
            keys = [k for k in keys if len(k) > 1 or k[0] not in name_words]
            self.label_words |= {k[0] for k in keys if len(k) == 1 and len(phrase_key(period.name)) > 1}
            for key in keys:
                if len(key) > 1:
                    pattern = re.compile(r"\b" + r"\s+".join(map(re.escape, key)) + r"\b")
                    dated_by_first[key[0]].append(pattern)
            for key in keys:
                add(key, Tag("period", period.key, 2.0))
        for kind_name in kinds:
            # "are the friday site visits mandatory": a kind the course names by its weekday is that kind, no date
            key = phrase_key(kind_name)
            if len(key) > 1 and key[0].removesuffix("s") in _WEEKDAY_NAMES:
                pattern = re.compile(r"\b" + r"\s+".join(map(re.escape, key)) + r"(?:s|es)?\b")
                dated_by_first[key[0]].append(pattern)
        course_words = {w for row in course.schedule for w in phrase_key(row.title)} | set(phrase_key(course.name))
        for key_, label, first, last in changed_stretches(course):
            # "during e-learning week": a stretch only the meeting changes name, its classes held but changed
            if key_ not in self.periods:
                self.periods[key_] = Period(key_, label, first, last, held=True)
                add(phrase_key(label), Tag("period", key_, 2.0))
                for word in _stretch_words(label, name_words | course_words):
                    add((word,), Tag("period", key_, 2.0))  # "during the fast" of "Fast timetable"
        self.block_periods: dict[str, str] = {}  # a meeting kind held day after day: the stretch of its block
        for block in kind_blocks(course):
            # "the lab week", "the practical block": a kind's days in a row, a stretch with the classes held
            key_ = next((k for k, p in self.periods.items() if p.first <= block.first and block.last <= p.last), None)
            if key_ is None or (self.periods[key_].last - self.periods[key_].first).days > 13:
                key_ = f"{block.kind}-block"
                name = course.kind_name(block.kind, plural=True)  # "during Archive visits"
                self.periods[key_] = Period(key_, name, block.first, block.last, held=True)
            self.block_periods[block.kind] = key_
            for head in _block_heads(course, block.kind):
                for word in SPAN_WORDS:
                    add((*head, word), Tag("period", key_, 2.0))
        kind_names_by_id = {
            k.id: [key for n in (k.id.replace("_", " "), k.name, *k.aliases) if (key := phrase_key(n))]
            for k in course.meeting_kinds
        }
        for index, row in enumerate(course.schedule):
            if row.kind in NO_CLASS_KINDS or row.exam_id:
                continue
            names = [phrase_key(row.title), *_segments(row.title)]
            names += [phrase_key(k) for k in row.keywords]
            names += [phrase_key(r.label) for r in row.resources if r.kind == "reading"]
            names += _numbered_by_kind_names(names, kind_names_by_id.get(row.kind, ()))
            for key in _unit_names(row.unit.title) if row.unit is not None else ():
                # "the thermochemistry unit": each of its days, a little below a day named so itself
                if key not in names:
                    add(key, Tag("topic", str(index), UNIT_WEIGHT + len(key)))
            for key in names:
                if key and not all(w in STOPWORDS for w in key):
                    add(key, Tag("topic", str(index), 1.0 + len(key)))
                    if len(key) > 1 and not key[-1].endswith("s"):
                        add((*key[:-1], key[-1] + "s"), Tag("topic", str(index), 1.0 + len(key)))  # "practice exams"
            # "LDA" for "Linear discriminant analysis": the initials of a name of three words or more.
            for key in names:
                initials = "".join(w[0] for w in key if w not in STOPWORDS and not w.isdigit())
                if len(initials) >= 3 and len(key) == len(initials) and initials not in COMMON_WORDS | STOPWORDS:
                    acronyms[initials].add(index)
        for initials, rows in acronyms.items():
            if (initials,) not in phrases and len(rows) == 1:  # an acronym of one topic only, not a word or name
                add((initials,), Tag("topic", str(next(iter(rows))), 3.0))
        # Rooms and buildings the course names ("Halvorsen Hall 100", "halvorsen hall", "halvorsen 100").
        self.places = course_places(course)
        # "is there studio on thursday": a kind's own name is the kind, not the rooms named after it (Studio 2.11)
        kind_names = {
            phrase_key(n) for k in course.meeting_kinds for n in (k.id.replace("_", " "), k.name, k.plural, *k.aliases)
        }
        # "calculators allowed in the exam?" with rooms named Exam Hall 1 and 2: an exam's own name alone is the exam
        kind_names |= {phrase_key(n) for e in course.exams for n in (e.title, *e.aliases)}
        for place in self.places:
            key = phrase_key(place)
            names = {key, tuple(w for w in key if not w.isdigit())}
            if len(key) >= 2 and key[-1].isdigit():
                names.add((key[0], key[-1]))
            if len(key) >= 2 and not key[0].isdigit():
                names.add(key[:1])  # "is the review in kessler": the building alone (Kessler Hall 120)
            for part in place.split(",") if "," in place else ():
                # "Palazzo Velli, Aula Magna", "Exam Hall 1, Main Building": each part of a room and its building
                # is named alone ("aula magna", "exam hall 1"), and a numbered room by its last word ("hall 1");
                # a room's note in brackets is no part of its name ("Room 4.20 (seminar room)")
                room = phrase_key(re.sub(r"\([^)]*\)", " ", part))
                if len(room) >= 2 and not room[0].isdigit():
                    names.add(room)
                if len(room) >= 3 and room[-1].isdigit() and not room[-2].isdigit():
                    names.add(room[-2:])
                names |= _room_number(room)
            if len(key) >= 3 and key[-1].isdigit() and not key[-2].isdigit():
                names.add(key[-2:])  # "is the exam in hall 1": the room's last word and number (Exam Hall 1)
            names |= _room_number(key)
            for name in names - kind_names:
                if len(name) >= 2 or (name and name[0] not in COMMON_WORDS and not name[0].isdigit()):
                    add(name, Tag("place", " ".join(name), 2.0))
        for name in course.links:
            add(phrase_key(name.replace("_", " ")), Tag("link", name, 2.0))
        for platform in course.platforms:
            add(phrase_key(platform.name), Tag("link", f"{PLATFORM}{platform.id}", 2.0))
        # "the sapling link" of Sapling Learning: a site by its first word, when that word is its own (no everyday
        # word, no other site's)
        firsts = [phrase_key(p.name)[:1] for p in course.platforms]
        for platform, first in zip(course.platforms, firsts, strict=True):
            if len(phrase_key(platform.name)) >= 2 and firsts.count(first) == 1 and _own_word(first[0]):
                add(first, Tag("link", f"{PLATFORM}{platform.id}", 2.0))
        # Kinds of class meeting in the course's words ("lecture", "discussion section", "dis"): each names its
        # kind and says the question is about class.
        self.own_shorthand = own_shorthand(course)
        # The words that say class time on this course ("during class", "in plenary")
        self.class_time_words = class_time_words(course)
        for kind in course.meeting_kinds:
            named = (kind.id.replace("_", " "), *kind.aliases)
            # "sems" of a Seminar's own "sem", however short
            plurals = [_plural(a) for a in named if (len(a) > 3 or a in self.own_shorthand) and a[-1] != "s"]
            for name in (kind.id.replace("_", " "), kind.name, kind.plural, *kind.aliases, *plurals):
                add(self._own_key(name), Tag("kind", kind.id, 2.0))
                add(self._own_key(name), Tag("cue", "class"))
        # A kind that shows films ("Screening", "film night") in the words students use of it: "what are we watching
        # tonight", "whats the film next wednesday" name it, on a course with no other kind so named.
        for kind in course.meeting_kinds:
            own = {w for name in (kind.id.replace("_", " "), kind.name, *kind.aliases) for w in phrase_key(name)}
            for word in _SHOWN_WORDS if own & _SHOWN_NOUNS else ():
                if not any(t.kind == "kind" for t in phrases.get((word,), ())):
                    add((word,), Tag("kind", kind.id, 1.0))
                    add((word,), Tag("cue", "class"))
        # "lecture" on a course that calls its main class meeting otherwise ("plenary session"): that meeting, the
        # kind with the most schedule rows, when no kind of the course is called so.
        if course.meeting_kinds and not phrases.get(("lecture",)):
            counts = {k.id: sum(1 for r in course.schedule if r.kind == k.id) for k in course.meeting_kinds}
            main = max(counts, key=lambda k: counts[k])
            if counts[main]:
                for word in GENERAL_CLASS_WORDS:
                    add(phrase_key(word), Tag("kind", main, 1.0))
                    add(phrase_key(word), Tag("cue", "class"))
        # "which sections meet in the afternoon", "are any studios in the morning": the one kind of meeting held per
        # section, on a course that calls it otherwise ("Conversation section"), by the word "sections" and by the
        # plural of the word its sections' names open with ("studios" of "Studio 1" to "Studio 4")
        sectioned = sectioned_kind(course)
        head = sections_head_word(course)
        for word in ("sections", _plural(head) if head else "") if sectioned else ():
            if word and not any(t.kind == "kind" for t in phrases.get((word,), ())):
                add((word,), Tag("kind", sectioned, 1.0))
                add((word,), Tag("cue", "class"))
        # Staff roles by the course's titles ("Head TA", "GSI"); general words for whoever leads the course name
        # its first role.
        for role in course.roles:
            for name in (role.title, role.plural, role.id.replace("_", " "), *_bracketed_names(role.title)):
                add(phrase_key(name), Tag("role", role.id, 2.0))
        if course.roles:
            for word in LEAD_ROLE_WORDS:
                if not any(t.kind == "role" for t in phrases.get(phrase_key(word), ())):
                    add(phrase_key(word), Tag("role", course.roles[0].id, 1.0))
        # The late pool in the course's words ("grace days", "late tokens").
        pool = course.late.pool
        for name in (pool.name, pool.plural) if pool is not None else ():
            add(phrase_key(name), Tag("cue", "pool"))
        for head in pool_head_nouns(course):
            # "can i use both my tokens on essay 2": the pool by its own noun alone, unless the course names
            # something else so
            if not phrases.get(head):
                add(head, Tag("cue", "pool"))
        # "who do i contact about a concession" where the extension rules say "academic concession request": a bare
        # "concession" asks of them on this course (elsewhere it may be a discount: "a concession card")
        rules = course.extensions
        if any(isinstance(t, str) and "concession" in t.lower() for t in (rules.summary, rules.emergency)):
            for word in ("concession", "concessions"):
                add(phrase_key(word), Tag("cue", "extension"))
        # Other courses' words for its pool, its assistants and its forum ("slip days", "the TA", "piazza").
        taken = {k for k, tags in phrases.items() if any(t.kind in ("role", "link") for t in tags)}
        self.own_words = own_words(course, taken)
        for key, word in self.own_words.items():
            add(key, Tag(word.kind, word.value, 1.0 if word.kind == "role" else 2.0))
        # What the course calls office hours ("Consultations") and its other names for them: office hours.
        help_hours = course.help_hours
        help_names = {phrase_key(n) for n in (help_hours.name, help_hours.plural, *help_hours.aliases)}
        for key in help_names:
            add(key, Tag("cue", "office_hours"))
        for key in shortened_names(help_hours):
            if not phrases.get(key):  # "TA hours" without "hours" is the TA: never taken from what it names
                help_names.add(key)
                add(key, Tag("cue", "office_hours"))
        # The course's names as students clip them ("consult", "tute", "midsem test"): what the full name means.
        named = [
            (k, tuple(tags))
            for k, tags in phrases.items()
            if k in help_names or any(t.kind in _CLIPPED_NAME_KINDS for t in tags)
        ]
        # "sem" of a Seminar: its clipped forms spelt out ("semester", "semesters") are chat English, not the seminar
        spelt_out = {SLANG[w] for w in self.own_shorthand}
        for key, tags in named:
            for variant in clipped_forms(key):
                if any(w.removesuffix("s") in spelt_out for w in variant if w not in key):
                    continue
                if not phrases.get(variant):
                    for tag in tags:
                        add(variant, tag)
        # The course's synonyms ("dis" = discussion): a phrase means what its meaning means, besides itself.
        for phrase, meaning in course.synonyms.items():
            key, target = self._own_key(phrase), phrase_key(meaning)
            other = _other_number(key)  # "repeats" listed: "repeat" too, unless it names something else
            for tag in tuple(phrases.get(target, ())):
                add(key, tag)
                if other and not any(
                    t.kind != "cue" and t not in phrases.get(target, ()) for t in phrases.get(other, ())
                ):
                    add(other, tag)
            if target and not phrases.get(target):
                # the course's own word for what students call otherwise ("office hours" = "consultation"): the
                # course's word means what the students' word means, and so does its plural
                for tag in tuple(phrases.get(key, ())):
                    add(target, tag)
                    add((*target[:-1], _plural(target[-1])), tag)
            ids = self.assignment_keys.get(canon_key(target))
            if ids and canon_key(key) not in self.assignment_keys:
                self.assignment_keys[canon_key(key)] = ids

        # A task word that names the course's own work ("essay" where essays are assigned, "poem" on a
        # literature schedule) is that work, not a request to write one.
        own = {w for k, tags in phrases.items() if any(t.kind != "cue" for t in tags) for w in k}
        own |= {w for a in course.assignments for name in (a.title, a.short, *a.aliases) for w in phrase_key(name)}
        for key, tags in phrases.items():
            if set(key) <= own:
                tags[:] = [t for t in tags if not (t.kind == "cue" and t.value == "task")]
        # Series of work by the name their titles share ("Quiz 6", "Lab Report 8": "quizzes", "lab reports").
        self.series = {" ".join(k): ids for k, ids in _series(course).items()}
        for name in self.series:
            key = tuple(name.split())
            for form in (key, (*key[:-1], _plural(key[-1]))):
                add(form, Tag("series", name))
        self.phrases = {k: tuple(v) for k, v in phrases.items() if v}
        # The lengths of the phrases each word starts, longest first: a reader looks up only those at a word.
        lengths: dict[str, set[int]] = {}
        for key in filter(None, self.phrases):
            lengths.setdefault(key[0], set()).add(len(key))
        self.phrase_lengths = {w: tuple(sorted(ns, reverse=True)) for w, ns in lengths.items()}
        # The course's words for its kinds of meetings ("recitation", "plenary sessions"), longest first
        self.meeting_words = tuple(
            sorted(
                {" ".join(k) for k, tags in self.phrases.items() if any(t.kind == "kind" for t in tags)},
                key=lambda w: (-len(w), w),
            )
        )
        # First words of what can be counted ("how many problem sets", "how many lectures").
        self.counted_classes = frozenset(
            k[0] for k, tags in self.phrases.items() if any(t.kind == "kind" or t.value == "class" for t in tags)
        )
        self.counted_work = frozenset(
            [k[0] for k, tags in self.phrases.items() if any(t.value == "homework_kind" for t in tags)]
            + [w for a in course.assignments for name in (a.kind, a.title) for w in phrase_key(name)[:1]]
            + ["homework", "homeworks", "assignments", "deadlines", "psets", "projects"]
            + [w for name in self.series for w in (name.split()[0], _plural(name))]  # "how many quizzes"
        )
        self.cue_words = frozenset(
            w for k, tags in self.phrases.items() if any(t.kind == "cue" for t in tags) for w in k
        )
        entity_words = {w for k, tags in self.phrases.items() if any(t.kind != "cue" for t in tags) for w in k}
        entity_words |= {w for name in (a.short for a in course.assignments) for w in phrase_key(name)}
        # Every word an item is known by (its title's, its parts'): "poster" stays itself, "postr" becomes it.
        entity_words |= {
            w for a in course.assignments for name in (a.title, *a.parts, *a.aliases) for w in phrase_key(name)
        }  # and its aliases': "wetland" of "wetland report" stays itself, never the schedule's "wetlands"
        # Words a typo may be corrected to, most specific first (ties go to the course's own words).
        time_words = {w for phrase in _TIME_WORDS for w in phrase_key(phrase)}
        slang_words = {w for v in (*SLANG.values(), *CONTRACTIONS.values()) for w in v.split()}
        # the words of grading ("pasing", "curvd", "grde" are typos of them) and the course's own grade names
        scale = course.grade_scale
        grade_names = {w for b in (scale.bands if scale else ()) for n in (b.grade, *b.names) for w in phrase_key(n)}
        grading_words = (GRADING_WORDS | {w for w in grade_names if len(w) >= 4 and w.isalpha()}) - entity_words
        self._targets = [
            *sorted(entity_words),
            *sorted(self.cue_words - entity_words),
            *sorted(grading_words - self.cue_words),
            *sorted(time_words - entity_words - self.cue_words),
            *sorted(w for w in STOPWORDS if len(w) >= 4),
            *sorted(COMMON_WORDS),
        ]
        self._near = NearWords(self._targets)
        self._target_set = frozenset(self._targets)
        self._entity_words = frozenset(entity_words)
        synonym_words = {w for phrase in course.synonyms for w in phrase_key(phrase)}
        synonym_words |= {w for name in (*course.numbers, course.name) for w in phrase_key(name)}  # "stat 187"
        # A word the course's own text uses is no typo ("graphing" of "a non-graphing calculator" is not "grading");
        # a plural of a known word still reads as that word ("problem sets" is the phrase "problem set").
        own_text = (course.description, course.components, *(r for e in course.exams for r in e.rules))
        text_words = {w for t in own_text if t for w in words(plain(t).lower()) if w.isalpha() and len(w) >= 4}
        known = set(self._targets) | STOPWORDS
        synonym_words |= {
            w for w in text_words if w.removesuffix("s") not in known and w.removesuffix("es") not in known
        }
        self.vocabulary = (
            frozenset(self._targets)
            | STOPWORDS
            | slang_words
            | frozenset(SLANG)
            | time_words
            | synonym_words
            | EVERYDAY_WORDS
            | frozenset(THESAURUS)  # "cheat" is not "chat"
        )
        self._page_words = _page_words(course)  # "graphing" of "a non-graphing calculator" is not "grading"
        # Run-together phrases: "officehours" -> "office hours", "gracedays" -> "grace days".
        self.joined = {"".join(k): " ".join(k) for k in self.phrases if 2 <= len(k) <= 3 and len("".join(k)) >= 6}
        # A one-word name that is also an ordinary word ("will") counts only when capitalised or possessive;
        # one that is part of a cue phrase ("grace" of "grace days") only outside that phrase.
        person_words = {
            k[0] for k, tags in self.phrases.items() if len(k) == 1 and any(t.kind == "person" for t in tags)
        }
        self.plain_names = frozenset(w for w in person_words if w in COMMON_WORDS or w in STOPWORDS)
        self.cue_names = frozenset(w for w in person_words if w in self.cue_words) - self.plain_names
        # Each item's title words: its topic (after the colon) and the rest ("lab report"), read in any order.
        self.title_words = tuple(
            (a.id, frozenset(_content(topic)), frozenset(_content(kind_part)))
            for a in course.assignments
            for kind_part, _, topic in [a.title.partition(":")]
        )
        # the items whose topic holds a word, so a question looks only at the items its words could name
        by_word: dict[str, list[tuple[str, frozenset[str], frozenset[str]]]] = {}
        for entry in self.title_words:
            if len(entry[1]) >= 2:
                for word in entry[1]:
                    by_word.setdefault(word, []).append(entry)
        self.title_words_by_word = {word: tuple(entries) for word, entries in by_word.items()}
        # The topic words that are no everyday word ("pcr" of "Lab Report 2: PCR Genotyping"): with an item's kind
        # named in full ("the pcr lab report"), one such word names the one item of that kind whose topic has it.
        self.title_marks = frozenset(
            word
            for _, topic, _ in self.title_words
            for word in topic
            if len(word) >= 3 and word not in COMMON_WORDS | EVERYDAY_WORDS | STOPWORDS
        )
        self._typos: dict[str, str | None] = {}
        self._long_words = _long_topic_words(course)
        self._dated_by_first = {word: tuple(dict.fromkeys(found)) for word, found in dated_by_first.items()}
        # Every beginning of a name of the course's work and of a numbered kind ("", "h", "hw", "hw4"), once all the
        # names above are known: a question's word beginning none of them starts no name (see starts_work_name).
        self._work_starts = frozenset(
            key[:n] for key in (*self.assignment_keys, *self.numbered_prefixes) for n in range(len(key) + 1)
        )

    def starts_work_name(self, token: str) -> bool:
        """Whether a name of the course's work ("hw 4", "lab report 2"), or a numbered one of its kinds that it lacks
        ("hw9"), can start at this canonical token (canon_token): its key, the tokens from here run together, begins
        with it. Most words of a question begin none, and no key is then built from them."""
        if token in self._work_starts:
            return True
        # a numbered kind and its number in one token ("hw12", "hw1" of "hw1 2", "hw4b")
        numbered = NUMBERED.match(token) if token[-1:].isdigit() or token[-2:-1].isdigit() else None
        return numbered is not None and numbered.group(1) in self.numbered_prefixes

    def _own_key(self, name: str) -> tuple[str, ...]:
        """How a name of the course is looked up: as typed when it is one of the course's own short names that chat
        English spells out as another word ("sem" of a Seminar), else respelled as questions are."""
        literal = tuple(words(plain(name)))
        return literal if literal and set(literal) <= self.own_shorthand else phrase_key(name)

    def dated_period_spans(self, text: str) -> list[tuple[int, int]]:
        """Where the text names a day off by a name of several words ("whit monday"), or a kind of meeting by a name
        led by its weekday ("friday site visits"), as (start, end) spans: no date is read there.

        A name's pattern starts at a word boundary and its first word is followed by a space, so its first word is
        a whole run of letters and digits in the text: only the names whose first word the text holds are tried.
        """
        candidates = [p for word in set(words(text)) for p in self._dated_by_first.get(word, ())]
        return [(m.start(), m.end()) for p in candidates for m in p.finditer(text)]

    def numbered_row(self, kind: str, number: int) -> int | None:
        """The schedule row of a meeting kind numbered `number` ("lecture 20"): by the rows' own numbers, else
        the nth row of that kind. A row for some sections only (a make-up lab, each group's own day) is no one's
        nth: counted, it would give "lab 3" as another section's make-up."""
        rows = [
            (i, r)
            for i, r in enumerate(self.course.schedule)
            if r.kind not in NO_CLASS_KINDS and r.kind == kind and not r.sections
        ]
        if any(r.number is not None for _, r in rows):
            return next((i for i, r in rows if r.number == number), None)
        return rows[number - 1][0] if 0 < number <= len(rows) else None

    def correct(self, word: str) -> str | None:
        """The course or common word a misspelled word most likely is, or None (known word, or nothing close)."""
        if len(word) == 3 and word not in self.vocabulary and word.isalpha() and not ordinary(word):
            return self._one_letter_left_out(word)
        if len(word) < 4 or word in self.vocabulary:
            return None
        if word in self._typos:
            return self._typos[word]
        if len(self._typos) > _TYPO_MEMO_LIMIT:
            self._typos.clear()
        if word.endswith("s") and word[:-1] in self._entity_words and word[:-1] not in STOPWORDS:
            # "utis", "ipos": the plural of the course's own word ("UTI" of a topic), never a nearer-spelled other
            self._typos[word] = word[:-1]
            return word[:-1]
        if _plural_of_everyday(word):
            # "which job pays better": an everyday word's plural or third person is that word, never "pass"
            self._typos[word] = word[:-1] if word[:-1] in COMMON_WORDS else None
            return self._typos[word]
        limit = 1 if len(word) < 8 else 2
        best = None
        swapped = self._swapped(word)
        if swapped is not None and swapped not in self._entity_words:
            # "esay" where an essay is assigned: the course's own word one letter away, before the everyday "easy"
            own = [c for c, _ in self._near.nearest(word, 1) if c in self._entity_words and c[0] == word[0]]
            swapped = own[0] if len(own) == 1 else swapped
        if swapped is not None:
            # "worht": two letters typed the wrong way round is the likeliest typo, before "worst"
            self._typos[word] = swapped
            return swapped
        if (sounded := _ending_sounded(word)) in self._entity_words:
            # "practicles", "tutorails" of the course's practicals and tutorials, before the everyday "practices"
            self._typos[word] = sounded
            return sounded
        for candidate, distance in self._near.nearest(word, limit):
            # Typos keep the first letter (or swap the first two): "gates" is not "dates".
            if candidate[0] != word[0] and candidate[:2] != word[1::-1]:
                continue
            if best is None or distance < best[1] or (distance == best[1] and _vowel_slip(word, candidate)):
                best = (candidate, distance)
        if best and word in self._page_words and not (word.startswith(best[0]) or best[0].startswith(word)):
            best = None  # a word the page itself uses is meant as typed ("sets" may still be "set")
        if best and derived_word(word, best[0], self._known_stem):
            best = None  # "marker" of "mark", "officer" of "office": an English word of its own, never "marked"
        self._typos[word] = best[0] if best else self._lengthened(word)
        return self._typos[word]

    def _known_stem(self, word: str) -> bool:
        """Whether a word is one the engine knows as typed (the course's, a cue's, or everyday English)."""
        return word in self.vocabulary or ordinary(word)

    def _one_letter_left_out(self, word: str) -> str | None:
        """The one course or cue word a three-letter typo is with a letter put back inside it ("exm" is "exam"),
        or None: a short word is corrected only so surely."""
        if word in self._typos:
            return self._typos[word]
        found = {
            c
            for c, _ in self._near.nearest(word, 1)
            if len(c) == 4
            and c[0] == word[0]
            and c[-1] == word[-1]
            and (c in self._entity_words or c in self.cue_words)
        }
        self._typos[word] = found.pop() if len(found) == 1 else None
        return self._typos[word]

    def _swapped(self, word: str) -> str | None:
        """The one word a typo-target becomes with two neighbouring letters swapped back, or None."""
        found = {
            w
            for i in range(len(word) - 1)
            if word[i] != word[i + 1] and (w := word[:i] + word[i + 1] + word[i] + word[i + 2 :]) in self._target_set
        }
        return found.pop() if len(found) == 1 else None

    def _lengthened(self, word: str) -> str | None:
        """The one long word of the course's topics a shortened word stands for ("thermochem", "configs"), or None."""
        plural = word.endswith("s") and len(word) > 5
        start = word[:-1] if plural else word
        if len(start) < 5:
            return None
        # the words starting so, found by bisection in the sorted words (not by trying every word)
        at = bisect.bisect_left(self._long_words, start)
        found = []
        for w in self._long_words[at:]:
            if not w.startswith(start):
                break
            if len(w) >= len(start) + 3:
                found.append(w)
        bases = {w.removesuffix("s") for w in found}
        if len(bases) != 1:
            return None  # none, or several ("electro": "electron", "electrolyte")
        if any(w[len(start) :] in _DERIVED_ENDINGS for w in found):
            return None  # "regular" of "regularization": a whole word the long one is made from, meant as itself
        base = bases.pop()
        return base + "s" if plural and base + "s" in found else base


def _plural_of_everyday(word: str) -> bool:
    """Whether a word is an everyday word (not one of a course's) with an "s" added: its plural or third person."""
    stem = word[:-1]
    if not word.endswith("s") or takes_es(stem):
        return False  # "teachs" is a misspelled "teaches", not a form of "teach"
    return stem in COMMON_WORDS or stem in EVERYDAY_WORDS


# Endings that make a new word of a whole one ("regular" -> "regularization", "linear" -> "linearity"): a word the
# long one is so made from is a word of its own, never a clipped form of it.
_DERIVED_ENDINGS = frozenset(
    {
        "ization", "izations", "isation", "isations", "ity", "ities", "ness", "ment", "ments", "ism", "isms",
        "ist", "ists", "ly", "ally", "less", "ful",
    }
)  # fmt: skip

# The kinds of names students clip ("tute" of a tutorial, "midsem" of a mid-semester test, "midsem break").
_CLIPPED_NAME_KINDS = frozenset({"kind", "exam", "period"})

# What students of other courses call the main class meeting.
GENERAL_CLASS_WORDS = ("lecture", "lectures")
# The nouns of a meeting kind where films are shown, and the words students use of it ("what are we watching").
_SHOWN_NOUNS = frozenset({"screening", "screenings", "viewing", "viewings", "film", "films", "movie", "movies"})
_SHOWN_WORDS = ("watch", "watching", "film", "films", "movie", "movies", "screening", "screenings", "viewing")


def _page_words(course: Course) -> frozenset[str]:
    """The words of the course's own text (exam rules, policies, topics, units, work and its description): a word the
    page uses is typed as meant ("gradient" of a topic is no "grading")."""
    texts = [r for e in course.exams for r in e.rules]
    texts += [t for r in course.schedule for t in (r.title, *r.keywords)]
    texts += [r.unit.title for r in course.schedule if r.unit is not None]
    texts += [t for a in course.assignments for t in (a.title, *a.aliases)]
    texts += [t for t in (course.description, course.components) if t]
    texts += [t for p in course.policies for t in (p.title, p.summary, p.quote, *p.keywords)]
    # the words as written (phrase_key would respell them, and its cache would keep that)
    return frozenset(w for t in texts for w in re.findall(r"[a-z]+", t.lower()))


def _room_number(key: tuple[str, ...]) -> set[tuple[str, ...]]:
    """A room's number of several parts after its words ("Room 3.011", "Hume Building 2.03"), as students name the
    room by it alone ("is tutorial in 3.011"); none for a number of one part ("Hall 100": any number)."""
    at = len(key)
    while at > 0 and key[at - 1].isdigit():
        at -= 1
    return {key[at:]} if at > 0 and len(key) - at >= 2 else set()


def course_places(course: Course) -> list[str]:
    """Every room or building the course data names: meetings, their changes, exams, office hours."""
    found = [m.room for m in course.meetings] + [c.room for c in course.meeting_changes]
    found += [e.location for e in course.exams] + [r.room for e in course.exams for r in e.rooms]
    found += [s.location for p in course.people for s in p.office_hours]
    found += [c.location for c in course.oh_changes]
    return [p for p in dict.fromkeys(found) if p and p.lower() not in ("unknown", "remote", "online")]


def _series(course: Course) -> dict[tuple[str, ...], tuple[str, ...]]:
    """The names shared by two or more items' titles or aliases before their number ("Lab Report 8" -> "lab
    report", "Homework 4 Part A" -> "homework"), with the items of each."""
    found: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for item in course.assignments:
        for name in {item.title.partition(":")[0], *item.aliases}:
            key = phrase_key(name)
            # the words before its number ("homework" of "Homework 4 Part A")
            at = next((i for i, w in enumerate(key) if w.isdigit()), 0)
            if at and item.id not in found[key[:at]]:
                found[key[:at]].append(item.id)
    meetings = {w for k in course.meeting_kinds for name in (k.id, k.name) for w in [phrase_key(name)] if len(w) == 1}
    return {k: tuple(v) for k, v in found.items() if len(v) >= 2 and not set(k) <= STOPWORDS and k not in meetings}


def _exam_series(course: Course) -> dict[tuple[str, ...], tuple[str, ...]]:
    """The names two or more exams' titles share before their number ("Class Test 1", "Class Test 2": "class
    test"), with the exams of each."""
    found: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for exam in course.exams:
        key = phrase_key(exam.title)
        at = next((i for i, w in enumerate(key) if w.isdigit()), 0)
        if at == len(key) - 1 and exam.id not in found[key[:at]]:
            found[key[:at]].append(exam.id)
    return {k: tuple(v) for k, v in found.items() if len(v) >= 2 and not set(k) <= STOPWORDS}


def _content(text: str) -> list[str]:
    return [w for w in phrase_key(text) if w not in STOPWORDS and not w.isdigit()]


def _unit_names(title: str) -> list[tuple[str, ...]]:
    """A unit's title as students say it: without its chapters ("Gases (Ch. 5)") or a leading "the", and each of
    its parts ("resampling" of "Resampling, regularization and non-linear methods")."""
    bare = re.sub(r"\s*\(.*?\)\s*", " ", title)
    out = []
    for key in (phrase_key(bare), *_segments(bare)):
        key = key[1:] if key[:1] == ("the",) else key
        if key and not (len(key) == 1 and (key[0] in COMMON_WORDS | STOPWORDS or len(key[0]) < 4)):
            out.append(key)
    return list(dict.fromkeys(out))


def _long_topic_words(course: Course) -> tuple[str, ...]:
    """The long words of the course's topics, units and work: what a shortened word may stand for."""
    names = [r.title for r in course.schedule] + [k for r in course.schedule for k in r.keywords]
    names += [r.unit.title for r in course.schedule if r.unit is not None]
    names += [a.title for a in course.assignments]
    found = {w for name in names for w in phrase_key(name) if len(w) >= 8 and w.isalpha()}
    return tuple(sorted(found - COMMON_WORDS - STOPWORDS))


def _block_heads(course: Course, kind_id: str) -> list[tuple[str, ...]]:
    """The words a kind goes by, without a stretch's word ("lab" of the course's synonym "lab week" for the
    practical, "practical", "lab practical"): each names the kind's block with "week", "block" or "days" after it."""
    kind = course.meeting_kind(kind_id)
    names = [kind_id.replace("_", " ")] + ([kind.name, *kind.aliases] if kind is not None else [])
    keys = {phrase_key(n) for n in names}
    names += [said for said, meaning in course.synonyms.items() if phrase_key(meaning) in keys]
    heads = []
    for name in names:
        key = phrase_key(name)
        while key and key[-1] in (*SPAN_WORDS, "course", "day"):
            key = key[:-1]
        if key and key not in heads:
            heads.append(key)
    return heads


def _stretch_words(label: str, taken: set[str]) -> list[str]:
    """The distinctive words of a changed stretch's label that name it alone ("harvest" of "Harvest timetable"):
    long, not an everyday word, not a word for a time of the term or for a thing the course already names."""
    return [
        w
        for w in phrase_key(label)
        if len(w) >= 5
        and w.isalpha()
        and w not in _PERIOD_WORDS
        and w not in COMMON_WORDS | EVERYDAY_WORDS | STOPWORDS
        and w not in taken
    ]


def _periods(course: Course) -> list[tuple[Period, list[tuple[str, ...]]]]:
    """Runs of days without class that share a title ("Spring Break (No Classes)" Mon, Wed, Fri)."""
    runs: list[list] = []
    # Only class days split a break: a holiday inside it ("Good Friday" within "Easter break") does not.
    class_days = sorted({r.date for r in course.schedule if r.kind not in NO_CLASS_KINDS})
    for row in sorted(course.schedule, key=lambda r: r.date):
        if row.kind not in NO_CLASS_KINDS:
            continue
        # "Mid-semester break (Apr 19-23)" then "Mid-semester break": one break, its bracket aside
        same = next((run for run in reversed(runs) if _unbracketed(run[0].title) == _unbracketed(row.title)), None)
        if same and _adjacent(class_days, same[-1].date, row.date):
            same.append(row)
        else:
            runs.append([row])
    titles = {r.title for r in course.schedule}

    def other_words(title: str) -> set[str]:
        """The words of every other schedule title."""
        return {w for t in titles if t != title for w in phrase_key(t)}

    out = []
    seen: set[str] = set()
    for run in runs:
        title = run[0].title
        short = " ".join(re.sub(r"\s*\(.*?\)", "", title).split())
        key = "-".join(phrase_key(short)) or "no-class"
        if key in seen:
            key = f"{key}-{run[0].date.isoformat()}"
        seen.add(key)
        names = [phrase_key(title), phrase_key(short), *(phrase_key(k) for k in run[0].keywords)]
        # its name in brackets ("Easter holidays (påskeferie)"): the page's other name for it, not "(no classes)"
        bracketed = [phrase_key(said) for said in re.findall(r"\((.*?)\)", title)]
        names += [key for key in bracketed if 0 < len(key) <= 3 and key[0] != "no"]
        # a distinctive word of that other name alone ("receso" of "(semana de receso)"), one no other title uses
        names += [
            (w,)
            for key in bracketed
            if 0 < len(key) <= 3 and key[0] != "no"
            for w in key
            if len(w) >= 5 and w not in _PERIOD_WORDS and w not in COMMON_WORDS and w not in other_words(title)
        ]
        # a label in parts ("Good Friday: no classes"): its naming part names it alone ("good friday")
        parts = [phrase_key(part) for part in short.split(":")] if ":" in short else []
        names += [part for part in parts if len(part) > 1 and part[0] != "no"]
        # its last two words when they end in a word for a day off ("bank holiday" of "October Bank Holiday")
        names += [tail for p in (parts or [phrase_key(short)]) if len(p) > 2 and (tail := p[-2:])[1] in _PERIOD_WORDS]
        # Its distinctive words alone name it too ("thanksgiving", "veterans"), but not "spring" or "break".
        names += [(w,) for w in phrase_key(short) if len(w) >= 5 and w not in _PERIOD_WORDS and w not in COMMON_WORDS]
        # "obon" of "Obon holidays", "the lantern break" of "Lantern and Moon Festival break"
        others = [phrase_key(t) for t in titles if t != title]
        names += [n for n in short_day_off_names(phrase_key(short), others) if n not in names]
        if len(run) == 1 and "holiday" in phrase_key(short):
            # "the holiday monday", "the monday holiday": a one-day holiday by its weekday
            day = run[0].date.strftime("%A").lower()
            named = [n for n in names if n and n[-1] == "holiday"] + [("holiday",)]
            names += [(*n, day) for n in named] + [(day, *n) for n in named]
        if len(run) > 1 or run[0].kind == "break":
            names += [(*n[:-1], w) for n in names if len(n) > 1 and n[-1] in _DAYS_OFF_WORDS for w in _DAYS_OFF_WORDS]
        if any(holds_phrase(key, day) for key in (phrase_key(title),) for day in EASTER_DAYS):
            names += [n for n in _EASTER_NAMES if n not in names]  # "after the easter long weekend": Good Friday's
        names += holiday_name_forms(names)  # "paddy's day", "saint patrick's" of "St Patrick's Day"
        generic = {("no", "class"), ("no", "classes")}
        names = [n for n in names if n and n not in generic]
        first, last = run[0].date, run[-1].date
        marked = last
        if "week" in phrase_key(short):  # "reading week" is its whole week, not only the day the page marks
            first, last = _whole_weeks(class_days, first, last)
        out.append((Period(key, short or title, first, last, marked_last=marked if marked != last else None), names))
    return _easter_together(_shared_names(out, runs, class_days, seen), class_days, seen)


def _easter_together(
    out: list[tuple[Period, list[tuple[str, ...]]]], class_days: list[dt.date], seen: set[str]
) -> list[tuple[Period, list[tuple[str, ...]]]]:
    """Several days off named Easter ("Good Friday", "Easter Monday") with no class day between them: "easter" names
    one stretch from the first to the last (the first class after Easter is after Easter Monday), not each alone."""
    which = [i for i, (_, names) in enumerate(out) if _EASTER_NAMES[1] in names]
    if len(which) < 2:
        return out
    first = min(out[i][0].first for i in which)
    last = max(out[i][0].last for i in which)
    if any(first < d < last for d in class_days):
        return out  # a class day between them: not one stretch
    for i in which:
        out[i] = (out[i][0], [n for n in out[i][1] if n not in _EASTER_NAMES])
    ident = "easter" if "easter" not in seen else f"easter-{first.isoformat()}"
    seen.add(ident)
    # the page's own name for it where one of them is called Easter ("Easter break"), the longest of those
    own = [out[i][0] for i in which if "easter" in phrase_key(out[i][0].name)]
    label = max(own, key=lambda p: p.last - p.first).name if own else "Easter"
    return [*out, (Period(ident, label, first, last), list(_EASTER_NAMES))]


def _bracketed_names(title: str) -> list[str]:
    """A title's other names in brackets after it, and the title without them: "lab lead" and "Demonstrator"
    of "Demonstrator (lab lead)", as students say either. A bracket inside a word ("Tutor(s)") or holding a
    number ("(weeks 1-6)") names nothing."""
    asides = re.findall(r"\s\(([^()]*)\)", title)
    inside = [
        said
        for said in asides
        if 0 < len(key := phrase_key(said)) <= 3 and all(len(w) > 1 and not any(c.isdigit() for c in w) for w in key)
    ]
    return [*inside, " ".join(re.sub(r"\s\([^()]*\)", " ", title).split())] if inside else []


def _unbracketed(title: str) -> str:
    return " ".join(re.sub(r"\s*\(.*?\)", "", title).split()).lower()


def _whole_weeks(class_days: list[dt.date], first: dt.date, last: dt.date) -> tuple[dt.date, dt.date]:
    """A break called a week, from its first Monday to its last Sunday, but never over a day the schedule holds a
    class ("Golden Week" from a Thursday: the Monday to Wednesday before it are class days)."""
    monday, sunday = first - dt.timedelta(days=first.weekday()), last + dt.timedelta(days=6 - last.weekday())
    before = [d for d in class_days if monday <= d < first]
    after = [d for d in class_days if last < d <= sunday]
    start = before[-1] + dt.timedelta(days=1) if before else monday
    end = after[0] - dt.timedelta(days=1) if after else sunday
    return start, end


def _shared_names(
    out: list[tuple[Period, list[tuple[str, ...]]]], runs: list[list], class_days: list[dt.date], seen: set[str]
) -> list[tuple[Period, list[tuple[str, ...]]]]:
    """A name several days off carry beside their own ("Showa Day (Golden Week)", "Golden Week: university
    closed", "Children's Day (Golden Week)"), with no class day between them: one period from the first to the last,
    which that name names (not the first of its days)."""
    said: dict[tuple[str, ...], str] = {}
    holders: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, run in enumerate(runs):
        title = run[0].title
        heads = re.findall(r"\((.*?)\)", title)
        head = re.sub(r"\s*\(.*?\)", "", title).split(":")[0]
        heads += [head] if ":" in title else []
        for phrase in heads:
            key = phrase_key(phrase)
            if 1 < len(key) <= 3 and key[0] != "no" and i not in holders[key]:
                holders[key].append(i)
                said.setdefault(key, " ".join(phrase.split()))
    for key, which in holders.items():
        first = min(out[i][0].first for i in which)
        last = max(out[i][0].last for i in which)
        held = False
        if "week" in key and monday_of(first) == monday_of(last):
            # "No lecture (demo week)" on a Monday and a Wednesday, labs between: the whole week is the demo week,
            # its other classes held
            held = any(monday_of(first) <= d <= monday_of(first) + dt.timedelta(days=6) for d in class_days)
            first, last = monday_of(first), monday_of(first) + dt.timedelta(days=6)
        elif len(which) < 2:
            continue
        elif any(first < d < last for d in class_days):
            continue  # days off a class day lies between: not one stretch
        elif "week" in key:
            first, last = _whole_weeks(class_days, first, last)
        ident = "-".join(key)
        ident = ident if ident not in seen else f"{ident}-{first.isoformat()}"
        seen.add(ident)
        for i in which:
            out[i] = (out[i][0], [n for n in out[i][1] if n != key])
        out.append((Period(ident, said[key], first, last, held=held), [key]))
    return out


def _adjacent(class_days: list[dt.date], earlier: dt.date, later: dt.date) -> bool:
    """No other scheduled day lies between the two (Mon, Wed, Fri of one break are one run)."""
    return not any(earlier < d < later for d in class_days)
