"""The course as plain values: what the data files describe, after the loader has checked them.

Nothing here knows about Discord or about 10-605: a second course is a second data folder.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from bot.core.errors import UserError

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DAY_KINDS = ("lecture", "recitation", "exam", "guest_lecture", "no_class", "break", "holiday")
CLASS_KINDS = frozenset({"lecture", "recitation", "exam", "guest_lecture"})
NO_CLASS_KINDS = frozenset({"no_class", "break", "holiday"})
RESOURCE_KINDS = ("slides", "recording", "notebook", "code", "video", "reading")
ROLES = ("instructor", "head_ta", "ta")
ROLE_TITLES = {"instructor": "Instructor", "head_ta": "Head TA", "ta": "TA"}
ASSIGNMENT_KINDS = ("homework", "project", "survey", "other")
OH_CHANGE_KINDS = ("cancel", "move", "extra")


@dataclass(frozen=True)
class Section:
    id: str
    name: str
    description: str = ""


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
    """One row of the schedule: a lecture, recitation, exam or a day without class."""

    date: dt.date
    kind: str
    title: str
    unit: Unit | None = None
    number: int | None = None
    resources: tuple[Resource, ...] = ()
    announcements: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    exam_id: str | None = None

    @property
    def has_class(self) -> bool:
        return self.kind in CLASS_KINDS

    @property
    def kind_label(self) -> str:
        return self.kind.replace("_", " ")


@dataclass(frozen=True)
class Assignment:
    """A deadline: homework, a part of one, the mini-project or its survey."""

    id: str
    title: str
    short: str
    kind: str
    due: dt.datetime
    release: dt.date | None = None
    aliases: tuple[str, ...] = ()
    group: str | None = None
    parts: tuple[str, ...] = ()
    grace_days: bool = False
    sections: tuple[str, ...] = ()
    notes: str = ""
    due_time_assumed: bool = True

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

    @property
    def where(self) -> str:
        if self.remote:
            return f"Remote ({self.location})" if self.location else "Remote"
        return self.location or "location not listed"


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    role: str
    email: str = ""
    aliases: tuple[str, ...] = ()
    office_hours: tuple[OfficeHours, ...] = ()

    @property
    def role_title(self) -> str:
        return ROLE_TITLES[self.role]


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
class Exam:
    id: str
    title: str
    date: dt.date
    aliases: tuple[str, ...] = ()
    in_person: bool = True
    time: dt.time | None = None
    location: str = ""
    conflict_form_url: str = ""
    conflict_form_opens_days_before: int = 21
    sections: tuple[str, ...] = ()

    @property
    def conflict_form_expected(self) -> dt.date:
        """The day the conflict form is expected to open (the data's lead time before the exam)."""
        return self.date - dt.timedelta(days=self.conflict_form_opens_days_before)


@dataclass(frozen=True)
class GraceRules:
    total: int
    max_per_assignment: int
    applies_to: tuple[str, ...]
    rounding: str = "up"
    order: str = "due"


@dataclass(frozen=True)
class LateRules:
    max_days_late: int
    penalty_window_hours: float
    penalty_credit: float
    after_penalty_credit: float
    lateness_from: str = "latest-part"


@dataclass(frozen=True)
class RegradeRules:
    window_days: int
    where: str = ""


@dataclass(frozen=True)
class ExtensionRules:
    notice_days: int
    contact: str = ""
    contact_email: str = ""


@dataclass(frozen=True)
class Policy:
    id: str
    title: str
    summary: str
    quote: str
    keywords: tuple[str, ...] = ()
    missing: str = ""


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
    meeting_times: str = ""
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
    exams: tuple[Exam, ...] = ()
    grace: GraceRules = GraceRules(total=0, max_per_assignment=0, applies_to=())
    late: LateRules = LateRules(max_days_late=0, penalty_window_hours=0, penalty_credit=0, after_penalty_credit=0)
    regrades: RegradeRules = RegradeRules(window_days=0)
    extensions: ExtensionRules = ExtensionRules(notice_days=0)
    policies: tuple[Policy, ...] = ()
    version: str = ""

    @property
    def code(self) -> str:
        """'10-405/10-605' for a cross-listed course."""
        return "/".join(self.numbers)

    @property
    def title(self) -> str:
        return f"{self.code} {self.name} ({self.term})"

    def section_ids(self) -> tuple[str, ...]:
        return tuple(s.id for s in self.sections)

    def check_section(self, section: str | None) -> None:
        """UserError (naming the real sections) unless section is None or one of the course's."""
        if section is not None and section not in self.section_ids():
            raise UserError(f"There is no section {section!r}. Sections: {', '.join(self.section_ids())}.")

    def assignment(self, assignment_id: str) -> Assignment | None:
        return next((a for a in self.assignments if a.id == assignment_id), None)

    def exam(self, exam_id: str) -> Exam | None:
        return next((e for e in self.exams if e.id == exam_id), None)

    def person(self, person_id: str) -> Person | None:
        return next((p for p in self.people if p.id == person_id), None)

    def policy(self, policy_id: str) -> Policy | None:
        return next((p for p in self.policies if p.id == policy_id), None)

    def days_on(self, day: dt.date) -> tuple[ScheduleDay, ...]:
        return tuple(d for d in self.schedule if d.date == day)

    def local(self, moment: dt.datetime) -> dt.datetime:
        """The same instant in course time."""
        return moment.astimezone(self.tz)

    def at(self, day: dt.date, time: dt.time) -> dt.datetime:
        """A wall-clock time on a day in course time, as an aware datetime (DST-correct)."""
        return dt.datetime.combine(day, time, tzinfo=self.tz)
