"""A course's own words for the forum search, read from its data alone: its [synonyms], its names of several words,
its numbers, its platforms' short names, its one-word names for meetings, exams and numbered work, its lecture under
another name and its forum. (How any text becomes terms is bot.qa.terms.)
"""

from __future__ import annotations

import re

from bot.core.word_forms import search_stem as stem
from bot.course.meetings import MeetingKind
from bot.course.model import Course
from bot.qa.synonyms import MEETING_WORDS, concept_table
from bot.qa.terms import LABELS, NUMBER_WORDS, STOP, respell_for_search, terms_of
from bot.understand.words.normalize import plain, words
from bot.understand.words.vocabulary import COMMON_WORDS


def course_phrases(course: Course) -> tuple[tuple[str, str], ...]:
    """The course's own phrases for `terms_of`: its [synonyms] (phrase -> meaning), and its names of several words
    written as one ("Mini-Project" is read as "mini project")."""
    pairs = dict(course.synonyms)
    names = [n for a in course.assignments for n in (a.title, a.short, *a.aliases, a.group or "")]
    names += [n for e in course.exams for n in (e.title, *e.aliases)]
    names += [p.name for p in course.platforms]
    for name in names:
        tokens = [t for t in words(respell_for_search(plain(name))) if t not in STOP]
        if len(tokens) >= 2 and not any(c.isdigit() for c in name) and not set(tokens) & set(NUMBER_WORDS):
            pairs.setdefault("".join(tokens), " ".join(tokens))
    # Work named after the platform it is done on ("WeBWorK 3"), or grouped under a name of the course's own ("group
    # investigation" of its project's pieces), is that kind of work: "the homework site" is WeBWorK, and "the group
    # project" is the group investigation.
    for name, kind in [*((n, "homework") for n in _homework_platforms(course)), *_group_kinds(course)]:
        key = " ".join(words(respell_for_search(plain(name))))
        for phrase, meaning in list(pairs.items()):
            if meaning and " ".join(words(respell_for_search(plain(meaning)))) == key:
                pairs[phrase] = f"{meaning} {kind}"
        pairs.setdefault(key, f"{name} {kind}")
    # The course's own name ("Calculus II", and what the course says for it: "calc 2") says "this course" as its number
    # does: "is there a curve in calc 2" asks whether the course is curved. (A name of one word, "Statistics", is also
    # a subject, and stays one.)
    title = " ".join(words(respell_for_search(plain(course.name))))
    if len(title.split()) >= 2:
        for phrase, meaning in list(pairs.items()):
            if meaning and " ".join(words(respell_for_search(plain(meaning)))) == title:
                pairs[phrase] = ""
        pairs.setdefault(title, "")
    # The course's own number says "this course", no subject; another number it is listed under (10-405 on 10-605's
    # server) names that listing, as one word. Students shorten numbers to their distinct part ("405 or 605?").
    own = _own_number(course)
    lasts = [words(plain(number))[-1] for number in course.numbers]
    for number, last in zip(course.numbers, lasts, strict=True):
        meaning = "" if number == own else "".join(words(plain(number)))
        pairs.setdefault(number, meaning)
        if len(course.numbers) > 1 and lasts.count(last) == 1 and last.isdigit() and len(last) >= 3:
            pairs.setdefault(last, meaning)
    # A name written in capitals inside is also shortened to them ("PL" for PrairieLearn).
    for name in [p.name for p in course.platforms]:
        initials = "".join(c for c in name if c.isupper()).lower()
        if len(initials) >= 2 and name.isalpha() and initials not in STOP and initials != name.lower():
            pairs.setdefault(initials, name)
    # One numbered piece of work named with several words ("Sheet 1", "Blatt 1"): the course's other words for its
    # own kind of work read as the one its short name uses.
    for piece in course.assignments:
        labels = [_label(n) for n in (piece.short, piece.title, *piece.aliases)]
        named = [label for label in labels if label]
        for label in named[1:]:
            if label != named[0]:
                pairs.setdefault(label, named[0])
    # Every name of a numbered piece of work whose short name the search reads as no numbered thing of its own ("LX5",
    # "CW1") reads as that short name: "exercise 5", "lab exercise 5" and "lx 5" are the piece "LX5" is.
    for piece in course.assignments:
        for name, meaning in _piece_names(piece.short, piece.title, piece.aliases):
            pairs.setdefault(name, meaning)
    # A member of staff by name is one of their role, by its head noun ("do i need to email ingrid" asks about telling
    # the tutor; a "Workshop tutor" is a tutor, and naming one says nothing of workshops). The name itself is left out:
    # kept beside the role, it met entries whose answers name the person on questions no entry covers ("could dr okonkwo
    # write me a reference").
    for person in course.people:
        role = words(plain(person.role_title))
        for name in (person.name, *person.aliases) if role else ():
            # (Read as the search reads a name: "Vasquez-Marlowe" is one word.)
            tokens = words(respell_for_search(plain(_JOINED.sub("", name.lower()))))
            # (Not an alias that is the role's own name, "lab coordinator": it reads as the role's words already.)
            if (len(tokens) >= 2 or (tokens and _unread(tokens[0]))) and not set(tokens) & set(role):
                pairs.setdefault(" ".join(tokens), role[-1])
    # The course's own one-word names for its kinds of meeting and its exams ("Vorlesung", "Kartentest"), where the
    # search reads the word as nothing else, are read as the kind or the exam.
    own = [(alias, kind.id.replace("_", " ")) for kind in course.meeting_kinds for alias in kind.aliases]
    own += [(alias, f"{exam.title} exam") for exam in course.exams for alias in exam.aliases]
    own += [(alias, piece.title) for piece in course.assignments for alias in piece.aliases]
    for alias, meaning in own:
        tokens = words(respell_for_search(plain(alias)))
        # (Not a word of the name itself: "proposal" for "Project proposal" says less than the name, not another.)
        if len(tokens) == 1 and _unread(tokens[0]) and tokens[0] not in words(plain(meaning)):
            pairs.setdefault(tokens[0], meaning)
    # A kind of meeting named by what any meeting is called ("Studio session", id "studio"): the word for a meeting
    # adds nothing, so "a studio session" and "the studio" are one thing.
    for kind in course.meeting_kinds:
        own_names = {kind.id.replace("_", " "), *(a.lower() for a in kind.aliases)}
        for name in (kind.name, kind.plural):
            tokens = words(plain(name))
            if len(tokens) >= 2 and tokens[-1] in MEETING_WORDS | _PLURAL_MEETING_WORDS:
                rest = " ".join(tokens[:-1])
                if rest in own_names:
                    pairs.setdefault(" ".join(tokens), rest)
    # A class on a day is the one kind of meeting held that day ("the thursday class" of a course whose Thursdays are
    # on-site classes), else the course's lecture ("i missed tuesday's class").
    for day, kind in _class_on_day(course).items():
        pairs.setdefault(f"{day} class", kind.name)
    lecture = next((k for k in course.meeting_kinds if k.group == "lecture"), None) or _lecture_kind(course)
    if lecture is not None:
        for day in (*_DAYS, "today", "yesterday", "last", "this morning", "monday morning"):
            pairs.setdefault(f"{day} class", lecture.name)
    # The course's forum by its name is the forum ("post my code on Zulip" and "paste it in the chat").
    for platform in course.platforms:
        if platform.role == "forum":
            pairs.setdefault(platform.name.lower(), f"{platform.name} forum")
    # The course's late pool by its head noun alone, when that says nothing else ("can I use a token on the proposal?"
    # where the pool is "late tokens"; not "days" of "slip days").
    pool = course.late.pool
    if pool is not None:
        for name in (pool.name, pool.plural):
            tokens = words(plain(name))
            if len(tokens) >= 2 and _unread(tokens[-1]) and tokens[-1] not in _TIME_WORDS:
                pairs.setdefault(tokens[-1], name)
    lecture = _lecture_kind(course)
    if lecture is not None:
        for word in ("lecture", "lectures", "lecture hall"):
            pairs.setdefault(word, lecture.name)
    # A course whose staff are titled by it ("Module Convenor", "Unit Coordinator") calls itself a module or a unit, as
    # "course" is read: as nothing ("my spring modules" are no Python modules, "the module convenor" is the convenor).
    for name in _SELF_NAMES:
        if any(name in words(plain(role.title)) for role in course.roles):
            pairs.setdefault(name, "")
            pairs.setdefault(f"{name}s", "")
    return tuple(sorted(pairs.items()))


_SELF_NAMES = ("module", "unit")
_PLURAL_MEETING_WORDS = frozenset(f"{w}s" for w in MEETING_WORDS) | {"classes"}
_GROUP_KINDS = frozenset(["homework", "project", "lab", "quiz"])


def _group_kinds(course: Course) -> list[tuple[str, str]]:
    """The course's names for groups of its work ("group investigation"), each with the one part of the course its
    pieces are (a survey among them, its peer evaluation, is no part), where the name does not already say it."""
    kinds: dict[str, set[str]] = {}
    for piece in course.assignments:
        if piece.group:
            kinds.setdefault(piece.group, set()).add(piece.kind)
    parts = {group: found & _GROUP_KINDS for group, found in kinds.items()}
    return [
        (group, next(iter(found)))
        for group, found in sorted(parts.items())
        if len(found) == 1 and not found & set(terms_of(group).concepts)
    ]


_NUMBERED = re.compile(r"^(\D+?)\s*\d{1,2}\b")


def _homework_platforms(course: Course) -> list[str]:
    """The platform all the course's numbered homework is named after ("WeBWorK" of "WeBWorK 1", "WeBWorK 2"), when
    its name does not read as homework already. (A name of no platform, "Essay 1" or "Data Exercise 2", names one
    kind of work: a question on an essay is not about all the homework.)"""
    homework = [a for a in course.assignments if a.kind == "homework"]
    names = {m.group(1).strip() for a in homework if (m := _NUMBERED.match(a.title))}
    if len(homework) < 2 or len(names) != 1:
        return []
    name = names.pop()
    platform = any(plain(p.name).lower() == plain(name).lower() for p in course.platforms)
    return [name] if platform and "homework" not in terms_of(name).concepts else []


_TIME_WORDS = frozenset(["day", "days", "hour", "hours", "minute", "minutes", "week", "weeks"])
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _own_number(course: Course) -> str:
    """The number the course is known by here: the one its id starts with ("10-605" of "10-605-s24"), else its first."""
    key = "".join(words(plain(course.id)))
    return next((n for n in course.numbers if key.startswith("".join(words(plain(n))))), next(iter(course.numbers), ""))


def _unread(word: str) -> bool:
    """The search reads this word as itself only: no concept, label, stopword nor everyday English."""
    return (
        word.isalpha()
        and word not in STOP
        and word not in LABELS
        and word not in COMMON_WORDS
        and word != "final"
        and (word,) not in concept_table()
        and (stem(word),) not in concept_table()
    )


_JOINED = re.compile(r"(?<=[a-z])-(?=[a-z])")
_OWN_NUMBERED = re.compile(r"([a-z]+)(\d{1,2})")


def _piece_names(short: str, title: str, aliases: tuple[str, ...]) -> list[tuple[str, str]]:
    """A numbered piece's names with its number (its title before a colon, its aliases), each read as its short name
    and the words of its kind ("lab exercise 5" -> "lx5 lab exercise"), when the short name is letters and a number
    that no label of the search numbers ("LX5"; not "HW3", which "homework 3" already is)."""
    found = _OWN_NUMBERED.fullmatch(short.lower())
    if found is None or found.group(1) in LABELS:
        return []
    number = str(int(found.group(2)))
    head = [t for t in words(respell_for_search(plain(title.split(":")[0]))) if t != number]
    meaning = " ".join([found.group(0), *head])
    out = []
    for name in (title.split(":")[0], *aliases):
        tokens = words(respell_for_search(plain(name)))
        if len(tokens) >= 2 and number in tokens:
            out.append((" ".join(tokens), meaning))
    return out


def _label(name: str) -> str:
    """The word a numbered name is numbered with ("Blatt 3" -> "blatt"), when it is one word the search does not
    already read as a numbered thing."""
    found = re.fullmatch(r"([^\W\d_]+) ?\d{1,2}", plain(name).lower().strip())
    if found is None or found.group(1) in LABELS or found.group(1) in STOP:
        return ""
    return found.group(1)


def _class_on_day(course: Course) -> dict[str, MeetingKind]:
    """Each weekday on which the course holds meetings of one kind only, and that kind (its group's)."""
    by_id = {k.id: k for k in course.meeting_kinds}
    held: dict[int, set[str]] = {}
    for meeting in course.meetings:
        kind = by_id.get(meeting.kind)
        if kind is not None:
            for day in meeting.weekdays:
                held.setdefault(day, set()).add(kind.group)
    groups = {k.group: k for k in reversed(course.meeting_kinds)}
    return {
        _DAYS[day]: groups[next(iter(kinds))]
        for day, kinds in sorted(held.items())
        if len(kinds) == 1 and next(iter(kinds)) in groups
    }


def _lecture_kind(course: Course) -> MeetingKind | None:
    """What students call "the lecture" in a course whose meetings are named otherwise ("Plenary session",
    "Vorlesung"): its kind of meeting held for everyone, not in sections, that takes the most hours a week (the first
    listed of those that take as many)."""
    if any(k.group == "lecture" or "lecture" in (k.id, k.name.lower(), *k.aliases) for k in course.meeting_kinds):
        return None
    by_id = {k.id: k for k in course.meeting_kinds}
    sectioned = {by_id[m.kind].group for m in course.meetings if m.section is not None and m.kind in by_id}
    minutes: dict[str, int] = {}
    for m in course.meetings:
        group = by_id[m.kind].group if m.kind in by_id else None
        if group is not None and group not in sectioned:
            length = (m.end.hour * 60 + m.end.minute) - (m.start.hour * 60 + m.start.minute)
            minutes[group] = minutes.get(group, 0) + length * len(m.weekdays) // m.every
    order = [k.id for k in course.meeting_kinds]
    best = sorted(minutes, key=lambda g: (-minutes[g], order.index(g) if g in order else len(order)))
    return by_id.get(best[0]) if best else None
