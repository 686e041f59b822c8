"""What /admin reload says: each course's version before and after, and each folder refused with its problems."""

from __future__ import annotations

from pathlib import Path

from bot.core.answer import Answer, Field, text
from bot.course.catalog import CourseCatalog, Reloaded


def reload_answer(before: CourseCatalog, result: Reloaded, mine: str | None) -> Answer:
    """What /admin reload says: each course's version before and after, and each folder refused with its
    problems (that course keeps its old data)."""
    problems = [p for folder in sorted(result.refused) for p in result.refused[folder]]
    shown = [text(f"• {p}") for p in problems[:15]]
    if len(problems) > len(shown):
        shown.append(text(f"… and {len(problems) - len(shown)} more (run `coursebot check` to see all)."))
    if not before.per_server:
        if problems:
            return Answer(
                title="Reload refused: the data has problems",
                lines=(text("The current data stays in service. Fix these and reload again:"), *shown),
                ephemeral=True,
                kind="error",
            )
        old, new = before.default, result.catalog.default
        return Answer(
            title="Course data reloaded",
            lines=(text(f"{new.title}: version {old.version} → {new.version}."),),
            ephemeral=True,
        )
    lines = []
    for course in result.catalog:
        folder = Path(course.folder).name if course.folder else course.id
        ours = " (this server's course)" if course.id == mine else ""
        if course.id in result.added:
            lines.append(text(f"{course.id}{ours}: new, version {course.version} (a server can pick it now)."))
        elif folder in result.refused:
            lines.append(text(f"{course.id}{ours}: refused ({folder}/), still version {course.version}."))
        else:
            old = before.courses[course.id].version
            change = f"version {old} → {course.version}" if old != course.version else f"unchanged ({old})"
            lines.append(text(f"{course.id}{ours}: {change}."))
    fields = ()
    folders = ", ".join(f"{name}/" for name in sorted(result.refused))
    if problems:
        fields = (Field(f"Refused: {folders} (the old data stays in service; fix and reload again)", tuple(shown)),)
    if problems and not result.added and all(Path(c.folder).name in result.refused for c in result.catalog):
        title, kind = "Reload refused: the data has problems", "error"
    elif problems:
        title, kind = f"Course data reloaded, except {folders} (refused)", "error"
    else:
        title, kind = "Course data reloaded", "info"
    return Answer(title=title, lines=tuple(lines), fields=fields, ephemeral=True, kind=kind)
