"""Read Gradescope CSV exports into per-student submissions, and turn them into a grace-day report.

Two exports are understood, with no database:

- the course-wide "Download Grades" CSV: identity columns (First Name, Last Name, SID, Email, Sections) and,
  per Gradescope assignment, `<name>`, `<name> - Max Points`, `<name> - Submission Time` and
  `<name> - Lateness (H:M:S)`;
- a one-assignment export (Submission Time and Lateness (H:M:S) columns next to the identity columns); the
  caller says which assignment it is (its id, its name, or the export's file name).

Gradescope assignment names are matched to the course's assignments by the names in the data (id, title,
short name, aliases), compared in canonical form ("Homework 4 Part B" == "HW4B"), after taking off a part
label such as "(Written)" or "- Programming". Names that match no assignment, or more than one (plain
"Homework 4" when the data has parts A and B), are reported in `unmapped_columns`, never guessed.

A file is imported completely or not at all: every problem found (missing column, unreadable time or
lateness, a student listed twice) is reported at once in a `GradescopeError`, with its row and column.
Rows are numbered as a spreadsheet shows them: the header is row 1, the first student row 2.

Decisions:
- A blank submission time means that part was not submitted; an assignment is missing when all its parts are.
- A submission time without a UTC offset (e.g. after a round trip through a spreadsheet) is read as course time.
- A blank lateness next to a submission time is computed from that time and the course's due time.
- A missing submission of an assignment that is not for the student's section (an assignment for some sections
  only, when the Sections column names a course section) is left out rather than reported missing.
- In the report, late_hours is rounded to 2 decimals; students come in file order, assignments in due order.
- Values no real export holds are refused with their row and column, never computed with: a lateness of more
  than a year, a submission time outside the term (with a year of slack), a cell longer than MAX_CELL, an Email
  cell that is not an email address (a spreadsheet formula such as =HYPERLINK(...) is not a student).
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.core.errors import UserError
from bot.core.matching import canonical, fold
from bot.course.model import Course
from bot.grace.engine import Grant, Submission, compute_tally

TIME_SUFFIX = " - Submission Time"
LATENESS_SUFFIX = " - Lateness (H:M:S)"
MAX_POINTS_SUFFIX = " - Max Points"
TIME_COLUMN = "Submission Time"
LATENESS_COLUMN = "Lateness (H:M:S)"
NAME_COLUMNS = ("First Name", "Last Name")
REQUIRED_IDENTITY = ("SID", "Email")
# Columns that describe the student or the whole export, never an assignment.
META_COLUMNS = frozenset(
    {
        "First Name",
        "Last Name",
        "Name",
        "SID",
        "Email",
        "Sections",
        "section_name",
        "Total Lateness (H:M:S)",
        "Total Score",
        "Max Points",
        "Status",
        "Submission ID",
        "Submission Time",
        "Lateness (H:M:S)",
        "View Count",
        "Submission Count",
    }
)
PART_LABELS = frozenset({"written", "programming"})

_PART_SUFFIX = re.compile(
    r"^(?P<base>.*?\S)\s*(?:\(\s*(?P<paren>[^()]*?)\s*\)|[-–—:]\s*(?P<dash>[^-–—:]+?)|\s(?P<word>\w+))\s*$"
)
_ISO_TIME = re.compile(
    r"^(?P<y>\d{4})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})[ T](?P<h>\d{1,2}):(?P<mi>\d{2})"
    r"(?::(?P<s>\d{2})(?:\.(?P<f>\d{1,6}))?)?\s*(?P<tz>Z|UTC|GMT|[+-]\d{2}:?\d{2})?$",
    re.IGNORECASE,
)
_US_TIME = re.compile(
    r"^(?P<mo>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2}),?\s+(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?"
    r"\s*(?P<ampm>AM|PM)?\s*(?P<tz>Z|UTC|GMT|[+-]\d{2}:?\d{2})?$",
    re.IGNORECASE,
)
_LATENESS = re.compile(r"^(?P<h>\d+):(?P<m>\d{1,2}):(?P<s>\d{1,2})(?:\.\d+)?$")
_EMAIL = re.compile(
    r"^[A-Za-z0-9][A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"
)
MAX_CELL = 128 * 1024  # characters; Python's csv module refuses longer fields, and no real cell comes close
MAX_LATENESS = dt.timedelta(days=366)
TIME_SLACK = dt.timedelta(days=366)
# Read cells of any length ourselves, so an oversized one is reported with its row and column (csv's own limit
# would stop the whole read at the first one, with neither).
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


@dataclass(frozen=True)
class GradescopeProblem:
    """One thing wrong with an export: the row (header = 1; None for the whole file), the column, what."""

    row: int | None
    column: str
    message: str

    def __str__(self) -> str:
        where = [f"row {self.row}"] if self.row is not None else []
        if self.column:
            where.append(f"column '{self.column}'")
        return f"{', '.join(where)}: {self.message}" if where else self.message


class GradescopeError(UserError):
    """The export cannot be imported; `problems` lists everything wrong with it, and nothing was imported."""

    def __init__(self, problems: list[GradescopeProblem]) -> None:
        self.problems = problems
        shown = "\n".join(f"• {p}" for p in problems[:20])
        more = f"\n… and {len(problems) - 20} more" if len(problems) > 20 else ""
        super().__init__(f"The Gradescope export was not imported:\n{shown}{more}")


@dataclass(frozen=True)
class StudentRecord:
    """One student's row: identity and one Submission per course assignment (latest part decides)."""

    email: str
    sid: str
    name: str
    sections: str
    row: int
    submissions: tuple[Submission, ...]
    # Every part as the file has it (one per assignment and part label): what the records keep, so a later
    # export of one part, or a course that counts parts separately, never loses the others.
    parts: tuple[Submission, ...] = ()


@dataclass(frozen=True)
class GradescopeImport:
    """A fully read export: students in file order, course assignments covered (due order), names not mapped."""

    students: tuple[StudentRecord, ...]
    assignment_ids: tuple[str, ...]
    unmapped_columns: tuple[str, ...]
    # Assignments the file holds whole (every part the course lists, or the assignment as one column).
    whole: frozenset[str] = frozenset()
    # What the file was read as: (assignment id, part label) per column group, sorted. With the file's bytes this
    # is the import's identity: the same export read as another assignment is another import.
    read_as: tuple[tuple[str, str], ...] = ()
    # A one-assignment export, read as the assignment the caller named (so a wrong name is possible).
    named: bool = False


@dataclass(frozen=True)
class _PartColumns:
    assignment_id: str
    part: str
    name: str
    time_index: int
    lateness_index: int


def map_assignment_name(course: Course, name: str) -> tuple[str, str] | None:
    """(assignment id, part label or "") for a Gradescope assignment name, or None when none or several match.

    "Homework 3" -> ("hw3", ""), "HW3 (Programming)" -> ("hw3", "programming"),
    "Homework 4 Part B - Written" -> ("hw4b", "written"), "Quiz 1" -> None.
    """
    whole = _match_exactly(course, name)
    if whole is not None:
        return whole, ""
    match = _PART_SUFFIX.match(name.strip())
    if match:
        label = fold(match.group("paren") or match.group("dash") or match.group("word") or "")
        if label in _part_labels(course):
            found = _match_exactly(course, match.group("base"))
            if found is not None:
                return found, label
    return None


def assignment_from_filename(course: Course, filename: str) -> tuple[str, str] | None:
    """The assignment a one-assignment export is for, from its file name ("HW_3_Programming_scores.csv")."""
    stem = re.sub(r"[_\s-]*scores$", "", Path(filename).stem, flags=re.IGNORECASE)
    return map_assignment_name(course, stem.replace("_", " "))


def filename_disagrees(course: Course, filename: str, data: GradescopeImport) -> str:
    """A warning when a one-assignment export was read as another assignment than its file name reads as
    ("HW_3_Programming_scores.csv" imported as hw4a): a typed assignment may be a typo. "" when they agree."""
    from_name = assignment_from_filename(course, filename)
    if not data.named or from_name is None or from_name[0] in data.assignment_ids:
        return ""
    return (
        f"Note: the file name {filename} reads as {reading_words([from_name])}, but it was read as "
        f"{reading_words(data.read_as)} as you asked: check the assignment if that was a typo."
    )


def read_export(csv_text_or_path: str | Path) -> str:
    """The export's text: a Path or a path string is read (UTF-8, with or without BOM); other text is the CSV."""
    path: Path | None = None
    if isinstance(csv_text_or_path, Path):
        path = csv_text_or_path
    elif "\n" not in csv_text_or_path and "," not in csv_text_or_path and csv_text_or_path.strip():
        path = Path(csv_text_or_path)
    if path is None:
        return str(csv_text_or_path).removeprefix("\ufeff")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise GradescopeError([GradescopeProblem(None, "", f"no such file: {path}")]) from None
    except OSError as exc:
        raise GradescopeError([GradescopeProblem(None, "", f"cannot read {path}: {exc}")]) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise GradescopeError([GradescopeProblem(None, "", f"cannot read {path}: {not_utf8(data)}")]) from None


def not_utf8(data: bytes) -> str:
    """Why a file's bytes are not read as an export, for staff: UTF-16 (a spreadsheet's "Unicode text") said as such,
    any other encoding (Windows-1252 from a spreadsheet's plain "CSV") as not UTF-8; and how to save it."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        found = "it is UTF-16 text, not UTF-8"
    else:
        found = "it isn't UTF-8 text (a spreadsheet may have saved it in another encoding)"
    return f"{found}: save it again as CSV UTF-8, or download the export from Gradescope again"


def parse_export(course: Course, csv_text: str, assignment: str | None = None) -> GradescopeImport:
    """Read either export: a one-assignment export (it has a bare 'Submission Time' column) needs `assignment`."""
    header = _header(csv_text)
    if TIME_COLUMN in header or LATENESS_COLUMN in header:
        if assignment is None:
            raise GradescopeError(
                [GradescopeProblem(None, "", "this is a one-assignment export: say which assignment it is for")]
            )
        return parse_assignment_export(course, csv_text, assignment)
    return parse_grades_export(course, csv_text)


def parse_grades_export(course: Course, csv_text: str) -> GradescopeImport:
    """Read a course-wide "Download Grades" export, or raise GradescopeError listing every problem."""
    problems: list[GradescopeProblem] = []
    header, rows = _rows(csv_text, problems)
    index = _index(header, problems)
    groups: dict[str, dict[str, int]] = {}
    for position, column in enumerate(header):
        if column in META_COLUMNS or not column:
            continue
        for suffix, kind in ((TIME_SUFFIX, "time"), (LATENESS_SUFFIX, "lateness"), (MAX_POINTS_SUFFIX, "max")):
            if column.endswith(suffix):
                groups.setdefault(column.removesuffix(suffix), {})[kind] = position
                break
        else:
            groups.setdefault(column, {})["score"] = position
    parts: list[_PartColumns] = []
    unmapped: list[str] = []
    for name, columns in groups.items():
        mapped = map_assignment_name(course, name)
        if mapped is None:
            unmapped.append(name)
            continue
        for kind, suffix in (("time", TIME_SUFFIX), ("lateness", LATENESS_SUFFIX)):
            if kind not in columns:
                problems.append(GradescopeProblem(1, name + suffix, "column is missing"))
        if "time" in columns and "lateness" in columns:
            parts.append(_PartColumns(mapped[0], mapped[1], name, columns["time"], columns["lateness"]))
    _require_identity(index, problems)
    students = _students(course, header, rows, index, parts, problems)
    if not problems and len(unmapped) == len(groups):
        # no assignment of the course in it (another course's export, or another file): importing it would add its
        # students and record nothing. Said only of a file otherwise readable, whose other problems come first.
        problems.append(_nothing_matched(course, unmapped))
    if problems:
        raise GradescopeError(problems)
    return GradescopeImport(
        students, _covered(course, parts), tuple(unmapped), _whole(course, parts), read_as=_read_as(parts)
    )


def _nothing_matched(course: Course, names: list[str]) -> GradescopeProblem:
    if not names:
        return GradescopeProblem(1, "", "the file has no assignment columns: nothing to import")
    shown = ", ".join(repr(n) for n in names[:10]) + (f" and {len(names) - 10} more" if len(names) > 10 else "")
    return GradescopeProblem(
        None,
        "",
        f"no assignment in this file is one of {course.code}'s (wrong course, or wrong file?); the file has {shown}",
    )


def parse_assignment_export(course: Course, csv_text: str, assignment: str) -> GradescopeImport:
    """Read a one-assignment export for `assignment` (an id, a name or the file name), or raise GradescopeError."""
    mapped = map_assignment_name(course, assignment)
    if mapped is None and course.assignment(assignment) is not None:
        mapped = (assignment, "")
    if mapped is None:
        mapped = assignment_from_filename(course, assignment)
    if mapped is None:
        raise GradescopeError([GradescopeProblem(None, "", f"{assignment!r} names no assignment of {course.code}")])
    problems: list[GradescopeProblem] = []
    header, rows = _rows(csv_text, problems)
    index = _index(header, problems)
    for column in (TIME_COLUMN, LATENESS_COLUMN):
        if column not in index:
            problems.append(GradescopeProblem(1, column, "column is missing"))
    _require_identity(index, problems)
    parts = []
    if TIME_COLUMN in index and LATENESS_COLUMN in index:
        parts.append(_PartColumns(mapped[0], mapped[1], assignment, index[TIME_COLUMN], index[LATENESS_COLUMN]))
    students = _students(course, header, rows, index, parts, problems)
    if problems:
        raise GradescopeError(problems)
    return GradescopeImport(students, _covered(course, parts), (), _whole(course, parts), _read_as(parts), named=True)


def report(
    course: Course,
    csv_text_or_path: str | Path,
    *,
    assignment: str | None = None,
    grants: Mapping[str, Iterable[Grant]] | None = None,
) -> dict[str, Any]:
    """Every student's grace days and per-assignment outcome, as plain JSON-ready data.

    grants: staff grants per student, keyed by email or SID (case does not matter).
    A one-assignment export needs `assignment` and tallies that assignment alone.
    """
    data = parse_export(course, read_export(csv_text_or_path), assignment)
    by_key = {key.strip().lower(): tuple(value) for key, value in (grants or {}).items()}
    students = []
    for record in data.students:
        mine = by_key.get(record.email.lower(), ()) + (by_key.get(record.sid.lower(), ()) if record.sid else ())
        tally = compute_tally(course, record.submissions, mine)
        students.append(
            {
                "student": record.email,
                "sid": record.sid,
                "name": record.name,
                "grace_days_used": _number(tally.used),
                "grace_days_left": _number(tally.left),
                "assignments": [
                    {
                        "assignment": o.assignment_id,
                        "title": o.title,
                        "late_hours": round(o.late_hours, 2),
                        "grace_days": _number(o.grace_days),
                        "credit": None if o.credit is None else float(o.credit),
                        "status": o.status,
                        **({"part": o.part} if o.part else {}),
                    }
                    for o in tally.outcomes
                ],
            }
        )
    return {"students": students, "unmapped_columns": list(data.unmapped_columns)}


def _number(value: float) -> int | float:
    """Pool units as JSON: whole numbers stay integers (4, not 4.0)."""
    return int(value) if float(value).is_integer() else round(value, 4)


def parse_submission_time(text: str, course: Course) -> dt.datetime:
    """A Gradescope submission time ("2024-02-21 23:58:04 -0500" and close variants) as an aware datetime.

    Raises ValueError when it cannot be read. A time without an offset is course time.
    """
    value = text.strip()
    match = _ISO_TIME.match(value) or _US_TIME.match(value)
    if not match:
        raise ValueError(f"cannot read the time {text!r} (expected like 2024-02-21 23:58:04 -0500)")
    parts = match.groupdict()
    year = int(parts["y"])
    year += 2000 if year < 100 else 0
    hour = int(parts["h"])
    ampm = (parts.get("ampm") or "").upper()
    if ampm:
        if not 1 <= hour <= 12:
            raise ValueError(f"cannot read the time {text!r}: hour {hour} with {ampm}")
        hour = hour % 12 + (12 if ampm == "PM" else 0)
    micro = int((parts.get("f") or "0").ljust(6, "0"))
    tz = _offset(parts["tz"]) if parts["tz"] else course.tz
    try:
        return dt.datetime(
            year, int(parts["mo"]), int(parts["d"]), hour, int(parts["mi"]), int(parts["s"] or 0), micro, tzinfo=tz
        )
    except ValueError as exc:
        raise ValueError(f"cannot read the time {text!r}: {exc}") from None


def parse_lateness(text: str) -> dt.timedelta:
    """A Gradescope "Lateness (H:M:S)" value ("26:13:05"; hours may exceed 24). Raises ValueError.

    More than a year late is refused: no submission in a term can be, and such a number is a corrupt cell.
    """
    match = _LATENESS.match(text.strip())
    if not match or int(match["m"]) >= 60 or int(match["s"]) >= 60:
        raise ValueError(f"cannot read the lateness {text!r} (expected hours:minutes:seconds like 26:13:05)")
    if len(match["h"]) > 6 or int(match["h"]) * 3600 > MAX_LATENESS.total_seconds():
        raise ValueError(f"the lateness {text.strip()!r} is more than a year: not a real lateness")
    return dt.timedelta(hours=int(match["h"]), minutes=int(match["m"]), seconds=int(match["s"]))


def valid_email(text: str) -> bool:
    """A plain email address (name@domain.tld); formulas and other cell contents are not."""
    return bool(_EMAIL.match(text)) and len(text) <= 254


def _offset(text: str) -> dt.timezone:
    if text.upper() in ("Z", "UTC", "GMT"):
        return dt.UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:])
    if hours > 23 or minutes > 59:
        raise ValueError(f"cannot read the UTC offset {text!r}")
    return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))


def _part_labels(course: Course) -> frozenset[str]:
    return PART_LABELS | {fold(part) for item in course.assignments for part in item.parts}


def _match_exactly(course: Course, name: str) -> str | None:
    wanted = canonical(name)
    if not wanted:
        return None
    found = [
        item.id
        for item in course.assignments
        if wanted in {canonical(n) for n in (item.id, item.title, item.short, *item.aliases)}
    ]
    return found[0] if len(found) == 1 else None


def _header(csv_text: str) -> list[str]:
    try:
        first = next(csv.reader(io.StringIO(csv_text.removeprefix("\ufeff"), newline="")), [])
    except csv.Error as exc:
        raise GradescopeError([GradescopeProblem(1, "", f"not a readable CSV file: {exc}")]) from None
    return [column.strip() for column in first]


def _rows(csv_text: str, problems: list[GradescopeProblem]) -> tuple[list[str], list[tuple[int, list[str]]]]:
    try:
        records = list(csv.reader(io.StringIO(csv_text.removeprefix("\ufeff"), newline="")))
    except csv.Error as exc:
        problems.append(GradescopeProblem(None, "", f"not a readable CSV file: {exc}"))
        return [], []
    if not records or not any(cell.strip() for cell in records[0]):
        problems.append(GradescopeProblem(1, "", "the file is empty: expected a header row"))
        return [], []
    wrong = _separator_problem(records[0])
    if wrong is not None:
        problems.append(wrong)
        return [], []
    header = [column.strip() for column in records[0]]
    rows = [(number, record) for number, record in enumerate(records[1:], 2) if any(c.strip() for c in record)]
    oversized = False
    for number, record in [(1, records[0]), *rows]:
        for position, cell in enumerate(record):
            if len(cell) > MAX_CELL:
                name = header[position] if number > 1 and position < len(header) else f"#{position + 1}"
                kib = len(cell) // 1024
                problems.append(
                    GradescopeProblem(number, name[:60], f"is {kib} KiB long; a cell holds at most 128 KiB")
                )
                oversized = True
    if oversized:
        return [], []
    return header, rows


# What spreadsheets separate columns with when they do not use commas (Excel in many locales: ';').
OTHER_SEPARATORS = {";": "';'", "\t": "tabs", "|": "'|'"}


def _separator_problem(first_row: list[str]) -> GradescopeProblem | None:
    """A header read as one column that holds another separator: the file was saved with ';' or tabs, not commas.
    Said as such (with the header as read), rather than as every column missing."""
    if len(first_row) != 1:
        return None
    cell = first_row[0]
    counts = {sep: cell.count(sep) for sep in OTHER_SEPARATORS}
    sep = max(counts, key=lambda s: counts[s])
    if counts[sep] == 0:
        return None
    read = cell if len(cell) <= 80 else cell[:77] + "..."
    return GradescopeProblem(
        1,
        "",
        f"the file is separated by {OTHER_SEPARATORS[sep]}, not commas (header as read: {read!r}): re-save it as "
        "comma-separated CSV, or download the export from Gradescope again",
    )


def _index(header: list[str], problems: list[GradescopeProblem]) -> dict[str, int]:
    index: dict[str, int] = {}
    for position, column in enumerate(header):
        if column and column in index:
            problems.append(GradescopeProblem(1, column, "column appears twice"))
        index.setdefault(column, position)
    return index


def _require_identity(index: dict[str, int], problems: list[GradescopeProblem]) -> None:
    if not index:
        return
    before = len(problems)
    for column in REQUIRED_IDENTITY:
        if column not in index:
            problems.append(GradescopeProblem(1, column, "column is missing"))
    if "Name" not in index:
        for column in NAME_COLUMNS:
            if column not in index:
                problems.append(GradescopeProblem(1, column, "column is missing (or give a 'Name' column)"))
    if len(problems) > before:  # what was read instead, so a renamed or misspelt column can be seen
        read = ", ".join(repr(c) for c in list(index)[:12]) + (", ..." if len(index) > 12 else "")
        problems.append(GradescopeProblem(1, "", f"the header row has the columns {read}"))


def _covered(course: Course, parts: list[_PartColumns]) -> tuple[str, ...]:
    ids = {p.assignment_id for p in parts}
    listed = [a for a in course.assignments if a.id in ids]
    order = {a.id: i for i, a in enumerate(listed)}
    return tuple(a.id for a in sorted(listed, key=lambda a: (a.due.astimezone(dt.UTC), order[a.id])))


def _read_as(parts: list[_PartColumns]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted({(p.assignment_id, p.part) for p in parts}))


def reading_words(read_as: Iterable[Sequence[str]]) -> str:
    """How a file was read, for staff: "hw3 (programming), hw4a"."""
    return ", ".join(f"{aid} ({part})" if part else aid for aid, part in read_as) or "no assignment"


def _whole(course: Course, parts: list[_PartColumns]) -> frozenset[str]:
    labels: dict[str, set[str]] = {}
    for part in parts:
        labels.setdefault(part.assignment_id, set()).add(part.part)
    whole = set()
    for assignment_id, found in labels.items():
        item = course.assignment(assignment_id)
        if "" in found or (item is not None and set(item.parts) <= found):
            whole.add(assignment_id)
    return frozenset(whole)


def _students(
    course: Course,
    header: list[str],
    rows: list[tuple[int, list[str]]],
    index: dict[str, int],
    parts: list[_PartColumns],
    problems: list[GradescopeProblem],
) -> tuple[StudentRecord, ...]:
    seen_email: dict[str, int] = {}
    seen_sid: dict[str, int] = {}
    students = []
    covered = _covered(course, parts)
    for number, row in rows:
        if len(row) < len(header) or any(cell.strip() for cell in row[len(header) :]):
            problems.append(GradescopeProblem(number, "", f"has {len(row)} values but the header has {len(header)}"))
            continue

        def cell(column: str, row: list[str] = row) -> str:
            return row[index[column]].strip() if column in index else ""

        email, sid = cell("Email"), cell("SID")
        if "Email" in index and not email:
            problems.append(GradescopeProblem(number, "Email", "is blank: every student needs an email"))
        elif email and not valid_email(email):
            problems.append(GradescopeProblem(number, "Email", f"{email[:60]!r} is not an email address"))
            email = ""
        if email:
            earlier = seen_email.setdefault(email.lower(), number)
            if earlier != number:
                problems.append(GradescopeProblem(number, "Email", f"{email} is already listed on row {earlier}"))
        if sid:
            earlier = seen_sid.setdefault(sid.lower(), number)
            if earlier != number:
                problems.append(GradescopeProblem(number, "SID", f"{sid} is already listed on row {earlier}"))
        name = cell("Name") or " ".join(n for n in (cell("First Name"), cell("Last Name")) if n)
        sections = cell("Sections")
        by_assignment: dict[str, list[Submission]] = {}
        for part in parts:
            submission = _part_submission(course, part, row, number, header, problems)
            by_assignment.setdefault(part.assignment_id, []).append(submission)
        submissions = []
        kept: list[Submission] = []
        for assignment_id in covered:
            found = by_assignment.get(assignment_id, [])
            merged = _merge(assignment_id, found)
            if merged.missing and not _for_student(course, assignment_id, sections):
                continue
            kept += _one_per_part(assignment_id, found)
            if course.late.measure == "each-part" and any(p.part for p in found):
                submissions += found  # every part is its own submission
            else:
                submissions.append(merged)
        students.append(StudentRecord(email, sid, name, sections, number, tuple(submissions), tuple(kept)))
    return tuple(students)


def _part_submission(
    course: Course,
    part: _PartColumns,
    row: list[str],
    number: int,
    header: list[str],
    problems: list[GradescopeProblem],
) -> Submission:
    time_text, lateness_text = row[part.time_index].strip(), row[part.lateness_index].strip()
    if not time_text:
        return Submission(part.assignment_id, part=part.part)
    submitted_at = lateness = None
    try:
        submitted_at = parse_submission_time(time_text, course)
        _check_in_term(submitted_at, course)
    except ValueError as exc:
        submitted_at = None
        problems.append(GradescopeProblem(number, header[part.time_index], str(exc)))
    if lateness_text:
        try:
            lateness = parse_lateness(lateness_text)
        except ValueError as exc:
            problems.append(GradescopeProblem(number, header[part.lateness_index], str(exc)))
    elif submitted_at is not None:
        item = course.assignment(part.assignment_id)
        if item is not None:
            lateness = max(submitted_at.astimezone(dt.UTC) - item.due.astimezone(dt.UTC), dt.timedelta(0))
    if submitted_at is None and lateness is None:
        # Only reached with a problem already recorded; the value is never used because the import fails.
        return Submission(part.assignment_id, part=part.part)
    return Submission(part.assignment_id, submitted_at=submitted_at, lateness=lateness, part=part.part)


def _check_in_term(moment: dt.datetime, course: Course) -> None:
    """A submission time more than a year from the term is a corrupt cell (9999-12-31...), not a submission."""
    first = course.at(course.term_first, dt.time(0, 0)) - TIME_SLACK
    last = course.at(course.term_last, dt.time(0, 0)) + TIME_SLACK
    try:
        inside = first <= moment <= last
    except OverflowError:
        inside = False
    if not inside:
        raise ValueError(
            f"the submission time {moment.isoformat()} is more than a year outside the term "
            f"({course.term_first} to {course.term_last})"
        )


def _merge(assignment_id: str, parts: list[Submission]) -> Submission:
    """One Submission for the assignment: the latest part decides; missing only when every part is."""
    present = [p for p in parts if not p.missing]
    if not present:
        return Submission(assignment_id)
    times = [p.submitted_at for p in present if p.submitted_at is not None]
    latenesses = [p.lateness for p in present if p.lateness is not None]
    lateness = max(latenesses) if latenesses else None
    deciding = max(present, key=lambda p: p.lateness or dt.timedelta(0))
    return Submission(
        assignment_id,
        submitted_at=max(times, key=lambda t: t.astimezone(dt.UTC)) if times else None,
        lateness=lateness,
        part=deciding.part,
    )


def _one_per_part(assignment_id: str, found: list[Submission]) -> list[Submission]:
    """One Submission per part label (two columns of one part, which no real export has, merge)."""
    labels = dict.fromkeys(p.part for p in found)
    merged = []
    for label in labels:
        same = [p for p in found if p.part == label]
        one = same[0] if len(same) == 1 else _merge(assignment_id, same)
        merged.append(dataclasses.replace(one, part=label))
    return merged


def _for_student(course: Course, assignment_id: str, sections_text: str) -> bool:
    """Whether the assignment is for a student whose Gradescope Sections cell is `sections_text`.

    Unknown sections (none of the course's section ids in the cell) count as "for everyone".
    """
    item = course.assignment(assignment_id)
    if item is None:
        return False
    mine = [s for s in course.section_ids() if re.search(rf"(?<![\w-]){re.escape(s)}(?![\w-])", sections_text)]
    return not mine or any(item.is_for(s) for s in mine)
