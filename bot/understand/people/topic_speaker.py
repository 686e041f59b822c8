"""Who gives a class meeting named by its topic ("whos giving the euthanasia lecture", "who is teaching the class on
kant"): the member of staff the schedule's row names (a guest lecture's speaker in its title or notes), else the
staff of the weekly meeting held that day; that the page does not say, when it names no one."""

from __future__ import annotations

import re

from bot.core.answer import Answer, text
from bot.core.kept import Kept
from bot.core.timefmt import human_date
from bot.course.model import Course, Person, ScheduleDay
from bot.course.occurrences import meetings_of
from bot.understand.answering import replies
from bot.understand.question.reading import Reading
from bot.understand.words.normalize import phrase_key

NEEDS = frozenset({"who", "whos", "whom"})
# The verbs that ask who stands in front of a meeting, as the question's words have them after respelling.
_GIVING = frozenset(
    {"giving", "gives", "give", "teaching", "teaches", "teach", "presenting", "presents", "present", "delivering"}
    | {"delivers", "leading", "leads", "lead", "running", "runs", "taking", "takes", "lecturing", "speaking"}
    | {"speaks", "doing", "hosting", "hosts"}
    | {"speaker", "speakers", "presenter", "presenters"}  # "who is the guest speaker on sep 16": the one who speaks
)
# Words naming a session: "the euthanasia lecture", "the talk on kant" (a meeting kind of the course counts too).
_SESSION = frozenset({"lecture", "lectures", "class", "talk", "session", "seminar", "guest"})

_GUEST = frozenset({"guest", "guest_lecture", "speaker", "visitor", "visiting"})

_NAMES: Kept[tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]] = Kept(size=32)


def _name_keys(course: Course) -> tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]:
    """Each person's id with the word runs that name them: the full name and the surname (the last word)."""

    def build() -> tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]:
        found = []
        for p in course.people:
            full = tuple(w for w in phrase_key(p.name) if w not in ("dr", "prof", "professor", "mr", "ms", "mrs"))
            keys = {full, full[-1:]} if full and len(full[-1]) > 2 else {full}
            found.append((p.id, tuple(k for k in keys if k)))
        return tuple(found)

    return _NAMES.get(course, "name keys", build)


def speaker_asked(course: Course, reading: Reading) -> tuple[int, ...] | None:
    """The schedule rows of the meeting whose giver is asked about, or None when the question is not that."""
    words = set(reading.tokens)
    if not words & _GIVING or not (words & _SESSION or reading.ids("kind") or "guest" in reading.cues):
        return None
    rows = tuple(int(i) for m in reading.mentions if m.kind == "topic" for i in m.ids) or _rows_on_days(course, reading)
    rows = tuple(dict.fromkeys(i for i in rows if 0 <= i < len(course.schedule) and course.schedule[i].has_class))
    # a meeting the data names no giver for is left to the other readings (the course's staff by role)
    known = all(
        _named_in(course, r) or _guest(r) or _meeting_staff(course, r) for r in map(course.schedule.__getitem__, rows)
    )
    return rows if rows and known else None


def _rows_on_days(course: Course, reading: Reading) -> tuple[int, ...]:
    """ "who is giving the lecture on april 22", "... next week's lectures": the rows of the days named (of the
    kind named, when one is), a week at most."""
    span = next((t for t in reading.times if t.kind in ("day", "range") and t.first is not None), None)
    if span is None or (span.last - span.first).days > 7:
        return ()
    kinds = set(reading.ids("kind"))
    return tuple(
        i
        for i, row in enumerate(course.schedule)
        if span.first <= row.date <= span.last and (not kinds or row.kind in kinds)
    )


def _guest(row: ScheduleDay) -> bool:
    """Whether the row is a guest's session (its kind or title says so)."""
    return not _GUEST.isdisjoint(phrase_key(f"{row.kind} {row.kind_label} {row.title}"))


def _named_in(course: Course, row: ScheduleDay) -> list[Person]:
    """The people the row's own words name (its title, notes and keywords)."""
    said = phrase_key(" ".join((row.title, *row.announcements, *row.keywords)))
    spans = {said[i : i + n] for n in (1, 2, 3, 4) for i in range(len(said) - n + 1)}
    ids = [pid for pid, keys in _name_keys(course) if any(k in spans for k in keys)]
    return [p for p in (course.person(i) for i in ids) if p is not None]


def _meeting_staff(course: Course, row: ScheduleDay) -> list[Person]:
    """The staff of the weekly meeting of the row's kind held on its day (for everyone, not one section's)."""
    ids = [
        pid
        for m in meetings_of(course, row.kind)
        if m.section is None and m.first <= row.date <= m.last and row.date.weekday() in m.weekdays
        for pid in m.staff
    ]
    return [p for p in (course.person(i) for i in dict.fromkeys(ids)) if p is not None]


def _titled(course: Course, person: Person) -> str:
    role = next((r for r in course.roles if r.id == person.role), None)
    return f", {role.title}" if role is not None else ""


def speaker_answer(course: Course, rows: tuple[int, ...]) -> Answer:
    """Who gives each meeting: the person its row names, else a guest's session as titled, else its weekly
    meeting's staff."""
    lines: list = []
    unnamed: list[str] = []
    for row in (course.schedule[i] for i in rows):
        day = f"{human_date(row.date)} · {row.title}"
        named = _named_in(course, row)
        if not named and _guest(row):
            # a guest from outside the staff: the row's own words name them, never the lecturer's meeting
            if _names_someone(f"{row.title} {' '.join(row.announcements)}"):
                lines.append(text(f"{day}: a guest session; the schedule names its speaker only in that title."))
            else:
                unnamed.append(day)
            continue
        people = named or _meeting_staff(course, row)
        how = "named on the schedule" if named else f"who takes the {row.kind_label.lower()}s"
        who = ", ".join(f"{p.name}{_titled(course, p)}" for p in people)
        lines.append(text(f"{day}: **{who}** ({how})."))
    if unnamed:
        # "who is the guest speaker on sep 16" of "Guest lecture: shipping software at a start-up": no name given
        said = f"The course page does not name the guest speaker; {replies.where_to_ask(course)}. The session:"
        return Answer(title="Who gives it", lines=(text(said), *(text(d) for d in unnamed), *lines), kind="unknown")
    return Answer(title="Who gives it", lines=tuple(lines))


# A person's name in a title: an honorific before a capitalised word ("Dr Ngata", "Prof. Lee"), or two capitalised
# words in a row that do not open the title ("Guest lecture: Aroha Ngata", "(Jane Smith, Xero)").
_HONORIFIC = re.compile(r"\b(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Sir|Dame)\.?\s+[A-Z]")
_CAPITALISED_PAIR = re.compile(r"(?<!^)\b[A-Z][\w'-]+\s+[A-Z][\w'-]+")


def _names_someone(words: str) -> bool:
    """Whether the words may name a person (their first word aside, capitalised anyway); a title in title case
    counts, so a speaker is never denied on a guess."""
    return bool(_HONORIFIC.search(words) or _CAPITALISED_PAIR.search(words))
