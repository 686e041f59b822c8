"""The forum's vocabulary and Discord's limits: visibilities, statuses and their tags, topics from the course data.

Tags: one per assignment group (merged by kind when there are too many), exams, logistics, other, then the status
tags only staff and the bot set. Discord allows 20 tags on a forum, 20 characters a tag name, 5 tags on a post,
100 characters a thread title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.core.answer import Text, text
from bot.core.errors import UserError
from bot.course.model import Course

MAX_TAGS = 20
TAG_NAME = 20
TAGS_PER_POST = 5
TITLE = 100
DETAILS = 4000  # a modal's paragraph holds at most 4,000 characters
NEUTRAL_NAME = "Anonymous student"

VISIBILITIES = {
    "public": "Public, with my name",
    "anonymous": "Anonymous to classmates (staff can see who asked)",
    "hidden": "Anonymous to everyone (stored nowhere, not even for staff)",
    "private": "Private to staff",
}
STATUS_TAGS = ("Unanswered", "Answered", "Resolved", "Endorsed", "Duplicate")


@dataclass(frozen=True)
class Topic:
    id: str
    name: str  # the tag's name (at most 20 characters)
    assignments: tuple[str, ...] = ()


WEBHOOK_NAME = 80
# Discord refuses a webhook name holding these words in any case (Create/Execute Webhook): each is written with one
# letter swapped for its Cyrillic look-alike, so the name reads the same.
_RESERVED_WORDS = (("discord", "disc\u043erd"), ("clyde", "clyd\u0435"))
_NOT_IN_NAMES = ("@", "#", ":", "```")


def webhook_username(name: str, fallback: str = NEUTRAL_NAME) -> str:
    """A member's name as a webhook may carry it: Discord's name rules (no 'discord' or 'clyde', no @ # : or ```,
    not 'everyone' or 'here', 1 to 80 characters) met by changing as little as possible."""
    for banned in _NOT_IN_NAMES:
        name = name.replace(banned, "")
    for word, look_alike in _RESERVED_WORDS:
        name = re.sub(word, lambda m, alike=look_alike: _same_case(m.group(0), alike), name, flags=re.IGNORECASE)
    name = " ".join(name.split())[:WEBHOOK_NAME]
    if not name or name.lower() in ("everyone", "here"):
        return fallback
    return name


def _same_case(original: str, replacement: str) -> str:
    return "".join(r.upper() if o.isupper() else r for o, r in zip(original, replacement, strict=True))


def tags_crowded_out(needed: Sequence[str], own: Sequence[str]) -> str | None:
    """Why a forum cannot take the course's tags without losing some of the server's own (Discord allows MAX_TAGS
    on a forum, and removing a tag from a forum removes it from every post), or None when all fit."""
    room = MAX_TAGS - len(needed)
    if len(own) <= max(room, 0):
        return None
    removed = list(own[max(room, 0) :])
    shown = ", ".join(f"'{t}'" for t in removed)  # at most 20 names of at most 20 characters
    return (
        f"This forum has {len(own)} tags of its own and the course needs {len(needed)}; Discord allows {MAX_TAGS} "
        f"on a forum, so setting up would remove {shown} (and take them off every post). Nothing was changed: "
        "delete tags you do not need in Discord, or pick another forum, then run /setup qa-forum again."
    )


def visibility_of(value: str) -> str:
    folded = value.strip().lower()
    for key, label in VISIBILITIES.items():
        if folded in (key, label.lower()):
            return key
    raise UserError(f"Visibility must be one of: {', '.join(VISIBILITIES)}.")


def questions_off(off: frozenset[str], switch_off: str | None, switch_on: str | None) -> frozenset[str]:
    """The visibilities switched off after /setup qa-forum's switch_off and switch_on (UserError for one naming
    the same visibility twice, or switching every one off: the forum would take no questions)."""
    if switch_off is not None and switch_off == switch_on:
        raise UserError(f"You asked to switch {switch_off!r} both off and on: give one or the other.")
    changed = set(off)
    if switch_off is not None:
        changed.add(visibility_of(switch_off))
    if switch_on is not None:
        changed.discard(visibility_of(switch_on))
    if set(VISIBILITIES) <= changed:
        raise UserError("That would switch off every way of asking: keep at least one (or remove the forum).")
    return frozenset(changed)


def offered_ways(off: frozenset[str], private_set_up: bool) -> tuple[str, ...]:
    """The ways of asking /question takes in this server: those staff did not switch off, and private to staff only
    when private questions are set up (a private channel)."""
    return tuple(v for v in VISIBILITIES if v not in off and (v != "private" or private_set_up))


def offered_line(off: frozenset[str], private_set_up: bool) -> Text:
    """Which ways of asking /question offers in this server, which staff switched off, and what private questions
    need when they are not set up."""
    offered = ", ".join(visibility_name(v) for v in offered_ways(off, private_set_up))
    switched = ", ".join(visibility_name(v) for v in VISIBILITIES if v in off)
    unset = "private" not in off and not private_set_up
    return text(
        (f"/question offers: {offered}." if offered else "/question offers no way of asking now.")
        + (f" Switched off: {switched} (switch_on: brings one back)." if switched else "")
        + (f" {visibility_name('private').capitalize()}: needs private_channel:." if unset else "")
    )


def visibility_name(visibility: str) -> str:
    """'anonymous to everyone': a visibility as a student reads it."""
    return VISIBILITIES[visibility].split(" (")[0].lower()


def topics(course: Course) -> tuple[Topic, ...]:
    """The course's topics, in the data's order: assignment groups, exams, logistics, other."""
    room = MAX_TAGS - len(STATUS_TAGS) - 3
    groups: dict[str, list] = {}
    for item in course.assignments:
        groups.setdefault(item.group or item.id, []).append(item)
    if len(groups) > room:  # too many for Discord: one topic per kind of work ("Homework", "Project")
        groups = {}
        for item in course.assignments:
            groups.setdefault(item.kind, []).append(item)
        named = [
            Topic(kind, _clip(kind.replace("_", " ").title()), tuple(a.id for a in items))
            for kind, items in groups.items()
        ]
    else:
        named = [Topic(key, _clip(_group_name(items)), tuple(a.id for a in items)) for key, items in groups.items()]
    fixed = [Topic("logistics", "Logistics"), Topic("other", "Other")]
    if course.exams:
        fixed.insert(0, Topic("exams", "Exams"))
    out, seen = [], set()
    for topic in [*named[:room], *fixed]:
        name = topic.name
        number = 2
        while name.lower() in seen or name in STATUS_TAGS:
            name = _clip(f"{topic.name[: TAG_NAME - 3]} {number}")
            number += 1
        seen.add(name.lower())
        out.append(Topic(topic.id, name, topic.assignments))
    return tuple(out)


def topic_of(course: Course, value: str) -> Topic:
    """The topic someone picked or typed (its id or tag name, any case)."""
    folded = value.strip().lower()
    for topic in topics(course):
        if folded in (topic.id.lower(), topic.name.lower()):
            return topic
    names = ", ".join(t.name for t in topics(course))
    raise UserError(f"There is no topic {value.strip()[:40]!r}. Topics: {names}.")


def forum_tags(course: Course) -> tuple[str, ...]:
    """Every tag the forum needs: the topics', then the statuses'."""
    return (*(t.name for t in topics(course)), *STATUS_TAGS)


def status_tags(status: str, endorsed: bool) -> tuple[str, ...]:
    base = {"unanswered": "Unanswered", "answered": "Answered", "resolved": "Resolved", "duplicate": "Duplicate"}
    tags = [base[status]] if status in base else []
    if endorsed and status != "duplicate":
        tags.append("Endorsed")
    return tuple(tags)


def post_tags(course: Course, topic: str, status: str, endorsed: bool, extra: tuple[str, ...] = ()) -> tuple[str, ...]:
    """A post's tags: its topic, its status, and tags the author chose (kept while there is room for five)."""
    names = {t.id: t.name for t in topics(course)}
    wanted = [*([names[topic]] if topic in names else []), *status_tags(status, endorsed)]
    wanted += [t for t in extra if t not in wanted and t not in STATUS_TAGS]
    return tuple(dict.fromkeys(wanted))[:TAGS_PER_POST]


def thread_title(title: str) -> str:
    """A title as Discord takes it: one line, at most 100 characters."""
    return _clip(" ".join(title.split()), TITLE) or "Question"


def _group_name(items: list) -> str:
    if len(items) == 1:
        return items[0].short
    words = [item.short.split() for item in items]
    common = []
    for parts in zip(*words, strict=False):
        if len(set(parts)) != 1:
            break
        common.append(parts[0])
    while common and common[-1].lower() in ("part", "parts", "-", ":"):
        common.pop()  # "HW4 Part A", "HW4 Part B" -> "HW4"
    return " ".join(common) or items[0].group or items[0].short


def _clip(text: str, limit: int = TAG_NAME) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
