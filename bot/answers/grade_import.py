"""What staff see after importing a grades export (/gracedays import): the problems that refused it, the submissions
an older export would take back, a file imported before as another assignment, or what the import changed."""

from __future__ import annotations

import datetime as dt

from bot.core.answer import Answer, Field, Stamp, text
from bot.grace.gradescope import GradescopeError
from bot.store.encoding import from_db
from bot.store.grace_records import SHOWN_OLDER, ImportResult, ImportWouldMove, OlderExport

SHOWN_PROBLEMS = 20


def import_problems_answer(err: GradescopeError) -> Answer:
    """The refusal of a file with problems, the first of them listed: nothing was imported."""
    shown = [text(f"• {p}") for p in err.problems[:SHOWN_PROBLEMS]]
    if len(err.problems) > SHOWN_PROBLEMS:
        shown.append(text(f"… and {len(err.problems) - SHOWN_PROBLEMS} more."))
    return Answer(
        title="Import refused: nothing was imported",
        lines=(text("Fix these in the file and upload it again:"), *shown),
        ephemeral=True,
        kind="error",
    )


def older_export_answer(err: OlderExport) -> Answer:
    """The refusal of an older export, each submission it would take back with its times as timestamps (shown in
    each reader's own zone, whatever course the bot's default is)."""

    def moment(value: str | None, missing: str) -> tuple:
        return ("submitted ", Stamp(from_db(value, dt.UTC), "f")) if value else (missing,)

    shown = [
        text(
            f"• {p.email}, {p.assignment_id}{f' ({p.part})' if p.part else ''}: ",
            *moment(p.recorded_at, "submitted"),
            " in the records, ",
            *moment(p.file_at, "not submitted"),
            " in this file",
        )
        for p in err.parts[:SHOWN_OLDER]
    ]
    if len(err.parts) > SHOWN_OLDER:
        shown.append(text(f"… and {len(err.parts) - SHOWN_OLDER} more."))
    return Answer(
        title="Nothing imported: this export is older than the records",
        lines=(
            text(f"Importing it would take back {len(err.parts)} submission(s):"),
            *shown,
            text(err.how("replace_newer:True")),
        ),
        ephemeral=True,
        kind="error",
    )


def import_would_move_answer(err: ImportWouldMove, warning: str | None) -> Answer:
    """Nothing imported: the file was imported before as another assignment, and how to move it on purpose; with the
    warning when the file's name names another assignment than the one it is imported as."""
    lines = (text(err.summary), text(err.how("move:True")), *((text(warning),) if warning else ()))
    title = "Nothing imported: this file was imported before as another assignment"
    return Answer(title=title, lines=lines, ephemeral=True, kind="error")


def import_done_answer(result: ImportResult, warning: str | None) -> Answer:
    """What the import changed: submissions it took back, students and assignments, records changed (or the same
    file as before), and the columns matched to no assignment."""
    lines = (
        *((text(warning),) if warning else ()),
        *(text(taken.words()) for taken in result.taken_back),
        text(f"{result.students} students, assignments: {', '.join(result.assignments) or 'none'}."),
        text("Same file as before: nothing changed." if result.duplicate else f"{result.changed} records changed."),
    )
    fields = ()
    if result.unmapped:
        fields = (Field("Columns not matched to an assignment (left out)", (text(", ".join(result.unmapped)),)),)
    return Answer(title="Import done", lines=lines, fields=fields, ephemeral=True)
