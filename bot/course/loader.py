"""Read a course folder of TOML files into a checked `Course`, or refuse it with messages naming file, item, field.

A course folder holds course.toml, schedule.toml, assignments.toml, staff.toml, exams.toml, policies.toml and
(format 2, optional) meetings.toml; docs/course-format.md describes every field. Every problem found is reported
at once (not just the first), so staff can fix a file in one pass. Format 1 folders still load (bot.course.format1).
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path
from typing import Any

from bot.course import checks, format1
from bot.course.checked_toml import Problem, read_toml
from bot.course.model import AttendanceRule, BestOf, Course, GradeScale
from bot.course.parse_assignments import parse_assignments
from bot.course.parse_attendance import parse_attendance
from bot.course.parse_best_of import parse_best_of
from bot.course.parse_course import parse_course, read_format
from bot.course.parse_exams import parse_exams
from bot.course.parse_grade_scale import parse_grade_scale
from bot.course.parse_help_hours import help_hours_from_synonyms, parse_help_hours
from bot.course.parse_meetings import parse_meetings
from bot.course.parse_policies import parse_policies
from bot.course.parse_schedule import implicit_kinds, parse_schedule
from bot.course.parse_staff import parse_staff
from bot.course.section_days import section_day_problems

FILES = ("course.toml", "schedule.toml", "assignments.toml", "staff.toml", "exams.toml", "policies.toml")
OPTIONAL_FILES = ("meetings.toml",)
BUNDLED_ROOT = Path(__file__).resolve().parents[2] / "data"


def bundled_default(root: Path) -> Path:
    """The course a fresh checkout serves with no settings: the folder named in `data/default-course` (one line;
    the data decides, not the code), else the only course folder in `data/`."""
    marker = root / "default-course"
    if marker.is_file():
        lines = (line.strip() for line in marker.read_text().splitlines())
        name = next((line for line in lines if line and not line.startswith("#")), "")
        if name:
            return root / name
    folders = sorted(p for p in root.glob("*/course.toml")) if root.is_dir() else []
    return folders[0].parent if len(folders) == 1 else root / "default-course-not-set"


BUNDLED_DATA = bundled_default(BUNDLED_ROOT)


class CourseDataError(Exception):
    """The course data cannot be used; `problems` says everything that is wrong."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def load_course(folder: str | Path | None = None) -> Course:
    """Load and check a course folder; raise CourseDataError listing every problem found.

    A file that cannot be read (missing, not TOML) is reported together with every other file's problems;
    only the checks that need the unreadable file are skipped.
    """
    folder = Path(folder) if folder else BUNDLED_DATA
    if not folder.is_dir():
        raise CourseDataError([Problem(str(folder), "", "", "no such course folder")])
    problems: list[Problem] = []
    raw: dict[str, dict[str, Any] | None] = {}
    for name in FILES:
        before = len(problems)
        data = read_toml(folder, name, problems)
        raw[name] = data if len(problems) == before else None
    meetings_path = folder / OPTIONAL_FILES[0]
    if meetings_path.exists():
        before = len(problems)
        data = read_toml(folder, OPTIONAL_FILES[0], problems)
        raw[OPTIONAL_FILES[0]] = data if len(problems) == before else None
    else:
        raw[OPTIONAL_FILES[0]] = {}
    if raw["course.toml"] is None:
        # Nothing else can be checked without the time zone, the term and the sections.
        raise CourseDataError(problems)

    version = read_format(raw["course.toml"], problems)
    ctx, course_fields = parse_course(raw["course.toml"], folder, version, problems)

    people = roles = changes = help_hours = None
    if raw["staff.toml"] is not None:
        roles, people, changes = parse_staff(raw["staff.toml"], ctx)
        help_hours = parse_help_hours(raw["staff.toml"], ctx)
    if version == 1 and not (folder / OPTIONAL_FILES[0]).exists():
        kinds, meetings, meeting_changes = format1.meeting_kinds(), (), ()
    elif raw["meetings.toml"] is not None:
        person_ids = {p.id for p in people} if people is not None else None
        kinds, meetings, meeting_changes = parse_meetings(raw["meetings.toml"], ctx, person_ids)
    else:
        kinds, meetings, meeting_changes = (), (), ()
    units = schedule = assignments = exams = None
    best_of: tuple[BestOf, ...] = ()
    attendance: tuple[AttendanceRule, ...] = ()
    grade_scale: GradeScale | None = None
    if raw["schedule.toml"] is not None:
        units, schedule = parse_schedule(raw["schedule.toml"], ctx, kinds)
        problems += section_day_problems(schedule, kinds, meetings, meeting_changes)
        if not kinds:  # no [[kind]] declared: the schedule's own class kinds, named from their ids
            kinds = implicit_kinds(schedule)
    flagged: set[str] = set()
    if raw["assignments.toml"] is not None:
        assignments, flagged = parse_assignments(raw["assignments.toml"], ctx)
        ids = [a.id for a in assignments]
        for duplicate in sorted({i for i in ids if i and ids.count(i) > 1}):
            problems.append(Problem("assignments.toml", f"assignment '{duplicate}'", "id", "duplicate id"))
        best_of = parse_best_of(raw["assignments.toml"], ctx, assignments)
    if raw["exams.toml"] is not None:
        exams = parse_exams(raw["exams.toml"], ctx)
    late = regrades = extensions = policies = None
    if raw["policies.toml"] is not None and assignments is not None:
        late, regrades, extensions, policies = parse_policies(raw["policies.toml"], ctx, assignments, flagged)
        attendance = parse_attendance(raw["policies.toml"], ctx, kinds or ())
        grade_scale = parse_grade_scale(raw["policies.toml"], ctx, assignments, exams or ())

    problems += checks.essentials(schedule, assignments, people)
    if assignments is not None and exams is not None:
        problems += checks.shared_names(assignments, exams, course_fields["sections"], people or ())
    if schedule is not None and exams is not None:
        exam_ids = {e.id for e in exams}
        for day in schedule:
            if day.exam_id and day.exam_id not in exam_ids:
                problems.append(Problem("schedule.toml", f"day {day.date}", "exam", f"no exam with id {day.exam_id!r}"))
    if problems:
        raise CourseDataError(problems)

    assignments = tuple(replace(a, grace_days=late.pool_covers(a.id, a.kind)) for a in assignments)
    digest = hashlib.sha256()
    for name in (*FILES, *OPTIONAL_FILES):
        if (folder / name).exists():
            digest.update(name.encode() + b"\0" + (folder / name).read_bytes())
    return Course(
        units=units,
        schedule=schedule,
        assignments=assignments,
        people=people,
        roles=roles,
        oh_changes=changes,
        help_hours=help_hours or help_hours_from_synonyms(course_fields.get("synonyms", {})),
        exams=exams,
        late=late,
        regrades=regrades,
        extensions=extensions,
        policies=policies,
        best_of=best_of,
        attendance=attendance,
        grade_scale=grade_scale,
        meeting_kinds=kinds,
        meetings=meetings,
        meeting_changes=meeting_changes,
        version=digest.hexdigest()[:12],
        folder=str(folder),
        **course_fields,
    )
