"""staff.toml's `[help_hours]`: what the course calls office hours ("Consultation", "Student hours"), or, without
it, the word the course's [synonyms] give for "office hours"."""

from __future__ import annotations

from typing import Any

from bot.course.checked_toml import Table
from bot.course.load_context import LoadContext
from bot.course.model import OFFICE_HOURS, HelpHours

FILE = "staff.toml"
# The students' words a course's [synonyms] may give its own word for.
_OFFICE_HOURS_WORDS = ("office hours", "office hour")


def parse_help_hours(raw: dict[str, Any], ctx: LoadContext) -> HelpHours | None:
    """The `[help_hours]` table, checked; None when the file has none."""
    if "help_hours" not in raw:
        return None
    t = Table(raw["help_hours"], FILE, "[help_hours]", ctx.problems)
    name = t.str("name", empty="what the course calls office hours: 'Consultation'")
    plural = t.str("plural", _plural_of(name) if name else "")
    aliases = t.strs("aliases")
    t.reject_unknown()
    if not name:
        return None
    for alias in aliases:
        if not alias.strip():
            t.problem("aliases", "holds an empty name")
    return HelpHours(name=name, plural=plural or _plural_of(name), aliases=tuple(a for a in aliases if a.strip()))


def _plural_of(name: str) -> str:
    """The plural a page leaves unsaid: "Consultation" -> "Consultations"; a name already plural ("Office hours",
    "Student hours") stays as it is, never "Office hourss"."""
    if name.lower().endswith(("ss", "sh", "ch", "x")):
        return f"{name}es"  # "Drop-in class" -> "Drop-in classes"
    return name if name.lower().endswith("s") else f"{name}s"


def help_hours_from_synonyms(synonyms: dict[str, str]) -> HelpHours:
    """The course's own word for office hours where its [synonyms] give one ("office hours" = "consultation"),
    else office hours."""
    for word in _OFFICE_HOURS_WORDS:
        meaning = synonyms.get(word, "").strip()
        if meaning and meaning.lower() not in _OFFICE_HOURS_WORDS:
            singular = meaning.removesuffix("s") if meaning.lower().endswith("hours") else meaning
            name = singular[:1].upper() + singular[1:]
            plural = name if name.lower().endswith("hours") else f"{name}s"
            return HelpHours(name=name, plural=plural)
    return OFFICE_HOURS
