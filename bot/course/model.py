"""The course as plain values: what the data files describe, after the loader has checked them.

Nothing here knows about Discord or about any one course: a second course is a second data folder.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from zoneinfo import ZoneInfo

from bot.core.errors import UserError
from bot.core.matching import fold
from bot.course.break_weeks import break_weeks
from bot.course.late_policy import UNSTATED, LatePolicy, Pool
from bot.course.meetings import Meeting, MeetingChange, MeetingKind
from bot.course.names import NameIndex
from bot.course.online_service import with_service
from bot.course.unknown import UNKNOWN, Unknown

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Schedule-row kinds every course has; the class-meeting kinds (lecture, lab...) come from the course's data.
EXAM_KIND = "exam"
NO_CLASS_KINDS = frozenset({"no_class", "break", "holiday"})
BUILTIN_DAY_KINDS = (EXAM_KIND, "no_class", "break", "holiday")
RESOURCE_KINDS = ("slides", "recording", "notebook", "code", "video", "reading")
ASSIGNMENT_KINDS = ("homework", "project", "survey", "quiz", "lab", "other")
OH_CHANGE_KINDS = ("cancel", "move", "extra")
PLATFORM_ROLES = ("forum", "submission", "grades", "recordings", "chat", "other")
CONFLICT_FORM_STATUSES = ("link", "later", "none", "unknown")
# What another sitting of an exam is for: the same exam at another time (a clash), for those who missed it, a second
# attempt (to pass or to improve), a supplementary exam (for a near fail), or something else the page names.
SITTING_KINDS = ("alternate", "make_up", "retake", "supplementary", "other")


def title_from_id(identifier: str) -> str:
    """A readable title for an id the data did not name: 'head_ta' -> 'Head TA', 'lab' -> 'Lab'."""
    words = identifier.replace("-", "_").split("_")
    return " ".join(w.upper() if len(w) <= 2 else w.capitalize() for w in words if w)


@dataclass(frozen=True)
class Section:
    id: str
    name: str
    description: str = ""
    aliases: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """What a student sees: the id when the name says it as a word ('1A' of 'Discussion 1A'), else the name."""
        said = re.search(rf"(?<!\w){re.escape(self.id)}(?!\w)", self.name, re.IGNORECASE)
        return self.id if said else self.name


@dataclass(frozen=True)
class Resource:
    kind: str
    label: str
    url: str = ""


@dataclass(frozen=True)
class Unit:
    id: str
    title: str


@dataclass(frozen=True)
class ScheduleDay:
    """One row of the schedule: a class meeting (its topic), an exam, or a day without class."""

    date: dt.date
    kind: str
    title: str
    unit: Unit | None = None
    number: int | None = None
    resources: tuple[Resource, ...] = ()
    announcements: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    exam_id: str | None = None
    kind_name: str = ""  # the course's word for the kind ("Lecture", "Discussion section")
    sections: tuple[str, ...] = ()  # the row is for these sections only; () = everyone
    start: dt.datetime | None = None  # a one-off time of its own (a presentation slot); None = the meeting's
    end: dt.datetime | None = None
    room: str = ""  # a place of its own; "" = the meeting's
    for_label: str = ""  # 'Lab 102, 103', 'Practical group Süd': whom a row for some sections is for ('' everyone)

    @property
    def has_class(self) -> bool:
        return self.kind not in NO_CLASS_KINDS

    def is_for(self, section: str | None) -> bool:
        """Whether a student of `section` has this row (None: a student whose section is not known sees all)."""
        return not self.sections or section is None or section in self.sections

    @property
    def kind_label(self) -> str:
        return self.kind_name or self.kind.replace("_", " ")


@dataclass(frozen=True)
class HandIn:
    """How a piece of work is handed in and, for a timed quiz or test, its window: each field None where the data
    leaves it out, UNKNOWN where it says the page is silent.

    `submit` is a platform id from course.toml's `[[platform]]` or the page's own words ("on paper at the front
    desk"); `opens` is when the window opens (with `opens_time` False when the page gives its day only);
    `time_limit` is in minutes once started."""

    submit: str | Unknown | None = None
    opens: dt.datetime | Unknown | None = None
    opens_time: bool = True
    time_limit: int | Unknown | None = None
    attempts: int | Unknown | None = None
    open_book: bool | Unknown | None = None

    def __bool__(self) -> bool:
        return any(v is not None for v in (self.submit, self.opens, self.time_limit, self.attempts, self.open_book))


@dataclass(frozen=True)
class Assignment:
    """A deadline: homework, a part of one, a project or a survey."""

    id: str
    title: str
    short: str
    kind: str
    due: dt.datetime
    release: dt.date | None = None
    aliases: tuple[str, ...] = ()
    group: str | None = None
    parts: tuple[str, ...] = ()
    grace_days: bool = False  # whether the late policy's pool covers it (computed from the policy by the loader)
    sections: tuple[str, ...] = ()
    notes: str = ""
    due_time_assumed: bool = True
    hand_in: HandIn = HandIn()

    def is_for(self, section: str | None) -> bool:
        return section is None or section in self.sections


@dataclass(frozen=True)
class OfficeHours:
    """A weekly office-hours slot (weekday 0 = Monday), in course time, between first and last (inclusive)."""

    weekday: int
    start: dt.time
    end: dt.time
    first: dt.date
    last: dt.date
    location: str = ""
    remote: bool = False
    link: str = ""  # the online meeting link, when the page gives one

    @property
    def where(self) -> str:
        if self.remote:
            place = self.link or self.location
            if place.lower() == "unknown":
                return "Remote (the link is not on the course page)"  # the data says the page leaves it out
            return f"Remote ({with_service(place)})" if place else "Remote"
        if self.location and self.link:
            return f"{self.location} or online ({with_service(self.link)})"
        return self.location or "location not listed"


@dataclass(frozen=True)
class Role:
    """A staff role in the course's own words ("Instructor", "Head TA", "GSI")."""

    id: str
    title: str
    plural: str


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    role: str
    email: str = ""
    aliases: tuple[str, ...] = ()
    office_hours: tuple[OfficeHours, ...] = ()
    role_title: str = ""  # the role's title in the course's words (filled in by the loader)
    sections: tuple[str, ...] = ()  # sections this person runs or belongs to
    appointments: str = ""  # how to meet them by appointment, as the page says it ("Email to book a time")

    def __post_init__(self) -> None:
        if not self.role_title:
            object.__setattr__(self, "role_title", title_from_id(self.role or ""))


@dataclass(frozen=True)
class HelpHours:
    """What the course calls office hours ("Consultation", "Student hours"): answers' titles and text say it, and
    the question engine hears it (and its aliases) as office hours."""

    name: str = "Office hour"
    plural: str = "Office hours"
    aliases: tuple[str, ...] = ()

    @property
    def in_text(self) -> str:
        """The plural as it reads inside a sentence: "consultations", "TA hours" (an acronym keeps its capitals)."""
        return " ".join(w if sum(c.isupper() for c in w) > 1 else w.lower() for w in self.plural.split())

    @property
    def one_in_text(self) -> str:
        """The singular inside a sentence: "consultation", "office hour"."""
        return " ".join(w if sum(c.isupper() for c in w) > 1 else w.lower() for w in self.name.split())


OFFICE_HOURS = HelpHours()


@dataclass(frozen=True)
class OfficeHoursChange:
    """A cancellation, a moved session or an extra one-off session (person '*' = everyone)."""

    person: str
    kind: str
    first: dt.date
    last: dt.date
    reason: str = ""
    start: dt.time | None = None
    end: dt.time | None = None
    location: str = ""
    remote: bool | None = None

    def covers(self, person_id: str, day: dt.date) -> bool:
        return self.person in ("*", person_id) and self.first <= day <= self.last


@dataclass(frozen=True)
class ConflictForm:
    """An exam's conflict form: a link, "released later" (where and when), none at all, or not stated."""

    status: str = "unknown"
    url: str = ""
    where: str = ""  # where it will appear (the course's forum, by name), "" when the page does not say
    opens_days_before: int | None = None  # when it is expected, in days before the exam
    opens_assumed: bool = False  # that number is an assumption to confirm with staff
    opens_text: str = ""  # the page's own words ("a few weeks before the exam")


NO_FORM_INFO = ConflictForm()


@dataclass(frozen=True)
class AttendanceRule:
    """How many meetings of some kinds a student may miss, and what missing more costs, as the page states it."""

    name: str  # what is counted, in the page's word: "classes", "tutorials"
    kinds: tuple[str, ...]  # the meeting kinds it counts (() = every class meeting)
    free_absences: int | None = None  # absences without penalty ("up to four")
    required: int | None = None  # meetings to attend at least ("10 of the 12")
    of: int | None = None  # how many there are, with `required`
    required_percent: float | None = None  # share to attend at least ("75%")
    each_after: str = ""  # what each absence past the free ones costs, in the page's words
    short_of: str = ""  # what happens below the requirement ("refused DP: you may not write the exam")
    late_counts_as: float | None = None  # an arrival late counts as this much of an absence
    fail_at: int | None = None  # absences from which `fail_text` applies
    fail_text: str = ""  # "may receive an F in the course"
    quote: str = ""  # the page's own words

    @property
    def may_miss(self) -> int | None:
        """How many may be missed without penalty or losing the requirement, when the page's numbers say."""
        if self.free_absences is not None:
            return self.free_absences
        if self.required is not None and self.of is not None:
            return self.of - self.required
        return None


@dataclass(frozen=True)
class GradeBand:
    """One grade of the course's scale and the lowest score that earns it ("A-" from 90, "HD" from 85)."""

    grade: str  # in the course's own scale: "A-", "HD", "1.3", "Pass"
    lowest: float  # on the scale's score (a percentage unless GradeScale.out_of says otherwise)
    names: tuple[str, ...] = ()  # the grade in words, as students ask for it: "high distinction" for "HD"


@dataclass(frozen=True)
class Hurdle:
    """What must be met besides the overall mark to pass: a minimum on an exam or a group of work, or work that
    must be submitted ("at least 40% on the exam", "submit both essays")."""

    name: str  # what it concerns, in the page's words: "the final exam", "both essays"
    minimum: float | None  # the least score on it; None: it must be submitted (or sat), whatever its mark
    out_of: float  # what `minimum` is out of (100: a percentage)
    exams: tuple[str, ...] = ()  # the exams it concerns (ids)
    ids: tuple[str, ...] = ()  # the assignments it concerns (ids)
    missed: str = ""  # what happens when it is not met, in the page's words; "" when the page does not say


@dataclass(frozen=True)
class Rounding:
    """How the page says final scores are rounded: to a `step` (1, 0.5, 0.1), to the nearest (halves up), up or
    down, in its own words too."""

    step: float
    direction: str  # "nearest" (a half goes up), "up", "down"
    text: str = ""

    def applied(self, score: float) -> float:
        """The score as the rule rounds it."""
        units = score / self.step
        whole = math.floor(units + 1e-9)
        if self.direction == "down":
            rounded = whole
        elif self.direction == "up":
            rounded = whole if abs(units - whole) < 1e-9 else whole + 1
        else:
            rounded = whole + 1 if units - whole >= 0.5 - 1e-9 else whole
        return round(rounded * self.step, 6)


@dataclass(frozen=True)
class GradeScale:
    """The course's grade scale as its page states it (policies.toml [grade_scale]): the grades from best to worst
    with the lowest score of each, the pass mark, the hurdles, whether grades are curved and how scores round.
    What the page leaves open stays None, and answers say so."""

    bands: tuple[GradeBand, ...]  # best to worst; () when the grade is the score itself (a 1-10 mark)
    out_of: float = 100  # scores are out of this (100: percentages)
    pass_grade: str = ""  # the lowest passing grade, when the page names one ("D", "P")
    pass_mark: float | None = None  # the lowest passing score (None: the page does not say)
    hurdles: tuple[Hurdle, ...] | None = None  # None: the page does not say; (): it states there are none
    curve: bool | None = None  # None: the page does not say
    curve_text: str = ""  # the page's words on curving
    rounding: Rounding | None = None  # None: the page does not say
    quote: str = ""  # the page's own words for the scale
    lower_better: bool = False  # a mark where a lower number is better (1.0 best, 5.0 fail); only without bands

    @property
    def percent(self) -> bool:
        return self.out_of == 100

    def passes(self, score: float) -> bool | None:
        """Whether a score on this scale reaches the pass mark (at or under it where lower is better)."""
        if self.pass_mark is None:
            return None
        if self.lower_better:
            return score <= self.pass_mark + 1e-9
        return score >= self.pass_mark - 1e-9

    def band(self, grade: str) -> GradeBand | None:
        """The band of a grade or of its name in words, any case ("b+" is "B+", "high distinction" is "HD")."""
        said = grade.casefold()
        return next((b for b in self.bands if said in {b.grade.casefold(), *(n.casefold() for n in b.names)}), None)

    def upper(self, band: GradeBand) -> float | None:
        """The score a band runs up to (not included): the next better band's lowest; None for the best."""
        i = self.bands.index(band)
        return self.bands[i - 1].lowest if i > 0 else None

    def grade_of(self, score: float) -> GradeBand | None:
        """The band a score falls in, as it stands (no rounding); None under the lowest band's floor."""
        return next((b for b in self.bands if score >= b.lowest - 1e-9), None)


@dataclass(frozen=True)
class BestOf:
    """Work of which only the best part counts ("best 10 of the 12 WeBWorK sets", "the lowest quiz is dropped")."""

    name: str  # what the page calls the work: "WeBWorK sets"
    ids: tuple[str, ...]  # the assignments it covers; () when the course lists none of them
    of: int | None  # how many there are (None: the page does not say)
    best: int | None  # how many count (None: known only as "the lowest N are dropped" of an unknown number)
    drop: int | None  # how many of the lowest are dropped
    quote: str  # the page's own words


@dataclass(frozen=True)
class ExamSitting:
    """Another sitting of an exam, as the page names it ("alternate sitting", "conflict exam", "retake"): not
    everyone's exam, only for those the page says (`who`). Empty text and None mean the page does not give it."""

    name: str
    kind: str  # one of SITTING_KINDS
    date: dt.date | None = None
    start: dt.time | None = None
    end: dt.time | None = None
    room: str = ""
    who: str = ""  # who may sit it, in the page's words
    register: str = ""  # how to sign up
    counts: str = ""  # what its result does ("the better result counts")
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class ExamRoom:
    room: str
    sections: tuple[str, ...] = ()  # () = everyone
    surnames: tuple[str, str] | None = None  # ("A", "L"): surnames from the first to the last initials given

    @property
    def surname_range(self) -> str:
        """'A–L' as the page gives it, "" for a room not split by surname."""
        return f"{self.surnames[0]}–{self.surnames[1]}" if self.surnames else ""

    def holds_surname(self, surname: str) -> bool:
        """Whether a surname falls in this room's range; the range's ends compare by as many letters as they give
        ("Mo-Z" puts "Moyo" in, "Mbeki" out), ignoring case and accents."""
        if self.surnames is None:
            return False
        name = surname_key(surname)
        low, high = (surname_key(end) for end in self.surnames)
        return bool(name) and name[: len(low)] >= low and name[: len(high)] <= high


def surname_key(name: str) -> str:
    """A surname as the ranges compare it: letters only, lowercased, accents dropped ("Ó Sé" -> "ose")."""
    return "".join(c for c in fold(name) if c.isalpha())


@dataclass(frozen=True)
class Exam:
    id: str
    title: str
    date: dt.date
    aliases: tuple[str, ...] = ()
    in_person: bool = True
    time: dt.time | None = None  # start, None when the page does not give it
    location: str = ""  # one room for everyone ("" when not given; see rooms for rooms by section)
    conflict_form: ConflictForm = NO_FORM_INFO
    sections: tuple[str, ...] = ()
    end: dt.time | None = None
    during_class: bool | Unknown = UNKNOWN
    rooms: tuple[ExamRoom, ...] = ()
    rules: tuple[str, ...] = ()  # rules the course states (quoted as they are)
    if_missed: str = ""  # what happens if it is missed, when the course says
    sittings: tuple[ExamSitting, ...] = ()  # its other sittings (an alternate time, a make-up, a retake)

    @property
    def conflict_form_url(self) -> str:
        return self.conflict_form.url

    @property
    def conflict_form_opens_days_before(self) -> int | None:
        return self.conflict_form.opens_days_before

    @property
    def conflict_form_expected(self) -> dt.date | None:
        """The day the conflict form is expected to open (the data's lead time before the exam), if known."""
        lead = self.conflict_form.opens_days_before
        return None if lead is None else self.date - dt.timedelta(days=lead)

    def room_for(self, section: str | None) -> str:
        """The room for a section (or the one room); "" when the page does not give it."""
        if self.location:
            return self.location
        if section is not None:
            for room in self.rooms:
                if section in room.sections:
                    return room.room
        return next((r.room for r in self.rooms if not r.sections and r.surnames is None), "")

    @property
    def by_surname(self) -> bool:
        """Whether the page splits this exam's rooms by surname."""
        return any(r.surnames is not None for r in self.rooms)

    def room_for_surname(self, surname: str) -> ExamRoom | None:
        """The room a surname writes in, when the rooms are split by surname and one range holds it."""
        return next((r for r in self.rooms if r.holds_surname(surname)), None)


@dataclass(frozen=True)
class RegradeRules:
    window_days: int | Unknown = UNKNOWN
    where: str = ""


@dataclass(frozen=True)
class ExtensionRules:
    notice_days: int | Unknown | None = UNKNOWN  # None: no notice needed
    contact: str = ""
    contact_email: str = ""
    summary: str = ""  # the course's rule in brief ("Extensions are generally not granted ...")
    emergency: str = ""  # what the course says about emergencies


NOT_STATED_REGRADES = RegradeRules()
NOT_STATED_EXTENSIONS = ExtensionRules()


@dataclass(frozen=True)
class Platform:
    """A site the course uses: its forum, its submission site, ... with the course's name for it."""

    id: str
    role: str
    name: str
    url: str = ""


@dataclass(frozen=True)
class Claim:
    """Something the page decides, asked as a yes/no question: "hand in one writeup as a group" is a No, with the
    page's words that decide it."""

    yes: bool
    asks: tuple[str, ...]  # the action and its object, in a student's words ("take the exam early")
    evidence: str  # the page's own words


@dataclass(frozen=True)
class Policy:
    id: str
    title: str
    summary: str
    quote: str
    keywords: tuple[str, ...] = ()
    missing: str = ""
    claims: tuple[Claim, ...] = ()


@dataclass(frozen=True)
class Course:
    """Everything the bot knows about one course offering."""

    id: str
    name: str
    numbers: tuple[str, ...]
    term: str
    tz: ZoneInfo
    default_due_time: dt.time
    term_first: dt.date
    term_last: dt.date
    institution: str = ""
    description: str = ""
    components: str = ""
    grading_breakdown: str = ""
    meeting_times: str = ""  # format 1's free text; format 2 describes meetings in meetings.toml
    meeting_place: str = ""
    acknowledgements: str = ""
    previous_offerings: tuple[str, ...] = ()
    sections: tuple[Section, ...] = ()
    links: dict[str, str] = field(default_factory=dict)
    units: tuple[Unit, ...] = ()
    schedule: tuple[ScheduleDay, ...] = ()
    assignments: tuple[Assignment, ...] = ()
    people: tuple[Person, ...] = ()
    oh_changes: tuple[OfficeHoursChange, ...] = ()
    help_hours: HelpHours = OFFICE_HOURS  # what the course calls office hours
    exams: tuple[Exam, ...] = ()
    late: LatePolicy = UNSTATED
    regrades: RegradeRules = NOT_STATED_REGRADES
    extensions: ExtensionRules = NOT_STATED_EXTENSIONS
    policies: tuple[Policy, ...] = ()
    best_of: tuple[BestOf, ...] = ()  # work of which only the best count (assignments.toml [[best_of]])
    attendance: tuple[AttendanceRule, ...] = ()  # how many meetings may be missed (policies.toml [[attendance]])
    grade_scale: GradeScale | None = None  # the grades, pass mark, hurdles, curve, rounding ([grade_scale])
    version: str = ""
    format: int = 2
    default_due_time_assumed: bool = True
    roles: tuple[Role, ...] = ()
    platforms: tuple[Platform, ...] = ()
    meeting_kinds: tuple[MeetingKind, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    meeting_changes: tuple[MeetingChange, ...] = ()
    synonyms: dict[str, str] = field(default_factory=dict)  # what students say -> what the course calls it
    # The rules of the course's question forum in Discord, as the course states them (shown when asking, pinned).
    question_guidelines: tuple[str, ...] = ()
    folder: str = ""  # where the data was read from

    @cached_property
    def days_off(self) -> dict[dt.date, str]:
        """Dates without class (breaks, holidays, days off) with their titles: read once per course, not per
        question (a reloaded course is a new value with its own)."""
        return {d.date: d.title for d in self.schedule if d.kind in NO_CLASS_KINDS}

    @cached_property
    def break_weeks(self) -> dict[dt.date, tuple[str, frozenset[str], frozenset[str]]]:
        """The other days of a break the schedule calls a week, with its title, the kinds it names (none: all) and
        the kinds of class the schedule still holds that week."""
        return break_weeks(self)

    @cached_property
    def oh_changes_by_person(self) -> dict[str, tuple[OfficeHoursChange, ...]]:
        """Each person's office-hour changes (their own and those for everyone, in data order), once per course."""
        ids = {p.id for p in self.people}
        return {i: tuple(c for c in self.oh_changes if c.person in ("*", i)) for i in ids}

    @cached_property
    def oh_weekdays(self) -> dict[str, frozenset[int]]:
        """The weekdays each person holds office hours on, once per course."""
        return {p.id: frozenset(s.weekday for s in p.office_hours) for p in self.people}

    @cached_property
    def oh_extra_people(self) -> frozenset[str]:
        """Who holds a one-off extra session somewhere in the term."""
        return frozenset(c.person for c in self.oh_changes if c.kind == "extra")

    def precompute(self) -> None:
        """Build every lookup above now (at startup), so that no question pays for building one."""
        for name in _LOOKUPS:
            getattr(self, name)

    @cached_property
    def schedule_by_date(self) -> dict[dt.date, tuple[ScheduleDay, ...]]:
        """Each date's schedule rows in data order, once per course: a day's answer does not walk the term."""
        found: dict[dt.date, list[ScheduleDay]] = {}
        for row in self.schedule:
            found.setdefault(row.date, []).append(row)
        return {day: tuple(rows) for day, rows in found.items()}

    @cached_property
    def exams_by_date(self) -> dict[dt.date, tuple[Exam, ...]]:
        """Each date's exams in data order, once per course."""
        found: dict[dt.date, list[Exam]] = {}
        for exam in self.exams:
            found.setdefault(exam.date, []).append(exam)
        return {day: tuple(exams) for day, exams in found.items()}

    @cached_property
    def due_by_date(self) -> dict[dt.date, tuple[Assignment, ...]]:
        """The assignments due on each date (course time), in data order, once per course."""
        found: dict[dt.date, list[Assignment]] = {}
        for item in self.assignments:
            found.setdefault(item.due.astimezone(self.tz).date(), []).append(item)
        return {day: tuple(items) for day, items in found.items()}

    @cached_property
    def _due_order(self) -> tuple[list[dt.datetime], tuple[Assignment, ...]]:
        """The assignments by due time (then id), with their due times apart for bisecting."""
        ordered = tuple(sorted(self.assignments, key=lambda a: (a.due, a.id)))
        return [a.due for a in ordered], ordered

    def due_after(self, moment: dt.datetime, until: dt.datetime | None = None) -> tuple[Assignment, ...]:
        """The assignments due after moment (and at or before until), by due time then id, without walking the
        term's assignments."""
        dues, ordered = self._due_order
        first = bisect.bisect_right(dues, moment)
        return ordered[first : bisect.bisect_right(dues, until, lo=first) if until is not None else len(ordered)]

    @cached_property
    def oh_people_by_weekday(self) -> dict[int, tuple[int, ...]]:
        """Positions in `people` of those holding a weekly slot on each weekday (0 = Monday), once per course."""
        found: dict[int, list[int]] = {}
        for index, person in enumerate(self.people):
            for weekday in sorted({s.weekday for s in person.office_hours}):
                found.setdefault(weekday, []).append(index)
        return {weekday: tuple(indexes) for weekday, indexes in found.items()}

    @cached_property
    def oh_extra_indexes(self) -> frozenset[int]:
        """Positions in `people` of those holding a one-off extra session somewhere in the term."""
        return frozenset(i for i, p in enumerate(self.people) if p.id in self.oh_extra_people)

    @cached_property
    def assignments_by_name(self) -> NameIndex:
        """Every name of every assignment (id, title, short name, aliases, then the groups parts belong to)."""
        names = [(a.id, name) for a in self.assignments for name in (a.id, a.title, a.short, *a.aliases)]
        return NameIndex(names + [(a.id, a.group) for a in self.assignments if a.group])

    @cached_property
    def people_by_name(self) -> NameIndex:
        """Every name of every staff member (full name, id, aliases, then each word of the full name)."""
        names = [(p.id, name) for p in self.people for name in (p.name, p.id, *p.aliases)]
        return NameIndex(names + [(p.id, part) for p in self.people for part in p.name.split()])

    @cached_property
    def exams_by_name(self) -> NameIndex:
        return NameIndex((e.id, name) for e in self.exams for name in (e.id, e.title, *e.aliases))

    @cached_property
    def policies_by_name(self) -> NameIndex:
        return NameIndex([(p.id, p.id) for p in self.policies] + [(p.id, p.title) for p in self.policies])

    @cached_property
    def _meeting_kinds_by_id(self) -> dict[str, MeetingKind]:
        return _first_by_id(self.meeting_kinds)

    @cached_property
    def _assignments_by_id(self) -> dict[str, Assignment]:
        return _first_by_id(self.assignments)

    @cached_property
    def _exams_by_id(self) -> dict[str, Exam]:
        return _first_by_id(self.exams)

    @cached_property
    def _people_by_id(self) -> dict[str, Person]:
        return _first_by_id(self.people)

    @cached_property
    def _policies_by_id(self) -> dict[str, Policy]:
        return _first_by_id(self.policies)

    @property
    def code(self) -> str:
        """'10-405/10-605' for a cross-listed course."""
        return "/".join(self.numbers)

    @property
    def title(self) -> str:
        return f"{self.code} {self.name} ({self.term})"

    @property
    def grace(self) -> Pool:
        """The late policy's pool (total 0 when the course has none); kept for callers of the old GraceRules."""
        return self.late.pool or Pool(total=0, name="late day", plural="late days")

    def late_for(self, item: Assignment) -> LatePolicy:
        """The late policy for one assignment: its own rule (quizzes not accepted late...), or the course's."""
        return self.late.for_work(item.id, item.kind)

    def with_late_of(self, item: Assignment) -> Course:
        """This course with `late` the rule for `item`, so that every sentence about late work speaks of it."""
        policy = self.late_for(item)
        if policy is self.late:
            return self
        scoped = self._late_scoped.get(id(policy))
        if scoped is None:
            scoped = dataclasses.replace(self, late=policy)
            # The lookups do not depend on the late policy: share the ones already built.
            scoped.__dict__.update({k: v for k, v in self.__dict__.items() if k in _LOOKUPS and k != "_late_scoped"})
            self._late_scoped[id(policy)] = scoped
        return scoped

    @cached_property
    def _late_scoped(self) -> dict[int, Course]:
        """The course as seen by work with its own late rule, one per rule (built on first use)."""
        return {}

    @cached_property
    def forum(self) -> Platform | None:
        """The course's forum (found once: every answer saying where to ask names it)."""
        return self.platform("forum")

    @cached_property
    def submission_site(self) -> Platform | None:
        return self.platform("submission")

    def platform(self, role: str) -> Platform | None:
        return next((p for p in self.platforms if p.role == role), None)

    def forum_name(self) -> str:
        """'Piazza', 'Ed'... or 'the course forum' when the data names none."""
        return self.forum.name if self.forum else "the course forum"

    def section_ids(self) -> tuple[str, ...]:
        return tuple(s.id for s in self.sections)

    def section_label(self, section_id: str) -> str:
        """The section as a student sees it ('Practical group Süd' for the id 'Sued'); an unknown id as written."""
        return next((s.label for s in self.sections if s.id == section_id), section_id)

    def meeting_label(self, kind: str, section_id: str | None) -> str:
        """'Discussion section 1A', or 'Field practical (Practical group Süd)' where the section's name is its label."""
        if not section_id:
            return self.kind_name(kind)
        label = self.section_label(section_id)
        return f"{self.kind_name(kind)} {label}" if label == section_id else f"{self.kind_name(kind)} ({label})"

    def section_labels(self, section_ids: Iterable[str]) -> list[str]:
        """Each section's label, in the order given."""
        return [self.section_label(s) for s in section_ids]

    def find_section(self, text: str) -> Section | None:
        """A section by id, name or alias, any case ('1c', 'Section 1C', 'dis 1C')."""
        wanted = fold(text)
        for prefix in ("section ", "sec ", "discussion ", "dis "):
            if wanted.startswith(prefix) and len(wanted) > len(prefix):
                wanted = wanted.removeprefix(prefix)
        for section in self.sections:
            if wanted in {fold(n) for n in (section.id, section.name, *section.aliases) if n}:
                return section
        return None

    def check_section(self, section: str | None) -> str | None:
        """The section's id as the data writes it (None stays None); UserError naming the real sections."""
        if section is None:
            return None
        found = self.find_section(section)
        if found is None:
            raise UserError(f"There is no section {section!r}. Sections: {', '.join(self.section_ids())}.")
        return found.id

    def role(self, role_id: str) -> Role | None:
        return next((r for r in self.roles if r.id == role_id), None)

    def meeting_kind(self, kind_id: str) -> MeetingKind | None:
        return self._meeting_kinds_by_id.get(kind_id)

    def kind_name(self, kind_id: str, *, plural: bool = False) -> str:
        """The course's word for a meeting kind ('Lecture', 'Discussion sections')."""
        kind = self.meeting_kind(kind_id)
        if kind is None:
            return title_from_id(kind_id) + ("s" if plural else "")
        return kind.plural if plural else kind.name

    def assignment(self, assignment_id: str) -> Assignment | None:
        return self._assignments_by_id.get(assignment_id)

    def exam(self, exam_id: str) -> Exam | None:
        return self._exams_by_id.get(exam_id)

    def person(self, person_id: str) -> Person | None:
        return self._people_by_id.get(person_id)

    def policy(self, policy_id: str) -> Policy | None:
        return self._policies_by_id.get(policy_id)

    def days_on(self, day: dt.date) -> tuple[ScheduleDay, ...]:
        return self.schedule_by_date.get(day, ())

    def schedule_between(self, first: dt.date, last: dt.date) -> tuple[ScheduleDay, ...]:
        """The schedule rows dated first to last (inclusive), in data order, without walking the whole term."""
        dates, positions = self._schedule_in_date_order
        found = positions[bisect.bisect_left(dates, first) : bisect.bisect_right(dates, last)]
        return tuple(self.schedule[i] for i in sorted(found))

    def schedule_on(self, days: Iterable[dt.date]) -> tuple[ScheduleDay, ...]:
        """The schedule rows dated on any of these days, in data order, without walking the whole term."""
        dates, positions = self._schedule_in_date_order
        found = [
            i for day in set(days) for i in positions[bisect.bisect_left(dates, day) : bisect.bisect_right(dates, day)]
        ]
        return tuple(self.schedule[i] for i in sorted(found))

    @cached_property
    def _schedule_in_date_order(self) -> tuple[list[dt.date], list[int]]:
        """The rows' dates in date order, and each one's position in `schedule`."""
        order = sorted(range(len(self.schedule)), key=lambda i: self.schedule[i].date)
        return [self.schedule[i].date for i in order], order

    def local(self, moment: dt.datetime) -> dt.datetime:
        """The same instant in course time."""
        return moment.astimezone(self.tz)

    def at(self, day: dt.date, time: dt.time) -> dt.datetime:
        """A wall-clock time on a day in course time, as an aware datetime (DST-correct)."""
        return dt.datetime.combine(day, time, tzinfo=self.tz)


# The lookups a course computes once (its cached properties), built together by Course.precompute().
_LOOKUPS = tuple(name for name, value in vars(Course).items() if isinstance(value, cached_property))


def _first_by_id(items: tuple) -> dict:
    """Items by id, the first of each id winning (as a scan in data order finds it)."""
    found: dict = {}
    for item in items:
        found.setdefault(item.id, item)
    return found
