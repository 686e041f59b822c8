"""course.toml: the course's identity, time zone, term, sections, platforms, links and synonyms."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.core.matching import fold
from bot.course.checked_toml import Problem, Table
from bot.course.load_context import LoadContext
from bot.course.model import PLATFORM_ROLES, Platform, Section
from bot.course.zone_names import zone_name_problem

FORMATS = (1, 2)
FILE = "course.toml"
# A guideline is shown in a Discord modal's label and in the forum's guidelines (Discord keeps 4,096 characters of
# those in all): a short sentence each.
GUIDELINE_LIMIT = 300


# A term running for years is a typo (every date's year is checked where it is read: bot.course.checked_toml).
LONGEST_TERM_DAYS = 3 * 366
# A course id is a path in the calendar feed (/<id>/calendar.ics) and a word in Discord messages: letters, digits,
# dots, dashes and underscores only, starting with a letter or digit (never "../x" or "@everyone").
_SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def _safe_id(ct: Table, course_id: str | None) -> str | None:
    """The course id, a problem when it could escape the feed's path or ping a Discord role."""
    if course_id and (not _SAFE_ID.match(course_id) or ".." in course_id):
        ct.problem("id", f"{course_id!r} can only hold letters, digits, dots, dashes and underscores (like ab-101-f25)")
    return course_id


def read_format(raw: dict[str, Any], problems: list[Problem]) -> int:
    t = Table(raw, FILE, "", problems)
    version = t.int("format", 1)
    if version not in FORMATS:
        t.problem("format", f"unknown format {version!r}; this bot reads formats {', '.join(map(str, FORMATS))}")
        return 2
    return version


def parse_course(raw: dict[str, Any], folder: Path, version: int, problems: list[Problem]) -> tuple[LoadContext, dict]:
    """The load context (time zone, term, sections, platforms) and the Course's own fields."""
    ct = Table(raw, FILE, "", problems)
    ct.int("format", 1)
    tz_name = ct.str("timezone")
    tz = ZoneInfo("UTC")
    if tz_name:
        try:
            tz = ZoneInfo(tz_name)
        except (ZoneInfoNotFoundError, ValueError):
            hint = zone_name_problem(tz_name)
            ct.problem("timezone", hint or f"unknown time zone {tz_name!r} (use an IANA name like America/New_York)")
        else:
            not_a_place = zone_name_problem(tz_name)
            if not_a_place:
                ct.problem("timezone", not_a_place)
    default_due_time = ct.time("default_due_time", dt.time(23, 59))
    # Format 1 always meant "the page gives no time": the default due time was an assumption.
    assumed = ct.bool("default_due_time_assumed", True)
    term = Table(ct.table("term_dates"), FILE, "[term_dates]", problems)
    term_first, term_last = term.date("first"), term.date("last")
    term.reject_unknown()
    if term_first and term_last and term_last < term_first:
        term.problem("last", f"ends ({term_last}) before it starts ({term_first})")
    if term_first and term_last and (term_last - term_first).days > LONGEST_TERM_DAYS:
        years = (term_last - term_first).days // 365
        term.problem("last", f"the term from {term_first} to {term_last} is {years} years long: a typo?")

    sections = []
    for i, raw_section in enumerate(ct.tables("section"), 1):
        st = Table(raw_section, FILE, f"section #{i}", problems)
        sections.append(
            Section(
                id=st.str("id"),
                name=st.str("name", "") or st.raw.get("id", ""),
                description=st.str("description", ""),
                aliases=st.strs("aliases"),
            )
        )
        st.reject_unknown()
    seen: dict[str, str] = {}
    for section in sections:
        for name in {section.id, *section.aliases}:
            key = fold(name or "")
            if key and seen.setdefault(key, section.id) != section.id:
                problems.append(
                    Problem(FILE, f"section '{section.id}'", "id", f"{name!r} also names section {seen[key]!r}")
                )

    platforms = []
    for i, raw_platform in enumerate(ct.tables("platform"), 1):
        pt = Table(raw_platform, FILE, f"platform #{i}", problems)
        platforms.append(
            Platform(
                id=pt.str("id"),
                role=pt.choice("role", PLATFORM_ROLES),
                name=pt.str("name"),
                url=pt.maybe(pt.str, "url", "", unknown="") or "",
            )
        )
        pt.reject_unknown()
    ids = [p.id for p in platforms]
    for duplicate in {i for i in ids if ids.count(i) > 1}:
        problems.append(Problem(FILE, f"platform '{duplicate}'", "id", "duplicate id"))

    links_table = Table(ct.table("links"), FILE, "[links]", problems)
    # "unknown": the page does not give the link, kept as "" (never shown as if it were the address)
    links = {name: links_table.maybe(links_table.str, name, "", unknown="") or "" for name in list(links_table.raw)}
    synonyms_table = Table(ct.table("synonyms"), FILE, "[synonyms]", problems)
    synonyms = {}
    for phrase in list(synonyms_table.raw):
        meaning = synonyms_table.str(phrase)
        if meaning and fold(phrase):
            synonyms[fold(phrase)] = meaning
        elif not fold(phrase):
            synonyms_table.problem(phrase, "is not a phrase")
    questions = Table(ct.table("questions"), FILE, "[questions]", problems)
    guidelines = tuple(g.strip() for g in questions.strs("guidelines") if g.strip())
    too_long = [g for g in guidelines if len(g) > GUIDELINE_LIMIT]
    if too_long:
        questions.problem(
            "guidelines", f"each guideline is at most {GUIDELINE_LIMIT} characters ({too_long[0][:40]!r}…)"
        )
    questions.reject_unknown()
    ctx = LoadContext(
        format=version,
        tz=tz,
        default_due_time=default_due_time,
        term_first=term_first,
        term_last=term_last,
        problems=problems,
        section_ids=tuple(s.id for s in sections if s.id),
        section_labels={s.id: s.label for s in sections if s.id},
        platforms={p.id: p.name for p in platforms if p.id and p.name},
        default_due_time_assumed=bool(assumed),
    )
    fields = {
        "id": _safe_id(ct, ct.str("id", folder.name)),
        "name": ct.str("name"),
        "numbers": ct.strs("numbers"),
        "term": ct.str("term"),
        "institution": ctx.text(ct, "institution"),
        "description": ctx.text(ct, "description"),
        "components": ctx.text(ct, "components"),
        "grading_breakdown": ctx.text(ct, "grading_breakdown"),
        "meeting_times": ctx.text(ct, "meeting_times"),
        "meeting_place": ctx.text(ct, "meeting_place"),
        "acknowledgements": ctx.text(ct, "acknowledgements"),
        "previous_offerings": ct.strs("previous_offerings"),
        "tz": tz,
        "default_due_time": default_due_time,
        "default_due_time_assumed": bool(assumed),
        "term_first": term_first,
        "term_last": term_last,
        "sections": tuple(sections),
        "platforms": tuple(platforms),
        "links": links,
        "synonyms": synonyms,
        "question_guidelines": guidelines,
        "format": version,
    }
    ct.reject_unknown()
    return ctx, fields
